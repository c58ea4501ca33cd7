// The npm package is the CLI on its own: packed with `npm pack`, installed from the tarball alone into an empty
// folder with an empty npm cache and no network (`--offline`), then run with `npx` as a team's CI would.
import assert from 'node:assert/strict';
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { cleanNpmEnv } from './npmEnv';

const root = resolve(__dirname, '../..');
const packageJson = require('../../package.json') as { name: string; version: string };

const POSTMORTEM = `# Queue backlog postmortem

**Severity**: SEV2

## Summary

Orders were delayed for 40 minutes because a consumer deployment stalled.

## Timeline

| Time (UTC) | Event |
|------------|-------|
| 09:00 | Consumer deployment started |
| 09:40 | Backlog drained |

## Root Cause

Bob forgot to scale the consumers back up.

## Action Items

- [ ] Alert on queue age above five minutes (owner: Platform Team, due: 2030-01-31)
`;

describe('npm package: the CLI from a packed tarball', function () {
  this.timeout(120_000);
  let work: string;
  let project: string;

  function run(command: string, args: string[], cwd: string) {
    return spawnSync(command, args, { cwd, encoding: 'utf8', env: cleanNpmEnv({ npm_config_cache: join(work, 'npm-cache') }) });
  }

  before(function () {
    if (!existsSync(join(root, 'dist/cli/postmortem.js'))) throw new Error('dist/cli/postmortem.js is missing: run `npm run build` first');
    work = mkdtempSync(join(tmpdir(), 'pm-npm-package-'));
    // --ignore-scripts: pack what `npm run build` made, without a prepack rebuild.
    const packed = run('npm', ['pack', '--json', '--ignore-scripts', '--pack-destination', work], root);
    assert.equal(packed.status, 0, packed.stderr);
    const [{ filename, files }] = JSON.parse(packed.stdout) as { filename: string; files: { path: string }[] }[];
    this.tarball = join(work, filename);
    this.files = files.map((f) => f.path).sort();
    project = join(work, 'project');
    mkdirSync(join(project, 'postmortems'), { recursive: true });
    writeFileSync(join(project, 'package.json'), JSON.stringify({ name: 'team-postmortems', private: true }));
    writeFileSync(join(project, 'postmortems', '2030-01-02-queue-backlog.md'), POSTMORTEM);
  });
  after(() => rmSync(work, { recursive: true, force: true }));

  it('holds only the CLI bundle, README, LICENSE and package.json', function () {
    assert.deepEqual(this.files, ['LICENSE', 'README.md', 'dist/cli/cli.js', 'dist/cli/postmortem.js', 'package.json']);
  });

  it('installs from the tarball alone, offline with an empty cache: no runtime dependencies', function () {
    const installed = run('npm', ['install', '--offline', '--no-audit', '--no-fund', this.tarball], project);
    assert.equal(installed.status, 0, installed.stderr);
    const modules = readdirSync(join(project, 'node_modules')).filter((name) => !name.startsWith('.'));
    assert.deepEqual(modules, [packageJson.name]);
    assert.ok(existsSync(join(project, 'node_modules/.bin/postmortem')), 'npm linked the postmortem bin');
  });

  it('`npx postmortem --version` prints the package version', () => {
    const result = run('npx', ['--offline', 'postmortem', '--version'], project);
    assert.equal(result.status, 0, result.stderr);
    assert.equal(result.stdout, `${packageJson.version}\n`);
  });

  it('`npx postmortem lint` finds blaming language and exits 1; JSON output parses', () => {
    const text = run('npx', ['--offline', 'postmortem', 'lint', 'postmortems'], project);
    assert.equal(text.status, 1, text.stderr);
    assert.match(text.stdout, /^postmortems\/2030-01-02-queue-backlog\.md:\d+:\d+ warning blaming-language /m);
    const json = run('npx', ['--offline', 'postmortem', 'lint', '--format', 'json', 'postmortems'], project);
    assert.equal(json.status, 1, json.stderr);
    const findings = JSON.parse(json.stdout) as { rule: string }[];
    assert.ok(findings.some((f) => f.rule === 'blaming-language'));
  });

  it('the installed bin runs with plain node, no npm involved', () => {
    const out = execFileSync(process.execPath, [join(project, 'node_modules/postmortem/dist/cli/postmortem.js'), '--help'], { encoding: 'utf8' });
    assert.match(out, /^postmortem \d+\.\d+\.\d+: /);
  });
});
