import assert from 'node:assert/strict';
import { join } from 'node:path';
import { runCli } from '../../../src/cli/main';
import type { CliIo } from '../../../src/cli/command';
import { looksLikePostmortem } from '../../../src/core/lint/detect';
import { parsePostmortem } from '../../../src/core/model/parse';

const FIXTURES = join(__dirname, '../../fixtures/stats');

async function cli(args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  let stdout = '';
  let stderr = '';
  const io: CliIo = { stdout: (t) => (stdout += t), stderr: (t) => (stderr += t), readStdin: async () => '', cwd: FIXTURES, now: () => new Date('2026-03-10T12:00:00Z') };
  const code = await runCli(args, io);
  return { code, stdout, stderr };
}

describe('postmortem metrics', () => {
  it('prints one JSON object in the documented shape for one file', async () => {
    const run = await cli(['metrics', '--format', 'json', 'postmortems/2026-01-22-queue-backlog.md']);
    assert.equal(run.code, 0, run.stderr);
    assert.deepEqual(JSON.parse(run.stdout), {
      file: 'postmortems/2026-01-22-queue-backlog.md',
      moments: {
        started: { time: '2026-01-22T23:30:00Z', source: 'timeline', line: 10 },
        detected: { time: '2026-01-22T23:50:00Z', source: 'field', line: 6 },
        acknowledged: { time: '2026-01-22T23:55:00Z', source: 'timeline', line: 11 },
        mitigated: { time: '2026-01-23T00:30:00Z', source: 'timeline', line: 12 },
        resolved: { time: '2026-01-23T01:30:00Z', source: 'timeline', line: 13 },
      },
      metrics: { timeToDetect: 20, timeToAcknowledge: 25, timeToMitigate: 60, timeToResolve: 120, duration: 120 },
    });
  });

  it('prints an array for several files, and nulls for what is unknown', async () => {
    const run = await cli(['metrics', '--format', 'json', 'postmortems/2026-01-10-checkout-latency.md', 'postmortems/README.md']);
    const records = JSON.parse(run.stdout);
    assert.equal(records.length, 2);
    assert.equal(records[0].metrics.timeToResolve, 60);
    assert.deepEqual(records[1].metrics, { timeToDetect: null, timeToAcknowledge: null, timeToMitigate: null, timeToResolve: null, duration: null });
    assert.equal(records[1].moments.started, null);
  });

  it('states each definition and source in text', async () => {
    const run = await cli(['metrics', 'postmortems/2026-01-10-checkout-latency.md']);
    assert.match(run.stdout, /Detected 09:10 UTC \(line 13, timeline\): Latency alert fired for checkout/);
    assert.match(run.stdout, /Time to acknowledge: 15 minutes \(Started → Acknowledged\)/);
  });

  it('counts from the moment a --config file says', async () => {
    const run = await cli(['metrics', '--format', 'json', '--config', 'countFromDetected.json', 'postmortems/2026-01-10-checkout-latency.md']);
    assert.equal(run.code, 0, run.stderr);
    assert.equal(JSON.parse(run.stdout).metrics.timeToAcknowledge, 5);
  });

  it('rejects an unknown format with exit code 2', async () => {
    const run = await cli(['metrics', '--format', 'xml', 'postmortems']);
    assert.equal(run.code, 2);
    assert.match(run.stderr, /unknown --format 'xml'/);
  });
});

describe('postmortem stats', () => {
  it('groups incidents per month and severity with median and p90, and action items per owner', async () => {
    const run = await cli(['stats', '--format', 'json', 'postmortems']);
    assert.equal(run.code, 0, run.stderr);
    const report = JSON.parse(run.stdout);
    assert.equal(report.incidents, 3, 'the README is not a postmortem');
    assert.deepEqual(report.groups.map((g: { month: string; severity: string; incidents: number }) => [g.month, g.severity, g.incidents]), [['2026-01', 'P1', 2], ['2026-02', 'SEV2', 1]]);
    const january = report.groups[0].metrics;
    assert.deepEqual(january.timeToResolve, { count: 2, median: 90, p90: 120 });
    assert.deepEqual(january.timeToDetect, { count: 2, median: 15, p90: 20 });
    assert.deepEqual(report.total.metrics.duration, { count: 3, median: 70, p90: 120 });
    assert.deepEqual(report.owners, [
      { owner: 'Dana Whitfield', open: 2, overdue: 1 },
      { owner: 'Kofi Mensah', open: 1, overdue: 1 },
      { owner: null, open: 1, overdue: 0 },
    ]);
  });

  it('keeps only incidents since a date', async () => {
    const run = await cli(['stats', '--format', 'json', '--since', '2026-02-01', 'postmortems']);
    const report = JSON.parse(run.stdout);
    assert.equal(report.incidents, 1);
    assert.equal(report.skipped.length, 2);
  });

  it('writes a Markdown report with a chart of incidents per month and the tables', async () => {
    const run = await cli(['stats', '--format', 'markdown', 'postmortems']);
    assert.match(run.stdout, /^# Response stats/);
    assert.match(run.stdout, /<svg [^>]*aria-label="Incidents per month">/);
    assert.match(run.stdout, /\| 2026-01 \| P1 \| 2 \| 15m \/ 20m \|/);
    assert.match(run.stdout, /\| Dana Whitfield \| 2 \| 1 \|/);
    assert.equal(looksLikePostmortem(parsePostmortem(run.stdout)), false, 'the report itself gets no postmortem diagnostics');
  });

  it('rejects a --since that is not a date', async () => {
    const run = await cli(['stats', '--since', 'last week', 'postmortems']);
    assert.equal(run.code, 2);
    assert.match(run.stderr, /not a date/);
  });
});
