import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parsePostmortem } from '../../../src/core/model/parse';
import { lintPostmortem } from '../../../src/core/lint/engine';

const fixture = (name: string) => readFileSync(join(__dirname, '..', '..', 'fixtures', 'lint', 'required-sections', name), 'utf8');

describe('required-sections on documents written elsewhere', () => {
  it('offers stating the impact in the summary when neither says who or what was affected', () => {
    const findings = lintPostmortem(parsePostmortem(fixture('summary-without-impact.md'))).filter((f) => f.ruleId === 'required-sections');
    assert.equal(findings.length, 1);
    assert.match(findings[0].message, /no Impact section and its summary does not say who or what was affected: add a "## Impact" section, or state the impact in the summary/);
  });
});
