// The engine loads on first use: activation alone leaves it unloaded, and a command run before it has loaded waits for
// it and runs with its arguments. Run first (index.ts): every other suite loads the engine.
import assert from 'node:assert/strict';
import * as vscode from 'vscode';
import type { ExtensionApi } from '../../src/extension/activate';
import { EXTENSION_ID, waitFor } from './helpers';

describe('the engine, loaded on first use', () => {
  it('is not loaded by activation alone; a command run before it loads gets its arguments', async () => {
    const extension = vscode.extensions.getExtension<ExtensionApi>(EXTENSION_ID)!;
    const api = await extension.activate();
    assert.equal(vscode.workspace.textDocuments.filter((d) => d.languageId === 'markdown').length, 0, 'no Markdown document open yet');
    assert.equal(api.engineTiming(), undefined, 'activation alone left the engine unloaded');
    await vscode.commands.executeCommand('postmortem.actionItems.filterText', 'no-such-item-anywhere');
    const timing = api.engineTiming();
    assert.ok(timing, 'running the command loaded the engine');
    console.log(`the engine loaded in ${timing.loadMs.toFixed(0)} ms and started in ${timing.startMs.toFixed(1)} ms`);
    const { actionItems } = await api.engine();
    await waitFor('the filter in the view', () => actionItems.index.scanned && /"no-such-item-anywhere"/.test(actionItems.view.message ?? ''), 20_000);
    await vscode.commands.executeCommand('postmortem.actionItems.clearFilters');
  });
});
