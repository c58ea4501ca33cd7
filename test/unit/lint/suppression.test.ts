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
