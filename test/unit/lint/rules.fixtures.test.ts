// Runs every lint fixture: the findings must be exactly the ones its `<!-- expect … -->` comments announce.
import assert from 'node:assert/strict';
import { parsePostmortem } from '../../../src/core/model/parse';
import { lintPostmortem } from '../../../src/core/lint/engine';
import { applyFixes } from '../../../src/core/lint/fixes';
import { rules } from '../../../src/core/lint/registry';
import { resolveLintConfig } from '../../../src/core/config/resolve';
import { LineIndex } from '../../../src/core/text/lines';
import { allFixtures } from './fixtureHarness';

describe('lint rules on fixtures', () => {
  for (const fixture of allFixtures()) {
    const folder = fixture.name.split('/')[0];
    it(fixture.name, () => {
      // Only the rule the folder is named after runs, unless the fixture configures others.
      const onlyThisRule = Object.fromEntries(rules.filter((r) => r.id !== folder).map((r) => [r.id, 'off']));
      const config = resolveLintConfig([{ name: 'fixture', value: { rules: { ...onlyThisRule, ...fixture.rules } } }]);
      assert.deepEqual(config.problems, []);
      const findings = lintPostmortem(parsePostmortem(fixture.text), { config, now: fixture.now });
      const lines = new LineIndex(fixture.text);
      const actual = findings.map((f) => {
        const text = fixture.text.slice(f.range.start, f.range.end);
        return { line: lines.positionAt(f.range.start).line, rule: f.ruleId, text };
      });
      const expected = fixture.expected.map((e) => ({ line: e.line, rule: e.rule, text: e.text }));
      // Compare texts only where the fixture names one.
      const comparable = actual.map((a, i) => ({ ...a, text: expected.find((e) => e.line === a.line && e.rule === a.rule && e.text !== undefined) ? a.text : undefined }));
      const key = (f: { line: number; rule: string; text?: string }) => `${f.line + 1}:${f.rule}${f.text !== undefined ? ` "${f.text}"` : ''}`;
      assert.deepEqual(comparable.map(key).sort(), expected.map(key).sort(), findings.map((f) => `${lines.positionAt(f.range.start).line + 1}: ${f.ruleId}: ${f.message}`).join('\n'));
      if (fixture.fixed !== null) {
        assert.equal(applyFixes(fixture.text, findings.flatMap((f) => (f.fix ? [f.fix.edit] : []))), fixture.fixed);
      }
    });
  }
});
