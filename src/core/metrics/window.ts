// The moments a postmortem without a timeline gives in its prose: a window of impact ("Between 16:05 and 16:52 UTC on
// October 27, 2026, about 6% of requests failed"), or times told one clause each ("Beginning at 9:37 AM CET, … At
// 10:58 AM CET, error rates returned to normal …, and by 11:24 AM CET the service had fully recovered"). Status pages
// and providers' event summaries often say when it started and ended nowhere else.
import type { Paragraph } from 'mdast';
import { rangeOf } from '../markdown/parse';
import { dayTheProseNames, PROSE_DATE, tellingParagraphs, type TellingParagraph } from '../model/proseDay';
import { sectionLocator } from '../model/sections';
import type { PostmortemDocument } from '../model/types';
import type { LineIndex } from '../text/lines';
import { FULL_YEAR, parseCalendarDate, parseTimelineTime, utcDate } from '../time/parseTime';
import type { Moment } from './types';

/**
 * A clock time: "16:05", "4:05 pm", "9:37 AM", "2:04:17 PM", "4pm", "4 p.m." (not the full stop after "8PM."), and as
 * British prose writes it, "6.45am", "14.30" (two digits each side, not a share or a size: "14.30%", "10.50 GB").
 */
const CLOCK = String.raw`\d{1,2}:\d{2}(?::\d{2})?(?:[ \t]?[AaPp](?:\.[Mm]\.|[Mm]))?|\d{1,2}\.\d{2}[ \t]?[AaPp](?:\.[Mm]\.|[Mm])|(?:[01]\d|2[0-3])\.[0-5]\d(?![\d%]|[ \t]?(?:%|per\b|[kKMGT]?B\b|ms\b|s\b|x\b|times\b))|\d{1,2}[ \t]?[AaPp](?:\.[Mm]\.|[Mm])`;
/** A clock read as written: "6.45am" is 6:45am. */
const colon = (clock: string): string => clock.replace(/^(\d{1,2})\./u, '$1:');
/** A zone written after a clock: "UTC", "PDT", "UTC+2" (capitals: "on" or "and" after a time is no zone). */
const ZONE = String.raw`[A-Z]{2,5}(?:[+-]\d{1,2}(?::?\d{2})?)?\b`;
/** A time given roughly: "from about 7:08 UTC". */
const ABOUT = String.raw`(?:(?:about|around|approximately|roughly|circa|ca\.|~)[ \t]*)?`;
/** "between 16:05 and 16:52 UTC", "from 09:12 UTC to 11:40 UTC", "from 4:05 pm until 4:52 pm PDT". */
const WINDOW = new RegExp(String.raw`\b(?:[Bb]etween|[Ff]rom)[ \t]+${ABOUT}(${CLOCK})(?:[ \t]+(${ZONE}))?[ \t]+(?:and|to|until|till|through|[-–])[ \t]+${ABOUT}(${CLOCK})(?:[ \t]+(${ZONE}))?`, 'g');
/** "… on October 27, 2026", "… on 2026-10-27", "… (October 27)" just after the window. */
const DATE_AFTER = new RegExp(String.raw`^[ \t]*(?:,[ \t]*)?(?:on[ \t]+|\()(${PROSE_DATE})`);
/** "On October 27, 2026, between …": the date just before it. */
const DATE_BEFORE = new RegExp(String.raw`\b[Oo]n[ \t]+(${PROSE_DATE}),?[ \t]*$`);

/**
 * A time that opens a clause of the story: "Beginning at 9:37 AM CET,", "At 10:58 AM CET,", "by 11:24 AM CET", "Around
 * 09:50 (CEST)".
 */
const TIMED_CLAUSE = new RegExp(String.raw`\b(?:[Bb]eginning|[Ss]tarting)?[ \t]*(?:[Aa]t|[Bb]y|[Aa]round|[Uu]ntil)\s+${ABOUT}(${CLOCK})(?:[ \t]+\(?(${ZONE})\)?)?`, 'g');
/** How many timed clauses make the prose a timeline. */
const FEWEST_CLAUSES = 2;

/** How much of the text before a window may name its date. */
const BEFORE_REACH = 60;

const DAY_MS = 24 * 60 * 60 * 1000;

export interface ProseWindow {
  started: Moment;
  resolved: Moment;
}

/**
 * What the summary and the account of what happened tell of the moments, their paragraphs read once: the first window of
 * impact they give, and their timed clauses (see proseEvents).
 */
export function readProse(doc: PostmortemDocument, lines: LineIndex): { window: ProseWindow | null; events: ProseEvent[] } {
  const telling = tellingParagraphs(doc.ast, sectionLocator(doc.sections));
  return { window: proseWindow(telling, doc, lines), events: proseEvents(telling, doc, lines) };
}

/** The first window of impact the telling paragraphs give, or null. */
function proseWindow(telling: readonly TellingParagraph[], doc: PostmortemDocument, lines: LineIndex): ProseWindow | null {
  for (const { paragraph, text } of telling) {
    const found = windowIn(paragraph, text, doc, lines);
    if (found) return found;
  }
  return null;
}

function windowIn(paragraph: Paragraph, text: string, doc: PostmortemDocument, lines: LineIndex): ProseWindow | null {
  // "from about 7:08 UTC until 10:40 UTC, and again from 19:03 UTC until 19:19 UTC": from the first start to the last end.
  const windows = [...text.matchAll(WINDOW)].map((match) => readWindow(match, text, doc)).filter((w) => w !== null);
  if (windows.length === 0) return null;
  const range = rangeOf(paragraph);
  const moment = (time: Date, evidence: string, dated: boolean): Moment => ({ time, source: 'summary', line: lines.positionAt(range.start).line + 1, range, evidence, dated });
  const first = windows[0];
  const last = windows.reduce((latest, w) => (w.end > latest.end ? w : latest));
  return { started: moment(first.start, first.evidence, first.dated), resolved: moment(last.end, last.evidence, last.dated) };
}

interface ReadWindow {
  start: Date;
  end: Date;
  evidence: string;
  dated: boolean;
}

/** A change made in the window ("were merged to prod between 2 AM and 2.30 AM"): when the cause went in, not the impact. */
const CHANGE_BEFORE = /\b(?:merged|deployed|released|rolled\s+out|applied|pushed|shipped|scheduled|planned)(?:\s+\S+){0,3}\s*$/iu;

function readWindow(match: RegExpMatchArray, text: string, doc: PostmortemDocument): ReadWindow | null {
  const [whole, from, fromZone, to, toZone] = match;
  const at = match.index ?? 0;
  if (CHANGE_BEFORE.test(text.slice(Math.max(0, at - 40), at))) return null;
  const zone = toZone ?? fromZone;
  const reference = doc.incidentDate ? utcDate(doc.incidentDate) : null;
  const written = DATE_AFTER.exec(text.slice(at + whole.length))?.[1] ?? DATE_BEFORE.exec(text.slice(Math.max(0, at - BEFORE_REACH), at))?.[1];
  // A day without a year ("on August 10th") is only read against a known date: else its year would be a guess.
  const day = written === undefined || (reference === null && !FULL_YEAR.test(written)) ? null : parseCalendarDate(written, reference);
  const dayOf = day ? utcDate(day) : reference;
  const read = (clock: string) => parseTimelineTime(zone ? `${colon(clock)} ${zone}` : colon(clock), dayOf, doc.zone);
  const start = read(from);
  const end = read(to);
  if (!start?.hasTime || !end?.hasTime) return null;
  // "between 23:40 and 00:15": the window crossed midnight.
  return { start: start.instant, end: end.instant < start.instant ? new Date(end.instant.getTime() + DAY_MS) : end.instant, evidence: whole, dated: dayOf !== null };
}

/** A moment a timed clause of the prose tells: its time, and the clause up to the next one or the sentence's end. */
export interface ProseEvent {
  time: Date;
  text: string;
  moment: Moment;
}

/**
 * The timed clauses of the summary and the account of what happened, in time order, when there are at least two: a
 * timeline told in prose. Empty otherwise.
 */
function proseEvents(telling: readonly TellingParagraph[], doc: PostmortemDocument, lines: LineIndex): ProseEvent[] {
  // Without a date of its own, the day the prose says it happened on, when it names the year.
  const written = doc.incidentDate === null ? dayTheProseNames(telling.map(({ text }) => text)) : null;
  const day = written !== null ? utcDate(written) : doc.incidentDate ? utcDate(doc.incidentDate) : null;
  const events: ProseEvent[] = [];
  telling.forEach(({ paragraph, text }) => {
    const range = rangeOf(paragraph);
    for (const clause of timedClauses(text)) {
      const parsed = parseTimelineTime(clause.zone ? `${colon(clause.clock)} ${clause.zone}` : colon(clause.clock), day, doc.zone);
      if (!parsed?.hasTime) continue;
      const time = parsed.instant;
      events.push({ time, text: clause.text, moment: { time, source: 'summary', line: lines.positionAt(range.start).line + 1, range, evidence: clause.text, dated: day !== null } });
    }
  });
  // Prose tells the story out of order ("At 02:22 we opened a ticket … the outage had begun at 02:01"): in time order.
  return events.length >= FEWEST_CLAUSES ? events.sort((a, b) => a.time.getTime() - b.time.getTime()) : [];
}

interface TimedClause {
  clock: string;
  zone: string | undefined;
  /** What happened at that time, as the prose tells it. */
  text: string;
}

/**
 * Where a sentence ends: a full stop, question or exclamation mark before a blank or the end ("1.23.1" goes on). The
 * stop of "a.m." or "p.m." ends one only before a capital or the end ("At 9:20 a.m. our alert paged …" goes on).
 */
const SENTENCE_END = /(?<![aApP]\.[mM])[.!?](?=\s|$)|(?<=[aApP]\.[mM])\.(?=\s+[^\sa-z]|\s*$)/g;
/** Where a clause begins within its sentence: after a comma, semicolon or colon (not one inside "4,100" or "14:45"). */
const CLAUSE_START = /[,:](?!\d)\s*|(?<!\d)[,:]\s*|;\s*/g;
/** What may stand between a clause's start and a time that opens it: "and by 11:24 …", "2023-01-25 at 09:15 UTC, …". */
const CONNECTIVE = new RegExp(String.raw`^\s*(?:(?:and|but|then|so|while|which|when)\b\s*)?(?:(?:on\s+)?(?:${PROSE_DATE}),?\s*)?$`, 'i');

/**
 * The timed clauses of a paragraph. A time that opens its clause ("At 10:58 AM CET, error rates returned …", ", and by
 * 11:24 AM CET the service had fully recovered") tells what follows it, up to the next time or the sentence's end; one
 * that closes its clause ("… temporary files deleted by hand at 14:45,", "… we reverted the release - an action
 * completed by 15:56 UTC.") tells the clause before it.
 */
function timedClauses(text: string): TimedClause[] {
  const mentions = [...text.matchAll(TIMED_CLAUSE)];
  const ends = [...text.matchAll(SENTENCE_END)].map((m) => m.index + 1);
  const starts = [...text.matchAll(CLAUSE_START)].map((m) => m.index + m[0].length);
  // Mentions come in order: one pointer into each list finds the sentence and clause around each (linear overall).
  let end = 0;
  let clause = 0;
  const around = mentions.map((m) => {
    while (end < ends.length && ends[end] <= m.index) end++;
    while (clause < starts.length && starts[clause] <= m.index) clause++;
    const sentenceStart = end === 0 ? 0 : ends[end - 1];
    const clauseStart = Math.max(sentenceStart, clause === 0 ? 0 : starts[clause - 1]);
    return { sentenceStart, clauseStart, sentenceEnd: ends[end] ?? text.length };
  });
  const closes = mentions.map((m, i) => {
    const after = m.index + m[0].length;
    // "… acknowledged at 9:26 a.m. At 9:32 …": the stop of "a.m." before a capital closed the sentence.
    if (/[AaPp]\.[Mm]\.$/.test(m[0]) && /^(?:\s+[^\sa-z]|\s*$)/.test(text.slice(after, after + 3))) return true;
    const following = /^[\s)]*(?:([.!?]|$)|[,;]|(?:and|but|then)\b)/i.exec(text.slice(after, after + 40));
    // Followed by the sentence's end, it closes it ("…, by 8PM."); by a comma or "and", only one told after its clause's
    // words ("… discovered and reported internally by 22:50 GMT and resolved at 23:01 GMT").
    return following !== null && (following[1] !== undefined || !CONNECTIVE.test(text.slice(around[i].clauseStart, m.index)));
  });
  // Where the clause a closing time tells begins: its own, or the one before it when it stands alone ("… and was
  // resolved the same day, by 8PM.").
  const toldFrom = mentions.map((m, i) => {
    const previous = mentions[i - 1];
    const previousEnd = previous !== undefined && previous.index >= around[i].sentenceStart ? previous.index + previous[0].length : around[i].sentenceStart;
    return CONNECTIVE.test(text.slice(around[i].clauseStart, m.index)) ? previousEnd : Math.max(previousEnd, around[i].clauseStart);
  });
  return mentions.map((m, i) => {
    const after = m.index + m[0].length;
    const next = mentions[i + 1];
    const sentenceEnd = around[i].sentenceEnd;
    // A time later in the same sentence that closes its clause takes that clause: this one's ends where it begins.
    const end = next === undefined ? Math.min(text.length, sentenceEnd) : next.index < sentenceEnd && closes[i + 1] ? toldFrom[i + 1] : Math.min(next.index, sentenceEnd);
    const told = closes[i] ? text.slice(toldFrom[i], after) : text.slice(m.index, Math.max(end, after));
    return { clock: m[1], zone: m[2], text: told.replace(/\s+/g, ' ').trim() };
  });
}

