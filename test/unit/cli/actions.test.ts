import assert from 'node:assert/strict';
import { mkdtempSync, writeFileSync, mkdirSync, copyFileSync, rmSync, chmodSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runCli } from '../../../src/cli/main';
import type { CliIo } from '../../../src/cli/command';

interface Run {
  code: number;
  stdout: string;
  stderr: string;
}

async function cli(args: string[], cwd: string): Promise<Run> {
  let stdout = '';
  let stderr = '';
  const io: CliIo = {
    stdout: (t) => (stdout += t),
    stderr: (t) => (stderr += t),
    readStdin: async () => '',
    cwd,
    now: () => new Date('2026-04-10T12:00:00Z'),
  };
  const code = await runCli(args, io);
  return { code, stdout, stderr };
}

describe('postmortem actions', () => {
  let work: string;
  beforeEach(() => {
    work = mkdtempSync(join(tmpdir(), 'postmortem-cli-'));
    mkdirSync(join(work, 'postmortems', '2026'), { recursive: true });
    copyFileSync(join(__dirname, '../../fixtures/cli/template-filled.md'), join(work, 'postmortems', '2026', 'registry.md'));
    writeFileSync(join(work, 'postmortems', 'notes.txt'), '- [ ] not markdown, not read');
  });
  afterEach(() => rmSync(work, { recursive: true, force: true }));

  it('lists the template\'s eight owned, dated items and its four completed ones as JSON', async () => {
    const run = await cli(['actions', '--format', 'json', 'postmortems'], work);
    assert.equal(run.code, 0, run.stderr);
    const items = JSON.parse(run.stdout) as Array<{ file: string; line: number; text: string; owner: string | null; due: string | null; done: boolean }>;
    assert.equal(items.length, 12);
    assert.deepEqual(Object.keys(items[0]), ['file', 'line', 'text', 'owner', 'due', 'dueApproximate', 'done']);
    assert.equal(items.filter((i) => i.done).length, 4);
    const open = items.filter((i) => !i.done);
    assert.equal(open.length, 8);
    assert.ok(open.every((i) => i.owner !== null && /^\d{4}-\d{2}-\d{2}$/.test(i.due ?? '')));
    assert.deepEqual(items[4], {
      file: join('postmortems', '2026', 'registry.md'),
      line: 21,
      text: 'Alert on mirror disk usage above 80%',
      owner: 'Platform Team',
      due: '2026-04-14',
      dueApproximate: false,
      done: false,
    });
  });

  it('prints one line per item with file:line in text format', async () => {
    const run = await cli(['actions', join('postmortems', '2026', 'registry.md')], work);
    assert.equal(run.code, 0);
    assert.match(run.stdout, /^postmortems\/2026\/registry\.md:21: \[ \] Alert on mirror disk usage above 80% \(Platform Team, 2026-04-14\)$/m);
    assert.match(run.stdout, /12 action items, 8 open, 4 done\./);
  });

  it('exits 2 with a clear message for a path that does not exist, printing nothing on stdout', async () => {
    const run = await cli(['actions', 'postmortems', 'missing.md'], work);
    assert.equal(run.code, 2);
    assert.equal(run.stdout, '');
    assert.match(run.stderr, /cannot read 'missing\.md': no such file or folder/);
  });

  it('exits 2 for a file it cannot read', async function () {
    if (process.getuid?.() === 0) {
      // root reads any file whatever its mode, so make the path unreadable another way: a folder where a file is expected inside.
      const run = await cli(['actions', join('postmortems', '2026', 'registry.md', 'x.md')], work);
      assert.equal(run.code, 2);
      assert.match(run.stderr, /cannot read/);
      return;
    }
    const locked = join(work, 'locked.md');
    writeFileSync(locked, '- [ ] x');
    chmodSync(locked, 0o000);
    const run = await cli(['actions', locked], work);
    assert.equal(run.code, 2);
    assert.match(run.stderr, /cannot read/);
  });

  it('rejects unknown options and formats with exit 2', async () => {
    assert.equal((await cli(['actions', '--format', 'xml', 'postmortems'], work)).code, 2);
    const unknown = await cli(['actions', '--owner', 'postmortems'], work);
    assert.equal(unknown.code, 2);
    assert.match(unknown.stderr, /unknown option '--owner'/);
    assert.equal((await cli(['actions'], work)).code, 2);
  });
});

describe('postmortem', () => {
  it('prints help and version', async () => {
    const help = await cli(['--help'], tmpdir());
    assert.equal(help.code, 0);
    assert.match(help.stdout, /Usage: postmortem <command>/);
    assert.match(help.stdout, /actions\s+list the action items/);
    const version = await cli(['--version'], tmpdir());
    assert.match(version.stdout, /^\d+\.\d+\.\d+\n$/);
  });

  it('exits 2 on an unknown command', async () => {
    const run = await cli(['frobnicate'], tmpdir());
    assert.equal(run.code, 2);
    assert.match(run.stderr, /unknown command 'frobnicate'/);
  });
});
