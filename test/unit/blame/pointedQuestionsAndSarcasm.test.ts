// Blame put as a pointed question ("is there some reason X couldn't answer?", "what was the team doing for forty
// minutes?", "how does someone with ten years here …?", "who runs a purge in prod without a dry run?"), as sarcastic
// praise ("nice of X to join two hours in", "another masterpiece from X"), as a judgement of conduct or attitude, as a
// departure from procedure, as a person stood down or named in the record, and as a failure timed to the moment someone
// acted. And what only looks like it: a genuine question about a version or an owner, praise that is meant, a quotation
// judged as wording ("… reads as blame"), human error named as where an investigation starts, an action followed by
// what the tool did not show, a team's queue, a counterfactual about a dashboard, nobody answering in a muted channel.
import assert from 'node:assert/strict';
import { flagged, vocabularyFindings } from './vocabularyFindings';

describe('blaming language: pointed questions, sarcasm and conduct, and their look-alikes', () => {
  it('finds pointed questions aimed at people, not genuine questions', () => {
    assert.deepEqual(vocabularyFindings("Is there some reason Oona couldn't answer the escalation line?", ['Oona']), ['pointed-question']);
    assert.deepEqual(vocabularyFindings('What exactly was the storage team doing during the first hour?'), ['pointed-question']);
    assert.deepEqual(vocabularyFindings('How does someone with eight years on the desk restore over production?'), ['pointed-question']);
    assert.deepEqual(vocabularyFindings('Honestly, who runs a bulk delete in prod without a dry run?'), ['pointed-question']);
    assert.deepEqual(vocabularyFindings('Who schedules a core switch upgrade on the night of the cup final?'), ['pointed-question']);
    assert.deepEqual(vocabularyFindings('Why did Piet think the quarter-end freeze was the right time to rename the buckets?', ['Piet']), ['pointed-question']);
    assert.deepEqual(vocabularyFindings("Why is it always Bram's migrations we end up reverting?", ['Bram']), ['pointed-question']);
    assert.deepEqual(vocabularyFindings('Does Wolfgang ever read the change calendar?', ['Wolfgang']), ['pointed-question']);
    assert.deepEqual(vocabularyFindings('How many outages does it take before Ines stops editing configs by hand?', ['Ines']), ['pointed-question']);
    assert.deepEqual(vocabularyFindings('<kit> who let Marek near the edge routers again', ['Marek']), ['pointed-question']);
    assert.deepEqual(vocabularyFindings('Is there some reason the exporter could not reach the bucket?'), []);
    assert.deepEqual(vocabularyFindings('What was the cache doing during the first hour?'), []);
    assert.deepEqual(vocabularyFindings('Who runs the purge job in prod, and on which schedule?'), []);
    assert.equal(flagged('Which version of the runbook did Sanne have open?', ['Sanne']), false);
    assert.equal(flagged('Why did the page go to the NOC inbox instead of the on-call phone?'), false);
  });

  it('finds disbelief that anyone could miss or ignore something, not that anyone could have caught it', () => {
    assert.equal(flagged("It's hard to understand how anyone could miss an alert this loud."), true);
    assert.equal(flagged("I can't imagine how anyone could forget the backup step."), true);
    assert.equal(flagged("It's beyond me how anyone could have ignored the page."), true);
    assert.equal(flagged('It is hard to see how anyone could have caught this before the release.'), false);
    assert.equal(flagged("It's hard to see how the reviewer could have spotted it in a 3,000-line diff."), false);
    assert.equal(flagged("We don't understand how the certificate expiry went unnoticed."), false);
  });

  it('does not read a process resting on one person\'s knowledge as that person the cause', () => {
    assert.equal(flagged("We relied on Dmitri's memory of how the failover worked, and he had left the company.", ['Dmitri']), false);
    assert.equal(flagged('The team depended entirely on Asha\'s notes for the restore steps.', ['Asha']), false);
    assert.equal(flagged("Dmitri's change took the failover down.", ['Dmitri']), true);
  });

  it('finds sarcastic praise, not praise that is meant', () => {
    assert.deepEqual(vocabularyFindings('Nice of the database team to join the bridge ninety minutes in.'), ['sarcastic-praise']);
    assert.deepEqual(vocabularyFindings('Good of Rolf to finally pick up.', ['Rolf']), ['sarcastic-praise']);
    assert.equal(flagged('Great work from the release team as usual: took down checkout on payday.'), true);
    assert.deepEqual(vocabularyFindings('Another masterpiece from Dirk, delivered at 02:00 on a Sunday.', ['Dirk']), ['sarcastic-praise']);
    assert.deepEqual(vocabularyFindings('Apparently "I assumed it was staging" is an acceptable explanation around here.'), ['sarcastic-praise']);
    assert.deepEqual(vocabularyFindings('Great work from the release team as usual: the rollout finished before lunch.'), []);
    assert.deepEqual(vocabularyFindings('It was kind of the vendor team to join the bridge on a Sunday.'), []);
  });

  it('finds conduct judged, procedure departed from and sanctions, not the same said of a process', () => {
    assert.deepEqual(vocabularyFindings("The panel found Gerrit's judgement that night to be below the standard expected of a lead.", ['Gerrit']), ['conduct-judged']);
    assert.deepEqual(vocabularyFindings("The network team's attitude on the call was dismissive from the start."), ['conduct-judged']);
    assert.deepEqual(vocabularyFindings("The outage arose from an engineer's departure from the documented procedure."), ['conduct-judged']);
    assert.deepEqual(vocabularyFindings('Nobody on the payments team took the disk alarm seriously until it hit 100%.'), ['conduct-judged']);
    assert.deepEqual(vocabularyFindings('Update: outage caused by a change made by a member of the platform team.'), ['conduct-judged']);
    assert.deepEqual(vocabularyFindings('The technician involved has been stood down pending the investigation.'), ['person-stood-down-or-watched']);
    assert.deepEqual(vocabularyFindings('The contractor responsible has been removed from site.'), ['person-stood-down-or-watched']);
    assert.deepEqual(vocabularyFindings("Yara's name goes on the incident record as the responsible engineer.", ['Yara']), ['person-stood-down-or-watched']);
    assert.deepEqual(vocabularyFindings('The VP wants the names of whoever signed off the change.'), ['person-stood-down-or-watched']);
    assert.deepEqual(vocabularyFindings('The billing export stopped the moment the finance team rotated the API key.'), ['cause-pinned-on-person']);
    assert.deepEqual(vocabularyFindings("The release pipeline's departure from the documented procedure went unnoticed."), []);
    assert.deepEqual(vocabularyFindings('The outage arose from a departure from the documented procedure that the tooling allowed.'), []);
    assert.deepEqual(vocabularyFindings('The billing export stopped the moment the API key expired.'), []);
    assert.deepEqual(vocabularyFindings('The old cluster has been removed from service.'), []);
  });

  it('finds actions with their safeguard missing, however long the object', () => {
    assert.deepEqual(vocabularyFindings("Lotte raised the payment gateway's connection pool size in prod without load testing it.", ['Lotte']), ['without-review']);
    assert.deepEqual(vocabularyFindings('Joost restored the dump over the live schema rather than to a scratch instance.', ['Joost']), ['action-without-safeguard']);
    assert.deepEqual(vocabularyFindings('Noor kicked off the firmware rollout across all sites without a change freeze exemption.', ['Noor']), ['action-without-safeguard']);
    assert.deepEqual(vocabularyFindings('The import job restored the dump over the live schema rather than to a scratch instance.'), []);
  });

  it('reads a quotation judged as wording, human error as a starting point and what a tool did not show as no blame', () => {
    assert.equal(flagged('Review comment: "Kees broke the build" reads as blame; suggest "the build broke after the lockfile change".', ['Kees']), false);
    assert.equal(flagged('Human error is where a review starts, not where it ends.'), false);
    assert.equal(flagged('I restarted the primary instead of the replica; the console did not show which node was which.'), false);
    assert.equal(flagged('Had the capacity dashboard covered the new region, the planning team would have spotted the shortfall.'), false);
    assert.equal(flagged('Fenna asked whether the runbook was current; nobody answered because the channel was muted for the window.', ['Fenna']), false);
    assert.equal(flagged('The overload control was lazy to shed load: it waited for 90% CPU.'), false);
    assert.equal(flagged('Kees broke the build, as usual.', ['Kees']), true);
    assert.equal(flagged('Human error by the night shift is the root cause.'), true);
  });
});
