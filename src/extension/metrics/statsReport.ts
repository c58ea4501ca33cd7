// "Postmortem: Show Incident Stats": the `postmortem stats` report over the workspace's postmortems, opened as Markdown with its preview.
import * as vscode from 'vscode';
import { looksLikePostmortem } from '../../core/lint/detect';
import { parsePostmortem } from '../../core/model/parse';
import { computeStats, type StatsInput } from '../../core/metrics/stats';
import { formatStatsMarkdown } from '../../core/metrics/statsReport';
import { statsReportArgsSchema } from './args';
import type { MetricsConfigSource } from './metricsConfig';

export const SHOW_STATS_COMMAND = 'postmortem.showStats';

export interface StatsOutcome {
  incidents: number;
  reportUri: string;
}

export function showStatsCommand(configs: MetricsConfigSource) {
  return async (rawArgs?: unknown): Promise<StatsOutcome | undefined> => {
    const parsed = statsReportArgsSchema.safeParse(rawArgs ?? {});
    if (!parsed.success) throw new Error(`${SHOW_STATS_COMMAND}: invalid arguments: ${parsed.error.message}`);
    const files = await vscode.workspace.findFiles('**/*.{md,markdown}', '**/{node_modules,.git,dist,out}/**', 5000);
    const inputs: StatsInput[] = [];
    for (const uri of files.sort((a, b) => a.path.localeCompare(b.path))) {
      // Saved files, as `postmortem stats` reads them: a half-edited postmortem does not count until it is saved.
      const doc = parsePostmortem(new TextDecoder().decode(await vscode.workspace.fs.readFile(uri)));
      if (looksLikePostmortem(doc)) inputs.push({ file: vscode.workspace.asRelativePath(uri), doc });
    }
    if (inputs.length === 0) {
      void vscode.window.showInformationMessage('No postmortems found in this workspace.');
      return { incidents: 0, reportUri: '' };
    }
    const config = files[0] ? await configs.configFor(files[0]) : undefined;
    const report = computeStats(inputs, { now: new Date(), since: parsed.data.since ?? null, config });
    const document = await vscode.workspace.openTextDocument({ language: 'markdown', content: formatStatsMarkdown(report) });
    await vscode.window.showTextDocument(document, { preview: false });
    await vscode.commands.executeCommand('markdown.showPreviewToSide', document.uri);
    return { incidents: report.incidents, reportUri: document.uri.toString() };
  };
}
