// Code actions on a timeline row: "Mark as Detected (10:07 UTC)" and the other moments, written as fields the metrics read first.
import * as vscode from 'vscode';
import { markMomentEdit, momentValue, timelineEventAt } from '../../core/metrics/markMoment';
import { MOMENT_LABELS, MOMENT_NAMES } from '../../core/metrics/types';
import { parsedPostmortem } from '../parsedDocument';

export const MARK_MOMENT_KIND = vscode.CodeActionKind.RefactorRewrite.append('postmortem.markMoment');

export class MarkMomentActions implements vscode.CodeActionProvider {
  static readonly metadata: vscode.CodeActionProviderMetadata = { providedCodeActionKinds: [MARK_MOMENT_KIND] };

  provideCodeActions(document: vscode.TextDocument, range: vscode.Range, context: vscode.CodeActionContext): vscode.CodeAction[] {
    if (context.only && !context.only.contains(MARK_MOMENT_KIND) && !MARK_MOMENT_KIND.contains(context.only)) return [];
    // Asked for on every move of the cursor: never parse a document over the editor's budget.
    const doc = parsedPostmortem(document);
    if (!doc) return [];
    const row = timelineEventAt(doc, document.offsetAt(range.start));
    if (!row) return [];
    return MOMENT_NAMES.flatMap((name) => {
      const edit = markMomentEdit(doc, name, row.time, row.dated);
      if (!edit) return [];
      const action = new vscode.CodeAction(vscode.l10n.t('Mark as {0} ({1})', MOMENT_LABELS[name], momentValue(row.time, row.dated)), MARK_MOMENT_KIND);
      action.edit = new vscode.WorkspaceEdit();
      action.edit.replace(document.uri, new vscode.Range(document.positionAt(edit.start), document.positionAt(edit.end)), edit.text);
      return [action];
    });
  }
}
