// Blame addressed to someone ("the flush you ran is what emptied the sessions", "your cron change just took out the
// gradebook"), a cause with sarcastic thanks ("down again thanks to the storage team's maintenance"), a misconfiguration
// named as the cause, a duty "by rights" ("the page was hers to pick up"), hindsight ("a quick glance at the calendar
// would have told X"), interest elsewhere ("more interested in finishing her shift than in …"), a person excluded until
// they prove themselves, a step skipped ("before Planning had signed it off", "deploys …: no change record"). And what
// only looks like it: owning a part, a hedge ("possibly X's change is related"), a question about who owns what, a
// request to the person who knows best, a change "as approved at the CAB", the writer's own care, "saying X ignored it
// isn't accurate", a Kubernetes operator's error, an archive manager, TLS.
import assert from 'node:assert/strict';
import { flagged, vocabularyFindings } from './vocabularyFindings';

describe('blaming language: causes addressed, duties by right, and hedges and requests', () => {
  it('finds a cause addressed to someone or thanked sarcastically, not the same said of a system', () => {
    assert.deepEqual(vocabularyFindings('> the reindex you kicked off at 09:00 is what locked the orders table btw'), ['cause-pinned-on-person']);
    assert.deepEqual(vocabularyFindings('> your config push just took down the login page, please roll back'), ['cause-pinned-on-person']);
    assert.deepEqual(vocabularyFindings("The wiki is down again thanks to the infra team's patching."), ['cause-pinned-on-person']);
    assert.deepEqual(vocabularyFindings("Ticket closed: outage caused by Ivo's misconfiguration, not a platform issue.", ['Ivo']), ['cause-pinned-on-person']);
    assert.deepEqual(vocabularyFindings("The platform team's cache flush is what emptied every session."), ['cause-pinned-on-person']);
    assert.deepEqual(vocabularyFindings('The nightly cache flush is what emptied every session.'), []);
    assert.deepEqual(vocabularyFindings('The wiki is back up thanks to the infra team.'), []);
  });

  it('finds duties by right, hindsight and attention judged, and exclusions', () => {
    assert.deepEqual(vocabularyFindings('Nadia was on call, so by rights the 02:40 page was hers to pick up.', ['Nadia']), ['conduct-judged']);
    assert.deepEqual(vocabularyFindings('A quick look at the release calendar would have told Pedro that grades were due.', ['Pedro']), ['conduct-judged']);
    assert.deepEqual(vocabularyFindings('Mila seemed more interested in closing tickets than in fixing the outage.', ['Mila']), ['conduct-judged']);
    assert.deepEqual(vocabularyFindings('- Lessons learned: Tomasz needed to escalate at 01:00, not at 04:00.', ['Tomasz']), ['conduct-judged']);
    assert.deepEqual(vocabularyFindings('Was anyone in networking ever going to tell us about the ACL?'), ['conduct-judged']);
    assert.deepEqual(vocabularyFindings('Resolution: the user deleted the rows; user advised to be more careful.'), ['conduct-judged']);
    assert.deepEqual(vocabularyFindings('The vendor team is excluded from the change window until they can show a tested rollback.'), ['person-stood-down-or-watched']);
    assert.deepEqual(vocabularyFindings('We found who did it; his manager is dealing with it.'), ['person-stood-down-or-watched']);
    assert.deepEqual(vocabularyFindings("ok so this one's on Dario, he bounced the primary", ['Dario']), ['cause-pinned-on-person']);
    assert.deepEqual(vocabularyFindings('| Remove Olek from the production access list | Director | 2026-12-12 |', ['Olek']), ['sanction-on-person']);
    assert.deepEqual(vocabularyFindings('The monitoring job was more interested in disk than in memory, so we widened it.'), []);
    assert.deepEqual(vocabularyFindings('| Move the expiry alert from email to PagerDuty | Owner: Olek | Open |', ['Olek']), []);
  });

  it('finds steps skipped and pointed questions, not the same done in order', () => {
    assert.deepEqual(vocabularyFindings('Iris pushed the new tariff table to production before Finance had signed it off.', ['Iris']), ['action-without-safeguard']);
    assert.deepEqual(vocabularyFindings('| 21:17 | Jonas deploys billing 8.4 to prod: no change record, no backout plan |', ['Jonas']), ['action-without-safeguard']);
    assert.deepEqual(vocabularyFindings('And who exactly signed off on migrating the gradebook an hour before the exam?'), ['pointed-question']);
    assert.deepEqual(vocabularyFindings('Who leaves a certificate warning unread for a month?'), ['pointed-question']);
    assert.deepEqual(vocabularyFindings('Iris pushed the new tariff table to production after Finance had signed it off.', ['Iris']), []);
  });

  it('reads owning, hedges, questions, requests, approvals and software as no blame', () => {
    assert.equal(flagged('Noa owned her part in the channel straight away, which let us focus on the rollback.', ['Noa']), false);
    assert.equal(flagged("I ran the cron change without checking the backups; I've added that check to the template."), false);
    assert.equal(flagged("Possibly Emre's DNS change is related, though the timing is off; still checking.", ['Emre']), false);
    assert.equal(flagged("> @kaan is the archive volume yours or storage's? just need to know who to page"), false);
    assert.equal(flagged('@liv, you know the sync config best; could you join the review on Thursday?'), false);
    assert.equal(flagged('Ana changed the heartbeat timeout at 10:30, as approved at the October CAB.', ['Ana']), false);
    assert.equal(flagged('If a reader comes away thinking this was about Priya, we have written it badly.', ['Priya']), false);
    assert.equal(flagged('Saying the DBA team "ignored" the alert isn\'t accurate; it went to a channel nobody watches.'), false);
    assert.equal(flagged('The Kubernetes operator for Galera made an error during leader election.'), false);
    assert.equal(flagged('A Strimzi operator error left the topic without a leader.'), false);
    assert.equal(flagged("The historian's archive manager is the guilty party: it rolled over mid-write."), false);
    assert.equal(flagged('| Move the TLS expiry alert from email to PagerDuty | Owner: Rubén | Open |', ['Rubén']), false);
    assert.equal(flagged('Saying the DBA team ignored the alert is accurate.'), true);
  });
});
