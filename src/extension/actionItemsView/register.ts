// Registers the Action Items tree in the Postmortems container: index, view, badge, message, welcome context and commands.
import * as vscode from 'vscode';
import type { CommandRegistry } from '../commandRegistry';
import { VIEW_ID, type ActionItemsViewHost } from './deferredView';
import { ActionItemCommands } from './itemCommands';
import { ActionItemsTreeProvider, type ActionTreeNode } from './treeProvider';
import { ActionViewCommands, GROUP_LABELS } from './viewCommands';
import { readMe, ViewStateStore } from './viewState';
import { ActionItemIndex } from './workspaceIndex';

/** What the integration tests (and other extensions) can read: the tree as the view shows it. */
export interface ActionItemsViewApi {
  tree: ActionItemsTreeProvider;
  index: ActionItemIndex;
  view: vscode.TreeView<ActionTreeNode>;
}

export function registerActionItemsView(context: vscode.ExtensionContext, commands: CommandRegistry, host: ActionItemsViewHost): ActionItemsViewApi {
  const index = new ActionItemIndex();
  const state = new ViewStateStore(context.workspaceState);
  const tree = new ActionItemsTreeProvider(index, state);
  const view = host.view;

  const update = () => {
    tree.rebuild();
    const current = state.current;
    const badgeOf = vscode.workspace.getConfiguration('postmortem').get<string>('actionItems.badge', 'overdue');
    const count = badgeOf === 'open' ? tree.openCount() : tree.overdueCount();
    view.badge = count > 0 ? { value: count, tooltip: badgeOf === 'open' ? (count === 1 ? vscode.l10n.t('1 open action item') : vscode.l10n.t('{0} open action items', count)) : count === 1 ? vscode.l10n.t('1 overdue action item') : vscode.l10n.t('{0} overdue action items', count) } : undefined;
    view.description = `by ${GROUP_LABELS[current.groupBy].toLowerCase()}`;
    const filters = [
      current.openOnly && !current.overdueOnly ? 'open' : '',
      current.overdueOnly ? 'overdue' : '',
      current.mine ? `mine (${readMe().join(', ') || 'postmortem.me is empty'})` : '',
      current.text ? `"${current.text}"` : '',
    ].filter((f) => f !== '');
    const shown = tree.visibleEntries().length;
    view.message = !index.scanned
      ? 'Reading postmortems…'
      : index.postmortemCount > 0 && shown === 0
        ? `No action items match the filters (${filters.join(', ') || 'none'}).`
        : filters.length > 1 || current.mine || current.text
          ? `Showing ${filters.join(', ')}.`
          : undefined;
    void vscode.commands.executeCommand('setContext', 'postmortem.actionItems.scanned', index.scanned);
    void vscode.commands.executeCommand('setContext', 'postmortem.hasPostmortems', index.postmortemCount > 0);
    void vscode.commands.executeCommand('setContext', 'postmortem.actionItems.filtered', current.overdueOnly || current.mine || current.text !== '' || !current.openOnly);
  };

  context.subscriptions.push(
    index,
    state,
    tree,
    host.attach(tree),
    index.onDidChange(update),
    index.onDidStartScan((scan) => void vscode.window.withProgress({ location: { viewId: VIEW_ID } }, () => scan)),
    state.onDidChange(update),
    vscode.workspace.onDidChangeConfiguration((event) => {
      if (event.affectsConfiguration('postmortem.me') || event.affectsConfiguration('postmortem.actionItems')) update();
    }),
    ...new ActionItemCommands(index, tree, () => view.selection).register(commands),
    ...new ActionViewCommands(state, tree).register(commands),
  );
  void vscode.window.withProgress({ location: { viewId: VIEW_ID } }, () => index.ready);
  update();
  return { tree, index, view };
}
