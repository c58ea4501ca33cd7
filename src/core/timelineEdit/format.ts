// "Format table": pads every cell so the borders line up, counting wide characters (CJK, emoji) as two columns.
import type { TextEdit } from '../lint/types';
import type { TimelineTable } from '../model/types';
import { displayWidth, splitTableRow } from './cells';

/** One edit per line whose text changes; the header's alignment colons are kept. */
export function formatTable(text: string, table: TimelineTable): TextEdit[] {
  const lines: Array<{ start: number; end: number }> = [];
  for (let start = table.range.start; start < table.range.end; ) {
    const newline = text.indexOf('\n', start);
    const end = newline === -1 || newline > table.range.end ? table.range.end : newline;
    lines.push({ start, end });
    if (end >= table.range.end) break;
    // The next line's own prefix (`> `, indentation) is kept: the row starts after it.
    const next = end + 1;
    const prefix = /^[ \t>]*/.exec(text.slice(next, Math.min(table.range.end, next + 40)))![0];
    start = next + prefix.length;
  }
  const columns = table.columns.length;
  const cells = lines.map(({ start, end }) => {
    const line = text.slice(start, end);
    return splitTableRow(line).cells.map((cell) => line.slice(cell.start, cell.end).trim());
  });
  const delimiter = cells[1] ?? [];
  const widths = Array.from({ length: columns }, (_, c) => Math.max(3, ...cells.map((row, i) => (i === 1 ? 0 : displayWidth(row[c] ?? '')))));
  const formatted = cells.map((row, i) => {
    const padded = Array.from({ length: columns }, (_, c) => {
      if (i === 1) {
        const spec = delimiter[c] ?? '---';
        const left = spec.startsWith(':');
        const right = spec.endsWith(':') && spec.length > 1;
        return `${left ? ':' : ''}${'-'.repeat(widths[c] - (left ? 1 : 0) - (right ? 1 : 0))}${right ? ':' : ''}`;
      }
      const cell = row[c] ?? '';
      return cell + ' '.repeat(widths[c] - displayWidth(cell));
    });
    // Cells past the header's count are not part of the table to GFM, but they are the user's text: kept as they are.
    return `| ${[...padded, ...row.slice(columns)].join(' | ')} |`;
  });
  return lines.flatMap(({ start, end }, i) => (text.slice(start, end) === formatted[i] ? [] : [{ start, end, text: formatted[i] }]));
}
