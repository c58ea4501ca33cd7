// Reads the moment kubectl output was captured, as people type it: ISO 8601, taken as UTC when it names no zone.
import { isValid, parseISO } from 'date-fns';

export function parseCaptureTime(text: string): Date | null {
  const trimmed = text.trim();
  if (!/^\d{4}-\d{2}-\d{2}/.test(trimmed)) return null;
  // date-fns reads a time without a zone in the machine's zone; a postmortem's times are UTC.
  const zoned = /(?:Z|[+-]\d{2}(?::?\d{2})?)$/i.test(trimmed) || !/[T ]\d/.test(trimmed) ? trimmed : `${trimmed}Z`;
  const parsed = parseISO(zoned.replace(' ', 'T'));
  if (!isValid(parsed)) return null;
  // A bare date is midnight UTC, not local midnight.
  const time = /[T ]\d/.test(trimmed) ? parsed : new Date(`${trimmed.slice(0, 10)}T00:00:00Z`);
  // kubectl did not print anything before 1970 (year 0000 formats as garbage); nor after 9999.
  return time.getUTCFullYear() >= 1970 && time.getUTCFullYear() <= 9999 ? time : null;
}
