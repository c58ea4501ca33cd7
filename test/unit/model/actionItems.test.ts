import assert from 'node:assert/strict';
import { parsePostmortem } from '../../../src/core/model/parse';
import { lintPostmortem } from '../../../src/core/lint/engine';
import { parseFixture } from './fixtures';
import { findMoments } from '../../../src/core/metrics';
import { describeMoment } from '../../../src/core/metrics/describe';

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

  it('places an owner or due value written twice in an item where its label is (editing the due date edits the date)', () => {
    const text = '## Action items\n\n- Add a canary (owner: TBD, due: TBD)\n- Add a probe (due: TBD, owner: TBD)\n- Ask Ana to review the alert (owner: Ana)\n';
    const doc = parsePostmortem(text);
    const before = (range: { start: number } | null) => text.slice(range!.start - 7, range!.start);
    assert.deepEqual(doc.actionItems.map((i) => [before(i.ownerRange), i.dueRange && before(i.dueRange)]), [['owner: ', ', due: '], ['owner: ', ' (due: '], ['owner: ', null]]);
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

  it('reads "Target" as a due column alone or as "Target date", not "Target Ref"; and a column of required actions beside a Status', () => {
    const table = (first: string) => `# Cleanup\n\n## Current state\n\n| Repository | ${first} | Remediation Action Required | Current Status |\n| --- | --- | --- | --- |\n| spec | \`master\` | Restore the branch head | OUTSTANDING |\n| generator | \`next\` | Delete the branch | Done |\n`;
    assert.deepEqual(summary(parsePostmortem(table('Target Ref / Artifact'))), [
      { text: 'Restore the branch head', owner: null, due: null, done: false },
      { text: 'Delete the branch', owner: null, due: null, done: true },
    ]);
    // The branch a row is about is not a due date written wrongly: the open item simply has none.
    const dueFindings = lintPostmortem(parsePostmortem(table('Target Ref / Artifact'))).filter((f) => f.ruleId === 'action-item-due');
    assert.deepEqual(dueFindings.map((f) => f.message), ['Action item has no due date: add the date it should be done by ("due: YYYY-MM-DD").']);
    assert.deepEqual(summary(parsePostmortem(table('Target date').replace('`master`', '2026-07-01'))).map((i) => i.due), ['2026-07-01', null]);
    // A Status column beside a column that does not name actions is not an action table.
    assert.deepEqual(summary(parsePostmortem('# Outage\n\n## Impact\n\n| Service | Description | Status |\n| --- | --- | --- |\n| API | Served errors | Degraded |\n')), []);
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

  it('reads an item that opens with the day it was completed, and keeps a time in that day', () => {
    const doc = parsePostmortem('## Action items\n\n- Completed on 2026-10-05: raise the alert threshold\n- Fixed on Oct 6 at 14:30: add the retry budget\n- Rotate the keys, completed on 2026-10-07\n');
    assert.deepEqual(doc.actionItems.map((i) => [i.text, i.done]), [['raise the alert threshold', true], ['add the retry budget', true], ['Rotate the keys', true]]);
  });

  it('reads a struck-through task with a note after it as done, a "When:" label as the due date, and a template\'s "Example:" item as none', () => {
    const doc = parsePostmortem('**Date**: 2026-09-14\n\n## Remediation\n\n- Example: add an alert on queue depth\n- ~~Increase worker count~~ (superseded by the split above)\n- [ ] Review alert thresholds -- Responsible: SRE, When: next sprint\n- Split the workers by tier -- Who: Lena, When: Oct 1\n');
    assert.deepEqual(summary(doc), [
      { text: 'Increase worker count (superseded by the split above)', owner: null, due: null, done: true },
      { text: 'Review alert thresholds', owner: 'SRE', due: null, done: false },
      { text: 'Split the workers by tier', owner: 'Lena', due: '2026-10-01', done: false },
    ]);
  });

  it('gives a due date without a year none when the postmortem has no date, and says so', () => {
    const text = '# Webhook delays\n\n## Action items\n\n- Priya will add circuit breakers by October 15.\n- Add an alert (owner: Omar, due: 2026-10-01)\n';
    assert.deepEqual(summary(parsePostmortem(text)).map((i) => i.due), [null, '2026-10-01']);
    const messages = lintPostmortem(parsePostmortem(text), { now: new Date('2026-09-01T00:00:00Z') }).filter((f) => f.ruleId.startsWith('action-item-')).map((f) => f.message);
    assert.deepEqual(messages, ['Action item due date "October 15" has no year, and the postmortem has no date to take it from: write it as YYYY-MM-DD.']);
  });

  it('reads a due day counted from the postmortem\'s date ("due Friday", "by EOW"), and says so when it is past or has no date to count from', () => {
    const items = '## Action items\n\n- [ ] @sam: jitter cache TTLs (due Friday)\n- [ ] @li: add a stampede dashboard — by EOW\n- [ ] @ana: load test the cache tier (due: EOQ)\n- [ ] @kai: request coalescing (ETA: next sprint)\n';
    const doc = parsePostmortem(`# Cache stampede\n\n**Date:** 2026-11-18\n\n${items}`);
    assert.deepEqual(summary(doc).map((i) => [i.text, i.owner, i.due]), [
      ['jitter cache TTLs', '@sam', '2026-11-20'],
      ['add a stampede dashboard', '@li', '2026-11-20'],
      ['load test the cache tier', '@ana', '2026-12-31'],
      ['request coalescing', '@kai', null],
    ]);
    const messages = (text: string) => lintPostmortem(parsePostmortem(text), { now: new Date('2026-12-07T00:00:00Z') }).filter((f) => f.ruleId === 'action-item-due' || f.ruleId === 'action-item-overdue').map((f) => f.message);
    assert.deepEqual(messages(`# Cache stampede\n\n**Date:** 2026-11-18\n\n${items}`).slice(0, 2), [
      'Action item was due 2026-11-20 ("Friday" counted from the postmortem\'s date, 17 days ago) and is still open: finish it, set a new date, or mark it done.',
      'Action item was due 2026-11-20 ("EOW" counted from the postmortem\'s date, 17 days ago) and is still open: finish it, set a new date, or mark it done.',
    ]);
    assert.equal(messages(`# Cache stampede\n\n${items}`)[0], 'Action item due date "Friday" is counted from a day, and the postmortem has no date to count it from: write it as YYYY-MM-DD.');
    // A period in the section's heading, which the message names, as the item's line holds no date.
    assert.deepEqual(messages('# Cache stampede\n\n**Date:** 2026-11-18\n\n## Action items\n\n### Short-term (Next Week)\n\n- Jitter cache TTLs (owner: Sam)\n'), [
      'Action item was due 2026-11-27 ("Next Week" in its section\'s heading, 10 days ago) and is still open: finish it, set a new date, or mark it done.',
    ]);
  });

  it('takes no year for due dates from a timeline that names days without one ("Sep 30, 9:02 PM")', () => {
    // The timeline's days were read in the year 2000, and the items were "26 years overdue".
    const text = '# Empty exports (Sept 30)\n\n### Timeline (all times PDT)\n\n- **Sep 30, 9:02 PM** — export job starts\n- **Oct 1, 6:47 AM** — first support ticket\n- **Oct 2, 10:58 AM** — incident closed\n\n### What we\'re changing\n\n- [ ] Fail the export on zero rows — @nk, due 10/15\n- [ ] Move exports to a drained replica — target: end of Q4\n- [ ] Send a note to customers @amaru by Oct 3\n';
    const doc = parsePostmortem(text);
    assert.deepEqual(summary(doc).map((i) => [i.owner, i.due]), [['@nk', null], [null, null], ['@amaru', null]]);
    const messages = lintPostmortem(doc, { now: new Date('2026-12-07T00:00:00Z') }).filter((f) => f.ruleId === 'action-item-due' || f.ruleId === 'action-item-overdue').map((f) => f.message);
    assert.deepEqual(messages, ['10/15', 'end of Q4', 'Oct 3'].map((written) => `Action item due date "${written}" has no year, and the postmortem has no date to take it from: write it as YYYY-MM-DD.`));
    const resolved = findMoments(doc).resolved;
    assert.equal(describeMoment('resolved', resolved!, findMoments(doc).started!.time.toISOString().slice(0, 10)), 'Resolved Oct 2 17:58 UTC (line 7, timeline)', 'no year 2000 shown, and PDT read as declared');
  });

  it('reads the value left standing in a table cell whose old value is struck out ("~~2026-10-01~~ 2026-12-20")', () => {
    const text = '# X\n\n**Date**: 2026-09-08\n\n## Corrective actions\n\n| Action | Owner | Due date | Status |\n|---|---|---|---|\n| Document the rollover | ~~Kim~~ Priya S. | ~~2026-10-01~~ 2026-12-20 | Blocked |\n| Alert on failures | Lee | 2026-11-02 | Open |\n';
    assert.deepEqual(summary(parsePostmortem(text)).map((i) => [i.owner, i.due]), [['Priya S.', '2026-12-20'], ['Lee', '2026-11-02']]);
  });

  it('reads "(owner: X, by DATE)" as an owner and a due date, and a closing "Done." as finished', () => {
    const text = '# X\n\n**Date**: 2026-11-20\n\n## Follow-up\n\n1. Page on delivery queue depth, not only warn (owner: Platform on-call rotation, by 2026-12-01). Done.\n2. Keep per-endpoint concurrency limits on by default (owner: Tomás, by Dec 10).\n3. Shorten the delivery timeout (owner: Tomás, before 2027-01-08)\n';
    assert.deepEqual(summary(parsePostmortem(text)).map((i) => [i.text, i.owner, i.due, i.done]), [
      ['Page on delivery queue depth, not only warn.', 'Platform on-call rotation', '2026-12-01', true],
      ['Keep per-endpoint concurrency limits on by default.', 'Tomás', '2026-12-10', false],
      ['Shorten the delivery timeout', 'Tomás', '2027-01-08', false],
    ]);
  });

  it('reads the items of an Azure-style review, done "(Completed)" and due by "(Estimated completion: January 2027)"', () => {
    const text = '# PIR\n\n**Date**: 2026-11-19\n\n## How are we making incidents like this less likely or less impactful?\n\n- We have added latency as a health signal to our safe deployment process. (Completed)\n- We are improving our tooling to allow faster rollback. (Estimated completion: January 2027)\n\n## How can customers make incidents like this less impactful?\n\n- Consider using geo-redundant storage for critical workloads.\n';
    assert.deepEqual(summary(parsePostmortem(text)).map((i) => [i.text, i.due, i.done]), [
      ['We have added latency as a health signal to our safe deployment process.', null, true],
      ['We are improving our tooling to allow faster rollback.', '2027-01-31', false],
    ]);
  });

  it('reads Owner, Target and Status written together in brackets after an item, and leaves no stray punctuation in its text', () => {
    const items = [
      'Write to the vendor (Owner: Lena, Target: 2026-10-10, Status: Done)',
      'Share the review (Owner: Sam, Status: Done)',
      'Pin the SDK (Owner: Sam; Due: 2026-10-24; Status: In progress)',
    ];
    const doc = parsePostmortem(`# X\n\n## Follow-up tasks\n\n${items.map((i, n) => `${n + 1}. ${i}`).join('\n')}\n`);
    assert.deepEqual(summary(doc).map((i) => [i.text, i.owner, i.due, i.done]), [
      ['Write to the vendor', 'Lena', '2026-10-10', true],
      ['Share the review', 'Sam', null, true],
      ['Pin the SDK', 'Sam', '2026-10-24', false],
    ]);
  });

  it('reads an Assignee among fields kept apart by middle dots, and "Unassigned" as no owner', () => {
    const doc = parsePostmortem('# X\n\n**Date:** 2026-11-18\n\n## Follow-ups\n\n- Remove the stale schedule · Assignee: Tomás Reyes · Priority: High · ENG-4410\n- Review every scaling job · Assignee: Unassigned · Priority: Low\n');
    assert.deepEqual(summary(doc).map((i) => [i.text, i.owner]), [['Remove the stale schedule · Priority: High · ENG-4410', 'Tomás Reyes'], ['Review every scaling job · Priority: Low', null]]);
  });

  it('reads an incident tool\'s follow-ups: fields after the task kept apart by middle dots, with the status and what is missing in words', () => {
    const doc = parsePostmortem([
      '# X', '', '**Reported:** 3 Sep 2026, 07:45 BST', '', '## Follow-ups', '',
      '- **Alert on indexer consumer lag** — Assigned to Maya Chen · Due 14 Oct 2026 · Outstanding',
      '- **Make the indexer rejoin its group** — Assigned to Theo Park · Due 30 Sep 2026 · Completed',
      '- **Add a runbook entry for stale search** — Unassigned · No due date · Outstanding',
      '- **Review the patching order** — Assigned to Infra Squad · Due end of October · In progress',
      '',
    ].join('\n'));
    assert.deepEqual(summary(doc).map((i) => [i.text, i.owner, i.due, i.done]), [
      ['Alert on indexer consumer lag', 'Maya Chen', '2026-10-14', false],
      ['Make the indexer rejoin its group', 'Theo Park', '2026-09-30', true],
      ['Add a runbook entry for stale search', null, null, false],
      ['Review the patching order', 'Infra Squad', '2026-10-31', false],
    ]);
    // "Unassigned" is the owner still to name (its range is where a fix writes one); "No due date" is no date.
    const { ownerRange, dueRange } = doc.actionItems[2];
    assert.equal(ownerRange && doc.text.slice(ownerRange.start, ownerRange.end), 'Unassigned');
    assert.equal(dueRange, null);
  });

  it('reads tickets\' follow-ups: an owner beside a time that names no day, a closing note saying where it was done, a crossed-off task after its ticket', () => {
    const doc = parsePostmortem([
      '# X', '', 'Date: 2026-08-22', '', '## Follow-up tickets', '',
      '- [BILL-2292](https://jira.example.com/browse/BILL-2292) Alert when the export has not started by 02:15 (@finance-eng, next sprint)',
      '- [BILL-2293](https://jira.example.com/browse/BILL-2293) Keep chronyd running during maintenance — fixed in the maintenance playbook',
      '- [OPS-880](https://jira.example.com/browse/OPS-880) ~~Page Finance when an export is missing~~ won\'t do, Finance has no on-call',
      '- [OPS-881](https://jira.example.com/browse/OPS-881) ~~Page Finance~~ after the reorg',
      '- [ ] https://gitlab.example.com/gl/registry/-/issues/8812 - Lint every migration for index builds - @dmarsh - 2026-10-15',
      '',
    ].join('\n'));
    assert.deepEqual(summary(doc).map((i) => [i.owner, i.done]), [['@finance-eng', false], [null, true], [null, true], [null, false], ['@dmarsh', false]]);
    // An issue's address before the task is its ticket, not part of what to do.
    assert.deepEqual([doc.actionItems[4].text, doc.actionItems[4].ticket], ['Lint every migration for index builds', '#8812']);
    const { dueRange } = doc.actionItems[0];
    assert.equal(dueRange && doc.text.slice(dueRange.start, dueRange.end), 'next sprint');
    assert.equal(doc.actionItems[1].text, 'BILL-2293 Keep chronyd running during maintenance');
  });

  it('reads the fields of a recommendation written as a heading from a line under it that keeps them apart by middle dots', () => {
    const doc = parsePostmortem([
      '# X', '', '**Date:** 2026-09-02', '', '## Recommendations', '',
      '### R1. Require MFA for partner accounts', '', '**Priority:** High · **Owner:** Identity Team · **Target:** within 30 days', '',
      'Roll out TOTP for all partner users.', '',
      '### R2. Add breached-password screening', '', '**Priority:** Medium · **Owner:** Identity Team · **Target:** Q4 2026', '',
    ].join('\n'));
    assert.deepEqual(summary(doc).map((i) => [i.text, i.owner, i.due]), [
      ['R1. Require MFA for partner accounts', 'Identity Team', '2026-10-02'],
      ['R2. Add breached-password screening', 'Identity Team', '2026-12-31'],
    ]);
  });

  it('reads titled paragraphs of fields after an action table as more items, and an owner cell that repeats its label', () => {
    const doc = parsePostmortem([
      '# X', '', '**Date:** 2026-10-09', '', '## Follow-up actions', '',
      '| Done | Action | Owner | Due |', '| --- | --- | --- | --- |',
      '| [ ] | Switch off old clusters only after traffic drops to zero | Owner: Sarah (SRE), Tom (Platform) | 2026-10-24 |', '',
      '**Audit flag evaluations during the window** (P1)', 'Owner: @noor', 'Due: 2026-10-17', '',
      '**Why this matters**', 'The window was six hours long.', '',
    ].join('\n'));
    assert.deepEqual(summary(doc).map((i) => [i.text, i.owner, i.due]), [
      ['Switch off old clusters only after traffic drops to zero', 'Sarah (SRE), Tom (Platform)', '2026-10-24'],
      ['Audit flag evaluations during the window (P1)', '@noor', '2026-10-17'],
    ]);
  });

  it('reads a status sub-bullet with a mark before its word, and an open box drawn before a task, out of the task', () => {
    const doc = parsePostmortem([
      '# X', '', 'Date: 2026-11-20', '', '## Remediation', '',
      '1. Alert on queue age over ten minutes', '   - DRI: @carla', '   - ETA: 2026-12-04', '   - Status: ✅ Done',
      '2. Load-test worker memory limits', '   - DRI: @femi', '   - ETA: 2026-12-18', '   - Status: 🟡 In progress', '',
      '- ⬜ Move transactional email to its own queue (DRI: @platform-team, ETA: Q1 2027)',
      '- ☐ Review every resource limit change (DRI: @carla, ETA: 2027-01-31)', '',
    ].join('\n'));
    assert.deepEqual(summary(doc).map((i) => [i.text, i.owner, i.done]), [
      ['Alert on queue age over ten minutes', '@carla', true],
      ['Load-test worker memory limits', '@femi', false],
      ['Move transactional email to its own queue', '@platform-team', false],
      ['Review every resource limit change', '@carla', false],
    ]);
  });

  it('reads owners written after the task in more ways, and not someone only copied in or pinged', () => {
    const items = [
      'Rotate agent images weekly → @kim',
      'Pin the base image version — @kim & @lee',
      'Alert on inode usage too [Dana]',
      'Audit every agent\'s disk size — Priya Shah (Platform), by 2026-12-01',
      'Team Payments to trim their build matrix',
      'Document the cleanup job /cc @ana',
      'Add a dashboard for agent disk (ping @ivo for details)',
    ];
    const doc = parsePostmortem(`# X\n\n**Date:** 2026-11-10\n\n## Action items\n\n${items.map((i) => `- [ ] ${i}`).join('\n')}\n`);
    assert.deepEqual(summary(doc).map((i) => [i.text, i.owner, i.due]), [
      ['Rotate agent images weekly', '@kim', null],
      ['Pin the base image version', '@kim, @lee', null],
      ['Alert on inode usage too', 'Dana', null],
      ['Audit every agent\'s disk size', 'Priya Shah', '2026-12-01'],
      ['trim their build matrix', 'Team Payments', null],
      ['Document the cleanup job /cc @ana', null, null],
      ['Add a dashboard for agent disk (ping @ivo for details)', null, null],
    ]);
    assert.equal(parsePostmortem('# X\n\n## Action items\n\n- Ship the fix (May)\n').actionItems[0].owner, null, 'a month is not a first name here');
    const arrows = parsePostmortem('# X\n\n## Action items\n\n- Rotate images weekly → Kim\n- Migrate the queue -> Postgres\n- Move the job → May\n').actionItems;
    assert.deepEqual(arrows.map((i) => [i.text, i.owner]), [['Rotate images weekly', 'Kim'], ['Migrate the queue -> Postgres', null], ['Move the job → May', null]]);
  });

  it('reads due dates written after an owner and a comma, with a weekday, or as an ISO week', () => {
    const items = ['Move caches (owner: @f, Dec 1st)', 'Document the job (owner: @d, before the next release)', 'Trim the matrix (owner: @k, due: Friday 4 December)', 'Cap the cache (owner: @e, due 2026-W50)'];
    const doc = parsePostmortem(`# X\n\n**Date:** 2026-11-10\n\n## Action items\n\n${items.map((i) => `- [ ] ${i}`).join('\n')}\n`);
    assert.deepEqual(doc.actionItems.map((i) => [i.text, i.owner, i.due, i.dueApproximate ?? false]), [
      ['Move caches', '@f', '2026-12-01', false],
      ['Document the job', '@d', null, false],
      ['Trim the matrix', '@k', '2026-12-04', false],
      ['Cap the cache', '@e', '2026-12-11', true],
    ]);
    const dueFinding = lintPostmortem(doc, { now: new Date('2026-11-12T00:00:00Z') }).find((f) => f.ruleId === 'action-item-due');
    assert.match(dueFinding?.message ?? '', /"before the next release" is not a date/);
  });

  it('reads a check mark, [x] or "yes" in a Done column as done, and an empty cell or "no" as open', () => {
    const doc = parsePostmortem('# X\n\n### Action items\n\n| Done | Action | Owner | Due |\n|---|---|---|---|\n| [x] | A | @v | 2026-11-28 |\n| ✓ | B | @n | 2026-12-01 |\n| yes | C | @v | 2026-12-05 |\n| | D | @t | 2026-12-19 |\n| no | E | @t | 2027-01-15 |\n');
    assert.deepEqual(summary(doc).map((i) => [i.text, i.done]), [['A', true], ['B', true], ['C', true], ['D', false], ['E', false]]);
  });

  it('closes a list item marked in brackets with any word a Status uses to close it, and not one whose brackets describe the task', () => {
    const items = [
      'Retry the upload (rejected: too costly)',
      'Page the DBA on lag (duplicate of #12)',
      'Shard the queue (out of scope)',
      'Add a second region [declined]',
      'Rewrite the importer (not required after the migration)',
      'Alert on requests (dropped by the load balancer)',
      'Clean up volumes (abandoned by the old cluster)',
      'Count the packets (dropped connections included)',
    ];
    const doc = parsePostmortem(`# X\n\n## Action items\n\n${items.map((i) => `- ${i}`).join('\n')}\n`);
    assert.deepEqual(summary(doc).map((i) => i.done), [true, true, true, true, true, false, false, false]);
  });

  it('closes an item whose status says it will not be done ("Won\'t do", "Cancelled", "Superseded by #12"), and reads a struck-out status as the one left standing', () => {
    const rows = [['A', 'Won\'t do'], ['B', 'Cancelled'], ['C', 'Superseded by #12'], ['D', 'Not needed'], ['E', '~~Open~~ Done'], ['F', 'In progress'], ['G', 'Not done']];
    const text = `# X\n\n**Date:** 2026-10-01\n\n## Action items\n\n| Action | Owner | Due | Status |\n|---|---|---|---|\n${rows.map(([a, s]) => `| ${a} | Kim | 2026-10-15 | ${s} |`).join('\n')}\n\n- Move to a new queue (won't do)\n- Rotate the keys [cancelled]\n`;
    const doc = parsePostmortem(text);
    assert.deepEqual(summary(doc).map((i) => [i.text, i.done]), [['A', true], ['B', true], ['C', true], ['D', true], ['E', true], ['F', false], ['G', false], ["Move to a new queue (won't do)", true], ['Rotate the keys [cancelled]', true]]);
    const overdue = lintPostmortem(doc, { now: new Date('2026-12-07T00:00:00Z') }).filter((f) => f.ruleId === 'action-item-overdue');
    assert.equal(overdue.length, 2, 'only the two open items are overdue');
  });

  it('reads done written "✔ Done", "(merged)", "(PR merged)", "— resolved by #123", "— landed in #455", "— in place since Oct 12", not "(partially done)"', () => {
    const lines = ['Add a canary ✔ Done', 'Add a canary (merged)', 'Add a canary (PR merged)', 'Add a canary (ticket closed)', 'Add a canary — resolved by #123', 'Add a canary — landed in #455', 'Add a canary — in place since Oct 12', 'Add a canary (partially done)', 'Add a canary — not done yet'];
    const doc = parsePostmortem(`# X\n\n**Date:** 2026-10-01\n\n## Action items\n\n${lines.map((l) => `- ${l}`).join('\n')}\n`);
    assert.deepEqual(doc.actionItems.map((i) => i.done), [true, true, true, true, true, true, true, false, false]);
    assert.deepEqual(doc.actionItems.slice(4, 6).map((i) => i.ticket), ['#123', '#455']);
  });

  it('reads owners written "**Kim**: …", "Kim & Lee: …", "(@kim / @lee)", "assigned to the SRE team", and "(Platform team, Q1)" with its quarter', () => {
    const text = '# X\n\n**Date:** 2026-10-01\n\n## Action items\n\n- [ ] **Kim**: add a canary\n- [ ] Kim & Lee: add a canary\n- [ ] Add a canary (@kim / @lee)\n- [ ] Add a canary — assigned to the SRE team\n- [ ] Add a canary (Platform team, Q1)\n- [ ] Note: the canary needs a dashboard\n';
    assert.deepEqual(summary(parsePostmortem(text)).map((i) => [i.text, i.owner, i.due]), [
      ['add a canary', 'Kim', null],
      ['add a canary', 'Kim & Lee', null],
      ['Add a canary', '@kim, @lee', null],
      ['Add a canary', 'SRE team', null],
      ['Add a canary', 'Platform team', '2027-03-31'],
      ['Note: the canary needs a dashboard', null, null],
    ]);
  });

  it('reads the owner from a dash-separated "@handle, due DATE" or "@handle (PR #123)", keeping the ticket in the text', () => {
    const text = '# X\n\n**Date**: 2026-10-01\n\n## Action Items\n\n- [ ] Fail the export on zero rows — @nk, due 10/15\n- [ ] Fail the export on zero rows @nk due 10/16\n- [ ] Alert on export duration — @tbui (PR #2231)\n- [ ] Alert on export duration @tbui (PR #2232)\n- [ ] Alert on export duration (@tbui, PR #2233)\n- [ ] Alert on export duration — @tbui, OBS-77\n';
    assert.deepEqual(summary(parsePostmortem(text)).map((i) => [i.text, i.owner, i.due]), [
      ['Fail the export on zero rows', '@nk', '2026-10-15'],
      ['Fail the export on zero rows', '@nk', '2026-10-16'],
      ['Alert on export duration (PR #2231)', '@tbui', null],
      ['Alert on export duration (PR #2232)', '@tbui', null],
      ['Alert on export duration (PR #2233)', '@tbui', null],
      ['Alert on export duration OBS-77', '@tbui', null],
    ]);
  });

  it('reads the sentences that commit to work under a bold "Next steps" label as items, not the label or a status line', () => {
    const text = '# Webhook delays\n\n**Date**: 2026-09-14\n\n## Summary\n\nWebhooks were delayed.\n\n**Next steps:**\n\nWe will move delivery state out of Redis. We will add per-endpoint circuit breakers by October 15.\n';
    assert.deepEqual(summary(parsePostmortem(text)), [
      { text: 'We will move delivery state out of Redis.', owner: null, due: null, done: false },
      { text: 'We will add per-endpoint circuit breakers.', owner: null, due: '2026-10-15', done: false },
    ]);
    assert.deepEqual(summary(parsePostmortem('# Sonnet outage\n\n## Status\n\nComplete, action items in progress\n\n## Summary\n\nSearch was down.\n')), []);
  });

  it('reads a name and a period as dash-separated segments, and leaves an open Status field out of the task', () => {
    const doc = parsePostmortem('**Incident date:** 2026-06-02\n\n## Action items\n\n1. Add per-key metrics — Jordan — end of July\n2. **Pre-warm the cache after deploys**\n   - Owner: @kim\n   - Status: In progress\n3. Rename the bucket — Platform — see the design doc\n');
    assert.deepEqual(summary(doc), [
      { text: 'Add per-key metrics', owner: 'Jordan', due: '2026-07-31', done: false },
      { text: 'Pre-warm the cache after deploys', owner: '@kim', due: null, done: false },
      { text: 'Rename the bucket — Platform — see the design doc', owner: null, due: null, done: false },
    ]);
  });

  it('reads the list under a bold label naming actions as items even below a heading that is itself an item', () => {
    const text = '## Action Items\n\n### Follow-up: add saturation alerts to the pool (owner: @sre-team)\n\n- **Follow-up actions**:\n  - Document pool sizing in the runbook\n  - Add a load test for checkout (done)\n\n### Follow-up: rotate the keys (owner: @sec)\n\n- Steps: revoke, reissue, redeploy\n';
    assert.deepEqual(summary(parsePostmortem(text)).map((i) => [i.text, i.done]), [
      ['add saturation alerts to the pool', false],
      ['Document pool sizing in the runbook', false],
      ['Add a load test for checkout', true],
      ['rotate the keys', false],
    ]);
  });

  it('ends a heading item\'s detail at an action table or list after it, whose rows and items are read as their own', () => {
    const text = '**Date**: 2026-11-28\n\n## Action Items\n\n#### 1) Pin the kernel version in the node image @mhernandez\n\n| Action | Owner | Due |\n| --- | --- | --- |\n| Add a canary node pool | | soon |\n| Alert on consumer lag | @ana | 2027-01-15 |\n\n- Completed on 2026-11-29: roll the old kernel back\n';
    assert.deepEqual(summary(parsePostmortem(text)), [
      { text: 'Pin the kernel version in the node image', owner: '@mhernandez', due: null, done: false },
      { text: 'Add a canary node pool', owner: null, due: null, done: false },
      { text: 'Alert on consumer lag', owner: '@ana', due: '2027-01-15', done: false },
      { text: 'roll the old kernel back', owner: null, due: null, done: true },
    ]);
  });

  it('reads "ACTION: Sam - rotate the keys - 03/15" as Sam\'s item, and a group word first as no owner', () => {
    const doc = parsePostmortem('**Date**: 2026-02-10\n\n## Action items\n\n- ACTION: Sam - rotate the signing keys - 03/15\n- Monitoring - add disk alerts - 2026-03-01\n');
    assert.deepEqual(summary(doc), [
      { text: 'rotate the signing keys', owner: 'Sam', due: '2026-03-15', done: false },
      { text: 'Monitoring — add disk alerts', owner: null, due: '2026-03-01', done: false },
    ]);
  });

  it('reads done written after a colon, in parentheses with a pull request, as a dashed word, or as a ticked box after the task; "(in progress)" as open', () => {
    const doc = parsePostmortem('**Date**: 2026-02-10\n\n## Action items\n\n- Add alert E (merged in #123)\n- Add alert F: fixed in v2.3.1\n- Add alert M - Implemented\n- Add alert O [x]\n- Add alert K (in progress)\n');
    assert.deepEqual(doc.actionItems.map((i) => [i.text, i.done]), [['Add alert E', true], ['Add alert F', true], ['Add alert M', true], ['Add alert O', true], ['Add alert K', false]]);
  });

  it('leaves words in parentheses after an owner field out of the task, and a date in them to the due date', () => {
    const doc = parsePostmortem('**Date**: 2026-06-02\n\n## Action items\n\n1. **Add request coalescing**\n   - Owner: Dana (platform)\n   - Due: June 30\n2. Tune eviction. Owner: Lee (due 2026-07-01)\n');
    assert.deepEqual(summary(doc), [
      { text: 'Add request coalescing', owner: 'Dana', due: '2026-06-30', done: false },
      { text: 'Tune eviction.', owner: 'Lee', due: '2026-07-01', done: false },
    ]);
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
  it('reads "[Action] : [Owner] — YYYY-MM-DD" as an unfilled template line, not an item', () => {
    assert.deepEqual(parsePostmortem('### Actions\n\n* [Action] : [Owner] — YYYY-MM-DD\n').actionItems, []);
  });

  it('reads "Add an alert : [Owner] — YYYY-MM-DD" as an item with no owner and no due date', () => {
    const [item] = parsePostmortem('### Actions\n\n* Add an alert : [Owner] — YYYY-MM-DD\n').actionItems;
    assert.deepEqual([item.text, item.owner, item.due], ['Add an alert', null, null]);
  });
});

describe('action items as real postmortems write them', () => {
  const items = (markdown: string) => parsePostmortem(markdown).actionItems.map((i) => ({ text: i.text, done: i.done }));
  const texts = (markdown: string) => parsePostmortem(markdown).actionItems.map((i) => i.text);

  it('keeps unindented bullets between numbered items as details of the item above', () => {
    const md = '## Action Items\n\n1. **Add engine metrics**\nWe plan to alert on:\n\n- Read amplification\n- Vacuum lag\n\n2. **Write runbooks**\nFor engine-level limits.\n';
    assert.deepEqual(texts(md).map((t) => t.split(' ').slice(0, 3).join(' ')), ['Add engine metrics', 'Write runbooks For']);
  });

  it('marks items done under a "completed" heading or after a "have been completed:" lead-in', () => {
    assert.deepEqual(items('## Action Items\n\n### Immediate actions (completed)\n\n- Rolled back the release\n\n### Open\n\n- Add load tests\n'), [
      { text: 'Rolled back the release', done: true },
      { text: 'Add load tests', done: false },
    ]);
    assert.deepEqual(items('## Follow-ups\n\nThe following action items are already completed:\n\n- Removed the auto refresh\n'), [{ text: 'Removed the auto refresh', done: true }]);
  });

  it('reads done marks at either end, and not the word "done" inside a task', () => {
    const md = '## Action items\n\n- Reverting the update ✔️\n- ✅ Pinned the chart version\n- Rotate keys :white_check_mark:\n- Add an alert [DONE]\n- Document what can be done in case it goes bad\n- Make sure this is done before the next deploy\n- Add an alert (not done yet)\n';
    assert.deepEqual(parsePostmortem(md).actionItems.map((i) => i.done), [true, true, true, true, false, false, false]);
    assert.deepEqual(texts(md).slice(0, 4), ['Reverting the update', 'Pinned the chart version', 'Rotate keys', 'Add an alert']);
  });

  it('reads done status cells written as people write them', () => {
    const md = '## Action Items\n\n| Action | Owner | Status |\n|---|---|---|\n| A | x | ✅ Done |\n| B | x | Done (2026-02-20) |\n| C | x | NOT DONE |\n| D | x | In progress |\n';
    assert.deepEqual(parsePostmortem(md).actionItems.map((i) => i.done), [true, true, false, false]);
  });

  it('does not take unfilled template lines or "nothing to do" lines for items', () => {
    const md = '## Action Items\n\n1. {{ summary }} [link to github issue]\n- [ ] \n- <describe the action>\n- None at this time.\n- No further action required.\n- N/A - resolved by vendor\n- Add a synthetic check\n';
    assert.deepEqual(texts(md), ['Add a synthetic check']);
  });

  it('ignores Who/When tables that describe the incident, and checkbox choices of a severity', () => {
    const md = '## Timeline\n\n| Time | Event | Who |\n|---|---|---|\n| 10:00 | Alert fired | PagerDuty |\n\n## Responders\n\n| Role | Who |\n|---|---|\n| Incident commander | @alice |\n\n## Severity\n\n- [ ] SEV1\n- [x] SEV2\n';
    assert.deepEqual(texts(md), []);
  });

  it('keeps subsections of an action section as action sections, and groups under a bare group word', () => {
    const md = '## Action Items\n\n### Detection\n\n- Add an alert for queue depth\n\n### Mitigation\n\n- Write a failover runbook\n\n- Short term\n  - Raise the pool size\n  - Add a canary\n';
    assert.deepEqual(texts(md), ['Add an alert for queue depth', 'Write a failover runbook', 'Raise the pool size', 'Add a canary']);
  });

  it('reads action headings by many names, and a bold or plain line used as one', () => {
    for (const heading of ['## Actionables', '## How are we preventing it from happening again?', '## Next Actions', '## Future Work', '**Action items**', 'Action Items']) {
      assert.deepEqual(texts(`# Outage\n\nSome text.\n\n${heading}\n\n- Add an alert\n`), ['Add an alert'], heading);
    }
  });

  it('reads labelled paragraphs anywhere, and short paragraphs in an action section without a list', () => {
    assert.deepEqual(
      parsePostmortem('## Remediation notes\n\n**Action item:** Declare incidents earlier. Owner: @lucas\n').actionItems.map((i) => [i.text, i.owner]),
      [['Declare incidents earlier.', '@lucas']],
    );
    assert.deepEqual(texts('## Action Items\n\nInvestigate with upstream why the cache format changed.\n\nAdd a test that fails when whole objects are cached (#9362).\n'), [
      'Investigate with upstream why the cache format changed.',
      'Add a test that fails when whole objects are cached (#9362).',
    ]);
  });

  it('does not take a timeline of follow-up events for action items', () => {
    assert.deepEqual(texts('## Follow-up timeline (times in BST)\n\n- 20:16 User reports errors\n- 20:30 Fix deployed\n'), []);
  });
});

describe('owners and due dates without the usual labels', () => {
  const read = (line: string, people = '') => {
    const [item] = parsePostmortem(`**Date**: 2026-02-10\n${people}\n\n## Action Items\n\n- ${line}\n`).actionItems;
    return { text: item.text, owner: item.owner, due: item.due };
  };

  it('reads AI:, TODO(x): and team prefixes', () => {
    assert.deepEqual(read('AI (Grace): update the rotation doc'), { text: 'update the rotation doc', owner: 'Grace', due: null });
    assert.deepEqual(read('TODO(alice): add an alert'), { text: 'add an alert', owner: 'alice', due: null });
    assert.deepEqual(read('Platform team: add a synthetic check'), { text: 'add a synthetic check', owner: 'Platform team', due: null });
    assert.deepEqual(read('The SRE team to add a synthetic check'), { text: 'add a synthetic check', owner: 'The SRE team', due: null });
  });

  it('reads owners and dates in a trailing group, but not a product name in parentheses', () => {
    assert.deepEqual(read('Add an alert (Alice, 2026-03-01)'), { text: 'Add an alert', owner: 'Alice', due: '2026-03-01' });
    assert.deepEqual(read('Upgrade ingress (SRE team, by 3/15)'), { text: 'Upgrade ingress', owner: 'SRE team', due: '2026-03-15' });
    assert.deepEqual(read('Improve routing (@kim, @lee)'), { text: 'Improve routing', owner: '@kim, @lee', due: null });
    assert.deepEqual(read('Add a dashboard [@pat]'), { text: 'Add a dashboard', owner: '@pat', due: null });
    assert.deepEqual(read('Tune autovacuum (PostgreSQL)'), { text: 'Tune autovacuum (PostgreSQL)', owner: null, due: null });
  });

  it('reads bracketed labels, labels with a dash, "owner @x" and a trailing handle and date', () => {
    assert.deepEqual(read('Add canary [Owner: Heidi] [Due: 2026-03-15]'), { text: 'Add canary', owner: 'Heidi', due: '2026-03-15' });
    assert.deepEqual(read('Add a dashboard. Owner - Pat Lee'), { text: 'Add a dashboard.', owner: 'Pat Lee', due: null });
    assert.deepEqual(read('Add alerts: owner @nina'), { text: 'Add alerts', owner: '@nina', due: null });
    assert.deepEqual(read('Add a load test, @judy, 2026-03-20'), { text: 'Add a load test', owner: '@judy', due: '2026-03-20' });
    assert.deepEqual(read('Review the runbook, assigned to Frank Li.'), { text: 'Review the runbook', owner: 'Frank Li', due: null });
  });

  it('reads due dates as people write them', () => {
    assert.equal(read('Add an alert by 3/15').due, '2026-03-15');
    assert.equal(read('Add an alert by 15th March').due, '2026-03-15');
    assert.equal(read('Add an alert by Tuesday, March 17, 2026').due, '2026-03-17');
    assert.equal(read('Add an alert by 2026-3-15').due, '2026-03-15');
    assert.equal(read('Add an alert by 03/01/2026').due, read('Add an alert by 3/1').due);
    // The end of the week of the postmortem's date (2026-02-10, a Tuesday): its Friday.
    assert.equal(read('Add an alert by EOW').due, '2026-02-13');
  });

  it('takes a person named in the participants as the owner of "X to …" and "X will …"', () => {
    const people = '**Participants**: Heidi Park, Maria Lopez';
    assert.deepEqual(read('Heidi Park to add a canary stage', people), { text: 'add a canary stage', owner: 'Heidi Park', due: null });
    assert.deepEqual(read('Maria Lopez will audit the IAM roles by March 20', people), { text: 'audit the IAM roles', owner: 'Maria Lopez', due: '2026-03-20' });
    assert.equal(read('Alerts to include the runbook link', people).owner, null);
  });
});

describe('lists after a numbered list', () => {
  it('reads a task list under its own bold heading as items, not as details of the numbered list above', () => {
    const md = '### Post-Mortem\n\n**Document:**\n1. Timeline of events\n2. Action items with owners\n\n**Action Items:**\n- [ ] Improve alerting\n- [ ] Add a runbook\n';
    assert.deepEqual(parsePostmortem(md).actionItems.map((i) => i.text), ['Improve alerting', 'Add a runbook']);
  });
});

describe('trailing groups and empty sections, from published postmortems', () => {
  it('does not take a clause that ends in "team" for an owner', () => {
    const [item] = parsePostmortem('## Action Items\n\n- Increased the scrutiny on workflow changes (requiring a review from someone on our security team)\n').actionItems;
    assert.equal(item.owner, null);
  });

  it('does not take "No immediate action items." for an item', () => {
    assert.deepEqual(parsePostmortem('## Action Items\n\n- No immediate action items.\n').actionItems, []);
  });
});

describe('more shapes from the synthetic evaluation', () => {
  const one = (md: string) => parsePostmortem(md).actionItems.map((i) => ({ text: i.text, owner: i.owner, due: i.due }));

  it('reads Owner and Due written as sub-bullets of the item', () => {
    assert.deepEqual(one('## Action Items\n\n- Add a dashboard for queue depth\n  - Owner: @pat\n  - Due: 2026-03-10\n'), [{ text: 'Add a dashboard for queue depth', owner: '@pat', due: '2026-03-10' }]);
  });

  it('reads a bare date in trailing parentheses, and "(@alice by D)"', () => {
    assert.deepEqual(one('## Action Items\n\n- Add a dashboard (2026-03-15)\n- Add an alert (@alice by 2026-03-01)\n'), [
      { text: 'Add a dashboard', owner: null, due: '2026-03-15' },
      { text: 'Add an alert', owner: '@alice', due: '2026-03-01' },
    ]);
  });

  it('drops unfilled owner and date placeholders after dashes from the text', () => {
    assert.deepEqual(one('## Action Items\n\n- [ ] Add a load test — [Name] — [Date]\n'), [{ text: 'Add a load test', owner: null, due: null }]);
  });

  it('keeps every subsection of an action section, and a paragraph beside labelled items is not an item', () => {
    assert.equal(parsePostmortem('## Action Items\n\n### Prevention\n\n- Add load tests\n\n### Timeline accuracy\n\n- Sync NTP on bastions\n').actionItems.length, 2);
    assert.deepEqual(one('## Remediation\n\nWe rolled back.\n\n**Follow-up:** Add a canary stage (@mo, due 2026-03-01)\n'), [{ text: 'Add a canary stage', owner: '@mo', due: '2026-03-01' }]);
  });
});

describe('done cells', () => {
  it('reads [x] and :white_check_mark: in a status column', () => {
    const md = '## Action Items\n\n| Item | DRI | Done? |\n|---|---|---|\n| Add quotas | Omar | [x] |\n| Add tests | Omar | No |\n| Fix alert | Pia | :white_check_mark: |\n';
    assert.deepEqual(parsePostmortem(md).actionItems.map((i) => i.done), [true, false, true]);
  });
});

describe('first names as owners', () => {
  it('takes a common first name followed by "to" or "will" as the owner, but not a thing', () => {
    const read = (line: string) => parsePostmortem(`## Action Items\n\n- ${line}\n`).actionItems.map((i) => [i.text, i.owner])[0];
    assert.deepEqual(read('Heidi to add a canary stage to the pipeline'), ['add a canary stage to the pipeline', 'Heidi']);
    assert.deepEqual(read('AI: Grace to update the on-call rotation doc'), ['update the on-call rotation doc', 'Grace']);
    assert.deepEqual(read('Alerts to include the runbook link'), ['Alerts to include the runbook link', null]);
  });

});

describe('action items: other languages, prose under "What we are doing", bracketed priorities', () => {
  it('reads a German action table whose due column is "Bis", its dates and "erledigt"', () => {
    const doc = parsePostmortem('# Ausfall\n\n## Maßnahmen\n\n| Maßnahme | Verantwortlich | Bis | Status |\n|---|---|---|---|\n| Alarm bei fehlgeschlagener Verlängerung | Jonas Weber | 31.10.2026 | offen |\n| Verlängerung manuell angestoßen | Jonas Weber | 12.10.2026 | erledigt |\n');
    assert.deepEqual(summary(doc), [
      { text: 'Alarm bei fehlgeschlagener Verlängerung', owner: 'Jonas Weber', due: '2026-10-31', done: false },
      { text: 'Verlängerung manuell angestoßen', owner: 'Jonas Weber', due: '2026-10-12', done: true },
    ]);
  });

  it('reads the work a "What we are doing" section tells in prose, each sentence an item, done when the authors say they did it', () => {
    const doc = parsePostmortem("# Files API errors\n\n## What we're doing\n\nWe are lowering the rebalance bandwidth so a single node failure cannot throttle the cluster. We are also adding an alert on write throttling. Finally, we have already replaced the failed disk.\n");
    assert.deepEqual(summary(doc).map((i) => [i.text, i.done]), [
      ['We are lowering the rebalance bandwidth so a single node failure cannot throttle the cluster.', false],
      ['We are also adding an alert on write throttling.', false],
      ['Finally, we have already replaced the failed disk.', true],
    ]);
    // What the authors learned is no work done.
    const learned = parsePostmortem("# X\n\n## What we're doing\n\nWe have learned a lot from this incident about how the storage cluster rebalances. We are adding a limit on rebalance bandwidth. We will page on write throttling.\n");
    assert.deepEqual(summary(learned).map((i) => i.text), ['We are adding a limit on rebalance bandwidth.', 'We will page on write throttling.']);
  });

  it('reads a priority in brackets before the task as no part of it, a task crossed off after it, and "unowned" as no owner', () => {
    const doc = parsePostmortem('# X\n\n## Action items\n\n1. [P0] Cache DNS lookups in the shared HTTP client — @omar, by 2026-09-05\n2. [P2] Add DNS resolution to the load test suite — unowned\n3. [P1] ~~Raise the resolver limit~~ — dropped, hides the symptom\n');
    assert.deepEqual(summary(doc), [
      { text: 'Cache DNS lookups in the shared HTTP client', owner: '@omar', due: '2026-09-05', done: false },
      { text: 'Add DNS resolution to the load test suite', owner: null, due: null, done: false },
      { text: 'Raise the resolver limit — dropped, hides the symptom', owner: null, due: null, done: true },
    ]);
  });

  it('reads a Jira export\'s Resolution column as the status ("Fixed", "Won\'t Fix", "Unresolved"), not one that tells the fix', () => {
    const doc = parsePostmortem("# X\n\n## Follow-up tickets\n\n| Key | Summary | Assignee | Resolution | Due |\n|---|---|---|---|---|\n| BILL-3301 | Add a reconciliation check | Marta Ruiz | Fixed | 2026-08-20 |\n| BILL-3302 | Backfill test data | Unassigned | Unresolved | 2026-09-01 |\n| BILL-3303 | Alert Finance automatically | Ken Obi | Won't Fix | 2026-09-15 |\n");
    assert.deepEqual(summary(doc).map((i) => i.done), [true, false, true]);
    const told = parsePostmortem('# X\n\n## Action items\n\n| Problem | Resolution | Owner |\n|---|---|---|\n| Stale cache | Fixed the TTL and added an alert on cache age | Kim |\n');
    assert.deepEqual(summary(told).map((i) => i.done), [false]);
  });

  it('reads each line of a paragraph that opens with "AI:" as an item, and drops a dash left before the full stop', () => {
    const doc = parsePostmortem('# X\n\n**Date:** 2026-10-21\n\n## Action items\n\nAI: Leo to make the worker reconnect on READONLY errors, by Oct 31.\nAI: Dana to add a failover drill to the staging calendar — due 2026-11-15.\nAI: Ravi to alert on worker error rate (done).\n');
    assert.deepEqual(summary(doc), [
      { text: 'make the worker reconnect on READONLY errors', owner: 'Leo', due: '2026-10-31', done: false },
      { text: 'add a failover drill to the staging calendar.', owner: 'Dana', due: '2026-11-15', done: false },
      { text: 'alert on worker error rate.', owner: 'Ravi', due: null, done: true },
    ]);
  });

  it('reads the changes a paragraph announces and then tells one sentence each ("First, we have changed …. Second, we will …")', () => {
    const doc = parsePostmortem('# Summary of the storage event\n\nThe event was triggered by a routine capacity addition.\n\nWe are making several changes as a result of this event. First, we have changed the capacity workflow so new hosts take traffic only when warm. Second, we will add a safety limit to the rate at which hosts join the fleet. Third, we are improving the isolation between zones.\n\nFinally, we want to apologize for the impact.\n');
    assert.deepEqual(summary(doc).map((i) => [i.text, i.done]), [
      ['First, we have changed the capacity workflow so new hosts take traffic only when warm.', true],
      ['Second, we will add a safety limit to the rate at which hosts join the fleet.', false],
      ['Third, we are improving the isolation between zones.', false],
    ]);
    // With no date field, the day the opening says it happened on gives a due date without a year its year.
    const dated = parsePostmortem('# Summary of the storage event\n\nWe want to tell you about the disruption on November 12, 2026.\n\nWe are making several changes. First, we will add a safety limit by the end of December.\n');
    assert.deepEqual(summary(dated).map((i) => i.due), ['2026-12-31']);
  });

  it('reads a check mark after the ticket in a tracking cell as done, and icons labelling owner and date segments', () => {
    const table = parsePostmortem('# X\n\n## Action items\n\n| Action | Type | Owner | Tracking |\n|---|---|---|---|\n| Pin the HTTP client | Mitigate | @team/cart | [CART-881](https://jira.example.com/browse/CART-881) ✅ |\n| Run a soak test | Prevent | @team/perf | [PERF-120](https://jira.example.com/browse/PERF-120) |\n');
    assert.deepEqual(summary(table).map((i) => [i.owner, i.done]), [['@team/cart', true], ['@team/perf', false]]);
    const icons = parsePostmortem('# X\n\n## Follow-ups\n\n- 🛠 Autoscale indexers on lag — 👤 @omar — 📅 2026-04-01\n- 📣 Announce schema migrations — 👤 @omar — ✅ done\n');
    assert.deepEqual(summary(icons), [
      { text: '🛠 Autoscale indexers on lag', owner: '@omar', due: '2026-04-01', done: false },
      { text: '📣 Announce schema migrations', owner: '@omar', due: null, done: true },
    ]);
  });

  it('reads the list after "We will:" as items wherever it stands', () => {
    const doc = parsePostmortem('# The registry was read-only\n\n## Conclusion\n\nWe are sorry for the disruption. We will:\n\n- alert when a replication slot holds more than 10 GB of logs;\n- rebuild replicas from a snapshot.\n');
    assert.deepEqual(summary(doc).map((i) => i.text), ['alert when a replication slot holds more than 10 GB of logs', 'rebuild replicas from a snapshot.']);
  });

  it('reads fields in braces closing an item as in brackets, not braces in its text', () => {
    const doc = parsePostmortem('# X\n\n## Action items\n\n- Add an alert {owner: jo, due: 2026-11-01}\n- Rotate keys {@kim, 2026-12-01}\n- Template the `{service}` name in alerts\n');
    assert.deepEqual(summary(doc), [
      { text: 'Add an alert', owner: 'jo', due: '2026-11-01', done: false },
      { text: 'Rotate keys', owner: '@kim', due: '2026-12-01', done: false },
      { text: 'Template the {service} name in alerts', owner: null, due: null, done: false },
    ]);
  });

  it('gives a due date without a year the year of the day the document says it was last updated, when nothing else dates it', () => {
    const doc = parsePostmortem('# Review\n\n*Last updated: October 9, 2026*\n\n## Action items\n\n| Action | Owner | Due |\n|---|---|---|\n| Add alert | Kim | Oct 24 |\n');
    assert.deepEqual(summary(doc).map((i) => i.due), ['2026-10-24']);
  });
  it('reads commitments a follow-up joins with semicolons as one item each, when each part names who will do it', () => {
    const doc = parsePostmortem('# Incident summary: 2026-08-30 uploads failing\n\nIncident: uploads failed from 14:12 to 14:49 UTC.\nCause: the disk filled with temporary files.\nFollow-up: @yara will add a disk usage alert by 2026-09-06; @tom will add the cleanup to the service by 2026-09-20.\n\n## Notes\n\n- Follow-up: the SRE team will move the cron into the service; Priya to remove the old host by 2026-10-01.\n');
    assert.deepEqual(summary(doc), [
      { text: 'add a disk usage alert', owner: '@yara', due: '2026-09-06', done: false },
      { text: 'add the cleanup to the service.', owner: '@tom', due: '2026-09-20', done: false },
      { text: 'move the cron into the service', owner: 'the SRE team', due: null, done: false },
      { text: 'remove the old host.', owner: 'Priya', due: '2026-10-01', done: false },
    ]);
    // Each item sits at its own words, so its findings point at them.
    assert.deepEqual(doc.actionItems.slice(0, 2).map((item) => doc.text.slice(item.range.start, item.range.start + 5)), ['@yara', '@tom ']);
    // Parts without an owner each are one task list, as written.
    const plain = parsePostmortem('# X\n\n## Summary\n\nFollow-up: add alerts on queue depth; document the runbook.\n');
    assert.deepEqual(summary(plain).map((i) => i.text), ['add alerts on queue depth; document the runbook.']);
  });

  it('reads a bullet that opens with a plain "Follow-up:" label as an item anywhere, as it reads a bold one', () => {
    const doc = parsePostmortem('# X\n\n## Notes\n\n- Impact: 40 minutes of errors.\n- Follow-up: add disk alerts to the image hosts.\n- Action items: none\n- AI: @kim to raise the consumer limit.\n');
    assert.deepEqual(summary(doc).map((i) => [i.text, i.owner]), [['add disk alerts to the image hosts.', null], ['raise the consumer limit.', '@kim']]);
  });
  it('reads a table whose header is a title row (a Confluence export) by the bold column names in its first row', () => {
    const doc = parsePostmortem('# X\n\n## Corrective and preventative measures\n\n| **Corrective and preventative measures** | | | | |\n|---|---|---|---|---|\n| **Action** | **Owner** | **Jira** | **Due date** | **Status** |\n| Set the DNS cache TTL to 30 s | Tomás Ferreira | PAY-2291 | 27 Feb 2026 | Done |\n| Alert on connections to a replica | Hannah Lindqvist | DBA-377 | 31 Mar 2026 | To do |\n');
    assert.deepEqual(summary(doc), [
      { text: 'Set the DNS cache TTL to 30 s', owner: 'Tomás Ferreira', due: '2026-02-27', done: true },
      { text: 'Alert on connections to a replica', owner: 'Hannah Lindqvist', due: '2026-03-31', done: false },
    ]);
  });

  it('reads the list under "What we\'re changing", and a GitLab checklist\'s handles beside labels, done dates and dates in brackets', () => {
    const changing = parsePostmortem("# The morning our sync engine ate your notes\n\n## What we're changing\n\n1. Add a deploy-time check on flag values (owner: Marco).\n2. Announce every flag change in Slack (owner: Sam) — done.\n");
    assert.deepEqual(summary(changing).map((i) => [i.owner, i.done]), [['Marco', false], ['Sam', true]]);
    const gitlab = parsePostmortem('# Registry 503s\n\n**Date:** 2026-03-14\n\n## Corrective actions\n\n- [x] Add registry health to the CI status dashboard @asato — done 2026-03-15\n- [ ] Runbook: when to use read-only mode @jmarsh (due: 2026-04-03)\n- [ ] Add a step to the rotation checklist @pnguyen ~"documentation" due 17 April\n- [ ] Decide whether MR images belong in the registry ~"needs-decision" @lfontaine (ETA end of Q2)\n');
    assert.deepEqual(summary(gitlab), [
      { text: 'Add registry health to the CI status dashboard', owner: '@asato', due: null, done: true },
      { text: 'Runbook: when to use read-only mode', owner: '@jmarsh', due: '2026-04-03', done: false },
      { text: 'Add a step to the rotation checklist', owner: '@pnguyen', due: '2026-04-17', done: false },
      { text: 'Decide whether MR images belong in the registry', owner: '@lfontaine', due: '2026-06-30', done: false },
    ]);
  });
  it('leaves review notes folded in a <details> block under the actions, and reads actions folded under a summary naming them', () => {
    const doc = parsePostmortem('# Registry 503s\n\n## Corrective actions\n\n- [ ] Alert when registry-gc has not run in 26h @lfontaine\n\n<details><summary>Postmortem review notes (2026-03-18)</summary>\n\n- Kept at S2: no customer impact.\n- @asato asked whether MR pipelines push images; moved to #4480.\n\n</details>\n\n## Notes\n\n<details><summary>Follow-up actions</summary>\n\n- Rotate the registry token yearly (owner: @okeller)\n\n</details>\n');
    assert.deepEqual(summary(doc).map((i) => [i.text, i.owner]), [['Alert when registry-gc has not run in 26h', '@lfontaine'], ['Rotate the registry token yearly', '@okeller']]);
  });
  it('reads numeric due dates day first in a column that writes one only so, and a French owner still to be named as none', () => {
    const doc = parsePostmortem("# Post-mortem\n\n## Actions correctives\n\n| Action | Responsable | Échéance | Statut |\n|---|---|---|---|\n| Mettre à jour le firmware | Karim Haddad | 15/05/2026 | En cours |\n| Préparer un modèle de message | Service communication | 08/05/2026 | Fait |\n| Coordonner les certificats | À définir | fin juin 2026 | À faire |\n");
    assert.deepEqual(summary(doc).map((i) => [i.owner, i.due]), [['Karim Haddad', '2026-05-15'], ['Service communication', '2026-05-08'], [null, '2026-06-30']]);
    const american = parsePostmortem('# X\n\n## Action items\n\n| Action | Owner | Due |\n|---|---|---|\n| Add alert | Kim | 08/05/2026 |\n| Add runbook | Lee | 12/20/2026 |\n');
    assert.deepEqual(summary(american).map((i) => i.due), ['2026-08-05', '2026-12-20']);
  });
});
