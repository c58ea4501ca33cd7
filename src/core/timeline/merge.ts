// Merges kubectl events into a postmortem's timeline table, in time order, as text edits (data) the CLI and the editor both apply.
import type { KubectlEvent } from '../kubectl/types';
import type { TextEdit } from '../lint/types';
import { parsePostmortem } from '../model/parse';
import { flattenSections } from '../model/sections';
import type { PostmortemDocument, TimelineColumn, TimelineEntry, TimelineTable, TimeStyle } from '../model/types';
import { alreadyListed, listedRows, rowKey, withoutRepeats } from './mergeDuplicates';
import { mergeIntoList } from './mergeList';
import { escapeCell, eventDescription, formatRowTime, inZone, tableRow, utcParts } from './mergeRows';

export interface TimelineMergeResult {
  /** Insertions only; apply them together (one undo step in the editor). */
  edits: TextEdit[];
  added: number;
  /** Events the table already lists. */
  alreadyListed: number;
  /** Events kubectl showed without a time (`<unknown>`): a timeline cannot place them. */
  withoutTime: number;
  /** Whether a Timeline section (or a table in an existing one) had to be created. */
  createdTable: boolean;
}

/** The table to merge into: the first one in a timeline section, else the first timeline-shaped table. */
function targetTable(doc: PostmortemDocument): TimelineTable | undefined {
  return doc.timelines.find((t) => t.section?.effectiveKind === 'timeline') ?? doc.timelines[0];
}

interface RowStyle {
  columns: readonly TimelineColumn[];
  /** What the Event Type column says of the new rows: `automated` for kubectl events, `comms` for a status update. */
  eventType: string;
  timeStyle: TimeStyle;
  backtickTypes: boolean;
  /** What a cell the event has nothing for holds: the table's own empty-cell dash, or nothing. */
  emptyCell: string;
}

function cellsFor(event: KubectlEvent, time: Date, withDate: boolean, style: RowStyle): string[] {
  // A table with a date column of its own writes the date there, and the time alone.
  const dateColumn = style.columns.some((column) => column.role === 'date');
  return style.columns.map((column) => {
    switch (column.role) {
      case 'time':
        return formatRowTime(time, style.timeStyle, withDate && !dateColumn, event.approximate);
      case 'date':
        return dateOf(time);
      case 'description':
        return escapeCell(eventDescription(event));
      case 'eventType':
        return style.backtickTypes ? `\`${style.eventType}\`` : style.eventType;
      case 'action':
        return style.emptyCell;
      case 'source':
        return escapeCell(event.source ?? 'kubectl');
      default:
        return style.emptyCell;
    }
  });
}

function rowStyle(text: string, table: TimelineTable, eventType: string): RowStyle {
  const typeColumn = table.columns.findIndex((c) => c.role === 'eventType');
  // An empty GDS-style table takes the report's own `automated` form; a filled one, whatever its rows use.
  const backtickTypes = typeColumn !== -1 && (table.rows.length === 0 || table.rows.some((row) => {
    const cell = row.cells[typeColumn];
    return cell !== undefined && text.slice(cell.range.start, cell.range.end).replace(/^[|\s]+/, '').startsWith('`');
  }));
  // Every cell the event has nothing for (the action taken, any column of the team's own) is filled alike: with the
  // dash the table's rows use for an empty cell, "-" in an empty table (as the templates ask), else left blank.
  const dash = table.rows.flatMap((row) => row.cells.map((cell) => cell.text.trim())).find((cell) => /^[-–—]$/.test(cell));
  const emptyCell = table.rows.length === 0 ? '-' : (dash ?? '');
  return { columns: table.columns, eventType, timeStyle: table.timeStyle, backtickTypes, emptyCell };
}

/** Offset just after the delimiter row (`|---|---|`), where rows before every existing one go. */
function afterDelimiter(text: string, table: TimelineTable): number {
  const headerEnd = text.indexOf('\n', table.range.start);
  if (headerEnd === -1 || headerEnd >= table.range.end) return table.range.end;
  const delimiterEnd = text.indexOf('\n', headerEnd + 1);
  return delimiterEnd === -1 || delimiterEnd > table.range.end ? table.range.end : delimiterEnd;
}

function dateOf(time: Date): string {
  return utcParts(time).date;
}

function mergeIntoTable(text: string, doc: PostmortemDocument, table: TimelineTable, events: readonly { event: KubectlEvent; time: Date }[], eventType: string) {
  const style = rowStyle(text, table, eventType);
  const lineStart = text.lastIndexOf('\n', table.range.start - 1) + 1;
  // Tables inside a list item or a quote carry that prefix on every line.
  const indent = /^[\s>]*$/.test(text.slice(lineStart, table.range.start)) ? text.slice(lineStart, table.range.start) : '';
  const groups = new Map<number, { event: KubectlEvent; time: Date }[]>();
  let alreadyCount = 0;
  const listed = listedRows(table.rows);
  for (const item of events) {
    if (alreadyListed(listed, item.event, item.time)) {
      alreadyCount++;
      continue;
    }
    let after = -1;
    table.rows.forEach((row, index) => {
      const key = rowKey(row, item.time);
      if (key !== null && key <= item.time.getTime()) after = index;
    });
    groups.set(after, [...(groups.get(after) ?? []), item]);
  }
  const edits: TextEdit[] = [];
  let added = 0;
  for (const [after, items] of [...groups.entries()].sort((a, b) => a[0] - b[0])) {
    const previousRow = after === -1 ? undefined : table.rows[after];
    // Rows are written in the zone the timeline declares ("Time (PST)"), as its own rows are.
    const local = (time: Date) => inZone(time, table.zone);
    let previousDate: string | null = previousRow?.time && previousRow.dated ? dateOf(local(previousRow.time)) : after === -1 ? doc.incidentDate : null;
    const lines = items.map(({ event, time }) => {
      const shown = local(time);
      const withDate = previousDate !== dateOf(shown);
      previousDate = dateOf(shown);
      return indent + tableRow(cellsFor(event, shown, withDate, style));
    });
    const at = after === -1 ? afterDelimiter(text, table) : table.rows[after].range.end;
    edits.push({ start: at, end: at, text: `\n${lines.join('\n')}` });
    added += items.length;
    const restore = keepDateOfNextRow(text, table, after + 1, previousDate, style.timeStyle);
    if (restore) edits.push(restore);
  }
  return { edits, added, alreadyCount };
}

/**
 * A time-only row takes its day from the row above. When the rows inserted above it end on another day,
 * the existing row gets its own date written in, so it keeps meaning the time it meant.
 */
function keepDateOfNextRow(text: string, table: TimelineTable, index: number, insertedDate: string | null, style: TimeStyle): TextEdit | null {
  const row = table.rows[index];
  if (table.dateColumn !== -1 || !row?.time || !row.dated || row.hasDate || insertedDate === null || dateOf(inZone(row.time, table.zone)) === insertedDate) return null;
  const cell = row.cells[table.timeColumn];
  const at = cell ? text.indexOf(row.timeText, cell.range.start) : -1;
  if (!cell || at === -1 || at >= cell.range.end) return null;
  const { date, time } = utcParts(inZone(row.time, table.zone));
  // "0730" cannot take a date in front of it and still read as a time; the others can.
  return style === 'HHmm' ? { start: at, end: at + row.timeText.length, text: `${date} ${time}` } : { start: at, end: at, text: `${date} ` };
}

/** Where a new Timeline section goes: after Impact or Summary, else before the analysis, else at the end. */
function newSectionPlace(text: string, doc: PostmortemDocument): { at: number; depth: number } {
  const all = flattenSections(doc.sections).filter((s) => !s.pseudo);
  const after = all.find((s) => s.kind === 'impact') ?? all.find((s) => s.kind === 'summary');
  if (after) return { at: after.range.end, depth: after.depth };
  const before = all.find((s) => s.kind === 'rootCause' || s.kind === 'contributingFactors' || s.kind === 'actionItems' || s.kind === 'lessonsLearned');
  if (before) return { at: before.range.start, depth: before.depth };
  const depths = all.map((s) => s.depth).filter((d) => d >= 2);
  return { at: text.length, depth: depths.length > 0 ? Math.min(...depths) : 2 };
}

function newTable(doc: PostmortemDocument, events: readonly { event: KubectlEvent; time: Date }[]): string {
  const style: RowStyle = {
    columns: [
      { name: 'Time (UTC)', role: 'time' },
      { name: 'Event', role: 'description' },
      { name: 'Action Taken', role: 'action' },
    ],
    eventType: 'automated',
    timeStyle: 'HH:mm',
    backtickTypes: false,
    emptyCell: '-',
  };
  let previousDate = doc.incidentDate;
  const rows = events.map(({ event, time }) => {
    const withDate = previousDate !== dateOf(time);
    previousDate = dateOf(time);
    return tableRow(cellsFor(event, time, withDate, style));
  });
  return [tableRow(style.columns.map((c) => c.name)), tableRow(style.columns.map(() => '---')), ...rows].join('\n');
}

/** Surrounds inserted blocks with exactly one blank line on each side, whatever the text around them has. */
function block(text: string, at: number, content: string): TextEdit {
  const before = text.slice(0, at);
  const lead = before === '' ? '' : before.endsWith('\n\n') ? '' : before.endsWith('\n') ? '\n' : '\n\n';
  const after = text.slice(at);
  const trail = after === '' ? '\n' : after.startsWith('\n') ? '\n' : '\n\n';
  return { start: at, end: at, text: `${lead}${content}${trail}` };
}

/**
 * The edits that add `events` to the document's timeline: into the existing table in time order (matching its
 * columns and time style, skipping events it already lists), else into a timeline written as a list, or as a new
 * Timeline section when there is none.
 */
export function mergeEventsIntoTimeline(text: string, events: readonly KubectlEvent[], options: { eventType?: string } = {}): TimelineMergeResult {
  const timed = events
    .filter((event): event is KubectlEvent & { time: Date } => event.time !== null)
    .map((event, order) => ({ event, time: event.time, order }))
    .sort((a, b) => a.time.getTime() - b.time.getTime() || a.order - b.order);
  const withoutTime = events.length - timed.length;
  const distinct = withoutRepeats(timed);
  const repeats = timed.length - distinct.length;
  const doc = parsePostmortem(text);
  const table = targetTable(doc);
  if (table) {
    const { edits, added, alreadyCount } = mergeIntoTable(text, doc, table, distinct, options.eventType ?? 'automated');
    return { edits, added, alreadyListed: alreadyCount + repeats, withoutTime, createdTable: false };
  }
  // Most published postmortems keep their timeline as a list: new entries join it in its own style.
  const list = doc.timelineLists.find((l) => l.style === 'list');
  if (list) {
    const { edits, added, alreadyCount } = mergeIntoList(text, list, doc.incidentDate, distinct);
    return { edits, added, alreadyListed: alreadyCount + repeats, withoutTime, createdTable: false };
  }
  if (distinct.length === 0) return { edits: [], added: 0, alreadyListed: repeats, withoutTime, createdTable: false };
  const timelineSection = flattenSections(doc.sections).find((s) => s.kind === 'timeline');
  if (timelineSection) {
    return { edits: [block(text, timelineSection.range.end, newTable(doc, distinct).trimEnd())], added: distinct.length, alreadyListed: repeats, withoutTime, createdTable: true };
  }
  const place = newSectionPlace(text, doc);
  const section = `${'#'.repeat(place.depth)} Timeline\n\n${newTable(doc, distinct)}`;
  return { edits: [block(text, place.at, section)], added: distinct.length, alreadyListed: repeats, withoutTime, createdTable: true };
}
