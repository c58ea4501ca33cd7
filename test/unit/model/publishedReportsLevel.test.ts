// The fourth to fourteenth sets of published postmortems (test/fixtures/real-world-2 to -12), read against the
// reading a reviewer gave each file before the tool ran. Unlike the exact readings of realistic.test.ts, this holds the set at the level the fixes
// reached (docs/real-postmortems.md): a change may raise these figures, never lower them.
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parsePostmortem } from '../../../src/core/model/parse';
import { lintPostmortem } from '../../../src/core/lint/engine';
import { resolveLintConfig } from '../../../src/core/config/resolve';

interface ExpectedReading {
  actions: Array<{ text: string; owner: string | null; due: string | null; done: boolean }>;
  missingSections: string[];
  placeholders: string[];
}

/** A done note after an item's text: "; Completed as of …", " - this has already been done.", " DONE in …". */
const DONE_NOTE = /^[\s.;,:—–-]*(?:this\s+has\s+(?:already\s+)?been\s+done|(?:already\s+)?done\b|completed?\b|fixed\b|merged\b|closed\b|resolved\b)/iu;

const HEADINGS: Record<string, string> = { summary: 'Summary', impact: 'Impact', timeline: 'Timeline', rootCause: 'Root Cause', actionItems: 'Action Items' };

function measure(set: string) {
  const ROOT = join(__dirname, '..', '..', 'fixtures', set);
  const totals = { falseDone: 0, items: 0, found: 0, owners: 0, expectedOwners: 0, dues: 0, expectedDues: 0, done: 0, expectedDone: 0, sectionsAgreed: 0, sectionsNotAgreed: 0, placeholdersHit: 0, placeholdersFalse: 0 };
  const config = resolveLintConfig([{ name: 'test', value: { rules: { 'blaming-language': 'off' } } }]);
  for (const file of readdirSync(ROOT).filter((f) => f.endsWith('.md') && f !== 'README.md')) {
    const doc = parsePostmortem(readFileSync(join(ROOT, file), 'utf8'));
    const expected = JSON.parse(readFileSync(join(ROOT, file.replace(/\.md$/, '.expected.json')), 'utf8')) as ExpectedReading;
    const matched = new Set<unknown>();
    for (const want of expected.actions) {
      totals.items++;
      // Inline code reads as its words: the reviewer may have kept the backticks.
      // Runs of spaces read as one: the reviewer copied the source's "Create dashboard  for".
      // A spaced dash reads as one dash, whichever the tool writes.
      const norm = (t: string) => t.replace(/`/gu, '').replace(/\s+[-—–]\s+/gu, ' - ').replace(/\s+/gu, ' ');
      // "Ed to create some docs": the tool reads the owner and keeps the task ("create some docs").
      const task = (t: string, owner: string | null) => (owner !== null && t.startsWith(`${owner} `) ? t.slice(owner.length).replace(/^\s+(?:to|will)\s+/u, '') : t);
      // Each item the tool read counts once: three identical rows are three items.
      // "Purge all logs; Completed as of 2021-10-29." is read as the item "Purge all logs", done: the reviewer's copy goes
      // on with the done note.
      // The owner is the one the tool read: "The team will investigate …" is read as owner "The team", task "investigate …".
      // A tracked issue written before the task ("bug 1604925 - Check for orphaned instances") is the item's reference, not
      // its text: the reviewer's text is compared without it too.
      const withoutTicket = (t: string) => t.replace(/^\s*\[?(?:bug\s+\d{4,9}|#\d{1,9}|[A-Z][A-Z0-9]{1,9}-\d{1,9})\]?\s*(?:[-—–:]\s*)?/iu, '');
      const same = (text: string, owner: string | null) => {
        const [got, wanted] = [norm(text), norm(task(want.text, owner))];
        const untracked = norm(withoutTicket(wanted));
        return got.startsWith(wanted) || (untracked !== '' && got.startsWith(untracked)) || (wanted.startsWith(got) && DONE_NOTE.test(wanted.slice(got.length)));
      };
      const got = doc.actionItems.find((item) => !matched.has(item) && same(item.text, item.owner));
      if (!got) continue;
      matched.add(got);
      totals.found++;
      if (want.owner) { totals.expectedOwners++; if (got.owner === want.owner) totals.owners++; }
      if (want.due) { totals.expectedDues++; if (got.due === want.due) totals.dues++; }
      if (want.done) { totals.expectedDone++; if (got.done) totals.done++; } else if (got.done) totals.falseDone++;
    }
    const findings = lintPostmortem(doc, { config });
    const wanted = expected.missingSections.map((kind) => HEADINGS[kind]);
    for (const finding of findings.filter((f) => f.ruleId === 'required-sections')) {
      if (wanted.includes(finding.expected ?? '')) totals.sectionsAgreed++;
      else totals.sectionsNotAgreed++;
    }
    const placeholders = findings.filter((f) => f.ruleId === 'placeholder').map((f) => f.actual ?? '');
    // The reviewer may quote the field with its value ("Engineering Lead: ____"), the finding only the value.
    const agrees = (p: string, q: string) => p !== '' && q !== '' && (p === q || p.includes(q) || q.includes(p));
    totals.placeholdersHit += expected.placeholders.filter((p) => placeholders.some((q) => agrees(p, q))).length;
    totals.placeholdersFalse += placeholders.filter((q) => !expected.placeholders.some((p) => agrees(p, q))).length;
  }
  return totals;
}

describe('published reports of a fourth set, at the level the fixes reached', () => {
  const totals = measure('real-world-2');
  it('lists their action items with owners, due dates and done states', () => {
    assert.equal(totals.items, 125);
    assert.ok(totals.found >= 116, `found ${totals.found} of 125`);
    assert.equal(totals.owners, totals.expectedOwners);
    assert.ok(totals.dues >= 7, `due dates ${totals.dues} of ${totals.expectedDues}`);
    assert.ok(totals.done >= 32, `done ${totals.done} of ${totals.expectedDone}`);
    assert.equal(totals.falseDone, 0, 'items the reviewer reads as open, read as done');
  });

  it('raises required-sections and placeholder findings a reviewer agrees with', () => {
    // Comdex's "Details" reads as its summary since "Due to the vaults being undercollateralized…" answers Root Cause
    // for this rule, where the reviewer wanted one: 11 -> 10 agreed, 8 -> 4 not agreed.
    assert.deepEqual({ agreed: totals.sectionsAgreed >= 10, notAgreed: totals.sectionsNotAgreed <= 4 }, { agreed: true, notAgreed: true }, JSON.stringify(totals));
    assert.deepEqual({ hit: totals.placeholdersHit, false: totals.placeholdersFalse }, { hit: 2, false: 0 });
  });
});

describe('published reports of a fifth set, at the level the fixes reached', () => {
  // First run (docs/real-postmortems.md): items 68/85, done 6/6, required-sections 0 agreed / 14 not, placeholders 1/4
  // with 3 not agreed, blaming 4 findings, none agreed. The set names no owners or due dates.
  const totals = measure('real-world-3');
  it('lists their action items and done states', () => {
    assert.equal(totals.items, 85);
    assert.deepEqual({ found: totals.found, done: totals.done, falseDone: totals.falseDone }, { found: 85, done: 6, falseDone: 0 });
  });

  it('raises few required-sections findings, and finds the leftover placeholders', () => {
    // Left: 01 tells its cause only in the timeline, 21 names the leak but no cause word, 05 says what users saw
    // without an impact word.
    assert.ok(totals.sectionsNotAgreed <= 3, JSON.stringify(totals));
    // Not agreed by the reviewer: three template instructions (which the placeholder rule reports on purpose, see its
    // page; the eighth set's reviewer lists the same kind as placeholders) and an editor's bracket in a quoted email
    // ("[the cloud vendor]").
    assert.deepEqual({ hit: totals.placeholdersHit, false: totals.placeholdersFalse <= 4 }, { hit: 4, false: true });
  });
});

describe('published reports of a sixth set, at the level the fixes reached', () => {
  // First run (docs/real-postmortems.md): items 17/32, 10 non-items, done 3 of the 5 found done, required-sections 9
  // agreed / 11 not, blaming 9 findings, none agreed. No owners, due dates or placeholders in the set.
  const totals = measure('real-world-4');
  it('lists their action items and done states', () => {
    assert.equal(totals.items, 32);
    // 17 -> 20: the issue links under "hold an internal retrospective" are follow-ups of their own.
    assert.ok(totals.found >= 20, JSON.stringify(totals));
    assert.deepEqual({ done: totals.done === totals.expectedDone, falseDone: totals.falseDone }, { done: true, falseDone: 0 });
  });

  it('raises required-sections findings a reviewer mostly agrees with, and no placeholder', () => {
    assert.ok(totals.sectionsAgreed >= 9 && totals.sectionsNotAgreed <= 5, JSON.stringify(totals));
    assert.equal(totals.placeholdersFalse, 0);
  });
});

describe('published reports of a seventh set, at the level the fixes reached', () => {
  // First run (docs/real-postmortems.md): items 9/11 (the two missed were written differently in the reading than in
  // the report: the reviewer had merged two of Mezo's six "Next steps" into one and reworded another; the reading now
  // copies the report's six), 6 listed that the reviewer does not count, required-sections 1 agreed / 0 not, blaming 2
  // (0 agreed).
  const totals = measure('real-world-5');
  it('lists their action items and raises only agreed required-sections findings', () => {
    assert.deepEqual({ items: totals.items, found: totals.found, notAgreed: totals.sectionsNotAgreed, placeholdersFalse: totals.placeholdersFalse }, { items: 12, found: 12, notAgreed: 0, placeholdersFalse: 0 });
    // Mezo's "Node operators should do all of the following:" list is advice to readers, not items (6 -> 3 listed).
    assert.equal(parsePostmortem(readFileSync(join(__dirname, '..', '..', 'fixtures', 'real-world-5', '04-mezo-leveldb-corruption.md'), 'utf8')).actionItems.length, 0);
  });
});

describe('published reports of an eighth set, at the level the fixes reached', () => {
  // First run (docs/real-postmortems.md): items 43/50, 5 not counted (a "Potential Action Items" list before the
  // committed one), required-sections 0 agreed / 3 not, placeholders 0/6 (a retrospective template's prompts), blaming
  // 5 (0 agreed). No owners, due dates or done items in the set.
  const totals = measure('real-world-6');
  it('lists every action item, and raises no required-sections finding the reviewer disagrees with', () => {
    assert.deepEqual({ items: totals.items, found: totals.found, notAgreed: totals.sectionsNotAgreed, falseDone: totals.falseDone }, { items: 50, found: 50, notAgreed: 0, falseDone: 0 });
  });

  it("finds the template's prompts left in, and nothing else", () => {
    // One more is reported: DFDS's "| 2024-03-13 HH:mm | Short event description. |", the template's sample row, which
    // this set's reviewer did not list and the eleventh set's reviewer lists in the same template ("2020-12-21 HH:mm").
    assert.deepEqual({ hit: totals.placeholdersHit, false: totals.placeholdersFalse }, { hit: 6, false: 1 });
  });
});

describe('published reports of a ninth set, at the level the fixes reached', () => {
  // First run (docs/real-postmortems.md): items 15/16 (16/16 in substance), owners 9/9, done 1/1, 1 not counted,
  // required-sections 1 agreed / 0 not, placeholders 0/10, blaming 1 (0 agreed). The first published owners measured.
  const totals = measure('real-world-7');
  it('reads every owner, and lists the items with no extra', () => {
    assert.deepEqual({ items: totals.items, found: totals.found >= 15, owners: totals.owners, expectedOwners: totals.expectedOwners, falseDone: totals.falseDone }, { items: 16, found: true, owners: 9, expectedOwners: 9, falseDone: 0 });
  });

  it("finds the template's sample entries and filler, and raises no section finding the reviewer disagrees with", () => {
    assert.deepEqual({ hit: totals.placeholdersHit, false: totals.placeholdersFalse, notAgreed: totals.sectionsNotAgreed }, { hit: 10, false: 0, notAgreed: 0 });
  });
});


describe('published reports of a tenth set, at the level the fixes reached', () => {
  // First run (docs/real-postmortems.md): items 18/61 (every Ministry of Justice "Review actions" list missed), owners
  // 0/6, done 0/6, 8 not counted, required-sections 1 agreed / 19 not, placeholders 1/7 (1 not agreed), blaming 3 (0 agreed).
  const totals = measure('real-world-8');
  it('reads the lists after a "Review actions" label and the owners written "Ed to …", "Developers to …"', () => {
    assert.deepEqual({ items: totals.items, found: totals.found >= 48, owners: totals.owners, expectedOwners: totals.expectedOwners, falseDone: totals.falseDone }, { items: 61, found: true, owners: 6, expectedOwners: 6, falseDone: 0 });
  });

  it('raises no more section findings the reviewer disagrees with than after the fixes', () => {
    assert.ok(totals.sectionsNotAgreed <= 7, `${totals.sectionsNotAgreed} required-sections findings the reviewer disagrees with`);
  });
});

describe('published reports of an eleventh set, at the level the fixes reached', () => {
  // First run (docs/real-postmortems.md): items 45/51, owners 4/8, due dates 9/9, done 4/9, required-sections 4 agreed /
  // 2 not, placeholders 0/19, blaming 28 reported with 1 agreed (21 on a parody poem).
  const totals = measure('real-world-9');
  it('reads the due dates, the owners before a category tag and the items titled as done', () => {
    assert.deepEqual({ found: totals.found >= 45, owners: totals.owners >= 7, dues: totals.dues, done: totals.done >= 8, falseDone: totals.falseDone }, { found: true, owners: true, dues: 9, done: true, falseDone: 0 });
  });
});

describe('published reports of a thirteenth set, at the level the fixes reached', () => {
  // First run (docs/real-postmortems.md): items 3/24 (the cheqd "Short-Term"/"Long-Term" sub-headings read as items,
  // swallowing the lists under them), owners 0/1, done 0/10, required-sections 2 agreed / 0 not, placeholders 1 not
  // agreed, blaming 2 reported (0 agreed).
  const totals = measure('real-world-11');
  it('reads the items under numbered horizon sub-headings, their checkboxes and the team a lead-in gives them to', () => {
    assert.deepEqual({ items: totals.items, found: totals.found, owners: totals.owners, done: totals.done, expectedDone: totals.expectedDone, falseDone: totals.falseDone, sectionsNotAgreed: totals.sectionsNotAgreed, placeholdersFalse: totals.placeholdersFalse }, { items: 24, found: 24, owners: 1, done: 10, expectedDone: 10, falseDone: 0, sectionsNotAgreed: 0, placeholdersFalse: 0 });
  });
});

describe('published reports of a fourteenth set, at the level the fixes reached', () => {
  // First run (docs/real-postmortems.md): items 50/57, owners 18/18, due dates 18/18, done 19/21, required-sections
  // 1 agreed / 3 not, placeholders 0/3 (a sign-off block of underscores), blaming 5 reported (0 agreed).
  const totals = measure('real-world-12');
  it('reads the owner and deadline columns, the "Short-Term improvements" label and the sign-off left blank', () => {
    assert.deepEqual({ items: totals.items, found: totals.found >= 52, owners: totals.owners, dues: totals.dues, falseDone: totals.falseDone, sectionsNotAgreed: totals.sectionsNotAgreed <= 2, placeholdersHit: totals.placeholdersHit }, { items: 57, found: true, owners: 18, dues: 18, falseDone: 0, sectionsNotAgreed: true, placeholdersHit: 3 });
  });
});

describe('published reports of a twenty-second set, at the level the fixes reached', () => {
  // First run (docs/real-postmortems.md): items 3/7, required-sections 9 findings with 4 agreed, placeholders 0/1 with 2
  // not agreed (a Jekyll post's `{{ site.baseurl_root }}`), no blaming finding.
  const totals = measure('real-world-20');
  it('reads what a Mitigation section says will still be done, "Quick Facts" and "Technical explanation", a field left "TBD"', () => {
    assert.deepEqual({ found: totals.found >= 5, falseDone: totals.falseDone, sectionsAgreed: totals.sectionsAgreed >= 4, sectionsNotAgreed: totals.sectionsNotAgreed <= 1, placeholdersHit: totals.placeholdersHit, placeholdersFalse: totals.placeholdersFalse }, { found: true, falseDone: 0, sectionsAgreed: true, sectionsNotAgreed: true, placeholdersHit: 1, placeholdersFalse: 0 });
  });
});

describe('published reports of a twenty-third set, at the level the fixes reached', () => {
  // First run (docs/real-postmortems.md): items 14/25 (done 11 of 12), required-sections 9 findings with 5 agreed,
  // blaming 4 findings with none agreed.
  const totals = measure('real-world-21');
  it('reads the LiteLLM action tables and their ✅ status', () => {
    assert.deepEqual({ found: totals.found >= 14, done: totals.done >= 11, falseDone: totals.falseDone, sectionsNotAgreed: totals.sectionsNotAgreed <= 4 }, { found: true, done: true, falseDone: 0, sectionsNotAgreed: true });
  });
});

describe('published reports of a twenty-fourth set, at the level the fixes reached', () => {
  // First run (docs/real-postmortems.md): items 24/66 (a "Follow-up" column not read, a table of contents read as
  // items, `()` and `...` dropped from item texts), required-sections 11 findings with 4 agreed, blaming 7 findings with
  // 1 agreed.
  const totals = measure('real-world-22');
  it('reads a "Follow-up" column, keeps code in item texts and skips a table of contents', () => {
    assert.deepEqual({ found: totals.found >= 33, falseDone: totals.falseDone <= 1, sectionsNotAgreed: totals.sectionsNotAgreed <= 7 }, { found: true, falseDone: true, sectionsNotAgreed: true });
  });
});

describe('published reports of a twenty-fifth set, at the level the fixes reached', () => {
  // First run (docs/real-postmortems.md): items 11/23, required-sections 11 findings with 8 agreed, blaming 2 findings
  // with 1 agreed.
  const totals = measure('real-world-23');
  it('reads the list after "put measures in place:" as done, work under way in "Going forward", "Risks and Hazards" as impact', () => {
    assert.deepEqual({ found: totals.found >= 17, done: totals.done >= 10, falseDone: totals.falseDone, sectionsNotAgreed: totals.sectionsNotAgreed }, { found: true, done: true, falseDone: 0, sectionsNotAgreed: 0 });
  });
});

describe('published reports of a twenty-sixth set, at the level the fixes reached', () => {
  // First run (docs/real-postmortems.md): items 9/15 (done 7 of 9), required-sections 7 findings with 3 agreed, blaming
  // 2 findings with none agreed.
  const totals = measure('real-world-24');
  it('reads a bold label that says the work is done, "Error Manifestation" as impact, and not a fix told as a story', () => {
    assert.deepEqual({ found: totals.found >= 9, done: totals.done >= 9, falseDone: totals.falseDone, sectionsNotAgreed: totals.sectionsNotAgreed <= 1 }, { found: true, done: true, falseDone: 0, sectionsNotAgreed: true });
  });
});

describe('published reports of a twenty-seventh set, at the level the fixes reached', () => {
  // First run (docs/real-postmortems.md): items 8/21, required-sections 17 findings with 5 agreed (11 of them on three
  // postmortems written in Norwegian), blaming 5 findings with none agreed.
  const totals = measure('real-world-25');
  it('reads "What we are changing beyond the patch" and stays silent on the sections of postmortems in Norwegian', () => {
    assert.deepEqual({ found: totals.found >= 12, falseDone: totals.falseDone, sectionsNotAgreed: totals.sectionsNotAgreed <= 1 }, { found: true, falseDone: 0, sectionsNotAgreed: true });
  });
});

describe('published reports of a twenty-eighth set, at the level the fixes reached', () => {
  // First run (docs/real-postmortems.md): items 13/22, required-sections 4 findings with none agreed, blaming 3 findings
  // with none agreed.
  const totals = measure('real-world-26');
  it('reads the Bugzilla bug before an item as its reference and "Fallout" as the impact', () => {
    assert.deepEqual({ found: totals.found >= 16, falseDone: totals.falseDone <= 3, sectionsNotAgreed: totals.sectionsNotAgreed <= 3 }, { found: true, falseDone: true, sectionsNotAgreed: true });
  });
});

describe('published reports of a twenty-ninth set, at the level the fixes reached', () => {
  // First run (docs/real-postmortems.md): items 12/21, required-sections 2 findings with none agreed, blaming 2 findings
  // with none agreed.
  const totals = measure('real-world-27');
  it('reads a heading that names several parts for each part, and a change that destroyed something as the cause', () => {
    assert.deepEqual({ found: totals.found >= 12, falseDone: totals.falseDone, sectionsNotAgreed: totals.sectionsNotAgreed }, { found: true, falseDone: 0, sectionsNotAgreed: 0 });
  });
});

describe('published reports of a thirtieth set, at the level the fixes reached', () => {
  // First run: items 22/51, required-sections 1 finding not agreed, placeholders 0/4, blaming 6 findings with none agreed.
  const totals = measure('real-world-28');
  it('reads owners bracketed before items, one-word groups over tasks, and a note of information still needed', () => {
    assert.deepEqual({ found: totals.found >= 38, owners: totals.owners >= 11, placeholders: totals.placeholdersHit >= 3, placeholdersFalse: totals.placeholdersFalse, sectionsNotAgreed: totals.sectionsNotAgreed }, { found: true, owners: true, placeholders: true, placeholdersFalse: 0, sectionsNotAgreed: 0 });
  });
});

describe('published reports of a thirty-first set, at the level the fixes reached', () => {
  // First run: items 22/22, required-sections 4 findings with 2 agreed, placeholders 1/2, blaming 1 finding not agreed.
  const totals = measure('real-world-29');
  it('keeps every item and states the impact of pods crash-looping', () => {
    assert.deepEqual({ found: totals.found >= 22, sectionsNotAgreed: totals.sectionsNotAgreed <= 1, sectionsAgreed: totals.sectionsAgreed >= 2 }, { found: true, sectionsNotAgreed: true, sectionsAgreed: true });
  });
});

describe('published reports of a thirty-second set, at the level the fixes reached', () => {
  // First run: items 28/34, done 6/6, required-sections 1 finding not agreed, placeholders 3/4.
  const totals = measure('real-world-30');
  it('reads an item after its tracked bug, and the "Where we got lucky" prompt as a template instruction', () => {
    assert.deepEqual({ found: totals.found >= 32, done: totals.done >= 7, placeholders: totals.placeholdersHit >= 4, placeholdersFalse: totals.placeholdersFalse, sectionsNotAgreed: totals.sectionsNotAgreed }, { found: true, done: true, placeholders: true, placeholdersFalse: 0, sectionsNotAgreed: 0 });
  });
});

describe('published reports of a thirty-third set, at the level the fixes reached', () => {
  // First run: items 25/31, done 4/5, required-sections 5 findings with none agreed, placeholders 1/1.
  const totals = measure('real-world-31');
  it('holds its items and its placeholder', () => {
    assert.deepEqual({ found: totals.found >= 25, done: totals.done >= 4, placeholders: totals.placeholdersHit >= 1, sectionsNotAgreed: totals.sectionsNotAgreed <= 4 }, { found: true, done: true, placeholders: true, sectionsNotAgreed: true });
  });
});

describe('published reports of a thirty-fourth set, at the level the fixes reached', () => {
  // First run: items 31/32, done 0/1, required-sections 4 findings with none agreed, 1 false placeholder.
  const totals = measure('real-world-32');
  it('reads a box ticked with a star as done and leaves a GitHub alert\'s marker alone', () => {
    assert.deepEqual({ found: totals.found >= 31, done: totals.done >= 1, placeholdersFalse: totals.placeholdersFalse, sectionsNotAgreed: totals.sectionsNotAgreed <= 3 }, { found: true, done: true, placeholdersFalse: 0, sectionsNotAgreed: true });
  });
});

describe('published reports of a thirty-fifth set, at the level of its first run', () => {
  // First run: items 30/30, done 5/6, required-sections 1 finding not agreed, placeholders 2/4, no blaming finding.
  const totals = measure('real-world-33');
  it('lists every item, with the done ones marked', () => {
    assert.deepEqual({ found: totals.found >= 30, done: totals.done >= 5, falseDone: totals.falseDone, placeholders: totals.placeholdersHit >= 2, placeholdersFalse: totals.placeholdersFalse, sectionsNotAgreed: totals.sectionsNotAgreed <= 1 }, { found: true, done: true, falseDone: 0, placeholders: true, placeholdersFalse: 0, sectionsNotAgreed: true });
  });
});

describe('published reports of a thirty-sixth set, at the level of its first run', () => {
  // First run: items 19/22, done 3/4, required-sections 3 findings with 1 agreed, placeholders 2/3.
  const totals = measure('real-world-34');
  it('lists its items and finds the fields answered with a question mark', () => {
    assert.deepEqual({ found: totals.found >= 19, done: totals.done >= 3, placeholders: totals.placeholdersHit >= 2, placeholdersFalse: totals.placeholdersFalse, sectionsNotAgreed: totals.sectionsNotAgreed <= 2 }, { found: true, done: true, placeholders: true, placeholdersFalse: 0, sectionsNotAgreed: true });
  });
});

describe('published reports of a thirty-seventh set, at the level the fixes reached', () => {
  // First run: items 40/47, done 0/2, required-sections 8 findings with 1 agreed, placeholders 3/7, blaming 1 finding not agreed.
  const totals = measure('real-world-35');
  it('reads an action table under a Resolution, a "do better" heading, runs of question marks and a half-written time', () => {
    assert.deepEqual({ found: totals.found >= 43, done: totals.done >= 1, placeholders: totals.placeholdersHit >= 6, placeholdersFalse: totals.placeholdersFalse, sectionsNotAgreed: totals.sectionsNotAgreed <= 2 }, { found: true, done: true, placeholders: true, placeholdersFalse: 0, sectionsNotAgreed: true });
  });
});

describe('published reports of a thirty-eighth set, at the level the fixes reached', () => {
  // First run: items 9/10, required-sections 6 findings with 2 agreed, blaming 3 findings with 2 agreed.
  const totals = measure('real-world-36');
  it('takes a cause the team identified and 503s returned as answered, and a notifying team as no blame', () => {
    assert.deepEqual({ found: totals.found >= 10, sectionsNotAgreed: totals.sectionsNotAgreed <= 2, sectionsAgreed: totals.sectionsAgreed >= 2 }, { found: true, sectionsNotAgreed: true, sectionsAgreed: true });
  });
});

describe('published reports of a thirty-ninth set, at the level the fixes reached', () => {
  // First run: items 4/10, required-sections 7 findings with 2 agreed, placeholders 0/1, blaming 2 findings, none agreed.
  const totals = measure('real-world-37');
  it('reads tasks a Resolution opens with a verb, a heading over options weighed, and a capitals variable left in', () => {
    assert.deepEqual({ found: totals.found >= 5, placeholders: totals.placeholdersHit >= 1, placeholdersFalse: totals.placeholdersFalse, sectionsNotAgreed: totals.sectionsNotAgreed <= 3 }, { found: true, placeholders: true, placeholdersFalse: 0, sectionsNotAgreed: true });
  });
});

describe('published reports of a fortieth set, at the level of its first run', () => {
  // First run: items 19/19, required-sections 2 findings with 1 agreed, placeholders 1/1, no blaming finding (6 listed).
  const totals = measure('real-world-38');
  it('lists every item and the template text left in', () => {
    assert.deepEqual({ found: totals.found >= 19, placeholders: totals.placeholdersHit >= 1, placeholdersFalse: totals.placeholdersFalse, sectionsNotAgreed: totals.sectionsNotAgreed <= 1 }, { found: true, placeholders: true, placeholdersFalse: 0, sectionsNotAgreed: true });
  });
});

describe('published reports of a forty-first set, at the level the fixes reached', () => {
  // First run: items 15/17, done 0/1, required-sections 2 findings with none agreed, blaming 1 finding not agreed.
  const totals = measure('real-world-39');
  it('reads "How Do We Do Better in the Future?" as the actions and "We updated our …" as done', () => {
    assert.deepEqual({ found: totals.found >= 15, done: totals.done >= 1, falseDone: totals.falseDone, sectionsNotAgreed: totals.sectionsNotAgreed }, { found: true, done: true, falseDone: 0, sectionsNotAgreed: 0 });
  });
});

describe('published reports of a forty-second set, at the level the fixes reached', () => {
  // First run: items 4/6, done 1/1, required-sections 9 findings with 7 agreed (6 here), blaming 1 finding agreed.
  const totals = measure('real-world-40');
  it('reads a status beside a leading ticket and the prevention work a Resolution tells', () => {
    assert.deepEqual({ found: totals.found >= 6, done: totals.done >= 3, falseDone: totals.falseDone, sectionsAgreed: totals.sectionsAgreed >= 6, sectionsNotAgreed: totals.sectionsNotAgreed <= 1 }, { found: true, done: true, falseDone: 0, sectionsAgreed: true, sectionsNotAgreed: true });
  });
});

describe('published reports of a forty-third set, at the level the fixes reached', () => {
  // First run: items 14/14, required-sections 4 findings with 2 agreed, no placeholder, no blaming finding (3 listed).
  const totals = measure('real-world-41');
  it('lists every item and reads an upgrade that "took us over a hard AWS limit" as the cause', () => {
    assert.deepEqual({ found: totals.found >= 14, falseDone: totals.falseDone, sectionsAgreed: totals.sectionsAgreed >= 2, sectionsNotAgreed: totals.sectionsNotAgreed <= 1 }, { found: true, falseDone: 0, sectionsAgreed: true, sectionsNotAgreed: true });
  });
});

describe('published reports of a forty-fourth set, at the level the fixes reached', () => {
  // First run: items 0/2, required-sections 13 findings with 8 agreed, no placeholder, no blaming finding (2 listed).
  const totals = measure('real-world-42');
  it('reads support dropped by an upgrade, an issue with an exhausted component and a client kept from progressing as cause and impact', () => {
    assert.deepEqual({ sectionsAgreed: totals.sectionsAgreed >= 8, sectionsNotAgreed: totals.sectionsNotAgreed <= 2 }, { sectionsAgreed: true, sectionsNotAgreed: true });
  });
});

describe('published reports of a forty-fifth set, at the level the fixes reached', () => {
  // First run: items 0/1, required-sections 5 findings with 4 agreed, no placeholder, blaming 2 findings with 1 agreed (2 listed).
  const totals = measure('real-world-43');
  it('reads "I\'ll do better next time" and the change it plans, and what an attacker could do as the impact', () => {
    assert.deepEqual({ found: totals.found >= 1, falseDone: totals.falseDone, sectionsAgreed: totals.sectionsAgreed >= 3, sectionsNotAgreed: totals.sectionsNotAgreed }, { found: true, falseDone: 0, sectionsAgreed: true, sectionsNotAgreed: 0 });
  });
});
