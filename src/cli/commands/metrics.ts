// `postmortem metrics`: the key moments and metrics of single postmortems, as text or the JSON the issue fixes.
import { parsePostmortem } from '../../core/model/parse';
import { computeMetrics, findMoments, metricDefinition, momentRecords, METRIC_LABELS, METRIC_NAMES, MOMENT_LABELS, MOMENT_NAMES, type MetricsRecord } from '../../core/metrics';
import { describeMoment } from '../../core/metrics/describe';
import { formatMinutesLong } from '../../core/metrics/duration';
import type { MetricsConfig } from '../../core/metrics/config';
import type { PostmortemDocument } from '../../core/model/types';
import { CliError, type CliCommand } from '../command';
import { expandPostmortemPaths, readPostmortemFile, rejectUnknownOptions, takeOption } from '../files';
import { configFinder, loadConfigFile } from './lint';
import { resolve } from 'node:path';

const usage = `Usage: postmortem metrics [--format text|json] [--config FILE] FILE...

The key moments of each postmortem (Started, Detected, Acknowledged, Mitigated,
Resolved: from fields such as **Detected**: 2026-03-02 10:05 UTC, else inferred
from the timeline) and the metrics between them, in minutes.

Options:
  --format text|json  text (default); json: { file, moments: { started, detected,
                      acknowledged, mitigated, resolved: { time, source, line } | null },
                      metrics: { timeToDetect, timeToAcknowledge, timeToMitigate,
                      timeToResolve, duration } } per file (an array for several)
  --config FILE       use this configuration instead of the nearest .postmortemrc.json
                      (metrics.countFrom: which moment each metric counts from;
                      default Started)
`;

function textFor(file: string, doc: PostmortemDocument, config: MetricsConfig): string {
  const moments = findMoments(doc);
  const metrics = computeMetrics(moments, config);
  const startDay = moments.started?.time.toISOString().slice(0, 10) ?? null;
  const lines = [file];
  for (const name of MOMENT_NAMES) {
    const moment = moments[name];
    lines.push(moment ? `  ${describeMoment(name, moment, startDay)}: ${moment.evidence.replace(/\s+/g, ' ').slice(0, 80)}` : `  ${MOMENT_LABELS[name]}: unknown (add a **${MOMENT_LABELS[name]}**: field)`);
  }
  for (const metric of METRIC_NAMES) {
    const { from, to } = metricDefinition(metric, config);
    const value = metrics[metric];
    const order = value !== null && value < 0 ? `: ${MOMENT_LABELS[to]} is before ${MOMENT_LABELS[from]}, check the timeline's dates` : '';
    lines.push(`  ${METRIC_LABELS[metric]}: ${value === null ? 'unknown' : formatMinutesLong(value)} (${MOMENT_LABELS[from]} → ${MOMENT_LABELS[to]}${order})`);
  }
  return lines.join('\n');
}

export const metricsCommand: CliCommand = {
  name: 'metrics',
  usage,
  async run(argv, io) {
    const args = [...argv];
    const format = takeOption(args, 'format') ?? 'text';
    if (format !== 'text' && format !== 'json') throw new CliError(`unknown --format '${format}': use text or json.`);
    const configOption = takeOption(args, 'config');
    rejectUnknownOptions(args);
    const fixed = configOption === undefined ? undefined : loadConfigFile(resolve(io.cwd, configOption), io.cwd);
    const configFor = fixed ? () => fixed : configFinder(io.cwd);
    const records: MetricsRecord[] = [];
    const texts: string[] = [];
    for (const path of expandPostmortemPaths(args, io.cwd)) {
      const file = readPostmortemFile(path, io.cwd);
      const doc = parsePostmortem(file.text);
      const config = configFor(path).config.metrics;
      if (format === 'json') {
        const moments = findMoments(doc);
        records.push({ file: file.displayPath, moments: momentRecords(moments), metrics: computeMetrics(moments, config) });
      } else texts.push(textFor(file.displayPath, doc, config));
    }
    if (format === 'json') io.stdout(`${JSON.stringify(records.length === 1 ? records[0] : records, null, 2)}\n`);
    else io.stdout(`${texts.join('\n\n')}\n`);
    return 0;
  },
};
