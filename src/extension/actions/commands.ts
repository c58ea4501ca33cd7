// "Postmortem: List Action Items": every action item of the workspace's postmortems in a quick pick that jumps to the item.
import { lightFormat } from 'date-fns';
import * as vscode from 'vscode';
import type { CommandRegistry } from '../commandRegistry';
import { parsedPostmortem, parseWithinBudget } from '../parsedDocument';
import type { ActionItem } from '../../core/model/types';

export interface WorkspaceActionItem {
  uri: vscode.Uri;
  item: ActionItem;
}

const MAX_FILES = 2000;

/** Reads every Markdown file of the workspace (open editors win over disk, so unsaved edits count). */
export async function collectWorkspaceActionItems(token?: vscode.CancellationToken): Promise<WorkspaceActionItem[]> {
  const uris = await vscode.workspace.findFiles('**/*.{md,markdown}', '**/{node_modules,.git,dist,out}/**', MAX_FILES, token);
  const open = new Map(vscode.workspace.textDocuments.map((d) => [d.uri.toString(), d]));
  const found: WorkspaceActionItem[] = [];
  const decoder = new TextDecoder();
  for (const uri of uris.sort((a, b) => a.path.localeCompare(b.path))) {
    if (token?.isCancellationRequested) break;
    // A file too costly to parse without blocking the editor is left out, as the linter and the sidebar leave it out; an
    // open document's model is the one already parsed for its version.
    const document = open.get(uri.toString());
    const doc = document ? parsedPostmortem(document) : parseWithinBudget(decoder.decode(await vscode.workspace.fs.readFile(uri)));
    for (const item of doc?.actionItems ?? []) found.push({ uri, item });
  }
  return found;
}

/** The quick pick row: the date comes before the owner so a long owner cannot push it out of sight; words such as "overdue" and "no owner" are in the text the filter matches. */
function describe(entry: WorkspaceActionItem, today: string): vscode.QuickPickItem & { entry: WorkspaceActionItem } {
  const { item } = entry;
  const overdue = !item.done && item.due !== null && item.due < today;
  const icon = item.done ? '$(pass-filled)' : overdue ? '$(warning)' : '$(circle-large-outline)';
  const due = item.due === null ? 'no due date' : overdue ? `overdue since ${item.due}` : `due ${item.due}`;
  return {
    label: `${icon} ${item.text || '(no text)'}`,
    description: [due, item.owner ?? vscode.l10n.t('no owner')].join(' · '),
    detail: `${vscode.workspace.asRelativePath(entry.uri)}:${item.line + 1}`,
    entry,
  };
}

async function showActionItems(): Promise<WorkspaceActionItem[]> {
  const entries = await vscode.window.withProgress(
    { location: vscode.ProgressLocation.Window, title: vscode.l10n.t('Reading postmortems') },
    (_progress, token) => collectWorkspaceActionItems(token),
  );
  if (entries.length === 0) {
    void vscode.window.showInformationMessage(vscode.l10n.t('No action items found in this workspace\'s Markdown files.'));
    return entries;
  }
  const open = entries.filter((e) => !e.item.done).length;
  const today = lightFormat(new Date(), 'yyyy-MM-dd');
  const overdue = entries.filter((e) => !e.item.done && e.item.due !== null && e.item.due < today).length;
  const picked = vscode.window.showQuickPick(entries.map((entry) => describe(entry, today)), {
    title: vscode.l10n.t('Action items: {0} open{1}, {2} done', open, overdue > 0 ? ` (${overdue} overdue)` : '', entries.length - open),
    placeHolder: vscode.l10n.t('Type to filter by text, owner, date, file, "overdue" or "no owner"'),
    matchOnDescription: true,
    matchOnDetail: true,
  });
  void picked.then(async (choice) => {
    if (!choice) return;
    const editor = await vscode.window.showTextDocument(choice.entry.uri);
    const position = editor.document.positionAt(choice.entry.item.range.start);
    editor.selection = new vscode.Selection(position, position);
    editor.revealRange(new vscode.Range(position, position), vscode.TextEditorRevealType.InCenterIfOutsideViewport);
  });
  // Returned for automation and tests; the quick pick stays open for the user.
  return entries;
}

export function registerActionItemCommands(context: vscode.ExtensionContext, commands: CommandRegistry): void {
  context.subscriptions.push(commands.register('postmortem.showActionItems', showActionItems));
}
