import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseConfigText, resolveLintConfig } from '../../../src/core/config/resolve';
import { postmortemrcSchema, postmortemrcSchemaText } from '../../../src/core/config/schema';
import { parsePostmortem } from '../../../src/core/model/parse';
import { lintPostmortem } from '../../../src/core/lint/engine';
import { rules } from '../../../src/core/lint/registry';

describe('lint configuration', () => {
  it('gives every rule its default level and options when nothing is configured', () => {
    const config = resolveLintConfig([]);
    assert.deepEqual(config.problems, []);
    for (const rule of rules) assert.equal(config.rules[rule.id].level, rule.defaultLevel);
    assert.deepEqual(config.rules['required-sections'].options.sections, ['summary', 'impact', 'timeline', 'rootCause', 'actionItems']);
  });

  it('lets later sources override levels and merge options', () => {
    const config = resolveLintConfig([
      { name: 'settings', value: { rules: { 'action-item-due': 'error', 'severity-value': { allowed: ['SEV1'] } } } },
      { name: '.postmortemrc.json', value: { rules: { 'action-item-due': { level: 'info' } } } },
    ]);
    assert.deepEqual(config.problems, []);
    assert.equal(config.rules['action-item-due'].level, 'info');
    assert.deepEqual(config.rules['severity-value'].options.allowed, ['SEV1']);
  });

  it('reports unknown rules, bad levels, bad options and bad JSON as problems instead of throwing', () => {
    const { source, problems: jsonProblems } = parseConfigText('.postmortemrc.json', '{ "rules": ');
    assert.equal(jsonProblems.length, 1);
    assert.match(jsonProblems[0].message, /not valid JSON/);
    const config = resolveLintConfig([
      source,
      { name: 'rc', value: { rulez: {}, rules: { 'blamingg-language': 'warning', placeholder: 'loud', 'required-sections': { sections: ['summary', 'epilogue'], colour: 'red' } } } },
    ]);
    const paths = config.problems.map((p) => p.path).sort();
    assert.deepEqual(paths, ['rules.blamingg-language', 'rules.placeholder', 'rules.required-sections', 'rules.required-sections.sections.1', 'rulez']);
    // The rule with bad options still runs, with its defaults.
    assert.equal(config.rules['required-sections'].level, 'warning');
    assert.deepEqual(config.rules['required-sections'].options.sections, ['summary', 'impact', 'timeline', 'rootCause', 'actionItems']);
  });

  it('shows configuration problems as error findings at the top of the document', () => {
    const config = resolveLintConfig([{ name: '.postmortemrc.json', value: { rules: { placeholder: 'loud' } } }]);
    const findings = lintPostmortem(parsePostmortem('# Title\n'), { config }).filter((f) => f.ruleId === 'config');
    assert.equal(findings.length, 1);
    assert.equal(findings[0].severity, 'error');
    assert.deepEqual(findings[0].range, { start: 0, end: 0 });
    assert.match(findings[0].message, /\.postmortemrc\.json \(rules\.placeholder\)/);
  });

  it('accepts in the strict schema what the resolver accepts', () => {
    const value = { $schema: './schemas/postmortemrc.schema.json', rules: { 'action-item-due': 'off', 'required-sections': { level: 'error', sections: ['summary'] } } };
    assert.equal(postmortemrcSchema.safeParse(value).success, true);
    assert.deepEqual(resolveLintConfig([{ name: 'rc', value }]).problems, []);
    assert.equal(postmortemrcSchema.safeParse({ rules: { 'no-such-rule': 'off' } }).success, false);
  });

  it('has a checked-in JSON schema identical to the generated one (run `npm run gen:schema`)', () => {
    const checkedIn = readFileSync(join(__dirname, '..', '..', '..', 'schemas', 'postmortemrc.schema.json'), 'utf8');
    assert.equal(checkedIn, postmortemrcSchemaText());
  });
});
