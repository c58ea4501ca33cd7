// `postmortem stats`: incidents per month and severity with median / p90 of each metric, and open / overdue action items per owner.
import { resolve } from 'node:path';
import { parsePostmortem } from '../../core/model/parse';
import { looksLikePostmortem } from '../../core/lint/detect';
import { computeStats, type StatsInput } from '../../core/metrics/stats';
import { formatStatsMarkdown, formatStatsText } from '../../core/metrics/statsReport';
import { CliError, type CliCommand } from '../command';
import { expandPostmortemPaths, readPostmortemFile, rejectUnknownOptions, takeOption } from '../files';
import { configFinder, loadConfigFile } from './lint';

const usage = `Usage: postmortem stats [--format text|json|markdown] [--since YYYY-MM-DD] [--config FILE] PATH...

Across the postmortems at PATH (files, or folders searched for postmortems): per
month and severity, the number of incidents and the median and p90 of time to
detect, acknowledge, mitigate and resolve and of the duration (minutes, counted
from Started unless metrics.countFrom says otherwise); open and overdue action
items per owner.

Options:
  --format text|json|markdown  text (default), json, or a Markdown report
  --since YYYY-MM-DD           only incidents that started on or after this day
  --config FILE                use this configuration instead of the nearest .postmortemrc.json
`;

export const statsCommand: CliCommand = {
  name: 'stats',
  usage,
  async run(argv, io) {
    const args = [...argv];
    const format = takeOption(args, 'format') ?? 'text';
    if (format !== 'text' && format !== 'json' && format !== 'markdown') throw new CliError(`unknown --format '${format}': use text, json or markdown.`);
    const since = takeOption(args, 'since') ?? null;
    if (since !== null && (!/^\d{4}-\d{2}-\d{2}$/.test(since) || Number.isNaN(Date.parse(since)))) throw new CliError(`--since '${since}' is not a date: use YYYY-MM-DD.`);
    const configOption = takeOption(args, 'config');
    rejectUnknownOptions(args);
    const named = new Set(args.map((arg) => resolve(io.cwd, arg)));
    const inputs: StatsInput[] = [];
    let firstPath: string | null = null;
    for (const path of expandPostmortemPaths(args, io.cwd)) {
      const file = readPostmortemFile(path, io.cwd);
      const doc = parsePostmortem(file.text);
      if (!named.has(path) && !looksLikePostmortem(doc)) continue;
      firstPath ??= path;
      inputs.push({ file: file.displayPath, doc });
    }
    // One set of definitions for the whole report: the configuration of the first postmortem's folder, or the one given.
    const config = configOption !== undefined ? loadConfigFile(resolve(io.cwd, configOption), io.cwd).config : firstPath ? configFinder(io.cwd)(firstPath).config : undefined;
    const report = computeStats(inputs, { now: io.now(), since, config: config?.metrics });
    io.stdout(format === 'json' ? `${JSON.stringify(report, null, 2)}\n` : format === 'markdown' ? formatStatsMarkdown(report) : formatStatsText(report));
    return 0;
  },
};
