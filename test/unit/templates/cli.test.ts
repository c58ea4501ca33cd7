import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { CliError, type CliCommand } from '../../../src/cli/command';
import { newCommand } from '../../../src/cli/commands/new';
import { templatesCommand } from '../../../src/cli/commands/templates';
import { parsePostmortem } from '../../../src/core/model/parse';

async function run(command: CliCommand, args: string[], cwd: string): Promise<{ code: number; stdout: string }> {
  let stdout = '';
  const code = await command.run(args, {
    stdout: (t) => (stdout += t),
    stderr: () => {},
    readStdin: async () => '',
    cwd,
    now: () => new Date(2024, 9, 18, 12, 0),
  });
  return { code, stdout };
}

describe('postmortem new / templates (CLI)', () => {
  let cwd: string;
  beforeEach(() => {
    cwd = mkdtempSync(join(tmpdir(), 'postmortem-new-'));
  });
  afterEach(() => rmSync(cwd, { recursive: true, force: true }));

  it('prints a filled-in postmortem to stdout, dated today by default', async () => {
    const { code, stdout } = await run(newCommand, ['--title', 'Checkout latency', '--severity', 'sev2', '--template', 'short'], cwd);
    assert.equal(code, 0);
    const doc = parsePostmortem(stdout);
    assert.equal(doc.metadata.find((f) => f.key === 'incidentId')?.value, 'INC-2024-10-18-001');
    assert.equal(doc.metadata.find((f) => f.key === 'severity')?.value, 'SEV2 (High)');
    assert.ok(stdout.startsWith('# Checkout latency\n'));
  });

  it('writes into a folder under a unique name and numbers incidents of the same day', async () => {
    const args = ['--title', 'DB failover', '--date', '2024-10-18', '--out', 'postmortems/'];
    assert.equal((await run(newCommand, args, cwd)).stdout, `${join('postmortems', '2024-10-18-db-failover.md')}\n`);
    await run(newCommand, args, cwd);
    assert.deepEqual(readdirSync(join(cwd, 'postmortems')).sort(), ['2024-10-18-db-failover-2.md', '2024-10-18-db-failover.md']);
    const second = readFileSync(join(cwd, 'postmortems', '2024-10-18-db-failover-2.md'), 'utf8');
    assert.match(second, /\*\*Incident ID\*\*: INC-2024-10-18-002/);
  });

  it('refuses to overwrite an existing --out file', async () => {
    writeFileSync(join(cwd, 'mine.md'), 'keep me');
    await assert.rejects(run(newCommand, ['--title', 'X', '--out', 'mine.md'], cwd), (e: unknown) => e instanceof CliError && /already exists/.test(e.message));
    assert.equal(readFileSync(join(cwd, 'mine.md'), 'utf8'), 'keep me');
  });

  it('rejects a missing title, a bad date, an unknown severity or template', async () => {
    for (const args of [[], ['--title', 'X', '--date', '18/10/2024'], ['--title', 'X', '--severity', 'P7'], ['--title', 'X', '--template', 'nope']]) {
      await assert.rejects(run(newCommand, args, cwd), CliError, args.join(' '));
    }
  });

  it('lists built-in templates and the workspace ones, which can then be used', async () => {
    mkdirSync(join(cwd, '.postmortem', 'templates'), { recursive: true });
    writeFileSync(join(cwd, '.postmortem', 'templates', 'team.md'), '# [Incident title]\n\n**Date**: YYYY-MM-DD\n');
    const { stdout } = await run(templatesCommand, [], cwd);
    assert.deepEqual(stdout.trim().split('\n').map((l) => l.split(/\s+/)[0]), ['team', 'gitops', 'gds-incident-report', 'short']);
    const created = await run(newCommand, ['--title', 'Team thing', '--date', '2024-10-18', '--template', 'team'], cwd);
    assert.equal(created.stdout, '# Team thing\n\n**Date**: 2024-10-18\n');
  });
});
