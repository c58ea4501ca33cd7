// The one activate shared by the Node and web entry points: every feature registers here.
import * as vscode from 'vscode';
import { registerActionItemCommands } from './actions/commands';
import { registerNewPostmortem } from './newPostmortem/command';
import { registerLintDiagnostics } from './diagnostics/register';
import { registerPasteKubectlEvents } from './kubectl/paste';
import { registerPlaceholderNavigation } from './placeholders/navigate';
import { registerSnippetCompletions } from './snippets/completion';

export interface ExtensionApi {
  /** Milliseconds from the start of activate to its end, for the benchmark. */
  activationMs: number;
  platform: 'node' | 'web';
}

export function activateShared(context: vscode.ExtensionContext, platform: 'node' | 'web'): ExtensionApi {
  const started = performance.now();
  registerActionItemCommands(context);
  registerNewPostmortem(context);
  const linter = registerLintDiagnostics(context);
  registerSnippetCompletions(context, linter);
  registerPasteKubectlEvents(context);
  registerPlaceholderNavigation(context);
  return { activationMs: performance.now() - started, platform };
}
