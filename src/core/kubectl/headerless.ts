// Rows copied without their header ("58m  Warning  BackOff  pod/web-1  Back-off …"): read by the layouts kubectl prints, strictly.
import { parseHeader, type Column } from './columns';
import { splitRowByWords } from './words';
import { readRow, rowToEvent, type RawRow } from './rows';
import { endsTable } from './table';
import { cutWidth, uncutForward } from './cutLines';
import type { KubectlEvent, KubectlFormat } from './types';

interface Layout {
  format: KubectlFormat;
  columns: Column[];
  /** What only this layout's rows hold, beyond the Normal/Warning type. */
  fits: (cells: RawRow['cells']) => boolean;
}

const KIND = /^[A-Z][A-Za-z0-9]*$/;

const LAYOUTS: Layout[] = (
  [
    ['get-events', 'LAST SEEN   TYPE   REASON   OBJECT   MESSAGE', (cells) => /\//.test(cells.object ?? '')],
    ['get-events', 'NAMESPACE   LAST SEEN   TYPE   REASON   OBJECT   MESSAGE', (cells) => /\//.test(cells.object ?? '')],
    ['describe', 'Type   Reason   Age   From   Message', () => true],
    // Before kubectl 1.14, as `kubectl get events | grep web-1` prints it.
    ['get-events-legacy', 'LASTSEEN   FIRSTSEEN   COUNT   NAME   KIND   SUBOBJECT   TYPE   REASON   SOURCE   MESSAGE', (cells) => KIND.test(cells.kind ?? '') && cells.count !== ''],
    ['get-events-legacy', 'NAMESPACE   LASTSEEN   FIRSTSEEN   COUNT   NAME   KIND   SUBOBJECT   TYPE   REASON   SOURCE   MESSAGE', (cells) => KIND.test(cells.kind ?? '') && cells.count !== ''],
    ['describe', 'FirstSeen   LastSeen   Count   From   SubObjectPath   Type   Reason   Message', (cells) => cells.count !== ''],
    // kubectl 1.13: the KIND of the object only.
    ['get-events-legacy', 'LAST SEEN   TYPE   REASON   KIND   MESSAGE', (cells) => KIND.test(cells.kind ?? '')],
  ] as Array<[KubectlFormat, string, Layout['fits']]>
).map(([format, header, fits]) => ({ format, columns: parseHeader(header)!, fits }));

/** Only the two event types kubectl knows count here: without a header, anything looser reads prose as events. */
const EVENT_TYPE = /^(?:Normal|Warning)$/;

export interface HeaderlessResult {
  format: KubectlFormat;
  events: KubectlEvent[];
}

/**
 * The lines of a message that went on past its row ("…but got 409 instead" then a JSON body on the next line): those
 * right below the row, up to a code fence, the next row or the end. A blank line first means prose, not a message.
 */
function continuation(lines: readonly string[], from: number, read: (line: string) => RawRow | null, cut: number | null): string[] {
  // A row of its own, or one the terminal cut, starts the next event.
  const startsRow = (index: number) => read(lines[index]) !== null || uncutForward(lines, index, cut, read, endsTable) !== null;
  let end = from;
  while (end < lines.length && lines[end].trim() !== '' && !endsTable(lines[end]) && !startsRow(end)) end++;
  const closed = end === lines.length || endsTable(lines[end]) || startsRow(end);
  return closed ? lines.slice(from, end).map((line) => line.trimEnd()) : [];
}

export function readHeaderlessRows(lines: readonly string[], capturedAt: Date): HeaderlessResult | null {
  const cut = cutWidth(lines, 0, lines.length);
  for (const layout of LAYOUTS) {
    const read = (line: string): RawRow | null => {
      const cells = line.trim() === '' ? null : splitRowByWords(line, layout.columns);
      const row = cells ? readRow(cells, layout.columns) : null;
      return row && EVENT_TYPE.test(row.cells.type ?? '') && layout.fits(row.cells) ? row : null;
    };
    const rows: RawRow[] = [];
    for (let i = 0; i < lines.length; i++) {
      // A row the terminal cut at its width, joined back.
      const forward = uncutForward(lines, i, cut, read, endsTable);
      const row = forward?.value ?? read(lines[i]);
      if (!row) continue;
      if (forward) i += forward.pieces - 1;
      const more = continuation(lines, i + 1, read, cut);
      if (more.length > 0) row.cells = { ...row.cells, message: [row.cells.message ?? '', ...more].join('\n') };
      rows.push(row);
      i += more.length;
    }
    if (rows.length === 0) continue;
    const kubectlEvents = layout.format === 'get-events' && rows.some((row) => ('age' in row.last && row.last.age.count !== null) || /^[A-Z]/.test(row.cells.object ?? ''));
    const format = kubectlEvents ? 'kubectl-events' : layout.format;
    const singletonWithoutSeries = format === 'kubectl-events' || format === 'describe';
    return { format, events: rows.map((row) => rowToEvent(row, { capturedAt, singletonWithoutSeries })) };
  }
  return null;
}
