// The item menu of the Action Items tree: go to, mark done / reopen, set owner, set due date, copy, open the postmortem.
import * as vscode from 'vscode';
import { daysFromToday, localToday } from '../../core/actions/dates';
import { setDoneEdit, setDueEdit, setOwnerEdit, validateDue, validateOwner } from '../../core/actions/edits';
import type { ActionEntry } from '../../core/actions/entries';
import { itemAsMarkdown } from '../../core/actions/export';
import type { TextEdit } from '../../core/lint/types';
import type { CommandRegistry } from '../commandRegistry';
import { parsedPostmortem } from '../parsedDocument';
import type { ActionItem } from '../../core/model/types';
import { REVEAL_COMMAND, type ActionItemsTreeProvider, type ActionTreeNode } from './treeProvider';
import { readMe } from './viewState';
import type { ActionItemIndex } from './workspaceIndex';

/** What a command receives: a tree node (menus), an entry id (the item's click, scripts), or nothing (the selection). */
type Target = ActionTreeNode | string | undefined;

export class ActionItemCommands {
  constructor(
    private readonly index: ActionItemIndex,
    private readonly tree: ActionItemsTreeProvider,
    private readonly selection: () => readonly ActionTreeNode[],
  ) {}

  register(commands: CommandRegistry): vscode.Disposable[] {
    return [
      commands.register(REVEAL_COMMAND, (target: Target) => this.reveal(target)),
      commands.register('postmortem.actionItems.markDone', (target: Target) => this.setDone(target, true)),
      commands.register('postmortem.actionItems.reopen', (target: Target) => this.setDone(target, false)),
      // A menu passes the node (and, in some hosts, the selection) after it; only a string is a value to set.
      commands.register('postmortem.actionItems.setOwner', (target: Target, owner?: unknown) => this.setOwner(target, typeof owner === 'string' ? owner : undefined)),
      commands.register('postmortem.actionItems.setDue', (target: Target, due?: unknown) => this.setDue(target, typeof due === 'string' ? due : undefined)),
      commands.register('postmortem.actionItems.copyAsMarkdown', (target: Target) => this.copy(target)),
      commands.register('postmortem.actionItems.openPostmortem', (target: Target) => this.openPostmortem(target)),
    ];
  }

  private entryOf(target: Target): ActionEntry | undefined {
    const node = target ?? this.selection()[0];
    if (typeof node === 'string') return this.tree.nodeFor(node)?.entry ?? this.index.entries().find((e) => e.id === node);
    return node?.kind === 'item' ? node.entry : undefined;
  }

  /** The document and the item as they are now: the index may be a keystroke behind the editor. */
  private async locate(target: Target): Promise<{ document: vscode.TextDocument; item: ActionItem; entry: ActionEntry } | undefined> {
    const entry = this.entryOf(target);
    const uri = entry && this.index.uriOf(entry);
    if (!entry || !uri) return undefined;
    const document = await vscode.workspace.openTextDocument(uri);
    const items = parsedPostmortem(document)?.actionItems ?? [];
    const distance = (i: ActionItem) => Math.abs(i.range.start - entry.item.range.start);
    const item = items.filter((i) => i.text === entry.item.text).sort((a, b) => distance(a) - distance(b))[0];
    if (!item) {
      void vscode.window.showWarningMessage(vscode.l10n.t('"{0}" is no longer in {1}.', entry.item.text, entry.postmortem.file));
      return undefined;
    }
    return { document, item, entry };
  }

  private async reveal(target: Target): Promise<void> {
    const found = await this.locate(target);
    if (!found) return;
    const { document, item } = found;
    const start = document.positionAt(item.range.start);
    const range = new vscode.Range(start, document.lineAt(start.line).range.end);
    await vscode.window.showTextDocument(document, { selection: range, preserveFocus: false });
  }

  /** One WorkspaceEdit, so one undo puts the text back. */
  private async apply(document: vscode.TextDocument, edit: TextEdit): Promise<boolean> {
    const workspaceEdit = new vscode.WorkspaceEdit();
    workspaceEdit.replace(document.uri, new vscode.Range(document.positionAt(edit.start), document.positionAt(edit.end)), edit.text);
    const applied = await vscode.workspace.applyEdit(workspaceEdit);
    if (applied) this.index.refresh(document.uri);
    return applied;
  }

  private async setDone(target: Target, done: boolean): Promise<boolean> {
    const found = await this.locate(target);
    if (!found) return false;
    const edit = setDoneEdit(found.document.getText(), found.item, done);
    if (!edit) {
      if (found.item.done !== done) {
        void vscode.window.showInformationMessage(vscode.l10n.t('This action item is written as {0}, so there is no checkbox or Status cell to change.', found.item.source === 'table' ? 'a table row without a Status column' : 'a paragraph'));
      }
      return false;
    }
    return this.apply(found.document, edit);
  }

  private async setOwner(target: Target, given?: string): Promise<boolean> {
    const found = await this.locate(target);
    if (!found) return false;
    const owner = given ?? (await this.askOwner(found.entry, found.document));
    if (owner === undefined) return false;
    const problem = validateOwner(owner);
    const edit = problem ? null : setOwnerEdit(found.document.getText(), found.item, owner);
    if (!edit) {
      void vscode.window.showWarningMessage(problem ?? vscode.l10n.t('This table has no Owner column to write the owner in.'));
      return false;
    }
    return this.apply(found.document, edit);
  }

  private async askOwner(entry: ActionEntry, document: vscode.TextDocument): Promise<string | undefined> {
    const people = new Set([...readMe(), ...(parsedPostmortem(document)?.people ?? []), ...this.index.entries().map((e) => e.item.owner).filter((o): o is string => o !== null)]);
    const other = { label: vscode.l10n.t('$(edit) Someone else…'), alwaysShow: true };
    const choices = [...[...people].filter((p) => validateOwner(p) === null && p !== entry.item.owner).map((label) => ({ label })), other];
    const picked = await vscode.window.showQuickPick(choices, { title: vscode.l10n.t('Owner of "{0}"', entry.item.text), placeHolder: entry.item.owner ? `Now: ${entry.item.owner}` : 'Pick a person or team' });
    if (!picked) return undefined;
    if (picked !== other) return picked.label;
    return vscode.window.showInputBox({ title: vscode.l10n.t('Owner'), prompt: vscode.l10n.t('A name, a team or an @handle'), value: entry.item.owner ?? '', validateInput: validateOwner });
  }

  private async setDue(target: Target, given?: string): Promise<boolean> {
    const found = await this.locate(target);
    if (!found) return false;
    const due = given ?? (await askDue(found.entry));
    if (due === undefined) return false;
    const problem = validateDue(due);
    const edit = problem ? null : setDueEdit(found.document.getText(), found.item, due);
    if (!edit) {
      void vscode.window.showWarningMessage(problem ?? vscode.l10n.t('This table has no Due column to write the date in.'));
      return false;
    }
    return this.apply(found.document, edit);
  }

  private async copy(target: Target): Promise<void> {
    const entry = this.entryOf(target);
    if (entry) await vscode.env.clipboard.writeText(itemAsMarkdown(entry));
  }

  private async openPostmortem(target: Target): Promise<void> {
    const node = target ?? this.selection()[0];
    const entry = typeof node === 'object' && node.kind === 'group' ? node.group.entries[0] : this.entryOf(node);
    const uri = entry && this.index.uriOf(entry);
    if (uri) await vscode.window.showTextDocument(uri);
  }
}

/** A date-picker-like list of common choices, then a validated YYYY-MM-DD for anything else. */
async function askDue(entry: ActionEntry): Promise<string | undefined> {
  const today = localToday(new Date());
  const choice = (label: string, days: number) => {
    const date = daysFromToday(today, days);
    const weekday = new Date(`${date}T12:00:00`).toLocaleDateString(undefined, { weekday: 'long' });
    return { label, description: `${date}, ${weekday}`, date };
  };
  const other = { label: vscode.l10n.t('$(calendar) Another date…'), description: vscode.l10n.t('YYYY-MM-DD'), date: '' };
  const picked = await vscode.window.showQuickPick(
    [choice('Tomorrow', 1), choice('In 3 days', 3), choice('In 1 week', 7), choice('In 2 weeks', 14), choice('In 1 month', 30), choice('In 3 months', 91), other],
    { title: vscode.l10n.t('Due date of "{0}"', entry.item.text), placeHolder: entry.item.due ? `Now: ${entry.item.due}` : 'Pick a due date' },
  );
  if (!picked) return undefined;
  if (picked !== other) return picked.date;
  return vscode.window.showInputBox({ title: vscode.l10n.t('Due date'), prompt: vscode.l10n.t('YYYY-MM-DD'), value: entry.item.due ?? daysFromToday(today, 14), validateInput: validateDue });
}
