// A pathological postmortem opened and edited in the real editor leaves the extension host responsive.
import assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { EXTENSION_ID, workspaceUri } from './helpers';

const FOLDER = ['hardening-it', 'postmortems'];

/**
 * Watches the extension host's event loop: the longest gap between ticks of a 20 ms timer is the longest time anything
 * (the linter, a CodeLens, a code action asked for on each cursor move, the action-items index) blocked the host.
 */
function watchHost(): { stop: () => number } {
  let last = Date.now();
  let worst = 0;
  const timer = setInterval(() => {
    const now = Date.now();
    worst = Math.max(worst, now - last);
    last = now;
  }, 20);
  return {
    stop: () => {
      clearInterval(timer);
      return worst;
    },
  };
}

describe('a pathological document in the editor (hardening)', () => {
  before(async function () {
    // Loading and activating the extension is measured elsewhere (activation tests, the benchmark), not here.
    this.timeout(120_000);
    await vscode.extensions.getExtension(EXTENSION_ID)!.activate();
  });
  after(async () => {
    await vscode.commands.executeCommand('workbench.action.closeAllEditors');
    await vscode.workspace.fs.delete(workspaceUri(FOLDER[0]), { recursive: true, useTrash: false });
  });

  it('keeps the extension host answering within a second while the document is opened, edited and the cursor moves', async () => {
    // Without the guard, parsing this paragraph of emphasis markers blocks the host for tens of seconds.
    const text = `# Incident: emphasis storm\n\n## Timeline\n\n${'*a'.repeat(20000)}\n\n${'['.repeat(8000)}\n`;
    const uri = workspaceUri(...FOLDER, '2026-03-02-pathological.md');
    await vscode.workspace.fs.writeFile(uri, new TextEncoder().encode(text));
    const editor = await vscode.window.showTextDocument(await vscode.workspace.openTextDocument(uri));
    // Opening sends the whole text to VS Code's own Markdown language server, from the same host, which takes a while
    // on a busy machine; what this extension does runs again after each edit (lint, CodeLenses) and cursor move (code
    // actions), so watch from there.
    await new Promise((resolve) => setTimeout(resolve, 1500));
    const host = watchHost();
    for (let i = 0; i < 6; i++) {
      if (i === 1 || i === 4) await editor.edit((edit) => edit.insert(new vscode.Position(0, 0), 'x'));
      editor.selection = new vscode.Selection(i + 1, 0, i + 1, 0);
      await new Promise((resolve) => setTimeout(resolve, 500));
    }
    const worst = host.stop();
    console.log('[[screenshot:hardening-pathological-document]]');
    assert.ok(worst < 1000, `the extension host was blocked for ${worst} ms`);
    assert.deepEqual(vscode.languages.getDiagnostics(uri).filter((d) => d.source === 'postmortem'), []);
  });

  it('still lints an ordinary postmortem next to it', async () => {
    const uri = workspaceUri(...FOLDER, '2026-03-02-ordinary.md');
    await vscode.workspace.fs.writeFile(uri, new TextEncoder().encode('# Incident\n\n## Root Cause\n\nJohn forgot to test the upgrade.\n'));
    await vscode.window.showTextDocument(await vscode.workspace.openTextDocument(uri));
    const deadline = Date.now() + 10_000;
    while (!vscode.languages.getDiagnostics(uri).some((d) => d.source === 'postmortem') && Date.now() < deadline) await new Promise((resolve) => setTimeout(resolve, 100));
    assert.ok(vscode.languages.getDiagnostics(uri).some((d) => d.source === 'postmortem'));
  });

  it('refuses a postmortem.folder that climbs out of the workspace, and writes nothing', async () => {
    await vscode.workspace.getConfiguration('postmortem').update('folder', '../escaped-postmortems', vscode.ConfigurationTarget.Workspace);
    try {
      const created = await vscode.commands.executeCommand('postmortem.new', { title: 'Escape attempt', date: '2026-03-02' });
      assert.equal(created, undefined);
      const outside = vscode.Uri.joinPath(workspaceUri(), '..', 'escaped-postmortems');
      await assert.rejects(Promise.resolve(vscode.workspace.fs.stat(outside)));
    } finally {
      await vscode.workspace.getConfiguration('postmortem').update('folder', undefined, vscode.ConfigurationTarget.Workspace);
    }
  });
});
