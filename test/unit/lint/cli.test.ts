import assert from 'node:assert/strict';
import { mkdtempSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runCli } from '../../../src/cli/main';

const POSTMORTEM = `# Cache outage postmortem

**Severity**: SEV2

## Summary

Checkout failed for 20 minutes because the cache cluster lost quorum after a node pool upgrade.

## Impact

About 15% of checkouts failed.

## Timeline

| Time (UTC) | Event |
|------------|-------|
| 10:05 | Cache errors rose |
| 10:01 | Node pool upgrade started |

## Root Cause

The upgrade drained two of three cache nodes at once.

## Action Items

- [ ] Add a pod disruption budget to the cache (owner: Platform Team)
`;

async function lint(args: string[], cwd: string) {
  let stdout = '';
  let stderr = '';
  const code = await runCli(['lint', ...args], {
    stdout: (t) => (stdout += t),
    stderr: (t) => (stderr += t),
    readStdin: async () => '',
    cwd,
    now: () => new Date('2024-11-15T12:00:00Z'),
  });
  return { code, stdout, stderr };
}

describe('postmortem lint (CLI)', () => {
  let dir: string;
  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'pm-lint-'));
    mkdirSync(join(dir, 'postmortems'));
    writeFileSync(join(dir, 'postmortems', 'cache.md'), POSTMORTEM);
    writeFileSync(join(dir, 'postmortems', 'README.md'), '# How we write postmortems\n\nUse [Name] for unknown owners.\n');
  });
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  it('prints compiler-style lines and exits 1 on warnings; skips non-postmortems found in folders', async () => {
    const { code, stdout } = await lint(['postmortems'], dir);
    assert.equal(code, 1);
    const lines = stdout.trim().split('\n');
    assert.ok(lines.includes('postmortems/cache.md:18:3 warning timeline-order "10:01" comes after "10:05" but is earlier: move the row up to keep the timeline in order (quick fix: sort the timeline).'), stdout);
    assert.ok(lines.some((l) => l.startsWith('postmortems/cache.md:26:1 warning action-item-due ')), stdout);
    assert.ok(!stdout.includes('README.md'));
    assert.match(stdout, /2 warnings in 1 file\.\n$/);
  });

  it('prints the JSON array shape exactly', async () => {
    const { code, stdout } = await lint(['--format', 'json', 'postmortems/cache.md'], dir);
    assert.equal(code, 1);
    const findings = JSON.parse(stdout) as Array<Record<string, unknown>>;
    assert.deepEqual(findings[0], {
      file: 'postmortems/cache.md',
      line: 18,
      column: 3,
      endLine: 18,
      endColumn: 8,
      rule: 'timeline-order',
      severity: 'warning',
      message: '"10:01" comes after "10:05" but is earlier: move the row up to keep the timeline in order (quick fix: sort the timeline).',
      suggestions: [
        {
          title: 'Sort the timeline by time',
          edits: [{ line: 17, column: 1, endLine: 18, endColumn: 38, newText: '| 10:01 | Node pool upgrade started |\n| 10:05 | Cache errors rose |' }],
        },
      ],
    });
    assert.deepEqual(Object.keys(findings[1]), ['file', 'line', 'column', 'endLine', 'endColumn', 'rule', 'severity', 'message', 'suggestions']);
  });

  it('carries blameless rewrites as suggestions in JSON and as fixes in SARIF, in the findings\' coordinates', async () => {
    writeFileSync(join(dir, 'postmortems', 'cache.md'), POSTMORTEM.replace('The upgrade drained', 'It broke because Tom forgot to check that the upgrade drained'));
    const json = JSON.parse((await lint(['--format', 'json', 'postmortems/cache.md'], dir)).stdout) as Array<{ rule: string; line: number; suggestions: unknown }>;
    const blame = json.find((f) => f.rule === 'blaming-language');
    assert.ok(blame);
    assert.deepEqual(blame.suggestions, [
      {
        title: 'Rewrite "Tom forgot to" as "the process had no step to"',
        edits: [{ line: 22, column: 18, endLine: 22, endColumn: 31, newText: 'the process had no step to' }],
      },
    ]);
    const sarif = JSON.parse((await lint(['--format', 'sarif', 'postmortems/cache.md'], dir)).stdout);
    const result = sarif.runs[0].results.find((r: { ruleId: string }) => r.ruleId === 'blaming-language');
    assert.deepEqual(result.fixes, [
      {
        description: { text: 'Rewrite "Tom forgot to" as "the process had no step to"' },
        artifactChanges: [
          {
            artifactLocation: { uri: 'postmortems/cache.md' },
            replacements: [{ deletedRegion: { startLine: 22, startColumn: 18, endLine: 22, endColumn: 31 }, insertedContent: { text: 'the process had no step to' } }],
          },
        ],
      },
    ]);
  });

  it('prints SARIF 2.1.0 with rules and 1-based regions', async () => {
    const { stdout } = await lint(['--format=sarif', 'postmortems'], dir);
    const sarif = JSON.parse(stdout);
    assert.equal(sarif.version, '2.1.0');
    const run = sarif.runs[0];
    assert.equal(run.tool.driver.name, 'postmortem');
    const result = run.results[0];
    assert.equal(result.ruleId, 'timeline-order');
    assert.equal(run.tool.driver.rules[result.ruleIndex].id, 'timeline-order');
    assert.equal(result.level, 'warning');
    assert.deepEqual(result.locations[0].physicalLocation, {
      artifactLocation: { uri: 'postmortems/cache.md' },
      region: { startLine: 18, startColumn: 3, endLine: 18, endColumn: 8 },
    });
    assert.match(run.tool.driver.rules[result.ruleIndex].helpUri, /docs\/rules\/timeline-order\.md$/);
  });

  it('uses the nearest .postmortemrc.json, and --config overrides it', async () => {
    writeFileSync(join(dir, '.postmortemrc.json'), JSON.stringify({ rules: { 'timeline-order': 'off', 'action-item-due': 'info' } }));
    const nearest = await lint(['postmortems'], dir);
    assert.equal(nearest.code, 0, nearest.stdout);
    assert.match(nearest.stdout, /info action-item-due/);
    writeFileSync(join(dir, 'strict.json'), JSON.stringify({ rules: { 'action-item-due': 'error' } }));
    const strict = await lint(['--config', 'strict.json', 'postmortems'], dir);
    assert.equal(strict.code, 1);
    assert.match(strict.stdout, /error action-item-due/);
  });

  it('reports an invalid config once, as a finding on the config file, and still lints', async () => {
    writeFileSync(join(dir, '.postmortemrc.json'), '{ "rules": { "timeline-order": "loud" } }');
    const { code, stdout } = await lint(['postmortems'], dir);
    assert.equal(code, 1);
    assert.match(stdout, /^\.postmortemrc\.json:1:1 error config Invalid configuration in \.postmortemrc\.json \(rules\.timeline-order\)/m);
    assert.match(stdout, /warning timeline-order/);
  });

  it('exits 2 on unreadable paths, unknown formats and unreadable configs', async () => {
    assert.equal((await lint(['missing.md'], dir)).code, 2);
    assert.equal((await lint(['--format', 'xml', 'postmortems'], dir)).code, 2);
    const noConfig = await lint(['--config', 'nope.json', 'postmortems'], dir);
    assert.equal(noConfig.code, 2);
    assert.match(noConfig.stderr, /cannot read config/);
  });

  it('exits 0 on a clean postmortem', async () => {
    writeFileSync(join(dir, 'clean.md'), POSTMORTEM.replace('| 10:05 | Cache errors rose |\n| 10:01 | Node pool upgrade started |', '| 10:01 | Node pool upgrade started |\n| 10:05 | Cache errors rose |').replace('(owner: Platform Team)', '(owner: Platform Team, due: 2024-12-01)'));
    const { code, stdout } = await lint(['clean.md'], dir);
    assert.equal(code, 0, stdout);
    assert.equal(stdout, 'No problems found in 1 file.\n');
  });

  it('--fix sorts the timeline in the file', async () => {
    const { stdout } = await lint(['--fix', 'postmortems/cache.md'], dir);
    assert.ok(!stdout.includes('timeline-order'));
    assert.match(readFileSync(join(dir, 'postmortems', 'cache.md'), 'utf8'), /\| 10:01 \| Node pool upgrade started \|\n\| 10:05 \| Cache errors rose \|/);
  });
});
