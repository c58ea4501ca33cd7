// Which events a timeline already has, and which a paste holds twice: so merging never adds the same event again.
import type { KubectlEvent } from '../kubectl/types';
import type { TimelineEntry } from '../model/types';
import { eventDescription } from './mergeRows';

const DAY_MS = 24 * 60 * 60 * 1000;

/** Comparable instant of an existing row: rows without any date compare by time of day only. */
export function rowKey(row: TimelineEntry, event: Date): number | null {
  if (!row.time) return null;
  if (row.dated) return row.time.getTime();
  return event.getTime() - (event.getTime() % DAY_MS) + (row.time.getTime() % DAY_MS);
}

function normalise(text: string): string {
  return text.replace(/\\(.)/g, '$1').replace(/\s+/g, ' ').trim().toLowerCase();
}

/** How far apart two readings of the same event can be: ages are truncated and capture moments differ between pastes. */
const SAME_EVENT_WINDOW_MS = { exact: 60_000, approximate: 5 * 60_000 };

/**
 * Drops an event read twice, e.g. from `get events` and `describe` pasted together (`pod/web` and `Pod/web`):
 * same reason, object name and message, within a minute or two of each other.
 */
export function withoutRepeats<T extends { event: KubectlEvent; time: Date }>(items: readonly T[]): T[] {
  const kept = new Map<string, T[]>();
  return items.filter((item) => {
    const key = [item.event.reason, item.event.object.split('/').pop()?.toLowerCase() ?? '', normalise(item.event.message)].join('\u0000');
    const same = kept.get(key) ?? [];
    const repeat = same.some((earlier) => {
      // Read from one capture, two outputs differ only by how kubectl truncated each age.
      const window = earlier.event.approximate || item.event.approximate ? 2 * 60_000 : 60_000;
      return Math.abs(earlier.time.getTime() - item.time.getTime()) <= window;
    });
    if (!repeat) kept.set(key, [...same, item]);
    return !repeat;
  });
}

export interface ListedRow {
  row: TimelineEntry;
  /** The row's cells as one normalised string, worked out once per merge. */
  text: string;
}

export function listedRows(rows: readonly TimelineEntry[]): ListedRow[] {
  return rows.map((row) => ({ row, text: normalise(row.cells.map((cell) => cell.text).join(' ')) }));
}

/**
 * A row lists the event when it holds the event's description (its count aside) near its time, or, written by
 * hand, names its reason and object within the same minute.
 */
export function alreadyListed(rows: readonly ListedRow[], event: KubectlEvent, time: Date): boolean {
  const description = normalise(eventDescription({ ...event, count: null }));
  const name = event.object.split('/').pop()?.toLowerCase() ?? '';
  const window = event.approximate ? SAME_EVENT_WINDOW_MS.approximate : SAME_EVENT_WINDOW_MS.exact;
  return rows.some(({ row, text }) => {
    const key = rowKey(row, time);
    const distance = key === null ? 0 : Math.abs(key - time.getTime());
    if (distance <= window && text.includes(description)) return true;
    return key !== null && distance < 60_000 && text.includes(event.reason.toLowerCase()) && (name === '' || text.includes(name));
  });
}
