// The Action Items view as the entry creates it, before the engine loads: showing it loads the engine, whose tree it then shows.
import * as vscode from 'vscode';
import type { ActionTreeNode } from './treeProvider';

export const VIEW_ID = 'postmortem.actionItems';

/** The view, and the door through which the engine hands it the tree to show. */
export interface ActionItemsViewHost {
  view: vscode.TreeView<ActionTreeNode>;
  attach(tree: vscode.TreeDataProvider<ActionTreeNode>): vscode.Disposable;
}

/** Answers for the engine's tree once it is attached; until then each question waits for `engineReady`, which loads it. */
class DeferredTree implements vscode.TreeDataProvider<ActionTreeNode>, vscode.Disposable {
  private tree: vscode.TreeDataProvider<ActionTreeNode> | undefined;
  private readonly changed = new vscode.EventEmitter<ActionTreeNode | ActionTreeNode[] | undefined | void>();
  readonly onDidChangeTreeData = this.changed.event;

  constructor(private readonly engineReady: () => Promise<unknown>) {}

  attach(tree: vscode.TreeDataProvider<ActionTreeNode>): vscode.Disposable {
    this.tree = tree;
    const following = tree.onDidChangeTreeData?.((change) => this.changed.fire(change ?? undefined));
    this.changed.fire();
    return new vscode.Disposable(() => {
      following?.dispose();
      this.tree = undefined;
    });
  }

  private async attached(): Promise<vscode.TreeDataProvider<ActionTreeNode>> {
    if (!this.tree) await this.engineReady();
    if (!this.tree) throw new Error('the Action Items tree was not attached when the engine started');
    return this.tree;
  }

  async getChildren(element?: ActionTreeNode): Promise<ActionTreeNode[]> {
    return (await (await this.attached()).getChildren(element)) ?? [];
  }

  async getTreeItem(element: ActionTreeNode): Promise<vscode.TreeItem> {
    return (await this.attached()).getTreeItem(element);
  }

  async getParent(element: ActionTreeNode): Promise<ActionTreeNode | undefined> {
    return (await (await this.attached()).getParent?.(element)) ?? undefined;
  }

  dispose(): void {
    this.changed.dispose();
  }
}

export function createActionItemsView(context: vscode.ExtensionContext, engineReady: () => Promise<unknown>): ActionItemsViewHost {
  const tree = new DeferredTree(engineReady);
  const view = vscode.window.createTreeView(VIEW_ID, { treeDataProvider: tree, showCollapseAll: true });
  context.subscriptions.push(tree, view);
  return { view, attach: (engineTree) => tree.attach(engineTree) };
}
