// A CodeLens over the Metrics section (or the Timeline) with the computed metrics, and a hover listing each value, its definition and its sources.
import * as vscode from 'vscode';
import { computeMetrics, metricDefinition } from '../../core/metrics/compute';
import { describeMoment } from '../../core/metrics/describe';
import { formatMinutesLong, formatMinutesShort } from '../../core/metrics/duration';
import { findMoments } from '../../core/metrics/moments';
import { METRIC_LABELS, METRIC_NAMES, MOMENT_LABELS, MOMENT_NAMES, type Moments } from '../../core/metrics/types';
import { metricsSections, writtenMetrics } from '../../core/metrics/written';
import { parsedPostmortem } from '../parsedDocument';
import { flattenSections, sectionLocator } from '../../core/model/sections';
import type { PostmortemDocument, Section, TextRange } from '../../core/model/types';
import type { MetricsConfig } from '../../core/metrics/config';
import { FILL_METRICS_COMMAND } from './fillMetrics';
import type { MetricsConfigSource } from './metricsConfig';

const SHORT: Record<(typeof METRIC_NAMES)[number], string> = {
  timeToDetect: 'detect',
  timeToAcknowledge: 'acknowledge',
  timeToMitigate: 'mitigate',
  timeToResolve: 'resolve',
  duration: 'duration',
};

/**
 * The Metrics section, else the Timeline section, else (a document without a timeline) the section whose prose gave the
 * start ("Between 16:05 and 16:52 UTC …"): where the computed values are shown.
 */
function anchorSection(doc: PostmortemDocument, moments: Moments): Section | undefined {
  const told = moments.started?.source === 'summary' ? moments.started.range.start : undefined;
  return metricsSections(doc)[0] ?? flattenSections(doc.sections).find((s) => s.kind === 'timeline') ?? (told === undefined ? undefined : sectionLocator(doc.sections)(told) ?? undefined);
}

/** The metrics as Markdown: value, definition and the moments with their lines and sources. */
export function metricsMarkdown(doc: PostmortemDocument, config: MetricsConfig): string {
  const moments = findMoments(doc);
  const metrics = computeMetrics(moments, config);
  const startDay = moments.started?.time.toISOString().slice(0, 10) ?? null;
  const rows = METRIC_NAMES.map((metric) => {
    const { from, to } = metricDefinition(metric, config);
    const value = metrics[metric];
    const order = value !== null && value < 0 ? ` (out of order: ${MOMENT_LABELS[to]} is before ${MOMENT_LABELS[from]})` : '';
    return `| ${METRIC_LABELS[metric]} | ${value === null ? 'unknown' : formatMinutesLong(value)}${order} | ${MOMENT_LABELS[from]} → ${MOMENT_LABELS[to]} |`;
  });
  const momentLines = MOMENT_NAMES.map((name) => {
    const moment = moments[name];
    return moment ? `- ${describeMoment(name, moment, startDay)}: ${moment.evidence.replace(/[|\\`*_[\]<>]/g, ' ').replace(/\s+/g, ' ').slice(0, 90)}` : `- ${MOMENT_LABELS[name]}: unknown (add a \`**${MOMENT_LABELS[name]}**:\` field)`;
  });
  return ['**Metrics computed from the timeline**', '', '| Metric | Value | Counted |', '| --- | --- | --- |', ...rows, '', ...momentLines, '', 'Change where metrics count from with `metrics.countFrom` in `.postmortemrc.json`.'].join('\n');
}

export class MetricsCodeLens implements vscode.CodeLensProvider {
  constructor(private readonly configs: MetricsConfigSource) {}

  async provideCodeLenses(document: vscode.TextDocument): Promise<vscode.CodeLens[]> {
    const doc = parsedPostmortem(document);
    if (!doc) return [];
    const moments = findMoments(doc);
    const section = anchorSection(doc, moments);
    if (!section) return [];
    const metrics = computeMetrics(moments, await this.configs.configFor(document.uri));
    const known = METRIC_NAMES.filter((m) => metrics[m] !== null);
    if (known.length === 0) return [];
    const range = new vscode.Range(document.positionAt(section.headingRange.start), document.positionAt(section.headingRange.start));
    const summary = known.map((m) => `${SHORT[m]} ${metrics[m]! < 0 ? '?' : formatMinutesShort(metrics[m]!)}`).join(' · ');
    return [new vscode.CodeLens(range, { title: vscode.l10n.t('$(clock) {0} — fill from timeline', summary), command: FILL_METRICS_COMMAND, arguments: [{ uri: document.uri.toString() }], tooltip: vscode.l10n.t('Write these values into the Metrics section and the Duration field') })];
  }
}

export class MetricsHover implements vscode.HoverProvider {
  constructor(private readonly configs: MetricsConfigSource) {}

  async provideHover(document: vscode.TextDocument, position: vscode.Position): Promise<vscode.Hover | undefined> {
    const doc = parsedPostmortem(document);
    if (!doc) return undefined;
    const offset = document.offsetAt(position);
    const inside = (r: TextRange) => offset >= r.start && offset <= r.end;
    // On the Metrics heading, the Duration field and each written metric line: where a reader checks a value.
    const range = metricsSections(doc).find((s) => inside(s.headingRange))?.headingRange ?? writtenMetrics(doc).find((w) => inside(w.field.range))?.field.range;
    if (!range) return undefined;
    const markdown = new vscode.MarkdownString(metricsMarkdown(doc, await this.configs.configFor(document.uri)));
    return new vscode.Hover(markdown, new vscode.Range(document.positionAt(range.start), document.positionAt(range.end)));
  }
}
