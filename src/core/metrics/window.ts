// The window of impact a postmortem without a timeline gives in its prose: "Between 16:05 and 16:52 UTC on October 27,
// 2026, about 6% of requests failed." Status-page postmortems often say when it started and ended nowhere else.
import type { Paragraph, RootContent } from 'mdast';
import { plainText, rangeOf } from '../markdown/parse';
import { sectionLocator } from '../model/sections';
import type { PostmortemDocument, SectionKind } from '../model/types';
import type { LineIndex } from '../text/lines';
import { FULL_YEAR, parseCalendarDate, parseTimelineTime, utcDate } from '../time/parseTime';
import type { Moment } from './types';

/** A clock time: "16:05", "4:05 pm", "4pm". */
const CLOCK = String.raw`\d{1,2}:\d{2}(?:[ \t]?[ap]\.?m\.?)?|\d{1,2}[ \t]?[ap]\.?m\.?`;
/** A zone written after a clock: "UTC", "PDT", "UTC+2" (capitals: "on" or "and" after a time is no zone). */
const ZONE = String.raw`[A-Z]{2,5}(?:[+-]\d{1,2}(?::?\d{2})?)?\b`;
/** A time given roughly: "from about 7:08 UTC". */
const ABOUT = String.raw`(?:(?:about|around|approximately|roughly|circa|ca\.|~)[ \t]*)?`;
/** "between 16:05 and 16:52 UTC", "from 09:12 UTC to 11:40 UTC", "from 4:05 pm until 4:52 pm PDT". */
const WINDOW = new RegExp(String.raw`\b(?:[Bb]etween|[Ff]rom)[ \t]+${ABOUT}(${CLOCK})(?:[ \t]+(${ZONE}))?[ \t]+(?:and|to|until|till|through|[-–])[ \t]+${ABOUT}(${CLOCK})(?:[ \t]+(${ZONE}))?`, 'g');
/** "… on October 27, 2026", "… on 2026-10-27", "… (October 27)" just after the window. */
const DATE_AFTER = /^[ \t]*(?:,[ \t]*)?(?:on[ \t]+|\()((?:[A-Za-z]+,?[ \t]+)?(?:[A-Za-z]+[ \t]+\d{1,2}(?:st|nd|rd|th)?(?:,?[ \t]+\d{4})?|\d{1,2}(?:st|nd|rd|th)?[ \t]+[A-Za-z]+(?:[ \t]+\d{4})?|\d{4}-\d{2}-\d{2}))/;
/** "On October 27, 2026, between …": the date just before it. */
const DATE_BEFORE = /\b[Oo]n[ \t]+((?:[A-Za-z]+,?[ \t]+)?(?:[A-Za-z]+[ \t]+\d{1,2}(?:st|nd|rd|th)?(?:,?[ \t]+\d{4})?|\d{1,2}(?:st|nd|rd|th)?[ \t]+[A-Za-z]+(?:[ \t]+\d{4})?|\d{4}-\d{2}-\d{2})),?[ \t]*$/;

/** Where a window in prose tells the impact: the summary and what it says happened, not the causes or the plans. */
const TELLING: ReadonlySet<SectionKind | null> = new Set<SectionKind | null>([null, 'summary', 'impact', 'timeline', 'resolution']);
/** How much of the text before a window may name its date. */
const BEFORE_REACH = 60;

const DAY_MS = 24 * 60 * 60 * 1000;

export interface ProseWindow {
  started: Moment;
  resolved: Moment;
}

/** The first window of impact the document's summary or account of what happened gives, or null. */
export function proseWindow(doc: PostmortemDocument, lines: LineIndex): ProseWindow | null {
  const at = sectionLocator(doc.sections);
  for (const node of doc.ast.children as RootContent[]) {
    if (node.type !== 'paragraph' || !TELLING.has(at(rangeOf(node).start)?.effectiveKind ?? null)) continue;
    const found = windowIn(node, doc, lines);
    if (found) return found;
  }
  return null;
}

function windowIn(paragraph: Paragraph, doc: PostmortemDocument, lines: LineIndex): ProseWindow | null {
  const text = plainText(paragraph);
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

function readWindow(match: RegExpMatchArray, text: string, doc: PostmortemDocument): ReadWindow | null {
  const [whole, from, fromZone, to, toZone] = match;
  const at = match.index ?? 0;
  const zone = toZone ?? fromZone;
  const reference = doc.incidentDate ? utcDate(doc.incidentDate) : null;
  const written = DATE_AFTER.exec(text.slice(at + whole.length))?.[1] ?? DATE_BEFORE.exec(text.slice(Math.max(0, at - BEFORE_REACH), at))?.[1];
  // A day without a year ("on August 10th") is only read against a known date: else its year would be a guess.
  const day = written === undefined || (reference === null && !FULL_YEAR.test(written)) ? null : parseCalendarDate(written, reference);
  const dayOf = day ? utcDate(day) : reference;
  const read = (clock: string) => parseTimelineTime(zone ? `${clock} ${zone}` : clock, dayOf, doc.zone);
  const start = read(from);
  const end = read(to);
  if (!start?.hasTime || !end?.hasTime) return null;
  // "between 23:40 and 00:15": the window crossed midnight.
  return { start: start.instant, end: end.instant < start.instant ? new Date(end.instant.getTime() + DAY_MS) : end.instant, evidence: whole, dated: dayOf !== null };
}
