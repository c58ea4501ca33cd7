// Rows copied without their header ("58m  Warning  BackOff  pod/web-1  Back-off …"): read by the layouts kubectl prints, strictly.
import { parseHeader, type Column } from './columns';
import { splitRowByWords } from './words';
import { readRow, rowToEvent } from './rows';
import type { KubectlEvent, KubectlFormat } from './types';

interface Layout {
  format: KubectlFormat;
  columns: Column[];
}

const LAYOUTS: Layout[] = [
  ['get-events', 'LAST SEEN   TYPE   REASON   OBJECT   MESSAGE'],
  ['get-events', 'NAMESPACE   LAST SEEN   TYPE   REASON   OBJECT   MESSAGE'],
  ['describe', 'Type   Reason   Age   From   Message'],
].map(([format, header]) => ({ format: format as KubectlFormat, columns: parseHeader(header)! }));

/** Only the two event types kubectl knows count here: without a header, anything looser reads prose as events. */
const EVENT_TYPE = /^(?:Normal|Warning)$/;

export interface HeaderlessResult {
  format: KubectlFormat;
  events: KubectlEvent[];
}

export function readHeaderlessRows(lines: readonly string[], capturedAt: Date): HeaderlessResult | null {
  for (const layout of LAYOUTS) {
    const rows = lines.flatMap((line) => {
      const cells = line.trim() === '' ? null : splitRowByWords(line, layout.columns);
      const row = cells ? readRow(cells, layout.columns) : null;
      return row && EVENT_TYPE.test(row.cells.type ?? '') && (layout.format === 'describe' || /\//.test(row.cells.object ?? '')) ? [row] : [];
    });
    if (rows.length === 0) continue;
    const kubectlEvents = layout.format === 'get-events' && rows.some((row) => ('age' in row.last && row.last.age.count !== null) || /^[A-Z]/.test(row.cells.object ?? ''));
    const format = kubectlEvents ? 'kubectl-events' : layout.format;
    const singletonWithoutSeries = format !== 'get-events';
    return { format, events: rows.map((row) => rowToEvent(row, { capturedAt, singletonWithoutSeries })) };
  }
  return null;
}
