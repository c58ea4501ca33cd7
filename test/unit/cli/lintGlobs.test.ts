// `postmortem lint` with quoted globs (expanded by the CLI, as markdownlint-cli2 does) and the --max-warnings gate.
import assert from 'node:assert/strict';
import { mkdtempSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runCli } from '../../../src/cli/main';

// Two warnings: timeline-order and action-item-due.
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

const filesIn = (stdout: string) => [...new Set(stdout.split('\n').filter((l) => /^\S+:\d+:\d+ /.test(l)).map((l) => l.slice(0, l.indexOf(':'))))].sort();

describe('postmortem lint: globs and --max-warnings', () => {
  let dir: string;
  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'pm-lint-globs-'));
    for (const folder of ['postmortems/2024', 'postmortems/drafts', 'node_modules/pkg/postmortems', '.cache']) mkdirSync(join(dir, folder), { recursive: true });
    writeFileSync(join(dir, 'postmortems/2024/cache.md'), POSTMORTEM);
    writeFileSync(join(dir, 'postmortems/2024/db.markdown'), POSTMORTEM);
    writeFileSync(join(dir, 'postmortems/drafts/queue.md'), POSTMORTEM);
    writeFileSync(join(dir, 'postmortems/README.md'), '# How we write postmortems\n\nUse [Name] for unknown owners.\n');
    writeFileSync(join(dir, 'node_modules/pkg/postmortems/vendored.md'), POSTMORTEM);
    writeFileSync(join(dir, '.cache/copy.md'), POSTMORTEM);
  });
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  it('expands a quoted ** glob itself, skipping node_modules, hidden folders and Markdown that is no postmortem', async () => {
    const { code, stdout } = await lint(['**/*.md'], dir);
    assert.equal(code, 1);
    assert.deepEqual(filesIn(stdout), ['postmortems/2024/cache.md', 'postmortems/drafts/queue.md']);
    assert.match(stdout, /4 warnings in 2 files\.\n$/);
  });

  it('takes brace globs and excludes matches of !GLOB arguments', async () => {
    const { stdout } = await lint(['postmortems/**/*.{md,markdown}', '!**/drafts/**'], dir);
    assert.deepEqual(filesIn(stdout), ['postmortems/2024/cache.md', 'postmortems/2024/db.markdown']);
  });

  it('mixes globs, folders and files, each file once, in a stable order', async () => {
    const first = await lint(['postmortems/2024/*.md', 'postmortems/2024', 'postmortems/drafts/queue.md'], dir);
    const second = await lint(['postmortems/2024/*.md', 'postmortems/2024', 'postmortems/drafts/queue.md'], dir);
    assert.equal(first.stdout, second.stdout);
    assert.deepEqual(filesIn(first.stdout), ['postmortems/2024/cache.md', 'postmortems/2024/db.markdown', 'postmortems/drafts/queue.md']);
    assert.match(first.stdout, /6 warnings in 3 files\.\n$/);
  });

  it('a glob that matches nothing lints nothing and passes, as markdownlint-cli2 does; a missing plain path is still an error', async () => {
    const none = await lint(['incidents/**/*.md'], dir);
    assert.equal(none.code, 0);
    assert.equal(none.stdout, 'No problems found in 0 files.\n');
    const missing = await lint(['incidents/outage.md'], dir);
    assert.equal(missing.code, 2);
    assert.match(missing.stderr, /cannot read 'incidents\/outage\.md'/);
  });

  it('--max-warnings N passes with up to N warnings and fails above, saying why on stderr only', async () => {
    const atLimit = await lint(['--max-warnings', '2', 'postmortems/2024/cache.md'], dir);
    assert.equal(atLimit.code, 0);
    assert.equal(atLimit.stderr, '');
    assert.match(atLimit.stdout, /2 warnings in 1 file\.\n$/);
    const over = await lint(['--max-warnings=1', '--format', 'json', 'postmortems/2024/cache.md'], dir);
    assert.equal(over.code, 1);
    assert.equal((JSON.parse(over.stdout) as unknown[]).length, 2);
    assert.equal(over.stderr, 'postmortem lint: 2 warnings, more than --max-warnings 1.\n');
    assert.equal((await lint(['--max-warnings', '0', 'postmortems/2024/cache.md'], dir)).code, 1);
  });

  it('errors fail whatever --max-warnings allows; info never counts', async () => {
    writeFileSync(join(dir, 'strict.json'), JSON.stringify({ rules: { 'action-item-due': 'error' } }));
    const strict = await lint(['--config', 'strict.json', '--max-warnings', '100', 'postmortems/2024/cache.md'], dir);
    assert.equal(strict.code, 1);
    assert.match(strict.stdout, /error action-item-due/);
    writeFileSync(join(dir, 'mild.json'), JSON.stringify({ rules: { 'action-item-due': 'info', 'timeline-order': 'info' } }));
    assert.equal((await lint(['--config', 'mild.json', '--max-warnings', '0', 'postmortems/2024/cache.md'], dir)).code, 0);
  });

  it('rejects a --max-warnings that is not a whole number with exit 2', async () => {
    for (const value of ['-1', 'many', '1.5', '']) {
      const { code, stderr } = await lint([`--max-warnings=${value}`, 'postmortems'], dir);
      assert.equal(code, 2, value);
      assert.match(stderr, /--max-warnings needs a whole number/);
    }
  });
});
