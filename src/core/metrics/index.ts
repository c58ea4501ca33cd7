// Incident metrics from a postmortem: key moments, durations between them, the record the CLI prints.
import type { PostmortemDocument } from '../model/types';
import { computeMetrics } from './compute';
import { defaultMetricsConfig, type MetricsConfig } from './config';
import { findMoments } from './moments';
import { MOMENT_NAMES, type MomentName, type Moments, type Metrics } from './types';

export * from './types';
export { computeMetrics, metricDefinition, metricStart } from './compute';
export { defaultMetricsConfig, metricsConfigSchema, type MetricsConfig } from './config';
export { findMoments, timelineEvents } from './moments';

export interface MomentRecord {
  /** ISO 8601, UTC. */
  time: string;
  source: 'field' | 'timeline' | 'summary';
  /** One-based line. */
  line: number;
}

/** The JSON shape of `postmortem metrics`: one object per file. */
export interface MetricsRecord {
  file: string;
  moments: Record<MomentName, MomentRecord | null>;
  metrics: Metrics;
}

export function momentRecords(moments: Moments): Record<MomentName, MomentRecord | null> {
  return Object.fromEntries(
    MOMENT_NAMES.map((name) => {
      const moment = moments[name];
      return [name, moment ? { time: moment.time.toISOString().replace(/\.000Z$/, 'Z'), source: moment.source, line: moment.line } : null];
    }),
  ) as Record<MomentName, MomentRecord | null>;
}

export function metricsRecord(file: string, doc: PostmortemDocument, config: MetricsConfig = defaultMetricsConfig()): MetricsRecord {
  const moments = findMoments(doc);
  return { file, moments: momentRecords(moments), metrics: computeMetrics(moments, config) };
}
