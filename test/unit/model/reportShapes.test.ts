// Shapes found in a fourth set of published postmortems (test/fixtures/real-world-2), each with examples written here.
import assert from 'node:assert/strict';
import { parsePostmortem } from '../../../src/core/model/parse';

const items = (text: string) => parsePostmortem(text).actionItems.map((i) => ({ text: i.text, done: i.done, due: i.due }));
const texts = (text: string) => items(text).map((i) => i.text);

describe('action items written as published reports write them', () => {
  it('reads tasks written one a line with no list marker, each line a sentence of its own', () => {
    const doc = '# Queue stall\n\n## Corrective and Preventive Measures\nAdd a canary for the queue consumer.\nMinimize the number of queue types we run.\nBetter paging for stalled consumers.\n';
    assert.deepEqual(texts(doc), ['Add a canary for the queue consumer.', 'Minimize the number of queue types we run.', 'Better paging for stalled consumers.']);
    // A sentence wrapped over two lines is one paragraph, not two items.
    const wrapped = '# Queue stall\n\n## Follow-up\n\nWe will add a canary for the queue consumer so that\nthe next stall pages someone within minutes.\n';
    assert.deepEqual(texts(wrapped), ['We will add a canary for the queue consumer so that the next stall pages someone within minutes.']);
  });

  it('recognises "Future Improvements" and "Remedial Measures" as sections of actions', () => {
    for (const heading of ['Lessons Learned and Future Improvements', 'Remedial Measures']) {
      assert.deepEqual(texts(`# Outage\n\n## ${heading}\n\n- Page on queue depth\n`), ['Page on queue depth'], heading);
    }
  });

  it('reads "Action point:" paragraphs, with a "This has been done" sub-bullet as done', () => {
    const doc = '# Split\n\n## Lessons\n\nAction point: open a mailing list for operators.\n- This has been done, sign up at the list page.\n\nAction point: make the fork monitor push alerts.\n';
    assert.deepEqual(items(doc).map((i) => [i.text, i.done]), [['open a mailing list for operators.', true], ['make the fork monitor push alerts.', false]]);
  });

  it('reads lists and paragraphs under "Actions planned:" / "Action taken:" labels, taken ones as done', () => {
    const doc = [
      '# Bug report',
      '',
      '## Lessons learned',
      '',
      '### Reporting channels',
      '',
      'The bounty page did not list the node software.',
      '',
      '**Actions taken:**',
      '',
      '1. We have added the node software to the bounty scope.',
      '',
      '**Actions planned:**',
      '',
      '1. We will alert on new critical reports.',
      '1. We are reworking code review, so that reviewers will:',
      '   1. look at code the change does not touch',
      '',
      '**Action taken:**',
      '',
      'Our response runbook now names a private channel.',
      '',
      '**Action planned:** We will add monitoring for minting.',
    ].join('\n');
    assert.deepEqual(items(doc).map((i) => [i.text, i.done]), [
      ['We have added the node software to the bounty scope.', true],
      ['We will alert on new critical reports.', false],
      ['We are reworking code review, so that reviewers will', false],
      ['Our response runbook now names a private channel.', true],
      ['We will add monitoring for minting.', false],
    ]);
    // Under the response, "Actions taken:" are what responders did.
    assert.deepEqual(texts('# Bug\n\n## Response\n\n**Actions taken:**\n\n- Restarted the node\n'), []);
    // A plain paragraph before a list is no label.
    assert.deepEqual(texts('# Bug\n\n## Reporting\n\nWe looked at:\n\n1. the bounty page\n'), []);
  });

  it('reads a list introduced by "we will do the following:" as actions, outside an action section too', () => {
    const doc = '# Delays\n\n## Recovery and Lessons Learned\n\nGoing forward, we will do the following to avoid similar issues:\n\n- Add monitoring for replica lag.\n- Raise the rate limits for node operators.\n';
    assert.deepEqual(texts(doc), ['Add monitoring for replica lag.', 'Raise the rate limits for node operators.']);
    assert.deepEqual(texts('# Delays\n\n## Recovery\n\nThe following services were affected:\n\n- the replica\n'), []);
  });

  it('gives items the due period their group heading names, the end of a range', () => {
    const doc = '# Outage\n\n## Remediation\n\n### Long-term Improvements (Target: Q4 2025 - Q1 2026)\n\n- Load test the pools\n- Drill incident response (due 2025-12-01)\n\n### Short-term Improvements (tracked in #12)\n\n- Add a circuit breaker\n';
    assert.deepEqual(items(doc).map((i) => [i.text, i.due]), [['Load test the pools', '2026-03-31'], ['Drill incident response', '2025-12-01'], ['Add a circuit breaker', null]]);
  });

  it('reads the checkboxes under a checkbox that ends in a colon as its parts, not as items', () => {
    const doc = '# Launch\n\n## Action Items\n\n- [ ] Ensure alerting is in place for:\n  - [ ] the claims backend\n  - [ ] the indexer\n- [ ] Add read replicas\n';
    assert.deepEqual(texts(doc), ['Ensure alerting is in place for', 'Add read replicas']);
  });
});

describe('changes announced in prose, one paragraph each', () => {
  it('reads the paragraphs that follow an announcement of changes and open as one of them', () => {
    const doc = [
      '# Flags outage',
      '',
      'On Monday the flags service was down for two hours, and we’ll be making several changes so that it does not happen again.',
      '',
      'To start with, every SDK will stop retrying flag requests.',
      '',
      'Secondly, we’ll add a manual override to the database health checks.',
      '',
      'Then the service recovered on its own.',
      '',
      'Finally, thanks to everyone who reported it.',
    ].join('\n');
    assert.deepEqual(texts(doc), ['To start with, every SDK will stop retrying flag requests.', 'Secondly, we’ll add a manual override to the database health checks.']);
    // "This is already released" says it is done.
    assert.deepEqual(items(doc.replace('flag requests.', 'flag requests. This is already released for all SDKs.'))[0].done, true);
    // Without the announcement, an ordinal paragraph is narration.
    assert.deepEqual(texts('# Outage\n\nFirst, we will look at the logs, as we always do.\n'), []);
  });
});
