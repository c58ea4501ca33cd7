// Blame in polite board reports and in ironic newsroom prose: a sneer set between a person and what they did ("the DBA,
// true to form, vetoed …"), the same jibe twice in a sentence, "is what stopped the presses", "after X re-cabled …, the
// lines lost contact", "believing it to be unused", "the wrong press by X", an alarm left unanswered, a title's full
// stop ("Mr. Ueda") that no pattern may stop at, duties and consequences left with the people served, and sanctions
// written as action items. Beside each, what only looks like it: the same words about software, praise, a fix, a leave.
import assert from 'node:assert/strict';
import { vocabularyFindings } from './vocabularyFindings';

describe('blaming language: sneers, indirect causes and polite sanctions, and their look-alikes', () => {
  it('reports a sneer between a person and their action, not praise or software', () => {
    assert.deepEqual(vocabularyFindings('The storage lead, true to form, postponed the upgrade until the array was full.'), ['recurrence-jibe']);
    assert.deepEqual(vocabularyFindings('The network team, as they so often do, marked our ticket as low priority.'), ['recurrence-jibe']);
    assert.deepEqual(vocabularyFindings('The QA team, faithful to its habits, tested the release on a single phone.'), ['recurrence-jibe']);
    assert.deepEqual(vocabularyFindings('The platform team, in its infinite wisdom, rotated every certificate on a Friday.'), ['recurrence-jibe']);
    assert.deepEqual(vocabularyFindings('Naturally, Oren picked the Friday before the holiday for the upgrade, and naturally the pager went off all weekend.', ['Oren']), ['recurrence-jibe']);
    assert.deepEqual(vocabularyFindings('The storage lead, true to form, stayed calm and walked us through the recovery.'), []);
    assert.deepEqual(vocabularyFindings('Kubernetes, in its infinite wisdom, rescheduled every pod at once.'), []);
    assert.deepEqual(vocabularyFindings('The scheduler, faithful to its habits, retried the job at midnight.'), []);
    assert.deepEqual(vocabularyFindings('Naturally, the scheduler retried the job, and naturally it failed again.'), []);
  });

  it('reports an action named as what did the harm, not a fix named as what saved the day', () => {
    assert.deepEqual(vocabularyFindings("Dr. Ueda's schema change to the billing tables is what froze the month-end run.", ['Ueda']), ['person-action-as-cause']);
    assert.deepEqual(vocabularyFindings('After Ines re-seated the line card, both sites lost connectivity for an hour.', ['Ines']), ['person-action-as-cause']);
    assert.deepEqual(vocabularyFindings("Ines's config change is what restored the link.", ['Ines']), []);
    assert.deepEqual(vocabularyFindings('After Ines re-seated the line card, both sites came back within a minute.', ['Ines']), []);
  });

  it('reports consequences and mistaken beliefs tied to a person, not to a tool', () => {
    assert.deepEqual(vocabularyFindings('Tomás deleted the audit trail before anyone had copied it, which has made the review far more difficult.', ['Tomás']), ['action-then-consequence']);
    assert.deepEqual(vocabularyFindings('Priya decided to reindex the catalogue three times, which filled the search cluster.', ['Priya']), ['action-then-consequence']);
    assert.deepEqual(vocabularyFindings('Bogdan unplugged the second power feed, believing it to be spare.', ['Bogdan']), ['action-then-consequence']);
    assert.deepEqual(vocabularyFindings('The purge ran against what she believed was the staging bucket.'), ['action-then-consequence']);
    assert.deepEqual(vocabularyFindings('The new image was pushed to the wrong registry by Halvard.', ['Halvard']), ['action-then-consequence']);
    assert.deepEqual(vocabularyFindings('Kemal restarted the pods one at a time instead of all at once, and that is the whole reason the site stayed up.', ['Kemal']), []);
    assert.deepEqual(vocabularyFindings('The cleanup job deleted the temporary tables, which made the nightly run faster.'), []);
    assert.deepEqual(vocabularyFindings('The image was pushed to the wrong registry by the release bot.'), []);
  });

  it('reports an alarm left unanswered and a warning lamp overridden by a person', () => {
    assert.deepEqual(vocabularyFindings('The duty engineer left the disk alarm unacknowledged for two hours.'), ['absent-during-incident']);
    assert.deepEqual(vocabularyFindings('Mr. Haas chose to keep the kiln running despite the red warning light.', ['Haas']), ['warned-before']);
    assert.deepEqual(vocabularyFindings('The load balancer left the connection unanswered after the timeout.'), []);
    assert.deepEqual(vocabularyFindings('Mr. Haas chose to keep the kiln running while the spare was fitted.', ['Haas']), []);
  });

  it('puts the duty and the consequences on the people served only in so many words', () => {
    assert.deepEqual(vocabularyFindings('Resellers who skipped the migration notice have no grounds to complain about the outage.'), ['brought-it-on-themselves']);
    assert.deepEqual(vocabularyFindings('Dealers using unofficial diagnostic cables must accept the consequences.'), ['brought-it-on-themselves']);
    assert.deepEqual(vocabularyFindings('The firmware was published on time; that two stations never installed it is their own problem.'), ['brought-it-on-themselves']);
    assert.deepEqual(vocabularyFindings('Dealers reported the fault within minutes, and we accept the consequences of the delay.'), []);
  });

  it('reports sanctions written as action items, not changes for everyone', () => {
    assert.deepEqual(vocabularyFindings('- Remove Mr. Lindqvist from the list of authorised deployers (Owner: CTO)', ['Lindqvist']), ['sanction-on-person']);
    assert.deepEqual(vocabularyFindings('- Require Ayodele to get a second signature on every firewall change.', ['Ayodele']), ['sanction-on-person']);
    assert.deepEqual(vocabularyFindings('| Remind Quentin, once again, not to patch the core switch alone | Ops | 2027-02-01 |', ['Quentin']), ['sanction-on-person']);
    assert.deepEqual(vocabularyFindings('- Open a disciplinary file on the night operator.'), ['disciplinary-process']);
    assert.deepEqual(vocabularyFindings('- Mandatory retraining for Ilse on the change process.', ['Ilse']), ['disciplinary-process']);
    assert.deepEqual(vocabularyFindings('- Ilse shadows a senior operator for a month before she is allowed back on the night rota.', ['Ilse']), ['disciplinary-process']);
    assert.deepEqual(vocabularyFindings('- Mandatory retraining for all on-call engineers on the new failover tool.'), []);
    assert.deepEqual(vocabularyFindings('- Require every change to get a second signature before it is applied.'), []);
  });

  it('reads insinuations and rhetorical questions aimed at people', () => {
    assert.deepEqual(vocabularyFindings('It is hard not to notice that Rolf was on shift for all three of them.', ['Rolf']), ['insinuation']);
    assert.deepEqual(vocabularyFindings('Nobody will be surprised to learn that the change came from the same desk as last time.'), ['insinuation']);
    assert.deepEqual(vocabularyFindings("There is a pattern here: both outages began during Signe's on-call week.", ['Signe']), ['insinuation']);
    assert.deepEqual(vocabularyFindings('Who, in their right mind, restarts the primary in the middle of the payroll run?'), ['who-thought-it-was-fine']);
    assert.deepEqual(vocabularyFindings('Is it too much to expect that the night operators read the handover note?'), ['question-at-person']);
    assert.deepEqual(vocabularyFindings('It is hard not to notice how much faster the new index is.'), []);
  });
});
