// Time to detect, acknowledge, mitigate and resolve, and the duration, in minutes, from the key moments.
import { defaultMetricsConfig, type MetricsConfig } from './config';
import { METRIC_END, METRIC_NAMES, type MetricName, type Metrics, type MomentName, type Moments } from './types';

/** The moment a metric is counted from under this configuration. */
export function metricStart(metric: MetricName, config: MetricsConfig): MomentName {
  return metric === 'duration' ? 'started' : config.countFrom[metric];
}

function minutesBetween(from: Date, to: Date): number {
  // Whole minutes are what people write; seconds in a timeline are kept to two decimals rather than lost.
  return Math.round((to.getTime() - from.getTime()) / 600) / 100;
}

/** Negative values are kept: they mean the moments are out of order, which the metrics-consistency rule reports. */
export function computeMetrics(moments: Moments, config: MetricsConfig = defaultMetricsConfig()): Metrics {
  const metrics = {} as Metrics;
  for (const metric of METRIC_NAMES) {
    const from = moments[metricStart(metric, config)];
    const to = moments[METRIC_END[metric]];
    metrics[metric] = from && to ? minutesBetween(from.time, to.time) : null;
  }
  return metrics;
}

/** "Time to acknowledge: Started → Acknowledged": the definition shown next to a value. */
export function metricDefinition(metric: MetricName, config: MetricsConfig): { from: MomentName; to: MomentName } {
  return { from: metricStart(metric, config), to: METRIC_END[metric] };
}
