// `postmortem events`: kubectl output in, timeline rows or JSON out; not-kubectl input is exit 2 with nothing on stdout.
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { runCli } from '../../../src/cli/main';
import type { CliIo } from '../../../src/cli/command';

const fixtures = join(__dirname, '../../fixtures/kubectl');

async function cli(args: string[], stdin = '') {
  let stdout = '';
  let stderr = '';
  const io: CliIo = {
    stdout: (t) => (stdout += t),
    stderr: (t) => (stderr += t),
    readStdin: async () => stdin,
    cwd: fixtures,
    now: () => new Date('2026-03-14T09:30:00Z'),
  };
  const code = await runCli(['events', ...args], io);
  return { code, stdout, stderr };
}

describe('postmortem events', () => {
  it('prints JSON rows sorted by time, with relative ages counted back from --captured-at', async () => {
    const run = await cli(['--format', 'json', '--captured-at', '2026-11-25T17:24:00Z', 'real/kubectl-events.txt']);
    assert.equal(run.code, 0, run.stderr);
    const rows = JSON.parse(run.stdout) as Array<Record<string, unknown>>;
    assert.equal(rows.length, 7);
    assert.deepEqual(Object.keys(rows[0]), ['time', 'firstTime', 'approximate', 'count', 'type', 'reason', 'object', 'namespace', 'message', 'source']);
    assert.deepEqual(rows[4], {
      time: '2026-11-25T17:19:07Z', firstTime: '2026-11-25T17:04:00Z', approximate: true, count: 72, type: 'Warning', reason: 'BackOff',
      object: 'Pod/checkout-7d9f8b6c5d-x2k4q', namespace: null, message: 'Back-off restarting failed container checkout in pod checkout-7d9f8b6c5d-x2k4q_shop(4b1c)', source: null,
    });
  });

  it('prints a timeline table from standard input, marking approximate times and keeping the table intact', async () => {
    const input = 'LAST SEEN   TYPE      REASON    OBJECT      MESSAGE\n5m          Warning   BackOff   pod/web-1   a | b\n<unknown>   Normal    Note      pod/web-1   later\n';
    const run = await cli(['-'], input);
    assert.equal(run.code, 0, run.stderr);
    assert.equal(
      run.stdout,
      '| Time (UTC) | Event | Action Taken |\n| --- | --- | --- |\n| ~2026-03-14 09:25 | Warning BackOff pod/web-1: a \\| b | - |\n| unknown | Normal Note pod/web-1: later | - |\n',
    );
  });

  it('uses exact times from JSON without marking them approximate', async () => {
    const run = await cli(['--format', 'json', 'real/get-events-json.txt']);
    const rows = JSON.parse(run.stdout) as Array<{ approximate: boolean; time: string }>;
    assert.ok(rows.every((row) => row.approximate === false));
    assert.equal(rows[0].time, '2026-11-23T12:37:20Z');
  });

  it('exits 2 with a clear message and nothing on stdout when the input is not kubectl output', async () => {
    const run = await cli([], '# Just some notes\n\nThe deploy went out at 10:00.\n');
    assert.deepEqual([run.code, run.stdout], [2, '']);
    assert.match(run.stderr, /not kubectl events output/);
  });

  it('exits 2 on a bad --captured-at, an unknown format and a missing file', async () => {
    for (const args of [['--captured-at', 'yesterday', '-'], ['--format', 'csv', '-'], ['nope.txt']]) {
      const run = await cli(args);
      assert.deepEqual([run.code, run.stdout], [2, ''], args.join(' '));
      assert.notEqual(run.stderr, '');
    }
  });

  it('says kubectl found nothing, with an empty JSON array', async () => {
    const run = await cli(['--format', 'json', '-'], 'No resources found in prod namespace.\n');
    assert.deepEqual([run.code, run.stdout], [0, '[]\n']);
    assert.match(run.stderr, /no events/);
  });
});
