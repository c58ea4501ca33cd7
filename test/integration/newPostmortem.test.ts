// New Postmortem in a real VS Code: arguments in, a filled-in file out, opened at its first placeholder, never overwritten.
import assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { workspaceUri } from './helpers';

/** A folder of its own, so the files created here do not show up in other tests' postmortems folder. */
const FOLDER = 'new-postmortem-it';
const args = { title: 'Cache stampede after deploy', date: '2024-10-18', severity: 'P1', template: 'gitops' };

async function read(uri: vscode.Uri): Promise<string> {
  return new TextDecoder().decode(await vscode.workspace.fs.readFile(uri));
}

describe('New Postmortem (postmortem.new)', () => {
  before(async () => {
    await vscode.workspace.getConfiguration('postmortem').update('folder', FOLDER, vscode.ConfigurationTarget.Workspace);
  });

  after(async () => {
    await vscode.commands.executeCommand('workbench.action.closeAllEditors');
    await vscode.workspace.getConfiguration('postmortem').update('folder', undefined, vscode.ConfigurationTarget.Workspace);
    await vscode.workspace.fs.delete(workspaceUri(FOLDER), { recursive: true, useTrash: false });
    await vscode.workspace.fs.delete(workspaceUri('.postmortem'), { recursive: true, useTrash: false });
  });

  let first: vscode.Uri;

  it('creates <folder>/<date>-<slug>.md with the inputs filled in and opens it at the first placeholder', async () => {
    first = (await vscode.commands.executeCommand('postmortem.new', args)) as vscode.Uri;
    assert.equal(first.toString(), workspaceUri(FOLDER, '2024-10-18-cache-stampede-after-deploy.md').toString());

    const text = await read(first);
    assert.match(text, /^# Incident Postmortem: Cache stampede after deploy\n/);
    assert.match(text, /\*\*Incident ID\*\*: INC-2024-10-18-001 {2}\n/);
    assert.match(text, /\*\*Date\*\*: 2024-10-18 {2}\n/);
    assert.match(text, /\*\*Severity\*\*: P1-High {2}\n/);
    assert.match(text, /\*\*Status\*\*: Resolved\n/);

    const editor = vscode.window.activeTextEditor;
    assert.ok(editor);
    assert.equal(editor.document.uri.toString(), first.toString());
    assert.equal(editor.document.getText(editor.selection), 'HH:MM', 'the Duration placeholder is selected, ready to type over');
    assert.match(editor.document.lineAt(editor.selection.start.line).text, /^\*\*Duration\*\*/);
  });

  it('does not overwrite when run again: a new name and the next incident number', async () => {
    const before = await read(first);
    const second = (await vscode.commands.executeCommand('postmortem.new', args)) as vscode.Uri;
    assert.equal(second.toString(), workspaceUri(FOLDER, '2024-10-18-cache-stampede-after-deploy-2.md').toString());
    assert.equal(await read(first), before);
    assert.match(await read(second), /\*\*Incident ID\*\*: INC-2024-10-18-002/);
  });

  it('offers the workspace templates in .postmortem/templates', async () => {
    const template = workspaceUri('.postmortem', 'templates', 'team-review.md');
    await vscode.workspace.fs.writeFile(template, new TextEncoder().encode('# Review: [Incident title]\n\n| Incident ID | INC-YYYY-MM-DD-NNN |\n| --- | --- |\n| Date | YYYY-MM-DD |\n| Owner | [Name] |\n'));
    const uri = (await vscode.commands.executeCommand('postmortem.new', { ...args, title: 'Queue backlog', template: 'team-review', severity: 'SEV2' })) as vscode.Uri;
    assert.equal(
      await read(uri),
      '# Review: Queue backlog\n\n| Incident ID | INC-2024-10-18-003 |\n| --- | --- |\n| Date | 2024-10-18 |\n| Owner | [Name] |\n',
    );
    assert.equal(vscode.window.activeTextEditor?.document.getText(vscode.window.activeTextEditor.selection), '[Name]');
  });

  it('rejects invalid arguments without creating anything', async () => {
    const before = await vscode.workspace.fs.readDirectory(workspaceUri(FOLDER));
    await assert.rejects(Promise.resolve(vscode.commands.executeCommand('postmortem.new', { ...args, severity: 'P9' })), /unknown severity 'P9'/);
    await assert.rejects(Promise.resolve(vscode.commands.executeCommand('postmortem.new', { ...args, date: '18/10/2024' })), /date must be YYYY-MM-DD/);
    assert.equal((await vscode.workspace.fs.readDirectory(workspaceUri(FOLDER))).length, before.length);
  });
});
