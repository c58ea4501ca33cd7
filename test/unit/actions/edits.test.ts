import assert from 'node:assert/strict';
import { setDoneEdit, setDueEdit, setOwnerEdit, validateDue, validateOwner } from '../../../src/core/actions/edits';
import { applyFixes } from '../../../src/core/lint/fixes';
import { parsePostmortem } from '../../../src/core/model/parse';
import type { TextEdit } from '../../../src/core/lint/types';
import { CACHE, QUEUE } from './sample';

function edited(text: string, index: number, edit: (text: string, item: ReturnType<typeof parsePostmortem>['actionItems'][number]) => TextEdit | null): string {
  const item = parsePostmortem(text).actionItems[index];
  const change = edit(text, item);
  assert.ok(change, `an edit for item ${index}`);
  return applyFixes(text, [change]);
}

const items = (text: string) => parsePostmortem(text).actionItems.map((i) => [i.text, i.owner, i.due, i.done]);

describe('action item edits', () => {
  it('ticks and clears a task checkbox, and nothing when it already says so', () => {
    const done = edited(CACHE, 2, (t, i) => setDoneEdit(t, i, true));
    assert.match(done, /^- \[x\] Document the cut-over checklist$/m);
    assert.equal(items(done)[2][3], true);
    const reopened = edited(CACHE, 0, (t, i) => setDoneEdit(t, i, false));
    assert.match(reopened, /^- \[ \] Raise the pool limit/m);
    assert.equal(setDoneEdit(CACHE, parsePostmortem(CACHE).actionItems[0], true), null);
  });

  it('gives a list item without a checkbox one, keeping its marker, so the state is written down', () => {
    const text = '## Action Items\n\n1. Review partition count\n2. Add lag alert\n';
    const done = edited(text, 1, (t, i) => setDoneEdit(t, i, true));
    assert.equal(done, '## Action Items\n\n1. Review partition count\n2. [x] Add lag alert\n');
    assert.deepEqual(items(done).map((i) => i[3]), [false, true]);
    // A "Completed" heading says done; an explicit open checkbox reopens the one item.
    const completed = '## Action Items (Completed)\n\n- Rotated the keys\n- Restarted the pods\n';
    const reopened = edited(completed, 0, (t, i) => setDoneEdit(t, i, false));
    assert.deepEqual(items(reopened).map((i) => i[3]), [false, true]);
  });

  it('rewrites the Status cell of a table row, empty or not, keeping the table intact', () => {
    const done = edited(QUEUE, 1, (t, i) => setDoneEdit(t, i, true));
    assert.match(done, /^\| Cap retries per message \| Wen Li, Tomás Ortega \| 2026-03-30 \| Done \|$/m);
    const open = edited(QUEUE, 2, (t, i) => setDoneEdit(t, i, false));
    assert.match(open, /^\| Page on consumer lag \| \| \| Open \|$/m);
    assert.deepEqual(items(open).map((i) => i[3]), [false, false, false, false]);
  });

  it('has no done edit for a table without a Status column or a paragraph', () => {
    const text = '## Action Items\n\n| Action | Owner |\n|---|---|\n| Add alert | Ana |\n';
    assert.equal(setDoneEdit(text, parsePostmortem(text).actionItems[0], true), null);
  });

  it('replaces an owner or due date where it is written, in a table cell or after its label', () => {
    assert.match(edited(QUEUE, 3, (t, i) => setOwnerEdit(t, i, 'Ana Souza')), /Owner: Ana Souza\. Due: 2026-02-25\./);
    assert.match(edited(QUEUE, 3, (t, i) => setDueEdit(t, i, '2026-03-15')), /Owner: Tomás Ortega\. Due: 2026-03-15\./);
    assert.match(edited(QUEUE, 2, (t, i) => setOwnerEdit(t, i, 'Ana')), /^\| Page on consumer lag \| Ana \| \| Done \|$/m);
    assert.match(edited(QUEUE, 0, (t, i) => setDueEdit(t, i, '2026-03-01')), /^\| Add a dead-letter queue \| Priya Raman \| 2026-03-01 \| Open \|$/m);
    assert.match(edited(CACHE, 1, (t, i) => setOwnerEdit(t, i, '@ana')), /\(owner: @ana, due: 2026-02-01\)$/m);
  });

  it('appends (owner: …) or (due: …) to an item that has none, which the model then reads', () => {
    const owned = edited(CACHE, 2, (t, i) => setOwnerEdit(t, i, 'Wen Li'));
    assert.match(owned, /^- \[ \] Document the cut-over checklist \(owner: Wen Li\)$/m);
    const dated = edited(owned, 2, (t, i) => setDueEdit(t, i, '2026-04-01'));
    assert.deepEqual(items(dated)[2], ['Document the cut-over checklist', 'Wen Li', '2026-04-01', false]);
  });

  it('validates owners and due dates before editing', () => {
    assert.equal(validateOwner('  '), 'Enter a name, a team or an @handle.');
    assert.match(validateOwner('Ana (SRE)') ?? '', /brackets/);
    assert.equal(validateOwner('@ana'), null);
    assert.equal(validateDue('2026-02-30'), 'Enter a date as YYYY-MM-DD, e.g. 2026-06-01.');
    assert.equal(validateDue('2026-03-01'), null);
    assert.equal(setDueEdit(CACHE, parsePostmortem(CACHE).actionItems[2], 'soon'), null);
  });
});
