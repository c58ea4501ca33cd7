// Property: a table of plain cells read without micromark is the very tree micromark gives, positions included, and
// anything else is left to micromark.
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { unified } from 'unified';
import remarkParse from 'remark-parse';
import remarkGfm from 'remark-gfm';
import { parsePlainTable } from '../../../src/core/markdown/plainTable';
import { parseMarkdown } from '../../../src/core/markdown/parse';
import { realisticPostmortem } from '../../../bench/documents';

const micromark = unified().use(remarkParse).use(remarkGfm);
const parsed = (text: string) => micromark.runSync(micromark.parse(text));

// Cell text: plain words, blanks of every width, non-ASCII letters and a no-break space, and, now and then, what only
// micromark can read (markup, escapes, references, addresses, HTML, a tab, a pipe escaped).
const plainPiece = fc.constantFrom('09:41', 'Replica', 'lag > 5s', 'é', '😀', 'x-y', '#3', 'a, b.', '"quoted"', "it's", '(note)', '\u00a0', '-', '---', ':', '!', '{x}', '$5', '^', '=');
const markupPiece = fc.constantFrom('*em*', '_x_', '`code`', '\\|', '[link](u)', '[^1]', '~~gone~~', 'https://a.io', 'www.a.io', 'ops@a.io', '<b>', '&amp;', '\t', 'mailto:x');
const blanks = fc.constantFrom('', ' ', '  ', '   ');
const cell = (markup: boolean) =>
  fc.tuple(blanks, fc.array(markup ? fc.oneof({ weight: 6, arbitrary: plainPiece }, { weight: 1, arbitrary: markupPiece }) : plainPiece, { maxLength: 4 }), blanks)
    .map(([before, words, after]) => `${before}${words.join(' ')}${after}`);
const delimiterCell = fc.tuple(blanks, fc.constantFrom('-', '---', ':--', '--:', ':-:', ':---:'), blanks).map(([a, d, b]) => `${a}${d}${b}`);

function table(markup: boolean) {
  return fc.integer({ min: 1, max: 4 }).chain((width) =>
    fc.tuple(
      fc.array(cell(markup), { minLength: width, maxLength: width }),
      fc.array(delimiterCell, { minLength: width, maxLength: width }),
      fc.array(fc.array(cell(markup), { minLength: width, maxLength: width }), { maxLength: 6 }),
      fc.constantFrom('', '\n'),
    ).map(([head, delimiter, rows, end]) => [head, delimiter, ...rows].map((cells) => `|${cells.join('|')}|`).join('\n') + end),
  );
}

describe('a table of plain cells', () => {
  it('is read into the tree micromark gives, positions included', () => {
    fc.assert(
      fc.property(table(false), (text) => {
        const tree = parsePlainTable(text);
        assert.notEqual(tree, null, text);
        assert.deepStrictEqual(tree, parsed(text));
      }),
      { numRuns: 1500 },
    );
  });

  it('leaves to micromark what only micromark reads, and reads the rest alike', () => {
    let left = 0;
    fc.assert(
      fc.property(table(true), (text) => {
        const tree = parsePlainTable(text);
        if (tree === null) left++;
        else assert.deepStrictEqual(tree, parsed(text));
      }),
      { numRuns: 1500 },
    );
    assert.ok(left > 300, `${left} tables left to micromark`);
  });

  it('is no table when a line is not a row with outer pipes or the cells do not line up', () => {
    for (const text of ['| a | b |', '| a | b |\n|---|', '| a |\n|---|\n| b | c |', '| a |\n|---|\nb', '| a |\n|---|\n\n| b |', ' | a |\n|---|', '| a |\n| b |', '| a |\r\n|---|\r\n']) {
      assert.equal(parsePlainTable(text), null, JSON.stringify(text));
    }
  });

  it('gives the long document the tree of one parse with micromark, its timeline read without it', () => {
    const text = realisticPostmortem(1000, 300, 50);
    assert.deepStrictEqual(parseMarkdown(text), parseMarkdown(text, Number.POSITIVE_INFINITY));
    assert.deepStrictEqual(parseMarkdown(text, Number.POSITIVE_INFINITY), parsed(text));
  });
});
