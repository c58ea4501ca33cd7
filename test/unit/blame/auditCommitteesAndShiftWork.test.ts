// Blame in the words of reports to an audit committee and of shift work on a quay or a plant floor: a batch that
// "overran" or a crane that "stood still" after a person acted, a change "from" or "by" a person that sent or started
// something, asides left for the committee ("may wish to draw its own conclusions", "I leave the board to connect the
// dots", "perhaps a coincidence that … on X's shifts", "we now know who"), questions about who decided a batch "could run
// without" its check, the people served called "the real source" of a failure or told they "must learn to", HR informed
// about a person's behaviour, access "of" a contractor revoked, a "more conscientious officer", people told twice "and
// still", scare-quoted experience, drivers and planners as people. Beside each, what only looks like it. And the pre-
// filter: an entry's cue admits every sentence its pattern reads (a cue that left out the pattern's own verbs, a
// possessive pronoun or an honorific's full stop hid the finding).
import assert from 'node:assert/strict';
import { vocabularyFindings } from './vocabularyFindings';

describe('blaming language: audit committees, shift work and cues, and their look-alikes', () => {
  it("finds a person's change named as what cut, locked or blocked something, whatever the sentence says after it", () => {
    assert.deepEqual(vocabularyFindings("Saoirse's routing change cut the feed between the billing engine and the ledger at 03:10.", ['Saoirse']), ['person-action-as-cause']);
    assert.deepEqual(vocabularyFindings("Tobias's permission tweak locked every branch manager out of the approvals queue.", ['Tobias']), ['person-action-as-cause']);
    assert.deepEqual(vocabularyFindings("It all started with Mr. Okafor's change to the tariff table.", ['Okafor']), ['person-action-as-cause']);
    assert.deepEqual(vocabularyFindings('The routing change cut the feed between the billing engine and the ledger at 03:10.'), []);
    assert.deepEqual(vocabularyFindings("Saoirse's routing change cut the recovery time from an hour to four minutes.", ['Saoirse']), []);
  });

  it('finds a run that overran or a line that stood still after a person acted, not after the system did', () => {
    assert.deepEqual(vocabularyFindings('The settlement run overran its 19:00 deadline because Ines re-pointed the rates feed at the test file.', ['Ines']), ['person-action-as-cause']);
    assert.deepEqual(vocabularyFindings('After Ruben re-sequenced the berth plan, loading on quay 3 stood still for forty minutes.', ['Ruben']), ['person-action-as-cause']);
    assert.deepEqual(vocabularyFindings('The settlement run overran its 19:00 deadline because the rates feed arrived late.'), []);
    assert.deepEqual(vocabularyFindings('After Ruben re-sequenced the berth plan, loading on quay 3 resumed.', ['Ruben']), []);
  });

  it('finds a change from or by a person that sent or started something, and where it all points', () => {
    assert.deepEqual(vocabularyFindings('The new allocation rule from Ingrid sent every forklift to aisle 9 at once.', ['Ingrid']), ['person-action-as-cause']);
    assert.deepEqual(vocabularyFindings('A two-line edit by Matteo started the whole cascade.', ['Matteo']), ['person-action-as-cause']);
    assert.deepEqual(vocabularyFindings('The missing invoices trace straight back to the batch Priyanka re-ran by hand on Sunday.', ['Priyanka']), ['person-action-as-cause']);
    assert.deepEqual(vocabularyFindings('Everything points to the cron job that Lars added last spring.', ['Lars']), ['person-action-as-cause']);
    assert.deepEqual(vocabularyFindings('The new allocation rule from the solver sent every forklift to aisle 9 at once.'), []);
    assert.deepEqual(vocabularyFindings('Everything points to the cron job that the package installer added.'), []);
  });

  it('finds a team that stopped reading its alerts named as the reason, not a dashboard that stopped refreshing', () => {
    assert.deepEqual(vocabularyFindings('The drift went unnoticed for nine days because the treasury team stopped reading the variance report.'), ['person-action-as-cause']);
    assert.deepEqual(vocabularyFindings('The drift went unnoticed for nine days because the variance dashboard stopped refreshing.'), []);
  });

  it('finds asides left for a committee or a board, not an invitation to read figures', () => {
    assert.deepEqual(vocabularyFindings('Yet another quarter-end, yet another Treasury rollback; the board may wish to draw its own conclusions.'), ['insinuation']);
    assert.deepEqual(vocabularyFindings('This is the fourth release this year to coincide with an outage; I leave the committee to connect the dots.'), ['insinuation']);
    assert.deepEqual(vocabularyFindings("It is perhaps a coincidence that all three reconciliation failures happened on Aurelio's shifts.", ['Aurelio']), ['insinuation']);
    assert.deepEqual(vocabularyFindings('We trust that Benedikt now understands why the freeze window exists.', ['Benedikt']), ['insinuation']);
    assert.deepEqual(vocabularyFindings('It is frankly a miracle that the ledger stayed consistent with Clodagh maintaining it.', ['Clodagh']), ['insinuation']);
    assert.deepEqual(vocabularyFindings('Our regulator has asked why the same individual keeps appearing in our breach reports.'), ['insinuation']);
    assert.deepEqual(vocabularyFindings('That Desmond approved the change with no rollback plan speaks for itself.', ['Desmond']), ['insinuation']);
    assert.deepEqual(vocabularyFindings('The board may wish to review the attached capacity figures before the next meeting.'), []);
    assert.deepEqual(vocabularyFindings('It is no coincidence that the failures cluster at quarter-end: that is when the batch peaks.'), []);
    assert.deepEqual(vocabularyFindings('We hope the new runbook now explains why the freeze window exists.'), []);
    assert.deepEqual(vocabularyFindings('The latency graph speaks for itself.'), []);
  });

  it('finds "we now know who" and "everyone here knows which" said of a culprit, not of whom to page', () => {
    assert.deepEqual(vocabularyFindings('The job did not fail by itself; someone in Treasury made it fail, and we now know who.'), ['we-all-know-who']);
    assert.deepEqual(vocabularyFindings('I suspect everyone in this meeting knows which analyst pressed approve.'), ['we-all-know-who']);
    assert.deepEqual(vocabularyFindings('We now know who to page for ledger problems.'), []);
    assert.deepEqual(vocabularyFindings('Everyone knows which runbook to open.'), []);
  });

  it('finds questions about who decided a run could go without its check, and how hard it is to read a screen', () => {
    assert.deepEqual(vocabularyFindings('Who, precisely, decided that the payroll file could run without the control totals?'), ['who-thought-it-was-fine']);
    assert.deepEqual(vocabularyFindings('Who decided that month-end was the right moment to rotate every signing key?'), ['who-thought-it-was-fine']);
    assert.deepEqual(vocabularyFindings('> "How hard is it to check the cut-off banner before you press go?" (note from the CFO)'), ['exasperated-question']);
    assert.deepEqual(vocabularyFindings('How hard is it to restore a ledger from the nightly snapshot?'), []);
    assert.deepEqual(vocabularyFindings('We asked who decided that the payroll file could run without control totals; the schedule dates from 2019.'), []);
  });

  it('finds the people served called the real source of a failure, or told they must learn, not people reporting it', () => {
    assert.deepEqual(vocabularyFindings('Employers who key contributions by hand are the real source of these mismatches.'), ['duty-on-people']);
    assert.deepEqual(vocabularyFindings('Policyholders who ignored the renewal letters are largely the authors of their own lapsed cover.'), ['duty-on-people']);
    assert.deepEqual(vocabularyFindings('Hauliers must learn to book their gate slots before they set off.'), ['duty-on-people']);
    assert.deepEqual(vocabularyFindings('It is ultimately on the airlines to send us correct passenger counts.'), ['duty-on-people']);
    assert.deepEqual(vocabularyFindings('Employers who key contributions by hand told us about the mismatches first.'), []);
    assert.deepEqual(vocabularyFindings('Hauliers can learn to use the new booking page from the help article.'), []);
    assert.deepEqual(vocabularyFindings('The real source of the mismatches was a rounding rule in the import job.'), []);
  });

  it('finds HR told of a person\'s behaviour and a person\'s access revoked, not a bot\'s', () => {
    assert.deepEqual(vocabularyFindings('Her line manager and HR have been informed about the conduct of the treasury analyst.'), ['sanction-on-person']);
    assert.deepEqual(vocabularyFindings('- Revoke the admin rights of the contractor (owner: Giulia)'), ['sanction-on-person']);
    assert.deepEqual(vocabularyFindings('- Remove the rights of the day shift to edit the berth plan'), ['sanction-on-person']);
    assert.deepEqual(vocabularyFindings('- Revoke the deploy credentials of the CI bot after the migration'), []);
    assert.deepEqual(vocabularyFindings('We considered removing write access from the on-call rota and rejected it: it would slow the next recovery.'), []);
  });

  it('finds a more conscientious officer, people told twice and still acting, and scare-quoted experience', () => {
    assert.deepEqual(vocabularyFindings('A more observant analyst would have seen the negative balance on the first screen.'), ['any-competent']);
    assert.deepEqual(vocabularyFindings('Wiebke was warned three times not to edit the tariff table by hand, and still she did.', ['Wiebke']), ['insinuation']);
    assert.deepEqual(vocabularyFindings('The "senior" pair on the night change never confirmed the rollback plan.'), ['insinuation']);
    assert.deepEqual(vocabularyFindings("It is hard to describe the treasury team's handling of the file as anything other than careless."), ['insinuation']);
    assert.deepEqual(vocabularyFindings('A more robust check would have caught the negative balance.'), []);
    assert.deepEqual(vocabularyFindings('The vendor described the outage as anything other than routine.'), []);
    assert.deepEqual(vocabularyFindings('We asked the vendor twice for its logs and still have not received them.'), []);
  });

  it('finds a person whose team "seems to read" nothing and an action that left no record, not the scheduler\'s', () => {
    assert.deepEqual(vocabularyFindings('Nobody in the billing department seems to read the change notices.'), ['nobody-noticed']);
    assert.deepEqual(vocabularyFindings('Henrike purged the audit table to free space, and so we have no record of who approved what.', ['Henrike']), ['action-then-consequence']);
    assert.deepEqual(vocabularyFindings('The retention job purged the audit table to free space, and so we have no record of who approved what.'), []);
  });

  it('reads a crane or truck driver and a yard planner as people, and the query planner and a disk driver as software', () => {
    assert.deepEqual(vocabularyFindings('- Formal written warning for the crane driver on STS 2'), ['sanction-on-person']);
    assert.deepEqual(vocabularyFindings('HR are informed about the behaviour of the yard planner.'), ['sanction-on-person']);
    assert.deepEqual(vocabularyFindings('The query planner chose a sequential scan after the statistics went stale.'), []);
    assert.deepEqual(vocabularyFindings('The NVMe driver dropped the queue after the firmware update.'), []);
  });
});
