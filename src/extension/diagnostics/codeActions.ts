// Quick fixes for postmortem findings (rewrites, inserted fields, sorted timelines, disable comments) and `source.fixAll.postmortem`.
import * as vscode from 'vscode';
import type { CommandRegistry } from '../commandRegistry';
import { applicableFixes } from '../../core/lint/fixes';
import { disableForLineEdit, disableForSentenceEdit } from '../../core/lint/suppressionEdits';
import type { Finding, TextEdit } from '../../core/lint/types';
import type { PostmortemLinter } from './linter';
import { findingRange, ruleIdOf } from './toDiagnostic';

export const FIX_ALL_KIND = vscode.CodeActionKind.SourceFixAll.append('postmortem');

function workspaceEdit(document: vscode.TextDocument, edits: readonly TextEdit[]): vscode.WorkspaceEdit {
  const edit = new vscode.WorkspaceEdit();
  for (const { start, end, text } of edits) {
    edit.replace(document.uri, new vscode.Range(document.positionAt(start), document.positionAt(end)), text);
  }
  return edit;
}

/** Selects a range of the document after a quick fix's edit: the placeholder it inserted, ready to type over. */
export const SELECT_AFTER_FIX_COMMAND = 'postmortem.selectAfterFix';

export function registerSelectAfterFix(commands: CommandRegistry): vscode.Disposable {
  return commands.register(SELECT_AFTER_FIX_COMMAND, async (uri: vscode.Uri, start: number, end: number) => {
    const editor = vscode.window.visibleTextEditors.find((e) => e.document.uri.toString() === uri.toString()) ?? (await vscode.window.showTextDocument(uri));
    editor.selection = new vscode.Selection(editor.document.positionAt(start), editor.document.positionAt(end));
    editor.revealRange(editor.selection);
  });
}

function quickFix(title: string, document: vscode.TextDocument, edits: readonly TextEdit[], diagnostic: vscode.Diagnostic, select?: { start: number; end: number }): vscode.CodeAction {
  const action = new vscode.CodeAction(title, vscode.CodeActionKind.QuickFix);
  action.edit = workspaceEdit(document, edits);
  action.diagnostics = [diagnostic];
  if (select) action.command = { title, command: SELECT_AFTER_FIX_COMMAND, arguments: [document.uri, select.start, select.end] };
  return action;
}

export class PostmortemCodeActions implements vscode.CodeActionProvider {
  static readonly metadata: vscode.CodeActionProviderMetadata = {
    providedCodeActionKinds: [vscode.CodeActionKind.QuickFix, FIX_ALL_KIND],
  };

  constructor(private readonly linter: PostmortemLinter) {}

  provideCodeActions(document: vscode.TextDocument, _range: vscode.Range, context: vscode.CodeActionContext): vscode.CodeAction[] {
    const linted = this.linter.current(document);
    if (!linted) return [];
    if (context.only?.contains(FIX_ALL_KIND)) {
      return this.fixAll(document, linted.findings);
    }
    const actions: vscode.CodeAction[] = [];
    const offered = new Set<string>();
    for (const diagnostic of context.diagnostics) {
      const ruleId = ruleIdOf(diagnostic);
      if (ruleId === undefined) continue;
      const finding = linted.findings.find((f) => f.ruleId === ruleId && findingRange(document, f).isEqual(diagnostic.range) && f.message === diagnostic.message);
      if (!finding) continue;
      if (finding.fix) {
        const action = quickFix(finding.fix.title, document, [finding.fix.edit], diagnostic);
        action.isPreferred = true;
        actions.push(action);
      }
      finding.suggestions?.forEach((suggestion, index) => {
        // Owner and due findings on one item offer the same "Insert owner and due date fields": list it once.
        const key = `${suggestion.title}\u0000${suggestion.edit.start}\u0000${suggestion.edit.text}`;
        if (offered.has(key)) return;
        offered.add(key);
        const action = quickFix(suggestion.title, document, [suggestion.edit], diagnostic, suggestion.select);
        action.isPreferred = !finding.fix && index === 0 && finding.ruleId === 'blaming-language';
        actions.push(action);
      });
      // A blaming-language finding is one sentence, and a paragraph is one line: offer the narrower comment first.
      const sentenceEdit = finding.ruleId === 'blaming-language' ? disableForSentenceEdit(linted.doc, finding.ruleId, finding.range.start) : null;
      if (sentenceEdit) actions.push(quickFix(`Disable ${finding.ruleId} for this sentence`, document, [sentenceEdit], diagnostic));
      if (finding.ruleId !== 'config') {
        actions.push(quickFix(`Disable ${finding.ruleId} for this line`, document, [disableForLineEdit(linted.doc, finding.ruleId, finding.range.start)], diagnostic));
      }
    }
    return actions;
  }

  /** Every safe fix at once, for "Fix all" and `editor.codeActionsOnSave`. */
  private fixAll(document: vscode.TextDocument, findings: readonly Finding[]): vscode.CodeAction[] {
    const edits = applicableFixes(findings.flatMap((f) => (f.fix ? [f.fix.edit] : [])));
    if (edits.length === 0) return [];
    const action = new vscode.CodeAction(vscode.l10n.t('Fix all auto-fixable postmortem problems'), FIX_ALL_KIND);
    action.edit = workspaceEdit(document, edits);
    return [action];
  }
}
