// When the engine is needed without being asked for: a Markdown document that may be a postmortem is open (at startup,
// opened later, or edited into one). A postmortem by the `postmortem.lint.files` globs, or by a quick look at its text.
import * as vscode from 'vscode';
import { MAX_EDITOR_LINT_CHARS } from '../core/lint/budget';
import { mayBePostmortem } from '../core/lint/mayBePostmortem';
import { matchesPostmortemGlobs, readLintSettings } from './diagnostics/lintSettings';

/** A document being typed into is looked at again once typing pauses, as the linter waits before linting. */
const TYPING_DELAY_MS = 300;

function mayNeedEngine(document: vscode.TextDocument): boolean {
  if (document.languageId !== 'markdown') return false;
  if (matchesPostmortemGlobs(document.uri, readLintSettings(document.uri).files)) return true;
  // The engine does not read a document this long as it is typed (the status bar says so only for one matched by path).
  const length = document.offsetAt(document.lineAt(document.lineCount - 1).range.end);
  return length <= MAX_EDITOR_LINT_CHARS && mayBePostmortem(document.getText());
}

/** Calls `needed` once, the first time an open Markdown document may be a postmortem; the look at documents already open waits for activate() to return. */
export function whenPostmortemMayBeOpen(needed: () => void): vscode.Disposable {
  const timers = new Map<string, ReturnType<typeof setTimeout>>();
  const consider = (document: vscode.TextDocument) => {
    if (!mayNeedEngine(document)) return;
    stop.dispose();
    needed();
  };
  const later = (document: vscode.TextDocument, delayMs: number) => {
    const key = document.uri.toString();
    clearTimeout(timers.get(key));
    timers.set(key, setTimeout(() => {
      timers.delete(key);
      if (!document.isClosed) consider(document);
    }, delayMs));
  };
  const listeners = [
    vscode.workspace.onDidOpenTextDocument((document) => later(document, 0)),
    vscode.workspace.onDidChangeTextDocument((event) => later(event.document, TYPING_DELAY_MS)),
  ];
  const stop = new vscode.Disposable(() => {
    for (const timer of timers.values()) clearTimeout(timer);
    timers.clear();
    for (const listener of listeners) listener.dispose();
  });
  for (const document of vscode.workspace.textDocuments) later(document, 0);
  return stop;
}
