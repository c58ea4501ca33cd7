// The Action Items tree: groups of items, each item with owner, relative due date, state icon, tooltip and menu context.
import * as vscode from 'vscode';
import type { ActionEntry } from '../../core/actions/entries';
import { isOverdue, localToday, relativeDue } from '../../core/actions/dates';
import { filterActionEntries } from '../../core/actions/filter';
import { groupActionEntries, type ActionGroup } from '../../core/actions/group';
import type { ActionItemIndex } from './workspaceIndex';
import { readMe, type ViewState, type ViewStateStore } from './viewState';

export interface GroupNode {
  kind: 'group';
  group: ActionGroup;
}

export interface ItemNode {
  kind: 'item';
  entry: ActionEntry;
  parent: GroupNode;
}

export type ActionTreeNode = GroupNode | ItemNode;

export const REVEAL_COMMAND = 'postmortem.actionItems.reveal';

export class ActionItemsTreeProvider implements vscode.TreeDataProvider<ActionTreeNode>, vscode.Disposable {
  private readonly changed = new vscode.EventEmitter<void>();
  readonly onDidChangeTreeData = this.changed.event;
  private groups: GroupNode[] = [];
  private items = new Map<string, ItemNode>();
  private shown: ActionEntry[] = [];
  private today = localToday(new Date());

  constructor(
    private readonly index: ActionItemIndex,
    private readonly state: ViewStateStore,
  ) {
    this.rebuild();
  }

  /** Recomputes filtering and grouping from the index and the view state; the tree then asks for its children again. */
  rebuild(): void {
    this.today = localToday(new Date());
    const view = this.state.current;
    this.shown = filterActionEntries(this.index.entries(), filterOf(view), this.today);
    this.groups = groupActionEntries(this.shown, view.groupBy, this.today).map((group) => ({ kind: 'group', group }));
    this.items = new Map();
    for (const parent of this.groups) {
      for (const entry of parent.group.entries) this.items.set(entry.id, { kind: 'item', entry, parent });
    }
    this.changed.fire();
  }

  /** The items the filters let through, in tree order. */
  visibleEntries(): ActionEntry[] {
    return this.groups.flatMap((g) => g.group.entries);
  }

  allEntries(): ActionEntry[] {
    return this.index.entries();
  }

  /** Open items past their due date, over the whole workspace (the filters do not hide a deadline). */
  overdueCount(): number {
    return this.index.entries().filter((e) => isOverdue(e.item, this.today)).length;
  }

  openCount(): number {
    return this.index.entries().filter((e) => !e.item.done).length;
  }

  nodeFor(entryId: string): ItemNode | undefined {
    return this.items.get(entryId);
  }

  getChildren(element?: ActionTreeNode): ActionTreeNode[] {
    if (!element) return this.groups;
    if (element.kind === 'group') return element.group.entries.map((e) => this.items.get(e.id)!);
    return [];
  }

  getParent(element: ActionTreeNode): ActionTreeNode | undefined {
    return element.kind === 'item' ? element.parent : undefined;
  }

  getTreeItem(element: ActionTreeNode): vscode.TreeItem {
    return element.kind === 'group' ? this.groupItem(element) : this.itemItem(element);
  }

  private groupItem({ group }: GroupNode): vscode.TreeItem {
    const item = new vscode.TreeItem(group.label, vscode.TreeItemCollapsibleState.Expanded);
    item.id = group.key;
    const open = group.entries.filter((e) => !e.item.done).length;
    item.description = open === group.entries.length ? `${open}` : `${open} open of ${group.entries.length}`;
    if (group.key.startsWith('postmortem:')) {
      const first = group.entries[0];
      item.resourceUri = this.index.uriOf(first);
      item.iconPath = vscode.ThemeIcon.File;
      item.contextValue = 'postmortemGroup';
      item.tooltip = postmortemTooltip(first);
    }
    return item;
  }

  private itemItem({ entry, parent }: ItemNode): vscode.TreeItem {
    const { item: action } = entry;
    const tree = new vscode.TreeItem(action.text || '(no text)', vscode.TreeItemCollapsibleState.None);
    tree.id = `${parent.group.key}/${entry.id}`;
    const due = relativeDue(action, this.today);
    tree.description = [action.owner ?? vscode.l10n.t('no owner'), due ?? vscode.l10n.t('no due date')].join(' · ');
    const overdue = isOverdue(action, this.today);
    tree.iconPath = action.done
      ? new vscode.ThemeIcon('pass-filled', new vscode.ThemeColor('testing.iconPassed'))
      : overdue
        ? new vscode.ThemeIcon('warning', new vscode.ThemeColor('list.warningForeground'))
        : action.owner === null
          ? new vscode.ThemeIcon('person-add')
          : new vscode.ThemeIcon('circle-large-outline');
    tree.tooltip = itemTooltip(entry, due, overdue);
    // Words, not a single state, so a menu entry's `when` can test one capability: /\bopen\b/, /\bdone\b/.
    tree.contextValue = ['actionItem', action.done ? 'done' : 'open', overdue ? 'overdue' : ''].filter((w) => w !== '').join(' ');
    tree.command = { command: REVEAL_COMMAND, title: vscode.l10n.t('Go to Action Item'), arguments: [entry.id] };
    tree.accessibilityInformation = { label: vscode.l10n.t('{0} action item: {1}, {2}', action.done ? 'Done' : overdue ? 'Overdue' : 'Open', action.text, tree.description) };
    return tree;
  }

  dispose(): void {
    this.changed.dispose();
  }
}

export function filterOf(view: ViewState): Parameters<typeof filterActionEntries>[1] {
  return { openOnly: view.openOnly, overdueOnly: view.overdueOnly, mine: view.mine ? readMe() : null, text: view.text };
}

function postmortemTooltip(entry: ActionEntry): vscode.MarkdownString {
  const p = entry.postmortem;
  const md = new vscode.MarkdownString();
  md.appendMarkdown(`**${escapeMarkdown(p.title)}**\n\n`);
  const rows: Array<[string, string | null]> = [['Incident', p.incidentId], ['Severity', p.severity], ['Incident date', p.incidentDate], ['File', p.file]];
  md.appendMarkdown(rows.filter(([, v]) => v).map(([k, v]) => `${k}: ${escapeMarkdown(v!)}`).join('  \n'));
  return md;
}

function itemTooltip(entry: ActionEntry, due: string | null, overdue: boolean): vscode.MarkdownString {
  const { item, postmortem } = entry;
  const md = new vscode.MarkdownString();
  md.appendMarkdown(`**${escapeMarkdown(item.text)}**\n\n`);
  const rows: Array<[string, string | null]> = [
    ['Status', item.done ? 'Done' : overdue ? 'Open, overdue' : 'Open'],
    ['Owner', item.owner ?? vscode.l10n.t('none')],
    ['Due', item.due ? `${item.due} (${due})` : 'no date'],
    ['Ticket', item.ticket],
    ['Postmortem', postmortem.title],
    ['Severity', postmortem.severity],
    ['Incident date', postmortem.incidentDate],
    ['File', `${postmortem.file}:${item.line + 1}`],
  ];
  md.appendMarkdown(rows.filter(([, v]) => v).map(([k, v]) => `${k}: ${escapeMarkdown(v!)}`).join('  \n'));
  return md;
}

/** Text from a document shown as Markdown: its own Markdown characters must not format the tooltip. */
function escapeMarkdown(text: string): string {
  return text.replace(/[\\`*_{}[\]()#+\-.!|<>]/g, '\\$&');
}
