import assert from 'node:assert/strict';
import { parsePostmortem } from '../../../src/core/model/parse';
import { disableForLineEdit } from '../../../src/core/lint/suppressionEdits';
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
