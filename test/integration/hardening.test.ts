// A pathological postmortem opened and edited in the real editor leaves the extension host responsive.
import assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { workspaceUri } from './helpers';

const FOLDER = ['hardening-it', 'postmortems'];

/**
 * How long a command takes to answer: it goes from the extension host to the workbench and back, and waits behind
 * anything that blocks the extension host (where this test, and the linter, run).
 */
async function commandRoundTrip(): Promise<number> {
  const started = Date.now();
  await vscode.commands.executeCommand('postmortem-it.ping');
  return Date.now() - started;
}

describe('a pathological document in the editor (hardening)', () => {
  let ping: vscode.Disposable;
  before(() => {
    ping = vscode.commands.registerCommand('postmortem-it.ping', () => Date.now());
  });
  after(async () => {
    ping.dispose();
    await vscode.commands.executeCommand('workbench.action.closeAllEditors');
    await vscode.workspace.fs.delete(workspaceUri(FOLDER[0]), { recursive: true, useTrash: false });
  });

  it('keeps the extension host answering within a second while the document is opened and edited', async () => {
    // Without the guard, parsing this paragraph of emphasis markers blocks the host for tens of seconds.
    const text = `# Incident: emphasis storm\n\n## Timeline\n\n${'*a'.repeat(20000)}\n\n${'['.repeat(8000)}\n`;
    const uri = workspaceUri(...FOLDER, '2026-03-02-pathological.md');
    await vscode.workspace.fs.writeFile(uri, new TextEncoder().encode(text));
    const editor = await vscode.window.showTextDocument(await vscode.workspace.openTextDocument(uri));
    const worst: number[] = [];
    // Linting runs right after opening and 300 ms after each edit: sample the host across both.
    for (let i = 0; i < 6; i++) {
      if (i === 2) await editor.edit((edit) => edit.insert(new vscode.Position(0, 0), 'x'));
      worst.push(await commandRoundTrip());
      await new Promise((resolve) => setTimeout(resolve, 250));
    }
    console.log('[[screenshot:hardening-pathological-document]]');
    assert.ok(Math.max(...worst) < 1000, `command round trips: ${worst.join(', ')} ms`);
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
