// What the webview shows of a document's timelines: cells as text and, for a time that does not parse, why.
import type { PostmortemDocument } from '../model/types';
import type { TimelineView } from './protocol';
import { rowMoments } from './keyMoments';
import { editableTimelines, type EditableRow } from './timelines';

const KIND_LABEL = { table: 'table', list: 'list', headings: 'heading per entry' } as const;

export function timeError(row: EditableRow): string | null {
  if (row.time !== null || row.timeText.trim() === '') return null;
  return `"${row.timeText}" is not a time the timeline can read: write it like 14:05, 14:05 UTC or 2024-06-01 14:05.`;
}

function lineOf(text: string, offset: number): number {
  let line = 1;
  for (let i = text.indexOf('\n'); i !== -1 && i < offset; i = text.indexOf('\n', i + 1)) line++;
  return line;
}

export function timelineViews(doc: PostmortemDocument): TimelineView[] {
  return editableTimelines(doc).map((timeline) => {
    const moments = rowMoments(doc, timeline.rows);
    return {
      kind: timeline.kind,
      label: `${timeline.sectionTitle ?? 'Timeline'} · ${KIND_LABEL[timeline.kind]} · line ${lineOf(doc.text, timeline.range.start)}`,
      columns: timeline.columns.map((c) => ({ name: c.name, role: c.role })),
      rows: timeline.rows.map((row, i) => ({ cells: row.cells, timeError: timeError(row), moments: moments[i] })),
    };
  });
}
