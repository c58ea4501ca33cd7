// Table cells as the editor shows them and as Markdown stores them: `\|` for a pipe, `<br>` for a line break.
import type { TextRange } from '../model/types';

/** A value as the editor holds it: Windows line ends made plain, outer whitespace dropped (Markdown drops it too). */
export function normalizeCellValue(value: string): string {
  return value.replace(/\r\n?/g, '\n').trim();
}

/**
 * The Markdown source of a cell holding `value`. Only what would break the row is changed: a pipe becomes `\|`, a
 * line break `<br>`. Everything else is the user's Markdown. (A backslash typed right before a pipe cannot be kept:
 * GFM reads `\\|` as an escaped backslash and a cell border.)
 */
export function encodeTableCell(value: string): string {
  return normalizeCellValue(value).replace(/\n/g, '<br>').replace(/\|/g, '\\|');
}

/** The value the editor shows for a cell's source: the inverse of `encodeTableCell`. */
export function decodeTableCell(source: string): string {
  return source.trim().replace(/<br\s{0,3}\/?>/gi, '\n').replace(/\\\|/g, '|');
}

/** One table line split into cells: the range inside each pair of borders, relative to the line. */
export interface SplitRow {
  cells: TextRange[];
  leadingPipe: boolean;
  trailingPipe: boolean;
}

/** Splits a table line at its unescaped pipes, as GFM does (a pipe inside a code span splits too unless escaped). */
export function splitTableRow(line: string): SplitRow {
  let position = 0;
  while (position < line.length && (line[position] === ' ' || line[position] === '\t')) position++;
  const leadingPipe = line[position] === '|';
  let cellStart = leadingPipe ? position + 1 : 0;
  const cells: TextRange[] = [];
  for (let i = cellStart; i < line.length; i++) {
    if (line[i] === '\\') {
      i++;
    } else if (line[i] === '|') {
      cells.push({ start: cellStart, end: i });
      cellStart = i + 1;
    }
  }
  const rest = line.slice(cellStart);
  const trailingPipe = cells.length > 0 && rest.trim() === '' && (cells.length > 1 || leadingPipe);
  if (!trailingPipe) cells.push({ start: cellStart, end: line.length });
  return { cells, leadingPipe, trailingPipe };
}

/**
 * Columns a string takes in a monospace editor: East Asian wide characters and emoji count two, combining marks
 * and zero-width joiners none. Close enough to what editors render to keep an aligned table aligned.
 */
export function displayWidth(text: string): number {
  let width = 0;
  for (const char of text) {
    const code = char.codePointAt(0) ?? 0;
    if ((code >= 0x300 && code <= 0x36f) || code === 0x200d || (code >= 0xfe00 && code <= 0xfe0f)) continue;
    width += isWide(code) ? 2 : 1;
  }
  return width;
}

function isWide(code: number): boolean {
  return (
    (code >= 0x1100 && code <= 0x115f) ||
    (code >= 0x2e80 && code <= 0xa4cf && code !== 0x303f) ||
    (code >= 0xac00 && code <= 0xd7a3) ||
    (code >= 0xf900 && code <= 0xfaff) ||
    (code >= 0xfe30 && code <= 0xfe4f) ||
    (code >= 0xff00 && code <= 0xff60) ||
    (code >= 0xffe0 && code <= 0xffe6) ||
    (code >= 0x1f300 && code <= 0x1faff) ||
    (code >= 0x20000 && code <= 0x3fffd)
  );
}
