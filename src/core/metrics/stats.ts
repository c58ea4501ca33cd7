// Statistics across postmortems: per month and severity, how many incidents and the median / p90 of each metric; open and overdue action items per owner.
import { resolveSeverity } from '../templates/severity';
import type { PostmortemDocument } from '../model/types';
import { computeMetrics } from './compute';
import { defaultMetricsConfig, type MetricsConfig } from './config';
import { findMoments } from './moments';
import { METRIC_NAMES, type MetricName, type Moment } from './types';

export interface StatsInput {
  file: string;
  doc: PostmortemDocument;
}

export interface Distribution {
  /** Incidents with a value for this metric. */
  count: number;
  median: number | null;
  p90: number | null;
}

export interface StatsGroup {
  /** YYYY-MM of the incident, or "unknown". */
  month: string;
  /** "P1", "SEV2", the severity as written when off-scale, or "unknown". */
  severity: string;
  incidents: number;
  metrics: Record<MetricName, Distribution>;
}

export interface OwnerActions {
  /** Null for items without an owner. */
  owner: string | null;
  open: number;
  overdue: number;
}

export interface StatsReport {
  /** YYYY-MM-DD of "today", against which items are overdue. */
  today: string;
  since: string | null;
  incidents: number;
  groups: StatsGroup[];
  /** Every incident together. */
  total: StatsGroup;
  owners: OwnerActions[];
  /** Files skipped by --since or without any date. */
  skipped: string[];
}

/** The median: the middle value, or the mean of the two middle ones. */
export function median(values: readonly number[]): number | null {
  if (values.length === 0) return null;
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 === 1 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
}

/** The nearest-rank p90: the smallest value at or above which 90% of incidents lie; no interpolation, so it is always a real incident's value. */
export function p90(values: readonly number[]): number | null {
  if (values.length === 0) return null;
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.max(0, Math.ceil(0.9 * sorted.length) - 1)];
}

function severityOf(doc: PostmortemDocument): string {
  const written = doc.metadata.find((f) => f.key === 'severity')?.value.trim() ?? '';
  if (written === '') return 'unknown';
  return resolveSeverity(written)?.id ?? written;
}

/** The incident's day: from its Started moment, else its Date. */
function dayOf(doc: PostmortemDocument, started: Moment | null): string | null {
  return started?.dated ? started.time.toISOString().slice(0, 10) : doc.incidentDate;
}

function group(month: string, severity: string, rows: ReadonlyArray<Record<MetricName, number | null>>): StatsGroup {
  const metrics = Object.fromEntries(
    METRIC_NAMES.map((metric) => {
      const values = rows.map((r) => r[metric]).filter((v): v is number => v !== null && v >= 0);
      return [metric, { count: values.length, median: median(values), p90: p90(values) }];
    }),
  ) as Record<MetricName, Distribution>;
  return { month, severity, incidents: rows.length, metrics };
}

export function computeStats(inputs: readonly StatsInput[], options: { now: Date; since?: string | null; config?: MetricsConfig }): StatsReport {
  const config = options.config ?? defaultMetricsConfig();
  const since = options.since ?? null;
  const today = options.now.toISOString().slice(0, 10);
  const rows: Array<{ month: string; severity: string; metrics: Record<MetricName, number | null> }> = [];
  const owners = new Map<string | null, OwnerActions>();
  const skipped: string[] = [];
  for (const { file, doc } of inputs) {
    const moments = findMoments(doc);
    const day = dayOf(doc, moments.started);
    if (since !== null && (day === null || day < since)) {
      skipped.push(file);
      continue;
    }
    rows.push({ month: day ? day.slice(0, 7) : 'unknown', severity: severityOf(doc), metrics: computeMetrics(moments, config) });
    for (const item of doc.actionItems) {
      if (item.done) continue;
      const entry = owners.get(item.owner) ?? { owner: item.owner, open: 0, overdue: 0 };
      entry.open++;
      if (item.due !== null && item.due < today) entry.overdue++;
      owners.set(item.owner, entry);
    }
  }
  const keys = [...new Set(rows.map((r) => `${r.month}\u0000${r.severity}`))].sort();
  const groups = keys.map((key) => {
    const [month, severity] = key.split('\u0000');
    return group(month, severity, rows.filter((r) => r.month === month && r.severity === severity).map((r) => r.metrics));
  });
  return {
    today,
    since,
    incidents: rows.length,
    groups,
    total: group('all', 'all', rows.map((r) => r.metrics)),
    owners: [...owners.values()].sort((a, b) => b.overdue - a.overdue || b.open - a.open || (a.owner ?? '\uffff').localeCompare(b.owner ?? '\uffff')),
    skipped,
  };
}
