// "Mark as Detected" on a timeline row: writes or updates the moment's field (`**Detected**: 2026-03-02 10:05 UTC`) in the metadata's own style.
import type { TextEdit } from '../lint/types';
import type { MetadataField, PostmortemDocument } from '../model/types';
import { utcParts } from '../timeline/mergeRows';
import { MOMENT_FIELD_KEYS, timelineEvents, type TimelineEvent } from './moments';
import { MOMENT_LABELS, type MomentName } from './types';

/** The timeline row or list entry at an offset, if any. */
export function timelineEventAt(doc: PostmortemDocument, offset: number): TimelineEvent | undefined {
  return timelineEvents(doc).find((e) => offset >= e.range.start && offset <= e.range.end);
}

/** "2026-03-02 10:05 UTC", or "10:05 UTC" when the document names no day for it. */
export function momentValue(time: Date, dated: boolean): string {
  const { date, time: hhmm } = utcParts(time);
  return dated ? `${date} ${hhmm} UTC` : `${hhmm} UTC`;
}

function lineEndAfter(text: string, offset: number): number {
  const newline = text.indexOf('\n', offset);
  return newline === -1 ? text.length : text[newline - 1] === '\r' ? newline - 1 : newline;
}

/** The field the new one goes after: the last moment field, else Duration, else Date, else the last metadata field of the first block. */
function anchorField(doc: PostmortemDocument): MetadataField | undefined {
  const moments = Object.values(MOMENT_FIELD_KEYS);
  const usable = doc.metadata.filter((f) => f.source !== 'heading' && f.key !== 'title');
  return [...usable].reverse().find((f) => f.key !== null && moments.includes(f.key)) ?? usable.find((f) => f.key === 'duration') ?? usable.find((f) => f.key === 'date') ?? usable[usable.length - 1];
}

/** The edit that records `name` at `time`: the existing field's value replaced, or a new field beside the others; null when the document has no metadata to join. */
export function markMomentEdit(doc: PostmortemDocument, name: MomentName, time: Date, dated: boolean): TextEdit | null {
  const value = momentValue(time, dated);
  const existing = doc.metadata.find((f) => f.key === MOMENT_FIELD_KEYS[name]);
  if (existing) return { start: existing.valueRange.start, end: existing.valueRange.end, text: existing.source === 'front-matter' ? `"${value}"` : value };
  const anchor = anchorField(doc);
  if (!anchor) return null;
  const label = MOMENT_LABELS[name];
  if (anchor.source === 'table') return { start: anchor.range.end, end: anchor.range.end, text: `\n| ${label} | ${value} |` };
  const end = lineEndAfter(doc.text, anchor.range.start);
  if (anchor.source === 'front-matter') return { start: end, end, text: `\n${name}_at: "${value}"` };
  const line = doc.text.slice(doc.text.lastIndexOf('\n', anchor.range.start - 1) + 1, end);
  const hardBreak = line.endsWith('  ');
  return { start: end, end, text: `${hardBreak ? '' : '  '}\n**${label}**: ${value}${hardBreak ? '  ' : ''}` };
}
