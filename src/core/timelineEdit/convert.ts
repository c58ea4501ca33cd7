// "Convert to table": a timeline written as a list or a heading per entry becomes a Time | Event table, losing no entry.
import type { List } from 'mdast';
import { rangeOf } from '../markdown/parse';
import type { TextEdit } from '../lint/types';
import type { PostmortemDocument } from '../model/types';
import { encodeTableCell } from './cells';
import { linePrefix, type EditableTimeline } from './timelines';
import { TimelineEditError } from './errors';

const BULLET = /^[ \t]*(?:[-*+]|\d{1,9}[.)])[ \t]*/;

/** Every item of the list, entry or not, as [time, text]: an item without a time becomes a row with an empty time. */
function listRows(doc: PostmortemDocument, timeline: EditableTimeline): string[][] {
  let list: List | undefined;
  const find = (nodes: readonly { type: string }[]): void => {
    for (const node of nodes) {
      if (list) return;
      if (node.type === 'list' && rangeOf(node as List).start === timeline.range.start) list = node as List;
      else if ('children' in node) find((node as { children: { type: string }[] }).children);
    }
  };
  find(doc.ast.children);
  if (!list) throw new TimelineEditError('the list is no longer in the document');
  return list.children.map((item) => {
    const start = rangeOf(item).start;
    const entry = timeline.blocks.findIndex((block) => block.start === start);
    if (entry !== -1) return timeline.rows[entry].cells;
    const source = doc.text.slice(start, rangeOf(item).end).replace(BULLET, '');
    return ['', source.split('\n').map((line) => line.trim()).join('\n')];
  });
}

export function convertToTable(doc: PostmortemDocument, timeline: EditableTimeline): TextEdit {
  let rows: string[][];
  if (timeline.kind === 'list') {
    rows = listRows(doc, timeline);
  } else {
    const between = timeline.blocks.slice(1).map((block, i) => doc.text.slice(timeline.blocks[i].end, block.start));
    if (between.some((gap) => gap.trim() !== '')) throw new TimelineEditError('the timeline has sections between its entries that are not entries');
    rows = timeline.rows.map((row) => row.cells);
  }
  const prefix = linePrefix(doc.text, timeline.range.start);
  const line = (cells: readonly string[]) => `| ${cells.join(' | ')} |`;
  const lines = [line(['Time', 'Event']), line(['---', '---']), ...rows.map((cells) => line(cells.map((c) => encodeTableCell(c.split('\n').filter((l) => l.trim() !== '').join('\n')))))];
  const first = timeline.blocks[0];
  const start = timeline.kind === 'list' ? timeline.range.start : first.start;
  let end = timeline.kind === 'list' ? timeline.range.end : timeline.blocks[timeline.blocks.length - 1].end;
  while (end > start && /\s/.test(doc.text[end - 1])) end--;
  return { start, end, text: lines.join(`\n${prefix}`) };
}
