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
 * The display column of each code point (and one past the end). Tabs advance to the next stop of 8, as a
 * terminal shows them: old kubectl and some clipboards keep tabs, and rows then line up only on screen.
 */
function displayColumns(chars: readonly string[]): number[] {
  const columns: number[] = [];
  let column = 0;
  for (const ch of chars) {
    columns.push(column);
    column = ch === '\t' ? (Math.floor(column / TAB_STOP) + 1) * TAB_STOP : column + 1;
  }
  columns.push(column);
  return columns;
}

/** Whitespace-separated tokens with display-column offsets. */
function tokens(chars: readonly string[]): Token[] {
  const at = displayColumns(chars);
  const found: Token[] = [];
  let i = 0;
  while (i < chars.length) {
    while (i < chars.length && isSpace(chars[i])) i++;
    if (i >= chars.length) break;
    const start = i;
    while (i < chars.length && !isSpace(chars[i])) i++;
    found.push({ text: chars.slice(start, i).join(''), start: at[start] });
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
 * The columns of a kubectl events header line, or null when the line is not one. Every word must be a
 * known column name ("LAST SEEN" and "LASTSEEN" alike; describe's "Type Reason Age From Message" too),
 * except a few label columns at the end.
 */
export function parseHeader(line: string): Column[] | null {
  // Most lines tried are rows: their first word settles it without reading the rest (a big paste tries thousands).
  const first = /^\s*(\S+)/.exec(line)?.[1].toUpperCase();
  if (first === undefined || (!(first in HEADER_NAMES) && first !== 'LAST' && first !== 'FIRST')) return null;
  const words = tokens(Array.from(line));
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
interface Field {
  /** Code-point indexes, for the text. */
  start: number;
  end: number;
  /** Display column of the start, for matching the header. */
  column: number;
}

function fields(chars: readonly string[], at: readonly number[] = displayColumns(chars)): Field[] {
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
    found.push({ start, end, column: at[start] });
  }
  return found;
}

/**
 * A field that runs across a column start with a single space just before it is two cells: describe output
 * of some kubectl versions pads a column by one space only ("kubelet, node-1 pulling image").
 */
function splitAtColumnStarts(chars: readonly string[], at: readonly number[], found: Field[], columns: readonly Column[]): Field[] {
  if (found.length >= columns.length) return found;
  const result: Field[] = [];
  for (const field of found) {
    let start = field.start;
    for (let k = field.start + 1; k < field.end; k++) {
      if (chars[k - 1] === ' ' && chars[k] !== ' ' && columns.some((c) => c.start === at[k] && c.start > at[start])) {
        result.push({ start, end: k - 1, column: at[start] });
        start = k;
      }
    }
    result.push({ start, end: field.end, column: at[start] });
  }
  return result;
}

/**
 * Cuts a row into one cell per column. Cells are taken where the header puts them; when a row does not
 * line up with the header (a `--watch` row wider than the first batch, rows after a message that spilled
 * onto another line), cells are matched to the nearest column, following the row's own drift.
 */
export function splitRow(line: string, columns: readonly Column[]): string[] {
  const chars = Array.from(line);
  // The display columns are read once per row: a paste of 10,000 events splits 10,000 rows.
  const at = displayColumns(chars);
  const found = splitAtColumnStarts(chars, at, fields(chars, at), columns);
  const text = (field: Field) => chars.slice(field.start, field.end).join('');
  const cells: string[] = columns.map(() => '');
  const messageIndex = columns.findIndex((c) => c.role === 'message');
  const aligned = alignedCells(chars, found, columns, messageIndex);
  if (aligned) return aligned;
  if (found.length >= columns.length) {
    // More fields than columns: the message itself holds double spaces; everything else is one field each.
    const after = columns.length - 1 - messageIndex;
    for (let i = 0; i < messageIndex; i++) cells[i] = text(found[i]);
    for (let i = 0; i < after; i++) cells[columns.length - 1 - i] = text(found[found.length - 1 - i]);
    const first = found[messageIndex];
    const last = found[found.length - 1 - after];
    cells[messageIndex] = chars.slice(first.start, last.end).join('');
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

/**
 * The cells of a row that lines up with the header: every field starts at a column start, or inside the
 * message (double spaces in it). Then empty cells are simply the columns no field starts in.
 */
function alignedCells(chars: readonly string[], found: readonly Field[], columns: readonly Column[], messageIndex: number): string[] | null {
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
    cells[columnOf[index]] = chars.slice(found[index].start, found[last].end).join('');
    index = last + 1;
  }
  return cells;
}

/** Whether the header's columns sit one space apart, so offsets say nothing and words must be used. */
export function headerLostSpacing(line: string): boolean {
  return fields(Array.from(line)).length <= 1;
}
