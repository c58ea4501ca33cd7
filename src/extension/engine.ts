// The engine's side of the extension: every feature registers here, once the entry has decided the engine is needed.
import type * as vscode from 'vscode';
import { registerActionItemCommands } from './actions/commands';
import type { ActionItemsViewHost } from './actionItemsView/deferredView';
import { registerActionItemsView, type ActionItemsViewApi } from './actionItemsView/register';
import type { CommandRegistry } from './commandRegistry';
import { registerLintDiagnostics } from './diagnostics/register';
import { registerImportKubectlEvents } from './kubectl/import';
import type { RunKubectl } from './kubectl/kubectlProcess';
import { registerPasteKubectlEvents } from './kubectl/paste';
import { registerMetrics } from './metrics/register';
import { registerNewPostmortem } from './newPostmortem/command';
import { registerPlaceholderNavigation } from './placeholders/navigate';
import { registerSnippetCompletions } from './snippets/completion';
import type { TimelineEditorHost } from './timelineEditor/deferredProvider';
import { registerTimelineEditor, type TimelineEditorHooks } from './timelineEditor/register';

/** What the entry hands the engine: where commands go, the view and editor it registered, and what only its host can do. */
export interface EngineHost {
  commands: CommandRegistry;
  actionItemsView: ActionItemsViewHost;
  timelineEditor: TimelineEditorHost;
  /** Runs kubectl: the desktop entry has it, the web extension host has none (Import from Cluster is then not registered). */
  runKubectl?: RunKubectl;
}

export interface EngineApi {
  /** The Action Items tree as the sidebar shows it. */
  actionItems: ActionItemsViewApi;
  /** The timeline editor's test door (what its webview rendered; messages as if from it). */
  timelineEditor: TimelineEditorHooks;
}

export function startEngine(context: vscode.ExtensionContext, host: EngineHost): EngineApi {
  const { commands } = host;
  registerActionItemCommands(context, commands);
  registerNewPostmortem(context, commands);
  const linter = registerLintDiagnostics(context, commands);
  registerSnippetCompletions(context, linter);
  registerPasteKubectlEvents(context, commands);
  if (host.runKubectl) registerImportKubectlEvents(context, commands, host.runKubectl);
  registerPlaceholderNavigation(context, commands);
  const actionItems = registerActionItemsView(context, commands, host.actionItemsView);
  registerMetrics(context, commands);
  const timelineEditor = registerTimelineEditor(context, commands, host.timelineEditor);
  return { actionItems, timelineEditor };
}
