// Reads the times and dates people write in postmortems ("10:00", "0730", "10:00 UTC", "2019-01-22 2:54 PM PST", ISO 8601) as UTC instants.
import { isValid, parse, parseISO, lightFormat } from 'date-fns';
import { KeptResults } from '../text/memo';

export interface ParsedTime {
  /** UTC instant. When the text had no date, the date part comes from the reference date given. */
  instant: Date;
  /** The text named a date (year, month and day), not just a time. */
  hasDate: boolean;
  /** The text named a time of day. */
  hasTime: boolean;
}

/** Offsets in minutes east of UTC for the zone abbreviations that show up in postmortems. */
const ZONE_OFFSETS: Record<string, number> = {
  UTC: 0, GMT: 0, Z: 0, WET: 0, BST: 60, CET: 60, CEST: 120, EET: 120, EEST: 180, IST: 330, JST: 540, AEST: 600, AEDT: 660,
  // German names of the Central European zones ("Zeit (MESZ)").
  MEZ: 60, MESZ: 120,
  EST: -300, EDT: -240, CST: -360, CDT: -300, MST: -420, MDT: -360, PST: -480, PDT: -420, AKST: -540, AKDT: -480, HST: -600,
  // Zones without daylight saving that reports elsewhere name: Brasília, Argentina, Singapore, Hong Kong, Korea, Moscow.
  BRT: -180, ART: -180, SGT: 480, HKT: 480, KST: 540, MSK: 180,
};

const DATE_TIME_FORMATS = [
  'yyyy-MM-dd HH:mm:ss', 'yyyy-MM-dd HH:mm', 'yyyy-MM-dd H:mm', 'yyyy-MM-dd h:mm a', 'yyyy-MM-dd h:mma', 'yyyy-MM-dd, HH:mm',
  // A date and a four-digit clock time ("2022-02-02 1625"): with the date before it, the digits are a time, not a year.
  'yyyy-MM-dd HHmm',
  'yyyy/MM/dd HH:mm:ss', 'yyyy/MM/dd HH:mm', 'MM/dd/yyyy HH:mm:ss', 'MM/dd/yyyy HH:mm', 'dd/MM/yyyy HH:mm:ss', 'dd/MM/yyyy HH:mm', 'dd.MM.yyyy HH:mm',
  'MMM d yyyy HH:mm', 'MMM d, yyyy HH:mm', 'MMM d, yyyy h:mm a', 'MMMM d, yyyy HH:mm', 'MMMM do, yyyy HH:mm', 'MMMM d yyyy HH:mm',
  'd MMM yyyy HH:mm', 'd MMMM yyyy HH:mm', 'EEE MMM d HH:mm:ss yyyy',
  // Time first: "06:13, Nov 28, 2025", "06:13 28 Nov 2025".
  'HH:mm, MMM d, yyyy', 'H:mm, MMM d, yyyy', 'HH:mm MMM d, yyyy', 'HH:mm, MMM d yyyy', 'HH:mm, d MMM yyyy', 'HH:mm d MMM yyyy', 'h:mm a, MMM d, yyyy',
];
const DATE_FORMATS = [
  'yyyy-MM-dd', 'yyyy-M-d', 'yyyy/MM/dd', 'MM/dd/yyyy', 'dd/MM/yyyy', 'M/d/yy', 'EEEE, MMMM do, yyyy', 'EEEE, MMM d, yyyy', 'EEEE MMMM d yyyy', 'dd.MM.yyyy', 'MMM d yyyy', 'MMM d, yyyy', 'MMMM d, yyyy', 'MMMM do, yyyy', 'MMMM do yyyy',
  'MMMM d yyyy', 'd MMM yyyy', 'd MMMM yyyy', 'do MMMM yyyy', 'do MMM yyyy', 'EEEE, MMMM d, yyyy', 'EEEE MMMM do yyyy',
];
/** A slashed date whose first two numbers could each be the month ("03/11/2026"). */
const AMBIGUOUS_SLASH_DATE = /^(?:0?[1-9]|1[0-2])\/(?:0?[1-9]|1[0-2])\/\d{4}\b/;
const DAY_FIRST_DATE_TIME_FORMATS = ['dd/MM/yyyy HH:mm:ss', 'dd/MM/yyyy HH:mm', 'd/M/yyyy H:mm', 'dd/MM/yyyy h:mm a'];
/** Month and day without a year, as in `[03-26 23:04]`: the year comes from the reference date. */
const MONTH_DAY_TIME_FORMATS = ['MM-dd HH:mm', 'MM/dd HH:mm', 'MMM d HH:mm', 'MMM d, HH:mm', 'MMM d h:mm a'];
const TIME_FORMATS = ['HH:mm:ss', 'HH:mm', 'H:mm', 'h:mm a', 'h:mma', 'h:mm:ss a', 'h a', 'ha', 'HHmm', "HH'h'mm"];

/**
 * Dates and times in any order once the text is written plainly (see plainDateTime): "28 Nov 2025 06:09", "11/28/2025
 * 6:09 AM", "06:09 28 November 2025". Tried after the formats above, which cover the usual shapes faster.
 */
const PLAIN_DATES = ['d MMM yyyy', 'd MMMM yyyy', 'MMM d yyyy', 'MMMM d yyyy', 'M/d/yyyy', 'd/M/yyyy', 'd.M.yyyy', 'yyyy-MM-dd'];
// "Tue 3/10 1:05pm": a US month and day with a clock written without a space before pm.
const PLAIN_MONTH_DAYS = ['d MMM', 'd MMMM', 'MMM d', 'MMMM d', 'M/d'];
const PLAIN_TIMES = ['H:mm', 'H:mm:ss', 'h:mm a', 'h:mma', 'h:mm:ss a', 'h a'];
const both = (dates: readonly string[]) => dates.flatMap((date) => PLAIN_TIMES.flatMap((time) => [`${date} ${time}`, `${time} ${date}`]));
const PLAIN_DATE_TIME_FORMATS = both(PLAIN_DATES);
const PLAIN_MONTH_DAY_TIME_FORMATS = both(PLAIN_MONTH_DAYS);

/**
 * The text without what does not change the instant: a weekday ("Friday, "), "at" or a comma between the date and the
 * time, an ordinal's letters ("28th"), dashes between day, month and year ("28-Nov-2025"). Null for a long text.
 */
function plainDateTime(text: string): string | null {
  if (text.length > 60) return null;
  const plain = text
    .replace(/\b(?:mon|tues?|wed(?:nes)?|thu(?:rs)?|fri|sat(?:ur)?|sun)(?:day)?\b\.?/gi, '')
    .replace(/(?<=\d)(?:st|nd|rd|th)\b/gi, '')
    .replace(/(?<=\d)-(?=[A-Za-z]{3})|(?<=[A-Za-z]{3})-(?=\d)/g, ' ')
    .replace(/,|\s+at\s+/gi, ' ')
    .replace(/\s+/g, ' ')
    .trim();
  return plain.length <= 40 ? plain : null;
}

function cleanTimeText(raw: string): { text: string; offsetMinutes: number | null } {
  let text = raw
    .replace(/[[\]*_`~]/g, ' ')
    .replace(/^\s*(approx\.?|approximately|about|around|ca\.?|c\.|±|~|\+\/-)\s*/i, '')
    .replace(/\s+/g, ' ')
    .trim();
  // A range such as "0730 - 1230" or "10:00–10:15": the start is the time of the row.
  text = text.replace(/^(\d{1,2}:?\d{2}(?: ?[ap]\.?m\.?)?)\s*[-–—]\s*\d{1,2}:?\d{2}(?![\d/-]).*$/i, '$1').trim();
  text = text.replace(/[:,]$/, '').trim();
  // "14:02:17.123": the fraction of a second is below what a timeline tells.
  text = text.replace(/(\d:\d\d:\d\d)[.,]\d{1,9}(?!\d)/, '$1');
  // "14:02Z", "0314z": Zulu time, glued to the clock.
  text = text.replace(/\s*\((utc|gmt|z)\)$/i, ' UTC').replace(/(\d)[Zz]$/, '$1 UTC').replace(/\s+(a|p)\.m\.?$/i, ' $1m');
  text = text.replace(/\b(am|pm)\b/gi, (m) => m.toUpperCase());
  let offsetMinutes: number | null = null;
  const zone = /\s*\b(UTC|GMT)\s*([+-]\d{1,2})(?::?(\d{2}))?$|\s*\b([A-Z]{1,4})$|\s*([+-]\d{2}):?(\d{2})$/.exec(text);
  if (zone) {
    if (zone[1]) {
      const hours = Number(zone[2]);
      offsetMinutes = hours * 60 + Math.sign(hours) * Number(zone[3] ?? 0);
    } else if (zone[4] && zone[4] in ZONE_OFFSETS) {
      offsetMinutes = ZONE_OFFSETS[zone[4]];
    } else if (zone[5]) {
      const hours = Number(zone[5]);
      offsetMinutes = hours * 60 + (hours < 0 || zone[5].startsWith('-') ? -1 : 1) * Number(zone[6]);
    }
    if (offsetMinutes !== null) text = text.slice(0, zone.index).trim();
  }
  if (offsetMinutes === null && /\bUTC$/.test(text)) text = text.replace(/\s*UTC$/, '');
  text = text.replace(/,$/, '').trim();
  return { text, offsetMinutes };
}

function tryFormats(text: string, formats: readonly string[], reference: Date): Date | null {
  for (const fmt of formats) {
    const parsed = parse(text, fmt, reference);
    if (isValid(parsed)) return parsed;
  }
  return null;
}

/** The wall-clock fields of a date-fns result (built in local time) read as the given zone, returned as a UTC instant. */
function wallClockToUtc(local: Date, offsetMinutes: number): Date {
  const utc = Date.UTC(local.getFullYear(), local.getMonth(), local.getDate(), local.getHours(), local.getMinutes(), local.getSeconds());
  return new Date(utc - offsetMinutes * 60_000);
}

/** A local Date whose wall-clock fields are those of the reference UTC date, so date-fns fills missing parts from it. */
function localReference(referenceUtc: Date | null): Date {
  const ref = referenceUtc ?? new Date(Date.UTC(2000, 0, 1));
  return new Date(ref.getUTCFullYear(), ref.getUTCMonth(), ref.getUTCDate(), 0, 0, 0);
}

/** A month and day without a year is the one nearest the reference: "12-05" in a March incident is last December. */
function nearestYear(instant: Date, referenceUtc: Date | null): Date {
  if (!referenceUtc) return instant;
  const shifted = [-1, 0, 1].map((years) => {
    const d = new Date(instant);
    d.setUTCFullYear(instant.getUTCFullYear() + years);
    return d;
  });
  return shifted.reduce((best, d) => (Math.abs(d.getTime() - referenceUtc.getTime()) < Math.abs(best.getTime() - referenceUtc.getTime()) ? d : best));
}

/** A year written in full: "2026", "Date (2022)". */
export const FULL_YEAR = /\b(?:19|20)\d{2}\b/;
/** A year as a timeline time writes it: "2026-10-01 06:47", "Oct 1, 2026 6:47 AM", "10/01/26" (not "Sep 30, 9:02 PM"). */
export const WRITTEN_YEAR = new RegExp(String.raw`${FULL_YEAR.source}|\d[/.-]\d{1,2}[/.-]\d{2}\b`);

/**
 * Parses a time or date-time as written in a timeline. Times without a zone are in `zone`, the one the timeline declares
 * (see declaredZone), else UTC (postmortem timelines are in UTC by convention, and the tables say so). Returns null for
 * text that is not a time.
 */
export function parseTimelineTime(raw: string, referenceDateUtc: Date | null, zone: DeclaredZone = UTC_ZONE): ParsedTime | null {
  return readTimes.get(`${referenceDateUtc?.getTime() ?? ''}|${zone.offset}${zone.usDaylight ? 'd' : ''}|${raw}`, () => readTimelineTime(raw, referenceDateUtc, zone));
}

/**
 * A zone a timeline declares: a fixed offset in minutes east of UTC ("PST", "CEST", "UTC-5"), or a US zone written
 * without saying which half of the year ("PT", "ET", "Pacific"): its standard offset, an hour later while US clocks
 * are forward (the second Sunday of March to the first Sunday of November).
 */
export interface DeclaredZone {
  offset: number;
  usDaylight: boolean;
}

export const UTC_ZONE: DeclaredZone = { offset: 0, usDaylight: false };

/** US zones named without their half of the year, by their standard offset. */
const US_ZONES: Record<string, number> = {
  PT: -480, PACIFIC: -480, MT: -420, CT: -360, ET: -300, EASTERN: -300,
  // "All times in US/Pacific", "America/Los_Angeles", "PST/PDT": the zone by its name, either half of the year.
  'US/PACIFIC': -480, 'AMERICA/LOS_ANGELES': -480, 'PST/PDT': -480, 'US/MOUNTAIN': -420, 'AMERICA/DENVER': -420, 'MST/MDT': -420,
  'US/CENTRAL': -360, 'AMERICA/CHICAGO': -360, 'CST/CDT': -360, 'US/EASTERN': -300, 'AMERICA/NEW_YORK': -300, 'EST/EDT': -300,
};

/** The zone a word names ("PT", "PST", "CEST"), or null for any other word ("PAGE", "ACK"). */
export function zoneNamed(word: string): DeclaredZone | null {
  const name = word.toUpperCase();
  return name in US_ZONES ? { offset: US_ZONES[name], usDaylight: true } : name in ZONE_OFFSETS ? { offset: ZONE_OFFSETS[name], usDaylight: false } : null;
}

/** Minutes east of UTC of `zone` when its wall clock reads this year, month (0-based), day and hour. */
function offsetOnWallClock(zone: DeclaredZone, year: number, month: number, day: number, hour: number): number {
  return zone.offset + (zone.usDaylight && isUsDaylight(year, month, day, hour) ? 60 : 0);
}

/** Minutes east of UTC on a zone's wall clock at `local` (a Date whose local fields are that wall clock, as date-fns gives). */
function offsetAt(zone: DeclaredZone, local: Date): number {
  return offsetOnWallClock(zone, local.getFullYear(), local.getMonth(), local.getDate(), local.getHours());
}

/** Whether US clocks are forward at this wall-clock hour: from 02:00 on March's second Sunday to 02:00 on November's first. */
function isUsDaylight(year: number, month: number, day: number, hour: number): boolean {
  const sunday = (m: number, nth: number) => 1 + ((7 - new Date(Date.UTC(year, m, 1)).getUTCDay()) % 7) + 7 * (nth - 1);
  const at = (m: number, d: number, h: number) => ((m * 32 + d) * 24 + h);
  const now = at(month, day, hour);
  return now >= at(2, sunday(2, 2), 2) && now < at(10, sunday(10, 1), 2);
}

/** Minutes east of UTC of `zone` at the UTC instant `time`. */
export function zoneOffsetAt(zone: DeclaredZone, time: Date): number {
  if (!zone.usDaylight) return zone.offset;
  const standard = new Date(time.getTime() + zone.offset * 60_000);
  return offsetOnWallClock(zone, standard.getUTCFullYear(), standard.getUTCMonth(), standard.getUTCDate(), standard.getUTCHours());
}

/**
 * The zone a timeline declares for its times: in its heading ("Timeline (all times PDT)"), its time column's header
 * ("Time (PST)") or a line above it ("All times are in CEST.", "2015-10-21 (all times UTC)"); null when the text declares
 * none. Read: abbreviations with a fixed offset, "UTC+2" / "UTC-07:00", and the US zones of US_ZONES.
 */
export function declaredZone(written: string): DeclaredZone | null {
  // "(UTC−3)": a typographic minus or dash before the hours is a minus.
  const text = written.replace(/(?<=\b(?:UTC|GMT)\s*)[−–]/gu, '-');
  const found = DECLARED_ZONE.exec(text) ?? ALL_IN_ZONE.exec(text);
  if (!found) return null;
  const name = found[3]?.toUpperCase();
  if (name !== undefined) return zoneNamed(name);
  const hours = Number(found[1]);
  return { offset: hours * 60 + (found[1].startsWith('-') ? -1 : 1) * Number(found[2] ?? 0), usDaylight: false };
}

/** "(PDT)", "(all times PST)", "times in CEST", "All times are UTC-7", "(UTC+02:00)", "(all times PT)". */
const DECLARED_ZONE = new RegExp(String.raw`(?:\(\s*(?:(?:all\s+)?times?\s+(?:are\s+)?(?:in\s+)?)?|\b(?:all\s+)?times\s+(?:are\s+)?(?:in\s+|given\s+in\s+)?)(?:(?:UTC|GMT)\s*([+-]\d{1,2})(?::?(\d{2}))?|(${[...Object.keys(ZONE_OFFSETS).filter((zone) => zone !== 'Z'), ...Object.keys(US_ZONES)].sort((a, b) => b.length - a.length).join('|')}))\b(?!\s+europ)`, 'i');

/** "timeline, all ET, fri jun 5:": a zone in capitals after "all" (case matters: "all art" names none). */
const ALL_IN_ZONE = new RegExp(String.raw`\b[Aa]ll\s+()()(${[...Object.keys(ZONE_OFFSETS).filter((zone) => zone !== 'Z'), ...Object.keys(US_ZONES)].sort((a, b) => b.length - a.length).join('|')})\b`);

/**
 * The zone a time is written in, when it names one ("3 Sep 2026, 07:45 BST", "09:12 -07:00"); null when it names none.
 */
export function writtenZone(raw: string): DeclaredZone | null {
  const { offsetMinutes } = cleanTimeText(raw);
  return offsetMinutes === null ? null : { offset: offsetMinutes, usDaylight: false };
}

/** Times already read, by reference date and text: the editor reads every row of a timeline again after each edit. */
const readTimes = new KeptResults<ParsedTime | null>(20_000);

function readTimelineTime(raw: string, referenceDateUtc: Date | null, zone: DeclaredZone): ParsedTime | null {
  const isoCandidate = raw.trim().replace(/^\[|\]$/g, '');
  if (/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}/.test(isoCandidate)) {
    const hasZone = /(Z|[+-]\d{2}:?\d{2})$/.test(isoCandidate);
    const iso = parseISO(hasZone ? isoCandidate : `${isoCandidate}Z`);
    // Read as UTC when it has no zone: its UTC fields are then the wall clock of the timeline's zone.
    if (isValid(iso)) return { instant: hasZone ? iso : new Date(iso.getTime() - offsetOnWallClock(zone, iso.getUTCFullYear(), iso.getUTCMonth(), iso.getUTCDate(), iso.getUTCHours()) * 60_000), hasDate: true, hasTime: true };
  }
  const { text, offsetMinutes } = cleanTimeText(raw);
  if (text === '') return null;
  // A time without a zone of its own is in the zone its timeline declares, else UTC.
  const offset = (local: Date): number => offsetMinutes ?? offsetAt(zone, local);
  const reference = localReference(referenceDateUtc);
  // Fast paths for the shapes nearly every timeline uses; date-fns tries formats one by one, which adds up on long timelines.
  if (/^\d{1,2}:\d{2}$/.test(text)) {
    const clock = tryFormats(text, ['H:mm'], reference);
    return clock ? { instant: wallClockToUtc(clock, offset(clock)), hasDate: false, hasTime: true } : null;
  }
  if (/^\d{4}-\d{2}-\d{2} \d{1,2}:\d{2}$/.test(text)) {
    const stamp = tryFormats(text, ['yyyy-MM-dd H:mm'], reference);
    return stamp ? { instant: wallClockToUtc(stamp, offset(stamp)), hasDate: true, hasTime: true } : null;
  }
  const withDate = tryFormats(text, DATE_TIME_FORMATS, reference);
  if (withDate) {
    // "03/11/2026 14:02": March 11 or November 3. Either may be meant: the one nearer the incident's date.
    const dayFirst = referenceDateUtc && AMBIGUOUS_SLASH_DATE.test(text) ? tryFormats(text, DAY_FIRST_DATE_TIME_FORMATS, reference) : null;
    const nearer = dayFirst && Math.abs(dayFirst.getTime() - reference.getTime()) < Math.abs(withDate.getTime() - reference.getTime()) ? dayFirst : withDate;
    return { instant: wallClockToUtc(nearer, offset(nearer)), hasDate: true, hasTime: true };
  }
  const monthDay = tryFormats(text, MONTH_DAY_TIME_FORMATS, reference);
  if (monthDay) return { instant: nearestYear(wallClockToUtc(monthDay, offset(monthDay)), referenceDateUtc), hasDate: true, hasTime: true };
  const timeOnly = tryFormats(text, TIME_FORMATS, reference);
  if (timeOnly) {
    if (!/^\d{4}$/.test(text) || Number(text.slice(0, 2)) < 24) {
      return { instant: wallClockToUtc(timeOnly, offset(timeOnly)), hasDate: false, hasTime: true };
    }
  }
  const dateOnly = tryFormats(text, DATE_FORMATS, reference);
  if (dateOnly) return { instant: wallClockToUtc(dateOnly, 0), hasDate: true, hasTime: false };
  const plain = plainDateTime(text);
  if (plain === null || !/\d:\d\d|\d\s?[AP]M\b/.test(plain)) return null;
  const plainWithDate = tryFormats(plain, PLAIN_DATE_TIME_FORMATS, reference);
  if (plainWithDate) return { instant: wallClockToUtc(plainWithDate, offset(plainWithDate)), hasDate: true, hasTime: true };
  const plainMonthDay = tryFormats(plain, PLAIN_MONTH_DAY_TIME_FORMATS, reference);
  if (plainMonthDay) return { instant: nearestYear(wallClockToUtc(plainMonthDay, offset(plainMonthDay)), referenceDateUtc), hasDate: true, hasTime: true };
  return null;
}

/** A weekday's name before a date: "Friday ", "Fri, ", "Tues. ". */
const LEADING_WEEKDAY = /^(?:mon|tues?|wed(?:nes)?|thu(?:rs?)?|fri|sat(?:ur)?|sun)(?:day)?\.?,?\s(?=[\p{L}\d])/iu;

/** Parses a calendar date ("2024-10-25", "Mar 15 2026", "February 4th, 2019") to YYYY-MM-DD, or null. */
/** A weekday as Portuguese, Spanish, French, German and Italian write it, before a date. */
const WEEKDAY_ELSEWHERE = /^(?:(?:segunda|ter[cç]a|quarta|quinta|sexta)-feira|s[aá]bado|domingo|lunes|martes|mi[eé]rcoles|jueves|viernes|lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche|montag|dienstag|mittwoch|donnerstag|freitag|samstag|sonntag|luned[iì]|marted[iì]|mercoled[iì]|gioved[iì]|venerd[iì]|sabato|domenica)\.?,?\s+(?=\d)/iu;

/** A date written in numbers only, day first: "03/06/2026", "3.6.2026". */
const DAY_FIRST_DATE_FORMATS = ['dd/MM/yyyy', 'd/M/yyyy', 'dd.MM.yyyy', 'd.M.yyyy'];

/** A parsed day as YYYY-MM-DD, or null when its year is none a postmortem would name. */
function calendarString(parsed: Date | null): string | null {
  if (!parsed) return null;
  const year = parsed.getFullYear();
  if (year < 1970 || year > 2200) return null;
  return lightFormat(parsed, 'yyyy-MM-dd');
}

export function parseCalendarDate(raw: string, referenceDateUtc: Date | null = null): string | null {
  // "Friday 4 December", "Friday, December 4th": the weekday before a date adds nothing to it.
  const cleaned = raw.replace(/[*_`]/g, '').replace(/\s+/g, ' ').trim().replace(/[.,;]$/, '').replace(LEADING_WEEKDAY, '');
  // "quarta-feira, 03/06/2026", "mardi 03/06/2026": a weekday in a language that writes the day first says the numbers
  // after it are day, month, year.
  const text = cleaned.replace(WEEKDAY_ELSEWHERE, '');
  if (text === '') return null;
  const reference = localReference(referenceDateUtc);
  if (text !== cleaned && /^\d{1,2}[/.]\d{1,2}[/.]\d{4}$/.test(text)) return calendarString(tryFormats(text, DAY_FIRST_DATE_FORMATS, reference));
  const iso = /^\d{4}-\d{2}-\d{2}(T.*)?$/.test(text) ? parseISO(text.slice(0, 10)) : null;
  // "4/21/23": a two-digit year, which the four-digit formats would read as the year 23.
  const shortYear = /^\d{1,2}\/\d{1,2}\/\d{2}$/.test(text) ? tryFormats(text, ['M/d/yy'], reference) : null;
  const parsed = (iso && isValid(iso) ? iso : null)
    ?? shortYear
    ?? tryFormats(text, DATE_FORMATS, reference)
    ?? tryFormats(text, ['MMM d', 'MMMM d', 'MMMM do', 'MMM do', 'd MMM', 'd MMMM', 'do MMMM', 'do MMM', 'do \'of\' MMMM', 'M/d', 'EEEE, MMMM d', 'EEEE MMMM d'], reference);
  return calendarString(parsed);
}

/** The day of an instant on the wall clock of a zone, as midnight UTC: the next row's reference. */
export function localDay(time: Date, zone: DeclaredZone): Date {
  return utcDate(new Date(time.getTime() + zoneOffsetAt(zone, time) * 60_000).toISOString().slice(0, 10));
}

/** Midnight UTC of a YYYY-MM-DD date. */
export function utcDate(isoDate: string): Date {
  const [y, m, d] = isoDate.split('-').map(Number);
  return new Date(Date.UTC(y, m - 1, d));
}

/**
 * Where a timeline of offsets says what it counts from: "T0 is 2026-10-03 14:05 UTC", "T+0 = 14:05", "T0: 2026-10-03
 * 14:05". The words after the time ("T0 is 14:05 UTC when the change reached all regions") are not part of it.
 */
const ZERO_HOUR = /\bT[ \t]?(?:0|\+[ \t]?0)[ \t]*(?:is|was|=|:)[ \t]*(?:at[ \t]+)?([^.;,\n()]{3,40})/;

/** The instant a timeline written as offsets ("T+6m") counts from, as the text above it names it; null when it names none. */
export function zeroHour(text: string, referenceDateUtc: Date | null, zone: DeclaredZone): Date | null {
  const found = ZERO_HOUR.exec(text);
  if (found === null) return null;
  // The longest run of its words that reads as a time: "14:05 UTC when the change …" is "14:05 UTC".
  const words = found[1].trim().split(/\s+/);
  for (let count = Math.min(words.length, 6); count > 0; count--) {
    const parsed = parseTimelineTime(words.slice(0, count).join(' '), referenceDateUtc, zone);
    if (parsed?.hasTime) return parsed.instant;
  }
  return null;
}

/** "T+6m", "T+1h12m", "T-5m", "T+0", "T+1:05", "T + 2 h": an offset from the zero hour, in days, hours and minutes. */
const OFFSET = /^T[ \t]?([+-])[ \t]?(?:(\d{1,3}):(\d{2})|(?:(\d{1,3})[ \t]?d(?:ays?)?[ \t]?)?(?:(\d{1,3})[ \t]?h(?:rs?|ours?)?[ \t]?)?(?:(\d{1,4})[ \t]?m(?:ins?|inutes?)?)?|(\d{1,4}))$/i;

/** The time of a row written as an offset from the zero hour ("T+6m"), or null when it is not one. */
export function timeFromZeroHour(raw: string, zero: Date): ParsedTime | null {
  const found = OFFSET.exec(raw.replace(/[*_`]/g, '').trim());
  if (found === null) return null;
  const [, sign, clockHours, clockMinutes, days, hours, minutes, bare] = found;
  if ([clockHours, days, hours, minutes, bare].every((part) => part === undefined)) return null;
  const total = clockHours !== undefined
    ? Number(clockHours) * 60 + Number(clockMinutes)
    : Number(days ?? 0) * 1440 + Number(hours ?? 0) * 60 + Number(minutes ?? bare ?? 0);
  return { instant: new Date(zero.getTime() + (sign === '-' ? -1 : 1) * total * 60_000), hasDate: true, hasTime: true };
}

