// Due dates relative to today: overdue or not, which bucket, and "in 3 days" / "5 days overdue" for people.
import { addDays, differenceInCalendarDays, lightFormat, parseISO } from 'date-fns';
import type { ActionItem } from '../model/types';

export type DueBucket = 'overdue' | 'thisWeek' | 'later' | 'noDate';

export const DUE_BUCKET_LABELS: Record<DueBucket, string> = {
  overdue: 'Overdue',
  thisWeek: 'This week',
  later: 'Later',
  noDate: 'No date',
};

/** Past this many days, whole days read worse than "in 3 months". */
const DAYS_SHOWN_AS_DAYS = 60;

/** Today in the user's time zone as YYYY-MM-DD: due dates are calendar days, not instants. */
export function localToday(now: Date): string {
  return lightFormat(now, 'yyyy-MM-dd');
}

/** Whole calendar days from `today` to `due` (negative when past). */
export function daysUntil(due: string, today: string): number {
  return differenceInCalendarDays(parseISO(due), parseISO(today));
}

// YYYY-MM-DD strings sort as the days they name, so the checks the tree runs on every item are string comparisons.
export function isOverdue(item: Pick<ActionItem, 'done' | 'due'>, today: string): boolean {
  return !item.done && item.due !== null && item.due < today;
}

/** The first day after "this week" for `today`, remembered because every item of a grouping asks for the same one. */
let weekEnd = { today: '', end: '' };
function endOfThisWeek(today: string): string {
  if (weekEnd.today !== today) weekEnd = { today, end: daysFromToday(today, 7) };
  return weekEnd.end;
}

/** Overdue (open and past due), This week (due within the next 7 days), Later, or No date. A done item is never overdue. */
export function dueBucket(item: Pick<ActionItem, 'done' | 'due'>, today: string): DueBucket {
  if (item.due === null) return 'noDate';
  if (item.due < today) return item.done ? 'later' : 'overdue';
  return item.due < endOfThisWeek(today) ? 'thisWeek' : 'later';
}

/** "due today", "due tomorrow", "in 3 days", "1 day overdue", "5 days overdue", "in 4 months"; done items say when they were due. */
export function relativeDue(item: Pick<ActionItem, 'done' | 'due'>, today: string): string | null {
  if (item.due === null) return null;
  const days = daysUntil(item.due, today);
  if (item.done) return `was due ${item.due}`;
  if (days === 0) return 'due today';
  if (days === 1) return 'due tomorrow';
  const span = Math.abs(days);
  const months = Math.floor(span / 30);
  const distance = span <= DAYS_SHOWN_AS_DAYS ? counted(span, 'day') : span < 365 && months < 12 ? counted(months, 'month') : counted(Math.max(1, Math.floor(span / 365)), 'year');
  return days > 0 ? `in ${distance}` : `${distance} overdue`;
}

/** "1 day", "3 days", "4 months": whole months of 30 days, then years of 365 (twelve such months are a year). */
const counted = (count: number, unit: string): string => `${count} ${unit}${count === 1 ? '' : 's'}`;

/** YYYY-MM-DD `days` after today, for the "set due date" choices. */
export function daysFromToday(today: string, days: number): string {
  return lightFormat(addDays(parseISO(today), days), 'yyyy-MM-dd');
}

/** A real calendar date written YYYY-MM-DD (2026-02-30 is not one). */
export function isCalendarDate(value: string): boolean {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(value)) return false;
  const parsed = parseISO(value);
  return !Number.isNaN(parsed.getTime()) && lightFormat(parsed, 'yyyy-MM-dd') === value;
}
