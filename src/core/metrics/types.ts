// The vocabulary of incident metrics: the five key moments, where each came from, and the durations between them.
import type { TextRange } from '../model/types';

export const MOMENT_NAMES = ['started', 'detected', 'acknowledged', 'mitigated', 'resolved'] as const;
export type MomentName = (typeof MOMENT_NAMES)[number];

export interface Moment {
  /** UTC instant. */
  time: Date;
  /**
   * A metadata field (`**Detected**: …`, `detected_at:`, a table row), a timeline row it was inferred from, or, in a
   * document without a timeline, the window its summary gives ("Between 16:05 and 16:52 UTC on October 27").
   */
  source: 'field' | 'timeline' | 'summary';
  /** One-based line of the field or the timeline row. */
  line: number;
  range: TextRange;
  /** The field label and value, or the row's text: what a reader checks the moment against. */
  evidence: string;
  /** False when neither the moment nor the document names a day: the time of day is right, the date is a stand-in. */
  dated: boolean;
  /** True when the day is known but no year is ("Sep 30, 9:02 PM" in a document that names none): the year is a stand-in. */
  yearless?: boolean;
}

export type Moments = Record<MomentName, Moment | null>;

export const METRIC_NAMES = ['timeToDetect', 'timeToAcknowledge', 'timeToMitigate', 'timeToResolve', 'duration'] as const;
export type MetricName = (typeof METRIC_NAMES)[number];

/** Minutes, or null when a moment it needs is missing. */
export type Metrics = Record<MetricName, number | null>;

/** The moment each metric ends at; where it is counted from is configurable (duration always runs Started → Resolved). */
export const METRIC_END: Record<MetricName, MomentName> = {
  timeToDetect: 'detected',
  timeToAcknowledge: 'acknowledged',
  timeToMitigate: 'mitigated',
  timeToResolve: 'resolved',
  duration: 'resolved',
};

export const MOMENT_LABELS: Record<MomentName, string> = {
  started: 'Started',
  detected: 'Detected',
  acknowledged: 'Acknowledged',
  mitigated: 'Mitigated',
  resolved: 'Resolved',
};

export const METRIC_LABELS: Record<MetricName, string> = {
  timeToDetect: 'Time to detect',
  timeToAcknowledge: 'Time to acknowledge',
  timeToMitigate: 'Time to mitigate',
  timeToResolve: 'Time to resolve',
  duration: 'Duration',
};
