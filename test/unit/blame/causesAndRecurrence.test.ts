// A person's change named as the cause in more words ("modification", "refactoring", "since …'s change"), a culprit
// "was identified", the same person or team again, and "between keyboard and chair". Each beside its look-alike.
import assert from 'node:assert/strict';
import { findBlamingLanguage } from '../../../src/core/blame';
import { vocabularyFindings } from './vocabularyFindings';

describe('blaming language: causes, culprits and recurrence in more words', () => {
  it("reports a person's modification or refactoring named as the cause, not a system's", () => {
    assert.deepEqual(vocabularyFindings("It all started with Anke's modification of the heartbeat interval.", ['Anke']), ['person-action-as-cause']);
    assert.deepEqual(vocabularyFindings("Since Tariq's refactoring of the lookup, unlocks have been failing for one request in twenty.", ['Tariq']), ['person-action-as-cause']);
    assert.deepEqual(vocabularyFindings("Since the scheduler's reconfiguration, unlocks have been failing for one request in twenty."), []);
    assert.deepEqual(vocabularyFindings("Since Tariq's refactoring of the lookup, unlocks have been faster.", ['Tariq']), []);
  });

  it('reports lag that built up immediately after a person touched a setting, not after a deploy finished', () => {
    assert.deepEqual(vocabularyFindings('Consumer lag built up immediately after Jonas touched the partition count.', ['Jonas']), ['person-action-as-cause']);
    assert.deepEqual(vocabularyFindings('Consumer lag built up immediately after the nightly compaction started.'), []);
  });

  it('reports a culprit that was identified as a person, not one identified as a thing', () => {
    assert.deepEqual(vocabularyFindings('The culprit was identified within an hour from the audit log: Rosa Marin.', ['Rosa Marin']), ['disciplinary-process']);
    assert.deepEqual(vocabularyFindings('The culprit was identified within an hour: a stale DNS record.'), []);
  });

  it('reports the same person or team again, not the same failure again', () => {
    assert.deepEqual(vocabularyFindings('One more Friday, one more hotfix by Nadia Petrova.', ['Nadia Petrova']), ['recurrence-jibe']);
    assert.deepEqual(vocabularyFindings('Once again it was the Lyon NOC that missed the alarm.'), ['recurrence-jibe']);
    assert.deepEqual(vocabularyFindings('Once again it was the disk that filled up first.'), []);
    assert.deepEqual(vocabularyFindings('One more week, one more hotfix by the release pipeline.'), []);
  });

  it('reports "between keyboard and chair", not a desk layout', () => {
    assert.deepEqual(vocabularyFindings('The problem sat, as so often, between keyboard and chair.'), ['pebkac']);
    assert.deepEqual(vocabularyFindings('The cable runs between the keyboard tray and the desk.'), []);
  });

  it('does not read "due to them being …" after a plural noun as a person, and still reads "because of the DBA team"', () => {
    assert.deepEqual(vocabularyFindings('Users noticed missing notifications, due to them being tied up in the backlog.'), []);
    assert.deepEqual(vocabularyFindings('The rollout stalled because of the DBA team.'), ['caused-by-person']);
  });

  it('reports a person acting on production instead of a test system, not a pipeline doing so', () => {
    assert.deepEqual(vocabularyFindings('| 14:37 | Ana Ruiz starts the cert rotation on PROD instead of INT | Trigger |', ['Ana Ruiz']), ['action-without-safeguard']);
    assert.deepEqual(vocabularyFindings('| 14:37 | The pipeline deploys the build to production instead of staging | Trigger |'), []);
  });

  it('reports a rhetorical "how can a developer forget …?", not a question about how a system forgets', () => {
    assert.deepEqual(vocabularyFindings('How can a developer with five years on the team forget that the package must be signed?'), ['question-at-person']);
    assert.deepEqual(vocabularyFindings('How can the scheduler forget a lease it just renewed?'), []);
  });

  it('reports "it was X who pressed the button", not "it was X who spotted it"', () => {
    assert.deepEqual(vocabularyFindings('In the end, it was Oliver Frank who pressed the button.', ['Oliver Frank']), ['it-was-them-who']);
    assert.deepEqual(vocabularyFindings('In the end, it was Oliver Frank who spotted the alert.', ['Oliver Frank']), []);
  });

  it('reads a refactor, a merge or a hotfix as a thing that did not update or check, and still reads a person\'s refactor that broke something', () => {
    const all = (text: string, people: string[] = []) => findBlamingLanguage(text, { people }).map((f) => f.id);
    assert.deepEqual(all("- **Communication Gap**: Refactor didn't update all consumers"), []);
    assert.deepEqual(all('The hotfix never checked the queue depth.'), []);
    assert.deepEqual(all("Sam's refactor broke login.", ['Sam']), ['person-action-as-cause']);
  });

  it('reports an outage that began with, or was taken offline by, a person\'s change, and traces directly to them', () => {
    assert.deepEqual(vocabularyFindings("The outage on the motor tax renewal service began with Ciarán's change to the payment gateway timeout.", ['Ciarán']), ['person-action-as-cause']);
    assert.deepEqual(vocabularyFindings("Siobhán's schema migration is what took the passport renewal queue offline.", ['Siobhán']), ['person-action-as-cause']);
    assert.deepEqual(vocabularyFindings('The data protection breach traces directly to Rory attaching the unredacted extract to a public ticket.', ['Rory']), ['person-action-as-cause']);
    assert.deepEqual(vocabularyFindings('The outage on the west cluster began with the kernel upgrade.'), []);
    assert.deepEqual(vocabularyFindings('The data loss traces directly to the cron job purging the bucket.'), []);
  });

  it('reports errors that began the minute a person acted, a trigger that was their campaign, a change that cost us', () => {
    assert.deepEqual(vocabularyFindings('The USSD session timeouts began the minute Chebet touched the gateway config.', ['Chebet']), ['person-action-as-cause']);
    assert.deepEqual(vocabularyFindings("The trigger for the incident was Oduor's bulk SMS campaign.", ['Oduor']), ['person-action-as-cause']);
    assert.deepEqual(vocabularyFindings("Collins' one-line change to the rounding function cost us KES 380,000.", ['Collins']), ['person-action-as-cause']);
    assert.deepEqual(vocabularyFindings('The timeouts began the minute the cron job started.'), []);
    assert.deepEqual(vocabularyFindings('The trigger for the incident was the nightly batch job.'), []);
  });
});
