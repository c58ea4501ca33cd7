// kubectl events in a real VS Code: paste from the clipboard into the timeline (one undo restores it), and import from a cluster stub through the real kubectl.
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { createServer, type Server } from 'node:http';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import * as vscode from 'vscode';
import { openDocument } from './helpers';

const kubectlEventsOutput = [
  'LAST SEEN              TYPE      REASON        OBJECT              MESSAGE',
  '45m                    Normal    Scheduled     Pod/checkout-1      Successfully assigned shop/checkout-1 to node-a',
  '28m (x12 over 35m)     Warning   FailedMount   Pod/checkout-1      MountVolume.SetUp failed for volume "config" : configmap "checkout" not found',
  '70s                    Warning   Unhealthy     Pod/checkout-1      Readiness probe failed: HTTP probe failed with statuscode: 503',
  'body: {"status":"degraded"}',
].join('\n');

interface Outcome {
  found: number;
  added: number;
  alreadyListed: number;
  formats: string[];
}

function timelineRows(text: string): string[] {
  return text.split('\n').filter((line) => /^\| ~?\d/.test(line));
}

describe('kubectl events into the timeline', () => {
  afterEach(async () => {
    await vscode.commands.executeCommand('workbench.action.revertAndCloseActiveEditor');
  });

  it('pastes kubectl events output from the clipboard in time order, and one undo restores the document', async () => {
    const editor = await openDocument('kubectl', 'checkout-outage.md');
    const original = editor.document.getText();
    await vscode.env.clipboard.writeText(kubectlEventsOutput);
    const outcome = (await vscode.commands.executeCommand('postmortem.pasteKubectlEvents', { capturedAt: '2026-05-04T12:20:00Z', select: 'all' })) as Outcome;
    assert.deepEqual([outcome.formats, outcome.found, outcome.added], [['kubectl-events'], 3, 3]);
    assert.deepEqual(timelineRows(editor.document.getText()), [
      '| 11:30 | Config change merged | Rollout started |',
      '| ~11:35 | Normal Scheduled Pod/checkout-1: Successfully assigned shop/checkout-1 to node-a | - |',
      '| 11:50 | Alert: checkout error rate above 5% | Investigation began |',
      '| ~11:52 | Warning FailedMount Pod/checkout-1: MountVolume.SetUp failed for volume "config" : configmap "checkout" not found (x12 since 11:45) | - |',
      '| 12:10 | Rolled back config | - |',
      '| ~12:18 | Warning Unhealthy Pod/checkout-1: Readiness probe failed: HTTP probe failed with statuscode: 503 body: {"status":"degraded"} | - |',
    ]);
    await vscode.commands.executeCommand('undo');
    assert.equal(editor.document.getText(), original);
  });

  it('takes warnings only, and skips what the timeline already has when pasted again', async () => {
    const editor = await openDocument('kubectl', 'checkout-outage.md');
    const args = { text: kubectlEventsOutput, capturedAt: '2026-05-04T12:20:00Z', select: 'warnings' };
    const first = (await vscode.commands.executeCommand('postmortem.pasteKubectlEvents', args)) as Outcome;
    assert.equal(first.added, 2);
    const second = (await vscode.commands.executeCommand('postmortem.pasteKubectlEvents', args)) as Outcome;
    assert.deepEqual([second.added, second.alreadyListed], [0, 2]);
    assert.equal(timelineRows(editor.document.getText()).length, 5);
  });

  it('leaves the document untouched when the clipboard is not kubectl output', async () => {
    const editor = await openDocument('kubectl', 'checkout-outage.md');
    const original = editor.document.getText();
    await vscode.env.clipboard.writeText('Deploy went out at 10:00, then things broke.');
    const outcome = await vscode.commands.executeCommand('postmortem.pasteKubectlEvents', { capturedAt: '2026-05-04T12:20:00Z', select: 'all' });
    assert.equal(outcome, undefined);
    assert.equal(editor.document.getText(), original);
    assert.equal(editor.document.isDirty, false);
  });

  it('creates a Timeline section in a postmortem that has none', async () => {
    const document = await vscode.workspace.openTextDocument({ language: 'markdown', content: '# DNS outage\n\n## Summary\n\nLookups failed.\n\n## Root Cause\n\nA bad zone file.\n' });
    await vscode.window.showTextDocument(document);
    const json = JSON.stringify({ kind: 'List', items: [{ involvedObject: { kind: 'Pod', name: 'coredns-1', namespace: 'kube-system' }, reason: 'BackOff', message: 'Back-off restarting', type: 'Warning', lastTimestamp: '2026-05-04T09:15:00Z' }] });
    await vscode.commands.executeCommand('postmortem.pasteKubectlEvents', { text: json, select: 'all' });
    assert.equal(
      document.getText(),
      '# DNS outage\n\n## Summary\n\nLookups failed.\n\n## Timeline\n\n| Time (UTC) | Event | Action Taken |\n| --- | --- | --- |\n' +
        '| 2026-05-04 09:15 | Warning BackOff Pod/coredns-1 (kube-system): Back-off restarting | - |\n\n## Root Cause\n\nA bad zone file.\n',
    );
  });

  describe('Import kubectl Events from Cluster', () => {
    let server: Server;
    let kubeconfig: string;
    const previous = process.env.KUBECONFIG;

    before(function () {
      try {
        execFileSync('kubectl', ['version', '--client'], { stdio: 'ignore' });
      } catch {
        console.log('    (kubectl is not installed here: skipping the import tests that run it)');
        this.skip();
      }
    });

    before(async () => {
      const events = {
        kind: 'EventList', apiVersion: 'v1', metadata: {},
        items: [{ metadata: { name: 'api-0.1', namespace: 'prod' }, involvedObject: { kind: 'Pod', name: 'api-0', namespace: 'prod' }, reason: 'OOMKilled', message: 'Container api exceeded its memory limit', type: 'Warning', firstTimestamp: '2026-05-04T11:40:00Z', lastTimestamp: '2026-05-04T11:55:00Z', count: 4, source: { component: 'kubelet', host: 'node-a' } }],
      };
      server = createServer((req, res) => {
        const path = new URL(req.url ?? '/', 'http://stub').pathname;
        const body: Record<string, unknown> = {
          '/version': { major: '1', minor: '32', gitVersion: 'v1.32.0' },
          '/api': { kind: 'APIVersions', versions: ['v1'] },
          '/apis': { kind: 'APIGroupList', apiVersion: 'v1', groups: [] },
          '/api/v1': { kind: 'APIResourceList', groupVersion: 'v1', resources: [{ name: 'events', singularName: 'event', namespaced: true, kind: 'Event', verbs: ['list'] }] },
          '/api/v1/namespaces/prod/events': events,
          '/api/v1/namespaces/empty/events': { ...events, items: [] },
        };
        if (path === '/api/v1/namespaces/secret/events') {
          res.writeHead(403, { 'content-type': 'application/json' });
          res.end(JSON.stringify({ kind: 'Status', apiVersion: 'v1', status: 'Failure', message: 'events is forbidden: User "dev" cannot list resource "events" in API group "" in the namespace "secret"', reason: 'Forbidden', code: 403 }));
          return;
        }
        res.writeHead(body[path] ? 200 : 404, { 'content-type': 'application/json' });
        res.end(JSON.stringify(body[path] ?? { kind: 'Status', apiVersion: 'v1', status: 'Failure', reason: 'NotFound', code: 404 }));
      });
      await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
      const address = server.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      kubeconfig = join(mkdtempSync(join(tmpdir(), 'postmortem-kube-')), 'config');
      writeFileSync(kubeconfig, `apiVersion: v1\nkind: Config\nclusters:\n- name: stub\n  cluster:\n    server: http://127.0.0.1:${port}\ncontexts:\n- name: stub\n  context: {cluster: stub, user: nobody, namespace: prod}\ncurrent-context: stub\nusers:\n- name: nobody\n  user: {}\n`);
      // The extension host runs these tests, so kubectl started by the command sees this kubeconfig.
      process.env.KUBECONFIG = kubeconfig;
    });

    after(() => {
      if (previous === undefined) delete process.env.KUBECONFIG;
      else process.env.KUBECONFIG = previous;
      server?.close();
    });

    it('runs kubectl get events -o json and merges the events with their exact times', async () => {
      const editor = await openDocument('kubectl', 'checkout-outage.md');
      const outcome = (await vscode.commands.executeCommand('postmortem.importKubectlEvents', { context: 'stub', namespace: 'prod', select: 'all' })) as Outcome;
      assert.equal(outcome.added, 1);
      assert.ok(timelineRows(editor.document.getText()).includes('| 11:55 | Warning OOMKilled Pod/api-0 (prod): Container api exceeded its memory limit (x4 since 11:40) | - |'));
    });

    it('says why when access is denied or there are no events, and leaves the document alone', async () => {
      const editor = await openDocument('kubectl', 'checkout-outage.md');
      const denied = (await vscode.commands.executeCommand('postmortem.importKubectlEvents', { context: 'stub', namespace: 'secret', select: 'all' })) as { failed: string };
      assert.match(denied.failed, /refused access/);
      const empty = (await vscode.commands.executeCommand('postmortem.importKubectlEvents', { context: 'stub', namespace: 'empty', select: 'all' })) as Outcome;
      assert.equal(empty.found, 0);
      assert.equal(editor.document.isDirty, false);
    });
  });
});
