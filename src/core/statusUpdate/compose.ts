// Draft Status Update: the incident-response guide's [INCIDENT UPDATE] / [INCIDENT RESOLVED] messages, composed from the postmortem.
import type { RootContent } from 'mdast';
import { plainText, rangeOf } from '../markdown/parse';
import { flattenSections } from '../model/sections';
import type { PostmortemDocument, SectionKind } from '../model/types';
import type { KubectlEvent } from '../kubectl/types';
import { formatMinutesLong } from '../metrics/duration';
import { findMoments, timelineEvents } from '../metrics/moments';
import type { Moments } from '../metrics/types';
import { utcParts } from '../timeline/mergeRows';

export type StatusUpdateKind = 'update' | 'resolved';
/** Plain text as the guide writes it, or Slack's mrkdwn (`*bold*`, `<url|text>`). */
export type StatusUpdateFormat = 'plain' | 'slack';

export interface StatusUpdateOptions {
  kind: StatusUpdateKind;
  format: StatusUpdateFormat;
  now: Date;
  /** Minutes until the next update is promised. */
  cadenceMinutes: number;
  /** Where the postmortem can be read, for the resolution notice. */
  link: string | null;
}

export interface StatusUpdate {
  kind: StatusUpdateKind;
  text: string;
  /** The line recorded in the timeline as a `comms` row. */
  timelineNote: string;
}

const MAX_FIELD = 280;

function stamp(time: Date): string {
  const { date, time: hhmm } = utcParts(time);
  return `${date} ${hhmm} UTC`;
}

function shorten(text: string): string {
  const clean = text.replace(/\s+/g, ' ').trim();
  if (clean.length <= MAX_FIELD) return clean;
  const cut = clean.slice(0, MAX_FIELD - 1);
  return `${cut.slice(0, Math.max(cut.lastIndexOf(' '), MAX_FIELD / 2)).replace(/[,;:]$/, '')}…`;
}

/** A placeholder, an example or guidance, not what happened. */
function isFiller(text: string): boolean {
  return text === '' || /^\[[^\]]*\]$/.test(text) || /^(?:example|e\.g\.)\b/i.test(text) || /^(?:tbd|n\/a|todo)$/i.test(text);
}

/** The prose of the first section of a kind: its paragraphs and list items, placeholders and examples left out. */
function sectionText(doc: PostmortemDocument, kind: SectionKind): string[] {
  const section = flattenSections(doc.sections).find((s) => s.kind === kind && !s.pseudo) ?? flattenSections(doc.sections).find((s) => s.kind === kind);
  if (!section) return [];
  const parts: string[] = [];
  for (const node of doc.ast.children as RootContent[]) {
    const { start, end } = rangeOf(node);
    if (start < section.contentRange.start || end > section.contentRange.end) continue;
    if (node.type === 'paragraph') parts.push(plainText(node).replace(/\s+/g, ' ').trim());
    else if (node.type === 'list') for (const item of node.children) parts.push(plainText(item).replace(/\s+/g, ' ').trim());
  }
  return parts.filter((p) => !isFiller(p.replace(/^[^:]{1,40}:\s*/, '')) && !isFiller(p));
}

export function impactSummary(doc: PostmortemDocument): string | null {
  const parts = sectionText(doc, 'impact');
  if (parts.length === 0) return null;
  // "User Impact:" followed by its list reads as one clause: "User Impact: a; b".
  return shorten(parts.map((p, i) => (i > 0 && !parts[i - 1].endsWith(':') ? `; ${p}` : ` ${p}`)).join('').trim());
}

export function rootCauseSummary(doc: PostmortemDocument): string | null {
  const parts = sectionText(doc, 'rootCause').map((p) => p.replace(/^(?:primary|root) cause:\s*/i, '')).filter((p) => p !== '' && !p.endsWith(':'));
  return parts.length > 0 ? shorten(parts[0]) : null;
}

const STATUS_WORDS = /\b(investigating|identified|mitigating|mitigated|monitoring|resolved|closed)\b/i;

/** The Status field when it says where the response is, else what the moments say. */
export function currentStatus(doc: PostmortemDocument, moments: Moments): string {
  const written = STATUS_WORDS.exec(doc.metadata.find((f) => f.key === 'status')?.value ?? '')?.[1]?.toLowerCase();
  if (written === 'closed' || written === 'resolved' || moments.resolved) return 'Resolved';
  if (written === 'monitoring' || written === 'mitigated' || moments.mitigated) return 'Monitoring';
  if (written === 'mitigating' || written === 'identified') return 'Mitigating';
  return 'Investigating';
}

/** Resolved when the document says the incident is over (a Resolved moment or status), else an update. */
export function suggestedKind(doc: PostmortemDocument): StatusUpdateKind {
  return currentStatus(doc, findMoments(doc)) === 'Resolved' ? 'resolved' : 'update';
}

function latestActions(doc: PostmortemDocument, now: Date): string | null {
  const events = timelineEvents(doc).filter((e) => e.time <= now);
  const latest = events.slice(-3);
  if (latest.length === 0) return null;
  return shorten(latest.map((e) => `${utcParts(e.time).time} ${e.text.replace(/\s+/g, ' ').trim()}`).join('; '));
}

function render(title: string, fields: Array<[string, string]>, format: StatusUpdateFormat): string {
  if (format === 'slack') return [`*${title}*`, ...fields.map(([label, value]) => `*${label}:* ${value}`)].join('\n');
  return [title, ...fields.map(([label, value]) => `${label}: ${value}`)].join('\n');
}

function linkText(link: string | null, title: string, format: StatusUpdateFormat): string {
  if (link === null) return '(link to the postmortem)';
  return format === 'slack' ? `<${link}|${title.replace(/[<>|]/g, '')}>` : link;
}

export function composeStatusUpdate(doc: PostmortemDocument, options: StatusUpdateOptions): StatusUpdate {
  const moments = findMoments(doc);
  const impact = impactSummary(doc) ?? 'Being assessed.';
  if (options.kind === 'resolved') {
    const start = moments.started?.time;
    const end = moments.resolved?.time ?? options.now;
    const duration = start
      ? `${stamp(start)} to ${utcParts(start).date === utcParts(end).date ? `${utcParts(end).time} UTC` : stamp(end)} (${formatMinutesLong((end.getTime() - start.getTime()) / 60_000)})`
      : 'unknown (no start time in the timeline)';
    const title = doc.metadata.find((f) => f.key === 'title')?.value ?? 'Postmortem';
    const text = render(`[INCIDENT RESOLVED - ${stamp(options.now)}]`, [
      ['Duration', duration],
      ['Impact', impact],
      ['Root cause', rootCauseSummary(doc) ?? 'Under investigation; see the postmortem.'],
      ['Post-mortem', `${linkText(options.link, title, options.format)} (within 48 hours)`],
    ], options.format);
    return { kind: 'resolved', text, timelineNote: `Resolution notice posted${start ? ` (duration ${formatMinutesLong((end.getTime() - start.getTime()) / 60_000)})` : ''}` };
  }
  // Moments written ahead of the update (a planned rollback at 11:00) have not happened yet.
  const status = currentStatus(doc, Object.fromEntries(Object.entries(moments).map(([name, m]) => [name, m && m.time <= options.now ? m : null])) as Moments);
  const next = new Date(options.now.getTime() + options.cadenceMinutes * 60_000);
  const nextText = utcParts(next).date === utcParts(options.now).date ? `${utcParts(next).time} UTC` : stamp(next);
  const text = render(`[INCIDENT UPDATE - ${stamp(options.now)}]`, [
    ['Status', status],
    ['Impact', impact],
    ['Current actions', latestActions(doc, options.now) ?? 'Investigating.'],
    ['Next update', nextText],
  ], options.format);
  return { kind: 'update', text, timelineNote: `Status update posted: ${status}; next update ${nextText}` };
}

/** The status update as an event the timeline merge places in time order, in the timeline's own style, as a `comms` row. */
export function statusUpdateEvent(update: StatusUpdate, now: Date): KubectlEvent {
  const [head, ...rest] = update.timelineNote.split(': ');
  return { time: now, firstTime: null, approximate: false, count: null, type: '', reason: head, object: '', namespace: null, message: rest.join(': '), source: 'status update' };
}
