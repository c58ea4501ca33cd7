import assert from 'node:assert/strict';
import { parsePostmortem } from '../../../src/core/model/parse';
import { lintPostmortem } from '../../../src/core/lint/engine';
import { applyFixes } from '../../../src/core/lint/fixes';
import type { Finding } from '../../../src/core/lint/types';

const NOW = new Date('2024-11-15T12:00:00Z');

function lint(text: string, rule: string): Finding[] {
  return lintPostmortem(parsePostmortem(text), { now: NOW }).filter((f) => f.ruleId === rule);
}

function applySuggestion(text: string, rule: string, title: RegExp): string {
  const suggestion = lint(text, rule).flatMap((f) => f.suggestions ?? []).find((s) => title.test(s.title));
  assert.ok(suggestion, `no suggestion matching ${title} for ${rule}`);
  return applyFixes(text, [suggestion.edit]);
}

describe('quick-fix suggestions', () => {
  const doc = '# Outage\n\n**Participants**: Alice Chen, Bob Martins\n\n## Action Items\n\n- [ ] Add a queue depth alert\n';

  it('assigns an open action item to a participant, and the model then reads that owner', () => {
    const fixed = applySuggestion(doc, 'action-item-owner', /Alice Chen/);
    assert.match(fixed, /- \[ \] Add a queue depth alert \(owner: Alice Chen\)\n/);
    assert.equal(parsePostmortem(fixed).actionItems[0].owner, 'Alice Chen');
    assert.deepEqual(lint(fixed, 'action-item-owner'), []);
  });

  it('inserts owner and due fields that the model reads (as placeholders still to fill in)', () => {
    const fixed = applySuggestion(doc, 'action-item-due', /Insert owner and due date fields/);
    assert.match(fixed, /- \[ \] Add a queue depth alert \(owner: \[Name\], due: YYYY-MM-DD\)\n/);
    const [item] = parsePostmortem(fixed).actionItems;
    assert.ok(item.ownerRange && item.dueRange, 'both fields are located');
    assert.match(lint(fixed, 'action-item-owner')[0].message, /still "\[Name\]"/);
    assert.match(lint(fixed, 'action-item-due')[0].message, /still "YYYY-MM-DD"/);
  });

  it('inserts the fields in the style of the document\'s other items, selecting the owner placeholder', () => {
    const text = '# Outage\n\n## Action Items\n\n- [ ] **Owner**: Dana Reyes | **Due**: 2099-04-01\n  Add the setting to the checklist\n- [ ] Alert on session drops\n';
    const suggestion = lint(text, 'action-item-owner').flatMap((f) => f.suggestions ?? []).find((s) => s.title === 'Insert owner and due date fields');
    assert.ok(suggestion?.select);
    const fixed = applyFixes(text, [suggestion.edit]);
    assert.ok(fixed.endsWith('- [ ] **Owner**: [Name] | **Due**: YYYY-MM-DD  \n  Alert on session drops\n'), fixed);
    assert.equal(fixed.slice(suggestion.select.start, suggestion.select.end), '[Name]');
    const item = parsePostmortem(fixed).actionItems[1];
    assert.equal(item.text, 'Alert on session drops');
    assert.ok(item.ownerRange && item.dueRange, 'the model reads both fields');
  });

  it('offers every participant, @handles as written, and due dates counted from today', () => {
    const text = '# Outage\n\n**Participants**: Ana Silva, Ben Ode, Cy Park, @sokafor\n\n## Action Items\n\n- [ ] Add a queue depth alert (owner: Ana Silva)\n- [ ] Page on lag\n';
    const owners = lint(text, 'action-item-owner').flatMap((f) => f.suggestions ?? []).map((s) => s.title);
    assert.deepEqual(owners.filter((t) => t.startsWith('Assign')), ['Ana Silva', 'Ben Ode', 'Cy Park', '@sokafor'].map((p) => `Assign this action item to ${p}`));
    const due = lint(text, 'action-item-due').flatMap((f) => f.suggestions ?? []).map((s) => s.title);
    assert.ok(due.includes('Set the due date to 2024-11-29 (in 14 days)'), due.join(' | '));
    const fixed = applySuggestion(text, 'action-item-due', /2024-12-15/);
    assert.match(fixed, /- \[ \] Add a queue depth alert \(owner: Ana Silva\) \(due: 2024-12-15\)\n/);
    assert.equal(parsePostmortem(fixed).actionItems[0].due, '2024-12-15');
  });

  it('rewrites blaming language blamelessly where the vocabulary has a rewrite', () => {
    const text = '# Outage\n\n## Root Cause\n\nThe root cause was human error.\n';
    const [finding] = lint(text, 'blaming-language');
    assert.ok(finding.expected, 'the vocabulary has a rewrite for "human error"');
    const fixed = applyFixes(text, [finding.suggestions![0].edit]);
    assert.ok(!fixed.includes('human error'));
    assert.deepEqual(lint(fixed, 'blaming-language'), []);
  });

  it('adds a missing section at the end of the document', () => {
    const text = '# Outage\n\n## Summary\n\nErrors for 5 minutes.\n';
    const fixed = applySuggestion(text, 'required-sections', /Root Cause/);
    assert.ok(fixed.endsWith('Errors for 5 minutes.\n\n## Root Cause\n\n'));
    assert.ok(!lint(fixed, 'required-sections').some((f) => f.expected === 'Root Cause'));
  });
});
