// Property: parsing the versions of a document one after another, reusing the pieces an edit left unchanged, gives at
// every version the very tree a fresh parse of that version gives, positions included.
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { parseMarkdown } from '../../../src/core/markdown/parse';
import { SectionCache } from '../../../src/core/markdown/sectionCache';
import { sectionCuts } from '../../../src/core/markdown/sections';
import { realisticPostmortem } from '../../../bench/documents';

/** An edit as someone typing makes it: a few characters, Markdown's significant ones among them, at any place. */
const edit = fc.record({
  at: fc.double({ min: 0, max: 1, noNaN: true }),
  remove: fc.integer({ min: 0, max: 12 }),
  insert: fc.oneof(
    fc.string({ unit: fc.constantFrom('#', '|', '-', '*', '>', '\n', ' ', '`', '<', '[', ']', ':', 'a', '1', '\\', '_', '~', '!'), maxLength: 6 }),
    fc.constantFrom('\n```\n', '\n<div>\n', '\n[r]: http://x.y\n', '---\ntitle: x\n---\n', '\n- item\n', '\n\n# Heading\n\n', '\n| a | b |\n|---|---|\n| 1 | 2 |\n', '\n    code\n'),
  ),
});

function applyEdit(text: string, e: { at: number; remove: number; insert: string }): string {
  const at = Math.floor(e.at * text.length);
  return text.slice(0, at) + e.insert + text.slice(at + e.remove);
}

describe('parsing again after edits', () => {
  it('gives a fresh parse at every version of an edited postmortem', () => {
    const base = realisticPostmortem(300, 60, 12);
    let reused = 0;
    fc.assert(
      fc.property(fc.array(edit, { minLength: 1, maxLength: 4 }), fc.constantFrom(0, 512, 2048), (edits, sectionChars) => {
        const cache = new SectionCache();
        let text = base;
        let before = { text, tree: parseMarkdown(text, sectionChars, cache) };
        for (const e of edits) {
          text = applyEdit(text, e);
          const again = parseMarkdown(text, sectionChars, cache);
          if (sectionCuts(text, sectionChars).length > 0) reused++;
          assert.deepStrictEqual(again, parseMarkdown(text, Number.POSITIVE_INFINITY));
          // Pieces are shared between versions: the tree of the version before must not have changed.
          assert.deepStrictEqual(before.tree, parseMarkdown(before.text, Number.POSITIVE_INFINITY));
          before = { text, tree: again };
        }
      }),
      { numRuns: 40 },
    );
    assert.ok(reused > 40, `only ${reused} edited versions were parsed in pieces`);
  });

  it('hands out copies: changing a returned tree does not change the next parse', () => {
    const cache = new SectionCache();
    const text = realisticPostmortem(300, 60, 12);
    const first = parseMarkdown(text, 512, cache);
    first.children.length = 0;
    assert.deepStrictEqual(parseMarkdown(text, 512, cache), parseMarkdown(text, Number.POSITIVE_INFINITY));
  });
});
