// Durations as people write them in postmortems ("5 minutes", "2h 15m", "01:35", "1.5 hours") and back.

/** "5 minutes", "1 hour", "2 hours 15 minutes", "1 day 3 hours": the seed template's style. */
export function formatMinutesLong(minutes: number): string {
  const total = Math.round(Math.abs(minutes));
  const sign = minutes < 0 ? '-' : '';
  const days = Math.floor(total / 1440);
  const hours = Math.floor((total % 1440) / 60);
  const mins = total % 60;
  const plural = (n: number, unit: string) => `${n} ${unit}${n === 1 ? '' : 's'}`;
  const parts = [days > 0 ? plural(days, 'day') : '', hours > 0 ? plural(hours, 'hour') : '', mins > 0 || total === 0 ? plural(mins, 'minute') : ''];
  return sign + parts.filter((p) => p !== '').join(' ');
}

/** "01:35", "26:10": hours and minutes, the `Duration: HH:MM` style. */
export function formatMinutesClock(minutes: number): string {
  const total = Math.round(Math.abs(minutes));
  const sign = minutes < 0 ? '-' : '';
  return `${sign}${String(Math.floor(total / 60)).padStart(2, '0')}:${String(total % 60).padStart(2, '0')}`;
}

/** "2h 15m", "45m": the compact style. */
export function formatMinutesShort(minutes: number): string {
  const total = Math.round(Math.abs(minutes));
  const sign = minutes < 0 ? '-' : '';
  const hours = Math.floor(total / 60);
  const mins = total % 60;
  if (hours === 0) return `${sign}${mins}m`;
  return `${sign}${hours}h${mins > 0 ? ` ${mins}m` : ''}`;
}

export type DurationStyle = 'long' | 'clock' | 'short';

export function formatMinutes(minutes: number, style: DurationStyle): string {
  return style === 'clock' ? formatMinutesClock(minutes) : style === 'short' ? formatMinutesShort(minutes) : formatMinutesLong(minutes);
}

const UNIT_MINUTES: Record<string, number> = { d: 1440, day: 1440, days: 1440, h: 60, hr: 60, hrs: 60, hour: 60, hours: 60, m: 1, min: 1, mins: 1, minute: 1, minutes: 1, s: 1 / 60, sec: 1 / 60, secs: 1 / 60, second: 1 / 60, seconds: 1 / 60 };
const UNIT_AMOUNT = /(?<!\d)(\d+(?:\.\d+)?)\s?(days?|d|hours?|hrs?|h|minutes?|mins?|m|seconds?|secs?|s)(?![a-z])/gi;
/** "01:35" or "1:35 h", alone or before a note in brackets; "10:00 - 12:00" is a range, not a duration. */
const CLOCK = /^(\d{1,3}):([0-5]\d)(?:\s?(?:h|hrs?|hours?))?(?:\s+\([^)]*\))?$/i;

export interface WrittenDuration {
  minutes: number;
  style: DurationStyle;
}

/** Reads a written duration; null for placeholders, ranges without a total, and prose. */
export function parseWrittenDuration(raw: string): WrittenDuration | null {
  const text = raw.replace(/[*_`~≈]/g, ' ').replace(/^\s*(?:approx\.?|approximately|about|around|ca\.?)\s+/i, '').trim();
  const clock = CLOCK.exec(text);
  if (clock) return { minutes: Number(clock[1]) * 60 + Number(clock[2]), style: 'clock' };
  // The first run of amounts with units: "2 hours 15 minutes (within target)", "2h 15m", "90 min".
  let minutes = 0;
  let found = false;
  let short = false;
  let lastEnd = -1;
  for (const match of text.matchAll(UNIT_AMOUNT)) {
    if (found && text.slice(lastEnd, match.index).replace(/\b(?:and)\b|[,\s]/g, '') !== '') break;
    minutes += Number(match[1]) * UNIT_MINUTES[match[2].toLowerCase()];
    short ||= match[2].length <= 1;
    found = true;
    lastEnd = (match.index ?? 0) + match[0].length;
  }
  if (!found) return null;
  return { minutes: Math.round(minutes * 100) / 100, style: short ? 'short' : 'long' };
}
