import assert from 'node:assert/strict';
import { parsePostmortem } from '../../../src/core/model/parse';
import { lintPostmortem } from '../../../src/core/lint/engine';
import { resolveLintConfig } from '../../../src/core/config/resolve';
import { LineIndex } from '../../../src/core/text/lines';

const placeholdersOnly = resolveLintConfig([
  { name: 'test', value: { rules: { 'required-sections': 'off', 'action-item-owner': 'off', 'action-item-due': 'off' } } },
]);

/** 1-based lines of the findings, as "line:rule". */
function findings(text: string): string[] {
  const lines = new LineIndex(text);
  return lintPostmortem(parsePostmortem(text), { config: placeholdersOnly }).map((f) => `${lines.positionAt(f.range.start).line + 1}:${f.ruleId}`);
}

describe('suppression comments', () => {
  it('disable-next-line silences the next line only, for the named rule or for all', () => {
    const text = ['<!-- postmortem-disable-next-line placeholder -->', 'Owner: [Name]', 'Lead: [Name]', '', '<!-- postmortem-disable-next-line -->', 'Date: YYYY-MM-DD'].join('\n');
    assert.deepEqual(findings(text), ['3:placeholder']);
  });

  it('disable-next-line for another rule does not silence this one', () => {
    assert.deepEqual(findings('<!-- postmortem-disable-next-line blaming-language -->\nOwner: [Name]'), ['2:placeholder']);
  });

  it('disable … enable silences a region', () => {
    const text = ['Start: HH:MM', '', '<!-- postmortem-disable placeholder -->', '', 'End: HH:MM', '', '<!-- postmortem-enable placeholder -->', '', 'Cost: $X,XXX'].join('\n');
    assert.deepEqual(findings(text), ['1:placeholder', '9:placeholder']);
  });

  it('disable-file silences the whole document, even above the comment', () => {
    assert.deepEqual(findings('Start: HH:MM\n\n<!-- postmortem-disable-file placeholder -->\n\nEnd: HH:MM'), []);
    assert.deepEqual(findings('Start: HH:MM\n\n<!-- postmortem-disable-file -->'), []);
  });

  it('disable-line at the end of a line silences that line', () => {
    assert.deepEqual(findings('- Owner: [Name] <!-- postmortem-disable-line placeholder -->\n- Lead: [Name]'), ['2:placeholder']);
  });

  it('ignores directives written inside code', () => {
    assert.deepEqual(findings('`<!-- postmortem-disable-file -->`\n\nOwner: [Name]'), ['3:placeholder']);
  });
});

describe('sentence-level suppression', () => {
  const blaming = resolveLintConfig([{ name: 'test', value: { rules: { 'required-sections': 'off' } } }]);
  const blamed = (text: string): string[] =>
    lintPostmortem(parsePostmortem(text), { config: blaming }).filter((f) => f.ruleId === 'blaming-language').map((f) => f.actual ?? '');

  it('disable-next-sentence silences the sentence after the comment, not the rest of the paragraph', () => {
    const text = '# Outage\n\n## Root Cause\n\nIt broke. <!-- postmortem-disable-next-sentence blaming-language --> Tom forgot to check the flag. Then Ana forgot to check the alert.\n';
    assert.deepEqual(blamed(text), ['Ana forgot to']);
  });

  it('works in a list item and in a table cell', () => {
    const comment = '<!-- postmortem-disable-next-sentence blaming-language -->';
    assert.deepEqual(blamed(`# Outage\n\n## Root Cause\n\n- It broke. ${comment} Tom forgot to check the flag.\n- Ana forgot to check it.\n`), ['Ana forgot to']);
    assert.deepEqual(blamed(`# Outage\n\n| Cause | Notes |\n|---|---|\n| ${comment} Tom forgot to check | Ana forgot to check |\n`), ['Ana forgot to']);
  });

  it('names its rules like the other comments: another rule is not silenced', () => {
    const text = '# Outage\n\n## Root Cause\n\nIt broke. <!-- postmortem-disable-next-sentence placeholder --> Tom forgot to check the flag.\n';
    assert.deepEqual(blamed(text), ['Tom forgot to']);
  });
});
