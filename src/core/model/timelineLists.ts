// Reads timelines written as lists (`- [13:26] …`, `- 2:54 PM PST: …`) or as a heading per entry (`### 2021-06-28 13:59`).
import type { List, ListItem, Root, RootContent } from 'mdast';
import { plainText, rangeOf } from '../markdown/parse';
import { declaredZone, localDay, parseCalendarDate, parseTimelineTime, timeFromZeroHour, utcDate, UTC_ZONE, WRITTEN_YEAR, zeroHour, zoneNamed, type DeclaredZone, type ParsedTime } from '../time/parseTime';
import { flattenSections, sectionLocator } from './sections';
import type { Section, TextRange, TimelineList, TimelineListEntry } from './types';

/** A time-only entry this much earlier than the one before it has crossed midnight. */
const MIDNIGHT_ROLLOVER_MS = 6 * 60 * 60 * 1000;
const LEADING_CLOCK = /^((?:[~±]\s*)?(?:\d{4}-\d{2}-\d{2}[ T]|\d{1,2}\/\d{1,2}\/\d{4}\s+|\d{2}-\d{2}\s+)?\d{1,2}:\d{2}(?::\d{2}(?:\.\d{1,9})?)?(?:Z|[+-]\d{2}:?\d{2}\b)?(?:\s?[aApP]\.?[mM]\.?)?(?:\s(?:UTC|GMT|Z|[A-Z]{2,4}))?)(?=[\s:,.;)\]*_`–—-]|$)/;

/**
 * What separates a list entry's time from its text: the marks closing the time (`]`, `**`, `_`, a backtick), then `: `,
 * ` - ` or a space. The timeline editor reads an entry's text after it, and kubectl merges write new entries with it.
 */
export const TIME_SEPARATOR = /^[\]*_`]*[ \t]*(?:[:\-–—][ \t]*)?/;

interface Candidate {
  text: string;
  /** Offset of the candidate within the item's first line. */
  offset: number;
  /** The zone a word after the clock names ("12:21 PT"), where the clock is read without it. */
  zone?: DeclaredZone;
}

/** Where an entry's time may be written at the start of its first line. */
function timeCandidates(line: string): Candidate[] {
  const candidates: Candidate[] = [];
  const lead = line.length - line.trimStart().length;
  const trimmed = line.trimStart();
  const bracket = /^\[([^\]]{1,40})\]/.exec(trimmed);
  if (bracket) candidates.push({ text: bracket[1], offset: lead + 1 });
  const clock = LEADING_CLOCK.exec(trimmed);
  if (clock) candidates.push({ text: clock[1], offset: lead });
  // "0314z synthetic probe fails": a military clock, Zulu (the letter keeps a year or a count from reading as one).
  const zulu = /^(\d{4}[Zz])(?=[\s:,.;)\]*_`–—-]|$)/.exec(trimmed);
  if (zulu) candidates.push({ text: zulu[1], offset: lead });
  const separated = /^(.{1,40}?)(?::(?:\s|$)|\s[-–—·]\s)/.exec(trimmed);
  if (separated) candidates.push({ text: separated[1], offset: lead });
  // "**Apr 3, 2026 13:48:30 BST** · Incident declared": a date and time set in bold (its opening marks are blanked).
  const bold = /^([^*_\n]{1,40})(?:\*\*|__)/.exec(trimmed);
  if (bold) candidates.push({ text: bold[1], offset: lead });
  // A word in capitals after the clock: a US zone the clock is read in ("12:21 PT"), or no zone at all, a marker
  // ("15:06 PAGE — …", as the SRE book writes them), which leaves the clock alone.
  const marker = clock === null ? null : /\s([A-Z]{2,4})$/.exec(clock[1]);
  if (clock !== null && marker !== null) {
    const zone = zoneNamed(marker[1]);
    if (zone === null || zone.usDaylight) candidates.push({ text: clock[1].slice(0, marker.index), offset: lead, ...(zone === null ? {} : { zone }) });
  }
  return candidates;
}

function readEntryTime(line: string, reference: Date | null, zone: DeclaredZone, zero: Date | null = null): { parsed: ParsedTime; candidate: Candidate } | null {
  for (const candidate of timeCandidates(line)) {
    // Emphasis, footnote references ("2023-03-03[^3]") and "±" around a time are not part of it.
    const text = candidate.text.replace(/\[\^[^\]]*\]/g, '').replace(/[*_`]/g, '').replace(/^[±~]\s*/, '').trim();
    if (!/\d/.test(text)) continue;
    const parsed = parseTimelineTime(text, reference, candidate.zone ?? zone) ?? (zero === null ? null : timeFromZeroHour(text, zero));
    if (parsed) return { parsed, candidate };
  }
  return null;
}

/** Carries the date forward from entry to entry, rolling time-only entries over midnight. */
class DateCursor {
  private previous: Date | null = null;

  /** The zone the timeline declares (see TimelineList.zone). */
  zone: DeclaredZone = UTC_ZONE;

  /** The instant a timeline of offsets ("T+6m") counts from, when the text above it names one (see zeroHour). */
  zero: Date | null = null;

  constructor(public reference: Date | null) {}

  place(parsed: ParsedTime): Date {
    let time = parsed.instant;
    if (parsed.hasDate) {
      this.reference = localDay(time, this.zone);
    } else if (this.previous && this.previous.getTime() - time.getTime() > MIDNIGHT_ROLLOVER_MS) {
      time = new Date(time.getTime() + 24 * 60 * 60 * 1000);
      this.reference = localDay(time, this.zone);
    }
    this.previous = time;
    return time;
  }
}

function firstLineOf(item: ListItem, text: string): { line: string; start: number } | null {
  const paragraph = item.children[0];
  if (!paragraph || paragraph.type !== 'paragraph') return null;
  const start = rangeOf(paragraph).start;
  const end = text.indexOf('\n', start);
  return { line: text.slice(start, end === -1 ? rangeOf(paragraph).end : Math.min(end, rangeOf(paragraph).end)), start };
}

/**
 * The entry a line opens, at `lineStart` in the text, or null when it does not open with a time. The raw line is read so
 * offsets are exact; emphasis or code marks around the time ("**02:00**", "`02:00`") are skipped.
 */
function timedEntry(
  line: string,
  lineStart: number,
  range: TextRange,
  description: string,
  cursor: DateCursor,
): TimelineListEntry | null {
  const raw = line.replace(/^(?:\*\*|__|`)/, (marks) => ' '.repeat(marks.length));
  const found = readEntryTime(raw, cursor.reference, cursor.zone, cursor.zero);
  if (!found) return null;
  const timeStart = lineStart + found.candidate.offset + (raw.slice(found.candidate.offset).length - raw.slice(found.candidate.offset).trimStart().length);
  return placedEntry(cursor, found.parsed, range, { start: timeStart, end: timeStart + found.candidate.text.length }, found.candidate.text.replace(/[*_`]/g, '').trim(), description);
}

/** An entry of the time `parsed`, written at `timeRange` as `timeText`, placed on the cursor's day (which it moves on). */
function placedEntry(cursor: DateCursor, parsed: ParsedTime, range: TextRange, timeRange: TextRange, timeText: string, description: string): TimelineListEntry {
  return { range, timeRange, timeText, time: cursor.place(parsed), hasDate: parsed.hasDate, hasTime: parsed.hasTime, description };
}

/** The entries of the items that open with a time, in order (the cursor moves on with each). */
function timedItems(items: readonly ListItem[], text: string, cursor: DateCursor): TimelineListEntry[] {
  return items.flatMap((item) => {
    const first = firstLineOf(item, text);
    return (first ? timedEntry(first.line, first.start, rangeOf(item), plainText(item).trim(), cursor) : null) ?? [];
  });
}

/** `fewest`: how many timed items make a list a timeline (one under a day's heading, where the day says it is one). */
function listTimeline(list: List, text: string, section: Section, cursor: DateCursor, fewest: number): TimelineList | null {
  const entries = timedItems(list.children, text, cursor);
  // A list is a timeline when most of its items start with a time.
  if (entries.length < fewest || entries.length < list.children.length / 2) return phasedTimeline(list, text, section, cursor, fewest) ?? trailingTimeList(list, text, section, cursor, fewest);
  return { style: 'list', range: rangeOf(list), section, entries, zone: cursor.zone };
}

/**
 * A list of the incident's phases, each over its timed entries ("- **Detection**" over "  - **13:04** database CPU alert
 * fires"): read for the metrics and the order check; the timeline editor, which edits one level of a list, leaves it alone.
 */
function phasedTimeline(list: List, text: string, section: Section, cursor: DateCursor, fewest: number): TimelineList | null {
  const nested = list.children.flatMap((item) => item.children.filter((child): child is List => child.type === 'list').flatMap((sub) => sub.children));
  if (nested.length < fewest || list.children.some((item) => !item.children.some((child) => child.type === 'list'))) return null;
  const entries = timedItems(nested, text, cursor);
  if (entries.length < fewest || entries.length < nested.length / 2) return null;
  return { style: 'paragraphs', range: rangeOf(list), section, entries, zone: cursor.zone };
}

/** A clock time in brackets closing a line: "Queue depth alert fires (09:52)", "… [9:52 AM UTC]." */
const TRAILING_TIME = /[([]\s*(\d{1,2}[:.]\d{2}(?::\d{2})?(?:\s?[AaPp]\.?[Mm]\.?)?(?:\s?[A-Z]{1,4})?)\s*[)\]]\s*\.?\s*$/;

/**
 * A list whose items end with the time in brackets ("- Queue depth alert fires (09:52)"): read for the metrics and the
 * order check, like lines written as paragraphs; the timeline editor, which writes the time first, leaves it alone.
 */
function trailingTimeList(list: List, text: string, section: Section, cursor: DateCursor, fewest: number): TimelineList | null {
  const entries: TimelineListEntry[] = [];
  for (const item of list.children) {
    const first = firstLineOf(item, text);
    const found = first === null ? null : TRAILING_TIME.exec(first.line);
    const parsed = found === null ? null : parseTimelineTime(found[1], cursor.reference, cursor.zone);
    if (first === null || found === null || parsed === null) continue;
    const timeStart = first.start + found.index + found[0].indexOf(found[1]);
    entries.push(placedEntry(cursor, parsed, rangeOf(item), { start: timeStart, end: timeStart + found[1].length }, found[1], first.line.slice(0, found.index).replace(/[\s,;—–-]+$/, '').trim()));
  }
  if (entries.length < fewest || entries.length < list.children.length / 2) return null;
  return { style: 'paragraphs', range: rangeOf(list), section, entries, zone: cursor.zone };
}

function headingTimeline(section: Section, text: string, cursor: DateCursor): TimelineList | null {
  // Decided before anything is placed: placing moves the cursor, which the section's other entries go on from. Headings
  // that name days alone ("### Tuesday, March 3, 2026") group the entries under them (see the day parts below).
  const times = section.children.map((child) => parseTimelineTime(child.title, cursor.reference, cursor.zone)).filter((parsed) => parsed !== null);
  if (times.length < 2 || times.every((parsed) => !parsed.hasTime)) return null;
  const entries: TimelineListEntry[] = [];
  for (const child of section.children) {
    const heading = text.slice(child.headingRange.start, child.headingRange.end);
    const titleStart = child.headingRange.start + heading.indexOf(child.title);
    const parsed = parseTimelineTime(child.title, cursor.reference, cursor.zone);
    if (!parsed) continue;
    entries.push(placedEntry(cursor, parsed, child.range, { start: titleStart, end: titleStart + child.title.length }, child.title, text.slice(child.contentRange.start, child.contentRange.end).trim()));
  }
  if (entries.length < 2) return null;
  return { style: 'headings', range: { start: entries[0].range.start, end: entries[entries.length - 1].range.end }, section, entries, zone: cursor.zone };
}

/** The start of a section's own text, where a line says what zone its times are in. */
export function leadIn(section: Section, text: string): string {
  return text.slice(section.contentRange.start, Math.min(section.contentRange.end, section.contentRange.start + 300));
}

/** The zone a section declares in its heading or the line under it ("## Timeline (all times PDT)", "All times are in CEST."). */
export function sectionZone(section: Section, text: string): DeclaredZone | null {
  return declaredZone(section.title) ?? declaredZone(leadIn(section, text));
}

/**
 * The day a date line or a day's heading names ("2019-01-22", "**March 3rd, 2026**", "Tuesday, March 3 (UTC)"). Stray
 * marks around it ("-4/25/23_", an emphasis opened with the wrong character) and what follows a colon or a bracket are
 * not part of the date.
 */
function dateOfLine(line: string, reference: Date | null): string | null {
  // "Day 1 (Mon 2026-02-02)", "Day 2 — Tuesday, Feb 3": the date after the day's number.
  const numbered = NUMBERED_DAY.exec(line);
  if (numbered) return dateOfLine(numbered[1] ?? numbered[2], reference);
  return parseCalendarDate(line.replace(/[:(].*$/, '').replace(/^[^\p{L}\p{N}]+|[^\p{L}\p{N}]+$/gu, ''), reference);
}

/** A heading that numbers the incident's days and then dates it: "Day 1 (Mon 2026-02-02)", "Day 2: Feb 3". */
const NUMBERED_DAY = /^[^\p{L}\p{N}]*day\s+\d{1,2}\s*(?:\(([^()]{4,40})\)|[:—–-]\s*([^()]{4,40}))\s*$/iu;

/** Only the timeline sections' own content is read, so chat logs in an appendix are not taken for the timeline. */
export function extractTimelineLists(root: Root, text: string, sections: Section[], incidentDate: string | null, documentZone: DeclaredZone = UTC_ZONE): TimelineList[] {
  const timelineSections = flattenSections(sections).filter((s) => s.kind === 'timeline');
  const found: TimelineList[] = [];
  for (const section of timelineSections) {
    const cursor = new DateCursor(incidentDate ? utcDate(incidentDate) : null);
    // "### 2.1 INC-0412 — Label printing down (Tue 12 May)" over "**Timeline (BST)**": the day the section it sits in
    // names (a weekly review writes up several incidents, each on its own day).
    const day = dayOfEnclosingSection(section, sections, cursor.reference);
    if (day !== null) cursor.reference = utcDate(day);
    // "## Timeline (all times PDT)", or a line under it ("All times are in CEST."): times written without a zone are in it.
    cursor.zone = sectionZone(section, text) ?? documentZone;
    cursor.zero = zeroHour(`${section.title}\n${leadIn(section, text)}`, cursor.reference, cursor.zone);
    const byHeadings = headingTimeline(section, text, cursor);
    if (byHeadings) {
      found.push(byHeadings);
      continue;
    }
    // The section's own text, then each subsection headed by a day only ("### Tuesday, March 3"), in order.
    const parts: { start: number; end: number; day: string | null; title: string; entered: boolean }[] = [
      { start: section.contentRange.start, end: section.children[0]?.range.start ?? section.range.end, day: null, title: '', entered: true },
    ];
    for (const child of section.children) {
      if (child.kind === 'timeline') continue;
      const day = child.title.length > 40 ? null : dateOfLine(child.title, cursor.reference);
      if (day !== null) parts.push({ start: child.contentRange.start, end: child.children[0]?.range.start ?? child.range.end, day, title: child.title, entered: false });
    }
    let dateLine: string | undefined;
    // Lines that open with a time, written as paragraphs without list markers ("12:45 PM PST …: First wave begins").
    const lines: TimelineListEntry[] = [];
    for (const node of root.children as RootContent[]) {
      const range = rangeOf(node);
      const part = parts.find((p) => p.start <= range.start && range.start < p.end);
      if (part === undefined) continue;
      if (part.day !== null && !part.entered) {
        // "### Wednesday, March 4": the entries under a day's heading are on that day.
        part.entered = true;
        cursor.reference = utcDate(part.day);
        if (WRITTEN_YEAR.test(part.title)) dateLine ??= part.day;
      }
      if (node.type === 'paragraph') {
        // A bare date line ("2019-01-22", "**March 3rd, 2026**") dates the entries below it.
        const line = plainText(node);
        const date = line.length <= 40 ? dateOfLine(line, null) : null;
        if (date) cursor.reference = utcDate(date);
        if (date && WRITTEN_YEAR.test(line)) dateLine ??= date;
        if (!date) lines.push(...timedLines(text, range, cursor));
      } else if (node.type === 'code') {
        // A timeline pasted as a log in a fenced block ("2026-11-21 10:06:40 UTC  p99 latency alert fires"): its lines
        // that open with a time are entries too (the fences and other lines are not).
        lines.push(...timedLines(text, range, cursor));
      } else if (node.type === 'list') {
        const list = listTimeline(node, text, section, cursor, part.day === null ? 2 : 1);
        if (list) found.push(dateLine ? { ...list, dateLine } : list);
      }
    }
    if (lines.length >= 2) {
      const list: TimelineList = { style: 'paragraphs', range: { start: lines[0].range.start, end: lines[lines.length - 1].range.end }, section, entries: lines, zone: cursor.zone };
      found.push(dateLine ? { ...list, dateLine } : list);
    }
  }
  return found.length > 0 ? found : announcedTimelines(root, text, sections, incidentDate, documentZone);
}

/** A day in brackets closing a heading: "(Tue 12 May)", "(2026-05-14)". */
const BRACKETED_DAY = /\(([^()]{3,30})\)\s*$/;

/**
 * The day named in brackets by the innermost section around `section` (itself included) that names one, or null. Not
 * the document's title (its day is the incident's, read already), and not a day written in numbers alone ("03/06/2026"
 * is read either way round).
 */
function dayOfEnclosingSection(section: Section, sections: Section[], reference: Date | null): string | null {
  const around = flattenSections(sections)
    .filter((s) => s.depth > 1 && s.range.start <= section.range.start && section.range.end <= s.range.end)
    .sort((a, b) => b.range.start - a.range.start);
  for (const s of around) {
    const bracketed = BRACKETED_DAY.exec(s.title);
    const day = bracketed === null || /^\s*\d{1,2}[/.]\d{1,2}[/.]\d{2,4}\s*$/.test(bracketed[1]) ? null : parseCalendarDate(bracketed[1], reference);
    if (day !== null) return day;
  }
  return null;
}

/** "timeline, all ET, fri jun 5:", "Timeline (UTC):": a line announcing the list under it as the timeline. */
const ANNOUNCES_TIMELINE = /^\W*(?:timeline|chronology|sequence of events)\b[^\n]{0,60}:\s*$/iu;

/**
 * When the timeline sections hold no list timeline (they hold a table, or there are none), a list announced as the
 * timeline by the line above it, wherever it is ("## what broke" over "timeline, all ET, fri jun 5:" and "- ~3:40pm first
 * 500s on checkout"); the line may give the zone and the day.
 */
function announcedTimelines(root: Root, text: string, sections: Section[], incidentDate: string | null, documentZone: DeclaredZone): TimelineList[] {
  const found: TimelineList[] = [];
  const reference = incidentDate ? utcDate(incidentDate) : null;
  // Built only when some line announces a timeline: most documents have none.
  let sectionAt: ((offset: number) => Section | null) | undefined;
  const children = root.children as RootContent[];
  children.forEach((node, index) => {
    const before = children[index - 1];
    if (node.type !== 'list' || before?.type !== 'paragraph') return;
    const announcement = plainText(before).trim();
    if (!ANNOUNCES_TIMELINE.test(announcement)) return;
    sectionAt ??= sectionLocator(sections);
    const section = sectionAt(rangeOf(node).start);
    if (section === null) return;
    const day = announcement.replace(/:\s*$/u, '').split(',').map((part) => parseCalendarDate(part.trim(), reference)).find((date) => date !== null);
    const cursor = new DateCursor(day ? utcDate(day) : reference);
    cursor.zone = declaredZone(announcement) ?? documentZone;
    const list = listTimeline(node, text, section, cursor, 2);
    if (list) found.push(list);
  });
  return found;
}

/** The lines of a paragraph that open with a time, each an entry. */
function timedLines(text: string, range: TextRange, cursor: DateCursor): TimelineListEntry[] {
  const entries: TimelineListEntry[] = [];
  const block = text.slice(range.start, range.end);
  // Lines end at a line break or at an HTML break ("… take effect.<br> 21:14 - …", a paragraph re-wrapped around <br>s).
  let at = 0;
  for (const end of [...block.matchAll(LINE_END), null]) {
    const stop = end === null ? block.length : end.index;
    const line = block.slice(at, stop);
    const start = range.start + at;
    const opensWithTime = /^\s*[\d*_`[~±]/.test(line);
    const entry = opensWithTime ? timedEntry(line, start, { start, end: start + line.length }, line.replace(/[*_`]/g, '').trim(), cursor) : null;
    const last = entries[entries.length - 1];
    if (entry) entries.push(entry);
    else if (last !== undefined && /[\p{L}\p{N}]/u.test(line)) {
      // A line that opens with no time goes on with the entry before it ("… 80%\nof IPs … **\\<START OF OUTAGE>**"); a
      // line of marks alone (Wire's "\\\\" between entries) does not.
      entries[entries.length - 1] = { ...last, range: { start: last.range.start, end: start + line.length }, description: `${last.description} ${line.replace(/[*_`]/g, '').trim()}` };
    }
    if (end !== null) at = stop + end[0].length;
  }
  return entries;
}

/** Where a line of a paragraph ends: a line break, or an HTML break. */
const LINE_END = /\n|<br\s{0,3}\/?>/gi;
