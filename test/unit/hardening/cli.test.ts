import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { chmodSync, mkdtempSync, mkdirSync, readFileSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PassThrough } from 'node:stream';
import { runCli } from '../../../src/cli/main';
import { readStdinLimited, MAX_INPUT_BYTES } from '../../../src/cli/input';

const POSTMORTEM = `# Cache outage postmortem

**Severity**: SEV2

## Summary

Checkout failed for 20 minutes.

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

- [ ] Add a pod disruption budget (owner: Platform Team, due: 2026-05-01)
`;

async function cli(args: string[], cwd: string, stdin = '') {
  let stdout = '';
  let stderr = '';
  const code = await runCli(args, {
    stdout: (t) => (stdout += t),
    stderr: (t) => (stderr += t),
    readStdin: async () => stdin,
    cwd,
    now: () => new Date('2026-03-02T12:00:00Z'),
  });
  return { code, stdout, stderr };
}

describe('CLI on hostile input (hardening)', () => {
  let dir: string;
  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'pm-hardening-'));
  });
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  it('refuses /dev/zero at the size limit instead of reading forever, with JSON on stdout', async () => {
    const result = await cli(['lint', '--format', 'json', '/dev/zero'], dir);
    assert.equal(result.code, 2);
    assert.match(result.stderr, /larger than 8 MiB/);
    assert.equal(JSON.parse(result.stdout)[0].rule, 'read-error');
  });

  it('refuses standard input past the size limit', async () => {
    const stream = new PassThrough();
    const reading = readStdinLimited(stream);
    for (let sent = 0; sent <= MAX_INPUT_BYTES; sent += 1024 * 1024) stream.write(Buffer.alloc(1024 * 1024, 0x61));
    await assert.rejects(reading, /larger than 8 MiB/);
  });

  it('reports an unreadable, a binary and a UTF-16 file as error entries, lints the rest, and exits 2', async function () {
    mkdirSync(join(dir, 'postmortems'));
    writeFileSync(join(dir, 'postmortems', 'a.md'), POSTMORTEM.replace('Checkout failed', 'John forgot to test it. Checkout failed'));
    writeFileSync(join(dir, 'postmortems', 'b.md'), Buffer.from([0xff, 0xfe, 0x23, 0x00, 0x20, 0x00]));
    writeFileSync(join(dir, 'postmortems', 'c.md'), Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x00, 0x00, 0x01]));
    mkdirSync(join(dir, 'postmortems', 'd.md'));
    writeFileSync(join(dir, 'postmortems', 'e.md'), POSTMORTEM);
    chmodSync(join(dir, 'postmortems', 'e.md'), 0);
    const result = await cli(['lint', '--format', 'json', 'postmortems'], dir);
    assert.equal(result.code, 2);
    const entries = JSON.parse(result.stdout) as { file: string; rule: string; message: string }[];
    assert.ok(entries.some((e) => e.file.endsWith('a.md') && e.rule === 'blaming-language'));
    assert.match(entries.find((e) => e.file.endsWith('b.md'))?.message ?? '', /UTF-16/);
    assert.match(entries.find((e) => e.file.endsWith('c.md'))?.message ?? '', /binary/);
    assert.match(result.stderr, /b\.md.*UTF-16/);
    // Root reads any file, so the unreadable one is only checked when the test does not run as root.
    if (process.getuid?.() !== 0) assert.match(entries.find((e) => e.file.endsWith('e.md'))?.message ?? '', /EACCES/);
  });

  it('lint --fix keeps a byte order mark, writes through a temporary file, and leaves no temporary file behind', async () => {
    const file = join(dir, 'pm.md');
    writeFileSync(file, `\uFEFF${POSTMORTEM}`);
    const before = statSync(file).ino;
    const result = await cli(['lint', '--fix', 'pm.md'], dir);
    assert.notEqual(result.code, 2, result.stderr);
    const bytes = readFileSync(file);
    assert.deepEqual([...bytes.subarray(0, 3)], [0xef, 0xbb, 0xbf]);
    assert.ok(bytes.toString('utf8').indexOf('| 10:01 |') < bytes.toString('utf8').indexOf('| 10:05 |'), 'timeline sorted');
    assert.notEqual(statSync(file).ino, before, 'replaced by a rename, not rewritten in place');
    assert.deepEqual(readdirSync(dir), ['pm.md']);
  });

  it('lint --fix refuses a file that is not UTF-8 and leaves it byte for byte', async () => {
    const file = join(dir, 'pm.md');
    const latin1 = Buffer.from(POSTMORTEM.replace('Cache outage', 'Caf\u00e9 outage'), 'latin1');
    writeFileSync(file, latin1);
    const result = await cli(['lint', '--fix', 'pm.md'], dir);
    assert.equal(result.code, 2);
    assert.match(result.stderr, /not valid UTF-8/);
    assert.deepEqual(readFileSync(file), latin1);
  });

  it('new --out under an existing file, onto a folder, or with a folder named like today’s postmortem: one clear line, exit 2', async () => {
    writeFileSync(join(dir, 'existing.md'), 'x');
    let result = await cli(['new', '--title', 'T', '--out', 'existing.md/x.md'], dir);
    assert.equal(result.code, 2);
    assert.match(result.stderr, /^postmortem new: cannot write 'existing\.md\/x\.md': a file stands where its folder should be\.\n$/);
    mkdirSync(join(dir, 'folder.md'));
    result = await cli(['new', '--title', 'T', '--out', 'folder.md'], dir);
    assert.equal(result.code, 0, result.stderr); // a folder is written into, under a new name
    mkdirSync(join(dir, 'postmortems', '2026-03-02-t.md'), { recursive: true });
    result = await cli(['new', '--title', 'T', '--out', 'postmortems/'], dir);
    assert.equal(result.code, 0, result.stderr);
    assert.match(result.stdout, /2026-03-02-t-2\.md/);
  });

  it('new rejects a status or title that would inject Markdown', async () => {
    for (const args of [['--title', 'T', '--status', 'Resolved\n## Injected'], ['--title', 'Outage\n## Injected'], ['--title', 'T', '--status', 'Resolved\u0007']]) {
      const result = await cli(['new', ...args], dir);
      assert.equal(result.code, 2, args.join(' '));
      assert.match(result.stderr, /one line/);
      assert.equal(result.stdout, '');
    }
  });

  it('events rejects a capture time out of range instead of printing a garbled time', async () => {
    const result = await cli(['events', '--captured-at', '0000-01-01T00:00:00Z', '-'], dir, 'LAST SEEN   TYPE\n');
    assert.equal(result.code, 2);
    assert.match(result.stderr, /1970 to 9999/);
  });

  it('names the real config file in its errors and accepts a byte order mark', async () => {
    writeFileSync(join(dir, 'pm.md'), POSTMORTEM);
    writeFileSync(join(dir, 'other.json'), '{"rules": {"placeholder": "sometimes"}}');
    let result = await cli(['lint', '--config', 'other.json', 'pm.md'], dir);
    assert.match(result.stdout, /other\.json.*Invalid configuration in other\.json/);
    assert.doesNotMatch(result.stdout, /postmortemrc/);
    writeFileSync(join(dir, 'other.json'), '\uFEFF{"rules": {"required-sections": "off"}}');
    result = await cli(['lint', '--config', 'other.json', 'pm.md'], dir);
    assert.doesNotMatch(result.stdout, /Invalid configuration|required-sections/);
  });

  it('turns an internal error into one line on stderr, exit 2, and valid JSON on stdout', async () => {
    const result = await runCli(['actions', '--format', 'json', 'x.md'], {
      stdout: () => undefined,
      stderr: () => undefined,
      readStdin: async () => '',
      cwd: dir,
      now: () => {
        throw new Error('clock broke');
      },
    });
    assert.equal(result, 2);
    const built = join(__dirname, '../../../dist/cli/postmortem.js');
    const run = spawnSync(process.execPath, [built, 'lint', '--format', 'json', '/dev/zero'], { encoding: 'utf8', timeout: 30_000 });
    assert.equal(run.status, 2);
    assert.equal(run.stderr.trim().split('\n').length, 1);
    assert.doesNotThrow(() => JSON.parse(run.stdout));
  });
});
