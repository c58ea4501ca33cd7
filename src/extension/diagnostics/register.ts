// Registers postmortem linting in the editor: diagnostics, quick fixes, fix-all and hovers.
import * as vscode from 'vscode';
import type { CommandRegistry } from '../commandRegistry';
import { PostmortemCodeActions, registerSelectAfterFix } from './codeActions';
import { PostmortemHover } from './hover';
import { LintConfigLoader } from './lintConfig';
import { PostmortemLinter } from './linter';
import { bundledRuleDocs } from './toDiagnostic';

const MARKDOWN: vscode.DocumentSelector = { language: 'markdown' };

export function registerLintDiagnostics(context: vscode.ExtensionContext, commands: CommandRegistry): PostmortemLinter {
  const loader = new LintConfigLoader();
  const docs = bundledRuleDocs(context.extensionUri);
  const linter = new PostmortemLinter(loader, docs);
  context.subscriptions.push(
    loader,
    linter,
    loader.onDidChange(() => linter.scheduleAllOpen()),
    vscode.workspace.onDidOpenTextDocument((document) => linter.schedule(document, 0)),
    vscode.workspace.onDidChangeTextDocument((event) => {
      if (event.contentChanges.length > 0) linter.schedule(event.document);
    }),
    vscode.workspace.onDidCloseTextDocument((document) => linter.forget(document)),
    vscode.languages.registerCodeActionsProvider(MARKDOWN, new PostmortemCodeActions(linter), PostmortemCodeActions.metadata),
    vscode.languages.registerHoverProvider(MARKDOWN, new PostmortemHover(linter, docs)),
    registerSelectAfterFix(commands),
  );
  linter.scheduleAllOpen();
  return linter;
}
