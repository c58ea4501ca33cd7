// The GitHub Action's script part (scripts/action/lint.sh, what action.yml runs) against a fixture git repository:
// lints only the postmortems a branch changed and writes SARIF that validates against the SARIF 2.1.0 JSON schema
// (the schema file @microsoft/jest-sarif ships, checked with ajv in draft-04 mode, formats included).
import assert from 'node:assert/strict';
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import Ajv from 'ajv-draft-04';
import addFormats from 'ajv-formats';

const root = resolve(__dirname, '../..');
const cli = join(root, 'dist/cli/postmortem.js');
const sarifSchema = JSON.parse(readFileSync(require.resolve('@microsoft/jest-sarif/lib/schemas/sarif-2.1.0-rtm.5.json'), 'utf8'));
// unicodeRegExp off: the schema's language-tag pattern has a stray "]" that only non-unicode regular expressions accept.
const ajv = new Ajv({ allErrors: true, strict: false, unicodeRegExp: false });
addFormats(ajv);
const validateSarif = ajv.compile(sarifSchema);

const postmortem = (title: string, blame: string) => `# ${title}

**Severity**: SEV2

## Summary

Orders were delayed for 40 minutes.

## Impact

About 2,000 orders shipped a day late.

## Timeline

| Time (UTC) | Event |
|------------|-------|
| 09:00 | Deployment started |
| 09:40 | Backlog drained |

## Root Cause

${blame}

## Action Items

- [ ] Alert on queue age above five minutes (owner: Platform Team, due: 2030-01-31)
`;

interface ActionRun {
  status: number | null;
  stdout: string;
  stderr: string;
  outputs: Record<string, string>;
  sarif?: { runs: { results: { ruleId: string; locations: { physicalLocation: { artifactLocation: { uri: string } } }[] }[] }[] };
}

describe('GitHub Action: lint changed postmortems into SARIF', function () {
  this.timeout(60_000);
  let repo: string;
  let base: string;
  let firstSarif: ActionRun['sarif'];

  const git = (...args: string[]) => execFileSync('git', args, { cwd: repo, encoding: 'utf8' }).trim();
  const write = (path: string, text: string) => {
    mkdirSync(dirname(join(repo, path)), { recursive: true });
    writeFileSync(join(repo, path), text);
  };

  function runAction(env: Record<string, string>): ActionRun {
    const outputFile = join(repo, '..', `github-output-${Math.random().toString(36).slice(2)}`);
    writeFileSync(outputFile, '');
    const result = spawnSync('bash', [join(root, 'scripts/action/lint.sh')], {
      cwd: join(repo, 'docs'), // the Action's working folder need not be the repository root
      encoding: 'utf8',
      env: { PATH: process.env.PATH, HOME: process.env.HOME, GITHUB_OUTPUT: outputFile, POSTMORTEM_CLI: `${process.execPath} ${cli}`, ...env },
    });
    const outputs = Object.fromEntries(readFileSync(outputFile, 'utf8').trim().split('\n').filter(Boolean).map((l) => l.split(/=(.*)/s).slice(0, 2) as [string, string]));
    const sarifPath = outputs['sarif-file'] ? resolve(repo, outputs['sarif-file']) : undefined;
    return { status: result.status, stdout: result.stdout, stderr: result.stderr, outputs, sarif: sarifPath && existsSync(sarifPath) ? JSON.parse(readFileSync(sarifPath, 'utf8')) : undefined };
  }

  // SARIF locations are URIs: a space is %20.
const uris = (run: ActionRun) => [...new Set(run.sarif!.runs[0].results.map((r) => decodeURI(r.locations[0].physicalLocation.artifactLocation.uri)))].sort();

  before(function () {
    if (!existsSync(cli)) throw new Error('dist/cli/postmortem.js is missing: run `npm run build` first');
    repo = join(mkdtempSync(join(tmpdir(), 'pm-action-')), 'repo');
    mkdirSync(repo);
    git('init', '-q', '-b', 'main');
    git('config', 'user.email', 'ci@example.com');
    git('config', 'user.name', 'CI');
    write('postmortems/2030-01-01-old.md', postmortem('Old outage', 'Alice broke the deploy because she was careless.'));
    write('docs/guide.md', '# Guide\n\nNothing here.\n');
    git('add', '-A');
    git('commit', '-qm', 'base');
    base = git('rev-parse', 'HEAD');
    git('checkout', '-qb', 'postmortem/queue');
    write('postmortems/2030-01-02-queue backlog.md', postmortem('Queue backlog', 'Bob forgot to scale the consumers back up.'));
    write('team/postmortems/drafts/2030-01-03-draft.md', postmortem('Draft', 'Carol should have known better.'));
    write('docs/guide.md', '# Guide\n\nStill nothing, but changed.\n');
    git('add', '-A');
    git('commit', '-qm', 'add the queue backlog postmortem');
  });
  after(() => rmSync(dirname(repo), { recursive: true, force: true }));

  it('lints only the postmortems the branch changed and writes SARIF 2.1.0 that the schema accepts', () => {
    const run = runAction({ POSTMORTEM_BASE: base, POSTMORTEM_SARIF: 'out/postmortem.sarif' });
    assert.equal(run.status, 0, run.stderr);
    assert.deepEqual(run.outputs, { 'files-linted': '2', 'sarif-file': 'out/postmortem.sarif', 'exit-code': '1' });
    assert.ok(run.sarif, 'SARIF written');
    firstSarif = run.sarif;
    assert.ok(validateSarif(run.sarif), JSON.stringify(validateSarif.errors, null, 2));
    assert.deepEqual(uris(run), ['postmortems/2030-01-02-queue backlog.md', 'team/postmortems/drafts/2030-01-03-draft.md']);
    assert.ok(run.sarif.runs[0].results.every((r) => r.ruleId === 'blaming-language'));
    assert.match(run.stdout, /postmortems\/2030-01-02-queue backlog\.md:\d+:\d+ warning blaming-language /);
  });

  it('honours exclusions and --max-warnings; without a reachable base it lints every matching tracked file', () => {
    const excluded = runAction({ POSTMORTEM_BASE: base, POSTMORTEM_FILES: '**/postmortems/**/*.md\n!**/drafts/**', POSTMORTEM_MAX_WARNINGS: '5' });
    assert.equal(excluded.outputs['exit-code'], '0');
    assert.deepEqual(uris(excluded), ['postmortems/2030-01-02-queue backlog.md']);
    for (const unreachable of ['0000000000000000000000000000000000000000', 'deadbeefdeadbeefdeadbeefdeadbeefdeadbeef']) {
      const all = runAction({ POSTMORTEM_BASE: unreachable });
      assert.equal(all.outputs['files-linted'], '3', unreachable);
      assert.ok(validateSarif(all.sarif));
    }
  });

  it('writes no SARIF and passes when no postmortem changed', () => {
    const head = git('rev-parse', 'HEAD');
    const run = runAction({ POSTMORTEM_BASE: head });
    assert.equal(run.status, 0, run.stderr);
    assert.deepEqual(run.outputs, { 'files-linted': '0', 'exit-code': '0' });
  });

  it('the schema check can fail: a SARIF without its version is rejected', () => {
    const broken = { ...firstSarif } as Record<string, unknown>;
    delete broken.version;
    assert.equal(validateSarif(broken), false);
  });
});
