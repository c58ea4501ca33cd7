// How a moment or a metric reads in messages, hovers and reports: the value, the definition, and where it came from.
import { utcParts } from '../timeline/mergeRows';
import { metricDefinition } from './compute';
import type { MetricsConfig } from './config';
import { formatMinutesLong } from './duration';
import { MOMENT_LABELS, type MetricName, type Moment, type MomentName, type Moments } from './types';

/** "10:05 UTC", or "2026-03-03 00:20 UTC" when it is not on the day the incident started ("Mar 3 00:20 UTC" with no year known). */
export function momentTime(moment: Moment, startDay: string | null): string {
  const { date, time } = utcParts(moment.time);
  // Without a day of its own the moment's date is a stand-in: its time alone is shown.
  if (date === startDay || !moment.dated) return `${time} UTC`;
  return moment.yearless ? `${MONTHS[moment.time.getUTCMonth()]} ${moment.time.getUTCDate()} ${time} UTC` : `${date} ${time} UTC`;
}

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/** "Detected 10:05 UTC (line 12, timeline)". */
export function describeMoment(name: MomentName, moment: Moment, startDay: string | null): string {
  return `${MOMENT_LABELS[name]} ${momentTime(moment, startDay)} (line ${moment.line}, ${moment.source})`;
}

/** "1 hour 35 minutes, Started 10:00 UTC (line 12, timeline) → Resolved 11:35 UTC (line 20, timeline)". */
export function explainMetric(metric: MetricName, minutes: number, moments: Moments, config: MetricsConfig): string {
  const { from, to } = metricDefinition(metric, config);
  const startDay = moments.started ? utcParts(moments.started.time).date : null;
  const ends = [from, to].map((name) => describeMoment(name, moments[name]!, startDay));
  return `${formatMinutesLong(minutes)}, ${ends.join(' → ')}`;
}
