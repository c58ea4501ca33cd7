// Reads the due dates people write on action items, exact ("Jul 17, 2023", "17/07/2023") or approximate ("Q3 2023", "end of March").
import { addDays, addMonths, addQuarters, endOfMonth, endOfQuarter, lightFormat, getISOWeek, isValid, parse, setISOWeek, startOfISOWeek } from 'date-fns';
import { parseCalendarDate } from './parseTime';

export interface DueDate {
  /** YYYY-MM-DD: the day itself, or the last day of the period an approximate date names. */
  date: string;
  /** True for a period ("Q3 2023", "end of March", "H2"): the item is due by its last day, not on a known day. */
  approximate: boolean;
}

const MONTH = String.raw`(jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)`;
const YEAR = String.raw`(\d{4}|'\d{2})`;
/** "Q3 2023", "2023 Q3", "Q3/2023", "Q3 FY2023", "end of Q3", "Q3". */
const QUARTER = new RegExp(String.raw`^(?:(?:by|before|in|during)\s+)?(?:(?:the\s+)?end\s+of\s+)?(?:${YEAR}[\s/-]+)?q([1-4])(?:[\s/-]+(?:fy\s*)?${YEAR})?$`, 'i');
/** "H2 2023", "2nd half of 2023", "H1". */
const HALF = new RegExp(String.raw`^(?:(?:by|before|in|during)\s+)?(?:(?:the\s+)?end\s+of\s+)?(?:h([12])|([12])(?:st|nd)\s+half(?:\s+of)?)(?:[\s/-]+${YEAR})?$`, 'i');
/** "end of March", "mid-April 2024", "early May", "late June", "March 2024", "by the end of March", "before June". */
const MONTH_PERIOD = new RegExp(String.raw`^(?:(by|before|in|during)\s+)?(?:(?:the\s+)?(end|beginning|start|middle)\s+of\s+|(mid|early|late)[\s-]+)?${MONTH}\.?(?:,?\s+${YEAR})?$`, 'i');
/**
 * The day of its month a part of a month is due by: "early May", "the beginning of May" by the 10th, "mid-May" by the
 * 15th, the end or "late May" by its last day; "before June" by the last day of May.
 */
function monthPartDay(year: number, month: number, lead: string | undefined, part: string | undefined): Date {
  const which = part?.toLowerCase();
  if (which === 'early' || which === 'beginning' || which === 'start') return new Date(year, month, 10);
  if (which === 'mid' || which === 'middle') return new Date(year, month, 15);
  if (which === undefined && lead?.toLowerCase() === 'before') return new Date(year, month, 0);
  return endOfMonth(new Date(year, month, 1));
}
/** "end of 2023", "EOY 2023", "end of year". */
const YEAR_END = new RegExp(String.raw`^(?:(?:by|before)\s+)?(?:(?:the\s+)?end\s+of\s+(?:the\s+)?(?:year\s*)?|eoy\s*)${YEAR}?$`, 'i');

/** "2026-W50", "W50 2026", "week 50", "CW 50", "KW50": a week by its ISO number. */
export const ISO_WEEK_TEXT = String.raw`(?:\d{4}-?w\d{1,2}|(?:wk|week|cw|kw)\s?\d{1,2}(?:[\s,/]+\d{4})?|w\d{1,2}[\s,/]+\d{4})`;
const ISO_WEEK = new RegExp(String.raw`^(?:(?:by|in|during|due|before)\s+)?(?:(\d{4})-?w(\d{1,2})|(?:wk|week|cw|kw)\s?(\d{1,2})(?:[\s,/]+(\d{4}))?|w(\d{1,2})[\s,/]+(\d{4}))$`, 'i');

/** The Friday of ISO week `week` of `year` (the week's last working day); an invalid date for a week the year lacks. */
function isoWeekFriday(year: number, week: number): Date {
  const friday = addDays(startOfISOWeek(setISOWeek(new Date(year, 0, 4), week)), 4);
  // Only some years have a week 53: in the others it would be the next year's week 1.
  return getISOWeek(friday) === week ? friday : new Date(Number.NaN);
}

/** How many days, weeks or months: "2", "two", "a". */
const COUNT = String.raw`(?:\d{1,2}|a|one|two|three|four|six)`;
/** The words before a relative due date: "by", "due", "in", "within the". */
const RELATIVE_LEAD = String.raw`(?:by|before|due|on|in|within)\s+(?:the\s+)?`;
/**
 * A due date counted from the day written ("EOW", "by end of next week", "next Friday", "EOM", "EOQ", "in 2 weeks"),
 * read from the document's date. "Next sprint", "ASAP" or "soon" name no day.
 */
export const RELATIVE_DUE_TEXT = String.raw`(?:eo[dwmq]|(?:the\s+)?end\s+of\s+(?:the\s+)?(?:(?:this|next)\s+)?(?:day|week|month|quarter)|(?:this|next)\s+(?:week|month|quarter)|(?:(?:this|next)\s+)?(?:mon|tues?|wed(?:nes)?|thu(?:rs?)?|fri|sat(?:ur)?|sun)(?:day)?|${COUNT}\s+(?:days?|weeks?|months?)\s+from\s+now)`;
const RELATIVE = new RegExp(String.raw`^(?:${RELATIVE_LEAD})?(?:${RELATIVE_DUE_TEXT}|${COUNT}\s+(?:days?|weeks?|months?))$`, 'i');
const LEADING_WORDS = new RegExp(`^${RELATIVE_LEAD}`);
const COUNTED = new RegExp(String.raw`^(${COUNT})\s+(day|week|month)`);
const COUNT_WORDS: Record<string, number> = { a: 1, one: 1, two: 2, three: 3, four: 4, six: 6 };
const WEEKDAY_INDEX: Record<string, number> = { sun: 0, mon: 1, tue: 2, wed: 3, thu: 4, fri: 5, sat: 6 };

/** Whether a due date is written as counted from the day it was written ("Friday", "EOW", "in 2 weeks"). */
export function isRelativeDue(raw: string): boolean {
  return RELATIVE.test(raw.replace(/\s+/g, ' ').trim().replace(/[.,;]$/, ''));
}

/** The day a relative due date names, counted from the reference day (given as a local date of its UTC day). */
function relativeDay(text: string, day: Date): Date | null {
  const words = text.toLowerCase().replace(LEADING_WORDS, '');
  const next = /\bnext\b/.test(words) ? 1 : 0;
  const count = COUNTED.exec(words);
  if (count) {
    const n = COUNT_WORDS[count[1]] ?? Number(count[1]);
    return count[2] === 'day' ? addDays(day, n) : count[2] === 'week' ? addDays(day, 7 * n) : addMonths(day, n);
  }
  if (/^eod$|\bday$/.test(words)) return day;
  if (/^eom$|\bmonth$/.test(words)) return endOfMonth(addMonths(day, next));
  if (/^eoq$|\bquarter$/.test(words)) return endOfQuarter(addQuarters(day, next));
  // The end of a week is its Friday: the first on or after the day; next week's is the Friday of the week (Monday to
  // Sunday) after the day's, so from a weekend both are the coming Friday.
  if (/^eow$|\bweek$/.test(words)) return next ? addDays(day, 4 - ((day.getDay() + 6) % 7) + 7) : addDays(day, (5 - day.getDay() + 7) % 7);
  const weekday = /(mon|tue|wed|thu|fri|sat|sun)[a-z]*$/.exec(words);
  if (!weekday) return null;
  // "Friday" is the first Friday after the day; "next Friday" the one after that when the first falls in the same week.
  const first = addDays(day, ((WEEKDAY_INDEX[weekday[1]] - day.getDay() + 7) % 7) || 7);
  const sameWeek = first.getDay() > day.getDay() && day.getDay() !== 0;
  return next && sameWeek ? addDays(first, 7) : first;
}

function fullYear(text: string | undefined): number | null {
  if (!text) return null;
  return text.startsWith("'") ? 2000 + Number(text.slice(1)) : Number(text);
}

/** A period without a year is the first one ending on or after the reference date (the incident's). */
function periodEnd(year: number | null, reference: Date | null, endIn: (year: number) => Date): Date | null {
  if (year !== null) return endIn(year);
  if (!reference) return null;
  const sameYear = endIn(reference.getUTCFullYear());
  const referenceDay = lightFormat(new Date(reference.getUTCFullYear(), reference.getUTCMonth(), reference.getUTCDate()), 'yyyy-MM-dd');
  // A period the year does not have (an invalid date: week 53 of most years) ends in the next year, if at all.
  return isValid(sameYear) && lightFormat(sameYear, 'yyyy-MM-dd') >= referenceDay ? sameYear : endIn(reference.getUTCFullYear() + 1);
}

function approximate(date: Date | null): DueDate | null {
  return date && isValid(date) ? { date: lightFormat(date, 'yyyy-MM-dd'), approximate: true } : null;
}

/** A year in a date as written: "2026", "'26", "3/15/26". */
const WRITES_A_YEAR = /\d{4}|'\d{2}\b|\d[/.-]\d{1,2}[/.-]\d{2}\b/;

/** Months as French, German and Spanish write them, by the English month of the same letters' position. */
const MONTHS_ELSEWHERE = 'janvier|février|mars|avril|mai|juin|juillet|août|septembre|octobre|novembre|décembre|januar|februar|märz|april|mai|juni|juli|august|september|oktober|november|dezember|enero|febrero|marzo|abril|mayo|junio|julio|agosto|septiembre|octubre|noviembre|diciembre'.split('|');
const ENGLISH_MONTHS = 'January February March April May June July August September October November December'.split(' ');
const ELSEWHERE = new RegExp(String.raw`^(?:fin(?:\s+de\s+|\s+d['’]\s*|\s+)|ende\s+|finales\s+de\s+)|\b(?:${MONTHS_ELSEWHERE.join('|')})\b|\bT([1-4])\b`, 'giu');

/** "the second quarter": a quarter told in words. */
const QUARTER_IN_WORDS = /\b(?:the\s+)?(first|second|third|fourth)\s+quarter\b/i;
const QUARTER_NUMBERS: Record<string, number> = { first: 1, second: 2, third: 3, fourth: 4 };

/** Relative periods as Portuguese, Spanish and French write them: "até o fim do mês", "próximo trimestre", "fin du mois". */
const PERIODS_ELSEWHERE: readonly [RegExp, string][] = [
  [/^(?:at[ée]\s+(?:o\s+|a\s+)?|hasta\s+(?:el\s+)?|d['’]ici\s+(?:la\s+)?)/iu, 'by '],
  [/(?<![\p{L}])(?:(?:o|el|la)\s+)?(?:fim|final|fin|finales)\s+(?:do|del|de|du)\s+(?:m[eê]s|mois)(?![\p{L}])/iu, 'end of this month'],
  [/(?<![\p{L}])(?:(?:o|el|le)\s+)?(?:pr[oó]ximo\s+trimestre|trimestre\s+prochain)(?![\p{L}])/iu, 'next quarter'],
  [/(?<![\p{L}])(?:(?:a|la)\s+)?(?:pr[oó]xima\s+semana|semaine\s+prochaine)(?![\p{L}])/iu, 'next week'],
  [/(?<![\p{L}])(?:(?:o|el)\s+)?(?:pr[oó]ximo\s+m[eê]s|mois\s+prochain)(?![\p{L}])/iu, 'next month'],
];

/** "fin juin 2026", "Ende Juni", "T3 2026" (a trimestre), "end of the second quarter" in the English the patterns below read. */
function inEnglish(text: string): string {
  const periods = PERIODS_ELSEWHERE.reduce((written, [pattern, english]) => written.replace(pattern, english), text);
  return periods.replace(QUARTER_IN_WORDS, (_, ordinal: string) => `Q${QUARTER_NUMBERS[ordinal.toLowerCase()]}`).replace(ELSEWHERE, (word: string, quarter?: string) => {
    if (quarter !== undefined) return `Q${quarter}`;
    const month = MONTHS_ELSEWHERE.indexOf(word.toLowerCase());
    return month === -1 ? 'end of ' : ENGLISH_MONTHS[month % 12];
  });
}

/** A due date from a cell or field value; null when the text is not a date people would act on. */
export function parseDueDate(raw: string, reference: Date | null): DueDate | null {
  const text = inEnglish(raw.replace(/[*_`~]/g, '').replace(/\s+/g, ' ').trim().replace(/[.,;]$/, ''));
  if (text === '') return null;
  // A day without a year ("by October 15") in a document with no date of its own names no year to read it in.
  const exact = reference !== null || WRITES_A_YEAR.test(text) ? parseCalendarDate(text.replace(/^(?:by|before|on|due)\s+(?:the\s+)?/i, ''), reference) : null;
  if (exact) return { date: exact, approximate: false };
  const quarter = QUARTER.exec(text);
  if (quarter) {
    const q = Number(quarter[2]);
    return approximate(periodEnd(fullYear(quarter[1] ?? quarter[3]), reference, (y) => endOfQuarter(new Date(y, (q - 1) * 3, 1))));
  }
  const half = HALF.exec(text);
  if (half) {
    const h = Number(half[1] ?? half[2]);
    return approximate(periodEnd(fullYear(half[3]), reference, (y) => endOfMonth(new Date(y, h === 1 ? 5 : 11, 1))));
  }
  const month = MONTH_PERIOD.exec(text);
  if (month) {
    const [, lead, partOf, partWord, monthName, year] = month;
    const monthIndex = parse(monthName.slice(0, 3), 'MMM', new Date(2000, 0, 1)).getMonth();
    return approximate(periodEnd(fullYear(year), reference, (y) => monthPartDay(y, monthIndex, lead, partOf ?? partWord)));
  }
  const week = ISO_WEEK.exec(text);
  if (week) {
    const number = Number(week[2] ?? week[3] ?? week[5]);
    if (number < 1 || number > 53) return null;
    return approximate(periodEnd(fullYear(week[1] ?? week[4] ?? week[6]), reference, (y) => isoWeekFriday(y, number)));
  }
  const yearEnd = YEAR_END.exec(text);
  if (yearEnd) return approximate(periodEnd(fullYear(yearEnd[1]), reference, (y) => new Date(y, 11, 31)));
  if (reference && RELATIVE.test(text)) return approximate(relativeDay(text, new Date(reference.getUTCFullYear(), reference.getUTCMonth(), reference.getUTCDate())));
  return null;
}
