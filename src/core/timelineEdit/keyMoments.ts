// Key moments (started, detected, acknowledged, mitigated, resolved): a timeline row marks one by writing its time into
// the document's metadata field of that name, and rows whose time a field names are badged.
import type { TextEdit } from '../lint/types';
import type { MetadataField, PostmortemDocument } from '../model/types';
import { parseTimelineTime, utcDate } from '../time/parseTime';
import type { EditableRow } from './timelines';

export const KEY_MOMENTS = ['started', 'detected', 'acknowledged', 'mitigated', 'resolved'] as const;
export type KeyMoment = (typeof KEY_MOMENTS)[number];

/** Field labels that name each moment, whatever key the metadata model gives them ("Started" also reads as the date). */
const LABELS: Record<KeyMoment, RegExp> = {
  started: /^(started|start|start(ed)? at|impact start(ed)?|began|incident start)$/,
  detected: /^(detected( at)?|detection( time)?)$/,
  acknowledged: /^(acknowledged( at)?|ack(nowledged)?( at)?)$/,
  mitigated: /^(mitigated( at)?|mitigation( time)?)$/,
  resolved: /^(resolved( at)?|resolution( time)?)$/,
};

const TITLE = (moment: KeyMoment) => moment[0].toUpperCase() + moment.slice(1);

function normalise(label: string): string {
  return label.toLowerCase().replace(/[*_`:]/g, '').replace(/\s+/g, ' ').trim();
}

/** The metadata field holding each moment, where the document has one. */
export function momentFields(doc: PostmortemDocument): Map<KeyMoment, MetadataField> {
  const found = new Map<KeyMoment, MetadataField>();
  for (const field of doc.metadata) {
    if (field.source === 'heading') continue;
    const label = normalise(field.label);
    const moment = KEY_MOMENTS.find((m) => LABELS[m].test(label));
    if (moment && !found.has(moment)) found.set(moment, field);
  }
  return found;
}

function minute(date: Date): string {
  return date.toISOString().slice(0, 16);
}

/** For each row, the moments whose field names that row's time (to the minute; a time-only field matches any day). */
export function rowMoments(doc: PostmortemDocument, rows: readonly EditableRow[]): KeyMoment[][] {
  const reference = doc.incidentDate ? utcDate(doc.incidentDate) : null;
  const marks: Array<{ moment: KeyMoment; at: string; dated: boolean }> = [];
  for (const [moment, field] of momentFields(doc)) {
    const parsed = parseTimelineTime(field.value, reference);
    if (parsed) marks.push({ moment, at: minute(parsed.instant), dated: parsed.hasDate || reference !== null });
  }
  return rows.map((row) => {
    if (!row.time) return [];
    const at = minute(row.time);
    return marks.filter((m) => (m.dated ? m.at === at : m.at.slice(11) === at.slice(11))).map((m) => m.moment);
  });
}

/** How the moment's time is written: with its date when the row's time has one, always in UTC. */
export function momentValue(row: EditableRow): string | null {
  if (!row.time) return null;
  const iso = row.time.toISOString();
  return row.dated ? `${iso.slice(0, 10)} ${iso.slice(11, 16)} UTC` : `${iso.slice(11, 16)} UTC`;
}

function lineEnd(text: string, offset: number): number {
  const end = text.indexOf('\n', offset);
  return end === -1 ? text.length : end;
}

/** Writes `value` into the moment's field, or adds the field next to the metadata the document already has. */
export function keyMomentEdit(doc: PostmortemDocument, moment: KeyMoment, value: string): TextEdit {
  const text = doc.text;
  const existing = momentFields(doc).get(moment);
  if (existing) return { start: existing.valueRange.start, end: existing.valueRange.end, text: value };
  const label = TITLE(moment);
  // The H1 stands in for a title field when there is none; it is not where metadata lines go.
  const fields = doc.metadata.filter((f) => f.source !== 'heading' && !text.startsWith('#', f.range.start));
  const last = fields.reduce<MetadataField | undefined>((latest, f) => (!latest || f.range.start > latest.range.start ? f : latest), undefined);
  if (last?.source === 'front-matter' && doc.frontMatter) {
    const closing = text.lastIndexOf('\n', doc.frontMatter.range.end - 1);
    return { start: closing, end: closing, text: `\n${moment}: ${value}` };
  }
  if (last?.source === 'table') {
    const at = lineEnd(text, last.range.start);
    return { start: at, end: at, text: `\n| ${label} | ${value} |` };
  }
  if (last) {
    const at = lineEnd(text, last.range.start);
    // Metadata lines kept apart by a hard break (a trailing backslash or two spaces) keep it before the new line too.
    const endings = fields.filter((f) => f.source === 'bold-line').map((f) => /(\\|(?<! ) {2,})$/.exec(text.slice(f.range.start, lineEnd(text, f.range.start)))?.[0]);
    const ending = endings.find((e) => e !== undefined) ?? '';
    return { start: at, end: at, text: `${ending}\n**${label}**: ${value}` };
  }
  const heading = /^# /.test(text) ? 0 : text.indexOf('\n# ') + 1;
  if (heading > 0 || text.startsWith('# ')) {
    const at = lineEnd(text, heading);
    return { start: at, end: at, text: `\n\n**${label}**: ${value}` };
  }
  return { start: 0, end: 0, text: `**${label}**: ${value}\n\n` };
}
