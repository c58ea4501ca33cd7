// Blame by innuendo and by record ("I won't say who pushed it, but…", "we all know whose Friday deploys these are", "we've
// passed X's name to the account director", "X may no longer execute changes", "removed from the production DBA
// group"), a cause pinned in chat ("…, that's our outage", "because of you"), "downstream of what X did", conduct ("does
// not take security seriously", "sits on a P1 ticket"), "where exactly was the on-call engineer for 45 minutes?". And
// what only looks like it: owning one's work ("Owning this one: …", "I'm setting up a filter", "the noise is the thing we
// need to fix"), what is out of scope for the review, teamwork, a wording the writers chose not to use, a management card.
import assert from 'node:assert/strict';
import { flagged, vocabularyFindings } from './vocabularyFindings';

describe('blaming language: innuendo, names passed on, and work owned', () => {
  it('finds innuendo, names passed on and restrictions, not a plan for everyone', () => {
    assert.deepEqual(vocabularyFindings("I won't say who pushed the dialler change at 4 PM, but they sit by the window."), ['we-all-know-who']);
    assert.deepEqual(vocabularyFindings('We all know whose Friday releases these are by now.'), ['we-all-know-who']);
    assert.deepEqual(vocabularyFindings("We've passed Arnel's name to the client director so they hear it from us.", ['Arnel']), ['person-stood-down-or-watched']);
    assert.deepEqual(vocabularyFindings('Effective today, Rosa may no longer execute changes without a second engineer.', ['Rosa']), ['person-stood-down-or-watched']);
    assert.deepEqual(vocabularyFindings('Dindo has been removed from the production DBA group pending review.', ['Dindo']), ['sanction-on-person']);
    assert.deepEqual(vocabularyFindings('Effective today, the deploy bot may no longer run changes on Fridays.'), []);
    assert.deepEqual(vocabularyFindings('We all know who to page for the dialler.'), []);
  });

  it('finds causes pinned in chat and conduct judged, not the same of a system', () => {
    assert.deepEqual(vocabularyFindings('Everything after 02:15 is downstream of what Lito did to the SSO policy.', ['Lito']), ['cause-pinned-on-person']);
    assert.deepEqual(vocabularyFindings("[10:14] ok found it, Vince applied the ACL to the whole /16, that's our outage", ['Vince']), ['cause-pinned-on-person']);
    assert.deepEqual(vocabularyFindings('@rhea you restarted the ACD again?? 300 agents idle because of you'), ['cause-pinned-on-person']);
    assert.deepEqual(vocabularyFindings('Reading the release notes would have taken Nikko ten minutes.', ['Nikko']), ['conduct-judged']);
    assert.deepEqual(vocabularyFindings('Marites does not take change controls seriously, as this shows.', ['Marites']), ['conduct-judged']);
    assert.deepEqual(vocabularyFindings('| 06:10 | Service desk sits on P1 ticket from the site lead; no escalation |'), ['did-nothing']);
    assert.deepEqual(vocabularyFindings('Where exactly was the on-call engineer for the 45 minutes the trunks were down?'), ['pointed-question']);
    assert.deepEqual(vocabularyFindings('Princess disabled MFA for the whole site to "speed up logins".', ['Princess']), ['action-without-safeguard']);
    assert.deepEqual(vocabularyFindings('Everything after 02:15 is downstream of the expired certificate.'), []);
    assert.deepEqual(vocabularyFindings('The upgrade script applied the ACL to the whole /16, that is what we saw.'), []);
  });

  it('reads work owned, scope, teamwork and wording not used as no blame', () => {
    assert.equal(flagged('Owning this one: I approved the change without a drain step, and I will update the checklist.'), false);
    assert.equal(flagged("I should have flagged the carrier notice sooner; I'm setting up a shared inbox rule."), false);
    assert.equal(flagged('I missed the alert in the noise, and the noise is the thing we need to fix.'), false);
    assert.equal(flagged('Questions about disciplinary action are out of scope for this review.'), false);
    assert.equal(flagged('Great teamwork between the NOC and the service desk on the second wave.'), false);
    assert.equal(flagged('We deliberately did not write "the NOC ignored the alarms", because the alarms never paged anyone.'), false);
    assert.equal(flagged('Does anyone know who has the admin login for the UPS management card?'), false);
    assert.equal(flagged('The NOC ignored the alarms for an hour.'), true);
  });

  it('finds a culprit dealt with, a contractor not coming back and causes told in timeline rows, not a device judged', () => {
    assert.deepEqual(vocabularyFindings("We've found the culprit for the printer outage and it's being dealt with."), ['person-stood-down-or-watched']);
    assert.deepEqual(vocabularyFindings("The contractor responsible for the cutover won't be coming back on site."), ['person-stood-down-or-watched']);
    assert.deepEqual(vocabularyFindings("The historian filled its disk overnight, and all of that was Hone's debug logging.", ['Hone']), ['cause-pinned-on-person']);
    assert.deepEqual(vocabularyFindings('| 04:10 | Tui changes the app DNS with no notice, cause of the outage | Tui |', ['Tui']), ['cause-pinned-on-person']);
    assert.deepEqual(vocabularyFindings('| 16:40 | Wiremu turns on debug tagging for every point, tells no one, goes home |', ['Wiremu']), ['action-without-safeguard']);
    assert.deepEqual(vocabularyFindings('| 02:14 | Shane flashes unapproved firmware to dryers 1-3; all three trip |', ['Shane']), ['action-without-safeguard']);
    assert.deepEqual(vocabularyFindings('Any half-decent review from the platform team would have caught the mismatch.'), ['any-competent']);
    assert.deepEqual(vocabularyFindings('Seriously, who touches DNS for the tanker app at 4am without a heads-up?'), ['pointed-question']);
    assert.deepEqual(vocabularyFindings('The historian filled its disk overnight, and all of that was the retention job.'), []);
    assert.equal(flagged("The firewall's auto-update was negligent about rule ordering."), false);
    assert.equal(flagged('A human-error code (HE-12) on the HMI means the panel timed out waiting for input.'), false);
    assert.equal(flagged('Reviewer note: "if only Losa had looked at the graph" is hindsight; that graph was on no dashboard.', ['Losa']), false);
  });

  it('finds causes told by possession, address and sarcasm, duties and leadership judged, and pointed questions', () => {
    assert.deepEqual(vocabularyFindings('Rating stopped picking up usage because Kwame repointed the collectors.', ['Kwame']), ['cause-pinned-on-person']);
    assert.deepEqual(vocabularyFindings("The outage was introduced by the integration team's certificate swap."), ['cause-pinned-on-person']);
    assert.deepEqual(vocabularyFindings('The fix Efua applied caused the same failure on node 2.', ['Efua']), ['cause-pinned-on-person']);
    assert.deepEqual(vocabularyFindings("| Impact | subscribers unable to recharge for 3h, thanks to Dela's script |", ['Dela']), ['cause-pinned-on-person']);
    assert.deepEqual(vocabularyFindings('A single call to the NOC from Kofi before he pulled the cable would have saved the night.', ['Kofi']), ['conduct-judged']);
    assert.deepEqual(vocabularyFindings('The incidents point to weak leadership in the charging unit.'), ['conduct-judged']);
    assert.deepEqual(vocabularyFindings('- Lessons learned: Revenue Assurance needs to do its job.'), ['conduct-judged']);
    assert.deepEqual(vocabularyFindings('- Action: Yaw to hand over his admin credentials and work under supervision for a month.', ['Yaw']), ['person-stood-down-or-watched', 'person-stood-down-or-watched']);
    assert.deepEqual(vocabularyFindings('How does a senior engineer run a DELETE with no WHERE clause?'), ['pointed-question']);
    assert.deepEqual(vocabularyFindings('Why are we still letting Fiifi near the rating tables?', ['Fiifi']), ['pointed-question']);
    assert.deepEqual(vocabularyFindings('Who in infra thought it was smart to patch both nodes on one night?'), ['pointed-question']);
    assert.deepEqual(vocabularyFindings("Recharges recovered at 04:00 thanks to Dela's script.", ['Dela']), []);
    assert.deepEqual(vocabularyFindings('The outage was introduced by the upstream certificate swap.'), []);
    assert.equal(flagged("I approved the change without opening the attachment; I've raised a change to fix the form."), false);
  });
});
