// Rule: timeline rows and entries (tables, lists, a heading per entry) in chronological order; the fix sorts them.
import { z } from 'zod';
import type { PostmortemDocument, TextRange } from '../../model/types';
import { defineRule } from '../defineRule';
import type { Suggestion, TextEdit } from '../types';
import { rangeOfValue } from '../textRanges';

const DAY_MS = 24 * 60 * 60 * 1000;
const HALF_DAY_MS = DAY_MS / 2;

/** What the rule needs of a timeline entry, whatever the timeline is written as. */
interface OrderedEntry {
  range: TextRange;
  time: Date | null;
  hasDate: boolean;
  /** False for a day-only entry, which is compared by its day alone. */
  hasTime: boolean;
  timeText: string;
  timeRange: TextRange;
}

interface Sequence {
  entries: OrderedEntry[];
  /** Tables and lists can be sorted in place; a heading per entry carries whole sections, so it is only reported. */
  sortable: boolean;
  /** What one entry is called in the message: a table row, or a list entry. */
  noun: 'row' | 'entry';
}

function sequences(doc: PostmortemDocument): Sequence[] {
  return [
    ...doc.timelines.map((table) => ({
      sortable: true,
      noun: 'row' as const,
      entries: table.rows.map((row) => ({
        range: row.range,
        time: row.time,
        hasDate: row.hasDate,
        hasTime: true,
        timeText: row.timeText,
        timeRange: rangeOfValue(doc.text, row.cells[table.timeColumn]?.range ?? row.range, row.timeText),
      })),
    })),
    ...doc.timelineLists.map((list) => ({ sortable: list.style === 'list', noun: 'entry' as const, entries: list.entries })),
  ];
}

function isEarlier(entry: OrderedEntry, instant: number, latest: number): boolean {
  if (!entry.hasTime) return Math.floor(instant / DAY_MS) < Math.floor(latest / DAY_MS);
  return instant < latest;
}

/**
 * Each row's instant, in order, with rows that name no date carried over midnight: "23:55" then "07:00" is the next
 * morning, not a row out of order. A backwards step of less than half a day is a real ordering mistake.
 */
function orderedInstants(rows: readonly OrderedEntry[]): Array<number | null> {
  let carriedDays = 0;
  let previous: number | null = null;
  return rows.map((row) => {
    if (row.time === null) return null;
    let instant = row.time.getTime() + (row.hasDate ? 0 : carriedDays * DAY_MS);
    if (row.hasDate) carriedDays = 0;
    else if (previous !== null && instant < previous && previous - instant > HALF_DAY_MS) {
      carriedDays += 1;
      instant += DAY_MS;
    }
    previous = instant;
    return instant;
  });
}

/** One edit replacing the rows with the same rows sorted; rows without a time move with the row above them. */
function sortRowsEdit(doc: PostmortemDocument, rows: readonly OrderedEntry[], instants: Array<number | null>): TextEdit | undefined {
  if (rows.length < 2 || instants[0] === null) return undefined;
  const groups: Array<{ key: number; texts: string[] }> = [];
  rows.forEach((row, i) => {
    const text = doc.text.slice(row.range.start, row.range.end);
    const key = instants[i];
    if (key === null) groups[groups.length - 1].texts.push(text);
    else groups.push({ key, texts: [text] });
  });
  const sorted = [...groups].sort((a, b) => a.key - b.key).flatMap((group) => group.texts);
  const separators = rows.slice(1).map((row, i) => doc.text.slice(rows[i].range.end, row.range.start));
  const text = sorted.map((row, i) => (i === 0 ? row : separators[i - 1] + row)).join('');
  return { start: rows[0].range.start, end: rows[rows.length - 1].range.end, text };
}

export const timelineOrder = defineRule({
  id: 'timeline-order',
  description: 'Timeline rows are in chronological order.',
  why: 'Readers reconstruct cause and effect from the order of events; a row out of place suggests a cause came after its effect, or hides a wrong time.',
  tags: ['timeline'],
  defaultLevel: 'warning',
  options: z.strictObject({}),
  check({ doc, report }) {
    for (const sequence of sequences(doc)) {
      const instants = orderedInstants(sequence.entries);
      let latest: { instant: number; entry: OrderedEntry } | null = null;
      let fix: Suggestion | undefined;
      sequence.entries.forEach((entry, i) => {
        const instant = instants[i];
        if (instant === null) return;
        if (latest !== null && isEarlier(entry, instant, latest.instant)) {
          if (fix === undefined && sequence.sortable) {
            const edit = sortRowsEdit(doc, sequence.entries, instants);
            if (edit) fix = { title: 'Sort the timeline by time', edit };
          }
          report({
            range: entry.timeRange,
            actual: entry.timeText,
            // Many hours back, with a date written, is more often a wrong date (a copy-pasted day) than a misplaced entry.
            message: `"${entry.timeText}" comes after "${latest.entry.timeText}" but is earlier: ${entry.hasDate && latest.instant - instant > HALF_DAY_MS ? 'check its date, or ' : ''}move the ${sequence.noun} up to keep the timeline in order${fix ? ' (quick fix: sort the timeline)' : ''}.`,
            fix,
          });
        } else {
          latest = { instant, entry };
        }
      });
    }
  },
});
