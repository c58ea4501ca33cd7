import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { rules, configRuleInfo } from '../../../src/core/lint/registry';

const DOCS = join(__dirname, '..', '..', '..', 'docs', 'rules');

describe('rule documentation', () => {
  for (const id of [...rules.map((r) => r.id), configRuleInfo.id]) {
    it(`docs/rules/${id}.md explains why, with a failing and a passing example`, () => {
      const path = join(DOCS, `${id}.md`);
      assert.ok(existsSync(path), `${path} is missing`);
      const text = readFileSync(path, 'utf8');
      assert.match(text, new RegExp(`^# ${id}\\n`));
      for (const heading of ['## Why it matters', '## Failing', '## Passing']) assert.ok(text.includes(heading), `${id}.md lacks "${heading}"`);
    });
  }

  it('stamps every rule with the URL of its page', () => {
    for (const rule of rules) assert.ok(rule.docsUrl.endsWith(`/docs/rules/${rule.id}.md`), rule.docsUrl);
  });
});

describe('rule settings in package.json', () => {
  it('names every rule in the description of postmortem.lint.rules', () => {
    const manifest = JSON.parse(readFileSync(join(__dirname, '..', '..', '..', 'package.json'), 'utf8'));
    // The manifest's strings live in package.nls.json (translations go beside it as package.nls.<locale>.json).
    const strings = JSON.parse(readFileSync(join(__dirname, '..', '..', '..', 'package.nls.json'), 'utf8')) as Record<string, string>;
    const key: string = manifest.contributes.configuration.properties['postmortem.lint.rules'].markdownDescription;
    const description = strings[key.replace(/^%|%$/g, '')];
    const missing = rules.map((r) => r.id).filter((id) => !description.includes(`\`${id}\``));
    assert.deepEqual(missing, []);
  });
});

describe('rule index', () => {
  it('docs/rules/README.md is the generated index (run `npm run gen:rules`)', async () => {
    const { ruleIndexMarkdown, RULE_INDEX_PATH } = await import('../../../scripts/gen-rule-index');
    assert.equal(readFileSync(RULE_INDEX_PATH, 'utf8'), ruleIndexMarkdown());
  });
});
