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
      // A finding is named by its 1-based line and rule, plus the text it covers where the fixture states one.
      const name = (line: number, rule: string, text?: string) => `${line + 1}:${rule}${text !== undefined ? ` "${text}"` : ''}`;
      const statesText = (line: number, rule: string) => fixture.expected.some((e) => e.line === line && e.rule === rule && e.text !== undefined);
      const actual = findings.map((f) => {
        const line = lines.positionAt(f.range.start).line;
        return name(line, f.ruleId, statesText(line, f.ruleId) ? fixture.text.slice(f.range.start, f.range.end) : undefined);
      });
      const expected = fixture.expected.map((e) => name(e.line, e.rule, e.text));
      const details = findings.map((f) => `${lines.positionAt(f.range.start).line + 1}: ${f.ruleId}: ${f.message}`).join('\n');
      assert.deepEqual(actual.sort(), expected.sort(), details);
      if (fixture.fixed !== null) {
        assert.equal(applyFixes(fixture.text, findings.flatMap((f) => (f.fix ? [f.fix.edit] : []))), fixture.fixed);
      }
    });
  }
});
