// Property: a text is parsed without the GFM constructs it cannot hold (tables without a delimiter row, footnotes
// without `[^`, strikethrough without `~`, literal autolinks without `@`, `http://`, `https://` or `www.`), and the tree is the very tree a parser looking for every construct gives,
// positions included.
import assert from 'node:assert/strict';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { unified } from 'unified';
import remarkParse from 'remark-parse';
import remarkGfm from 'remark-gfm';
import remarkFrontmatter from 'remark-frontmatter';
import { parseMarkdown } from '../../../src/core/markdown/parse';

const everything = unified().use(remarkParse).use(remarkGfm).use(remarkFrontmatter, ['yaml']);
const withEverything = (text: string) => everything.runSync(everything.parse(text));

function assertSameTree(text: string, label: string): void {
  assert.deepStrictEqual(parseMarkdown(text, Number.POSITIVE_INFINITY), withEverything(text), label);
}

const ROOT = join(__dirname, '..', '..', '..');

function markdownFiles(dir: string): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir, { withFileTypes: true, recursive: true })
    .filter((entry) => entry.isFile() && entry.name.endsWith('.md'))
    .map((entry) => join(entry.parentPath, entry.name));
}

// Lines near the edge of each construct: rows that are and are not delimiter rows (in quotes and lists too), thematic
// breaks and setext underlines, pipes in text, addresses and near-addresses, footnote calls and definitions, brackets that are not footnotes.
const piece = fc.constantFrom(
  '| a | b |', '|---|---|', '| :-- | --: |', 'a | b', '--- | ---', '-|-', '|-', ':-', '---', '- - -', '***', '===', '> | a |', '> |---|', '>|-|', '  |---|', '    |---|', '\t|-|',
  '- | a |', '  | - |', '1. a | b', '   --|--', '| a |\n|---|', 'a\n-', 'text with a | pipe', '`a|b`', '\\|', '[^1]', '[^1]: note', '[^ x]', '[x]', '[x]: http://a', '^1]', '[ ^1]', '~~x~~', '- [ ] task',
  '**bold**', 'word', 'https://example.com/a_b_', 'ops@example.com', '@mira', 'a@b', 'Www.example.org', 'HTTP://a.io', 'http:/a.io', 'ww.a.io', 'www', 'mailto:a@b.io',
  'xmpp:a@b.io/c', 'https://', 'x.www.a.io', '<div>', '```', '# heading', '',
);
const line = fc.array(piece, { minLength: 1, maxLength: 3 }).map((parts) => parts.join(' '));
const documentText = fc.array(fc.tuple(fc.oneof(line, piece), fc.constantFrom('\n', '\n\n', '\r\n')), { minLength: 1, maxLength: 20 }).map((parts) => parts.map(([l, s]) => l + s).join(''));

describe('parsing with only the constructs a text can hold', () => {
  it('gives the tree of a parser looking for every construct on the fixtures and the templates', () => {
    const files = [...markdownFiles(join(ROOT, 'test', 'fixtures')), ...markdownFiles(join(ROOT, 'templates'))];
    assert.ok(files.length > 50);
    // Front matter after a leading comment is read as front matter here, where remark reads a comment and a heading.
    for (const file of files) assertSameTree(readFileSync(file, 'utf8').replace(/^<!--[^]*?-->\s*(?=---)/u, ''), file);
  });

  it('gives the same tree on generated texts', () => {
    let tables = 0;
    let links = 0;
    fc.assert(
      fc.property(documentText, (text) => {
        const tree = withEverything(text);
        const json = JSON.stringify(tree);
        if (json.includes('"type":"table"')) tables++;
        if (json.includes('"type":"link"')) links++;
        assert.deepStrictEqual(parseMarkdown(text, Number.POSITIVE_INFINITY), tree);
      }),
      { numRuns: 1500 },
    );
    // The property says little unless tables are among what was generated.
    assert.ok(tables > 100, `only ${tables} of 1500 generated texts held a table`);
    assert.ok(links > 100, `only ${links} of 1500 generated texts held a link`);
  });
});
