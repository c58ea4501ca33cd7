// A screenshot tour of what a user sees (npm run screenshots): not assertions, pictures in dist/screenshots to look at.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import * as vscode from 'vscode';
import { EXTENSION_ID, openDocument, waitFor } from '../integration/helpers';

async function screenshot(name: string): Promise<void> {
  await new Promise((resolve) => setTimeout(resolve, 800));
  console.log(`[[screenshot:${name}]]`);
  // The harness takes the picture when the log line reaches it; give it time before the UI changes.
  await new Promise((resolve) => setTimeout(resolve, 1500));
}

describe('screenshot tour', () => {
  it('diagnostics, hover, quick fixes and action items on a postmortem', async () => {
    const editor = await openDocument('postmortems', '2026-02-14-queue-outage.md');
    await waitFor('diagnostics', () => vscode.languages.getDiagnostics(editor.document.uri).length > 0, 20_000);
    await vscode.commands.executeCommand('workbench.actions.view.problems');
    await screenshot('01-diagnostics');

    const text = editor.document.getText();
    const blame = editor.document.positionAt(text.indexOf('John forgot') + 3);
    editor.selection = new vscode.Selection(blame, blame);
    await vscode.commands.executeCommand('editor.action.showHover');
    await screenshot('02-hover');
    await vscode.commands.executeCommand('editor.action.quickFix');
    await screenshot('03-quick-fix');
    await vscode.commands.executeCommand('workbench.action.closeQuickOpen');
    await vscode.commands.executeCommand('hideSuggestWidget');
    await vscode.commands.executeCommand('workbench.action.focusActiveEditorGroup');

    void vscode.commands.executeCommand('postmortem.showActionItems');
    await screenshot('04-action-items');
    await vscode.commands.executeCommand('workbench.action.closeQuickOpen');
  });

  it('a published postmortem written from another template: its prompts, sample entries and owners', async () => {
    const extensionPath = vscode.extensions.getExtension(EXTENSION_ID)!.extensionPath;
    const document = await vscode.workspace.openTextDocument(vscode.Uri.file(join(extensionPath, 'test/fixtures/real-world-7/02-carbon-v10.6.4-broken-patch-release.md')));
    await vscode.window.showTextDocument(document);
    await waitFor('diagnostics', () => vscode.languages.getDiagnostics(document.uri).length > 0, 20_000);
    await vscode.commands.executeCommand('workbench.actions.view.problems');
    await screenshot('08-published-template-leftovers');
  });

  it('New Postmortem', async () => {
    await vscode.commands.executeCommand('postmortem.new', { title: 'Search latency after the index rebuild', date: '2026-03-03', severity: 'P1', template: 'gitops' });
    await screenshot('05-new-postmortem');
  });

  it('Paste kubectl Events into Timeline', async () => {
    const extensionPath = vscode.extensions.getExtension(EXTENSION_ID)!.extensionPath;
    const output = readFileSync(join(extensionPath, 'test/fixtures/kubectl/real/kubectl-events.txt'), 'utf8');
    await vscode.env.clipboard.writeText(output);
    const editor = await openDocument('postmortems', '2026-01-10-checkout-latency.md');
    void vscode.commands.executeCommand('postmortem.pasteKubectlEvents');
    await screenshot('06-kubectl-paste-prompt');
    await vscode.commands.executeCommand('workbench.action.closeQuickOpen');
    await vscode.commands.executeCommand('postmortem.pasteKubectlEvents', { capturedAt: '2026-01-10T15:30:00Z', uri: editor.document.uri.toString() });
    const timeline = editor.document.getText().indexOf('## Timeline');
    editor.revealRange(new vscode.Range(editor.document.positionAt(timeline), editor.document.positionAt(timeline)), vscode.TextEditorRevealType.AtTop);
    await screenshot('07-kubectl-pasted');
  });
});
