// Every part of a postmortem stays linear on a long run of blanks or punctuation: the editor lints on every keystroke,
// and a run of spaces someone pasted into an action item once froze it for seconds.
import assert from 'node:assert/strict';
import { actionItemFieldSuggestions } from '../../../src/core/lint/actionItemFields';
import { lintPostmortem } from '../../../src/core/lint/engine';
import { mayBePostmortem } from '../../../src/core/lint/mayBePostmortem';
import { parsePostmortem } from '../../../src/core/model/parse';
import { parseForActionScan } from '../../../src/core/actions/scan';
import { findMoments } from '../../../src/core/metrics';
import { growth } from './timing';

/** Where a run can sit in a postmortem; each puts it in the middle of its part, with words on both sides. */
const PARTS: Record<string, (run: string) => string> = {
  'an action item': (run) => `# Outage\n\n## Action Items\n\n- Fix the cache${run}before the next release (owner: @kim)\n- [ ] Add an alert${run}x\n`,
  'a heading': (run) => `# Outage${run}on Monday\n\n## Response${run}and cause\n\n### Follow-up: add${run}disk alerts\n`,
  'an action table': (run) => `# Outage\n\n## Action Items\n\n| Action | Owner | Due |\n|---|---|---|\n| Fix${run}it | @kim${run}x | 2026-03-01${run}x |\n`,
  'a timeline table': (run) => `# Outage\n\n**Date**: 2026-01-01\n\n## Timeline\n\n| Time | Event |\n|---|---|\n| 10:00 | start |\n| 10:05${run}x | Alert${run}fired |\n`,
  'a timeline list': (run) => `# Outage\n\n## Timeline\n\n- 10:00${run}deploy\n- 10:05 alert${run}fired\n`,
  'the metadata': (run) => `# Outage\n\n**Severity**: SEV${run}2\n**Date**: 2026${run}x\n**Participants**: Kim${run}Lee\n`,
  'front matter': (run) => `---\ntitle: Outage\n${run}x\nowner:${run}kim\n---\n\n# Outage\n`,
  'a line of bold fields': (run) => `# Outage\n\n**Status:** Closed${run}x · **Severity:** Minor${run}· **Lead:** Kim\n`,
  "an item's fields kept apart by middle dots": (run) => `# Outage\n\n## Follow-ups\n\n- **Task** — Assigned to Maya${run}· Due 14 Oct 2026${run}· Outstanding\n`,
  'a heading item over a line of fields': (run) => `# Outage\n\n## Recommendations\n\n### R1. Require MFA${run}now\n\n**Priority:** High${run}· **Owner:** Identity${run}Team · **Target:** within${run}30 days\n`,
  'a prevention paragraph': (run) => `# Outage\n\n### October 6\n\nTo prevent this from happening again,${run}we have added${run}a check${run}x.\n`,
  'a crossed-off item with a note': (run) => `# Outage\n\n## Follow-ups\n\n- [OPS-1](https://x.example/OPS-1) ~~Page Finance${run}x~~${run}won't do,${run}no on-call\n- Keep it — fixed in${run}the playbook\n`,
  'a timeline of clocks with a dot': (run) => `# Outage\n\n## Timeline\n\n| Time | What happened |\n| --- | --- |\n| 10.02${run}x | Deployed${run}x |\n| 10.48 | Finance flags it |\n`,
  'a window of impact in a summary': (run) => `# Outage\n\n## Summary\n\nBetween 16:05${run}and 16:52 UTC on${run}October 27, and from about 7:08${run}UTC until${run}x, from 19:03 UTC until 19:19${run}x\n`,
  'timeline rows closing with a word': (run) => `# Outage\n\n**Date**: 2026-01-01\n\n## Timeline\n\n- 10:00 import${run}started\n- 10:05 alert fired\n- 10:06 @sam: ack,${run}looking\n- 10:20 cache refreshed${run}by hand, pods${run}stable\n- 10:30 confirmed with customers,${run}closed\n`,
  'prose under "What we are doing"': (run) => `# Outage\n\n## What we're doing\n\nWe are${run}lowering the bandwidth. We have${run}already replaced${run}the disk. Finally, we${run}are adding an alert.\n`,
  'a German timeline': (run) => `# Ausfall\n\n## Zeitablauf\n\n| Zeit (MESZ${run}) | Ereignis |\n|---|---|\n| 12.10.2026 07:58 | Zertifikat${run}läuft ab |\n| 12.10.2026 08:39 | Störung${run}behoben |\n`,
  'items tagged with a priority': (run) => `# Outage\n\n## Action items\n\n1. [P0]${run}Cache lookups — unowned${run}\n2. [P1] ~~Raise the limit~~${run}— dropped${run}x\n`,
  'planned work started by a team': (run) => `# Outage\n\n## Summary\n\nThe import of 4,100${run}flags was started by${run}the growth team. Ana made a call with the information${run}she had, and it was${run}reasonable.\n`,
  'a timeline of offsets': (run) => `# Outage\n\n## Timeline\n\nT0 is 2026-10-03${run}14:05 UTC${run}when x.\n\n| Time | Event |\n|---|---|\n| T+${run}6m | alert fires |\n| T+1h${run}12m | resolved |\n\n## Later\n\nT0 =${run}x\n`,
  'lines labelled "AI:"': (run) => `# Outage\n\n## Action items\n\nAI: Leo to fix${run}it, by Oct 31.\nAI: Dana to add a drill${run}— due${run}2026-11-15${run}—.\nAI:${run}x\n`,
  'changes announced then told in one paragraph': (run) => `# Outage\n\nWe are making several${run}changes. First, we have${run}changed x. Second,${run}we will add y${run}by the end of${run}December. Third, we are${run}improving z.\n`,
  'a Resolution column': (run) => `# Outage\n\n## Follow-up tickets\n\n| Key | Summary | Assignee | Resolution |\n|---|---|---|---|\n| A-1 | Add${run}x | Kim | Won't${run}Fix |\n`,
  'a timeline told in prose': (run) => `# Outage\n\nOn November 12,${run}2026 it broke.\n\nBeginning at${run}9:37 AM${run}CET, errors${run}rose. At 10:58${run}(GMT+1)${run}, error rates returned, and${run}by 11:24 AM CET it${run}recovered - done by${run}11:30.\n`,
  'items with icon-labelled segments and a "We will:" lead-in': (run) => `# Outage\n\n## Conclusion\n\nWe are sorry.${run}We will${run}:\n\n- alert${run}x;\n\n## Follow-ups\n\n- 🛠 Autoscale${run}— 👤${run}@omar — 📅${run}2026-04-01\n\n| Action | Tracking |\n|---|---|\n| Pin${run}x | [A-1](https://x.example/A-1)${run}✅${run}x |\n`,
  'fields in braces': (run) => `# Outage\n\n## Action items\n\n- Add an alert {owner:${run}jo, due: 2026-11-01}${run}x\n- Rotate {@kim${run}} ${run}.\n`,
  'numbered days and other languages\' rows': (run) => `# Outage\n\n## Timeline\n\n### Day 1 (Mon${run}2026-02-02)\n\n- 09:10 Salta la${run}alerta\n- 09:12 La guardia${run}reconoce\n\n### Day${run}2: Tue 2026-02-03\n\n- 10:05 los pagos vuelven${run}a funcionar; Fehlerrate${run}sinkt\n`,
  'a list of bold fields and pm clocks': (run) => `# Outage\n\n- **Date:**${run}2026-07-07\n- **Authors:** Kim,${run}Lee\n\n## Timeline\n\n| When | What |\n|---|---|\n| Tue 3/10${run}1:05pm | lifts the${run}throttle |\n`,
  'prose clauses closing with their times': (run) => `# Outage\n\nThe outage was discovered by 22:50${run}GMT and${run}resolved at 23:01 GMT${run}, by 8PM${run}. On 2023-01-25${run}at 09:15 UTC,${run}we deployed x, and${run}by 9:40 it recovered.\n`,
  'a summary of labelled lines': (run) => `# Outage\n\nIncident: uploads${run}failed.\nCause:${run}the disk filled${run}x.\nFix: deleted${run}by hand.\n`,
  'a GitLab checklist, a titled table and dotted clocks': (run) => `# Outage\n\nBetween${run}7.00am and${run}10.40am it broke. At 14.30${run}% x, at${run}9.26am y.\n\n## Corrective actions\n\n- [x] Add x @asato${run}— done${run}2026-03-15${run}\n- [ ] Add y${run}~"docs"${run}@jm${run}(ETA${run}end of Q2)${run}(\n\n| **T** | |\n|---|---|\n| **Action** | **Owner** |\n| Add${run}z | Kim${run} |\n`,
  'trackers\' and the SRE book\'s timelines': (run) => `# Outage\n\n## what broke\n\ntimeline,${run}all ET${run}, fri jun 5${run}:\n\n- ~3:30pm${run}PAGE${run}x\n- 12:21 PT${run}y\n\n## Timeline\n\n**Apr 3, 2026${run}13:41:09 BST**${run}·${run}First${run}HTTP 500s\n\n**${run}** · z\n\n| Heure | Événement |\n|---|---|\n| 14h05 | Début des${run}erreurs | \n| 14h27 | Prise en${run}compte de${run}x |\n`,
  'French and Spanish fields, prompts after labels and day-first columns': (run) => `# Outage\n\n> **Summary**${run}\n> x\n\nCustomer impact${run}: _Add a${run}description_\n\nImpact financier${run}: à compléter${run}.\n\n- affected ~???${run}orders [lien${run}à ajouter]\n\n## Actions\n\n| Action | Responsable | Échéance |\n|---|---|---|\n| A | À définir${run} | 15/05/2026${run} |\n| B | Kim | fin${run}juin${run}2026 |\n| C | Lee | T3${run}2026 |\n`,
  'follow-ups joined with semicolons': (run) => `# Outage\n\nIt broke. Follow-up: @yara${run}will add${run}x; Tom Lee${run}to${run}fix y;${run}Ana${run}will z.\n\n- Follow-up${run}:${run}the SRE${run}team will x; Kim to y\n`,
  'a bold heading with a note and a timeline of bold clocks': (run) => `**Timeline**${run}(all times${run}CET)\n\n**09:58**${run}– job${run}triggered manually\n**10:14** – first 503s, error rate below${run}1%\n`,
  'Zulu clocks and a dropped AI line': (run) => `# Outage\n\n## timeline (utc)\n\n- 0251z${run}cert expired\n- 0314z synthetic${run}fails${run}→ pd\n\n## AIs\n\nAI: fix it${run}— @kim — wk 12\nAI (dropped${run}): x${run}\n`,
  'a roster of roles': (run) => `# Outage\n\n## Roles\n\n| Role${run} | Assignee |\n|---|---|\n| Incident Commander${run}x | Maria${run}Santos |\n`,
  "an editor's marks and question marks": (run) => `# Outage\n\n## Impact\n\n- screenshot${run}TK${run})\n- total $${run}???${run}x\n- runbook —${run}???${run}— due${run}TBD\n`,
  'prose clocks with a.m. in a zone': (run) => `# Outage\n\n## Timeline\n\nAll times are Eastern Time (ET).\n\nAt 9:20 a.m.${run}our alert paged${run}the engineer, who acknowledged at 9:26 a.m.${run}At 9:32 a.m. we found it.\n`,
  'an action table in HTML': (run) => `# Outage\n\n## Action items\n\n<table><tr><th>Action${run}</th><th>Owner</th></tr><tr><td>Fix${run}<code>x</code>${run}</td><td>Kim${run}</td></tr>${run}<tr><td${run}x\n</table>\n`,
  'fields on sub-bullets in Portuguese, a weekday before a date': (run) => `# Outage\n\n**Data do incidente:** quarta-feira,${run}03/06/2026\n\n## Ações\n\n1. Configurar${run}x\n   - Responsável:${run}Rafael\n   - Prazo:${run}até o fim do${run}mês\n   - Status: ✅${run}concluída\n`,
  'a name and a done note between dashes, a numbered heading': (run) => `# Outage\n\n## 9.${run}Recommendations\n\n1. **Service Desk**${run}to configure${run}x\n- [x] Raise it — Chloe${run}Barnes — done Thu${run}14 May\n`,
  'a roster of names with roles': (run) => `# Outage\n\n## Summary\n\nPanel: Dr Tom Feeney (CCIO${run}), Karen${run}Holt (Lead)${run}, Nick (Network)\n`,
};
const RUNS = [' ', '\t', '\u00a0', ' .', ', ', ' -'];

describe('every part of a postmortem stays linear on long runs (hardening)', () => {
  for (const [part, at] of Object.entries(PARTS)) {
    it(`lints and scans ${part} holding a long run of blanks or punctuation in linear time`, () => {
      let call = 0;
      for (const run of RUNS) {
        // A number of its own in each run: the engine keeps what it read by text (an item, a block), and the timings are
        // of reading, not of finding the last reading again.
        const text = (size: number) => at(`${call++}${run.repeat(size)}`);
        const lint = growth((size) => lintPostmortem(parsePostmortem(text(size))), 1500);
        assert.ok(lint < 8, `${JSON.stringify(run)}: the lint grew x${lint.toFixed(1)} for 4x the input`);
        const scan = growth((size) => parseForActionScan(text(size)), 1500);
        assert.ok(scan < 8, `${JSON.stringify(run)}: the Action Items scan grew x${scan.toFixed(1)} for 4x the input`);
      }
    });
  }

  it('reads the key moments of a timeline whose rows mark the outage, holding long runs, in linear time', () => {
    // "**OUTAGE BEGINS" and "(outage ends." left open before a run: the marker's closing was looked for at every split.
    for (const run of RUNS) {
      let call = 0;
      const text = (size: number) => `# Outage\n\n**Date**: 2026-01-01\n\n## Timeline\n\n- 10:00 **OUTAGE BEGINS${run.repeat(size)}x ${call++}\n- 10:05 (outage ends.${run.repeat(size)}x\n`;
      const docs = new Map<number, ReturnType<typeof parsePostmortem>>();
      const doc = (size: number) => docs.get(size) ?? docs.set(size, parsePostmortem(text(size))).get(size)!;
      const ratio = growth((size) => findMoments(doc(size)), 1500);
      assert.ok(ratio < 8, `${JSON.stringify(run)}: grew x${ratio.toFixed(1)} for 4x the input`);
    }
  });

  it('lints sections made of many empty lines in linear time', () => {
    // Parsed before timing: the parse is linear and would hide how the rules grow.
    const docs = new Map<number, ReturnType<typeof parsePostmortem>>();
    const doc = (size: number) => docs.get(size) ?? docs.set(size, parsePostmortem(`# Outage\n\n## Impact\n\nx${'\n'.repeat(size)}x\n\n## Empty\n${'\n'.repeat(size)}\n## Next\n\nText.\n`)).get(size)!;
    const ratio = growth((size) => lintPostmortem(doc(size)), 3000);
    assert.ok(ratio < 8, `grew x${ratio.toFixed(1)} for 4x the lines`);
  });

  it('reads a Participants line and a Metrics label holding many unclosed brackets in linear time', () => {
    // Each `(` was looked for a closing one to the end of its line: 348 ms at 40,000.
    let call = 0;
    const text = (size: number) => `# Outage\n\n**Participants**: Kim ${'('.repeat(size)}x, Lee ${call++}\n\n## Metrics\n\n- Time to detect ${'('.repeat(size)}: 5 minutes\n`;
    const ratio = growth((size) => lintPostmortem(parsePostmortem(text(size))), 10_000);
    assert.ok(ratio < 8, `grew x${ratio.toFixed(1)} for 4x the brackets`);
  });

  it('offers the fixes for many action items without a due date in linear time (the style of the document is read once)', () => {
    const docs = new Map<number, ReturnType<typeof parsePostmortem>>();
    const text = (size: number) => `# Outage\n\n## Action Items\n\n${Array.from({ length: size }, (_, i) => `### ${i + 1}) Rotate signing key ${i} @kim\n\nDetails of ${i}.\n`).join('\n')}`;
    const doc = (size: number) => docs.get(size) ?? docs.set(size, parsePostmortem(text(size))).get(size)!;
    const now = new Date('2026-12-06T12:00:00Z');
    // A copy of the document each time: what is read once per document is read again, as on every keystroke.
    const ratio = growth((size) => {
      const copy = { ...doc(size) };
      for (const item of copy.actionItems) actionItemFieldSuggestions(copy, item, 'due', now);
    }, 250);
    assert.ok(ratio < 8, `grew x${ratio.toFixed(1)} for 4x the items`);
  });

  it('tells whether a file is a postmortem in linear time when many comments open it (each comment ends at its first "-->")', () => {
    // Forty comments over a file without front matter were tried 2^40 ways by the front-matter check.
    for (const comment of ['<!-- x -->\n', '<!-- a --> ', '<!---->']) {
      const ratio = growth((count) => mayBePostmortem(`${comment.repeat(count)}Notes from the offsite\n\nWe met on Tuesday.\n`), 6);
      assert.ok(ratio < 8, `${JSON.stringify(comment)}: grew x${ratio.toFixed(1)} for 4x the comments`);
    }
  });
});
