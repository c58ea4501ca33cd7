// "Postmortem: Next Placeholder" / "Previous Placeholder": select the next unfilled template placeholder, so typing replaces it.
import * as vscode from 'vscode';
import type { CommandRegistry } from '../commandRegistry';
import { parsedPostmortem } from '../parsedDocument';
import { placeholderFrom, type PlaceholderDirection } from '../../core/templates/nextPlaceholder';
import { findPlaceholders } from '../../core/templates/placeholders';

function selectPlaceholder(direction: PlaceholderDirection): void {
  const editor = vscode.window.activeTextEditor;
  if (!editor) return;
  const document = editor.document;
  const selection = { start: document.offsetAt(editor.selection.start), end: document.offsetAt(editor.selection.end) };
  const doc = parsedPostmortem(document);
  const target = doc ? placeholderFrom(findPlaceholders(doc), selection, direction) : undefined;
  if (!target) {
    void vscode.window.showInformationMessage(vscode.l10n.t('No template placeholders left in this document.'));
    return;
  }
  editor.selection = new vscode.Selection(document.positionAt(target.start), document.positionAt(target.end));
  editor.revealRange(editor.selection, vscode.TextEditorRevealType.InCenterIfOutsideViewport);
}

export function registerPlaceholderNavigation(context: vscode.ExtensionContext, commands: CommandRegistry): void {
  context.subscriptions.push(
    commands.register('postmortem.nextPlaceholder', () => selectPlaceholder('next')),
    commands.register('postmortem.previousPlaceholder', () => selectPlaceholder('previous')),
  );
}
