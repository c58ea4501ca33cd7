// A GFM table whose cells are plain words, read without micromark. A postmortem's timeline is hundreds or thousands of
// such rows, and micromark spends about 100 µs on each (a third of the parse of the 1,000-line benchmark document);
// splitting a row at its pipes gives the same tree in a few. Anything a cell could hold beyond plain words (emphasis,
// code, links, escapes, references, addresses, HTML) leaves the text to micromark, as does any line that is not a row
// with outer pipes. test/unit/markdown/plainTable.test.ts compares the trees with micromark's on generated tables.
import type { AlignType, Root, Table, TableCell, TableRow } from 'mdast';
import type { Point } from 'unist';

/**
 * What a cell must not hold to be plain words: inline markup (`\`, backtick, `*`, `_`, `~`, `[`, `]`, `<`, `&`), an
 * email's `@`, tabs and control characters (tabs move columns; micromark replaces NUL).
 */
const NOT_PLAIN = /[\\`*_~[\]<&@\u0000-\u0009\u000b-\u001f\u007f]/u;
/** A literal autolink needs one of these, even without `@`: `https://…`, `www.…`, `mailto:…`, `xmpp:…`. */
const ADDRESS = /:\/\/|www\.|mailto:|xmpp:/iu;
/** A delimiter row's cell: `---`, `:--`, `--:`, `:-:`, with blanks around. */
const DELIMITER_CELL = /^ *(:?)-+(:?) *$/u;

/**
 * The tree micromark gives for `text` when it is one GFM table of plain cells: a header row, a delimiter row and body
 * rows, each a line that starts and ends with `|` with the header's number of cells, ending with the text or a line
 * break. Null for any other text.
 */
export function parsePlainTable(text: string): Root | null {
  if (!text.startsWith('|') || !mayBePlainTable(text)) return null;
  const body = text.endsWith('\n') ? text.slice(0, -1) : text;
  const lines = body.split('\n');
  if (lines.length < 2) return null;
  const delimiter = cellsOf(lines[1]);
  const header = cellsOf(lines[0]);
  if (header === null || delimiter === null || delimiter.length !== header.length) return null;
  const align: AlignType[] = [];
  for (const cell of delimiter) {
    const m = DELIMITER_CELL.exec(cell);
    if (m === null) return null;
    align.push(m[1] !== '' && m[2] !== '' ? 'center' : m[1] !== '' ? 'left' : m[2] !== '' ? 'right' : null);
  }
  const rows: TableRow[] = [];
  let lineStart = 0;
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i];
    if (i !== 1) {
      const cells = i === 0 ? header : cellsOf(line);
      // A row with a different number of cells is left to micromark.
      if (cells === null || cells.length !== header.length) return null;
      rows.push(row(cells, i + 1, lineStart, line.length));
    }
    lineStart += line.length + 1;
  }
  const end = point(lines.length, lines.at(-1)?.length ?? 0, body.length);
  const table: Table = { type: 'table', align, children: rows, position: { start: point(1, 0, 0), end } };
  const textEnd = body.length === text.length ? end : point(lines.length + 1, 0, text.length);
  return { type: 'root', children: [table], position: { start: point(1, 0, 0), end: textEnd } };
}

/**
 * Whether a document's table (its lines, from the header row to the last) may be read without micromark: a quick look
 * for what only micromark reads, so the table is worth parsing as a piece of its own.
 */
export function mayBePlainTable(text: string): boolean {
  return !NOT_PLAIN.test(text) && !ADDRESS.test(text);
}

/** The cells of a line with outer pipes (the text between each pair of pipes), or null. */
function cellsOf(line: string): string[] | null {
  if (line.length < 2 || !line.startsWith('|') || !line.endsWith('|')) return null;
  return line.slice(1, -1).split('|');
}

/** A row at `line` (1-based) starting at `offset`: each cell from its opening pipe to the next, the last to the line's end. */
function row(cells: readonly string[], line: number, offset: number, length: number): TableRow {
  const children: TableCell[] = [];
  let at = 0;
  cells.forEach((cell, k) => {
    const cellEnd = k === cells.length - 1 ? length : at + 1 + cell.length;
    // Only blanks are trimmed: a no-break space is the cell's text.
    let lead = 0;
    while (cell[lead] === ' ') lead++;
    let trail = cell.length;
    while (trail > lead && cell[trail - 1] === ' ') trail--;
    const value = cell.slice(lead, trail);
    children.push({
      type: 'tableCell',
      children: value === '' ? [] : [{ type: 'text', value, position: { start: point(line, at + 1 + lead, offset + at + 1 + lead), end: point(line, at + 1 + lead + value.length, offset + at + 1 + lead + value.length) } }],
      position: { start: point(line, at, offset + at), end: point(line, cellEnd, offset + cellEnd) },
    });
    at += 1 + cell.length;
  });
  return { type: 'tableRow', children, position: { start: point(line, 0, offset), end: point(line, length, offset + length) } };
}

/** A point at `line` (1-based), `column` characters into the line, and `offset` into the text. */
function point(line: number, column: number, offset: number): Point {
  return { line, column: column + 1, offset };
}
