// Property: a document parsed in pieces (cut at headings and between table rows) gives the very tree a parse of the
// whole document gives, positions included; documents where a cut could change the meaning stay in one piece.
import assert from 'node:assert/strict';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { parseMarkdown } from '../../../src/core/markdown/parse';
import { sectionCuts } from '../../../src/core/markdown/sections';
import { postmortem, realisticPostmortem } from '../../../bench/documents';

/** The tree with every possible cut (pieces of any size) and the tree of the document in one piece. */
function bothWays(text: string) {
  return { pieces: parseMarkdown(text, 0), whole: parseMarkdown(text, Number.POSITIVE_INFINITY) };
}

function assertSameTree(text: string, label: string): void {
  const { pieces, whole } = bothWays(text);
  assert.deepStrictEqual(pieces, whole, `${label}: the tree parsed in pieces differs from the whole parse`);
}

function markdownFiles(dir: string): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir, { withFileTypes: true, recursive: true })
    .filter((entry) => entry.isFile() && entry.name.endsWith('.md'))
    .map((entry) => join(entry.parentPath, entry.name));
}

const ROOT = join(__dirname, '..', '..', '..');
/** Real published postmortems the team keeps beside the repository; used when present. */
const REAL_POSTMORTEMS = '/work/shared/real-postmortems';

// Blocks of Markdown that sit around headings and table rows, including the ones that must stop a cut.
const inline = fc.constantFrom('plain words', '*open emphasis', 'closing* text', '**bold**', '`code`', '[link](http://x.y)', '[ref][r]', '[^1]', 'a | b', '\\| escaped', 'https://example.com', 'trailing  ', '<span>', 'x_y_z', '~~del~~', '&amp;', '# not at start');
const line = fc.array(inline, { minLength: 1, maxLength: 4 }).map((words) => words.join(' '));
const cell = fc.constantFrom('10:00', ' Replica lag ', '`a|b`', '\\|', '', '**x**', 'é 中', '*a', 'b*');
const tableRow = fc.array(cell, { minLength: 1, maxLength: 4 }).map((cells) => `| ${cells.join(' | ')} |`);
const table = fc
  .tuple(fc.integer({ min: 1, max: 4 }), fc.constantFrom('---', ':--', '--:', ':-:'), fc.array(tableRow, { minLength: 0, maxLength: 12 }), fc.boolean())
  .map(([columns, delimiter, rows, outerPipes]) => {
    const head = `| ${Array.from({ length: columns }, (_, i) => `H${i}`).join(' | ')} |`;
    const delimiterRow = `|${Array.from({ length: columns }, () => delimiter).join('|')}|`;
    const all = [head, delimiterRow, ...rows];
    return (outerPipes ? all : all.map((r) => r.replace(/^\| ?| ?\|$/g, ''))).join('\n');
  });
const block = fc.oneof(
  { arbitrary: fc.tuple(fc.integer({ min: 1, max: 7 }), line, fc.constantFrom('', ' #', ' ##')).map(([level, text, close]) => `${'#'.repeat(level)} ${text}${close}`), weight: 12 },
  { arbitrary: fc.constantFrom('#', '#no-space heading', ' # indented heading', '    # indented code', 'Setext\n===', 'Setext\n---', '---', '***', '\\# escaped'), weight: 3 },
  { arbitrary: line, weight: 3 },
  { arbitrary: fc.array(line, { minLength: 2, maxLength: 3 }).map((lines) => lines.join('\n')), weight: 3 },
  { arbitrary: fc.array(line, { minLength: 1, maxLength: 4 }).map((items) => items.map((i) => `- ${i}`).join('\n')), weight: 3 },
  { arbitrary: fc.array(line, { minLength: 1, maxLength: 3 }).map((items) => items.map((i, n) => `${n + 1}. ${i}`).join('\n\n')), weight: 3 },
  { arbitrary: fc.constantFrom('- [ ] task\n  continued', '- item\n\n  second paragraph', '* a\n  * nested\n    # heading in a list', '> quote\nlazy line', '> # quoted heading', '1) one\n2) two'), weight: 3 },
  { arbitrary: table, weight: 6 },
  { arbitrary: fc.constantFrom('```\n# in a fence\n```', '~~~md\n# fence\n', '<!--\n# in a comment\n-->', '<div>\n# html\n</div>', '[r]: http://example.com', '[^1]: a footnote', '<details>'), weight: 1 },
);
const separator = fc.constantFrom('\n', '\n\n', '\n\n\n', '\r\n', '\r\n\r\n', '\n \n');
const documentText = fc.tuple(fc.array(fc.tuple(block, separator), { minLength: 1, maxLength: 25 }), fc.integer({ min: 0, max: 9 }).map((n) => n === 0)).map(([parts, frontMatter]) => (frontMatter ? '---\ntitle: x\n---\n' : '') + parts.map(([b, s]) => b + s).join(''));

/** An edit as someone typing makes it: a few characters, Markdown's significant ones among them, at any place. */
const edit = fc.record({ at: fc.double({ min: 0, max: 1, noNaN: true }), remove: fc.integer({ min: 0, max: 12 }), insert: fc.string({ unit: fc.constantFrom('#', '|', '-', '*', '>', '\n', ' ', '`', '<', '[', ']', ':', 'a', '1', '\\', '_'), maxLength: 6 }) });

function applyEdit(text: string, e: { at: number; remove: number; insert: string }): string {
  const at = Math.floor(e.at * text.length);
  return text.slice(0, at) + e.insert + text.slice(at + e.remove);
}

describe('parsing in pieces', () => {
  it('cuts the benchmark documents, so the property below exercises the pieces', () => {
    assert.ok(sectionCuts(realisticPostmortem(1000, 300, 50), 0).length > 300);
    assert.ok(sectionCuts(realisticPostmortem(1000, 300, 50), 16 * 1024).length >= 3);
  });

  it('leaves documents in one piece where a cut could change them', () => {
    for (const unsafe of ['```\n# a\n```', '<!-- x -->', '[a]: http://b', '[^1]: note', '---\ntitle: x\n---']) {
      assert.deepEqual(sectionCuts(`${unsafe}\n\n# One\n\ntext\n\n# Two\n\ntext\n`, 0), [], unsafe);
    }
  });

  it('gives the whole parse on the fixtures and the real postmortems', () => {
    const files = [...markdownFiles(join(ROOT, 'test', 'fixtures')), ...markdownFiles(join(ROOT, 'templates')), ...markdownFiles(REAL_POSTMORTEMS)];
    assert.ok(files.length > 50);
    for (const file of files) {
      const text = readFileSync(file, 'utf8');
      assertSameTree(text, file);
      assertSameTree(`${text}\n${text}`, `${file} twice`);
    }
  });

  it('gives the whole parse on the benchmark documents', () => {
    assertSameTree(postmortem(40, 12, 12), 'typical');
    assertSameTree(realisticPostmortem(1000, 300, 50), '1,000 lines');
  });

  it('gives the whole parse on generated documents', () => {
    let cut = 0;
    fc.assert(
      fc.property(documentText, (text) => {
        if (sectionCuts(text, 0).length > 0) cut++;
        const { pieces, whole } = bothWays(text);
        assert.deepStrictEqual(pieces, whole);
      }),
      { numRuns: 600 },
    );
    // The property says little unless most generated documents are actually cut.
    assert.ok(cut > 200, `only ${cut} of 600 generated documents were cut`);
  });

  it('gives the whole parse after random edits to a postmortem', () => {
    const base = realisticPostmortem(300, 60, 12);
    let cut = 0;
    fc.assert(
      fc.property(fc.array(edit, { minLength: 1, maxLength: 8 }), (edits) => {
        const text = edits.reduce(applyEdit, base);
        if (sectionCuts(text, 0).length > 0) cut++;
        const { pieces, whole } = bothWays(text);
        assert.deepStrictEqual(pieces, whole);
      }),
      { numRuns: 150 },
    );
    assert.ok(cut > 75, `only ${cut} of 150 edited documents were cut`);
  });
});
