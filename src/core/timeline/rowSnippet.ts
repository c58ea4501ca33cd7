// The `pm-row` snippet for the timeline table at the cursor: its columns, and the current time in the table's own style.
import type { PostmortemDocument, TimelineTable } from '../model/types';
import { formatRowTime, inZone, tableRow } from './mergeRows';

/** The timeline table holding `offset`, or the last one ending before it (a row is typed just below a table). */
function tableAt(doc: PostmortemDocument, offset: number): TimelineTable | undefined {
  return [...doc.timelines].reverse().find((table) => table.range.start <= offset && offset <= table.range.end + 2);
}

/**
 * A VS Code snippet body for one row of the table at `offset`, with `now` written as the table writes times ("10:42",
 * "10:42 UTC", "2024-10-18 10:42", ISO…) and one tab stop per column; null when the cursor is not at a timeline table.
 */
export function timelineRowSnippet(doc: PostmortemDocument, offset: number, now: Date): string | null {
  const table = tableAt(doc, offset);
  if (!table) return null;
  // The time and date on the clock the table is written in ("Time (PST)").
  const local = inZone(now, table.zone);
  const time = formatRowTime(local, table.timeStyle, false, false).replace(/[$}\\]/g, '\\$&');
  let stop = 1;
  const cells = table.columns.map((_, index) => {
    if (index === table.timeColumn) return `\${${stop++}:${time}}`;
    if (index === table.dateColumn) return `\${${stop++}:${local.toISOString().slice(0, 10)}}`;
    if (index === table.descriptionColumn) return `\${${stop++}:[What happened]}`;
    return `\${${stop++}:-}`;
  });
  return `${tableRow(cells)}$0`;
}
