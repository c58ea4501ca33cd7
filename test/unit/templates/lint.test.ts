import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { lintPostmortem } from '../../../src/core/lint/engine';
import { findPlaceholders } from '../../../src/core/text/placeholders';
import type { Finding } from '../../../src/core/lint/types';
import { parsePostmortem } from '../../../src/core/model/parse';
import { builtinTemplates } from '../../../src/core/templates/builtin';
import { createPostmortem } from '../../../src/core/templates/create';
import { SEVERITY_SCALES } from '../../../src/core/templates/severity';
import { expandSnippet } from '../snippets/expandSnippet';

const now = new Date(Date.UTC(2024, 9, 20));

/** Findings other than unfilled placeholders and action items whose owner or due date is still a placeholder. */
function unexpectedFindings(text: string): string[] {
  const doc = parsePostmortem(text);
  const describe = (f: Finding) => `${f.ruleId} at "${text.slice(f.range.start, f.range.end)}": ${f.message}`;
  return lintPostmortem(doc, { now })
    .filter((f) => {
      if (f.ruleId === 'placeholder') return false;
      if (!f.ruleId.startsWith('action-item-')) return true;
      const item = doc.actionItems.find((a) => a.range.start <= f.range.start && f.range.end <= a.range.end);
      return !item || findPlaceholders(text.slice(item.range.start, item.range.end)).length === 0;
    })
    .map(describe);
}

describe('templates and snippets lint clean', () => {
  for (const template of builtinTemplates) {
    it(`${template.name}: only placeholder findings, as shipped`, () => {
      assert.deepEqual(unexpectedFindings(template.text), []);
    });

    it(`${template.name}: only placeholder findings, as New Postmortem fills it in, on either severity scale`, () => {
      for (const level of [SEVERITY_SCALES['P0-P3'][1], SEVERITY_SCALES['SEV1-SEV4'][0]]) {
        const created = createPostmortem({ title: 'Checkout latency', date: '2024-10-18', severity: level.written, status: 'Resolved', template, existingFileNames: [], existingTexts: [] });
        assert.deepEqual(unexpectedFindings(created.text), [], level.written);
      }
    });

    it(`${template.name}: its unfilled placeholders are flagged`, () => {
      const findings = lintPostmortem(parsePostmortem(template.text), { now });
      assert.ok(findings.filter((f) => f.ruleId === 'placeholder').length >= 5);
    });
  }

  it('gitops: its blaming examples are flagged once taken out of the guidance comments', () => {
    const gitops = builtinTemplates.find((t) => t.name === 'gitops')!;
    const uncommented = gitops.text.replace(/<!--|-->/g, '');
    const blamed = lintPostmortem(parsePostmortem(uncommented), { now })
      .filter((f) => f.ruleId === 'blaming-language')
      .map((f) => uncommented.slice(f.range.start, f.range.end));
    for (const example of ['John forgot to test the upgrade', 'The security team should have known about the upgrade', "This wouldn't have happened if people paid attention"]) {
      assert.ok(blamed.some((b) => b.includes(example)), `${example} in ${JSON.stringify(blamed)}`);
    }
  });

  it('the whole-postmortem snippet, with every default accepted', () => {
    const snippets = JSON.parse(readFileSync('snippets/markdown.json', 'utf8')) as Record<string, { prefix: string; body: string[] }>;
    const whole = Object.values(snippets).find((s) => s.prefix === 'pm-postmortem')!;
    assert.deepEqual(unexpectedFindings(expandSnippet(whole.body.join('\n'))), []);
  });
});
