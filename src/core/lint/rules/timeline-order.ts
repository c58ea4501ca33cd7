// Rule: timeline rows in chronological order; the fix sorts the rows.
import { z } from 'zod';
import type { PostmortemDocument, TimelineEntry, TimelineTable } from '../../model/types';
import { defineRule } from '../defineRule';
import type { Suggestion, TextEdit } from '../types';
import { rangeOfValue } from '../textRanges';

const DAY_MS = 24 * 60 * 60 * 1000;
const HALF_DAY_MS = DAY_MS / 2;

/**
 * Each row's instant, in order, with rows that name no date carried over midnight: "23:55" then "07:00" is the next
 * morning, not a row out of order. A backwards step of less than half a day is a real ordering mistake.
 */
function orderedInstants(rows: readonly TimelineEntry[]): Array<number | null> {
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
function sortRowsEdit(doc: PostmortemDocument, table: TimelineTable, instants: Array<number | null>): TextEdit | undefined {
  const rows = table.rows;
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
    for (const table of doc.timelines) {
      const instants = orderedInstants(table.rows);
      let latest: { instant: number; row: TimelineEntry } | null = null;
      let fix: Suggestion | undefined;
      table.rows.forEach((row, i) => {
        const instant = instants[i];
        if (instant === null) return;
        if (latest !== null && instant < latest.instant) {
          if (fix === undefined) {
            const edit = sortRowsEdit(doc, table, instants);
            if (edit) fix = { title: 'Sort the timeline by time', edit };
          }
          report({
            range: rangeOfValue(doc.text, row.cells[table.timeColumn]?.range ?? row.range, row.timeText),
            actual: row.timeText,
            message: `"${row.timeText}" comes after "${latest.row.timeText}" but is earlier: move the row up to keep the timeline in order (quick fix: sort the timeline).`,
            fix,
          });
        } else {
          latest = { instant, row };
        }
      });
    }
  },
});
