// Postmortems written in many organisations' styles (test/fixtures/realistic) and published ones copied from ten
// organisations (test/fixtures/real-world), each with the reading a reviewer gave it in `<name>.expected.json` before the
// tool ran: every action item with owner, due date and done state, the sections a reviewer agrees are missing, and the
// leftover placeholders a reviewer would flag.
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parsePostmortem } from '../../../src/core/model/parse';
import { lintPostmortem } from '../../../src/core/lint/engine';
import { resolveLintConfig } from '../../../src/core/config/resolve';

interface ExpectedReading {
  actions: Array<{ text: string; owner: string | null; due: string | null; dueApproximate?: boolean; done: boolean }>;
  missingSections: string[];
  placeholders: string[];
}

const FIXTURES = join(__dirname, '..', '..', 'fixtures');
const HEADINGS: Record<string, string> = { summary: 'Summary', impact: 'Impact', timeline: 'Timeline', rootCause: 'Root Cause', actionItems: 'Action Items' };

/** Invented in other organisations' styles, and published by ten organisations (the README says where each is from). */
const SETS = [
  { folder: 'realistic', title: 'realistic postmortems' },
  { folder: 'real-world', title: 'published postmortems' },
];

for (const { folder, title } of SETS) {
  describe(`${title} read as a reviewer reads them`, () => {
    readSet(join(FIXTURES, folder));
  });
}

function readSet(root: string): void {
  for (const file of readdirSync(root).filter((f) => f.endsWith('.md') && f !== 'README.md').sort()) {
    const text = readFileSync(join(root, file), 'utf8');
    const expected = JSON.parse(readFileSync(join(root, file.replace(/\.md$/, '.expected.json')), 'utf8')) as ExpectedReading;
    const doc = parsePostmortem(text);

    it(`${file}: every action item, with its owner, due date and done state`, () => {
      const actual = doc.actionItems.map((item) => {
        const want = expected.actions.find((a) => item.text.startsWith(a.text));
        return {
          text: want?.text ?? item.text,
          owner: item.owner,
          due: item.due,
          ...(want?.dueApproximate !== undefined ? { dueApproximate: item.dueApproximate } : {}),
          done: item.done,
        };
      });
      assert.deepEqual(actual, expected.actions);
    });

    it(`${file}: required-sections and placeholder findings only where a reviewer agrees`, () => {
      const config = resolveLintConfig([{ name: 'test', value: { rules: { 'blaming-language': 'off' } } }]);
      const findings = lintPostmortem(doc, { config, now: new Date('2023-01-01T00:00:00Z') });
      const missing = findings.filter((f) => f.ruleId === 'required-sections').map((f) => f.expected);
      assert.deepEqual(missing, expected.missingSections.map((kind) => HEADINGS[kind]));
      const placeholders = findings.filter((f) => f.ruleId === 'placeholder').map((f) => text.slice(f.range.start, f.range.end));
      assert.deepEqual(placeholders, expected.placeholders);
    });
  }
}
