// Reads one kubectl events table (get events in all its layouts, kubectl events, a describe Events: section) from its header on.
import { headerLostSpacing, parseHeader, splitRow, type Column } from './columns';
import { splitRowByWords } from './words';
import { isKubectlWarning } from './noise';
import { cutWidth, reachesWidth, uncutForward } from './cutLines';
import { readRow, rowToEvent, type RawRow } from './rows';
import type { KubectlEvent, KubectlFormat } from './types';

export interface TableResult {
  format: KubectlFormat;
  events: KubectlEvent[];
  /** Index of the first line after the table. */
  end: number;
}

export interface DescribedObject {
  object: string;
  namespace: string | null;
}

/**
 * Where a table ends for sure: the next command (bare, or after any shell prompt, "➜  repo git:(main) ✗ kubectl …"
 * included), an empty prompt ("root@host:~# "), a code fence, a script's "--- section" line, kubectl's "nothing found",
 * a warning kubectl wrote to stderr.
 */
const TABLE_END = [
  /^\s*(?:.{0,80}?[$%#>❯➜»λ✗]\s+)?(?:kubectl|kubecolor|oc|k|sudo)\s+[a-z-]/,
  /^\s*(?:[^\s@~]*[@~]\S*\s?)?[$#%>❯➜]\s*$/,
  /^\s*(?:```|~~~)/,
  // HTML around output in an issue ("<pre>", "</details>", "<summary>events</summary>").
  /^\s*(?:<\/?(?:pre|code|details|summary|br|p|div)\b[^>]*>[^<]*)+$/i,
  /^(?:-{3}|={3}) \S/,
  /^No (?:resources|events) found/,
  // Another kubectl table's header ("NAME   READY   STATUS   RESTARTS   AGE", or `--watch` switching to "NAME   AGE").
  /^[A-Z][A-Z0-9-]*(?: [A-Z][A-Z0-9-]*)?(?:(?: {2,}|\t+)[A-Z][A-Z0-9-]*(?: [A-Z][A-Z0-9-]*)?)+\s*$/,
];

/** A line people put in place of rows they left out ("...", "......", "…", "[...]"): neither a row nor part of a message. */
const ELISION = /^\s*(?:\.{2,}|…+|\[(?:\.{3}|…)\]|\((?:\.{3}|…)\))\s*$/;

export function endsTable(line: string): boolean {
  return isKubectlWarning(line) || TABLE_END.some((pattern) => pattern.test(line));
}

/** describe's "----  ------  ----" line under its header. */
const UNDERLINE = /^\s*-+(?:\s+-+)*\s*$/;

function readLine(line: string, columns: readonly Column[], lostSpacing: boolean): RawRow | null {
  if (line.trim() === '') return null;
  if (!lostSpacing) {
    const row = readRow(splitRow(line, columns), columns);
    if (row) return row;
  }
  const words = splitRowByWords(line, columns);
  return words ? readRow(words, columns) : null;
}

/** How many lines of a message may follow an empty line in it before the table is taken to have ended. */
const MESSAGE_LINES_AFTER_BLANK = 4;

function nextRowWithin(lines: readonly string[], from: number, columns: readonly Column[], lostSpacing: boolean): number {
  let seen = 0;
  for (let i = from; i < lines.length && seen <= MESSAGE_LINES_AFTER_BLANK; i++) {
    if (lines[i].trim() === '' || ELISION.test(lines[i])) continue;
    if (endsTable(lines[i]) || parseHeader(lines[i]) || /^\s*Events:/.test(lines[i])) return -1;
    if (readLine(lines[i], columns, lostSpacing)) return i;
    seen++;
  }
  return -1;
}

interface PendingRow {
  raw: RawRow;
  message: string;
  /** The row's line as printed (joined back when the terminal cut it). */
  line: string;
  /** Whether its last piece reached the width the terminal cut at, so the next line may be the rest of it. */
  open: boolean;
}

/** A message that spilled onto the next lines; a row whose message cell was empty takes the whole of it. */
function continueMessage(row: PendingRow, text: string): void {
  row.message = row.message === '' ? text.replace(/^\n+/, '').trimStart() : `${row.message}\n${text}`;
}

/** Reads the table whose header is at `headerIndex`; `described` is set for a describe Events: section. */
export function readEventTable(lines: readonly string[], headerIndex: number, capturedAt: Date, described?: DescribedObject): TableResult | null {
  const columns = parseHeader(lines[headerIndex]);
  if (!columns) return null;
  const lostSpacing = headerLostSpacing(lines[headerIndex]);
  const rows: PendingRow[] = [];
  let index = headerIndex + 1;
  // A terminal that cut the header cut its underline too.
  while (index < lines.length && UNDERLINE.test(lines[index])) index++;
  const blank = lines.findIndex((l, i) => i >= index && l.trim() === '');
  const cut = cutWidth(lines, index, blank === -1 ? lines.length : blank);
  // A row that reaches the cut width has the line after it read to see whether it is the row's rest; the next turn of
  // the loop reads that line again: the last reading is kept (a wide paste has thousands of such rows).
  let lastText: string | undefined;
  let lastRow: RawRow | null = null;
  const read = (text: string): RawRow | null => {
    if (text !== lastText) {
      lastText = text;
      lastRow = readLine(text, columns, lostSpacing);
    }
    return lastRow;
  };
  while (index < lines.length) {
    const line = lines[index];
    if (line.trim() === '') {
      // A blank line ends the table unless rows carry on shortly after it: then it was inside a message
      // ("first paragraph\n\nsecond"), and the lines up to the next row belong to that message too.
      const resume = nextRowWithin(lines, index + 1, columns, lostSpacing);
      if (resume === -1) break;
      const between = lines.slice(index, resume);
      if (rows.length > 0 && between.some((l) => l.trim() !== '')) {
        continueMessage(rows[rows.length - 1], between.map((l) => l.trimEnd()).join('\n'));
        rows[rows.length - 1].open = false;
      }
      index = resume;
      continue;
    }
    if (parseHeader(line) || /^\s*Events:/.test(line)) break;
    if (ELISION.test(line)) {
      index++;
      continue;
    }
    const whole = read(line);
    // A row the terminal cut at its width: joined with the lines after it that are no rows on their own.
    const forward = uncutForward(lines, index, cut, read, endsTable);
    const raw = forward?.value ?? whole;
    if (forward) index += forward.pieces - 1;
    const current = forward?.line ?? line;
    const last = rows[rows.length - 1];
    const uncut = !raw && last?.open && !endsTable(line) ? read(last.line + line) : null;
    if (uncut) {
      // The terminal cut the row above at its width: this line is the rest of it.
      rows[rows.length - 1] = { raw: uncut, message: uncut.cells.message ?? '', line: last.line + line, open: reachesWidth(line, cut) };
    } else if (raw) {
      rows.push({ raw, message: raw.cells.message ?? '', line: current, open: reachesWidth(forward ? lines[index] : line, cut) });
    } else if (rows.length > 0 && !endsTable(line)) {
      // kubectl events and describe print a multi-line message as it is: later lines belong to the row above.
      continueMessage(rows[rows.length - 1], line.trimEnd());
      rows[rows.length - 1].open = false;
    } else {
      break;
    }
    index++;
  }
  const format = tableFormat(columns, rows, described !== undefined);
  const singletonWithoutSeries = format === 'kubectl-events' || format === 'describe';
  const context = { capturedAt, singletonWithoutSeries, ...described };
  const events = rows.map(({ raw, message }) => rowToEvent(raw, context, message));
  return { format, events, end: index };
}

/** kubectl's own layouts, by column roles (NAMESPACE and the watch EVENT column aside); anything else is -o custom-columns. */
const LAYOUTS: Array<[KubectlFormat, string]> = [
  ['get-events', 'lastSeen type reason object message'],
  ['get-events-wide', 'lastSeen type reason object subobject source message firstSeen count name'],
  ['get-events-legacy', 'lastSeen firstSeen count name kind subobject type reason source message'],
  ['get-events-legacy', 'firstSeen lastSeen count name kind subobject reason source message'],
  ['get-events-legacy', 'lastSeen type reason kind message'],
  ['get-events-legacy', 'lastSeen type reason kind source message subobject firstSeen count name'],
  // Before kubectl 1.0: TIME NAME KIND CONDITION REASON MESSAGE.
  ['get-events-legacy', 'lastSeen name kind reason message'],
  ['describe', 'type reason age source message'],
  ['describe', 'type reason lastSeen source message'],
  ['describe', 'firstSeen lastSeen count source subobject type reason message'],
  ['describe', 'firstSeen lastSeen count source subobject reason message'],
];

function tableFormat(columns: readonly Column[], rows: readonly PendingRow[], describe: boolean): KubectlFormat {
  if (describe) return 'describe';
  const roles = columns.map((c) => c.role).filter((role) => role !== 'namespace' && role !== 'watchEvent' && role !== 'other').join(' ');
  const layout = LAYOUTS.find(([, known]) => known === roles)?.[0] ?? 'custom-columns';
  if (columns.some((c) => c.role === 'watchEvent')) return 'get-events-watch';
  if (layout !== 'get-events') return layout;
  // `kubectl events` and `kubectl get events` share a header; only kubectl events writes "(xN over …)" and Kind/name.
  const kubectlEvents = rows.some(({ raw }) => ('age' in raw.last && raw.last.age.count !== null) || /^[A-Z]/.test(raw.cells.object ?? ''));
  return kubectlEvents ? 'kubectl-events' : 'get-events';
}
