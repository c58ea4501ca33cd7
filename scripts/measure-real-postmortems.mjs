// Runs the built CLI (`actions` and `lint`, JSON) over folders of postmortems and prints what it read, scored against
// `<name>.expected.json` annotations where a file has them. Usage: node scripts/measure-real-postmortems.mjs DIR...
import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

const cli = (args) => {
  try {
    return JSON.parse(execFileSync('node', ['dist/cli/postmortem.js', ...args], { encoding: 'utf8' }));
  } catch (error) {
    return JSON.parse(error.stdout);
  }
};
const files = process.argv.slice(2).flatMap((dir) => readdirSync(dir).filter((f) => f.endsWith('.md') && f !== 'README.md').sort().map((f) => join(dir, f)));
const total = { items: 0, expectedItems: 0, found: 0, owners: 0, expectedOwners: 0, dues: 0, expectedDues: 0, done: 0, expectedDone: 0, sections: 0, sectionsExpected: 0, sectionsWrong: 0, placeholders: 0, placeholdersExpected: 0, placeholdersHit: 0, placeholdersFalse: 0, blaming: 0, blamingJudged: 0, blamingAgreed: 0, blamingExpected: 0 };
for (const file of files) {
  const items = cli(['actions', '--format', 'json', file]);
  const findings = cli(['lint', '--format', 'json', file]);
  const sections = findings.filter((f) => f.rule === 'required-sections');
  const placeholders = findings.filter((f) => f.rule === 'placeholder');
  const blaming = findings.filter((f) => f.rule === 'blaming-language');
  const counts = `${items.length} items, owner ${items.filter((i) => i.owner).length}, due ${items.filter((i) => i.due).length}, done ${items.filter((i) => i.done).length}; required-sections ${sections.length}; placeholder ${placeholders.length}; blaming-language ${blaming.length}`;
  console.log(`${file}: ${counts}`);
  for (const f of [...sections, ...placeholders]) console.log(`    ${f.line}: ${f.rule}: ${f.message}`);
  total.items += items.length;
  total.sections += sections.length;
  total.placeholders += placeholders.length;
  total.blaming += blaming.length;
  const expectedPath = file.replace(/\.md$/, '.expected.json');
  if (!existsSync(expectedPath)) continue;
  const expected = JSON.parse(readFileSync(expectedPath, 'utf8'));
  // Inline code reads as its words, a spaced dash as any dash, runs of blanks as one; an owner the tool read off the
  // start of an item ("Ed to create …" → owner Ed, "create …") is not part of its text. Each item counts once.
  const norm = (t) => t.replace(/`/gu, '').replace(/\s+[-—–]\s+/gu, ' - ').replace(/\s+/gu, ' ').trim();
  // A label before the task ("Follow-up: a smoke job …") is not part of its text either.
  const task = (t, owner) => (owner && t.startsWith(`${owner} `) ? t.slice(owner.length).replace(/^\s+(?:to|will)\s+/u, '') : t).replace(/^(?:follow[- ]?ups?|action\s+items?|next\s+steps?)\s*:\s*/iu, '');
  // The tool reads "Purge all logs; Completed as of 2021-10-29." as the item "Purge all logs", done: a reviewer's copy
  // that goes on with such a done note is the same item.
  const DONE_NOTE = /^[\s.;,:—–-]*(?:this\s+has\s+(?:already\s+)?been\s+done|(?:already\s+)?done\b|completed?\b|fixed\b|merged\b|closed\b|resolved\b)/iu;
  // A tracked issue written before the task ("bug 1604925 - Check for orphaned instances") is read as the item's ticket
  // (not in the CLI's JSON: the reviewer's text is compared without it too).
  const withoutTicket = (t) => t.replace(/^\s*\[?(?:bug\s+\d{4,9}|#\d{1,9}|[A-Z][A-Z0-9]{1,9}-\d{1,9})\]?\s*(?:[-—–:]\s*)?/iu, '');
  const matches = (item, want) => {
    const [got, wanted] = [norm(item.text), norm(task(want.text, item.owner))];
    const untracked = norm(withoutTicket(wanted));
    return got.startsWith(wanted) || (untracked !== '' && got.startsWith(untracked)) || (wanted.startsWith(got) && DONE_NOTE.test(wanted.slice(got.length)));
  };
  const taken = new Set();
  for (const want of expected.actions) {
    total.expectedItems++;
    const got = items.find((i) => !taken.has(i) && matches(i, want));
    if (got) taken.add(got);
    if (!got) {
      console.log(`    MISSED item: ${want.text}`);
      continue;
    }
    total.found++;
    if (want.owner) { total.expectedOwners++; if (got.owner === want.owner) total.owners++; else console.log(`    owner ${JSON.stringify(got.owner)} != ${want.owner}: ${want.text}`); }
    if (want.due) { total.expectedDues++; if (got.due === want.due) total.dues++; else console.log(`    due ${JSON.stringify(got.due)} != ${want.due}: ${want.text}`); }
    if (want.done) { total.expectedDone++; if (got.done) total.done++; else console.log(`    not done: ${want.text}`); }
  }
  for (const item of items) if (!taken.has(item)) console.log(`    EXTRA item: ${item.text}`);
  total.sectionsExpected += expected.missingSections.length;
  total.sectionsWrong += Math.abs(sections.length - expected.missingSections.length);
  total.placeholdersExpected += expected.placeholders.length;
  // A finding's message shortens a long placeholder ("…"), so the text it covers in the file is compared too.
  const lines = readFileSync(file, 'utf8').split('\n');
  const covered = (f) => {
    const span = lines.slice(f.line - 1, f.endLine).join('\n');
    return span.slice(f.column - 1, span.length - (lines[f.endLine - 1].length - (f.endColumn - 1)));
  };
  // Where each listed placeholder is written (each occurrence once), and whether a finding covers part of it.
  const source = lines.join('\n');
  const lineStart = (n) => lines.slice(0, n - 1).reduce((sum, l) => sum + l.length + 1, 0);
  const span = (f) => ({ start: lineStart(f.line) + f.column - 1, end: lineStart(f.endLine) + f.endColumn - 1 });
  const used = new Set();
  const written = expected.placeholders.map((p) => {
    let at = source.indexOf(p.split('\n')[0]);
    while (at !== -1 && used.has(at)) at = source.indexOf(p.split('\n')[0], at + 1);
    if (at !== -1) used.add(at);
    return { p, start: at, end: at + p.length };
  });
  const overlaps = (f, w) => w.start !== -1 && span(f).start < w.end && span(f).end > w.start;
  for (const w of written) {
    if (placeholders.some((f) => overlaps(f, w))) total.placeholdersHit++;
    else console.log(`    MISSED placeholder: ${w.p}`);
  }
  // A finding on any occurrence of a listed placeholder is agreed with: a reviewer lists the text once ("[link to github
  // issue]" left on five items).
  const everywhere = expected.placeholders.flatMap((p) => {
    const first = p.split('\n')[0];
    const found = [];
    for (let at = source.indexOf(first); at !== -1; at = source.indexOf(first, at + 1)) found.push({ p, start: at, end: at + p.length });
    return found;
  });
  for (const f of placeholders) if (!everywhere.some((w) => overlaps(f, w))) { total.placeholdersFalse++; console.log(`    placeholder NOT agreed (line ${f.line}): ${covered(f)}`); }
  // Blaming sentences a reviewer listed (`blaming`, where the reading has one): a finding is agreed with when its
  // sentence is one of them; every other finding on the file counts against precision.
  // A reading without `blaming` (the first sets') did not judge blaming language: its findings are counted in `blaming`,
  // and precision is taken over `blamingJudged`, the findings on files whose reader did.
  if (expected.blaming) {
    total.blamingExpected += expected.blaming.length;
    total.blamingJudged += blaming.length;
    // A finding's text runs on over the lines the sentence is wrapped on, where the reading has one line: spaces compared as one.
    const flat = (text) => text.replace(/\s+/gu, ' ').trim();
    for (const f of blaming) {
      const line = lines[f.line - 1];
      const agreed = expected.blaming.some((b) => flat(b).includes(flat(covered(f))) || line.includes(b));
      if (agreed) total.blamingAgreed++;
      console.log(`    blaming ${agreed ? 'agreed' : 'NOT agreed'} (line ${f.line}): ${covered(f)} | ${line.trim().slice(0, 200)}`);
    }
    for (const b of expected.blaming) if (!blaming.some((f) => flat(b).includes(flat(covered(f))) || lines[f.line - 1].includes(b))) console.log(`    MISSED blaming: ${b}`);
  }
}
console.log(JSON.stringify(total, null, 1));
