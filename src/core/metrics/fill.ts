// Fill Metrics from Timeline: the edits that write the computed metrics into the Metrics section and the Duration field, in the document's own style.
import type { TextEdit } from '../lint/types';
import { flattenSections } from '../model/sections';
import type { MetadataField, PostmortemDocument } from '../model/types';
import { computeMetrics } from './compute';
import { defaultMetricsConfig, type MetricsConfig } from './config';
import { formatMinutes, type DurationStyle } from './duration';
import { findMoments } from './moments';
import type { MetricName, Metrics } from './types';
import { metricsSections, writtenMetrics, type WrittenMetric } from './written';

/** The seed template's labels, for lines the Metrics section does not have yet. */
const NEW_LINE_LABELS: ReadonlyArray<readonly [Exclude<MetricName, 'duration'>, string]> = [
  ['timeToDetect', 'Detection Time'],
  ['timeToAcknowledge', 'Response Time'],
  ['timeToMitigate', 'Mitigation Time'],
  ['timeToResolve', 'Resolution Time'],
];

export interface FillResult {
  edits: TextEdit[];
  /** Metrics written (updated or added). */
  written: MetricName[];
  /** Metrics left alone because a moment they need is missing. */
  missing: MetricName[];
  /** Metrics left alone because their moments are out of order (negative): the metrics-consistency rule says which. */
  outOfOrder: MetricName[];
  metrics: Metrics;
}

/** A value's own style; a placeholder takes its neighbours' (`fallback`), except the seed's `HH:MM`, which asks for hours and minutes. */
function styleOf(written: WrittenMetric, fallback: DurationStyle = 'long'): DurationStyle {
  if (written.parsed) return written.parsed.style;
  return /^\[?hh:mm\]?$/i.test(written.field.value.trim()) ? 'clock' : fallback;
}

/** Replaces a written value by the computed one, in the value's own style; the edit a quick fix and Fill Metrics share. */
export function writtenValueEdit(written: WrittenMetric, minutes: number, fallback: DurationStyle = 'long'): TextEdit {
  return { start: written.field.valueRange.start, end: written.field.valueRange.end, text: formatMinutes(minutes, styleOf(written, fallback)) };
}

/** End of the line holding `offset`, and whether the line ends in a hard break (two spaces or a backslash). */
function lineEnd(text: string, offset: number): { end: number; hardBreak: boolean } {
  const newline = text.indexOf('\n', offset);
  // Before a Windows line ending's \r, so inserted lines do not split it from its \n.
  const end = newline === -1 ? text.length : text[newline - 1] === '\r' ? newline - 1 : newline;
  const line = text.slice(offset, end);
  return { end, hardBreak: line.endsWith('  ') || line.endsWith('\\') };
}

/** `**Label**: value` or `**Label:** value`, as the section already writes it. */
function boldLine(label: string, value: string, colonInside: boolean): string {
  return colonInside ? `**${label}:** ${value}` : `**${label}**: ${value}`;
}

/** Adds the missing lines after the last metric line, keeping its hard-break style. */
function appendLines(text: string, last: WrittenMetric, lines: string[]): TextEdit {
  const { end, hardBreak } = lineEnd(text, last.field.range.start);
  // Lines of one paragraph need a hard break between them; a line that had none was the paragraph's last and gets one.
  return hardBreak
    ? { start: end, end, text: `\n${lines.map((line) => `${line}  `).join('\n')}` }
    : { start: end, end, text: `  \n${lines.join('  \n')}` };
}

/** Where a new Metrics section goes: before References, Sign-off or Notes, else at the end; at the depth of its siblings. */
function newSectionEdit(doc: PostmortemDocument, lines: string[]): TextEdit {
  const all = flattenSections(doc.sections).filter((s) => !s.pseudo);
  const before = all.find((s) => s.kind === 'references' || s.kind === 'signOff' || s.kind === 'notes');
  const depths = all.map((s) => s.depth).filter((d) => d >= 2);
  const depth = before?.depth ?? (depths.length > 0 ? Math.min(...depths) : 2);
  const body = `${'#'.repeat(depth)} Metrics\n\n${lines.map((l, i) => (i < lines.length - 1 ? `${l}  ` : l)).join('\n')}\n`;
  if (before) return { start: before.range.start, end: before.range.start, text: `${body}\n` };
  const text = doc.text;
  const lead = text === '' || text.endsWith('\n\n') ? '' : text.endsWith('\n') ? '\n' : '\n\n';
  return { start: text.length, end: text.length, text: `${lead}${body}` };
}

/** The Duration field when the document has none: after the Date field, as a line or a row like it. */
function newDurationEdit(doc: PostmortemDocument, minutes: number): TextEdit | null {
  const date: MetadataField | undefined = doc.metadata.find((f) => f.key === 'date');
  if (!date || date.source === 'heading') return null;
  const { end, hardBreak } = lineEnd(doc.text, date.range.start);
  if (date.source === 'table') return { start: date.range.end, end: date.range.end, text: `\n| Duration | ${formatMinutes(minutes, 'long')} |` };
  if (date.source === 'front-matter') return { start: end, end, text: `\nduration: ${formatMinutes(minutes, 'long')}` };
  return { start: end, end, text: `${hardBreak ? '' : '  '}\n**Duration**: ${formatMinutes(minutes, 'long')}${hardBreak ? '  ' : ''}` };
}

/**
 * Every edit that brings the Metrics section and the Duration field in line with the timeline's moments: existing
 * values are replaced in their own style, missing metric lines are added after the last one (or in a new Metrics
 * section), a missing Duration goes after the Date. Metrics whose moments are unknown are left as written.
 */
export function fillMetricsEdits(doc: PostmortemDocument, config: MetricsConfig = defaultMetricsConfig()): FillResult {
  const metrics = computeMetrics(findMoments(doc), config);
  const written = writtenMetrics(doc);
  const sectionLines = written.filter((w) => w.metric !== 'duration');
  const sectionStyle = sectionLines.find((w) => w.parsed)?.parsed?.style ?? 'long';
  const edits: TextEdit[] = [];
  const done = new Set<MetricName>();
  // A value to write: known, and not negative (moments out of order, which the metrics-consistency rule reports; no
  // value is written until they agree).
  const fillable = (metric: MetricName): boolean => (metrics[metric] ?? -1) >= 0;
  for (const entry of written) {
    const minutes = metrics[entry.metric];
    if (minutes === null || !fillable(entry.metric)) continue;
    const edit = writtenValueEdit(entry, minutes, entry.metric === 'duration' ? 'long' : sectionStyle);
    if (doc.text.slice(edit.start, edit.end) !== edit.text) edits.push(edit);
    done.add(entry.metric);
  }
  const lines = NEW_LINE_LABELS.filter(([metric]) => fillable(metric) && !written.some((w) => w.metric === metric));
  const last = sectionLines[sectionLines.length - 1];
  const colonInside = last ? doc.text.slice(last.field.range.start, last.field.valueRange.start).includes(':**') : false;
  const newLines = lines.map(([metric, label]) => boldLine(label, formatMinutes(metrics[metric]!, sectionStyle), colonInside));
  if (newLines.length > 0) {
    if (last) edits.push(appendLines(doc.text, last, newLines));
    else if (metricsSections(doc).length > 0) {
      const section = metricsSections(doc)[0];
      const at = section.contentRange.start;
      edits.push({ start: at, end: at, text: `\n\n${newLines.map((l, i) => (i < newLines.length - 1 ? `${l}  ` : l)).join('\n')}` });
    } else edits.push(newSectionEdit(doc, newLines));
    for (const [metric] of lines) done.add(metric);
  }
  if (metrics.duration !== null && fillable('duration') && !written.some((w) => w.metric === 'duration')) {
    const edit = newDurationEdit(doc, metrics.duration);
    if (edit) {
      edits.push(edit);
      done.add('duration');
    }
  }
  const missing = (Object.keys(metrics) as MetricName[]).filter((m) => metrics[m] === null);
  const outOfOrder = (Object.keys(metrics) as MetricName[]).filter((m) => (metrics[m] ?? 0) < 0);
  return { edits: edits.sort((a, b) => a.start - b.start), written: [...done], missing, outOfOrder, metrics };
}
