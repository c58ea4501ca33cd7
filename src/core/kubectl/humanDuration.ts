// kubectl's relative ages ("45s", "3m12s", "2d4h", "<unknown>"): the exact HumanDuration format, and its inverse.

/** What an age cell says about when something happened, relative to the moment kubectl ran. */
export type Age =
  | { kind: 'elapsed'; ms: number }
  /** The timestamp was empty. */
  | { kind: 'unknown' }
  /** The timestamp was in the future by more than a second (clock skew between client and cluster). */
  | { kind: 'invalid' };

const SECOND = 1000;
const MINUTE = 60 * SECOND;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;
const YEAR = 365 * DAY;

/**
 * Formats a duration exactly as k8s.io/apimachinery/pkg/util/duration.HumanDuration does: about two
 * significant units, truncated (never rounded), which is what `kubectl get/events/describe` print.
 */
export function formatHumanDuration(ms: number): string {
  const seconds = Math.trunc(ms / SECOND);
  if (seconds < -1) return '<invalid>';
  if (seconds < 0) return '0s';
  if (seconds < 2 * 60) return `${seconds}s`;
  const minutes = Math.trunc(ms / MINUTE);
  if (minutes < 10) {
    const s = seconds % 60;
    return s === 0 ? `${minutes}m` : `${minutes}m${s}s`;
  }
  if (minutes < 3 * 60) return `${minutes}m`;
  const hours = Math.trunc(ms / HOUR);
  if (hours < 8) {
    const m = minutes % 60;
    return m === 0 ? `${hours}h` : `${hours}h${m}m`;
  }
  if (hours < 48) return `${hours}h`;
  const days = Math.trunc(hours / 24);
  if (hours < 24 * 8) {
    const h = hours % 24;
    return h === 0 ? `${days}d` : `${days}d${h}h`;
  }
  if (hours < 24 * 365 * 2) return `${days}d`;
  const years = Math.trunc(days / 365);
  if (hours < 24 * 365 * 8) {
    const d = days % 365;
    return d === 0 ? `${years}y` : `${years}y${d}d`;
  }
  return `${years}y`;
}

const AGE = /^(?:(\d+)y)?(?:(\d+)d)?(?:(\d+)h)?(?:(\d+)m)?(?:(\d+)s)?$/;

/**
 * Reads one age as kubectl prints it (HumanDuration, and the older ShortHumanDuration such as "5h").
 * Returns null for text that is not an age. The result is the lower bound: kubectl truncates.
 */
export function parseHumanDuration(text: string): Age | null {
  const trimmed = text.trim();
  if (trimmed === '<unknown>') return { kind: 'unknown' };
  if (trimmed === '<invalid>') return { kind: 'invalid' };
  const match = AGE.exec(trimmed);
  if (!match || trimmed === '') return null;
  const [, y, d, h, m, s] = match.map((part) => Number(part ?? 0));
  return { kind: 'elapsed', ms: y * YEAR + d * DAY + h * HOUR + m * MINUTE + s * SECOND };
}

/** An age cell of `kubectl events` and `describe`: "4m53s (x72 over 20m)" is the last time, the count and the first time. */
export interface AgeCell {
  last: Age;
  count: number | null;
  first: Age | null;
}

/** "over" since kubectl 1.8; "from" and "starting" in the 1.7 development builds that introduced the form. */
const AGE_CELL = /^(\S+)(?:\s+\(x(\d+)\s+(?:over|from|starting)\s+(\S+)\))?$/;

export function parseAgeCell(text: string): AgeCell | null {
  const match = AGE_CELL.exec(text.trim());
  if (!match) return null;
  const last = parseHumanDuration(match[1]);
  if (!last) return null;
  if (match[2] === undefined) return { last, count: null, first: null };
  const first = parseHumanDuration(match[3]);
  if (!first) return null;
  return { last, count: Number(match[2]), first };
}

/** The instant an age points at, from the moment the output was captured; null when kubectl printed `<unknown>`. */
export function instantFromAge(age: Age, capturedAt: Date): Date | null {
  if (age.kind === 'unknown') return null;
  // "<invalid>" means the event is stamped slightly in the future: the capture moment is the closest honest answer.
  if (age.kind === 'invalid') return new Date(capturedAt.getTime());
  return new Date(capturedAt.getTime() - age.ms);
}
