// Blame in the words of a hospital board paper and of a fintech's chat: the duty handed back to the people served ("the
// chargebacks are on them, not on us", "choosing to stay on", "if cardholders had protected their PINs properly",
// "must accept their share of responsibility", "the clinic's responsibility"), a person's account that "does not bear
// scrutiny", "did it not occur to …?", "was nobody curious …?", "which goes a long way to explaining", "changed something
// and we haven't had … since", switched off "before checking whether", "does nothing until", a quoted remark that
// "turned into" an outage, "not the first time X breaks", "Typical X:", "nobody can say X wasn't warned", "decided,
// alone,", a letter of concern, training redone, "any reasonably diligent engineer in X's position", calls not taken
// seriously. And judgment words said of data and software: sloppy encoding, a lazy model, a dumb helper, an
// incompetent-looking error message, a human-error safeguard. Beside each, what only looks like it.
import assert from 'node:assert/strict';
import { flagged, vocabularyFindings } from './vocabularyFindings';


describe('blaming language: board papers, chat asides and judgments of software, and their look-alikes', () => {
  it('finds the duty handed back to the people served, not the people served reporting a problem', () => {
    assert.deepEqual(vocabularyFindings('The broker keyed the account number wrong, so the returned payments are on them, not on us.'), ['duty-on-people']);
    assert.deepEqual(vocabularyFindings('Merchants who refuse to rotate their keys are choosing to stay exposed.'), ['duty-on-people']);
    assert.deepEqual(vocabularyFindings('If cardholders protected their PINs properly, this fraud spike would not exist.'), ['duty-on-people']);
    assert.deepEqual(vocabularyFindings('The merchant who committed their webhook secret to a public gist created this breach.'), ['duty-on-people']);
    assert.deepEqual(vocabularyFindings('Clinicians who skipped the results tab must accept their share of the responsibility for the delay.'), ['duty-on-people']);
    assert.deepEqual(vocabularyFindings("It is ultimately the clinic's responsibility to check the results inbox every morning."), ['duty-on-people']);
    assert.deepEqual(vocabularyFindings('Merchants who reported the duplicate webhooks helped us find the retry bug.'), []);
    assert.deepEqual(vocabularyFindings('If cardholders enable the new alerts, they will see each charge as it happens.'), []);
    assert.deepEqual(vocabularyFindings('The clinic confirmed at 09:10 that the results inbox was empty.'), []);
  });

  it("finds a person's account said not to bear scrutiny, and questions about why a team did not think or look", () => {
    assert.deepEqual(vocabularyFindings('The duty manager\'s explanation, that she "thought the feed was paused", does not bear close scrutiny.'), ['insinuation']);
    assert.deepEqual(vocabularyFindings('Did it not occur to the integration team that a bank-holiday cutover might need cover?'), ['exasperated-question']);
    assert.deepEqual(vocabularyFindings('Was nobody in the payments squad curious why refunds tripled overnight?'), ['exasperated-question']);
    assert.deepEqual(vocabularyFindings("The vendor's explanation of the outage matches our own logs."), []);
    assert.deepEqual(vocabularyFindings('Did the alert not fire because the threshold was set to 99%?'), []);
  });

  it('finds an action tied to what it explains or left broken, not the system doing the same', () => {
    assert.deepEqual(vocabularyFindings('Dr Osei\'s registrars kept ordering on paper all week, which goes a long way to explaining the duplicate requests.', ['Osei']), ['action-then-consequence']);
    assert.deepEqual(vocabularyFindings('> "Priya changed something on the Monday and we have not had a clean import since." - Pharmacy', ['Priya']), ['action-then-consequence']);
    assert.deepEqual(vocabularyFindings('Rafael switched off the old SFTP host before checking whether any partner still used it.', ['Rafael']), ['action-then-consequence']);
    assert.deepEqual(vocabularyFindings('| 07:10 | Siobhan logs in, sees the queue, and does nothing until the 09:30 huddle | |', ['Siobhan']), ['action-then-consequence']);
    assert.deepEqual(vocabularyFindings('The retention job switched off the old SFTP host before checking whether any partner still used it.'), []);
    assert.deepEqual(vocabularyFindings('Rafael switched off the old SFTP host after checking that no partner had used it for a year.', ['Rafael']), []);
  });

  it('finds remarks about a person in chat: a quote that turned into an outage, recurrence, "typical", warnings', () => {
    assert.deepEqual(vocabularyFindings('Bruno\'s "só um restart rapidinho" at 18:05 turned into a three-hour outage.', ['Bruno']), ['person-action-as-cause']);
    assert.deepEqual(vocabularyFindings('Not the first time the growth squad changes the checkout on a Friday and calls it an experiment.'), ['recurrence-jibe']);
    assert.deepEqual(vocabularyFindings('Typical Rodrigo: ship first, test never.', ['Rodrigo']), ['insinuation']);
    assert.deepEqual(vocabularyFindings("Nobody can say Débora wasn't warned: the runbook had a red box about it.", ['Débora']), ['insinuation']);
    assert.deepEqual(vocabularyFindings('Fernanda decided, alone, at midnight, to lower the fraud threshold.', ['Fernanda']), ['insinuation']);
    assert.deepEqual(vocabularyFindings('The status page banner turned into a useful channel for sellers.'), []);
    assert.deepEqual(vocabularyFindings('Not the first time the disk has filled up on a Sunday; the cleanup cron runs on Mondays.'), []);
    assert.deepEqual(vocabularyFindings('Fernanda decided, with the incident commander, to lower the fraud threshold.', ['Fernanda']), []);
  });

  it('finds a letter of concern, training redone and a diligent engineer in the same position', () => {
    assert.deepEqual(vocabularyFindings('| 4 | Send a letter of concern to the evening pharmacy team about their handling of the alerts | Chief Pharmacist | 31/01/2027 |'), ['sanction-on-person']);
    assert.deepEqual(vocabularyFindings('| AI-3 | Caio redoes the incident-response training, since the first attempt clearly did not stick | Lead | 2027-02-01 |', ['Caio']), ['sanction-on-person']);
    assert.deepEqual(vocabularyFindings("Any reasonably careful analyst in Dev Patel's position would have phoned the lab first.", ['Dev Patel']), ['any-competent']);
    assert.deepEqual(vocabularyFindings('It is hard to avoid the conclusion that the night team simply did not take the pager seriously.'), ['did-not-bother']);
    assert.deepEqual(vocabularyFindings('| 4 | Send a letter of thanks to the evening pharmacy team | Chief Pharmacist | 31/01/2027 |'), []);
    assert.deepEqual(vocabularyFindings('Every engineer redoes the incident-response training each year.'), []);
  });

  it('leaves judgment words said of data, models, helpers and error messages alone, unless a person made them', () => {
    assert.equal(flagged('The partner file had sloppy encoding: Windows-1252 mixed into UTF-8.'), false);
    assert.equal(flagged('The scoring model was a bit lazy with first-time devices.'), false);
    assert.equal(flagged("The SDK's upload helper is, frankly, dumb: it retries every 4xx."), false);
    assert.equal(flagged('An incompetent-looking error message ("Error 0x0") told the desk nothing.'), false);
    assert.equal(flagged('A human-error safeguard, a confirmation prompt, exists but is off by default.'), false);
    assert.deepEqual(vocabularyFindings('Kemal wrote sloppy encoding logic for the export.', ['Kemal']), ['sloppy']);
    assert.deepEqual(vocabularyFindings('Root cause: human error on the night shift.'), ['human-error']);
  });
});
