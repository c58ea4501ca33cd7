import assert from 'node:assert/strict';
import { parsePostmortem } from '../../../src/core/model/parse';
import { lintPostmortem } from '../../../src/core/lint/engine';
import { parseKubectlEvents } from '../../../src/core/kubectl';
import { fastest } from './timing';

const capturedAt = new Date('2026-03-02T12:00:00Z');

describe('deep nesting and hostile structure (hardening)', () => {
  for (const [name, text] of [
    ['quotes nested 5,000 deep, with a suppression comment', `${'> '.repeat(5000)}x <!-- postmortem-disable -->`],
    ['lists nested 2,000 deep', `## Action Items\n\n${'- '.repeat(2000)}[ ] fix it`],
    ['lists inside quotes 3,000 deep', `${'> - '.repeat(3000)}x`],
  ] as const) {
    it(`lints ${name} without overflowing the stack`, () => {
      const doc = parsePostmortem(text);
      const findings = lintPostmortem(doc);
      assert.ok(!findings.some((f) => /rule failed/.test(f.message)), JSON.stringify(findings.filter((f) => /rule failed/.test(f.message))));
    });
  }

  it('still reads content a few dozen levels deep', () => {
    const doc = parsePostmortem(`## Action Items\n\n${'> '.repeat(30)}- [ ] Add an alert (owner: SRE, due: 2026-05-01)\n`);
    assert.equal(doc.actionItems.length, 1);
  });

  it('reads kubectl JSON with `[` nested 5,000 deep as no events instead of crashing', () => {
    for (const text of ['['.repeat(5000) + ']'.repeat(5000), `{"items": ${'['.repeat(5000)}${']'.repeat(5000)}}`]) {
      assert.equal(parseKubectlEvents(text, { capturedAt }).events.length, 0);
    }
  });

  it('refuses YAML events input with hundreds of aliases instead of throwing "Excessive alias count"', () => {
    const text = `apiVersion: v1\nkind: List\nitems:\n- &a {involvedObject: {kind: Pod, name: x}, reason: R, message: m}\n${Array.from({ length: 200 }, () => '- *a').join('\n')}\n`;
    assert.doesNotThrow(() => parseKubectlEvents(text, { capturedAt }));
  });

  it('reads a "billion laughs" block (nine levels of ten aliases) as too many aliases, in front matter and in pasted YAML', () => {
    const levels = Array.from({ length: 9 }, (_, i) => `l${i + 1}: &l${i + 1} [${Array.from({ length: 10 }, () => `*l${i}`).join(', ')}]`);
    const block = ['l0: &l0 [lol, lol, lol, lol, lol, lol, lol, lol, lol, lol]', ...levels].join('\n');
    const doc = parsePostmortem(`---\n${block}\ntitle: Laughs\n---\n# Laughs\n`);
    assert.match(doc.frontMatter?.error ?? '', /alias/i);
    assert.ok(lintPostmortem(doc).some((f) => f.ruleId === 'front-matter'));
    assert.equal(parseKubectlEvents(`apiVersion: v1\nkind: List\n${block}\nitems: []\n`, { capturedAt }).events.length, 0);
  });

  it('searches for the end of pasted output in linear time on long runs of ":"', () => {
    const ms = fastest(() => parseKubectlEvents(`{"items": []}\n${':'.repeat(50000)}`, { capturedAt }), 1);
    assert.ok(ms < 2000, `${ms} ms (it took 10 s)`);
  });

  it('reads front matter with 10,000 keys without the quadratic duplicate-key check, and still reports duplicates', () => {
    const keys = Array.from({ length: 10000 }, (_, i) => `k${i}: v`).join('\n');
    const ms = fastest(() => parsePostmortem(`---\n${keys}\nseverity: SEV-2\n---\n# T\n`), 1);
    assert.ok(ms < 8000, `${ms} ms`);
    const doc = parsePostmortem(`---\n${keys}\nseverity: SEV-2\n---\n# T\n`);
    assert.equal(doc.metadata.find((f) => f.key === 'severity')?.value, 'SEV-2');
    const dup = parsePostmortem('---\ntitle: a\ntitle: b\n---\n# T\n');
    assert.match(dup.frontMatter?.error ?? '', /unique/);
  });

  it('finds a front matter value at its own line and column', () => {
    const text = '---\ntitle: Outage\n"severity" : SEV-2\n---\n# T\n';
    const field = parsePostmortem(text).metadata.find((f) => f.key === 'severity');
    assert.equal(text.slice(field!.valueRange.start, field!.valueRange.end), 'SEV-2');
  });
});
