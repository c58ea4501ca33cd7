// Postmortem diagnostics in the real editor: blaming language is flagged on the right range, quick fixes edit the text.
import assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { openDocument, waitFor } from './helpers';

const POSTMORTEM = ['lint', 'postmortems', '2024-10-18-upgrade-blocked-deploys.md'];

function postmortemDiagnostics(uri: vscode.Uri, rule?: string): vscode.Diagnostic[] {
  return vscode.languages
    .getDiagnostics(uri)
    .filter((d) => d.source === 'postmortem' && (rule === undefined || (typeof d.code === 'object' && d.code.value === rule)));
}

async function codeActions(uri: vscode.Uri, range: vscode.Range, kind?: string): Promise<vscode.CodeAction[]> {
  return (await vscode.commands.executeCommand<vscode.CodeAction[]>('vscode.executeCodeActionProvider', uri, range, kind)) ?? [];
}

async function revert(): Promise<void> {
  await vscode.commands.executeCommand('workbench.action.files.revert');
}

describe('postmortem diagnostics', () => {
  afterEach(revert);

  it('flags "John forgot to test the upgrade" as blaming language on exactly that range, linking to the rule page', async () => {
    const editor = await openDocument(...POSTMORTEM);
    const document = editor.document;
    const [diagnostic] = await waitFor('a blaming-language diagnostic', () => {
      const found = postmortemDiagnostics(document.uri, 'blaming-language');
      return found.length > 0 && found;
    });
    const start = document.getText().indexOf('John forgot to test the upgrade');
    const expected = new vscode.Range(document.positionAt(start), document.positionAt(start + 'John forgot to test the upgrade'.length));
    assert.ok(diagnostic.range.isEqual(expected), `range ${JSON.stringify(diagnostic.range)} should be ${JSON.stringify(expected)}`);
    assert.equal(diagnostic.severity, vscode.DiagnosticSeverity.Warning);
    const code = diagnostic.code as { value: string; target: vscode.Uri };
    assert.match(code.target.toString(), /docs\/rules\/blaming-language\.md$/);
    // The other rules see the same document: the out-of-order timeline row is reported too.
    assert.equal(postmortemDiagnostics(document.uri, 'timeline-order').length, 1);
  });

  it('explains on hover why the finding matters', async () => {
    const editor = await openDocument(...POSTMORTEM);
    const [diagnostic] = await waitFor('a blaming-language diagnostic', () => postmortemDiagnostics(editor.document.uri, 'blaming-language').length > 0 && postmortemDiagnostics(editor.document.uri, 'blaming-language'));
    const hovers = await vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', editor.document.uri, diagnostic.range.start.translate(0, 2));
    const text = hovers.flatMap((h) => h.contents.map((c) => (typeof c === 'string' ? c : c.value))).join('\n');
    assert.match(text, /Why this matters.*blaming-language/s);
  });

  it('applies a quick fix that rewrites the blaming sentence', async () => {
    const editor = await openDocument(...POSTMORTEM);
    const document = editor.document;
    const [diagnostic] = await waitFor('a blaming-language diagnostic', () => postmortemDiagnostics(document.uri, 'blaming-language').length > 0 && postmortemDiagnostics(document.uri, 'blaming-language'));
    const actions = await codeActions(document.uri, diagnostic.range, vscode.CodeActionKind.QuickFix.value);
    const rewrite = actions.find((a) => a.isPreferred && a.edit) ?? actions.find((a) => a.edit && !a.title.startsWith('Disable'));
    assert.ok(rewrite, `a rewrite among: ${actions.map((a) => a.title).join(' | ')}`);
    const before = document.getText();
    assert.ok(await vscode.workspace.applyEdit(rewrite.edit!));
    assert.notEqual(document.getText(), before);
    assert.ok(!document.getText().includes('John forgot to test the upgrade'));
    await waitFor('the blaming-language diagnostic to go away', () => postmortemDiagnostics(document.uri, 'blaming-language').length === 0);
  });

  it('removes the finding when the "disable for this line" comment is inserted', async () => {
    const editor = await openDocument(...POSTMORTEM);
    const document = editor.document;
    const [diagnostic] = await waitFor('a blaming-language diagnostic', () => postmortemDiagnostics(document.uri, 'blaming-language').length > 0 && postmortemDiagnostics(document.uri, 'blaming-language'));
    const actions = await codeActions(document.uri, diagnostic.range, vscode.CodeActionKind.QuickFix.value);
    const disable = actions.find((a) => a.title === 'Disable blaming-language for this line');
    assert.ok(disable?.edit, `a disable action among: ${actions.map((a) => a.title).join(' | ')}`);
    assert.ok(await vscode.workspace.applyEdit(disable.edit));
    assert.match(document.getText(), /<!-- postmortem-disable-next-line blaming-language -->\nJohn forgot to test the upgrade/);
    await waitFor('the blaming-language diagnostic to go away', () => postmortemDiagnostics(document.uri, 'blaming-language').length === 0);
    assert.equal(postmortemDiagnostics(document.uri, 'timeline-order').length, 1, 'other rules keep reporting');
  });

  it('sorts the timeline through source.fixAll.postmortem', async () => {
    const editor = await openDocument(...POSTMORTEM);
    const document = editor.document;
    await waitFor('a timeline-order diagnostic', () => postmortemDiagnostics(document.uri, 'timeline-order').length > 0);
    const whole = new vscode.Range(document.positionAt(0), document.positionAt(document.getText().length));
    const [fixAll] = await codeActions(document.uri, whole, 'source.fixAll.postmortem');
    assert.ok(fixAll?.edit, 'a fix-all action');
    assert.ok(await vscode.workspace.applyEdit(fixAll.edit));
    assert.match(document.getText(), /\| 10:15 \| Upgrade completed \|\n\| 10:20 \| Security scanning stopped working \|/);
    await waitFor('the timeline-order diagnostic to go away', () => postmortemDiagnostics(document.uri, 'timeline-order').length === 0);
  });

  it('takes rule levels from the postmortem.lint.rules setting', async () => {
    const editor = await openDocument(...POSTMORTEM);
    const uri = editor.document.uri;
    await waitFor('a blaming-language warning', () => postmortemDiagnostics(uri, 'blaming-language')[0]?.severity === vscode.DiagnosticSeverity.Warning);
    const settings = vscode.workspace.getConfiguration('postmortem.lint');
    await settings.update('rules', { 'blaming-language': 'error', 'timeline-order': 'off' }, vscode.ConfigurationTarget.Global);
    try {
      await waitFor('the finding to become an error', () => postmortemDiagnostics(uri, 'blaming-language')[0]?.severity === vscode.DiagnosticSeverity.Error);
      await waitFor('timeline-order to be turned off', () => postmortemDiagnostics(uri, 'timeline-order').length === 0);
    } finally {
      await settings.update('rules', undefined, vscode.ConfigurationTarget.Global);
    }
    await waitFor('the default level again', () => postmortemDiagnostics(uri, 'blaming-language')[0]?.severity === vscode.DiagnosticSeverity.Warning);
  });

  it('applies the nearest .postmortemrc.json and reports its mistakes instead of failing', async () => {
    const editor = await openDocument('lint', 'configured', 'postmortems', 'draft.md');
    const uri = editor.document.uri;
    const [placeholder] = await waitFor('a placeholder error', () => postmortemDiagnostics(uri, 'placeholder').length > 0 && postmortemDiagnostics(uri, 'placeholder'));
    assert.equal(placeholder.severity, vscode.DiagnosticSeverity.Error);
    assert.equal(postmortemDiagnostics(uri, 'required-sections').length, 0);
    const [config] = postmortemDiagnostics(uri, 'config');
    assert.match(config.message, /\.postmortemrc\.json \(rules\.no-such-rule\): unknown rule/);
    assert.equal(config.range.start.line, 0);
  });

  it('leaves Markdown that is not a postmortem alone, even a README in the postmortems folder', async () => {
    const notes = await openDocument('lint', 'notes.md');
    const readme = await openDocument('lint', 'postmortems', 'README.md');
    // Give the linter the time it takes on a postmortem (it lints on open without delay) before concluding.
    await new Promise((resolve) => setTimeout(resolve, 1000));
    assert.deepEqual(postmortemDiagnostics(notes.document.uri), []);
    assert.deepEqual(postmortemDiagnostics(readme.document.uri), []);
  });
});
