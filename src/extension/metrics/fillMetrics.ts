// "Postmortem: Fill Metrics from Timeline": writes the computed metrics and Duration into the document, as one undoable edit.
import * as vscode from 'vscode';
import { fillMetricsEdits } from '../../core/metrics/fill';
import { METRIC_LABELS, type MetricName } from '../../core/metrics/types';
import { parsedForCommand } from '../parsedDocument';
import { fillMetricsArgsSchema } from './args';
import type { MetricsConfigSource } from './metricsConfig';

export const FILL_METRICS_COMMAND = 'postmortem.fillMetrics';

export interface FillMetricsOutcome {
  written: MetricName[];
  missing: MetricName[];
  edits: number;
}

async function documentFor(uri: string | undefined): Promise<vscode.TextDocument | undefined> {
  if (uri !== undefined) return vscode.workspace.openTextDocument(vscode.Uri.parse(uri));
  const document = vscode.window.activeTextEditor?.document;
  return document && document.languageId === 'markdown' ? document : undefined;
}

export function fillMetricsCommand(configs: MetricsConfigSource) {
  return async (rawArgs?: unknown): Promise<FillMetricsOutcome | undefined> => {
    const parsed = fillMetricsArgsSchema.safeParse(rawArgs instanceof vscode.Uri ? { uri: rawArgs.toString() } : (rawArgs ?? {}));
    if (!parsed.success) throw new Error(`${FILL_METRICS_COMMAND}: invalid arguments: ${parsed.error.message}`);
    const document = await documentFor(parsed.data.uri);
    if (!document) {
      void vscode.window.showWarningMessage(vscode.l10n.t('Open the postmortem (a Markdown file) to fill its metrics from the timeline.'));
      return undefined;
    }
    const doc = parsedForCommand(document);
    if (!doc) return undefined;
    const result = fillMetricsEdits(doc, await configs.configFor(document.uri));
    const outcome = { written: result.written, missing: result.missing, outOfOrder: result.outOfOrder, edits: result.edits.length };
    const outOfOrder = result.outOfOrder.map((m) => METRIC_LABELS[m].toLowerCase());
    const orderNote = outOfOrder.length > 0 ? vscode.l10n.t('; not filled, their moments are out of order: {0} (see the metrics-consistency warning)', outOfOrder.join(', ')) : '';
    if (result.written.length === 0 && outOfOrder.length > 0) {
      void vscode.window.showWarningMessage(vscode.l10n.t('No metric filled: the timeline\'s key moments are out of order ({0}). Check the dates of the rows the metrics-consistency warning names.', outOfOrder.join(', ')));
      return outcome;
    }
    if (result.written.length === 0) {
      void vscode.window.showInformationMessage(vscode.l10n.t('No metric could be computed: the timeline has no times, or no moment besides the start. Add rows, or fields such as **Detected**: 10:05 UTC.'));
      return outcome;
    }
    if (result.edits.length > 0) {
      const edit = new vscode.WorkspaceEdit();
      for (const { start, end, text } of result.edits) edit.replace(document.uri, new vscode.Range(document.positionAt(start), document.positionAt(end)), text);
      await vscode.workspace.applyEdit(edit);
    }
    const unknown = result.missing.map((m) => METRIC_LABELS[m].toLowerCase());
    void vscode.window.showInformationMessage(
      `${result.edits.length === 0 ? 'Metrics already match the timeline' : `Filled ${result.written.map((m) => METRIC_LABELS[m].toLowerCase()).join(', ')}`}${unknown.length > 0 ? `; unknown: ${unknown.join(', ')} (add the moment as a field, e.g. **Acknowledged**: 10:12 UTC)` : ''}${orderNote}.`,
    );
    return outcome;
  };
}
