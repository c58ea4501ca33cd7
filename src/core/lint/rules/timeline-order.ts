// Rule: timeline rows and entries (tables, lists, a heading per entry) in chronological order; the fix sorts them.
import * as z from '../../zod';
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

/**
 * The entries to report: those outside the longest run that is already in order (a longest non-decreasing subsequence),
 * so one entry written in the wrong place is reported once, not together with every entry after it. Where two runs are
 * as long, the earlier entries are kept: the later ones are the ones that look wrong.
 */
function outOfPlace(entries: readonly OrderedEntry[], instants: Array<number | null>): Set<number> {
  const wrongDates = copiedDates(entries, instants);
  const timed = instants.flatMap((instant, i) => (instant === null || wrongDates.has(i) ? [] : [i]));
  const follows = (a: number, b: number) => !isEarlier(entries[b], instants[b]!, instants[a]!);
  // A timeline already in order (the usual case) is its own longest ordered run: no search, linear in its rows.
  if (timed.every((index, k) => k === 0 || follows(timed[k - 1], index))) return new Set(wrongDates);
  const length: number[] = [];
  const previous: number[] = [];
  timed.forEach((index, k) => {
    length[k] = 1;
    previous[k] = -1;
    for (let j = 0; j < k; j++) {
      if (follows(timed[j], index) && length[j] + 1 > length[k]) {
        length[k] = length[j] + 1;
        previous[k] = j;
      }
    }
  });
  const kept = new Set<number>();
  let k = length.indexOf(Math.max(0, ...length));
  while (k !== -1) {
    kept.add(timed[k]);
    k = previous[k];
  }
  return new Set([...wrongDates, ...timed.filter((index) => !kept.has(index))]);
}

/**
 * A written date that jumps back by more than half a day starts a run of entries whose date is wrong (copied from an
 * earlier entry, or not rolled over past midnight): the run lasts until the timeline is back after the jump. Unless the
 * entry before the jump was the one out of line: then only it is misplaced, which the longest ordered run finds.
 */
function copiedDates(entries: readonly OrderedEntry[], instants: Array<number | null>): Set<number> {
  const wrong = new Set<number>();
  let latest: number | null = null;
  // The latest instant before the entry that set `latest`: when the jump back lands after it, that one entry was the slip.
  let beforeLatest: number | null = null;
  let inRun = false;
  instants.forEach((instant, i) => {
    if (instant === null) return;
    if (latest !== null && (inRun ? instant < latest : entries[i].hasDate && latest - instant > HALF_DAY_MS)) {
      // "2022-02-20 1930" among 2022-02-02 entries: one date written wrong, forward; the entries after it are fine.
      if (!inRun && beforeLatest !== null && instant >= beforeLatest) {
        latest = instant;
        beforeLatest = null;
        return;
      }
      inRun = true;
      wrong.add(i);
      return;
    }
    inRun = false;
    if (latest === null || instant > latest) {
      beforeLatest = latest;
      latest = instant;
    }
  });
  return wrong;
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
      const { entries } = sequence;
      const instants = orderedInstants(entries);
      const misplaced = outOfPlace(entries, instants);
      if (misplaced.size === 0) continue;
      const edit = sequence.sortable ? sortRowsEdit(doc, entries, instants) : undefined;
      const fix: Suggestion | undefined = edit ? { title: 'Sort the timeline by time', edit } : undefined;
      const timed = instants.flatMap((instant, i) => (instant === null ? [] : [i]));
      // Consecutive misplaced entries are one mistake (a block pasted in the wrong place, a date that did not roll over): one finding.
      for (let k = 0; k < timed.length; k++) {
        if (!misplaced.has(timed[k])) continue;
        let last = k;
        while (last + 1 < timed.length && misplaced.has(timed[last + 1])) last++;
        const first = entries[timed[k]];
        const instant = instants[timed[k]]!;
        const before = timed.slice(0, k).reverse().find((i) => !misplaced.has(i));
        const after = timed.slice(last + 1).find((i) => !misplaced.has(i));
        const others = last - k;
        const plural = sequence.noun === 'entry' ? 'entries' : 'rows';
        const also = others === 0 ? '' : ` (and so ${others === 1 ? `does the ${sequence.noun}` : `do the ${others} ${plural}`} after it)`;
        const movable = fix ? ' (quick fix: sort the timeline)' : '';
        let message: string;
        if (before !== undefined && isEarlier(first, instant, instants[before]!)) {
          // Many hours back, with a date written, is more often a wrong date (a copy-pasted day) than a misplaced entry.
          const checkDate = first.hasDate && instants[before]! - instant > HALF_DAY_MS ? 'check its date, or ' : '';
          message = `"${first.timeText}" comes after "${entries[before].timeText}" but is earlier${also}: ${checkDate}move the ${sequence.noun} up to keep the timeline in order${movable}.`;
        } else {
          const next = after !== undefined ? entries[after].timeText : first.timeText;
          const checkDate = first.hasDate && after !== undefined && instant - instants[after]! > HALF_DAY_MS ? 'check its date, or ' : '';
          message = `"${first.timeText}" comes before "${next}" but is later${also}: ${checkDate}move the ${sequence.noun} down to keep the timeline in order${movable}.`;
        }
        report({ range: first.timeRange, actual: first.timeText, message, fix });
        k = last;
      }
    }
  },
});
