// Every timeline of a document (table, list, heading per entry) seen as rows of cells, with what each row's text is.
import type { PostmortemDocument, TextRange, TimelineColumn, TimelineList, TimelineTable } from '../model/types';
import type { TextEdit } from '../lint/types';
import { TIME_SEPARATOR } from '../model/timelineLists';
import { decodeTableCell, displayWidth, encodeTableCell, normalizeCellValue, splitTableRow, type SplitRow } from './cells';

export type TimelineKind = 'table' | 'list' | 'headings';

export interface EditableRow {
  /** Cell values as the editor shows them, one per column. */
  cells: string[];
  timeText: string;
  /** The instant the model read, or null when the time does not parse. */
  time: Date | null;
  /** Whether the instant's day is known (the row's own date, or the incident's). */
  dated: boolean;
}

/**
 * One timeline as rows. `blocks` are the rows' source ranges (a table line, a list item, an entry's section), trailing
 * whitespace excluded, so rows can be moved and copied as text while everything between them stays put.
 */
export interface EditableTimeline {
  kind: TimelineKind;
  range: TextRange;
  sectionTitle: string | null;
  columns: TimelineColumn[];
  timeColumn: number;
  rows: EditableRow[];
  blocks: TextRange[];
  /** The edits that give row `row` the value `value` in column `column`, touching that row only. */
  setCell(row: number, column: number, value: string): TextEdit[];
  /** Source of a new row with these cells, shaped like row `template` (bullet, emphasis, padding). */
  newBlock(template: number | null, cells: readonly string[]): string;
  /** Where the first row of an empty timeline goes (after a table's delimiter line), with the line prefix to use. */
  emptyInsertion: { at: number; prefix: string } | null;
  /** The model's table, for a table timeline. */
  table: TimelineTable | null;
}

function trimmedEnd(text: string, range: TextRange): TextRange {
  let end = range.end;
  while (end > range.start && /\s/.test(text[end - 1])) end--;
  return { start: range.start, end };
}

function lineStart(text: string, offset: number): number {
  return text.lastIndexOf('\n', offset - 1) + 1;
}

/** What precedes a block on its line (indentation, `> `), when it is only that. */
export function linePrefix(text: string, offset: number): string {
  const prefix = text.slice(lineStart(text, offset), offset);
  return /^[\s>]*$/.test(prefix) ? prefix : '';
}

function tableTimeline(text: string, table: TimelineTable): EditableTimeline {
  const headerEnd = text.indexOf('\n', table.range.start);
  const header = splitTableRow(text.slice(table.range.start, headerEnd === -1 ? table.range.end : headerEnd));
  const delimiterStart = headerEnd + 1;
  const delimiterEndRaw = text.indexOf('\n', delimiterStart);
  const delimiterEnd = delimiterEndRaw === -1 || delimiterEndRaw > table.range.end ? table.range.end : delimiterEndRaw;
  const delimiter = splitTableRow(text.slice(delimiterStart, delimiterEnd));
  const headerLine = text.slice(table.range.start, headerEnd === -1 ? table.range.end : headerEnd);
  const widths = header.cells.map((c) => displayWidth(headerLine.slice(c.start, c.end)));
  const split: SplitRow[] = table.rows.map((row) => splitTableRow(text.slice(row.range.start, row.range.end)));
  const sameWidths = (row: SplitRow) => row.cells.length >= widths.length && widths.every((w, i) => {
    const cell = row.cells[i];
    return cell !== undefined && cell.end - cell.start === w;
  });
  // An aligned table (every border under the header's) keeps the rows it edits aligned, counting wide characters.
  const aligned = sameWidths(delimiter) && table.rows.every((row, i) => {
    const line = text.slice(row.range.start, row.range.end);
    return widths.every((w, c) => {
      const cell = split[i].cells[c];
      return cell !== undefined && displayWidth(line.slice(cell.start, cell.end)) === w;
    });
  });
  const leadingPipe = header.leadingPipe;
  const trailingPipe = header.trailingPipe;

  const inner = (value: string, column: number): string => {
    const encoded = encodeTableCell(value);
    if (!aligned) return ` ${encoded} `;
    return ` ${encoded}${' '.repeat(Math.max(1, widths[column] - 1 - displayWidth(encoded)))}`;
  };
  const render = (inners: readonly string[]) => `${leadingPipe ? '|' : ''}${inners.join('|')}${trailingPipe ? '|' : ''}`;

  return {
    kind: 'table',
    range: table.range,
    sectionTitle: table.section?.title ?? null,
    columns: table.columns,
    timeColumn: table.timeColumn,
    rows: table.rows.map((row, i) => {
      const line = text.slice(row.range.start, row.range.end);
      return {
        cells: table.columns.map((_, c) => {
          const cell = split[i].cells[c];
          return cell ? decodeTableCell(line.slice(cell.start, cell.end)) : '';
        }),
        timeText: row.timeText,
        time: row.time,
        dated: row.dated,
      };
    }),
    blocks: table.rows.map((row) => row.range),
    setCell(row, column, value) {
      const range = table.rows[row].range;
      const line = text.slice(range.start, range.end);
      const cells = split[row].cells;
      const cell = cells[column];
      if (cell) {
        const current = line.slice(cell.start, cell.end);
        let replacement: string;
        if (aligned) replacement = inner(value, column);
        else if (current.trim() === '') replacement = current === '' ? encodeTableCell(value) : ` ${encodeTableCell(value)} `;
        else replacement = `${/^\s*/.exec(current)![0]}${encodeTableCell(value)}${current.slice(current.trimEnd().length)}`;
        return [{ start: range.start + cell.start, end: range.start + cell.end, text: replacement }];
      }
      // A short row (GFM allows them) gets the missing cells, empty up to the edited one.
      const inners = cells.map((c) => line.slice(c.start, c.end));
      for (let c = cells.length; c <= column; c++) inners.push(c === column ? inner(value, c) : inner('', c));
      return [{ start: range.start, end: range.end, text: render(inners) }];
    },
    newBlock(_template, values) {
      return render(table.columns.map((_, c) => inner(values[c] ?? '', c)));
    },
    emptyInsertion: { at: delimiterEnd, prefix: linePrefix(text, table.range.start) },
    table,
  };
}

const BULLET = /^(?:[-*+]|\d{1,9}[.)])[ \t]+/;

/** A list or a heading per entry: the timelines written in a shape the editor can write back. */
type EditableList = TimelineList & { style: 'list' | 'headings' };

function listTimeline(text: string, list: EditableList, incidentDate: string | null): EditableTimeline {
  const blocks = list.entries.map((entry) => trimmedEnd(text, entry.range));
  const shapes = list.entries.map((entry, i) => {
    const block = blocks[i];
    const afterTime = text.slice(entry.timeRange.end, block.end);
    let descStart = entry.timeRange.end;
    let indent = 0;
    if (list.style === 'list') {
      descStart += TIME_SEPARATOR.exec(afterTime)![0].length;
      const bullet = BULLET.exec(text.slice(block.start, block.end));
      indent = block.start - lineStart(text, block.start) + (bullet ? bullet[0].length : 2);
    } else {
      const headingEnd = text.indexOf('\n', entry.timeRange.end);
      descStart = headingEnd === -1 || headingEnd >= block.end ? block.end : headingEnd;
      while (descStart < block.end && /\s/.test(text[descStart])) descStart++;
    }
    return { descStart, indent };
  });

  const decodeDescription = (i: number): string => {
    const raw = text.slice(shapes[i].descStart, blocks[i].end);
    if (list.style === 'headings') return raw.trim();
    const pad = new RegExp(`^ {0,${shapes[i].indent}}`);
    return raw.split('\n').map((line, n) => (n === 0 ? line : line.replace(pad, ''))).join('\n').trim();
  };
  const encodeDescription = (value: string, indent: number): string => {
    const normalized = normalizeCellValue(value);
    if (list.style === 'headings') return normalized;
    // A blank line would end the item's paragraph; continuation lines are indented under the item's text.
    return normalized.split('\n').filter((line) => line.trim() !== '').join(`\n${' '.repeat(indent)}`);
  };
  const oneLine = (value: string) => normalizeCellValue(value).replace(/(?<!\s)\s*\n\s*/g, ' ');
  const separatorOf = (i: number) => {
    const entry = list.entries[i];
    const separator = text.slice(entry.timeRange.end, shapes[i].descStart);
    if (list.style === 'headings') return '\n\n';
    return /\s$/.test(separator) ? separator : `${separator} `;
  };

  return {
    kind: list.style,
    range: list.range,
    sectionTitle: list.section?.title ?? null,
    columns: [
      { name: 'Time', role: 'time' },
      { name: 'Event', role: 'description' },
    ],
    timeColumn: 0,
    rows: list.entries.map((entry, i) => ({
      cells: [text.slice(entry.timeRange.start, entry.timeRange.end), decodeDescription(i)],
      timeText: entry.timeText,
      time: entry.time,
      dated: entry.hasDate || incidentDate !== null,
    })),
    blocks,
    setCell(row, column, value) {
      const entry = list.entries[row];
      if (column === 0) return [{ start: entry.timeRange.start, end: entry.timeRange.end, text: oneLine(value) }];
      const { descStart, indent } = shapes[row];
      const description = encodeDescription(value, indent);
      const end = blocks[row].end;
      if (descStart === end) {
        if (description === '') return [];
        const separator = list.style === 'headings' ? '\n\n' : /\s$/.test(text.slice(entry.timeRange.end, end)) ? '' : ' ';
        return [{ start: end, end, text: `${separator}${description}` }];
      }
      // Emptying a heading entry's text removes the blank line under its heading too.
      if (description === '' && list.style === 'headings') return [{ start: entry.timeRange.end, end, text: text.slice(entry.timeRange.end, descStart).split('\n')[0] }];
      return [{ start: descStart, end, text: description }];
    },
    newBlock(template, values) {
      const i = template ?? 0;
      const entry = list.entries[i];
      const lead = text.slice(blocks[i].start, entry.timeRange.start);
      const description = encodeDescription(values[1] ?? '', shapes[i].indent);
      // With no text yet, the separator's marks stay (`]`, ` -`) so the entry keeps its shape; its spacing comes with the text.
      return `${lead}${oneLine(values[0] ?? '')}${description === '' ? separatorOf(i).trimEnd() : separatorOf(i) + description}`;
    },
    emptyInsertion: null,
    table: null,
  };
}

/** The document's timelines in document order: the editor's picker lists them in this order. */
export function editableTimelines(doc: PostmortemDocument): EditableTimeline[] {
  return [
    ...doc.timelines.map((table) => tableTimeline(doc.text, table)),
    // Lines written as paragraphs are read for the metrics but not offered for editing: the editor writes lists and headings.
    ...doc.timelineLists.filter((list): list is EditableList => list.style !== 'paragraphs').map((list) => listTimeline(doc.text, list, doc.incidentDate)),
  ].sort((a, b) => a.range.start - b.range.start);
}
