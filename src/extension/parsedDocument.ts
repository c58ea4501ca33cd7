// The one way the editor's features read a postmortem: parsed once per document version, and never when the text is
// too costly to parse on the typing path (the extension host must not block: CodeLens, hover, completion and the
// action-items index all run while people type).
import * as vscode from 'vscode';
import { editorLintBudgetProblem } from '../core/lint/budget';
import { parsePostmortem } from '../core/model/parse';
import type { PostmortemDocument } from '../core/model/types';

const parsed = new WeakMap<vscode.TextDocument, { version: number; doc: PostmortemDocument | undefined }>();

/** The document's model, or undefined when the text is over the editor's parse budget. */
export function parsedPostmortem(document: vscode.TextDocument): PostmortemDocument | undefined {
  const cached = parsed.get(document);
  if (cached && cached.version === document.version) return cached.doc;
  const doc = parseWithinBudget(document.getText());
  parsed.set(document, { version: document.version, doc });
  return doc;
}

/** The model of a text, or undefined when parsing it would block the editor (see `editorLintBudgetProblem`). */
export function parseWithinBudget(text: string): PostmortemDocument | undefined {
  return editorLintBudgetProblem(text) === null ? parsePostmortem(text) : undefined;
}

/** The document's model for a command the user ran; when it is over the budget, says why and returns undefined. */
export function parsedForCommand(document: vscode.TextDocument): PostmortemDocument | undefined {
  const doc = parsedPostmortem(document);
  if (!doc) void vscode.window.showWarningMessage(vscode.l10n.t('Postmortem: {0} is not read: {1}.', vscode.workspace.asRelativePath(document.uri), editorLintBudgetProblem(document.getText()) ?? vscode.l10n.t('it is over the editor’s budget')));
  return doc;
}
