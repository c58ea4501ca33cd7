// The metrics a postmortem already states: the Duration field and the `**Detection Time**: 5 minutes` lines of its Metrics section.
import type { Paragraph, RootContent } from 'mdast';
import { boldLineFields } from '../model/metadata';
import { rangeOf } from '../markdown/parse';
import { flattenSections } from '../model/sections';
import type { MetadataField, PostmortemDocument, Section } from '../model/types';
import { withoutAsides } from '../text/brackets';
import { LineIndex } from '../text/lines';
import { parseWrittenDuration, type WrittenDuration } from './duration';
import type { MetricName } from './types';

const LABELS: ReadonlyArray<readonly [Exclude<MetricName, 'duration'>, RegExp]> = [
  ['timeToDetect', /^(?:detection time|time to detect(?:ion)?|ttd|mttd|mean time to detect(?:ion)?)$/],
  ['timeToAcknowledge', /^(?:response time|time to (?:acknowledge|acknowledgement|respond|response)|tta|mtta|mean time to acknowledge|acknowledge?ment time|ack time)$/],
  ['timeToMitigate', /^(?:mitigation time|time to (?:mitigate|mitigation)|ttm)$/],
  ['timeToResolve', /^(?:resolution time|time to (?:resolve|resolution|recover|recovery|restore)|ttr|mttr|mean time to (?:recover|recovery|resolve|resolution|restore)|recovery time)$/],
];

/** The metric a Metrics-section label states, or null ("DORA Metrics Impact"). */
export function metricOfLabel(label: string): Exclude<MetricName, 'duration'> | null {
  const normalised = withoutAsides(label.toLowerCase()).replace(/[*_`:]/g, '').replace(/\s+/g, ' ').trim();
  return LABELS.find(([, pattern]) => pattern.test(normalised))?.[0] ?? null;
}

export interface WrittenMetric {
  metric: MetricName;
  field: MetadataField;
  /** One-based line of the field. */
  line: number;
  /** Null when the value is a placeholder or not a duration. */
  parsed: WrittenDuration | null;
}

export function metricsSections(doc: PostmortemDocument): Section[] {
  return flattenSections(doc.sections).filter((s) => s.kind === 'metrics');
}

/** The bold-line fields written in the Metrics sections, whatever they state. */
function metricsSectionFields(doc: PostmortemDocument): MetadataField[] {
  const sections = metricsSections(doc);
  const inside = (node: RootContent) => sections.some((s) => rangeOf(node).start >= s.contentRange.start && rangeOf(node).end <= s.contentRange.end);
  return (doc.ast.children as RootContent[])
    .filter((node): node is Paragraph => node.type === 'paragraph' && inside(node))
    .flatMap((paragraph) => boldLineFields(paragraph, doc.text));
}

/** The Duration field, then the metric lines of the Metrics section, in document order. */
export function writtenMetrics(doc: PostmortemDocument, lines = new LineIndex(doc.text)): WrittenMetric[] {
  const written: WrittenMetric[] = [];
  const at = (field: MetadataField) => lines.positionAt(field.range.start).line + 1;
  const duration = doc.metadata.find((f) => f.key === 'duration');
  if (duration) written.push({ metric: 'duration', field: duration, line: at(duration), parsed: parseWrittenDuration(duration.value) });
  for (const field of metricsSectionFields(doc)) {
    const metric = metricOfLabel(field.label);
    if (metric) written.push({ metric, field, line: at(field), parsed: parseWrittenDuration(field.value) });
  }
  return written;
}
