// Parses a long document in pieces: micromark's cost grows faster than the length of what it parses (its edit map), so
// a 10,000-line postmortem parses several times faster cut at its headings and between the rows of its long tables.
// Only where the pieces parse exactly as the whole would: anything that could tie one part of a document to another
// leaves the document in one piece (test/unit/markdown/sections.test.ts compares both on generated and real documents).
import type { Root, RootContent, Node, Parent, Table } from 'mdast';
import type { Position } from 'unist';
import { mayBePlainTable } from './plainTable';

/**
 * What makes cutting unsafe anywhere in the document:
 * - fenced code (```, ~~~): a heading-like line inside it is code;
 * - HTML (a line starting with `<`, also inside quotes): HTML blocks run past headings until their end condition;
 * - link reference and footnote definitions (`]:`): they resolve references all over the document;
 * - front matter (`---` or `+++` on the first line).
 */
const UNSAFE = /^[ \t>]*(?:`{3,}|~{3,}|<)|\]:/m;
const FRONT_MATTER = /^(?:---|\+\+\+)[ \t]*\r?(?:\n|$)/;

/** An ATX heading, not indented: at the top level it ends every open block but the unsafe ones above. */
const HEADING = /^#{1,6}(?:[ \t]|\r?$)/;
const BLANK = /^[ \t]*\r?$/;
/**
 * A line that, after a blank line, can only open a new top-level paragraph: it starts at the margin with a letter or with
 * bold, so it is no list marker, quote, code, heading, table row or HTML, and no open block can take it in after the blank.
 */
const PARAGRAPH_START = /^(?:\p{L}|\*\*|__)/u;
/** A table's delimiter row, with outer pipes: `|---|:--:|`. */
export const DELIMITER_ROW = /^\|(?:[ \t]*:?-+:?[ \t]*\|)+[ \t]*\r?$/;

/**
 * Where a piece starts, and for a piece inside a table, the table's header and delimiter rows to parse in front of it.
 * A cut `apart` is taken whatever the size of the pieces around it: it sets a table of plain cells apart, to be read
 * without micromark (plainTable.ts).
 */
export interface Cut {
  at: number;
  tableHead?: string;
  apart?: boolean;
}

interface Line {
  start: number;
  text: string;
}

function linesOf(text: string): Line[] {
  const lines: Line[] = [];
  for (let start = 0; start <= text.length; ) {
    const end = text.indexOf('\n', start);
    const stop = end === -1 ? text.length : end;
    lines.push({ start, text: text.slice(start, stop) });
    if (end === -1) break;
    start = end + 1;
  }
  return lines;
}

/**
 * Where the document may be cut: before top-level headings and paragraphs that follow a blank line, and between the rows
 * of top-level tables that have outer pipes on every line and end at a blank line. Pieces of at least `minChunkChars`;
 * none when the document is unsafe.
 */
export function sectionCuts(text: string, minChunkChars: number): Cut[] {
  if (text.length < 2 * minChunkChars || UNSAFE.test(text) || FRONT_MATTER.test(text)) return [];
  const lines = linesOf(text);
  const candidates: Cut[] = [];
  for (let i = 1; i < lines.length; i++) {
    if (HEADING.test(lines[i].text) || (PARAGRAPH_START.test(lines[i].text) && BLANK.test(lines[i - 1].text))) {
      candidates.push({ at: lines[i].start });
      continue;
    }
    const startsTable = lines[i].text.startsWith('|') && BLANK.test(lines[i - 1].text) && i + 1 < lines.length && DELIMITER_ROW.test(lines[i + 1].text);
    if (!startsTable) continue;
    let end = i + 2;
    while (end < lines.length && lines[end].text.startsWith('|')) end++;
    // A line after the rows that is neither blank nor the end could still be a row: leave such a table whole.
    if (end < lines.length && !BLANK.test(lines[end].text)) {
      i = end - 1;
      continue;
    }
    const tableHead = text.slice(lines[i].start, lines[i + 2]?.start ?? text.length);
    const apart = mayBePlainTable(text.slice(lines[i].start, lines[end]?.start ?? text.length));
    if (apart) candidates.push({ at: lines[i].start, apart });
    for (let row = i + 3; row < end; row++) candidates.push({ at: lines[row].start, tableHead });
    if (apart && end < lines.length) candidates.push({ at: lines[end].start, apart });
    i = end - 1;
  }
  // Which candidates become cuts depends on the text at them, not on the distance from the last cut alone: an edit that
  // moves text by one character then changes the cuts around it only, and the pieces after it are the same text as
  // before, so a SectionCache reuses them.
  const cuts: Cut[] = [];
  let last = 0;
  for (const cut of candidates) {
    const size = cut.at - last;
    if (cut.apart === true || (size >= minChunkChars && text.length - cut.at >= minChunkChars && (size >= 4 * minChunkChars || isContentBoundary(text, cut.at)))) {
      cuts.push(cut);
      last = cut.at;
    }
  }
  return cuts;
}

/** One candidate in eight, chosen by a hash of (the first 512 characters of) its line. */
function isContentBoundary(text: string, at: number): boolean {
  let hash = 0x811c9dc5;
  for (let i = at; i < at + 512 && i < text.length && text[i] !== '\n'; i++) hash = Math.imul(hash ^ text.charCodeAt(i), 0x01000193);
  return ((hash >>> 0) & 7) === 0;
}

/**
 * Parses a piece of a document: its tree with every position moved by `offset` characters and `lines` lines, as in the
 * whole document.
 */
export type PieceParser = (text: string, offset: number, lines: number) => Root;

/**
 * Parses each piece between cuts with `parse` and joins the trees, every position as in the whole document; a piece
 * inside a table is parsed behind the table's head and its rows go to the table the previous piece ended with.
 * Falls back to one parse of the whole text when a piece does not come out as expected.
 */
export function parseInSections(text: string, cuts: readonly Cut[], parse: PieceParser): Root {
  if (cuts.length === 0) return parse(text, 0, 0);
  const pieces: Cut[] = [{ at: 0 }, ...cuts];
  const children: RootContent[] = [];
  // The trees of the pieces may be shared with earlier parses (see SectionCache): a table continued across pieces is
  // joined in a new node, made once and then extended; the root is new.
  const joined = new Set<Table>();
  let start: Position['start'] | undefined;
  let end: Position['end'] | undefined;
  let line = 0;
  for (let i = 0; i < pieces.length; i++) {
    const { at, tableHead = '' } = pieces[i];
    const piece = text.slice(at, pieces[i + 1]?.at ?? text.length);
    const tree = parse(tableHead + piece, at - tableHead.length, line - countLineBreaks(tableHead));
    let content = tree.children;
    if (tableHead !== '') {
      const [rest, previous] = [content[0], children[children.length - 1]];
      if (rest?.type !== 'table' || previous?.type !== 'table' || !sameAlign(rest, previous)) return parse(text, 0, 0);
      let table = previous;
      if (!joined.has(table)) {
        table = { ...previous, children: [...previous.children], position: previous.position && { ...previous.position } };
        joined.add(table);
        children[children.length - 1] = table;
      }
      table.children.push(...rest.children.slice(1));
      if (table.position && rest.position) table.position.end = rest.position.end;
      content = content.slice(1);
    }
    children.push(...content);
    start ??= tree.position?.start;
    end = tree.position?.end ?? end;
    line += countLineBreaks(piece);
  }
  return start === undefined || end === undefined ? { type: 'root', children } : { type: 'root', children, position: { start, end } };
}

function sameAlign(a: Table, b: Table): boolean {
  return JSON.stringify(a.align ?? null) === JSON.stringify(b.align ?? null);
}

function countLineBreaks(text: string): number {
  let n = 0;
  for (let i = text.indexOf('\n'); i !== -1; i = text.indexOf('\n', i + 1)) n++;
  return n;
}

/** Moves every position of the tree by the text in front of it, with an explicit stack (no recursion). */
export function shiftPositions(root: Node, offset: number, lines: number): void {
  if (offset === 0 && lines === 0) return;
  const stack: Node[] = [root];
  for (let node = stack.pop(); node !== undefined; node = stack.pop()) {
    if (node.position) {
      for (const point of [node.position.start, node.position.end]) {
        if (point.offset !== undefined) point.offset += offset;
        point.line += lines;
      }
    }
    if ('children' in node) for (const child of (node as Parent).children) stack.push(child);
  }
}
