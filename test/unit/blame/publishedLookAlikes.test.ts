// Wording of published postmortems that reads like blame to a phrase matcher and is not: a rule written as a policy,
// a label before a colon, the author taking responsibility, a deploy "to master". Each beside the blaming wording it
// resembles, which is still reported.
import assert from 'node:assert/strict';
import { flagged, vocabularyFindings } from './vocabularyFindings';

describe('blaming language: look-alikes from published postmortems', () => {
  it('reads a rule written as a policy ("No PR merge without …", "Never deploy without …") as no one acting', () => {
    assert.deepEqual(vocabularyFindings('No PR merge without integration test coverage.'), []);
    assert.deepEqual(vocabularyFindings('Never deploy without a canary.'), []);
    assert.deepEqual(vocabularyFindings('Tom merged the change without review.', ['Tom']), ['without-review']);
  });

  it('does not take a label before a colon for the subject of the sentence', () => {
    assert.deepEqual(vocabularyFindings('Problem: The webhook handler performed database upserts but never checked if they succeeded.'), []);
    assert.deepEqual(vocabularyFindings('Problem: Sean performed database upserts but never checked if they succeeded.', ['Sean']), ['did-not-check']);
  });

  it("reads the author taking responsibility as accountability, and someone else's as blame", () => {
    assert.deepEqual(vocabularyFindings('I take full responsibility for this failure.'), []);
    assert.deepEqual(vocabularyFindings('We take full responsibility for this outage.'), []);
    assert.deepEqual(vocabularyFindings('Dana takes full responsibility for this outage.', ['Dana']), ['responsible-at-end']);
  });

  it('reads a deploy "directly to master" as what was deployed, and a push straight to main as skipping review', () => {
    assert.deepEqual(vocabularyFindings('22:23 UTC: PR merged, Sean deploys it directly to master', ['Sean']), []);
    assert.deepEqual(vocabularyFindings('Sean pushed it straight to master.', ['Sean']), ['without-review']);
    assert.deepEqual(vocabularyFindings('Sean deployed it straight to production.', ['Sean']), ['without-review']);
  });

  it('reads a team word before what it describes, and a clause after "the issue is that", as no one blamed', () => {
    assert.deepEqual(vocabularyFindings('The site went down due to networking faults.'), []);
    assert.deepEqual(vocabularyFindings('The site went down due to the networking team.'), ['caused-by-person']);
    assert.deepEqual(vocabularyFindings('The problem is that they should not have been able to log in as guests at all.'), []);
    assert.deepEqual(vocabularyFindings('The problem was Priya.', ['Priya']), ['caused-by-person']);
  });

  it('reads a second person who was not there, and a state nobody chose, as what the process lacked', () => {
    assert.deepEqual(vocabularyFindings('The fix sat unmerged for a day, and a second maintainer could have caught it sooner.'), []);
    assert.deepEqual(vocabularyFindings('Another reviewer might have spotted the typo.'), []);
    assert.deepEqual(vocabularyFindings('Jonah could have caught it sooner.', ['Jonah']), ['could-have-prevented']);
    assert.deepEqual(vocabularyFindings('Every step was legitimate, but it was done by a user who should never have held a session token in the first place.'), []);
  });

  it('does not judge credit for the recovery or the finding, a person told about it, one person on call, or an environment named "Dev/CI"', () => {
    assert.equal(flagged('The first recovery was performed by @mara by draining the broken node.', ['mara']), false);
    assert.equal(flagged('The leak was caught because a moderator noticed two roles that should never be combined.'), false);
    assert.equal(flagged("With all that said, I've let our billing team know that you ran into this."), false);
    assert.equal(flagged('Dev/CI never runs the rewrite, so the tests passed.'), false);
    assert.equal(flagged("We've let HR know about Tevita's part in this.", ['Tevita']), true);
    assert.equal(flagged('The slow response was due to the pager app being set up wrong on a new phone and having only one person on-call.'), false);
    assert.equal(flagged('Sven Olsen was the only person with access to the HSM and chose to be unreachable all weekend.', ['Sven Olsen']), true);
  });

  it('does not read planned maintenance, the cost of a recovery, what a change spared users, a feature called "support" or the reader as blame', () => {
    assert.deepEqual(vocabularyFindings('Yesterday, I took down the API, created a new follower database that could hold more connections, and then failed over to it.'), []);
    assert.deepEqual(vocabularyFindings('Vera took down the site for maintenance.', ['Vera']), []);
    assert.deepEqual(vocabularyFindings('Vera took down the API on Friday.', ['Vera']), ['broke-prod']);
    assert.deepEqual(vocabularyFindings('We restored a Point in Time (PIT) snapshot of our database, timestamped 13:17 (UTC), losing less than a minute of data.'), []);
    assert.deepEqual(vocabularyFindings('Ruth ran the migration on the primary, corrupting the index.', ['Ruth']), ['wrong-action']);
    assert.deepEqual(vocabularyFindings('We performed shallow clones of the spec repos, meaning they only had to fetch the latest state.'), []);
    assert.deepEqual(vocabularyFindings('Pedro only had to restart the pod.', ['Pedro']), ['all-they-had-to-do']);
    assert.deepEqual(vocabularyFindings('A new call introduced by the multi-region support did not do so.'), []);
    assert.deepEqual(vocabularyFindings('The delay was caused by the support team.'), ['caused-by-person']);
    assert.equal(flagged("We're sorry, I know that sucks, but it guarantees that you are the only person with write access to your pods."), false);
    assert.equal(flagged('Not pointing fingers, but the only person with write access to that bucket is Hamid.', ['Hamid']), true);
  });

  it('reads "GitLab.com" as a website even where the organisation signs the post as its author', () => {
    assert.equal(flagged('The data lost includes some of the projects, issues, comments & snippets, from free users of GitLab.com.', ['GitLab']), false);
    assert.equal(flagged('Why was GitLab.com down?', ['GitLab']), false);
    assert.equal(flagged('GitLab broke the backups again.', ['GitLab']), true);
  });

  it('reads "rather than any kind of user error" as ruling it out, and a reviewed fix deployed straight to production as a hotfix', () => {
    assert.deepEqual(vocabularyFindings('It looks like a bug in GitHub rather than any kind of user error.'), []);
    assert.deepEqual(vocabularyFindings('Support closed the ticket as user error.'), ['user-error']);
    assert.deepEqual(vocabularyFindings('A team member wrote the fix, another one reviewed it and we then deployed the patch directly to production.'), []);
    assert.deepEqual(vocabularyFindings('Sean deployed it straight to production.', ['Sean']), ['without-review']);
  });

  it('does not take the team a system was monitored by for the fault, and still reads an alert "acknowledged by" someone who then did nothing', () => {
    assert.equal(flagged("Since then the secondary master has been closely monitored by the entire Nodejitsu operations team to ensure it's continued stability."), false);
    assert.equal(flagged('The alert was acknowledged by Morgan at 02:14 and then, apparently, nothing happened for ninety minutes.', ['Morgan']), true);
  });

  it('reads "The primary system administrator is Jason Smith, the current CTO …" as an introduction', () => {
    assert.equal(flagged('The primary system administrator is Jason Smith, the current CTO at Nodejitsu, cofounder of IrisCouch, and the System Administrator of the registry since 2011.'), false);
    assert.equal(flagged('The on-call engineer that night was Maciej, the newest member of the team, who ignored the page.', ['Maciej']), true);
  });

  it('reads a cited title\'s byline as its author, not as the fault, and a change "by" someone as before', () => {
    assert.equal(flagged("How GitHub's upgrade broke Bazel builds by Jay Conrod"), false);
    assert.equal(flagged('December 2025 Bazel Central Registry Outage by John Cater'), false);
    assert.equal(flagged('The database was deleted by Jay Conrod.', ['Jay Conrod']), true);
    assert.equal(flagged('After checking the git log, the culprit was found: commit 7c1e2 by Linh.', ['Linh']), true);
  });

  it('does not read a complaint the post reports ("frustration that the team is not listening") as its own blame', () => {
    assert.deepEqual(vocabularyFindings('We have seen a lot of frustration that the crates.io team is not listening to the concerns raised on the forums.'), []);
    assert.deepEqual(vocabularyFindings('The security team was not monitoring the queue.'), ['did-not-check']);
  });
  it('reads thanks given, rest given and watch kept as no fault, and a sentence that sets the individual aside as no label', () => {
    assert.equal(flagged('The SRE team would like to thank our hosting provider Mythic Beasts.'), false);
    assert.equal(flagged('I would like to thank Megan for her creative interpretation of the change freeze.', ['Megan']), true);
    assert.equal(flagged('We let the European team go to bed, while our American SRE kept tabs on everything.'), false);
    assert.equal(flagged('The European team went home early and left the migration running unattended.'), true);
    assert.deepEqual(vocabularyFindings('While it can be attributed to human error, it is incorrect to focus on the individual, and instead consider how to improve the tooling.'), []);
    assert.deepEqual(vocabularyFindings('The outage can be attributed to human error.'), ['human-error']);
  });
  it('reads a product\'s team as another organisation, "the admin one" as a key, and deploys nobody has to log in for as automation', () => {
    assert.equal(flagged('One possibility is a Postgres bug, but Postgres is an extremely robust piece of software, and the Postgres team treats corruption bugs extremely seriously.'), false);
    assert.equal(flagged('They were permanently deleted by the NPM team.'), false);
    assert.equal(flagged('Unfortunately, when you do this, it turns out that the API Key it changes is your personal one, rather than the admin one.'), false);
    assert.deepEqual(vocabularyFindings('The blog is continuously deployed into production by Buildkite from GitHub without anyone needing to SSH anywhere.'), []);
    assert.deepEqual(vocabularyFindings('The DBA dropped the index without telling anyone.'), ['without-review']);
  });
  it('reads blaming an individual described as the thing to avoid as arguing against blame', () => {
    assert.deepEqual(vocabularyFindings('One of the worst possible things to see is when a senior manager replies back pointing an individual who made a mistake, definitely not an email you want accidentally sent to the entire company.'), []);
    assert.deepEqual(vocabularyFindings('The storage volumes were lost because of a human mistake in a past migration.'), ['operator-error']);
  });
  it('reads the settings a role\'s possessive owns as the subject, not the person', () => {
    assert.equal(flagged("Under subscription auth the bundled CLI loaded the operator's claude.ai remote settings, overriding the intended lock-down."), false);
    assert.equal(flagged("The culprit was found: it was the new contractor's test account spamming guild chat."), true);
  });
  it('reads credit for the investigation and a "lazy upgrade" as no blame', () => {
    assert.equal(flagged('Further sleuthing and details by @jwhitlock in the bug:'), false);
    assert.deepEqual(vocabularyFindings('Users which previously visited the app may have still used a PWA / cached version with lazy upgrade.'), []);
    assert.deepEqual(vocabularyFindings('Keeping a staging cache around for when I am lazy is risky.'), ['lazy']);
  });
  it('reads the one who noticed the problem as who found it, a cause denied, a vendor talked to and working time lost as no blame', () => {
    assert.equal(flagged('Once the fix was deployed and the test backlog went down, Ilse noticed that we still had a build backlog.', ['Ilse']), false);
    assert.equal(flagged('The bug surfaced when Tomas Varga noticed that the mailer sent him an email even after a 401 response.', ['Tomas']), false);
    assert.equal(flagged('Ilse noticed the alert and did nothing for an hour.', ['Ilse']), true);
    assert.deepEqual(vocabularyFindings('The full disk was only spotted by deploy failures (but not caused by them).'), []);
    assert.deepEqual(vocabularyFindings('We have talked with them about it, and the provider has raised our quota.'), []);
    assert.deepEqual(vocabularyFindings('We talked to Ilse about what happened.', ['Ilse']), ['fired']);
    assert.deepEqual(vocabularyFindings('Developers functionally lost a day of work.'), []);
    assert.deepEqual(vocabularyFindings('Ilse lost the production database.', ['Ilse']), ['harmful-action']);
  });
  it('reads "they" after a sentence about things as those things, and a credited person\'s team as credited too', () => {
    assert.deepEqual(vocabularyFindings('The worker threads were not touched. They survived intact, still listing jobs whose queues no longer existed — which is what stopped them.'), []);
    assert.deepEqual(vocabularyFindings('The vendor rotated the signing keys overnight. They broke the integration for every customer.'), []);
    assert.deepEqual(vocabularyFindings('Our two admins were on call that night. They broke the integration for every customer.'), ['broke-prod']);
    assert.equal(flagged('The report was immediately investigated by Ilse Varga of the payments team.', ['Ilse']), false);
  });
  it('reads a field\'s team word before a noun ("bad networking state") as describing a thing, not a team to blame', () => {
    assert.deepEqual(vocabularyFindings('The hub really was unavailable due to bad networking state on at least one node.'), []);
    assert.deepEqual(vocabularyFindings('The outage was caused by the networking team.'), ['caused-by-person']);
  });
  it('reads a team deploying an improvement as doing the work, not as a cause', () => {
    assert.equal(flagged('Over the last weeks the platform team has been rolling out an improvement to the permission checks.'), false);
    assert.equal(flagged('The platform team has been deploying broken builds for weeks.'), true);
  });
  it('reads a fix or a find come upon by accident as luck, not a mistake', () => {
    assert.deepEqual(vocabularyFindings('We worked around the underlying bug by accident while rebuilding the indexes.'), []);
    assert.deepEqual(vocabularyFindings('Luckily we accidentally found the stale lock while testing.'), []);
    assert.deepEqual(vocabularyFindings('We dropped the search index by accident.'), ['by-mistake']);
    assert.deepEqual(vocabularyFindings('Ilse accidentally dropped the search index.', ['Ilse']), ['accidentally']);
  });
  it('reads a team the word of the problem came from as who found it, not as its cause', () => {
    assert.equal(flagged('- **Identified**: Notification from the security team regarding leaked deploy credentials.'), false);
    assert.equal(flagged('The outage was reported by a customer whose exports had stopped.'), false);
    assert.equal(flagged('The security team leaked the API tokens.'), true);
  });
  it('reads someone not realising or not aware of what they acted on as blame', () => {
    assert.deepEqual(vocabularyFindings('Paul deployed the queue, not realising the code had not been reverted.'), ['unaware']);
    assert.deepEqual(vocabularyFindings("One of the engineers was deleting old clusters and he wasn't fully aware which workspace he was in."), ['unaware']);
    assert.deepEqual(vocabularyFindings('The scheduler was not aware that the node had gone.'), []);
    assert.deepEqual(vocabularyFindings('Customers were unaware of the change.'), []);
  });
  it('reads failures people met, words joined by a slash, a date\'s month and "\'em" as no one to blame', () => {
    assert.deepEqual(vocabularyFindings('These were red herrings, just failures for people who were booted off during the deploy.'), []);
    assert.deepEqual(vocabularyFindings('It was a mistake for Rafael to run the migration at noon.'), ['mistake-by']);
    assert.deepEqual(vocabularyFindings('Users reported that their Project/Packages did not show up in the UI anymore.'), []);
    assert.deepEqual(vocabularyFindings('Pushes from the start of the incident through 19:04 UTC on 8 Jan failed to trigger builds.'), []);
    assert.deepEqual(vocabularyFindings('Jan failed to trigger the builds.', ['Jan']), ['failed-to']);
    assert.equal(flagged("Two of the three nodes had disk trouble, so it seemed a good time to roll 'em over without much investigation."), false);
  });
  it('reads someone made to act by something else, two roles one person may hold, a signature, a rule for a role and a role a stored field names as no one blamed', () => {
    assert.equal(flagged('That made the graph hard to read and made the operator look in the wrong place first.'), false);
    assert.equal(flagged('The operator looked in the wrong place first.'), true);
    assert.equal(flagged('(They could of course be the same person, but the roles are distinct).'), false);
    assert.equal(flagged('Needless to say, this was the same engineer who gave us the October settlement delay.'), true);
    assert.equal(flagged('Both services were upgraded on 2026-08-26, signed by the config admin.'), false);
    assert.equal(flagged('The quarterly access review was signed by Jana Novak without her opening a single report.', ['Jana Novak']), true);
    assert.equal(flagged('**Ownership:** If worker threads hold raw pointers to an object, the owner must ensure those workers have finished before destroying it.'), false);
    assert.equal(flagged('A stored field naming an owner is a convenience, not a boundary.'), false);
    assert.equal(flagged('The owner skipped the review and merged the change anyway.'), true);
  });
  it('reads someone who wrote or proposed the fix as doing the repair, and a fix that broke something as its cause', () => {
    assert.equal(flagged('A team member wrote the fix, another one reviewed it and we then deployed the patch directly to production.'), false);
    assert.equal(flagged('This is because administrator @kwame both proposed the fix and would also be the one to approve it.'), false);
    assert.equal(flagged('Ana wrote the fix that broke billing.', ['Ana']), true);
  });
  it('reads a role\'s misunderstanding named as the cause, and a responder said not to know how to debug, as blame; the team\'s own doubt is not', () => {
    assert.deepEqual(vocabularyFindings('User misunderstanding of the correct commit SHA to use was one part of the problem.'), ['operator-error']);
    assert.deepEqual(vocabularyFindings('Operator confusion about the new screen is common.'), []);
    assert.deepEqual(vocabularyFindings('There was no error message, and the person solving the problem wasn\'t sure how to debug.'), ['not-sure-what-was-going-on']);
    assert.deepEqual(vocabularyFindings('We weren\'t sure how to debug it.'), []);
    assert.deepEqual(vocabularyFindings('The contractor onboarding checklist does not mention that the admins group includes write access.'), []);
  });

  it('reads a culprit found and then terminated, restarted or rolled back as a process, and one dealt with as a person', () => {
    assert.equal(flagged('One of our nodes ran out of file watches. The primary culprit was identified and terminated, and team was notified about the issue.'), false);
    assert.equal(flagged('The culprit was found and then restarted with a lower watch limit.'), false);
    assert.equal(flagged('The culprit was identified, and rolled back within minutes.'), false);
    assert.equal(flagged('The culprit was identified and dealt with.'), true);
    assert.equal(flagged('The culprit was identified and removed from the on-call rota.'), true);
  });

  it('reads the duty of protecting against an attack put on customers as blame, with an aside between commas too', () => {
    assert.deepEqual(vocabularyFindings('Detecting phishing is, in the end, the responsibility of each customer.'), ['duty-on-people']);
    assert.deepEqual(vocabularyFindings('Protecting your API keys is ultimately up to the developers who use them.'), ['duty-on-people']);
    assert.deepEqual(vocabularyFindings('Detecting phishing is, in the end, the job of our mail filter.'), []);
  });

  it('reads "they" in what a vendor or provider reports as that company, and in what an engineer reports as a person', () => {
    assert.equal(flagged('The vendor acknowledged that they had not tested the firmware on our hardware model.'), false);
    assert.equal(flagged('Our DNS provider confirmed they had not verified the change before the rollout.'), false);
    assert.equal(flagged('The engineer acknowledged that they had not tested the firmware on our hardware model.'), true);
    assert.equal(flagged('Our engineer said they had not tested the change.'), true);
  });

  it('reads a team that was not told of a change as the one left out, and one told and going ahead anyway as blamed', () => {
    assert.equal(flagged('The network team was not told about the maintenance window.'), false);
    assert.equal(flagged('The on-call engineer had not been paged when the disk filled.'), false);
    assert.equal(flagged('The database team was told about the disk growth in three separate tickets and did nothing.'), true);
  });

  it('reads planned work someone started, and a decision judged reasonable, as no one blamed', () => {
    assert.equal(flagged('13:02 @flagbot: bulk import of 4,100 flags started by the growth team'), false);
    assert.equal(flagged('The deploy was kicked off by the payments team.'), false);
    assert.equal(flagged('Ana made a judgement call with the information she had, and it was reasonable.', ['Ana']), false);
    // The outage started by someone, and a judgement that was not sound, are still reported.
    assert.deepEqual(vocabularyFindings('The outage was started by the growth team.'), ['caused-by-person']);
    assert.equal(flagged("An engineer's lapse in judgement took the site down."), true);
  });
});

