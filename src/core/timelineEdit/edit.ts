// The timeline editor's edits as data: each operation gives the few text edits that change only the rows it names.
import type { TextEdit } from '../lint/types';
import type { PostmortemDocument } from '../model/types';
import { convertToTable } from './convert';
import { TimelineEditError } from './errors';
import { formatTable } from './format';
import { keyMomentEdit, momentValue, type KeyMoment } from './keyMoments';
import { editableTimelines, linePrefix, type EditableTimeline } from './timelines';

export type TimelineEditOperation =
  | { type: 'setCell'; row: number; column: number; value: string }
  | { type: 'insertRow'; row: number; where: 'above' | 'below' }
  | { type: 'appendRow' }
  | { type: 'deleteRow'; row: number }
  | { type: 'duplicateRow'; row: number }
  | { type: 'moveRow'; row: number; direction: 'up' | 'down' }
  | { type: 'sortByTime' }
  | { type: 'convertToTable' }
  | { type: 'formatTable' }
  | { type: 'markMoment'; row: number; moment: KeyMoment };


/** Text between two blocks that holds nothing but line breaks and line prefixes: a separator that can go with a row. */
function isBlank(text: string): boolean {
  return /^[\s>]*$/.test(text);
}

function gapBetween(doc: PostmortemDocument, timeline: EditableTimeline, a: number, b: number): string {
  return doc.text.slice(timeline.blocks[a].end, timeline.blocks[b].start);
}

/** The separator a new row next to row `i` takes: the list's own (a loose list keeps its blank lines), else a line break. */
function separatorNear(doc: PostmortemDocument, timeline: EditableTimeline, i: number): string {
  const last = timeline.blocks.length - 1;
  for (const [a, b] of [[i, i + 1], [i - 1, i], [0, 1]]) {
    if (a >= 0 && b <= last && a < b) {
      const gap = gapBetween(doc, timeline, a, b);
      if (isBlank(gap)) return gap;
    }
  }
  return `\n${linePrefix(doc.text, timeline.blocks[i].start)}`;
}

function blankCells(timeline: EditableTimeline, timeFrom: number | null): string[] {
  // A new row starts at the time of the row it is added next to: a list item without a time would not be an entry.
  // So does its date, where the table has a date column of its own.
  return timeline.columns.map((column, c) => ((c === timeline.timeColumn || column.role === 'date') && timeFrom !== null ? timeline.rows[timeFrom].cells[c] : ''));
}

function insertRow(doc: PostmortemDocument, timeline: EditableTimeline, row: number, where: 'above' | 'below', source?: string): TextEdit[] {
  const block = timeline.blocks[row];
  const text = source ?? timeline.newBlock(row, blankCells(timeline, row));
  const separator = separatorNear(doc, timeline, row);
  return where === 'above' ? [{ start: block.start, end: block.start, text: text + separator }] : [{ start: block.end, end: block.end, text: separator + text }];
}

function deleteRow(doc: PostmortemDocument, timeline: EditableTimeline, row: number): TextEdit[] {
  const blocks = timeline.blocks;
  if (row + 1 < blocks.length && isBlank(gapBetween(doc, timeline, row, row + 1))) return [{ start: blocks[row].start, end: blocks[row + 1].start, text: '' }];
  if (row > 0 && isBlank(gapBetween(doc, timeline, row - 1, row))) return [{ start: blocks[row - 1].end, end: blocks[row].end, text: '' }];
  // The only row (or one between other list items): its line goes, with the line break before it.
  const start = doc.text.lastIndexOf('\n', blocks[row].start - 1);
  return [{ start: start === -1 ? blocks[row].start : start, end: blocks[row].end, text: '' }];
}

/** Rows without a time travel with the row above them; leading ones stay first. The sort is stable. */
function sortedOrder(timeline: EditableTimeline): number[] {
  let key = Number.NEGATIVE_INFINITY;
  const keyed = timeline.rows.map((row, index) => {
    if (row.time) key = row.time.getTime();
    return { index, key };
  });
  return keyed.sort((a, b) => a.key - b.key || a.index - b.index).map((k) => k.index);
}

/** Replaces rows first..last (inclusive) with the rows named by `order`, keeping what lies between rows in place. */
function reorder(doc: PostmortemDocument, timeline: EditableTimeline, first: number, last: number, order: readonly number[]): TextEdit[] {
  const blocks = timeline.blocks;
  const source = (i: number) => doc.text.slice(blocks[i].start, blocks[i].end);
  let text = '';
  for (let position = first; position <= last; position++) {
    text += source(order[position - first]);
    if (position < last) text += gapBetween(doc, timeline, position, position + 1);
  }
  return [{ start: blocks[first].start, end: blocks[last].end, text }];
}

function checkRow(timeline: EditableTimeline, row: number): void {
  if (!Number.isInteger(row) || row < 0 || row >= timeline.rows.length) throw new TimelineEditError(`row ${row + 1} is not in the timeline (it has ${timeline.rows.length})`);
}

/** The edits for one operation on timeline `index` of `doc` (as `editableTimelines` numbers them); [] when nothing changes. */
export function editTimeline(doc: PostmortemDocument, index: number, operation: TimelineEditOperation): TextEdit[] {
  const timeline = editableTimelines(doc)[index];
  if (!timeline) throw new TimelineEditError(`timeline ${index + 1} is not in the document`);
  switch (operation.type) {
    case 'setCell': {
      checkRow(timeline, operation.row);
      if (!Number.isInteger(operation.column) || operation.column < 0 || operation.column >= timeline.columns.length) throw new TimelineEditError(`column ${operation.column + 1} is not in the timeline`);
      return timeline.setCell(operation.row, operation.column, operation.value);
    }
    case 'insertRow':
      checkRow(timeline, operation.row);
      return insertRow(doc, timeline, operation.row, operation.where);
    case 'appendRow': {
      const last = timeline.rows.length - 1;
      if (last >= 0) return insertRow(doc, timeline, last, 'below');
      if (!timeline.emptyInsertion) throw new TimelineEditError('this timeline has no rows to add after');
      const { at, prefix } = timeline.emptyInsertion;
      return [{ start: at, end: at, text: `\n${prefix}${timeline.newBlock(null, blankCells(timeline, null))}` }];
    }
    case 'deleteRow':
      checkRow(timeline, operation.row);
      return deleteRow(doc, timeline, operation.row);
    case 'duplicateRow': {
      checkRow(timeline, operation.row);
      const block = timeline.blocks[operation.row];
      return insertRow(doc, timeline, operation.row, 'below', doc.text.slice(block.start, block.end));
    }
    case 'moveRow': {
      checkRow(timeline, operation.row);
      const other = operation.direction === 'up' ? operation.row - 1 : operation.row + 1;
      if (other < 0 || other >= timeline.rows.length) return [];
      const first = Math.min(operation.row, other);
      return reorder(doc, timeline, first, first + 1, [first + 1, first]);
    }
    case 'sortByTime': {
      const order = sortedOrder(timeline);
      const changed = order.map((from, to) => from !== to);
      const first = changed.indexOf(true);
      if (first === -1) return [];
      const last = changed.lastIndexOf(true);
      return reorder(doc, timeline, first, last, order.slice(first, last + 1));
    }
    case 'convertToTable':
      if (timeline.kind === 'table') return [];
      return [convertToTable(doc, timeline)];
    case 'formatTable':
      return timeline.table ? formatTable(doc.text, timeline.table) : [];
    case 'markMoment': {
      checkRow(timeline, operation.row);
      const value = momentValue(timeline.rows[operation.row]);
      if (value === null) throw new TimelineEditError(`row ${operation.row + 1} has no time that can be read`);
      return [keyMomentEdit(doc, operation.moment, value)];
    }
  }
}
