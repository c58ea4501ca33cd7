// The Action Items tree in the real workbench: grouping, the "mine" filter, marking done with undo, live updates, export.
import assert from 'node:assert/strict';
import * as vscode from 'vscode';
import type { ExtensionApi } from '../../src/extension/activate';
import type { EngineApi } from '../../src/extension/engine';
import type { ActionTreeNode, ItemNode } from '../../src/extension/actionItemsView/treeProvider';
import { EXTENSION_ID, openDocument, waitFor, workspaceUri } from './helpers';

const DNS = ['actions', 'postmortems', '2026-03-02-dns-outage.md'];
const BILLING = ['actions', 'postmortems', '2026-04-11-billing-delay.md'];
const FIXTURES = [DNS, BILLING, ['actions', 'postmortems', '2026-05-20-cert-expiry.md']];
/** The fixtures as the run started: VS Code for the web saves edits after a delay, so reverting is not enough. */
const originals = new Map<string, Uint8Array>();

/** Updates take a debounce and a parse; on a loaded two-core machine the extension host can stall for seconds. */
const INDEX_UPDATE_MS = 30_000;

let api: EngineApi['actionItems'];

function label(node: ActionTreeNode): string {
  const item = api.tree.getTreeItem(node);
  return typeof item.label === 'string' ? item.label : (item.label?.label ?? '');
}

/** The tree as the view shows it: each group's label and its items' labels. */
function snapshot(): Array<[string, string[]]> {
  return api.tree.getChildren().map((group) => [label(group), api.tree.getChildren(group).map(label)]);
}

function findItem(text: string): ItemNode | undefined {
  for (const group of api.tree.getChildren()) {
    const found = api.tree.getChildren(group).find((node) => node.kind === 'item' && node.entry.item.text === text);
    if (found) return found as ItemNode;
  }
  return undefined;
}

async function screenshot(name: string): Promise<void> {
  await new Promise((resolve) => setTimeout(resolve, 800));
  console.log(`[[screenshot:${name}]]`);
  await new Promise((resolve) => setTimeout(resolve, 1500));
}

describe('Action Items tree', () => {
  before(async () => {
    const extension = vscode.extensions.getExtension<ExtensionApi>(EXTENSION_ID)!;
    api = (await (await extension.activate()).engine()).actionItems;
    await waitFor('the first scan of the workspace', () => api.index.scanned, 20_000);
    for (const fixture of FIXTURES) originals.set(workspaceUri(...fixture).toString(), await vscode.workspace.fs.readFile(workspaceUri(...fixture)));
  });

  afterEach(async () => {
    // Revert every document a test edited, each in its own editor: revert acts on the active one only.
    for (const document of vscode.workspace.textDocuments.filter((d) => d.isDirty)) {
      await vscode.window.showTextDocument(document);
      await vscode.commands.executeCommand('workbench.action.files.revert');
    }
    await vscode.commands.executeCommand('workbench.action.closeAllEditors');
    for (const [uri, bytes] of originals) {
      const now = await vscode.workspace.fs.readFile(vscode.Uri.parse(uri));
      if (Buffer.compare(Buffer.from(now), Buffer.from(bytes)) !== 0) await vscode.workspace.fs.writeFile(vscode.Uri.parse(uri), bytes);
    }
    await vscode.commands.executeCommand('postmortem.actionItems.clearFilters');
    await vscode.commands.executeCommand('postmortem.actionItems.groupBy', 'postmortem');
    await vscode.workspace.getConfiguration('postmortem').update('me', undefined, vscode.ConfigurationTarget.Global);
  });

  it('lists every postmortem\'s items, grouped by postmortem and by due date as configured, and reveals one', async () => {
    await vscode.commands.executeCommand('postmortem.actionItems.filter', { openOnly: false });
    const byPostmortem = new Map(snapshot());
    assert.deepEqual(byPostmortem.get('DNS resolution failures in eu-west'), [
      'Validate resolver configs in CI before the push',
      'Add a canary resolver per zone',
      'Page on lookup error rate, not only on timeouts',
      'Roll back the config push',
      'Write the resolver runbook',
    ]);
    assert.deepEqual(byPostmortem.get('Billing emails delayed by a stuck queue'), ['Move poison messages to a dead-letter queue', 'Alert on queue age above 30 minutes', 'Restart the mail worker']);
    assert.deepEqual(byPostmortem.get('Expired certificate on the partner API'), ['Automate certificate renewal for the partner API.', 'Track certificate expiry dates in the service catalogue']);
    // Newest incident first.
    const order = [...byPostmortem.keys()];
    assert.ok(order.indexOf('Expired certificate on the partner API') < order.indexOf('DNS resolution failures in eu-west'), order.join(' | '));

    await vscode.commands.executeCommand('postmortem.actionItems.groupBy', 'due');
    await vscode.commands.executeCommand('postmortem.actionItems.filter', { openOnly: true });
    const byDue = new Map(snapshot());
    assert.deepEqual([...byDue.keys()], ['Overdue', 'Later', 'No date']);
    assert.ok(byDue.get('Overdue')!.includes('Validate resolver configs in CI before the push'));
    assert.ok(byDue.get('Overdue')!.includes('Move poison messages to a dead-letter queue'));
    assert.ok(byDue.get('Later')!.includes('Automate certificate renewal for the partner API.'));
    assert.ok(byDue.get('No date')!.includes('Write the resolver runbook'));
    assert.ok(!byDue.get('No date')!.includes('Roll back the config push'), 'done items are hidden by the default filter');

    const overdue = findItem('Validate resolver configs in CI before the push')!;
    const item = api.tree.getTreeItem(overdue);
    assert.match(String(item.description), /^@wli · \d+ (days|years?) overdue$/);
    assert.equal(item.contextValue, 'actionItem open overdue');
    assert.match((item.tooltip as vscode.MarkdownString).value, /Severity: P1\\-High/);
    assert.ok(api.view.badge && api.view.badge.value >= 2, 'the badge counts open overdue items');

    await vscode.commands.executeCommand('workbench.view.extension.postmortems');
    await api.view.reveal(overdue, { select: true, focus: true });
    await waitFor('the revealed item to be selected', () => api.view.selection[0]?.kind === 'item' && (api.view.selection[0] as ItemNode).entry.id === overdue.entry.id);
    await vscode.commands.executeCommand('postmortem.actionItems.filter', { openOnly: false });
    await screenshot('action-items-tree');

    // Clicking an item opens its file at the item.
    await vscode.commands.executeCommand(api.tree.getTreeItem(overdue).command!.command, overdue.entry.id);
    const editor = await waitFor('the postmortem to open', () => vscode.window.activeTextEditor?.document.uri.path.endsWith(DNS.join('/')) && vscode.window.activeTextEditor);
    assert.equal(editor.selection.start.line, 22);
  });

  it('"mine" keeps only items owned by a postmortem.me name or handle, in any case', async () => {
    await vscode.workspace.getConfiguration('postmortem').update('me', ['@wli', 'wen li'], vscode.ConfigurationTarget.Global);
    await vscode.commands.executeCommand('postmortem.actionItems.groupBy', 'owner');
    await vscode.commands.executeCommand('postmortem.actionItems.filter', { mine: true });
    // "Wen Li" and "WEN LI" are one owner, spelled as the first postmortem spells it; earliest due first.
    assert.deepEqual(snapshot(), [
      ['@wli', ['Validate resolver configs in CI before the push']],
      ['Wen Li', ['Add a connection-saturation alert to the cache dashboards', 'Page on lookup error rate, not only on timeouts', 'Alert on queue age above 30 minutes']],
    ]);
    assert.match(api.view.message ?? '', /mine \(@wli, wen li\)/);
  });

  it('marks an item done in its own format, and one undo restores the file', async () => {
    const editor = await openDocument(...DNS);
    const original = editor.document.getText();
    await waitFor('the canary item in the tree', () => findItem('Add a canary resolver per zone'), INDEX_UPDATE_MS);
    assert.equal(await vscode.commands.executeCommand('postmortem.actionItems.markDone', findItem('Add a canary resolver per zone')), true);
    assert.match(editor.document.getText(), /^- \[x\] Add a canary resolver per zone \(owner: Ola Nowak, due: 2099-03-01\)$/m);
    assert.equal(editor.document.getText().replace('- [x] Add a canary', '- [ ] Add a canary'), original, 'nothing else changed');
    await waitFor('the done item to leave the open-only tree', () => !findItem('Add a canary resolver per zone'), INDEX_UPDATE_MS);
    await vscode.commands.executeCommand('undo');
    assert.equal(editor.document.getText(), original);
    await waitFor('the item to come back', () => findItem('Add a canary resolver per zone'), INDEX_UPDATE_MS);

    const table = await openDocument(...BILLING);
    const before = table.document.getText();
    await vscode.commands.executeCommand('postmortem.actionItems.markDone', findItem('Alert on queue age above 30 minutes'));
    assert.match(table.document.getText(), /^\| Alert on queue age above 30 minutes \| WEN LI \| 2099-05-20 \| Done \|$/m);
    await vscode.commands.executeCommand('undo');
    assert.equal(table.document.getText(), before);
  });

  it('sets the owner and due date where the item writes them', async () => {
    const editor = await openDocument(...DNS);
    await vscode.commands.executeCommand('postmortem.actionItems.setOwner', findItem('Write the resolver runbook'), 'Ola Nowak');
    assert.match(editor.document.getText(), /^- \[ \] Write the resolver runbook \(owner: Ola Nowak\)$/m);
    await waitFor('the new owner in the tree', () => findItem('Write the resolver runbook')?.entry.item.owner === 'Ola Nowak', INDEX_UPDATE_MS);
    await vscode.commands.executeCommand('postmortem.actionItems.setDue', findItem('Write the resolver runbook'), '2099-12-01');
    assert.match(editor.document.getText(), /^- \[ \] Write the resolver runbook \(owner: Ola Nowak\) \(due: 2099-12-01\)$/m);
    assert.equal(await vscode.commands.executeCommand('postmortem.actionItems.setDue', findItem('Add a canary resolver per zone'), '2099-02-30'), false, 'an impossible date is refused');
  });

  it('follows edits of open documents, new files and deleted files', async () => {
    const editor = await openDocument(...DNS);
    const original = editor.document.getText();
    const end = editor.document.positionAt(original.length);
    await editor.edit((builder) => builder.insert(end, '- [ ] Rotate the resolver TLS keys (owner: Ola Nowak, due: 2099-09-01)\n'));
    await waitFor('the typed item in the tree', () => findItem('Rotate the resolver TLS keys'), INDEX_UPDATE_MS);
    // Deleting the line again (VS Code for the web saves after a delay, so a revert would find nothing to revert).
    await editor.edit((builder) => builder.delete(new vscode.Range(end, editor.document.positionAt(editor.document.getText().length))));
    assert.equal(editor.document.getText(), original);
    await waitFor('the deleted item to leave the tree', () => !findItem('Rotate the resolver TLS keys'), INDEX_UPDATE_MS);

    const created = workspaceUri('actions', 'postmortems', '2026-06-01-login-errors.md');
    await vscode.workspace.fs.writeFile(created, new TextEncoder().encode('# Login errors\n\n**Severity**: P3-Low\n\n## Action Items\n\n- [ ] Retry token refresh once (owner: @wli, due: 2099-01-01)\n'));
    await waitFor('the new postmortem in the tree', () => snapshot().some(([group]) => group === 'Login errors'), INDEX_UPDATE_MS);
    await vscode.workspace.fs.delete(created);
    await waitFor('the deleted postmortem to leave the tree', () => !snapshot().some(([group]) => group === 'Login errors'), INDEX_UPDATE_MS);
  });

  it('exports the filtered items as the CSV a tracker imports', async () => {
    await vscode.commands.executeCommand('postmortem.actionItems.filter', { openOnly: false });
    await vscode.commands.executeCommand('postmortem.actionItems.filterText', 'billing');
    const target = workspaceUri('actions', 'action-items.csv');
    await vscode.commands.executeCommand('postmortem.exportActionItems', { format: 'csv', scope: 'filtered', uri: target.toString() });
    const csv = new TextDecoder().decode(await vscode.workspace.fs.readFile(target));
    const from = (line: number) => `"From the postmortem ""Billing emails delayed by a stuck queue"" (2026-04-11): actions/postmortems/2026-04-11-billing-delay.md:${line}"`;
    assert.equal(
      csv,
      [
        'Summary,Assignee,Due date,Status,Labels,Description',
        `Move poison messages to a dead-letter queue,Priya Raman,2020-05-01,Open,postmortem INC-2026-04-11-001 SEV3,${from(19)}`,
        `Alert on queue age above 30 minutes,WEN LI,2099-05-20,Open,postmortem INC-2026-04-11-001 SEV3,${from(20)}`,
        `Restart the mail worker,Priya Raman,,Done,postmortem INC-2026-04-11-001 SEV3,${from(21)}`,
        '',
      ].join('\r\n'),
    );
    await vscode.workspace.fs.delete(target);
  });
});
