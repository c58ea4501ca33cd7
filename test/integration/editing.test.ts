// The everyday editing experience in a real VS Code: quiet placeholders, Next Placeholder, rewrites that fit, snippets on `pm-`.
import assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { openDocument, waitFor } from './helpers';

const DRAFT = ['editing', 'postmortems', '2026-03-02-cache-rollout.md'];

function postmortemDiagnostics(uri: vscode.Uri, rule?: string): vscode.Diagnostic[] {
  return vscode.languages
    .getDiagnostics(uri)
    .filter((d) => d.source === 'postmortem' && (rule === undefined || (typeof d.code === 'object' && d.code.value === rule)));
}

async function codeActions(uri: vscode.Uri, range: vscode.Range): Promise<vscode.CodeAction[]> {
  return (await vscode.commands.executeCommand<vscode.CodeAction[]>('vscode.executeCodeActionProvider', uri, range, vscode.CodeActionKind.QuickFix.value)) ?? [];
}

/** The blaming-language diagnostic on the sentence that holds `phrase`. */
async function blamingDiagnostic(document: vscode.TextDocument, phrase: string): Promise<vscode.Diagnostic> {
  return waitFor(`a blaming-language diagnostic on "${phrase}"`, () => postmortemDiagnostics(document.uri, 'blaming-language').find((d) => document.getText(d.range).includes(phrase)), 30_000);
}

async function revert(): Promise<void> {
  await vscode.commands.executeCommand('workbench.action.files.revert');
}

describe('editing a postmortem', () => {
  afterEach(revert);

  it('shows placeholders as one "N left" summary and quiet hints, not warnings, in the editor', async function () {
    this.timeout(60_000); // run alone, this test also waits for the extension to activate on a busy machine
    const editor = await openDocument(...DRAFT);
    const uri = editor.document.uri;
    const placeholders = await waitFor(
      'placeholder diagnostics',
      () => postmortemDiagnostics(uri, 'placeholder').length > 0 && postmortemDiagnostics(uri, 'placeholder'),
      30_000, // the first test of a run also waits for the extension to activate
    ).catch((error: Error) => {
      throw new Error(`${error.message}; diagnostics: ${JSON.stringify(vscode.languages.getDiagnostics(uri).map((d) => [d.code, d.message, d.severity]))}`);
    });
    const summary = placeholders.filter((d) => d.severity === vscode.DiagnosticSeverity.Information);
    assert.equal(summary.length, 1);
    assert.match(summary[0].message, /^2 template placeholders left/);
    assert.deepEqual(
      placeholders.filter((d) => d !== summary[0]).map((d) => [editor.document.getText(d.range), d.severity]),
      [
        ['HH:MM', vscode.DiagnosticSeverity.Hint],
        ['[2-3 sentence summary of what happened and the impact]', vscode.DiagnosticSeverity.Hint],
      ],
    );
  });

  it('selects the next placeholder with Next Placeholder, wrapping around, and goes back with Previous', async () => {
    const editor = await openDocument(...DRAFT);
    editor.selection = new vscode.Selection(0, 0, 0, 0);
    await vscode.commands.executeCommand('postmortem.nextPlaceholder');
    assert.equal(editor.document.getText(editor.selection), 'HH:MM');
    await vscode.commands.executeCommand('postmortem.nextPlaceholder');
    assert.equal(editor.document.getText(editor.selection), '[2-3 sentence summary of what happened and the impact]');
    await vscode.commands.executeCommand('postmortem.nextPlaceholder');
    assert.equal(editor.document.getText(editor.selection), 'HH:MM', 'wraps around to the first');
    await vscode.commands.executeCommand('postmortem.previousPlaceholder');
    assert.equal(editor.document.getText(editor.selection), '[2-3 sentence summary of what happened and the impact]');
    await editor.edit((edit) => edit.replace(editor.selection, 'A cache rollout dropped sessions for 12 minutes.'));
    await vscode.commands.executeCommand('postmortem.nextPlaceholder');
    assert.equal(editor.document.getText(editor.selection), 'HH:MM', 'the filled one is no longer a stop');
  });

  it('rewrites "because Tom forgot to check" in mid-sentence so the sentence still reads', async () => {
    const editor = await openDocument(...DRAFT);
    const document = editor.document;
    const diagnostic = await blamingDiagnostic(document, 'Tom forgot');
    const actions = await codeActions(document.uri, diagnostic.range);
    const rewrite = actions.find((a) => a.title.startsWith('Rewrite'));
    assert.ok(rewrite?.edit, `a rewrite among: ${actions.map((a) => a.title).join(' | ')}`);
    assert.equal(rewrite.title, 'Rewrite "Tom forgot to" as "the process had no step to"');
    assert.ok(rewrite.isPreferred);
    assert.ok(await vscode.workspace.applyEdit(rewrite.edit));
    assert.match(document.getText(), /Sessions dropped at 10:14\. The rollout broke because the process had no step to check the eviction setting\. Then/);
    await waitFor('only the other sentence to be flagged', () => postmortemDiagnostics(document.uri, 'blaming-language').length === 1);
  });

  it('disables blaming-language for one sentence of a paragraph, leaving the next sentence checked', async () => {
    const editor = await openDocument(...DRAFT);
    const document = editor.document;
    const diagnostic = await blamingDiagnostic(document, 'Tom forgot');
    await blamingDiagnostic(document, 'Dana forgot');
    const actions = await codeActions(document.uri, diagnostic.range);
    const titles = actions.map((a) => a.title);
    const sentence = actions.find((a) => a.title === 'Disable blaming-language for this sentence');
    assert.ok(sentence?.edit, `a sentence-level disable among: ${titles.join(' | ')}`);
    assert.ok(titles.indexOf('Disable blaming-language for this sentence') < titles.indexOf('Disable blaming-language for this line'));
    assert.ok(await vscode.workspace.applyEdit(sentence.edit));
    assert.match(document.getText(), /Sessions dropped at 10:14\. <!-- postmortem-disable-next-sentence blaming-language --> The rollout broke because Tom forgot/);
    await waitFor('the finding on that sentence to go away', () => postmortemDiagnostics(document.uri, 'blaming-language').length === 1);
    const [left] = postmortemDiagnostics(document.uri, 'blaming-language');
    assert.match(document.getText(left.range), /Dana forgot/);
  });

  it('inserts owner and due fields in the file\'s own style, once in the menu, and selects the owner placeholder', async () => {
    const editor = await openDocument(...DRAFT);
    const document = editor.document;
    const owner = await waitFor('an action-item-owner diagnostic', () => postmortemDiagnostics(document.uri, 'action-item-owner')[0], 30_000);
    const actions = await codeActions(document.uri, owner.range);
    const titles = actions.map((a) => a.title);
    assert.equal(titles.filter((t) => t === 'Insert owner and due date fields').length, 1, titles.join(' | '));
    for (const person of ['Dana Reyes', 'Tom Baker', '@sokafor']) assert.ok(titles.includes(`Assign this action item to ${person}`), titles.join(' | '));
    const insert = actions.find((a) => a.title === 'Insert owner and due date fields');
    assert.ok(insert?.edit && insert.command);
    // What the light bulb does: apply the edit, then run the action's command.
    assert.ok(await vscode.workspace.applyEdit(insert.edit));
    await vscode.commands.executeCommand(insert.command.command, ...(insert.command.arguments ?? []));
    assert.match(document.getText(), /- \[ \] \*\*Owner\*\*: \[Name\] \| \*\*Due\*\*: YYYY-MM-DD  \n  Alert on session drops above 1%/);
    assert.equal(vscode.window.activeTextEditor?.document.getText(vscode.window.activeTextEditor.selection), '[Name]');
  });

  it('offers the pm- snippets as "pm-" is typed, and pm-row writes the time as the table does', async () => {
    const editor = await openDocument(...DRAFT);
    const document = editor.document;
    await waitFor('the document to be linted', () => postmortemDiagnostics(document.uri).length > 0, 30_000);
    const lastRow = document.getText().indexOf('| 10:14 | Session errors alerted |');
    const line = document.positionAt(lastRow).line + 1;
    await editor.edit((edit) => edit.insert(new vscode.Position(line, 0), 'pm-\n'));
    const position = new vscode.Position(line, 3);
    const list = await vscode.commands.executeCommand<vscode.CompletionList>('vscode.executeCompletionItemProvider', document.uri, position, '-');
    const labels = list.items.map((item) => (typeof item.label === 'string' ? item.label : item.label.label));
    for (const prefix of ['pm-postmortem', 'pm-row', 'pm-action']) assert.ok(labels.includes(prefix), labels.join(', '));
    const row = list.items.find((item) => (typeof item.label === 'string' ? item.label : item.label.label) === 'pm-row');
    assert.ok(row?.insertText instanceof vscode.SnippetString && row.range instanceof vscode.Range);
    assert.ok(await editor.insertSnippet(row.insertText, row.range));
    assert.match(document.lineAt(line).text, /^\| \d{2}:\d{2} \| \[What happened\] \|$/, 'two columns, time as "10:14" (no +00:00)');
    assert.equal(editor.document.getText(editor.selection).length, 5, 'the time is selected, ready to type over');
  });

  it('opens "Read more" as the bundled rule page in the Markdown preview, not an external website', async () => {
    const editor = await openDocument(...DRAFT);
    const diagnostic = await blamingDiagnostic(editor.document, 'Tom forgot');
    const target = (diagnostic.code as { target: vscode.Uri }).target;
    assert.notEqual(target.scheme, 'https', 'the Problems link stays inside VS Code');
    assert.match(target.path, /\/docs\/rules\/blaming-language\.md$/);
    const hovers = await vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', editor.document.uri, diagnostic.range.start.translate(0, 2));
    const text = hovers.flatMap((h) => h.contents.map((c) => (typeof c === 'string' ? c : c.value))).join('\n');
    const link = /\[Read more\]\(command:markdown\.showPreview\?([^)]+)\)/.exec(text);
    assert.ok(link, text);
    const [uri] = JSON.parse(decodeURIComponent(link[1])) as Array<{ path: string }>;
    await vscode.commands.executeCommand('markdown.showPreview', vscode.Uri.from(uri as unknown as vscode.Uri));
    await waitFor('a Markdown preview of the rule page', () =>
      vscode.window.tabGroups.all.flatMap((g) => g.tabs).some((tab) => tab.input instanceof vscode.TabInputWebview && /blaming-language\.md/.test(tab.label)),
    );
    await vscode.commands.executeCommand('workbench.action.closeActiveEditor');
  });
});
