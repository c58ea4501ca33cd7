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
    assert.match(run.stdout, /^postmortems\/2026\/registry\.md:21: \[ \] Alert on mirror disk usage above 80% \(Platform Team, 2026-04-14, in 4 days\)$/m);
    assert.match(run.stdout, /12 action items, 8 open, 4 done\./);
  });

  it('lists the items of every readable file when one in the folder is not text, says which, and exits 2', async () => {
    writeFileSync(join(work, 'postmortems', 'scan.md'), Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x00, 0x00, 0xff, 0xfe, 0x00]));
    const run = await cli(['actions', '--format', 'json', 'postmortems'], work);
    assert.equal(run.code, 2);
    assert.equal((JSON.parse(run.stdout) as unknown[]).length, 12);
    assert.match(run.stderr, /^postmortem actions: .*scan\.md.*\n$/);
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
    const unknown = await cli(['actions', '--assignee', 'postmortems'], work);
    assert.equal(unknown.code, 2);
    assert.match(unknown.stderr, /unknown option '--assignee'/);
    assert.match((await cli(['actions', '--group-by', 'team', 'postmortems'], work)).stderr, /unknown --group-by 'team': use postmortem, owner, status, due/);
    assert.equal((await cli(['actions'], work)).code, 2);
  });
});

describe('postmortem actions: filters, grouping and formats', () => {
  let work: string;
  before(() => {
    work = mkdtempSync(join(tmpdir(), 'postmortem-cli-'));
    mkdirSync(join(work, 'postmortems'));
    copyFileSync(join(__dirname, '../../fixtures/cli/template-filled.md'), join(work, 'postmortems', 'registry.md'));
    writeFileSync(
      join(work, 'postmortems', 'queue.md'),
      '# Queue outage\n\n**Date**: 2026-03-01\n\n## Action Items\n\n| Action | Owner | Due | Status |\n|---|---|---|---|\n| Add a dead-letter queue | @priya | 2026-03-20 | Open |\n| Cap retries, per "message" | Wen Li | 2026-04-12 | |\n| Page on lag | Wen Li | | Done |\n',
    );
  });
  after(() => rmSync(work, { recursive: true, force: true }));
  const json = async (...args: string[]) => {
    const run = await cli(['actions', '--format', 'json', ...args, 'postmortems'], work);
    assert.equal(run.code, 0, run.stderr);
    return JSON.parse(run.stdout) as Array<{ text: string; owner: string | null; due: string | null; done: boolean }>;
  };

  it('--open drops done items, --overdue keeps open items past due, --owner matches names and handles in any case', async () => {
    assert.equal((await json()).length, 15);
    assert.equal((await json('--open')).length, 10);
    assert.deepEqual((await json('--overdue')).map((i) => i.text), ['Add a dead-letter queue']);
    assert.deepEqual((await json('--owner', 'wen li')).map((i) => [i.text, i.done]), [['Cap retries, per "message"', false], ['Page on lag', true]]);
    assert.deepEqual((await json('--owner', 'PRIYA', '--owner', 'ci team')).map((i) => i.owner), ['@priya', 'CI Team']);
  });

  it('--group-by due prints Overdue / This week / Later / No date groups with relative dates', async () => {
    const run = await cli(['actions', '--open', '--group-by', 'due', 'postmortems'], work);
    assert.equal(run.code, 0, run.stderr);
    assert.deepEqual(run.stdout.split('\n').filter((l) => /^\S/.test(l)), ['Overdue (1)', 'This week (3)', 'Later (6)', '10 action items, 10 open, 0 done.']);
    assert.match(run.stdout, /^ {2}postmortems\/queue\.md:9: \[ \] Add a dead-letter queue \(@priya, 2026-03-20, 21 days overdue\)$/m);
    const grouped = JSON.parse((await cli(['actions', '--format', 'json', '--group-by', 'owner', 'postmortems/queue.md'], work)).stdout) as Array<{ group: string; items: unknown[] }>;
    assert.deepEqual(grouped.map((g) => [g.group, g.items.length]), [['@priya', 1], ['Wen Li', 2]]);
  });

  it('--format csv writes tracker columns with proper quoting; --format markdown writes a table', async () => {
    const csv = await cli(['actions', '--format', 'csv', '--owner', 'Wen Li', 'postmortems'], work);
    assert.equal(csv.code, 0, csv.stderr);
    assert.deepEqual(csv.stdout.split('\r\n'), [
      'Summary,Assignee,Due date,Status,Labels,Description',
      '"Cap retries, per ""message""",Wen Li,2026-04-12,Open,postmortem,"From the postmortem ""Queue outage"" (2026-03-01): postmortems/queue.md:10"',
      'Page on lag,Wen Li,,Done,postmortem,"From the postmortem ""Queue outage"" (2026-03-01): postmortems/queue.md:11"',
      '',
    ]);
    const markdown = await cli(['actions', '--format', 'markdown', '--overdue', 'postmortems'], work);
    assert.equal(markdown.stdout, '| Done | Action item | Owner | Due | Postmortem | Where |\n| --- | --- | --- | --- | --- | --- |\n|  | Add a dead-letter queue | @priya | 2026-03-20 | Queue outage | postmortems/queue.md:9 |\n');
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
