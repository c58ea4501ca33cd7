// Blame that pins the cause on someone by timing or by telling ("X's download is what tripped the pumps", "… and that
// was the start of the whole thing", "the overflow came from X switching …", "expired because the team took it off the
// list", "traces back to one person", "the root cause is the planner's misconfiguration"), judges their patience,
// habits or alertness, puts a person under watch ("any change from X needs sign-off", "X to stop running ad-hoc queries
// (third reminder)", "will sit out the next window", "closed as user-caused"), or skips a step ("without exporting the
// configuration", "instead of canarying", "leaving no path"). And what only looks like it: a part owned ("that's on
// me"), the system's side argued ("the point is not that X pushed it"), a person with no way to see, praise for a catch,
// who held which incident role, a timeline row or a wording quoted to be rewritten, a genuine question, a device careless
// "with its clock", operator error codes, a counterfactual about an alarm server.
import assert from 'node:assert/strict';
import { flagged, vocabularyFindings } from './vocabularyFindings';

describe('blaming language: causes told by timing, conduct and watch, and parts owned', () => {
  it('finds a cause pinned on a person by timing or telling, not the same said of a system', () => {
    assert.deepEqual(vocabularyFindings("Wiebe's firmware upload to the pumping station is what tripped the main breaker.", ['Wiebe']), ['cause-pinned-on-person']);
    assert.deepEqual(vocabularyFindings('Saskia pushed the switch config at 06:00, and that is what knocked out the telemetry.', ['Saskia']), ['cause-pinned-on-person']);
    assert.deepEqual(vocabularyFindings('The contractor overwrote the running program with an old copy, and that was the start of it.'), ['cause-pinned-on-person']);
    assert.deepEqual(vocabularyFindings('The flooding in the car park came from Douwe setting the pump to manual and leaving it.', ['Douwe']), ['cause-pinned-on-person']);
    assert.deepEqual(vocabularyFindings('The certificate expired because the platform team took it off the renewal list.'), ['cause-pinned-on-person']);
    assert.deepEqual(vocabularyFindings('The checkout outage traces back to one person who flipped a flag during peak.'), ['cause-pinned-on-person']);
    assert.deepEqual(vocabularyFindings("The root cause of the failed event is Minji's misconfiguration of the reward table.", ['Minji']), ['cause-pinned-on-person']);
    assert.deepEqual(vocabularyFindings('The firmware upload to the pumping station is what tripped the main breaker.'), []);
    assert.deepEqual(vocabularyFindings('The certificate expired because the renewal job had been disabled in March.'), []);
    assert.equal(flagged('The fix came from Douwe spotting the stuck valve on the camera feed.', ['Douwe']), false);
  });

  it('finds patience, habits and alertness judged, and a person put under watch', () => {
    assert.deepEqual(vocabularyFindings('A little more patience from Joris and the failover would have finished by itself.', ['Joris']), ['conduct-judged']);
    assert.deepEqual(vocabularyFindings('Hyeri tends to rush releases on Fridays.', ['Hyeri']), ['conduct-judged']);
    assert.deepEqual(vocabularyFindings('Taeyang was half-asleep through the whole bridge call.', ['Taeyang']), ['conduct-judged']);
    assert.deepEqual(vocabularyFindings('The release manager needed to catch this; it is on the checklist.'), ['conduct-judged']);
    assert.deepEqual(vocabularyFindings('Did nobody on the QA team actually install the build before signing off?'), ['conduct-judged']);
    assert.deepEqual(vocabularyFindings('Fourth refund incident this quarter, and guess whose script it was.'), ['conduct-judged']);
    assert.deepEqual(vocabularyFindings('Going forward, any change from Jisung needs a second approver.', ['Jisung']), ['person-stood-down-or-watched']);
    assert.deepEqual(vocabularyFindings('- [ ] Bora to stop editing the live config by hand (second reminder)', ['Bora']), ['person-stood-down-or-watched']);
    assert.deepEqual(vocabularyFindings('Anouk will sit out the next two maintenance windows.', ['Anouk']), ['person-stood-down-or-watched']);
    assert.deepEqual(vocabularyFindings('- Lessons learned: Pim needs to think before he deploys.', ['Pim']), ['person-stood-down-or-watched']);
    assert.deepEqual(vocabularyFindings('Resolution: the operator changed the thresholds; closed as user-caused.'), ['person-stood-down-or-watched']);
    assert.deepEqual(vocabularyFindings('The scheduler tends to retry too early under load.'), []);
    assert.deepEqual(vocabularyFindings('- [ ] Bora to stop the legacy export job once the new one is live', ['Bora']), []);
    assert.deepEqual(vocabularyFindings('A little more patience in the retry policy would have let the failover finish.'), []);
  });

  it('finds a step skipped, not a step taken', () => {
    assert.deepEqual(vocabularyFindings('Ties reset the controller to factory defaults without exporting its configuration.', ['Ties']), ['action-without-safeguard']);
    assert.deepEqual(vocabularyFindings('Sunwoo opened the maintenance early without posting the notice.', ['Sunwoo']), ['action-without-safeguard']);
    assert.deepEqual(vocabularyFindings('The network team patched both firewalls at once, leaving no path for the VPN.'), ['action-without-safeguard']);
    assert.deepEqual(vocabularyFindings('The game team put build 4.1.2 on every shard instead of canarying it.'), ['action-without-safeguard']);
    assert.deepEqual(vocabularyFindings("Who approved Dami's build when the pipeline was red?", ['Dami']), ['pointed-question']);
    assert.deepEqual(vocabularyFindings('Ties reset the controller after exporting its configuration.', ['Ties']), []);
    assert.deepEqual(vocabularyFindings('The autoscaler patched both node pools at once, leaving no capacity for the batch jobs.'), []);
  });

  it('reads a part owned, the system argued, no way to see, praise and roles as no blame', () => {
    assert.equal(flagged('I ran the backfill without checking the consumer lag; that is on me, and the runbook now has the check.'), false);
    assert.equal(flagged("The point is not that Lieke merged it; it's that nothing stopped one person merging to every site.", ['Lieke']), false);
    assert.equal(flagged('If this reads as pointing at the support team, that is not the intent.'), false);
    assert.equal(flagged('Without labels on the patch panel, Koen had no way to see which port fed the RTU.', ['Koen']), false);
    assert.equal(flagged('Good catch by @mvos on the expiring certificate before it bit us.'), false);
    assert.equal(flagged('@sjansen is IC for this incident, @pdekker on comms.'), false);
    assert.equal(flagged('Review note: the row "Daan ignores the page" now reads "page fires while on-call is on the earlier alert".', ['Daan']), false);
    assert.equal(flagged('Legal asked whether to say "an employee\'s mistake" in the notice; we described the bug instead.'), false);
    assert.equal(flagged('Is there a reason the support team queries the replica rather than the API?'), false);
    assert.equal(flagged('The pump controller has been careless with its clock: it drifted eleven minutes.'), false);
    assert.equal(flagged('Operator error codes E-17 and E-22 point to an overcurrent at pump 2.'), false);
    assert.equal(flagged('Had the alarm server rate-limited duplicate alarms, the operator would have seen the level alarm.'), false);
    assert.equal(flagged('I ran the backfill without checking the consumer lag.'), true);
    assert.equal(flagged('Koen ignored the alarm even though the panel showed the fault.', ['Koen']), true);
  });
});
