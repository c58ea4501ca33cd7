// The view's title-bar commands: group by, filters, "me", and Export Action Items.
import * as vscode from 'vscode';
import * as z from '../../core/zod';
import { localToday } from '../../core/actions/dates';
import { EXPORT_FORMATS, exportActionEntries, type ExportFormat } from '../../core/actions/export';
import { compareByPosition, GROUP_BY, type GroupBy } from '../../core/actions/group';
import type { CommandRegistry } from '../commandRegistry';
import { gitUserName } from './gitUserName';
import type { ActionItemsTreeProvider } from './treeProvider';
import { readMe, type ViewStateStore } from './viewState';

export const GROUP_LABELS: Record<GroupBy, string> = { postmortem: 'Postmortem', owner: 'Owner', status: 'Status', due: 'Due date' };

const FILE_EXTENSIONS: Record<ExportFormat, string> = { csv: 'csv', json: 'json', markdown: 'md' };

/** Arguments scripts (and tests) pass instead of answering the prompts. */
const exportArgsSchema = z.object({
  format: z.optional(z.enum(EXPORT_FORMATS)),
  scope: z.optional(z.enum(['filtered', 'all'])),
  uri: z.optional(z.custom<vscode.Uri | string>((value) => typeof value === 'string' || value instanceof vscode.Uri)),
});
const filterArgsSchema = z.partial(z.object({ openOnly: z.boolean(), overdueOnly: z.boolean(), mine: z.boolean() }));

export class ActionViewCommands {
  constructor(
    private readonly state: ViewStateStore,
    private readonly tree: ActionItemsTreeProvider,
  ) {}

  register(commands: CommandRegistry): vscode.Disposable[] {
    return [
      commands.register('postmortem.actionItems.groupBy', (groupBy?: GroupBy) => this.groupBy(groupBy)),
      commands.register('postmortem.actionItems.filter', (args?: unknown) => this.filter(args)),
      commands.register('postmortem.actionItems.filterText', (text?: string) => this.filterText(text)),
      commands.register('postmortem.actionItems.clearFilters', () => this.state.update({ openOnly: true, overdueOnly: false, mine: false, text: '' })),
      commands.register('postmortem.actionItems.setMe', () => this.setMe()),
      commands.register('postmortem.exportActionItems', (args?: unknown) => this.export(args)),
    ];
  }

  private async groupBy(given?: GroupBy): Promise<void> {
    let groupBy = given;
    if (groupBy === undefined) {
      const current = this.state.current.groupBy;
      const picked = await vscode.window.showQuickPick(
        GROUP_BY.map((key) => ({ label: GROUP_LABELS[key], description: key === current ? 'current' : undefined, key })),
        { title: vscode.l10n.t('Group Action Items By') },
      );
      groupBy = picked?.key;
    }
    if (groupBy && (GROUP_BY as readonly string[]).includes(groupBy)) await this.state.setGroupBy(groupBy);
  }

  private async filter(args?: unknown): Promise<void> {
    const given = filterArgsSchema.safeParse(args);
    let change = given.success && args !== undefined ? given.data : undefined;
    if (!change) {
      const view = this.state.current;
      const me = readMe();
      const options = [
        { label: vscode.l10n.t('Open items only'), key: 'openOnly', picked: view.openOnly },
        { label: vscode.l10n.t('Overdue only'), key: 'overdueOnly', picked: view.overdueOnly },
        { label: vscode.l10n.t('Mine'), description: me.length ? me.join(', ') : 'set postmortem.me first', key: 'mine', picked: view.mine },
      ] as const;
      const picked = await vscode.window.showQuickPick([...options], { title: vscode.l10n.t('Filter Action Items'), canPickMany: true });
      if (!picked) return;
      const on = new Set(picked.map((p) => p.key));
      change = { openOnly: on.has('openOnly'), overdueOnly: on.has('overdueOnly'), mine: on.has('mine') };
    }
    // "Mine" means nothing until we know who "me" is: ask once, offering git's user.name.
    if (change.mine && readMe().length === 0 && !(await this.setMe())) change = { ...change, mine: false };
    await this.state.update(change);
  }

  private async filterText(given?: string): Promise<void> {
    const text = given ?? (await vscode.window.showInputBox({ title: vscode.l10n.t('Filter Action Items by Text'), prompt: vscode.l10n.t('Words in the item, owner, ticket, postmortem title or file (empty: no text filter)'), value: this.state.current.text }));
    if (text !== undefined) await this.state.update({ text: text.trim() });
  }

  /** Asks for the user's names and handles and saves them in the user settings; true when some were saved. */
  private async setMe(): Promise<boolean> {
    const current = readMe();
    const suggestion = current.length ? current.join(', ') : ((await gitUserName()) ?? '');
    const value = await vscode.window.showInputBox({
      title: vscode.l10n.t('Your Names and @handles'),
      prompt: vscode.l10n.t('Action items owned by any of these (comma-separated, any case) are yours in the "Mine" filter.'),
      value: suggestion,
      placeHolder: vscode.l10n.t('Wen Li, @wli'),
    });
    if (value === undefined) return false;
    const names = value.split(',').map((n) => n.trim()).filter((n) => n !== '');
    await vscode.workspace.getConfiguration('postmortem').update('me', names, vscode.ConfigurationTarget.Global);
    return names.length > 0;
  }

  private async export(args?: unknown): Promise<vscode.Uri | undefined> {
    const parsed = exportArgsSchema.safeParse(args ?? {});
    const given = parsed.success ? parsed.data : {};
    const format = given.format ?? (await vscode.window.showQuickPick(
      [
        { label: vscode.l10n.t('CSV'), description: vscode.l10n.t('Summary, Assignee, Due date, Status, Labels, Description: for a tracker\'s import'), format: 'csv' as const },
        { label: vscode.l10n.t('Markdown table'), format: 'markdown' as const },
        { label: vscode.l10n.t('JSON'), format: 'json' as const },
      ],
      { title: vscode.l10n.t('Export Action Items') },
    ))?.format;
    if (!format) return undefined;
    const filtered = this.tree.visibleEntries();
    const all = this.tree.allEntries();
    let scope = given.scope;
    if (!scope) {
      scope = filtered.length === all.length ? 'all' : (await vscode.window.showQuickPick(
        [
          { label: vscode.l10n.t('The {0} items shown in the tree', filtered.length), scope: 'filtered' as const },
          { label: vscode.l10n.t('All {0} action items', all.length), scope: 'all' as const },
        ],
        { title: vscode.l10n.t('Export Which Action Items?') },
      ))?.scope;
    }
    if (!scope) return undefined;
    const folder = vscode.workspace.workspaceFolders?.[0]?.uri;
    const target = given.uri
      ? typeof given.uri === 'string' ? vscode.Uri.parse(given.uri) : given.uri
      : await vscode.window.showSaveDialog({
          title: vscode.l10n.t('Export Action Items'),
          defaultUri: folder && vscode.Uri.joinPath(folder, `action-items.${FILE_EXTENSIONS[format]}`),
          filters: { [format.toUpperCase()]: [FILE_EXTENSIONS[format]] },
        });
    if (!target) return undefined;
    // Filtered exports keep the tree's order; a full export goes by file and position, like the CLI.
    const entries = scope === 'filtered' ? filtered : [...all].sort(compareByPosition);
    await vscode.workspace.fs.writeFile(target, new TextEncoder().encode(exportActionEntries(entries, format, localToday(new Date()))));
    if (!given.uri) void vscode.window.showInformationMessage(vscode.l10n.t('Exported {0} action items to {1}.', entries.length, vscode.workspace.asRelativePath(target)));
    return target;
  }
}
