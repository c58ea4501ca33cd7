// The key moments of an incident: from metadata fields when written, else inferred from the timeline, each with its line.
import type { MetadataKey, PostmortemDocument, TextRange } from '../model/types';
import { LineIndex } from '../text/lines';
import { KeptResults } from '../text/memo';
import { parseTimelineTime, utcDate, WRITTEN_YEAR } from '../time/parseTime';
import { readProse, type ProseEvent } from './window';
import { IMPACT_END, IMPACT_START, MOMENT_WORDING, SYMPTOM_START } from './vocabulary';
import { MOMENT_NAMES, type Moment, type MomentName, type Moments } from './types';

/** The metadata key that states each moment (`**Detected**:`, `detected_at:`, `| Detected | … |`). */
export const MOMENT_FIELD_KEYS: Record<MomentName, MetadataKey> = {
  started: 'startedAt',
  detected: 'detectedAt',
  acknowledged: 'acknowledgedAt',
  mitigated: 'mitigatedAt',
  resolved: 'resolvedAt',
};

const DAY_MS = 24 * 60 * 60 * 1000;
/** A time-only field this far before the incident's first event belongs to the next day (the incident crossed midnight). */
const ROLLOVER_MS = 6 * 60 * 60 * 1000;

/** A timeline row or list entry, whatever the timeline is written as. */
export interface TimelineEvent {
  time: Date;
  text: string;
  range: TextRange;
  line: number;
  dated: boolean;
  /** The row names a day but the document names no year anywhere (see Moment.yearless). */
  yearless: boolean;
}

/** Every timed entry of every timeline in the document, in time order (rows of equal time keep their written order). */
export function timelineEvents(doc: PostmortemDocument, lines = new LineIndex(doc.text)): TimelineEvent[] {
  const events: TimelineEvent[] = [];
  const yearless = !namesAYear(doc);
  for (const table of doc.timelines) {
    for (const row of table.rows) {
      if (!row.time) continue;
      const text = row.cells.filter((_, i) => i !== table.timeColumn && i !== table.dateColumn).map((cell) => cell.text).filter((t) => !/^[-–—]?$/.test(t)).join(' — ');
      events.push({ time: row.time, text, range: row.range, line: lines.positionAt(row.range.start).line + 1, dated: row.dated, yearless: yearless && row.dated });
    }
  }
  for (const list of doc.timelineLists) {
    for (const entry of list.entries) {
      if (!entry.time || !entry.hasTime) continue;
      const dated = entry.hasDate || doc.incidentDate !== null;
      events.push({ time: entry.time, text: entry.description, range: entry.range, line: lines.positionAt(entry.range.start).line + 1, dated, yearless: yearless && dated });
    }
  }
  return events.map((event, order) => ({ event, order })).sort((a, b) => a.event.time.getTime() - b.event.time.getTime() || a.order - b.order).map((e) => e.event);
}

interface FieldMoment extends Moment {
  hasDate: boolean;
}

function fieldMoment(doc: PostmortemDocument, name: MomentName, lines: LineIndex): FieldMoment | null {
  const field = doc.metadata.find((f) => f.key === MOMENT_FIELD_KEYS[name]);
  if (!field) return null;
  // "Resolved: 08:44" beside "Reported: 3 Sep 2026, 07:45 BST": on the clock the document's fields name.
  const parsed = parseTimelineTime(field.value, doc.incidentDate ? utcDate(doc.incidentDate) : null, doc.zone);
  // A date alone ("Detected: 2026-03-02") is not a moment to count minutes from.
  if (!parsed || !parsed.hasTime) return null;
  return {
    time: parsed.instant,
    source: 'field',
    line: lines.positionAt(field.range.start).line + 1,
    range: field.range,
    evidence: `${field.label}: ${field.value}`,
    dated: parsed.hasDate || doc.incidentDate !== null,
    hasDate: parsed.hasDate,
  };
}

function fromEvent(event: TimelineEvent): Moment {
  const moment: Moment = { time: event.time, source: 'timeline', line: event.line, range: event.range, evidence: event.text, dated: event.dated };
  return event.yearless ? { ...moment, yearless: true } : moment;
}

/** Whether the document names the incident's year: its date, a timeline's date column ("Date (2022)"), or a time written with a year. */
export function namesAYear(doc: PostmortemDocument): boolean {
  return doc.incidentDate !== null
    || doc.timelines.some((t) => t.dateColumn !== -1 && WRITTEN_YEAR.test(t.columns[t.dateColumn].name))
    || [...doc.timelines.flatMap((t) => t.rows), ...doc.timelineLists.flatMap((l) => l.entries)].some((e) => e.time !== null && WRITTEN_YEAR.test(e.timeText));
}

function inferred(events: readonly TimelineEvent[], told: readonly number[], name: InferredMoment, notBefore: Date | null, notAfter: Date | null = null): Moment | null {
  const found = events.findIndex((e, i) => (notBefore === null || e.time >= notBefore) && (notAfter === null || e.time <= notAfter) && (told[i] & TELLS[name]) !== 0);
  return found >= 0 ? fromEvent(events[found]) : null;
}

/** A row that declares the incident over: "Incident resolved", "incident closed", "all clear". */
const DECLARES_RESOLVED = /\b(?:incident|outage|issue|ticket|major incident)\s+(?:(?:is|was|marked|declared|formally)\s+)*(?:resolved|closed|over)\b|\ball[ -]clear\b/i;

/**
 * Of the rows after the mitigation that tell a resolution, the first that declares the incident over ("9:15pm Incident
 * resolved"), else the first that tells one ("8:10pm Upload success rate back to baseline; queues draining").
 */
function declaredResolved(events: readonly TimelineEvent[], told: readonly number[]): Moment | null {
  const declared = events.findIndex((e, i) => (told[i] & TELLS.resolved) !== 0 && DECLARES_RESOLVED.test(e.text));
  return declared >= 0 ? fromEvent(events[declared]) : inferred(events, told, 'resolved', null);
}

type InferredMoment = keyof typeof MOMENT_WORDING;
/** A bit for each moment a row's text can tell, and one for a symptom starting for the first time. */
const TELLS: Record<InferredMoment, number> = { detected: 1, acknowledged: 2, mitigated: 4, resolved: 8 };
const FIRST_SYMPTOM = 16;

/**
 * What a row's text tells (TELLS' bits), by its text, for the whole process: the metrics are read again at every edit,
 * by the lint and by the CodeLens, and a long timeline's rows, nearly all unchanged, would run every wording again.
 */
const toldByText = new KeptResults<number>(20_000);

function toldBy(text: string): number {
  return toldByText.get(text, () => {
    let bits = 0;
    for (const [name, bit] of Object.entries(TELLS) as [InferredMoment, number][]) {
      const wording = MOMENT_WORDING[name];
      if (wording.marks.test(text) && !wording.unless.test(text)) bits |= bit;
    }
    // "Launches begin failing again": a recurrence, after the impact began.
    if (SYMPTOM_START.test(text) && !/\b(?:again|once more)\b/i.test(text)) bits |= FIRST_SYMPTOM;
    return bits;
  });
}

/**
 * Reads the five key moments. A moment written as a field wins; otherwise it is inferred from the timeline: the row
 * marking the start of impact or else the earliest event started it, the first alert or report detected it, the first
 * acknowledgement after that
 * acknowledged it, a rollback or fix deployed mitigated it, "resolved" / "all clear" resolved it.
 */
export function findMoments(doc: PostmortemDocument): Moments {
  const lines = new LineIndex(doc.text);
  const events = timelineEvents(doc, lines);
  const told = events.map((event) => toldBy(event.text));
  const fields = Object.fromEntries(MOMENT_NAMES.map((name) => [name, fieldMoment(doc, name, lines)])) as Record<MomentName, FieldMoment | null>;
  const anchor = fields.started?.time ?? events[0]?.time ?? null;
  // A time-only field ("Resolved: 01:10") in an incident that started late the evening before is on the next day.
  for (const name of MOMENT_NAMES) {
    const field = fields[name];
    if (field && !field.hasDate && anchor && anchor.getTime() - field.time.getTime() > ROLLOVER_MS) {
      field.time = new Date(field.time.getTime() + DAY_MS);
    }
  }
  const strip = (field: FieldMoment | null): Moment | null => (field ? { time: field.time, source: field.source, line: field.line, range: field.range, evidence: field.evidence, dated: field.dated } : null);

  // "**OUTAGE BEGINS**" (the Google SRE book's template), "(outage starts)": the rows before it are the lead-up, so
  // nothing in them detected the incident; "**OUTAGE ENDS**": a mitigation after it is no mitigation of this impact.
  const marked = (markers: readonly RegExp[], e: TimelineEvent) => markers.some((m) => m.test(doc.text.slice(e.range.start, e.range.end)));
  const symptomStart = (): TimelineEvent | null => {
    const at = told.findIndex((bits) => (bits & FIRST_SYMPTOM) !== 0);
    return at > 0 && !told.slice(0, at).some((bits) => (bits & TELLS.detected) !== 0) ? events[at] : null;
  };
  const impactStart = events.find((e) => marked(IMPACT_START, e)) ?? symptomStart();
  const impactEnd = events.find((e) => (impactStart === null || e.time >= impactStart.time) && marked(IMPACT_END, e)) ?? null;
  // Without a timeline, the window the summary gives ("Between 16:05 and 16:52 UTC on October 27") starts and resolves it;
  // without one, the times its prose tells one clause each ("Beginning at 9:37 AM CET, … by 11:24 AM CET the service had
  // fully recovered").
  const inProse = events.length === 0 ? readProse(doc, lines) : null;
  const window = inProse?.window ?? null;
  const prose = inProse === null ? null : toldInProse(inProse.events, window?.started.time ?? null);
  const started = strip(fields.started) ?? (impactStart ?? events[0] ? fromEvent(impactStart ?? events[0]) : window?.started ?? prose?.started ?? null);
  const detected = strip(fields.detected) ?? inferred(events, told, 'detected', impactStart?.time ?? null) ?? prose?.detected ?? null;
  const acknowledged = strip(fields.acknowledged) ?? inferred(events, told, 'acknowledged', detected?.time ?? null) ?? prose?.acknowledged ?? null;
  const mitigated = strip(fields.mitigated) ?? inferred(events, told, 'mitigated', acknowledged?.time ?? detected?.time ?? null, impactEnd?.time ?? null) ?? prose?.mitigated ?? null;
  // "14:04 Error rate back to baseline, incident mitigated … 14:30 Incident resolved": the row that mitigated resolves
  // only when no row after it says so.
  const mitigatedRow = mitigated?.source === 'timeline' ? events.findIndex((e) => e.range === mitigated.range) : -1;
  const resolvedLater = mitigatedRow === -1 ? null : declaredResolved(events.slice(mitigatedRow + 1), told.slice(mitigatedRow + 1));
  const resolved = strip(fields.resolved) ?? resolvedLater ?? inferred(events, told, 'resolved', mitigated?.time ?? acknowledged?.time ?? detected?.time ?? null) ?? window?.resolved ?? prose?.resolved ?? null;
  return { started, detected, acknowledged, mitigated, resolved };
}

/**
 * The moments a timeline told in prose gives: the first time that tells no recovery starts it (when no window did); the
 * first clause after it that says so detects and acknowledges it; the last that tells a recovery resolves it ("by 11:24 AM CET the service had
 * fully recovered"), and an earlier one that tells a recovery or a mitigation mitigates it ("At 10:58 AM CET, error rates
 * returned to normal levels for most customers"). Null when the prose tells no times.
 */
function toldInProse(events: readonly ProseEvent[], windowStart: Date | null): Moments | null {
  if (events.length === 0) return null;
  const told = events.map((event) => toldBy(event.text));
  const first = (bits: number, from: number) => told.findIndex((t, i) => i >= from && (t & bits) !== 0);
  // The first time that tells no recovery starts it ("by 1am on Apr 12th the server was back up", read on the document's
  // day, is no start), unless a window gave the start; the others come after it.
  const start = windowStart !== null ? -1 : Math.max(0, told.findIndex((t) => (t & (TELLS.mitigated | TELLS.resolved)) === 0));
  const from = windowStart !== null ? events.findIndex((event) => event.time >= windowStart) : start;
  if (from === -1) return null;
  const detectedAt = first(TELLS.detected, from);
  const acknowledgedAt = first(TELLS.acknowledged, Math.max(detectedAt, from));
  const after = start === -1 ? from : start + 1;
  let resolvedAt = -1;
  for (let i = told.length - 1; i >= after && resolvedAt === -1; i--) if ((told[i] & TELLS.resolved) !== 0) resolvedAt = i;
  const mitigatedAt = first(TELLS.mitigated | TELLS.resolved, after);
  const moment = (i: number) => (i === -1 ? null : events[i].moment);
  return {
    started: moment(start),
    detected: moment(detectedAt),
    acknowledged: moment(acknowledgedAt),
    mitigated: mitigatedAt !== -1 && (resolvedAt === -1 || mitigatedAt < resolvedAt) ? moment(mitigatedAt) : null,
    resolved: moment(resolvedAt),
  };
}

