import assert from 'node:assert/strict';
import { parsePostmortem } from '../../../src/core/model/parse';
import { disableForLineEdit, disableForSentenceEdit } from '../../../src/core/lint/suppressionEdits';
import { applyFixes } from '../../../src/core/lint/fixes';
import { lintPostmortem } from '../../../src/core/lint/engine';
import { resolveLintConfig } from '../../../src/core/config/resolve';

const onlyPlaceholder = resolveLintConfig([{ name: 't', value: { rules: { 'required-sections': 'off', 'action-item-owner': 'off', 'action-item-due': 'off' } } }]);

/** Disables the placeholder rule where `needle` is, and returns the new text and the findings left. */
function disableAt(text: string, needle: string): { text: string; left: number } {
  const edit = disableForLineEdit(parsePostmortem(text), 'placeholder', text.indexOf(needle));
  const next = applyFixes(text, [edit]);
  return { text: next, left: lintPostmortem(parsePostmortem(next), { config: onlyPlaceholder }).length };
}

describe('"disable for this line" edits', () => {
  it('puts a disable-next-line comment above a paragraph', () => {
    const result = disableAt('# T\n\nOwner: [Name]\n', '[Name]');
    assert.equal(result.text, '# T\n\n<!-- postmortem-disable-next-line placeholder -->\nOwner: [Name]\n');
    assert.equal(result.left, 0);
  });

  it('appends a disable-line comment inside the last cell of a table row, keeping the table', () => {
    const text = '| Time | Event |\n|---|---|\n| HH:MM | Pods restarted |\n| 10:00 | Done |\n';
    const result = disableAt(text, 'HH:MM');
    assert.equal(result.text, '| Time | Event |\n|---|---|\n| HH:MM | Pods restarted <!-- postmortem-disable-line placeholder --> |\n| 10:00 | Done |\n');
    assert.equal(result.left, 0);
    assert.equal(parsePostmortem(result.text).ast.children[0].type, 'table');
  });

  it('appends to a list item before the spaces of a hard line break', () => {
    const result = disableAt('- Owner: [Name]  \n  more text\n- Other item\n', '[Name]');
    assert.equal(result.text, '- Owner: [Name] <!-- postmortem-disable-line placeholder -->  \n  more text\n- Other item\n');
    assert.equal(result.left, 0);
  });
});

describe('"disable for this sentence" edits', () => {
  const blamingOnly = resolveLintConfig([{ name: 't', value: { rules: { 'required-sections': 'off' } } }]);
  /** Disables blaming-language for the sentence that starts at `sentence`; returns the new text and the phrases still flagged. */
  function disableSentence(text: string, sentence: string): { text: string; left: string[] } | null {
    const edit = disableForSentenceEdit(parsePostmortem(text), 'blaming-language', text.indexOf(sentence));
    if (!edit) return null;
    const next = applyFixes(text, [edit]);
    const left = lintPostmortem(parsePostmortem(next), { config: blamingOnly }).filter((f) => f.ruleId === 'blaming-language');
    return { text: next, left: left.map((f) => f.actual ?? '') };
  }
  const HEAD = '# Outage\n\n## Root Cause\n\n';

  it('goes inline before a sentence in the middle of a paragraph', () => {
    const result = disableSentence(`${HEAD}It broke. Tom forgot to check. Ana forgot to look.\n`, 'Tom forgot');
    assert.equal(result?.text, `${HEAD}It broke. <!-- postmortem-disable-next-sentence blaming-language --> Tom forgot to check. Ana forgot to look.\n`);
    assert.deepEqual(result?.left, ['Ana forgot to']);
  });

  it('goes on its own line above the first sentence of a paragraph (a comment starting a line would swallow it)', () => {
    const result = disableSentence(`${HEAD}Tom forgot to check. Ana forgot to look.\n`, 'Tom forgot');
    assert.equal(result?.text, `${HEAD}<!-- postmortem-disable-next-sentence blaming-language -->\nTom forgot to check. Ana forgot to look.\n`);
    assert.deepEqual(result?.left, ['Ana forgot to']);
  });

  it('goes at the end of the line before a sentence that starts a wrapped line', () => {
    const result = disableSentence(`${HEAD}It broke at ten.\nTom forgot to check. Ana forgot to look.\n`, 'Tom forgot');
    assert.equal(result?.text, `${HEAD}It broke at ten. <!-- postmortem-disable-next-sentence blaming-language -->\nTom forgot to check. Ana forgot to look.\n`);
    assert.deepEqual(result?.left, ['Ana forgot to']);
  });

  it('is not offered for the first sentence of a list item, where "disable for this line" already fits', () => {
    assert.equal(disableSentence(`${HEAD}- Tom forgot to check.\n`, 'Tom forgot'), null);
  });
});
