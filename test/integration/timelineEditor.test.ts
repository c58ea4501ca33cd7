// The timeline editor in a real VS Code: opens beside the text without touching it, edits go into the document, undo
// from the table restores it, and text edits reach the webview.
import assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { EXTENSION_ID, openDocument, waitFor } from './helpers';
import type { ExtensionApi } from '../../src/extension/activate';
import type { EngineApi } from '../../src/extension/engine';

async function screenshot(name: string): Promise<void> {
  await new Promise((resolve) => setTimeout(resolve, 800));
  console.log(`[[screenshot:${name}]]`);
  await new Promise((resolve) => setTimeout(resolve, 1500));
}

describe('timeline editor', function () {
  this.timeout(60_000);
  let api: EngineApi;

  before(async () => {
    api = await ((await vscode.extensions.getExtension(EXTENSION_ID)!.activate()) as ExtensionApi).engine();
  });

  /**
   * Opens db-failover.md as committed (an earlier test typed into the text, and the web workbench auto-saves) and the
   * timeline editor on it, once it has rendered that version.
   */
  async function openFixtureInEditor(): Promise<{ document: vscode.TextDocument; uri: vscode.Uri; original: string }> {
    const document = (await openDocument('timeline-editor', 'db-failover.md')).document;
    const uri = document.uri;
    const fixture = vscode.Uri.joinPath(vscode.extensions.getExtension(EXTENSION_ID)!.extensionUri, 'test/fixtures/workspace/timeline-editor/db-failover.md');
    const original = new TextDecoder().decode(await vscode.workspace.fs.readFile(fixture));
    const reset = new vscode.WorkspaceEdit();
    reset.replace(uri, new vscode.Range(document.positionAt(0), document.positionAt(document.getText().length)), original);
    assert.ok(await vscode.workspace.applyEdit(reset));
    await vscode.commands.executeCommand('postmortem.editTimeline', uri.toString(), 0);
    await waitFor('the editor', () => api.timelineEditor.rendered(uri)?.version === document.version);
    return { document, uri, original };
  }

  after(async () => {
    await vscode.commands.executeCommand('workbench.action.files.revert');
    await vscode.commands.executeCommand('workbench.action.closeAllEditors');
  });

  it('opens beside the text without editing it, edits the Markdown, undoes from the table and follows text edits', async () => {
    const editor = await openDocument('timeline-editor', 'db-failover.md');
    const document = editor.document;
    const uri = document.uri;
    const original = document.getText();

    await vscode.commands.executeCommand('postmortem.editTimeline');
    const first = await waitFor('the webview to render the timeline', () => api.timelineEditor.rendered(uri), 20_000);
    assert.deepEqual(first, { version: document.version, timeline: 0, rows: 5 });
    assert.equal(document.isDirty, false, 'opening the editor must not modify the document');
    assert.equal(document.getText(), original);
    const tab = vscode.window.tabGroups.activeTabGroup.activeTab;
    assert.ok(tab?.input instanceof vscode.TabInputCustom && tab.input.viewType === 'postmortem.timelineEditor', 'the timeline editor is the active tab');
    assert.notEqual(vscode.window.tabGroups.activeTabGroup.viewColumn, editor.viewColumn, 'it opens beside the text');
    await screenshot('timeline-editor');

    // What the webview sends when a cell is edited: the aligned row stays aligned, nothing else changes.
    await api.timelineEditor.receive(uri, { type: 'edit', version: document.version, timeline: 0, operation: { type: 'setCell', row: 3, column: 0, value: '09:40' } });
    await waitFor('the edit in the document', () => document.getText().includes('| 09:40 | Replica promoted'));
    assert.equal(document.getText(), original.replace('| 9;40  | Replica promoted', '| 09:40 | Replica promoted'));
    assert.equal(document.isDirty, true);
    await waitFor('the webview to show the new version', () => api.timelineEditor.rendered(uri)?.version === document.version);

    await api.timelineEditor.receive(uri, { type: 'undo' });
    await waitFor('undo to restore the document', () => document.getText() === original);
    await api.timelineEditor.receive(uri, { type: 'redo' });
    await waitFor('redo to apply the edit again', () => document.getText().includes('| 09:40 | Replica promoted'));
    await api.timelineEditor.receive(uri, { type: 'undo' });
    await waitFor('undo again', () => document.getText() === original);

    // An edit made against an older version is refused rather than applied to text it never saw.
    await api.timelineEditor.receive(uri, { type: 'edit', version: document.version - 1, timeline: 0, operation: { type: 'deleteRow', row: 0 } });
    await api.timelineEditor.receive(uri, { type: 'edit', timeline: 0, operation: { type: 'deleteRow', row: 0 } });
    assert.equal(document.getText(), original);

    const insert = new vscode.WorkspaceEdit();
    const at = document.positionAt(original.indexOf('| 09:50'));
    insert.insert(uri, at, '| 09:45 | Read-only flag cleared | `operator` |\n');
    assert.ok(await vscode.workspace.applyEdit(insert));
    const afterText = await waitFor('the text edit to reach the webview', () => {
      const rendered = api.timelineEditor.rendered(uri);
      return rendered?.version === document.version && rendered.rows === 6 ? rendered : undefined;
    });
    assert.equal(afterText.timeline, 0);
  });

  it('fixes a time, adds a row and marks the detection moment; two undos from the table take back the last two', async () => {
    const { document, uri, original } = await openFixtureInEditor();
    const send = async (operation: unknown) => {
      const version = document.version;
      await api.timelineEditor.receive(uri, { type: 'edit', version, timeline: 0, operation });
      await waitFor('the edit', () => document.version > version && api.timelineEditor.rendered(uri)?.version === document.version);
    };
    await send({ type: 'setCell', row: 3, column: 0, value: '09:40' });
    await send({ type: 'insertRow', row: 3, where: 'below' });
    await send({ type: 'setCell', row: 4, column: 1, value: 'Read-only flag cleared' });
    await send({ type: 'markMoment', row: 1, moment: 'detected' });
    const text = document.getText();
    assert.ok(text.includes('**Status**: Resolved\n**Detected**: 2026-03-02 09:14 UTC\n'), text);
    assert.ok(text.includes('| 09:40 | Replica promoted by hand               | `operator`   |\n| 09:40 | Read-only flag cleared                 |              |\n'), text);
    await screenshot('timeline-editor-edited');
    await api.timelineEditor.receive(uri, { type: 'undo' });
    await api.timelineEditor.receive(uri, { type: 'undo' });
    await waitFor('two undos', () => !document.getText().includes('Detected') && !document.getText().includes('Read-only flag cleared'));
    assert.equal(document.getText(), original.replace('| 9;40  | Replica promoted by hand               | `operator`   |', '| 09:40 | Replica promoted by hand               | `operator`   |\n| 09:40 |                                        |              |'));
  });

  it('merges kubectl events pasted into the table as timeline rows, with the paste command\'s own question', async () => {
    const { document, uri, original } = await openFixtureInEditor();
    // `kubectl get events -o json`: times of their own, so the only question is which events to take.
    const event = (name: string, reason: string, time: string, message: string) => ({
      kind: 'Event', apiVersion: 'v1', type: 'Warning', reason, message, count: 1,
      metadata: { name, namespace: 'db' }, involvedObject: { kind: 'Pod', name: 'pg-0', namespace: 'db' },
      firstTimestamp: time, lastTimestamp: time, source: { component: 'kubelet' },
    });
    const pasted = JSON.stringify({ kind: 'List', apiVersion: 'v1', items: [event('a', 'Unhealthy', '2026-03-02T09:13:00Z', 'Readiness probe failed'), event('b', 'BackOff', '2026-03-02T09:30:00Z', 'Back-off restarting failed container')] });
    const merged = api.timelineEditor.receive(uri, { type: 'pasteKubectlEvents', text: pasted });
    // The paste command asks which events to take, as it does from the palette: take all.
    await new Promise((resolve) => setTimeout(resolve, 1500));
    await vscode.commands.executeCommand('workbench.action.acceptSelectedQuickOpenItem');
    await merged;
    await waitFor('the rows in the table', () => api.timelineEditor.rendered(uri)?.version === document.version && api.timelineEditor.rendered(uri)?.rows === 7);
    const text = document.getText();
    assert.ok(text.indexOf('Unhealthy') > text.indexOf('| 09:12 |') && text.indexOf('Unhealthy') < text.indexOf('| 09:14 |'), text);
    assert.ok(text.indexOf('BackOff') > text.indexOf('| 09:21 |'), text);
    await api.timelineEditor.receive(uri, { type: 'undo' });
    await waitFor('one undo takes the paste back', () => document.getText() === original);
  });
});
