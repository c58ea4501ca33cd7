// Blame in a committee report and in a startup's chat: a culprit "identified as" a person, a deploy allowed only
// "unless accompanied by" someone, a breach that "arose because" a person acted, "can be attributed to X, who …",
// responsibility that lies "squarely" with a person, "took no notice of" notices, disregarding "the freeze", "it would be
// generous to describe X's handover as a handover", "the panel draws the obvious conclusion", "let the record show",
// "the third time this term X has …", "has some explaining to do", approving one's own change "(!)", "maintains he was not
// told"; a metric that "fell off a cliff" or "started double-counting" when a person acted, "traces back to one edit: X
// raising …", "X's rollout is where every … comes from", paged and first responding much later "which is where the cost
// came from", "great at shipping and less great at checking", "some of us, apparently, did not", a talking-to, an agency
// asked to swap a person off the account, a deviation written into a perf review, "X to stop bypassing the hooks", a
// present-tense timeline cell with no WHERE clause, the customer who "needs to check their own caps instead of expecting
// us to". A lease or lock manager is software; wording quoted as having "come up", or named as "not a word we use", is set
// aside, not said. Beside each, what only looks like it.
import assert from 'node:assert/strict';
import { flagged, vocabularyFindings } from './vocabularyFindings';


describe('blaming language: committee reports and startup chat, and their look-alikes', () => {
  it('finds a culprit identified, a sanction with a condition, a cause that arose from a person, not the same about software', () => {
    assert.deepEqual(vocabularyFindings('After a review of the logs the culprit was identified as a first-line analyst on the late shift.'), ['disciplinary-process']);
    assert.deepEqual(vocabularyFindings('From today, Ravindra may not deploy to the finance cluster unless accompanied by a senior engineer.', ['Ravindra']), ['sanction-on-person']);
    assert.deepEqual(vocabularyFindings('The exposure arose because a member of the registry team uploaded the full list to a shared drive.'), ['person-action-as-cause']);
    assert.deepEqual(vocabularyFindings('The archive loss can be attributed to Gwen, who paused the job and never resumed it.', ['Gwen']), ['blame-lies-with']);
    assert.deepEqual(vocabularyFindings('Responsibility for the missing grades lies squarely with the course administrator.'), ['blame-lies-with']);
    assert.deepEqual(vocabularyFindings('After a review of the logs the culprit was identified as a stale DNS record.'), []);
    assert.deepEqual(vocabularyFindings('From today, the batch job may not run against the finance cluster unless accompanied by a lock.'), []);
    assert.deepEqual(vocabularyFindings('The exposure arose because the export job wrote the full list to a shared drive.'), []);
    assert.deepEqual(vocabularyFindings('The archive loss can be attributed to the retention policy, which paused the job.'), []);
    assert.deepEqual(vocabularyFindings('Responsibility for the follow-up lies with the course administrator.'), []);
  });

  it('finds notices not heeded, asides for the record and recurrence, not a system that ignored a signal', () => {
    assert.deepEqual(vocabularyFindings('| Contributing factor | The Law School administrators took no notice of the outage notices |'), ['ignored']);
    assert.deepEqual(vocabularyFindings('Hamish disregarded the change freeze and the register was corrupted.', ['Hamish']), ['ignored']);
    assert.deepEqual(vocabularyFindings('It would be generous to describe the handover from Petra to the weekend team as a handover.', ['Petra']), ['pointed-remark']);
    assert.deepEqual(vocabularyFindings('Moira ran the purge; the purge removed last year\'s records. The committee draws the obvious conclusion.', ['Moira']), ['insinuation']);
    assert.deepEqual(vocabularyFindings('Let the record show that the technician was told twice not to reboot the controller.'), ['insinuation', 'warned-before']);
    assert.deepEqual(vocabularyFindings('This is the fourth time this month Declan has restarted the print spooler at midday.', ['Declan']), ['recurrence-jibe']);
    assert.deepEqual(vocabularyFindings('Whoever scheduled a schema change on enrolment day has some explaining to do.'), ['pointed-remark']);
    assert.deepEqual(vocabularyFindings('| 10:02 | Orla approves her own change request (!) | |', ['Orla']), ['pointed-remark']);
    assert.deepEqual(vocabularyFindings('Lionel maintains he was never told about the freeze.', ['Lionel']), ['claimed-to']);
    assert.deepEqual(vocabularyFindings('The replica took no notice of the failover notices because its listener was down.'), []);
    assert.deepEqual(vocabularyFindings('It would be generous to describe the old runbook as documentation.'), []);
    assert.deepEqual(vocabularyFindings('Readers can draw their own conclusions from the latency graphs in the appendix.'), ['insinuation']);
    assert.deepEqual(vocabularyFindings('This is the fourth time this month the spooler has restarted at midday.'), []);
    assert.deepEqual(vocabularyFindings('| 10:02 | Orla approves the change request after the CAB review | |', ['Orla']), []);
    assert.deepEqual(vocabularyFindings('Lionel confirmed he was told about the freeze by the change calendar.', ['Lionel']), []);
  });

  it('finds a drop told as starting when a person acted, not when a deploy of the system did', () => {
    assert.deepEqual(vocabularyFindings('Signups fell off a cliff at 14:10, which is exactly when Mateo redeployed the form service.', ['Mateo']), ['person-action-as-cause']);
    assert.deepEqual(vocabularyFindings('Clicks started double-counting after Priyanka rewired the join to use session ids.', ['Priyanka']), ['person-action-as-cause']);
    assert.deepEqual(vocabularyFindings('Every refund error traces back to one change: Olek raising the retry limit tenfold.', ['Olek']), ['person-action-as-cause']);
    assert.deepEqual(vocabularyFindings("Bea's rollout of the new pricing table is where every checkout error this week comes from.", ['Bea']), ['person-action-as-cause']);
    assert.deepEqual(vocabularyFindings('The on-call was paged at 02:05 and first responded at 03:40, which is where most of the lost revenue came from.'), ['too-slow']);
    assert.deepEqual(vocabularyFindings('Signups fell off a cliff at 14:10, which is exactly when the CDN purged its cache.'), []);
    assert.deepEqual(vocabularyFindings('Every refund error traces back to one change: the client library raising the retry limit tenfold.'), []);
    assert.deepEqual(vocabularyFindings('The on-call was paged at 02:05 and responded at 02:07, which is why the impact stayed small.'), []);
  });

  it('finds judgments, sanctions and duties on clients in chat and action items, not the same words about a tool', () => {
    assert.deepEqual(vocabularyFindings('Tobias is great at shipping fast and much less great at reading his own diffs.', ['Tobias']), ['judged-person']);
    assert.deepEqual(vocabularyFindings('Some of us read the migration guide. Some of us, apparently, did not.'), ['insinuation']);
    assert.deepEqual(vocabularyFindings('Jonah got a stern talking-to from the VP, and that should settle it.', ['Jonah']), ['sanction-on-person']);
    assert.deepEqual(vocabularyFindings('We asked the staffing agency to swap Kit off our account.', ['Kit']), ['sanction-on-person']);
    assert.deepEqual(vocabularyFindings("| AI-4 | Note Ines's deviation from the checklist in her next performance review | @lead | Q2 |", ['Ines']), ['sanction-on-person']);
    assert.deepEqual(vocabularyFindings('- Action: Farid to stop bypassing the branch protection (owner: Farid)', ['Farid']), ['sanction-on-person']);
    assert.deepEqual(vocabularyFindings('| 09:40 | Hugo runs TRUNCATE without a WHERE clause on the ledger table | |', ['Hugo']), ['action-without-safeguard']);
    assert.deepEqual(vocabularyFindings('Advertisers need to start checking their own budgets instead of expecting us to catch overspend.'), ['duty-on-people']);
    assert.deepEqual(vocabularyFindings('If the merchant had configured their webhook correctly, none of these orders would be stuck.'), ['duty-on-people']);
    assert.deepEqual(vocabularyFindings('This was a customer problem: the buyer typed a quantity of 5,000 instead of 50.'), ['user-error']);
    assert.deepEqual(vocabularyFindings('The linter is great at catching typos and less great at catching logic errors.'), []);
    assert.deepEqual(vocabularyFindings('We asked the staffing agency to swap the laptop off our account.'), []);
    assert.deepEqual(vocabularyFindings('- Action: CI to stop bypassing the cache for tagged builds (owner: Farid)', ['Farid']), []);
    assert.deepEqual(vocabularyFindings('| 09:40 | Hugo runs the migration with a dry run first, as the runbook says | |', ['Hugo']), []);
    assert.deepEqual(vocabularyFindings('Advertisers can now check their own budgets in the dashboard instead of asking us.'), []);
    assert.deepEqual(vocabularyFindings('This was a customer-facing problem: checkout returned 502 for nine minutes.'), []);
    assert.equal(flagged('> "@ines that\'s the second time you\'ve pointed the job at the prod schema"'), true);
    assert.equal(flagged('> "@ines that\'s the second time you\'ve pointed this out, thank you"'), false);
  });

  it('reads a manager of leases or locks as software, and wording quoted or named to set it aside as no blame', () => {
    assert.equal(flagged('The lock manager forgot the lease it held when the node was drained.'), false);
    assert.equal(flagged('The release manager forgot the sign-off before the deploy.'), true);
    assert.equal(flagged('"Human error" came up twice in the first draft; we took it out because it explains nothing.'), false);
    assert.equal(flagged('Careless is not a word we use about the on-call, and the timeline shows why.'), false);
    assert.equal(flagged('Careless is what Nikos was, and the timeline shows it.', ['Nikos']), true);
  });
});
