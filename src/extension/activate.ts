// The one activate shared by the Node and web entry points: every feature registers here.
import * as vscode from 'vscode';
import { registerActionItemCommands } from './actions/commands';
import { registerNewPostmortem } from './newPostmortem/command';
import { registerLintDiagnostics } from './diagnostics/register';
import { registerPasteKubectlEvents } from './kubectl/paste';
import { registerActionItemsView, type ActionItemsViewApi } from './actionItemsView/register';
import { registerMetrics } from './metrics/register';
import { registerTimelineEditor, type TimelineEditorHooks } from './timelineEditor/register';
import { registerPlaceholderNavigation } from './placeholders/navigate';
import { registerSnippetCompletions } from './snippets/completion';

export interface ExtensionApi {
  /** Milliseconds from the start of activate to its end, for the benchmark. */
  activationMs: number;
  platform: 'node' | 'web';
  /** The Action Items tree as the sidebar shows it. */
  actionItems: ActionItemsViewApi;
  /** The timeline editor's test door (what its webview rendered; messages as if from it). */
  timelineEditor: TimelineEditorHooks;
}

export function activateShared(context: vscode.ExtensionContext, platform: 'node' | 'web'): ExtensionApi {
  const started = performance.now();
  registerActionItemCommands(context);
  registerNewPostmortem(context);
  const linter = registerLintDiagnostics(context);
  registerSnippetCompletions(context, linter);
  registerPasteKubectlEvents(context);
  registerPlaceholderNavigation(context);
  const actionItems = registerActionItemsView(context);
  registerMetrics(context);
  const timelineEditor = registerTimelineEditor(context);
  return { activationMs: performance.now() - started, platform, actionItems, timelineEditor };
}
