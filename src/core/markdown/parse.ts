// The one Markdown parser of the project: CommonMark + GFM tables/task lists + YAML front matter, with positions.
import { unified } from 'unified';
import remarkParse from 'remark-parse';
import remarkFrontmatter from 'remark-frontmatter';
import { gfmAutolinkLiteral } from 'micromark-extension-gfm-autolink-literal';
import { gfmAutolinkLiteralFromMarkdown } from 'mdast-util-gfm-autolink-literal';
import { gfmFootnote } from 'micromark-extension-gfm-footnote';
import { gfmStrikethrough } from 'micromark-extension-gfm-strikethrough';
import { gfmTable } from 'micromark-extension-gfm-table';
import { gfmTaskListItem } from 'micromark-extension-gfm-task-list-item';
import { gfmFootnoteFromMarkdown } from 'mdast-util-gfm-footnote';
import { gfmStrikethroughFromMarkdown } from 'mdast-util-gfm-strikethrough';
import { gfmTableFromMarkdown } from 'mdast-util-gfm-table';
import { gfmTaskListItemFromMarkdown } from 'mdast-util-gfm-task-list-item';
import type { Root, Node, Parent } from 'mdast';
import type { TextRange } from '../model/types';
import type { SectionCache } from './sectionCache';
import { parsePlainTable } from './plainTable';
import { parseInSections, sectionCuts, shiftPositions, type PieceParser } from './sections';

/**
 * Which of GFM's constructs a parser looks for. Each one it looks for costs time on every line or bracket, found or not
 * (tables are a quarter of the parse of a short document without any), so a text is parsed without the ones it cannot
 * hold: the tree is the same. Literal autolinks (a bare `https://…`, `www.…` or email address read as a link) are left
 * out of a text that holds none, and also for readers to whom an address reads the same either way
 * (`parseMarkdownWithoutAddressLinks`).
 */
interface Constructs {
  addressLinks: boolean;
  tables: boolean;
  footnotes: boolean;
  strikethrough: boolean;
}

type Processor = ReturnType<typeof processorFor>;

/** CommonMark, GFM's constructs as chosen (in remark-gfm's order), and YAML front matter. */
function processorFor({ addressLinks, tables, footnotes, strikethrough }: Constructs) {
  const chosen = [
    addressLinks && ([gfmAutolinkLiteral(), gfmAutolinkLiteralFromMarkdown()] as const),
    footnotes && ([gfmFootnote(), gfmFootnoteFromMarkdown()] as const),
    strikethrough && ([gfmStrikethrough(), gfmStrikethroughFromMarkdown()] as const),
    tables && ([gfmTable(), gfmTableFromMarkdown()] as const),
    [gfmTaskListItem(), gfmTaskListItemFromMarkdown()] as const,
  ].filter((pair) => pair !== false);
  function gfm(this: ReturnType<typeof unified>): void {
    const data = this.data();
    (data.micromarkExtensions ??= []).push(...chosen.map(([syntax]) => syntax));
    (data.fromMarkdownExtensions ??= []).push(...chosen.map(([, tree]) => tree));
  }
  return unified().use(remarkParse).use(gfm).use(remarkFrontmatter, ['yaml']);
}

const processors = new Map<string, Processor>();

function processorOf(constructs: Constructs): Processor {
  const key = `${constructs.addressLinks}/${constructs.tables}/${constructs.footnotes}/${constructs.strikethrough}`;
  let processor = processors.get(key);
  if (processor === undefined) {
    processor = processorFor(constructs);
    processors.set(key, processor);
  }
  return processor;
}

/**
 * Whether a line could be a table's delimiter row: after blockquote markers and indentation, only `-`, `:`, `|` and
 * blanks, with a `-` and a `:` or `|` (micromark's own test; without them it is a thematic break or a setext underline).
 * A table cannot start without one.
 */
function mayBeDelimiterRow(text: string, start: number, end: number): boolean {
  let i = start;
  while (i < end && (text[i] === ' ' || text[i] === '\t' || text[i] === '>')) i++;
  let dash = false;
  let marker = false;
  for (; i < end; i++) {
    const c = text[i];
    if (c === '-') dash = true;
    else if (c === '|' || c === ':') marker = true;
    else if (c !== ' ' && c !== '\t' && c !== '\r') return false;
  }
  return dash && marker;
}

/** Whether a text could hold a GFM table (a possible delimiter row), in one pass over its lines. */
function mayHoldTables(text: string): boolean {
  for (let start = 0; start < text.length; ) {
    let end = text.indexOf('\n', start);
    if (end === -1) end = text.length;
    if (mayBeDelimiterRow(text, start, end)) return true;
    start = end + 1;
  }
  return false;
}

/** Where a web address starts. */
const ADDRESS = /https?:\/\/|www\.|mailto:/iu;
/**
 * What every literal autolink holds: an email address's `@` (also in `mailto:` and `xmpp:`), `http://`, `https://` or
 * `www.`. A text without any is parsed without looking for them (the search for an email address alone runs on every
 * word): the tree is the same.
 */
const ADDRESS_LINK_MARK = /@|https?:\/\/|www\./iu;
/** What markup could reach into an address that is not read as a link: emphasis, strikethrough, code, HTML, escapes, references. */
const MARKUP = /[*_~`<>[\]\\&]/u;

/**
 * Whether the text holds a web address that emphasis, strikethrough, code or a character reference could reach into
 * when it is not read as a link ("https://host/_draft_/", "www.host/a&amp;b"). Word by word, so linear in the text.
 */
function hasAddressWithMarkup(text: string): boolean {
  for (const [word] of text.matchAll(/\S+/gu)) {
    const start = word.search(ADDRESS);
    if (start !== -1 && MARKUP.test(word.slice(start))) return true;
  }
  return false;
}

/**
 * How deep the tree may go. Lists or quotes nested thousands of levels deep (a 4 KB file) would overflow the stack of
 * every recursive walk over the tree; no postmortem nests a hundred levels, so deeper content is cut off here, once,
 * and every walk downstream is bounded.
 */
export const MAX_DEPTH = 100;

/** Container markers (`>`, `-`, `1.`) one line may open; micromark's own transforms recurse once per level. */
const MAX_LINE_CONTAINERS = 40;

/**
 * Below this many characters a document is parsed in one piece; above, in pieces of at least this size cut at headings
 * (see sections.ts): small enough to take the parser's superlinear cost away, large enough that a short postmortem
 * never pays for the cutting.
 */
export const SECTION_CHARS = 16 * 1024;

/**
 * The pieces of a document parsed again and again as it is edited (with a SectionCache): smaller, so an edit parses
 * a few kilobytes again, not sixteen.
 */
export const REPARSE_CHARS = 4 * 1024;

/**
 * Parses Markdown. With a `cache` (one per document that is parsed again after each edit), the pieces of a long document
 * that an edit left unchanged are not parsed again.
 */
export function parseMarkdown(text: string, sectionChars = SECTION_CHARS, cache?: SectionCache): Root {
  return parseWith(true, text, sectionChars, cache);
}

/**
 * Parses Markdown as `parseMarkdown` does, except that web addresses are not read as links: for readers of the tree's
 * text (the action-items scan), to whom an address reads the same either way. A document with an address that markup
 * could reach into is parsed with them.
 */
export function parseMarkdownWithoutAddressLinks(text: string): Root {
  return parseWith(hasAddressWithMarkup(text), text, SECTION_CHARS);
}

function parseWith(addressLinks: boolean, text: string, sectionChars: number, cache?: SectionCache): Root {
  const source = withShallowContainers(text);
  // Each piece is pruned on its own: a piece's top-level nodes are the document's, at the same depth. Each piece is
  // parsed with the constructs it can hold (a footnote starts with `[^`, strikethrough with `~`).
  const parseOnce = (from: string) => {
    // A piece that is a timeline of plain cells (see sectionCuts) is read without micromark, into the same tree.
    const table = parsePlainTable(from);
    if (table !== null) return table;
    const processor = processorOf({ addressLinks: addressLinks && ADDRESS_LINK_MARK.test(from), tables: mayHoldTables(from), footnotes: from.includes('[^'), strikethrough: from.includes('~') });
    return pruneDeepNodes(processor.runSync(processor.parse(from)) as Root);
  };
  const parseFresh: PieceParser = (from, offset, lines) => {
    const tree = parseOnce(from);
    shiftPositions(tree, offset, lines);
    return tree;
  };
  const parseReusing: PieceParser = cache === undefined ? parseFresh : (from, offset, lines) => cache.parse(from, parseOnce, offset, lines);
  try {
    return withCommentBeforeFrontMatter(source, (from) => {
      const cuts = sectionCuts(from, sectionChars);
      // A document in one piece is parsed afresh: its text changed, or the caller would not parse it again.
      return parseInSections(from, cuts, cuts.length > 0 ? parseReusing : parseFresh);
    });
  } catch (error) {
    // A nesting the guards above missed must not take the editor or the CLI down: read the document as empty.
    if (error instanceof RangeError) return { type: 'root', children: [], position: { start: { line: 1, column: 1, offset: 0 }, end: { line: 1, column: 1, offset: 0 } } };
    throw error;
  } finally {
    cache?.settle();
  }
}

/**
 * Blanks the container markers of a line past the first MAX_LINE_CONTAINERS ("> > > … x", "- - - … x" thousands
 * deep), keeping every offset: the parser then reads the rest of the line as content of the deepest container kept.
 */
function withShallowContainers(text: string): string {
  let out = '';
  let copied = 0;
  let lineStart = 0;
  while (lineStart < text.length) {
    let lineEnd = text.indexOf('\n', lineStart);
    if (lineEnd === -1) lineEnd = text.length;
    let i = lineStart;
    let containers = 0;
    for (;;) {
      while (i < lineEnd && (text[i] === ' ' || text[i] === '\t')) i++;
      const marker = /^(?:>|[-*+](?=[ \t]|$)|\d{1,9}[.)](?=[ \t]|$))/u.exec(text.slice(i, Math.min(lineEnd, i + 11)));
      if (marker === null) break;
      containers++;
      if (containers > MAX_LINE_CONTAINERS) {
        out += text.slice(copied, i) + ' '.repeat(marker[0].length);
        copied = i + marker[0].length;
      }
      i += marker[0].length;
    }
    lineStart = lineEnd + 1;
  }
  return out + text.slice(copied);
}

/** Empties the children of nodes at MAX_DEPTH, walking with an explicit stack so the walk itself cannot overflow. */
function pruneDeepNodes(root: Root): Root {
  const stack: [Node, number][] = [[root, 0]];
  for (let next = stack.pop(); next !== undefined; next = stack.pop()) {
    const [node, depth] = next;
    if (!('children' in node)) continue;
    const parent = node as Parent;
    if (depth >= MAX_DEPTH) parent.children = [];
    else for (const child of parent.children) stack.push([child, depth + 1]);
  }
  return root;
}

/** Parses the text, reading front matter that follows a leading comment as front matter. */
function withCommentBeforeFrontMatter(text: string, parse: (text: string) => Root): Root {
  const frontMatterStart = frontMatterAfterComment(text);
  if (frontMatterStart === null) return parse(text);
  // Parse from the front matter on, so it is read as front matter, then put the comment back in front.
  const root = parse(text.slice(frontMatterStart));
  const lineShift = text.slice(0, frontMatterStart).split('\n').length - 1;
  shiftPositions(root, frontMatterStart, lineShift);
  const comment = text.slice(0, text.indexOf('-->') + 3);
  root.children.unshift({
    type: 'html',
    value: comment,
    position: { start: { line: 1, column: 1, offset: 0 }, end: { line: 1 + comment.split('\n').length - 1, column: 1, offset: comment.length } },
  });
  root.position = { start: { line: 1, column: 1, offset: 0 }, end: root.position?.end ?? { line: 1, column: 1, offset: text.length } };
  return root;
}

/**
 * Published postmortems are often copied with a one-line source or licence comment above their YAML front matter; the
 * front matter is still the document's metadata. Returns where the front matter starts, or null.
 */
function frontMatterAfterComment(text: string): number | null {
  if (!text.startsWith('<!--')) return null;
  const close = text.indexOf('-->');
  if (close === -1) return null;
  const after = /^[ \t]*\r?\n/.exec(text.slice(close + 3, close + 3 + 200));
  if (!after) return null;
  const start = close + 3 + after[0].length;
  return /^---[ \t]*\r?\n/.test(text.slice(start, start + 8)) ? start : null;
}

/** The source range of a node (every node remark produces from text has a position). */
export function rangeOf(node: Node): TextRange {
  return { start: node.position?.start.offset ?? 0, end: node.position?.end.offset ?? 0 };
}

/** The plain text of a node as a reader sees it: inline code kept, markup dropped, breaks as spaces. */
export function plainText(node: Node): string {
  if ('value' in node && typeof node.value === 'string') {
    return node.type === 'html' ? '' : node.value;
  }
  if (node.type === 'break') return ' ';
  if ('children' in node) return (node as Parent).children.map(plainText).join('');
  return '';
}
