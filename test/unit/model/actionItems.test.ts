import assert from 'node:assert/strict';
import { parsePostmortem } from '../../../src/core/model/parse';
import { parseFixture } from './fixtures';

const summary = (doc: ReturnType<typeof parsePostmortem>) => doc.actionItems.map((i) => ({ text: i.text, owner: i.owner, due: i.due, done: i.done }));

describe('action items', () => {
  it('reads the template format: bold Owner | Due fields with the text on the next line, and completed tasks', () => {
    const doc = parseFixture('gitops-shape.md');
    assert.deepEqual(summary(doc), [
      { text: 'Reissued the certificates', owner: null, due: null, done: true },
      { text: 'Updated the DNS credential in the secret store', owner: null, due: null, done: true },
      { text: 'Alert when a certificate renewal job fails twice in a row', owner: 'Platform Team', due: '2026-03-16', done: false },
      { text: 'Rotate DNS credentials through the secret operator', owner: 'Security Team', due: '2026-03-20', done: false },
      { text: 'Move renewals to 30 days before expiry', owner: null, due: null, done: false },
    ]);
  });

  it('gives each item its first line (zero-based) and the exact ranges of its owner and due date', () => {
    const doc = parseFixture('gitops-shape.md');
    const item = doc.actionItems[2];
    assert.equal(doc.text.split('\n')[item.line], '- [ ] **Owner**: Platform Team | **Due**: 2026-03-16  ');
    assert.equal(doc.text.slice(item.ownerRange!.start, item.ownerRange!.end), 'Platform Team');
    assert.equal(doc.text.slice(item.dueRange!.start, item.dueRange!.end), '2026-03-16');
    assert.equal(item.section?.title, 'Short-term Actions (Next 2 Weeks)');
  });

  it('treats placeholders ([Name], YYYY-MM-DD, TBD) as missing owners and dates', () => {
    const doc = parseFixture('gitops-shape.md');
    const placeholder = doc.actionItems[4];
    assert.equal(placeholder.owner, null);
    assert.equal(placeholder.due, null);
    const inline = parseFixture('inline-formats.md').actionItems.find((i) => i.text.includes('retention'));
    assert.deepEqual([inline?.owner, inline?.due, inline?.text], [null, null, 'Decide on a retention policy.']);
  });

  it('reads inline formats: Owner/Due sentences, parentheses, dashes, Assignee, @team … by D, ticket keys', () => {
    const items = summary(parseFixture('inline-formats.md')).slice(0, 7);
    assert.deepEqual(items, [
      { text: 'Add a dead-letter queue for poison messages.', owner: 'Lena Fischer', due: '2026-06-01', done: false },
      { text: 'Document the consumer rebalance runbook', owner: '@sokafor', due: '2026-05-30', done: false },
      { text: 'Cap retries per message', owner: '@payments-oncall', due: '2026-06-15', done: false },
      { text: 'Review partition count.', owner: 'Priya Nair', due: '2027-03-15', done: false },
      { text: 'add queue-age SLO', owner: '@sre-team', due: '2026-07-01', done: false },
      { text: 'Rotate the webhook signing key (PAY-412)', owner: null, due: null, done: false },
      { text: 'Scale consumers to 12 replicas', owner: '@lfischer', due: '2026-05-15', done: true },
    ]);
    assert.equal(parseFixture('inline-formats.md').actionItems[5].ticket, 'PAY-412');
  });

  it('reads action tables with Owner, Due and Status columns; empty cells are missing values', () => {
    const rows = summary(parseFixture('inline-formats.md')).slice(8);
    assert.deepEqual(rows, [
      { text: 'Load test the consumer at 3x peak', owner: 'Lena Fischer', due: '2026-06-10', done: false },
      { text: 'Add consumer lag to the status page', owner: 'Sam Okafor', due: '2026-05-20', done: true },
      { text: 'Write the capacity model', owner: null, due: null, done: false },
    ]);
  });

  it('ignores task lists inside code blocks', () => {
    const doc = parseFixture('inline-formats.md');
    assert.ok(doc.actionItems.every((i) => !i.text.includes('inside a code block')));
  });

  it('reads "Action : owner" items, trimming the owner to a person named in the attendance', () => {
    assert.deepEqual(summary(parseFixture('gds-shape.md')), [
      { text: 'Split the API quota between autoscaler and batch jobs', owner: 'Rosa P', due: null, done: false },
      { text: 'Add a runner-capacity dashboard', owner: 'Platform team', due: null, done: false },
      { text: 'Review autoscaler retry settings', owner: null, due: null, done: false },
    ]);
  });

  it('reads numbered lists under a bold "Action Items:" line, and not the response steps under "Actions Taken:"', () => {
    assert.deepEqual(
      summary(parseFixture('short-form-shape.md')).map((i) => i.text),
      ['Load-test the search service with the current index size.', 'Alert on container restarts above three per hour.', 'Add memory to the capacity review checklist.'],
    );
  });

  it('takes a task-list item anywhere as an action item, and plain bullets only in action sections', () => {
    const doc = parsePostmortem('# Notes\n\n- a plain bullet\n- [ ] a task outside any action section\n\n## Follow-ups\n\n- ship the fix\n- N/A\n');
    assert.deepEqual(doc.actionItems.map((i) => i.text), ['a task outside any action section', 'ship the fix']);
  });

  it('keeps sub-bullets as details of their item, but splits a group label into its items', () => {
    const doc = parsePostmortem('## Action Items\n\n- Improve testing\n  - with more fixtures\n- Short term:\n  - Add an alert\n  - Write a runbook\n');
    assert.deepEqual(doc.actionItems.map((i) => i.text), ['Improve testing', 'Add an alert', 'Write a runbook']);
  });

  it('reads "(done)" and "Done as of" markers on plain bullets', () => {
    const doc = parsePostmortem('## Action items\n\n- Add guards against invalid runtimes (done)\n- Turn the workflow back on **(Done as of 2026-01-03)**\n- Add a staging cluster\n');
    assert.deepEqual(doc.actionItems.map((i) => i.done), [true, true, false]);
  });

  it('gives a due date without a year the incident year', () => {
    const doc = parsePostmortem('**Date**: 2026-02-10\n\n## Action Items\n\n- [ ] Owner: Kim. Due: Mar 3.\n  Add alert\n');
    assert.equal(doc.actionItems[0].due, '2026-03-03');
  });
});

describe('action item owners and dates in free text', () => {
  const read = (line: string) => {
    const [item] = parsePostmortem(`**Date**: 2026-01-10\n\n## Action Items\n\n- [ ] ${line}\n`).actionItems;
    return { text: item.text, owner: item.owner, due: item.due };
  };

  it('takes a leading @handle as the owner, but not @here or @channel', () => {
    assert.deepEqual(read('@alice add the queue alert'), { text: 'add the queue alert', owner: '@alice', due: null });
    assert.equal(read('@here please review the alert thresholds').owner, null);
  });

  it('reads "assigned to" and "owned by" without a colon', () => {
    assert.deepEqual(read('Add the queue alert, assigned to @bob'), { text: 'Add the queue alert', owner: '@bob', due: null });
    assert.deepEqual(read('Rotate keys (owned by Jane Doe) by 03/15/2026'), { text: 'Rotate keys', owner: 'Jane Doe', due: '2026-03-15' });
  });

  it('reads "due <date>" without a colon and dates after a dash', () => {
    assert.deepEqual(read('Upgrade the cluster to 1.30 — due 2026-02-01'), { text: 'Upgrade the cluster to 1.30', owner: null, due: '2026-02-01' });
    assert.deepEqual(read('Add alert - @alice - 2026-02-01'), { text: 'Add alert', owner: '@alice', due: '2026-02-01' });
  });

  it('reads bold Owner/Due labels written inline one after the other, before or after the task', () => {
    assert.deepEqual(read('Add alert **Owner:** @bob **Due:** 2026-01-01'), { text: 'Add alert', owner: '@bob', due: '2026-01-01' });
    assert.deepEqual(read('**Owner:** SRE **Due:** 2026-02-01 Add alert'), { text: 'Add alert', owner: 'SRE', due: '2026-02-01' });
    assert.deepEqual(read('Add alert Owner: Bob Smith Due: 2026-01-01'), { text: 'Add alert', owner: 'Bob Smith', due: '2026-01-01' });
  });

  it('does not take a version number or a date inside the task for a due date', () => {
    assert.deepEqual(read('Freeze production until 2026-11-20 unless an exception is granted'), { text: 'Freeze production until 2026-11-20 unless an exception is granted', owner: null, due: null });
  });
});

describe('unfilled GDS-style action items', () => {
  it('reads "[Action] : [Owner] — YYYY-MM-DD" as an item with no owner and no due date', () => {
    const [item] = parsePostmortem('### Actions\n\n* [Action] : [Owner] — YYYY-MM-DD\n').actionItems;
    assert.deepEqual([item.owner, item.due], [null, null]);
  });
});
