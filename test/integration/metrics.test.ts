// Incident metrics in a real VS Code: Fill Metrics from Timeline (one undo), the CodeLens and hover, Draft Status Update recorded as a comms row, the stats report.
import assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { openDocument, waitFor, workspaceUri } from './helpers';

const POSTMORTEM = ['metrics', 'checkout-errors.md'];

/** The harness takes the picture when the log line reaches it: give it time before the UI changes. */
async function screenshot(name: string): Promise<void> {
  await new Promise((resolve) => setTimeout(resolve, 800));
  console.log(`[[screenshot:${name}]]`);
  await new Promise((resolve) => setTimeout(resolve, 3000));
}

async function closeAll(): Promise<void> {
  // Drafts and reports are untitled, the postmortem is edited in memory: revert and close each, so no save dialog opens.
  for (const document of vscode.workspace.textDocuments.filter((d) => d.isDirty)) {
    await vscode.window.showTextDocument(document);
    await vscode.commands.executeCommand(document.isUntitled ? 'workbench.action.revertAndCloseActiveEditor' : 'workbench.action.files.revert');
  }
  await waitFor('every edit reverted', () => vscode.workspace.textDocuments.every((d) => !d.isDirty));
  await vscode.commands.executeCommand('workbench.action.closeAllEditors');
}

describe('incident metrics', () => {
  before(async function () {
    // Run alone, this suite pays for the extension's activation in its first test.
    this.timeout(120_000);
    // The web workbench saves after a second by default; these tests edit in memory and revert, so nothing may reach the disk.
    await vscode.workspace.getConfiguration('files').update('autoSave', 'off', vscode.ConfigurationTarget.Global);
    await openDocument(...POSTMORTEM);
    await waitFor('the metrics commands', async () => (await vscode.commands.getCommands(true)).includes('postmortem.fillMetrics'), 110_000);
  });
  afterEach(closeAll);
  after(async () => {
    await vscode.workspace.getConfiguration('files').update('autoSave', undefined, vscode.ConfigurationTarget.Global);
  });

  it('fills the Metrics section and Duration from the timeline in the template’s style, as one undoable edit', async () => {
    const editor = await openDocument(...POSTMORTEM);
    const original = editor.document.getText();
    const outcome = (await vscode.commands.executeCommand('postmortem.fillMetrics')) as { written: string[]; missing: string[] };
    assert.deepEqual(outcome.missing, []);
    const text = editor.document.getText();
    assert.match(text, /\*\*Duration\*\*: 01:30 {2}\n/);
    assert.match(text, /\*\*Detection Time\*\*: 5 minutes {2}\n\*\*Response Time\*\*: 12 minutes {2}\n\*\*Resolution Time\*\*: 1 hour 30 minutes {2}\n\*\*MTTR\*\*: 1 hour 30 minutes {2}\n\*\*Mitigation Time\*\*: 50 minutes\n\n## References/);
    await screenshot('metrics-filled');
    await vscode.commands.executeCommand('undo');
    assert.equal(editor.document.getText(), original);
  });

  it('shows the computed metrics on the Metrics section: a CodeLens that fills them, a hover with definitions and sources', async () => {
    const editor = await openDocument(...POSTMORTEM);
    const uri = editor.document.uri;
    const lenses = await waitFor('the metrics CodeLens', async () => {
      const found = (await vscode.commands.executeCommand<vscode.CodeLens[]>('vscode.executeCodeLensProvider', uri)) ?? [];
      return found.find((l) => l.command?.command === 'postmortem.fillMetrics');
    });
    assert.equal(lenses.command!.title, '$(clock) detect 5m · acknowledge 12m · mitigate 50m · resolve 1h 30m · duration 1h 30m — fill from timeline');
    assert.equal(editor.document.lineAt(lenses.range.start.line).text, '## Metrics');
    const hovers = (await vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', uri, new vscode.Position(lenses.range.start.line, 4))) ?? [];
    const text = hovers.flatMap((h) => h.contents.map((c) => (typeof c === 'string' ? c : c.value))).join('\n');
    assert.match(text, /\| Time to acknowledge \| 12 minutes \| Started → Acknowledged \|/);
    assert.match(text, /Mitigated 10:50 UTC \(line 25, timeline\): Rolled back to v2\.2/);
  });

  it('shows the metrics a postmortem without a timeline gives in its summary on the section that gives them', async () => {
    const editor = await openDocument('prose-metrics', 'files-api-errors.md');
    const lens = await waitFor('the metrics CodeLens', async () => {
      const found = (await vscode.commands.executeCommand<vscode.CodeLens[]>('vscode.executeCodeLensProvider', editor.document.uri)) ?? [];
      return found.find((l) => l.command?.command === 'postmortem.fillMetrics');
    });
    assert.equal(lens.command!.title, '$(clock) resolve 47m · duration 47m — fill from timeline');
    assert.equal(editor.document.lineAt(lens.range.start.line).text, '## What happened');
  });

  it('marks a timeline row as a moment from the lightbulb, writing the field the metrics then read', async () => {
    const editor = await openDocument(...POSTMORTEM);
    const document = editor.document;
    const at = document.positionAt(document.getText().indexOf('On-call acknowledged'));
    const actions = (await vscode.commands.executeCommand<vscode.CodeAction[]>('vscode.executeCodeActionProvider', document.uri, new vscode.Range(at, at))) ?? [];
    const titles = actions.map((a) => a.title).filter((t) => t.startsWith('Mark as'));
    assert.deepEqual(titles, ['Started', 'Detected', 'Acknowledged', 'Mitigated', 'Resolved'].map((m) => `Mark as ${m} (2026-03-02 10:12 UTC)`));
    await vscode.workspace.applyEdit(actions.find((a) => a.title.startsWith('Mark as Detected'))!.edit!);
    assert.match(document.getText(), /\*\*Duration\*\*: HH:MM {2}\n\*\*Detected\*\*: 2026-03-02 10:12 UTC {2}\n\*\*Severity\*\*/);
    const outcome = (await vscode.commands.executeCommand('postmortem.fillMetrics')) as { written: string[] };
    assert.ok(outcome.written.includes('timeToDetect'));
    assert.match(document.getText(), /\*\*Detection Time\*\*: 12 minutes/);
  });

  it('leaves out the metrics whose moments are out of order instead of writing a negative time', async () => {
    const editor = await openDocument(...POSTMORTEM);
    const document = editor.document;
    // A Resolved time before the incident started (a mistyped hour).
    const at = document.positionAt(document.getText().indexOf('**Duration**'));
    await editor.edit((edit) => edit.insert(at, '**Resolved**: 2026-03-02 09:30 UTC  \n'));
    const outcome = (await vscode.commands.executeCommand('postmortem.fillMetrics')) as { written: string[]; outOfOrder: string[] };
    assert.deepEqual([...outcome.outOfOrder].sort(), ['duration', 'timeToResolve']);
    assert.ok(outcome.written.includes('timeToDetect'), 'the metrics in order are filled');
    assert.doesNotMatch(document.getText(), /: -\d/);
    assert.match(document.getText(), /\*\*Duration\*\*: HH:MM/);
  });

  it('drafts a status update for editing, then copies the edited text and records it as a comms row', async () => {
    const editor = await openDocument(...POSTMORTEM);
    const postmortem = editor.document;
    const draft = (await vscode.commands.executeCommand('postmortem.draftStatusUpdate', { kind: 'update', now: '2026-03-02T10:45:00Z' })) as { draftUri: string; text: string };
    assert.equal(draft.text, [
      '[INCIDENT UPDATE - 2026-03-02 10:45 UTC]',
      'Status: Investigating',
      'Impact: Checkout failed for about 30% of customers; Payment retries doubled the support queue',
      'Current actions: 10:00 Deploy of checkout v2.3 started; 10:05 Error-rate alert fired for checkout; 10:12 On-call acknowledged the page — Investigation began',
      'Next update: 11:15 UTC',
    ].join('\n'));
    const draftEditor = await waitFor('the draft in an editor', () => vscode.window.visibleTextEditors.find((e) => e.document.uri.toString() === draft.draftUri));
    assert.equal(draftEditor.document.isUntitled, true);
    await screenshot('status-update-draft');
    // The responder corrects the status before sending.
    await draftEditor.edit((edit) => {
      const line = draftEditor.document.lineAt(1);
      edit.replace(line.range, 'Status: Mitigating (rollback in progress)');
    });
    const copied = (await vscode.commands.executeCommand('postmortem.copyStatusUpdate', { draftUri: draft.draftUri, now: '2026-03-02T10:46:00Z' })) as { text: string; recorded: boolean };
    assert.equal(copied.recorded, true);
    assert.equal(await vscode.env.clipboard.readText(), draft.text.replace('Status: Investigating', 'Status: Mitigating (rollback in progress)'));
    const rows = postmortem.getText().split('\n').filter((l) => /^\| \d/.test(l));
    assert.deepEqual(rows.slice(2, 5), [
      '| 10:12 | On-call acknowledged the page | Investigation began |',
      '| 10:46 | Status update posted: Mitigating (rollback in progress); next update 11:15 UTC | - |',
      '| 10:50 | Rolled back to v2.2 | - |',
    ]);
  });

  it('drafts the resolution notice in Slack style with the duration, root cause and a link', async () => {
    await openDocument(...POSTMORTEM);
    const draft = (await vscode.commands.executeCommand('postmortem.draftStatusUpdate', { kind: 'resolved', format: 'slack', now: '2026-03-02T11:40:00Z' })) as { text: string };
    const lines = draft.text.split('\n');
    assert.equal(lines[0], '*[INCIDENT RESOLVED - 2026-03-02 11:40 UTC]*');
    assert.equal(lines[1], '*Duration:* 2026-03-02 10:00 UTC to 11:30 UTC (1 hour 30 minutes)');
    assert.match(lines[3], /^\*Root cause:\* The v2\.3 configuration halved the database connection pool/);
    assert.match(lines[4], /^\*Post-mortem:\* <file:\/\/\/.*checkout-errors\.md\|Checkout errors after the v2\.3 deploy> \(within 48 hours\)$/);
  });

  it('opens a Markdown stats report across the workspace’s postmortems', async () => {
    // From the Explorer's context menu on a folder: only the postmortems under it.
    const outcome = (await vscode.commands.executeCommand('postmortem.showStats', workspaceUri('metrics'))) as { incidents: number; reportUri: string };
    assert.equal(outcome.incidents, 1);
    const report = vscode.workspace.textDocuments.find((d) => d.uri.toString() === outcome.reportUri)!;
    assert.match(report.getText(), /^# Response stats/);
    assert.match(report.getText(), /\| 2026-03 \| P1 \| 1 \| 5m \/ 5m \| 12m \/ 12m \| 50m \/ 50m \| 1h 30m \/ 1h 30m \| 1h 30m \/ 1h 30m \|/);
    // From the palette: every postmortem of the workspace, with the chart of incidents per month; the same report
    // document is replaced and stays in its editor.
    const everywhere = (await vscode.commands.executeCommand('postmortem.showStats')) as { incidents: number; reportUri: string };
    assert.ok(everywhere.incidents >= 3, `found ${everywhere.incidents} incidents`);
    assert.equal(everywhere.reportUri, outcome.reportUri);
    assert.match(report.getText(), /<svg [^>]*aria-label="Incidents per month"/);
    assert.equal(vscode.window.visibleTextEditors.filter((e) => e.document.uri.toString() === outcome.reportUri).length, 1);
    await new Promise((resolve) => setTimeout(resolve, 3000));
    await screenshot('stats-report');
  });
});
