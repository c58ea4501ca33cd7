import assert from 'node:assert/strict';
import { folderInsideWorkspace } from '../../../src/core/templates/folder';
import { describeKubectlFailure } from '../../../src/core/kubectl/kubectlFailure';
import { validTimeoutSeconds } from '../../../src/extension/kubectl/kubectlProcess';
import { newPostmortemArgsSchema } from '../../../src/core/templates/input';
import { parseCaptureTime } from '../../../src/core/kubectl/captureTime';
import { editorLintBudgetProblem } from '../../../src/core/lint/budget';

describe('settings and inputs that cross a boundary (hardening)', () => {
  it('keeps postmortem.folder inside the workspace', () => {
    assert.equal(folderInsideWorkspace('postmortems'), 'postmortems');
    assert.equal(folderInsideWorkspace('docs/./incidents/'), 'docs/incidents');
    assert.equal(folderInsideWorkspace('a/../b'), 'b');
    for (const escape of ['../../x', '..', 'a/../../x', '/etc', 'C:\\temp', '\\\\server\\share', 'a/..']) assert.equal(folderInsideWorkspace(escape), null, escape);
  });

  it('validates the kubectl timeout: 0, negative, NaN and huge values do not reach execFile', () => {
    assert.equal(validTimeoutSeconds(0), 30);
    assert.equal(validTimeoutSeconds(-5), 30);
    assert.equal(validTimeoutSeconds(Number.NaN), 30);
    assert.equal(validTimeoutSeconds('10'), 30);
    assert.equal(validTimeoutSeconds(1e12), 600);
    assert.equal(validTimeoutSeconds(45), 45);
  });

  it('says the output was too large, not that kubectl timed out, when it passes the cap', () => {
    const failure = describeKubectlFailure({ code: 'ERR_CHILD_PROCESS_STDIO_MAXBUFFER', killed: true, signal: 'SIGTERM' }, 'kubectl', 30);
    assert.match(failure.message, /more events than the import reads/);
  });

  it('rejects template fields with line breaks or control characters from command arguments', () => {
    assert.equal(newPostmortemArgsSchema.safeParse({ status: 'Resolved\n## Injected' }).success, false);
    assert.equal(newPostmortemArgsSchema.safeParse({ severity: 'P1\u0000' }).success, false);
    assert.equal(newPostmortemArgsSchema.safeParse({ status: 'Resolved', severity: 'P1' }).success, true);
  });

  it('rejects capture times outside 1970-9999', () => {
    assert.equal(parseCaptureTime('0000-01-01T00:00:00Z'), null);
    assert.equal(parseCaptureTime('1969-12-31T23:59:59Z'), null);
    assert.equal(parseCaptureTime('2026-05-04T12:20:00Z')?.toISOString(), '2026-05-04T12:20:00.000Z');
  });

  it('lets the editor lint ordinary documents and big tables, and refuses marker storms and huge texts', () => {
    const table = `| Time | Event |\n|---|---|\n${'| 10:00 | [link](https://x) **bold** `code` |\n'.repeat(3000)}`;
    assert.equal(editorLintBudgetProblem(table), null);
    assert.match(editorLintBudgetProblem('*a'.repeat(2000)) ?? '', /markers/);
    assert.match(editorLintBudgetProblem('x'.repeat(600 * 1024)) ?? '', /KB/);
  });
});

describe('blaming-language options are bounded (hardening)', () => {
  it('reports a 5,000-word extra phrase as a configuration problem instead of failing the rule', async () => {
    const { resolveLintConfig } = await import('../../../src/core/config/resolve');
    const config = resolveLintConfig([{ name: '.postmortemrc.json', value: { rules: { 'blaming-language': { extraPhrases: [Array(5000).fill('word').join(' ')] } } } }]);
    assert.ok(config.problems.some((p) => /extraPhrases/.test(p.path) || /20 words|200/.test(p.message)), JSON.stringify(config.problems));
  });
});
