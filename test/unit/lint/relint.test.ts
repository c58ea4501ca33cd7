// Property: linting the versions of a document one after another with the caches the editor keeps (parsed pieces,
// blaming-language findings and placeholders per piece of prose) gives at every version exactly the findings of a fresh lint.
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { createLintCaches, lintPostmortem } from '../../../src/core/lint/engine';
import { SectionCache } from '../../../src/core/markdown/sectionCache';
import { parsePostmortem } from '../../../src/core/model/parse';
import { realisticPostmortem } from '../../../bench/documents';

const now = new Date('2026-01-15T12:00:00Z');

/** A long postmortem (cut into pieces when parsed) with some blaming sentences among its prose. */
const base = realisticPostmortem(1000, 300, 50)
  .replace('(observation 3)', '(observation 3) John forgot to run the migration test.')
  .replace('(observation 40)', '(observation 40) This was human error by the on-call engineer.');

const edit = fc.record({
  at: fc.double({ min: 0, max: 1, noNaN: true }),
  remove: fc.integer({ min: 0, max: 12 }),
  insert: fc.oneof(
    fc.string({ unit: fc.constantFrom('#', '|', '-', '*', '\n', ' ', '`', '[', ']', 'a', '1', '_'), maxLength: 5 }),
    fc.constantFrom(' Mei Chen was careless. ', ' replica ', '\n\n## Lessons\n\n', '\n- [ ] Add a check (owner: @ana, due 2026-01-01)\n', '\n```\n', ' Joe Park', '\n**Participants**: Kai\n', ' should have known better', '\n\nTBD\n\n', ' [Name] on YYYY-MM-DD ', '\n| 10:0X | TODO | x |\n', ' *What went wrong?* '),
  ),
});

function applyEdit(text: string, e: { at: number; remove: number; insert: string }): string {
  const at = Math.floor(e.at * text.length);
  return text.slice(0, at) + e.insert + text.slice(at + e.remove);
}

describe('re-linting after edits', () => {
  it('finds at every version what a fresh lint finds', () => {
    fc.assert(
      fc.property(fc.array(edit, { minLength: 1, maxLength: 3 }), (edits) => {
        const sections = new SectionCache();
        const caches = createLintCaches();
        let text = base;
        lintPostmortem(parsePostmortem(text, { sections }), { now, caches });
        for (const e of edits) {
          text = applyEdit(text, e);
          const again = lintPostmortem(parsePostmortem(text, { sections }), { now, caches });
          assert.deepStrictEqual(again, lintPostmortem(parsePostmortem(text), { now }));
        }
      }),
      { numRuns: 8 },
    );
  });

  it('finds the blaming sentences of the base document with and without caches', () => {
    const caches = createLintCaches();
    const fresh = lintPostmortem(parsePostmortem(base), { now }).filter((f) => f.ruleId === 'blaming-language');
    assert.ok(fresh.length >= 2);
    lintPostmortem(parsePostmortem(base), { now, caches });
    assert.deepStrictEqual(lintPostmortem(parsePostmortem(base), { now, caches }).filter((f) => f.ruleId === 'blaming-language'), fresh);
  });
});
