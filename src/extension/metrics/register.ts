// Registers the metrics features: Fill Metrics, the CodeLens and hover on the Metrics section, "Mark as …" on timeline rows, Draft Status Update, the stats report.
import * as vscode from 'vscode';
import type { CommandRegistry } from '../commandRegistry';
import { LintConfigLoader } from '../diagnostics/lintConfig';
import { FILL_METRICS_COMMAND, fillMetricsCommand } from './fillMetrics';
import { MetricsCodeLens, MetricsHover } from './lens';
import { MarkMomentActions } from './markMoment';
import { MetricsConfigSource } from './metricsConfig';
import { showStatsCommand, SHOW_STATS_COMMAND } from './statsReport';
import { COPY_STATUS_UPDATE_COMMAND, copyStatusUpdateCommand, DRAFT_STATUS_UPDATE_COMMAND, draftStatusUpdateCommand, StatusUpdateDrafts } from './statusUpdate';

const MARKDOWN: vscode.DocumentSelector = { language: 'markdown' };

export function registerMetrics(context: vscode.ExtensionContext, commands: CommandRegistry): void {
  const loader = new LintConfigLoader();
  const configs = new MetricsConfigSource(loader);
  const drafts = new StatusUpdateDrafts();
  context.subscriptions.push(
    loader,
    commands.register(FILL_METRICS_COMMAND, fillMetricsCommand(configs)),
    commands.register(DRAFT_STATUS_UPDATE_COMMAND, draftStatusUpdateCommand(drafts)),
    commands.register(COPY_STATUS_UPDATE_COMMAND, copyStatusUpdateCommand(drafts)),
    commands.register(SHOW_STATS_COMMAND, showStatsCommand(configs)),
    vscode.languages.registerCodeLensProvider(MARKDOWN, new MetricsCodeLens(configs)),
    vscode.languages.registerHoverProvider(MARKDOWN, new MetricsHover(configs)),
    vscode.languages.registerCodeActionsProvider(MARKDOWN, new MarkMomentActions(), MarkMomentActions.metadata),
  );
}
