// "Postmortem: Show Incident Stats": the `postmortem stats` report over the workspace's postmortems, opened as Markdown with its preview.
import * as vscode from 'vscode';
import { looksLikePostmortem } from '../../core/lint/detect';
import { parseWithinBudget } from '../parsedDocument';
import { computeStats, type StatsInput } from '../../core/metrics/stats';
import { formatStatsMarkdown } from '../../core/metrics/statsReport';
import { statsReportArgsSchema } from './args';
import type { MetricsConfigSource } from './metricsConfig';

export const SHOW_STATS_COMMAND = 'postmortem.showStats';

export interface StatsOutcome {
  incidents: number;
  reportUri: string;
}

/**
 * The report as an unsaved `incident-stats.md` in the first workspace folder, replaced on each run: a named untitled
 * document, so its preview never shows an earlier untitled document that had the same generated name.
 */
async function reportDocument(content: string): Promise<vscode.TextDocument> {
  const folder = vscode.workspace.workspaceFolders?.[0];
  if (!folder) return vscode.workspace.openTextDocument({ language: 'markdown', content });
  const uri = vscode.Uri.joinPath(folder.uri, 'incident-stats.md').with({ scheme: 'untitled' });
  const document = await vscode.workspace.openTextDocument(uri);
  const edit = new vscode.WorkspaceEdit();
  edit.replace(uri, new vscode.Range(document.positionAt(0), document.positionAt(document.getText().length)), content);
  await vscode.workspace.applyEdit(edit);
  return vscode.languages.setTextDocumentLanguage(document, 'markdown');
}

export function showStatsCommand(configs: MetricsConfigSource) {
  return async (rawArgs?: unknown): Promise<StatsOutcome | undefined> => {
    const parsed = statsReportArgsSchema.safeParse(rawArgs instanceof vscode.Uri ? { folder: rawArgs.toString() } : (rawArgs ?? {}));
    if (!parsed.success) throw new Error(`${SHOW_STATS_COMMAND}: invalid arguments: ${parsed.error.message}`);
    const folder = parsed.data.folder === undefined ? undefined : vscode.Uri.parse(parsed.data.folder);
    const pattern = folder ? new vscode.RelativePattern(folder, '**/*.{md,markdown}') : '**/*.{md,markdown}';
    const files = await vscode.workspace.findFiles(pattern, '**/{node_modules,.git,dist,out}/**', 5000);
    const inputs: StatsInput[] = [];
    for (const uri of files.sort((a, b) => a.path.localeCompare(b.path))) {
      // Saved files, as `postmortem stats` reads them: a half-edited postmortem does not count until it is saved.
      // A file too costly to parse without blocking the editor is left out, as the linter leaves it out.
      const doc = parseWithinBudget(new TextDecoder().decode(await vscode.workspace.fs.readFile(uri)));
      if (doc && looksLikePostmortem(doc)) inputs.push({ file: vscode.workspace.asRelativePath(uri), doc });
    }
    if (inputs.length === 0) {
      void vscode.window.showInformationMessage(folder ? `No postmortems found in ${vscode.workspace.asRelativePath(folder)}.` : 'No postmortems found in this workspace.');
      return { incidents: 0, reportUri: '' };
    }
    const config = files[0] ? await configs.configFor(files[0]) : undefined;
    const report = computeStats(inputs, { now: new Date(), since: parsed.data.since ?? null, config });
    const document = await reportDocument(formatStatsMarkdown(report));
    // Run again, the report stays where it is shown (not a second copy in the group the preview left active).
    const shown = vscode.window.visibleTextEditors.find((editor) => editor.document.uri.toString() === document.uri.toString());
    await vscode.window.showTextDocument(document, { preview: false, ...(shown?.viewColumn === undefined ? {} : { viewColumn: shown.viewColumn }) });
    await vscode.commands.executeCommand('markdown.showPreviewToSide', document.uri);
    return { incidents: report.incidents, reportUri: document.uri.toString() };
  };
}
