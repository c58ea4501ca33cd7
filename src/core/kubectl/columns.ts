// Column layout of kubectl's tables: recognises a header line and cuts rows into cells by the header's offsets.
// Offsets count code points, as Go's tabwriter pads by runes, so non-ASCII text before a column does not shift it.

export type ColumnRole =
  | 'namespace'
  | 'lastSeen'
  | 'firstSeen'
  | 'age'
  | 'type'
  | 'reason'
  | 'object'
  | 'subobject'
  | 'source'
  | 'message'
  | 'count'
  | 'name'
  | 'kind'
  | 'watchEvent'
  /** A column kubectl adds on request (`--show-labels`, `-L app`): kept apart, not read. */
  | 'other';

export interface Column {
  role: ColumnRole;
  /** Display column (code points, tabs expanded) of the header cell in its line. */
  start: number;
}

const HEADER_NAMES: Record<string, ColumnRole> = {
  NAMESPACE: 'namespace',
  LASTSEEN: 'lastSeen',
  // Names people give their own `-o custom-columns` for .lastTimestamp.
  TIME: 'lastSeen',
  TIMESTAMP: 'lastSeen',
  LASTTIMESTAMP: 'lastSeen',
  FIRSTTIMESTAMP: 'firstSeen',
  // The describe table of kubectl 1.7 development builds called its age column "Last".
  LAST: 'lastSeen',
  FIRSTSEEN: 'firstSeen',
  AGE: 'age',
  TYPE: 'type',
  REASON: 'reason',
  OBJECT: 'object',
  SUBOBJECT: 'subobject',
  SUBOBJECTPATH: 'subobject',
  SOURCE: 'source',
  FROM: 'source',
  MESSAGE: 'message',
  COUNT: 'count',
  NAME: 'name',
  KIND: 'kind',
  EVENT: 'watchEvent',
  // kubectl before 1.0 printed the object's status then ("TIME  NAME  KIND  CONDITION  REASON  MESSAGE"): not read.
  CONDITION: 'other',
};

interface Token {
  text: string;
  start: number;
}

const TAB_STOP = 8;

/**
 * A line's code points. A line with no astral character (nearly every line) is its own list of code points: the
 * string is indexed directly, and 10,000 rows are not each copied into an array of one-character strings.
 */
type Chars = string | readonly string[];

function codePoints(line: string): Chars {
  return /[\uD800-\uDFFF]/.test(line) ? Array.from(line) : line;
}

/** The code points [start, end) as text. */
function textOf(chars: Chars, start: number, end: number): string {
  return typeof chars === 'string' ? chars.slice(start, end) : chars.slice(start, end).join('');
}

/**
 * The display column of each code point (and one past the end), or null when they are the code points' own indexes
 * (no tab). Tabs advance to the next stop of 8, as a terminal shows them: old kubectl and some clipboards keep tabs,
 * and rows then line up only on screen.
 */
function displayColumns(chars: Chars): number[] | null {
  if (!chars.includes('\t')) return null;
  const columns: number[] = [];
  let column = 0;
  for (let i = 0; i < chars.length; i++) {
    columns.push(column);
    column = chars[i] === '\t' ? (Math.floor(column / TAB_STOP) + 1) * TAB_STOP : column + 1;
  }
  columns.push(column);
  return columns;
}

/** The display column of code point `i`. */
function columnAt(at: readonly number[] | null, i: number): number {
  return at === null ? i : at[i];
}

/** Whitespace-separated tokens with display-column offsets. */
function tokens(chars: Chars): Token[] {
  const at = displayColumns(chars);
  const found: Token[] = [];
  let i = 0;
  while (i < chars.length) {
    while (i < chars.length && isSpace(chars[i])) i++;
    if (i >= chars.length) break;
    const start = i;
    while (i < chars.length && !isSpace(chars[i])) i++;
    found.push({ text: textOf(chars, start, i), start: columnAt(at, start) });
  }
  return found;
}

function isSpace(ch: string): boolean {
  return ch === ' ' || ch === '\t';
}

/** Label columns of `--show-labels` / `-L key`: upper-case words after the event columns. */
const EXTRA_COLUMN = /^[A-Z][A-Z0-9_.\/-]*$/;
const MAX_EXTRA_COLUMNS = 3;

/**
 * Whether the line's first word is a column name a header can start with. Most lines tried are rows: their first word
 * settles it without reading the rest (a big paste tries thousands, some several times).
 */
export function startsLikeHeader(line: string): boolean {
  let start = 0;
  while (start < line.length && (line[start] === ' ' || line[start] === '\t')) start++;
  let end = start;
  while (end < line.length && line[end] !== ' ' && line[end] !== '\t' && end - start <= 16) {
    // Column names are letters only: a row's first word ("team-3", "5m", "kube-system") stops at its first other character.
    if (!isAsciiLetter(line.charCodeAt(end))) return false;
    end++;
  }
  if (end === start || end - start > 16) return false;
  const first = line.slice(start, end).toUpperCase();
  return first in HEADER_NAMES || first === 'LAST' || first === 'FIRST';
}

function isAsciiLetter(code: number): boolean {
  return (code >= 65 && code <= 90) || (code >= 97 && code <= 122);
}

/**
 * The columns of a kubectl events header line, or null when the line is not one. Every word must be a
 * known column name ("LAST SEEN" and "LASTSEEN" alike; describe's "Type Reason Age From Message" too),
 * except a few label columns at the end.
 */
export function parseHeader(line: string): Column[] | null {
  if (!startsLikeHeader(line)) return null;
  const words = tokens(codePoints(line));
  const columns: Column[] = [];
  for (let i = 0; i < words.length; i++) {
    const word = words[i].text.toUpperCase();
    const start = words[i].start;
    let name = word;
    if ((word === 'LAST' || word === 'FIRST') && words[i + 1]?.text.toUpperCase() === 'SEEN') {
      name = `${word}SEEN`;
      i++;
    }
    const role = HEADER_NAMES[name] ?? (columns.some((c) => c.role === 'message') && EXTRA_COLUMN.test(words[i].text) ? 'other' : undefined);
    if (!role) return null;
    columns.push({ role, start });
  }
  const known = columns.filter((c) => c.role !== 'other');
  const roles = new Set(known.map((c) => c.role));
  if (roles.size !== known.length || known.length < 4 || columns.length - known.length > MAX_EXTRA_COLUMNS) return null;
  const hasTime = roles.has('lastSeen') || roles.has('firstSeen') || roles.has('age');
  // kubectl before 1.2 had no TYPE column; every layout since has one.
  if (!hasTime || !roles.has('reason') || !roles.has('message')) return null;
  return columns;
}

/** A run of text between gaps of two or more spaces (or a tab): tabwriter pads every column by at least two. */
export interface Field {
  /** Code-point indexes, for the text. */
  start: number;
  end: number;
  /** Display column of the start, for matching the header. */
  column: number;
}

/** A field: from a non-blank character through single spaces between words, up to a tab or two spaces. */
const FIELD = /[^ \t](?:[^ \t]| (?=[^ \t]))*/g;

export function fields(chars: Chars, at: readonly number[] | null = displayColumns(chars)): Field[] {
  if (typeof chars === 'string') {
    // The same fields as the loop below, found by the regular expression engine: a paste of 10,000 rows splits each.
    return Array.from(chars.matchAll(FIELD), (m) => ({ start: m.index, end: m.index + m[0].length, column: columnAt(at, m.index) }));
  }
  const found: Field[] = [];
  let i = 0;
  while (i < chars.length) {
    while (i < chars.length && isSpace(chars[i])) i++;
    if (i >= chars.length) break;
    const start = i;
    let end = i;
    while (i < chars.length) {
      if (chars[i] === '\t' || (chars[i] === ' ' && (i + 1 >= chars.length || isSpace(chars[i + 1])))) break;
      i++;
      if (!isSpace(chars[i - 1])) end = i;
    }
    found.push({ start, end, column: columnAt(at, start) });
  }
  return found;
}

/**
 * A field that runs across a column start with a single space just before it is two cells: describe output
 * of some kubectl versions pads a column by one space only ("kubelet, node-1 pulling image").
 */
function splitAtColumnStarts(chars: Chars, at: readonly number[] | null, found: Field[], columns: readonly Column[]): Field[] {
  if (found.length >= columns.length) return found;
  const result: Field[] = [];
  for (const field of found) {
    let start = field.start;
    for (let k = field.start + 1; k < field.end; k++) {
      if (chars[k - 1] === ' ' && chars[k] !== ' ' && columns.some((c) => c.start === columnAt(at, k) && c.start > columnAt(at, start))) {
        result.push({ start, end: k - 1, column: columnAt(at, start) });
        start = k;
      }
    }
    result.push({ start, end: field.end, column: columnAt(at, start) });
  }
  return result;
}

/**
 * Cuts a row into one cell per column. Cells are taken where the header puts them; when a row does not
 * line up with the header (a `--watch` row wider than the first batch, rows after a message that spilled
 * onto another line), cells are matched to the nearest column, following the row's own drift.
 */
export function splitRow(line: string, columns: readonly Column[]): string[] {
  const messageIndex = columns.findIndex((c) => c.role === 'message');
  // Nearly every row kubectl prints lines up with its header: cut where the header's columns start.
  return linedUpCells(line, columns, messageIndex) ?? cellsFromFields(line, columns, messageIndex);
}

/** splitRow's general reading: the row's fields (runs of text between gaps) matched to the header's columns. */
export function cellsFromFields(line: string, columns: readonly Column[], messageIndex = columns.findIndex((c) => c.role === 'message')): string[] {
  const chars = codePoints(line);
  // The display columns are read once per row: a paste of 10,000 events splits 10,000 rows.
  const at = displayColumns(chars);
  const found = splitAtColumnStarts(chars, at, fields(chars, at), columns);
  const text = (field: Field) => textOf(chars, field.start, field.end);
  const cells: string[] = columns.map(() => '');
  const aligned = alignedCells(chars, found, columns, messageIndex);
  if (aligned) return aligned;
  if (found.length >= columns.length) {
    // More fields than columns: the message itself holds double spaces; everything else is one field each.
    const after = columns.length - 1 - messageIndex;
    for (let i = 0; i < messageIndex; i++) cells[i] = text(found[i]);
    for (let i = 0; i < after; i++) cells[columns.length - 1 - i] = text(found[found.length - 1 - i]);
    const first = found[messageIndex];
    const last = found[found.length - 1 - after];
    cells[messageIndex] = textOf(chars, first.start, last.end);
    return cells;
  }
  let column = 0;
  let drift = 0;
  found.forEach((field, index) => {
    const lastAllowed = columns.length - (found.length - index);
    let best = column;
    for (let candidate = column; candidate <= lastAllowed; candidate++) {
      const distance = Math.abs(columns[candidate].start + drift - field.column);
      if (distance < Math.abs(columns[best].start + drift - field.column)) best = candidate;
    }
    cells[best] = text(field);
    drift = field.column - columns[best].start;
    column = best + 1;
  });
  return cells;
}

const SURROGATE = /[\uD800-\uDFFF]/;

/**
 * The UTF-16 index of each column's start in a line with astral characters (the columns count code points); a start
 * past the end of the line lies as far past its length.
 */
function columnIndexes(line: string, columns: readonly Column[]): number[] {
  const indexes: number[] = [];
  let point = 0;
  let i = 0;
  for (const { start } of columns) {
    while (point < start && i < line.length) {
      const code = line.charCodeAt(i);
      const pair = code >= 0xd800 && code <= 0xdbff && i + 1 < line.length && (line.charCodeAt(i + 1) & 0xfc00) === 0xdc00;
      i += pair ? 2 : 1;
      point++;
    }
    indexes.push(i + (start - point));
  }
  return indexes;
}

/**
 * The cells of a row printed exactly under its header, read by cutting the line where the columns start: the same
 * cells `alignedCells` reads from its fields, without finding them. Null when the row is not so plain: a tab, text
 * before the first column, a column start without two spaces
 * (or nothing) before it or with a space on it, a cell other than the message with a gap of two spaces in it.
 */
function linedUpCells(line: string, columns: readonly Column[], messageIndex: number): string[] | null {
  if (line.includes('\t')) return null;
  // Columns count code points, as the display does; the line is cut at UTF-16 indexes.
  const indexes = SURROGATE.test(line) ? columnIndexes(line, columns) : null;
  const index = (c: number) => (indexes === null ? columns[c].start : indexes[c]);
  const first = index(0);
  for (let i = 0; i < first && i < line.length; i++) if (line[i] !== ' ') return null;
  const cells: string[] = [];
  for (let c = 0; c < columns.length; c++) {
    const start = index(c);
    const end = c + 1 < columns.length ? index(c + 1) : line.length;
    if (start >= line.length) {
      cells.push('');
      continue;
    }
    const cell = line.slice(start, Math.max(start, end));
    const text = trimSpaces(cell);
    if (text !== '') {
      if (cell[0] === ' ' || (c > 0 && (line[start - 1] !== ' ' || line[start - 2] !== ' '))) return null;
      if (c !== messageIndex && text.includes('  ')) return null;
    }
    cells.push(text);
  }
  return cells;
}

function trimSpaces(text: string): string {
  let start = 0;
  let end = text.length;
  while (start < end && text[start] === ' ') start++;
  while (end > start && text[end - 1] === ' ') end--;
  return text.slice(start, end);
}

/**
 * The cells of a row that lines up with the header: every field starts at a column start, or inside the
 * message (double spaces in it). Then empty cells are simply the columns no field starts in.
 */
function alignedCells(chars: Chars, found: readonly Field[], columns: readonly Column[], messageIndex: number): string[] | null {
  const messageStart = columns[messageIndex].start;
  const messageEnd = columns[messageIndex + 1]?.start ?? Number.POSITIVE_INFINITY;
  const columnOf = found.map((field) => {
    const exact = columns.findIndex((c) => c.start === field.column);
    if (exact !== -1) return exact;
    return field.column > messageStart && field.column < messageEnd ? messageIndex : -1;
  });
  if (columnOf.includes(-1)) return null;
  const cells: string[] = columns.map(() => '');
  let index = 0;
  while (index < found.length) {
    let last = index;
    while (last + 1 < found.length && columnOf[last + 1] === columnOf[index]) last++;
    cells[columnOf[index]] = textOf(chars, found[index].start, found[last].end);
    index = last + 1;
  }
  return cells;
}

/** Whether the header's columns sit one space apart, so offsets say nothing and words must be used. */
export function headerLostSpacing(line: string): boolean {
  return fields(codePoints(line)).length <= 1;
}
