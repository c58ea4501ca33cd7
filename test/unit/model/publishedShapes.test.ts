// Shapes found in published postmortems (test/fixtures/real-world), each with examples written here, not copied.
import assert from 'node:assert/strict';
import { parsePostmortem } from '../../../src/core/model/parse';
import { readActionFields } from '../../../src/core/model/actionFields';

const items = (text: string) => parsePostmortem(text).actionItems.map((i) => ({ text: i.text, done: i.done }));

const pick = ({ owner, text }: { owner: string | null; text: string }) => ({ owner, text });

describe('action items as published postmortems write them', () => {
  it('reads the prevention work a report tells without a follow-up section ("To prevent this from happening again, we have added …")', () => {
    const doc = parsePostmortem([
      '# Availability report: October 2026', '', '### October 6 14:12 UTC (lasting 47 minutes)', '',
      'On October 6 at 14:12 UTC, our package registry returned errors for 12% of downloads.', '',
      'To prevent this from happening again, we have added a check that blocks CDN changes pointing at drained pools. More checks may follow.', '',
      '### October 23 09:40 UTC (lasting 2 hours)', '',
      'To avoid a recurrence, we will alert when writes fail on a read-only connection.', '',
      'To prevent similar issues in the future, we have made a few changes:', '', '1. A daily check has been added for certificate expiry.', '',
    ].join('\n'));
    assert.deepEqual(doc.actionItems.map((i) => [i.text, i.done]), [
      ['To prevent this from happening again, we have added a check that blocks CDN changes pointing at drained pools.', true],
      ['To avoid a recurrence, we will alert when writes fail on a read-only connection.', false],
      ['A daily check has been added for certificate expiry.', true],
    ]);
  });

  it('reads an issue reference written before the task as the ticket, not as the text', () => {
    for (const [raw, ticket] of [['#418: Page when the queue stalls', '#418'], ['OPS-77 — Page when the queue stalls', 'OPS-77'], ['[#9]: Page when the queue stalls', '#9']] as const) {
      const fields = readActionFields(raw, null);
      assert.equal(fields.text, 'Page when the queue stalls', raw);
      assert.equal(fields.ticket, ticket, raw);
    }
    assert.equal(readActionFields('#1 priority: restore the backups', null).text, '#1 priority: restore the backups');
  });

  it('reads done from a closing parenthesis that says what was done, and from a last "Done in …" sentence', () => {
    assert.deepEqual(readActionFields('Nobody could reach the DBA on call. (documented the escalation path in the runbook)', null), { ...readActionFields('Nobody could reach the DBA on call.', null), done: true, ticket: null });
    assert.deepEqual(items('# Outage\n\n## Action Items\n\n1. Chart queue depth per worker. _Done in Kibana_.\n'), [{ text: 'Chart queue depth per worker.', done: true }]);
    assert.equal(readActionFields('Chart queue depth per worker. Done in Kibana.', null).text, 'Chart queue depth per worker.');
    for (const open of ['Check whether the exporter (added in v2) still drops labels', 'Alert on queue depth (updated weekly)', 'Decide what is done in staging first']) {
      assert.equal(readActionFields(open, null).done, false, open);
    }
  });

  it('reads a sub-bullet that only says the work is done as the done state of its item', () => {
    const doc = '# Cache outage\n\n## Action Items\n\n- Move the cache alerts to the team channel\n  - This has already been done: #cache-alerts\n- Size the cache for twice the peak\n  - Needs a load test first\n';
    assert.deepEqual(items(doc), [{ text: 'Move the cache alerts to the team channel', done: true }, { text: 'Size the cache for twice the peak', done: false }]);
  });

  it('reads a longer follow-up paragraph as an item when it says what will be done, not when it only weighs an idea', () => {
    const doc = [
      '# Mail relay outage',
      '',
      '## Follow-up',
      '',
      'Only two people can change the relay configuration today, and both were travelling when the certificate expired on the relay. We should give the on-call rotation the rights to change it as well, so that someone is always able to. (added the on-call group to the relay admins)',
      '',
      'We could stop changing relay settings on Fridays, since fewer people are around on a weekend to help with a rollback. On the other hand a change that goes wrong on a weekend touches far fewer users, and the two effects may well cancel each other out in the end.',
      '',
    ].join('\n');
    assert.deepEqual(items(doc), [{ text: 'Only two people can change the relay configuration today, and both were travelling when the certificate expired on the relay. We should give the on-call rotation the rights to change it as well, so that someone is always able to.', done: true }]);
  });

  it('reads a paragraph after the list that commits to more work, and not one that only points elsewhere', () => {
    const doc = '# Build outage\n\n## Action items\n\n- Pin the compiler version\n\nIn the longer run we will look at building releases from a clean image.\n\nSee the tracking issue for the discussion.\n';
    assert.deepEqual(items(doc).map((i) => i.text), ['Pin the compiler version', 'In the longer run we will look at building releases from a clean image.']);
  });

  it('reads a paragraph opened by a bracketed "[Action item]" label as an item, and the label as no placeholder', () => {
    const doc = '# Rate limit\n\n## Lessons\n\nThe limit behaved as intended.\n\n[Action item] count rejected launches apart from failed ones in the success metric.\n';
    assert.deepEqual(items(doc), [{ text: 'count rejected launches apart from failed ones in the success metric.', done: false }]);
  });

  it('reads an owner cell written as a sentence without its closing period, and keeps the period of an abbreviation', () => {
    const doc = '# Queue\n\n## Action Items\n\n| Action Item | Owner |\n|---|---|\n| Alert when the queue stops moving. | Queue platform lead. |\n| Renew the vendor contract | Acme Inc. |\n| Document the failover | J. Doe |\n';
    assert.deepEqual(parsePostmortem(doc).actionItems.map((i) => i.owner), ['Queue platform lead', 'Acme Inc.', 'J. Doe']);
  });

  it('reads the items of a section named for the weeks after the incident', () => {
    for (const heading of ['The Following 2 Weeks', 'In the coming weeks', 'Next 30 days', 'The days after']) {
      const doc = `# Relay outage\n\n## What happened\n\nThe relays ran out of file handles.\n\n## ${heading}\n\n- Add a load-shedding mode to the relays\n- Alert on open file handles\n`;
      assert.deepEqual(items(doc).map((i) => i.text), ['Add a load-shedding mode to the relays', 'Alert on open file handles'], heading);
    }
    const story = '# Relay outage\n\n## The morning of the outage\n\n- Relays restarted twice\n';
    assert.deepEqual(items(story), []);
  });

  it('reads the first sentence of a long action paragraph as the item when it says what will be done', () => {
    const detail = 'It will combine a manual step, taking the host out of rotation, with an automated one that removes its address from the proxy list, and the on-call runbook will say which of the two comes first and who checks that the address is gone before the host is deleted for good.';
    const doc = `# Proxy abuse\n\n## Corrective Measures\n\nA decommissioning checklist will be written for every host that sits behind the proxy. ${detail}\n`;
    assert.deepEqual(items(doc), [{ text: 'A decommissioning checklist will be written for every host that sits behind the proxy.', done: false }]);
    const musing = `# Proxy abuse\n\n## Corrective Measures\n\nThe proxy was set up years ago for a test network that nobody uses any more. ${detail}\n`;
    assert.deepEqual(items(musing), []);
  });

  it('reads each sentence of a "Future plan" paragraph that says what will be done, and the headings under "Future works"', () => {
    const plan = [
      '# Sequencer halt',
      '',
      '# Future plan',
      '',
      'The overflow will be fixed in [this PR](https://example.com/pr/7), and once merged it will run on the test network for a week.',
      'Additionally, we will replay the failed batch against the `fixed` build and compare the resulting state.',
      'Once both checks pass, the fix will be rolled out to mainnet, and operators will be told how to upgrade.',
      '',
    ].join('\n');
    const found = parsePostmortem(plan).actionItems;
    assert.deepEqual(found.map((i) => i.text.split(' ').slice(0, 4).join(' ')), ['The overflow will be', 'Additionally, we will replay', 'Once both checks pass,']);
    assert.deepEqual(found.map((i) => i.line), [4, 5, 6]);
    const works = '# Sequencer halt\n\n# Future works\n\n## Removal of the trust flag\n\nIt will be turned off for every node.\n\n## Better batch monitoring\n\nWe are going to alert on stalled batches.\n';
    assert.deepEqual(items(works).map((i) => i.text), ['Removal of the trust flag', 'Better batch monitoring']);
    const musing = plan.replace('Additionally, we will replay the failed batch', 'The failed batch was replayed');
    assert.equal(parsePostmortem(musing).actionItems.length, 1);
    const short = '# Relay outage\n\n## Future plan\n\nThe handle limit will be raised. We will alert on open handles.\n\nWe will add an alert on queue depth. It pages the on-call.\n';
    assert.deepEqual(items(short).map((i) => i.text), ['The handle limit will be raised.', 'We will alert on open handles.', 'We will add an alert on queue depth. It pages the on-call.']);
  });

  it('reads the list after "To prevent similar issues in the future, we have made a few changes:" under any heading', () => {
    const doc = '# Certificate outage\n\nThe certificates expired because the renewal relied on a retired service.\n\nTo prevent similar issues in the future, we have made a few changes and planned more:\n\n1. A nightly job has been added that renews the certificates.\n2. We will page two people instead of one.\n';
    assert.deepEqual(items(doc), [{ text: 'A nightly job has been added that renews the certificates.', done: true }, { text: 'We will page two people instead of one.', done: false }]);
    const story = '# Certificate outage\n\nThe renewal ran in three steps:\n\n1. A job requested the certificates.\n2. The job stored them.\n';
    assert.deepEqual(items(story), []);
  });

  it('reads a "Follow-up:" sentence inside a lesson as an item, without its label', () => {
    const doc = '# Login outage\n\n## Lessons Learned\n\n- **CI must test the deployed shape.** The gated code path had no coverage. Follow-up: a smoke job that runs the real image with the variable set.\n- **Errors were logged at info.** Nothing paged.\n';
    assert.deepEqual(items(doc), [{ text: 'a smoke job that runs the real image with the variable set.', done: false }]);
  });

  it('does not read the causes listed under "Prevention" as items, and reads "Already added …" as done', () => {
    const doc = '# Deploy failure\n\n## Prevention\n\nAll of the errors were due to missing test cases:\n\n- `iasql_upgrade` did not have a test at all.\n- The new region default only had partial coverage.\n\nWe will follow two rules:\n\n1. All features have a test, or they cannot be merged.\n2. Every bug fix starts with a test that triggers the bug.\n';
    assert.deepEqual(items(doc), [{ text: 'All features have a test, or they cannot be merged.', done: false }, { text: 'Every bug fix starts with a test that triggers the bug.', done: false }]);
    const done = '# Route deleted\n\n## Prevention\n\n- Already added the fix to avoid this route being deleted.\n- Already run the script to restore all the test accounts.\n- Let users delete the default configuration.\n';
    assert.deepEqual(items(done).map((i) => i.done), [true, true, false]);
  });

  it('reads "What is being done to prevent future incidents?" and "Will this happen again?" as action sections, not "… what to do?" or advice to others', () => {
    const prevent = '# Registry outages\n\n## What is being done to prevent future incidents?\n\n1. **Always have a spare replica**: a hot spare runs continuous replication.\n';
    assert.deepEqual(items(prevent).map((i) => i.text), ['Always have a spare replica: a hot spare runs continuous replication.']);
    const again = '# Broken repo\n\n### Will this happen again?\n\nThere is a fix in the works for the bug in libgit2.\n';
    assert.equal(items(again).length, 1);
    const readers = '# Broken repo\n\n### I got linked here after updating my gems, what to do?\n\nRun `pod setup` again.\n\n– @kylefuller and @alloy\n';
    assert.deepEqual(items(readers), []);
    const advice = '# Malicious publish\n\n## Recommendations\n\nWe have a few recommendations for npm package maintainers and users:\n\n* Package maintainers should enable two-factor authentication.\n* Application developers should use a lockfile.\n';
    assert.deepEqual(items(advice), []);
  });

  it('reads an item told in the simple past passive as done', () => {
    const doc = '# CI compromise\n\n## Remediation\n\n- All compromised hosts were swiftly identified, removed from Jenkins, and rebuilt.\n- Comprehensive audits were carried out across 140 Jenkins jobs.\n- Require approval before CI runs on pull requests.\n';
    assert.deepEqual(items(doc).map((i) => i.done), [true, true, false]);
  });

  it('reads prevention told in long paragraphs: work reported done in the passive, and what ought to be done', () => {
    const tail = ' It is surprising that something as basic as memory usage is not among the default metrics of the cloud provider, and monitoring is the true guardian here, not documentation or prior experience.';
    const doc = `# Memory leak\n\n## Prevention\n\nThe major piece of future prevention was added already: monitoring of memory on staging and production.${tail}\n\nUnexplained outages, even on staging, should be given a higher priority on finding the actual root cause.${tail}\n\nModern tooling is complex and changes often, so configuration may be ignored.${tail}\n`;
    assert.deepEqual(items(doc), [
      { text: 'The major piece of future prevention was added already: monitoring of memory on staging and production.', done: true },
      { text: 'Unexplained outages, even on staging, should be given a higher priority on finding the actual root cause.', done: false },
    ]);
  });

  it('reads "Strengthening Our Security Posture" and "Future Security Hardening" lists, a labelled item told as done, and not a post\'s closing words', () => {
    const posture = '# Action compromise\n\n## Strengthening Our Security Posture\n\n1. Pinning third-party actions to commit hashes.\n2. Establishing a regular security review of our pipelines.\n';
    assert.equal(items(posture).length, 2);
    const hardening = '# Supply chain attack\n\n## Lessons Learned and Future Security Hardening Initiative\n\nThe following mandates are being enacted:\n\n1. **Isolation of Privileged Contexts:** We will stop running dependencies under pull_request_target.\n';
    assert.equal(items(hardening).length, 1);
    const labelled = '# Certificate expiry\n\n## Next steps\n\n- **Set up alerting**: We have set up a workflow that files an issue before a certificate expires.\n- **Add a prober**: report access issues to the on-call.\n';
    assert.deepEqual(items(labelled).map((i) => i.done), [true, false]);
    const closing = "# Action compromise\n\n## Moving Forward\n\nThe security of the project and the trust of our community are our highest priorities.\n\nWe would like to thank StepSecurity for their quick response.\n\nIf you have any questions, please reach out to us on GitHub.\n";
    assert.deepEqual(items(closing), []);
  });

  it('reads "Future measures" as an action section, a list after "we have taken these actions today:" as done, and not advice to readers', () => {
    const measures = '# Mass uploads\n\n## Future measures\n\nWe will be introducing rate limiting on the publish endpoint.\n\nIf you feel that a policy is problematic, the correct place to propose a change is an RFC.\n';
    assert.deepEqual(items(measures), [{ text: 'We will be introducing rate limiting on the publish endpoint.', done: false }]);
    const taken = '# Cookies in logs\n\nOut of an abundance of caution, we have taken these actions today:\n\n1. We have deployed a change to redact cookie values from all events.\n2. Every session was invalidated.\n';
    assert.deepEqual(items(taken).map((i) => i.done), [true, true]);
    const mixed = '# Certificates\n\nTo prevent similar issues in the future, we have made a few changes along with more long term improvements:\n\n1. A renewal job has been added.\n2. The API dependency will be removed.\n';
    assert.deepEqual(items(mixed).map((i) => i.done), [true, false]);
  });
  it('reads a Mitigation section that says, a line each, what will still be done, and not one that tells the response', () => {
    const planned = '# Missed reward epoch\n\n### Mitigation:\nThe missed epoch will be extended to the next batch, extending the period by one day.\nThe team will investigate the failure and add measures against a repeat.\n';
    // "The team will …" names who does it: the owner, read off the item's text.
    assert.deepEqual(parsePostmortem(planned).actionItems.map((i) => [i.owner, i.text]), [[null, 'The missed epoch will be extended to the next batch, extending the period by one day.'], ['The team', 'investigate the failure and add measures against a repeat.']]);
    const told = '# Missed reward epoch\n\n### Mitigation:\nThe relayer was restarted at 06:10 UTC.\nThe team will post an update when rewards are paid.\n';
    assert.deepEqual(items(told), []);
  });
  it('reads a "Follow-up" column, keeps a call\'s brackets and an ellipsis in an item, and skips a table of contents', () => {
    const table = '# Cache degradation\n\n## Remediation\n\n### In Progress\n\n| Follow-up | Priority |\n|---|---|\n| Add metrics for anomalous workloads | Medium |\n| Merge flag caches into a single cache build | Medium |\n';
    assert.deepEqual(items(table).map((i) => i.text), ['Add metrics for anomalous workloads', 'Merge flag caches into a single cache build']);
    const code = '# Wildcard\n\n## Action Items\n\n- [x] Call `add_known_models(model_cost_map=...)` in the reload path\n- [x] Update `add_known_models()` to accept a map (owner: Kim)\n';
    assert.deepEqual(parsePostmortem(code).actionItems.map((i) => [i.text, i.owner]), [['Call add_known_models(model_cost_map=...) in the reload path', null], ['Update add_known_models() to accept a map', 'Kim']]);
    const contents = '# Security incident\n\n### Table of contents\n\n- [Introduction](#introduction)\n- [Remediations](#remediations)\n  - [SSH](#ssh)\n  - [Keeping patched](#keeping-patched)\n\n### Introduction\n\nWe were breached.\n\n### Remediations\n\n- Disable SSH agent forwarding on the servers.\n';
    assert.deepEqual(items(contents).map((i) => i.text), ['Disable SSH agent forwarding on the servers.']);
  });
  it('reads a list after "we immediately put measures in place:" as done, and work told as under way in an action section', () => {
    const measures = '# npm compromise\n\n## Lessons Learned and Actions Taken\n\nWe learned this the hard way and **immediately put measures in place**:\n\n- We no longer use npm tokens for publishing.\n- Disable pipeline runs for all external contributors.\n';
    assert.deepEqual(items(measures).map((i) => i.done), [true, true]);
    const hiring = '# File hosting errors\n\n## Going forward\n\nThe Python Software Foundation is hiring an infrastructure engineer to add to the engineering staff of four. Part of their remit will be PyPI, which should help us catch conditions like this earlier. The continued financial support from our community makes that possible.\n';
    assert.deepEqual(items(hiring).map((i) => i.text), ['The Python Software Foundation is hiring an infrastructure engineer to add to the engineering staff of four.']);
    const reasoning = '# File hosting errors\n\n## Going forward\n\nThe cache is shared by every mirror in the region and holds a day of files for every package. Part of the traffic is CI jobs installing the same dependencies as in their last run. The continued financial support from our community makes that possible.\n';
    assert.deepEqual(items(reasoning), []);
  });
  it('reads a bold label that says the work is done, and not the story of a follow-up fix told under "The Issue" and "The Fix"', () => {
    const prevention = '# Regression\n\n## Prevention\n\n- **Rule encoded** in the parser instructions: no semantic relocation in the parser.\n- **Baseline coverage added** in the syntax tree tests.\n- **Add a fuzzer** for attribute targets.\n';
    assert.deepEqual(items(prevention).map((i) => i.done), [true, true, false]);
    const story = '# Encrypted content\n\n## Follow-up Fix: Streaming Responses (Mar 3, 2026)\n\n### The Issue\n\n- ✅ Non-streaming responses were wrapped\n- ❌ Streaming responses were not\n\n### The Fix\n\nThis ensures that all content sent to clients is wrapped with its metadata.\n';
    assert.deepEqual(items(story), []);
  });
  it('reads "What we are changing beyond the patch" as an action section, and no owner from "an owner is a convenience"', () => {
    const doc = '# Rent sweep\n\n## What we are changing beyond the patch\n\n1. **Address-bind every account, always.** *(shipped, #67)*\n   A stored field naming an owner is a convenience, not a boundary.\n2. **Alert on the symptom.** *(outstanding)*\n';
    assert.deepEqual(parsePostmortem(doc).actionItems.map((i) => [i.owner, i.done]), [[null, true], [null, false]]);
    assert.equal(parsePostmortem('# Outage\n\n## Action Items\n\n- Rotate the keys; owner is Kim Lee.\n').actionItems[0].owner, 'Kim Lee');
  });
  it('does not read a field left to fill in ("Workaround: TBD") as an action item', () => {
    assert.deepEqual(items('# Wallet leak\n\n## Action Items\n\n- [ ] Add the alert\n- Workaround: TBD\n- Mitigation: ???\n').map((i) => i.text), ['Add the alert']);
    assert.deepEqual(items('# Wallet leak\n\n## Action Items\n\n- Workaround: pin the wallet to v0.18.4.2\n').map((i) => i.text), ['Workaround: pin the wallet to v0.18.4.2']);
  });
  it('reads a Bugzilla bug before an item\'s summary as its reference, not its text', () => {
    const doc = '# Credentials in logs\n\n## Action Items\n\n- [x] [bug 1537907](https://bugzilla.mozilla.org/show_bug.cgi?id=1537907) Reconsider tighter schemas on log messages\n- [ ] Bug 1478941: Get worker-manager working in staging\n';
    assert.deepEqual(items(doc), [{ text: 'Reconsider tighter schemas on log messages', done: true }, { text: 'Get worker-manager working in staging', done: false }]);
  });
  it('reads owners bracketed before an item, and not a tag or a ticket bracketed there', () => {
    const owners = (raw: string) => readActionFields(raw, null);
    assert.deepEqual([owners('[mkowal?] write down how the images are built').owner, owners('[mkowal?] write down how the images are built').text], ['mkowal', 'write down how the images are built']);
    assert.equal(owners('(db team) add a replica lag alarm').owner, 'db team');
    assert.equal(owners('(netops, sre, releng) agree on a freeze calendar').owner, 'netops, sre, releng');
    assert.equal(owners('(billing, payments teams) move the cron to a queue').owner, 'billing, payments teams');
    for (const raw of ['(Optional) add a replica lag alarm', '[wip] add a replica lag alarm', '[p1] add a replica lag alarm', '(Already planned) add a replica lag alarm', '[CVE-2024-1234] add a replica lag alarm', '[11:00] add a replica lag alarm']) assert.equal(owners(raw).owner, null, raw);
  });
  it('reads a one-word group over tasks as a group, and not a list of what a search found as actions', () => {
    const groups = '# Auth bug\n\n## Action Items\n\n- Tests\n  - add a regression test for the early return\n- QA\n  - look for other early returns like this\n  - move signature checks to their own library\n';
    assert.deepEqual(items(groups).map((i) => i.text), ['add a regression test for the early return', 'look for other early returns like this', 'move signature checks to their own library']);
    const found = '# Auth bug\n\n## Remediation\n\nWe have no reason to think the bug was used.\n\nWe searched the logs for rejected writes. The resulting list of requests contained the following:\n\n- Retries of nightly jobs\n- A test task made by hand\n\nEach was traced to a known user.\n';
    assert.deepEqual(items(found), []);
  });
  it('reads "(already done)" before a note on the next line, a box ticked with a star, and not "possibly already done"', () => {
    assert.equal(readActionFields('avoid regions marked unhealthy (already done)\n** only considers available zones', null).done, true);
    assert.equal(readActionFields('pick cheaper regions now and then (optional, possibly already done)', null).done, false);
    assert.deepEqual([readActionFields('[*] send the auth service exceptions to Sentry', null).done, readActionFields('[*] send the auth service exceptions to Sentry', null).text], [true, 'send the auth service exceptions to Sentry']);
    assert.equal(readActionFields('[ ] send the auth service exceptions to Sentry', null).done, false);
  });
  it('reads what an "Investigation" heading under the action items asks for, not the heading, as the item', () => {
    const doc = '# Hub locked\n\n## Action items\n\n### Investigation\n\nWhy did this outage start in the first place? Read the logs and check the provider\'s incidents.\n\n### Process improvements\n\n- Document how to restart a node\n';
    assert.deepEqual(items(doc).map((i) => i.text), ["Why did this outage start in the first place? Read the logs and check the provider's incidents.", 'Document how to restart a node']);
  });
  it('reads an item told in the past tense as done (and its past-tense siblings), not a plan or a ticket made for the work', () => {
    const doc = '# Relay outage\n\n## Follow-up actions\n\n- Migrated the Asia node to a larger server.\n- Wrote a load test for the relays.\n- Made a plan to add load shedding.\n- Created a ticket to alert on memory.\n- Improved alerting on relay load.\n';
    assert.deepEqual(items(doc).map((i) => i.done), [true, true, false, false, true]);
    const table = '# Relay outage\n\n## Action Items\n\n| Action | Status |\n| --- | --- |\n| Migrated the Asia node to a larger server | Open |\n';
    assert.deepEqual(items(table).map((i) => i.done), [false]);
  });

  it('reads a table whose column names its rows as action items in any section, and a list after a sentence ending in "action items:"', () => {
    const table = '# Slow service\n\n## Resolution\n\nWe weathered the storm for now and created follow up action items:\n\n| Action Item | Owner |\n|---|---|\n| Review concurrency for interconnect requests | Backend Team |\n';
    assert.deepEqual(parsePostmortem(table).actionItems.map((i) => [i.text, i.owner]), [['Review concurrency for interconnect requests', 'Backend Team']]);
    // A table of what was done to resolve it, with who did it, is the response, not follow-up work.
    const response = '# Slow service\n\n## Resolution\n\n| Step | Who |\n|---|---|\n| Restarted the queue | Ana |\n';
    assert.deepEqual(items(response), []);
    const list = '# Slow service\n\n## Resolution\n\nWe restarted the queue and agreed on these follow-up actions:\n\n- Review concurrency for interconnect requests\n- Alert on queue length\n';
    assert.deepEqual(items(list).map((i) => i.text), ['Review concurrency for interconnect requests', 'Alert on queue length']);
  });

  it('reads an item its note finds already the case as done, with the note out of its text', () => {
    const doc = '# Hub overload\n\n## Action items\n\n- Give rejected launches their own label. Note: on investigation, we already do this so failures exclude them.\n- Alert when the hub is slow to respond\n';
    assert.deepEqual(items(doc), [{ text: 'Give rejected launches their own label.', done: true }, { text: 'Alert when the hub is slow to respond', done: false }]);
  });

  it('reads lines of a Resolution that open with a task\'s verb as items, not a noun that opens a sentence of what was done', () => {
    const doc = '# Channel permissions\n\n## Resolution and recovery\n\nWrite a page of rules for the admins of public channels\nOpen a ticket with the vendor to make readers the default role.\n';
    assert.deepEqual(items(doc).map((i) => i.text), ['Write a page of rules for the admins of public channels', 'Open a ticket with the vendor to make readers the default role.']);
    const told = '# Patch release\n\n## Resolution\n\nFix patches were shared with the distributors on the 28th.\n\nChange freeze was lifted the next day.\n';
    assert.deepEqual(items(told), []);
  });

  it('reads a list of options weighed ("we have two options here:") as prose, not items, and its heading as the item', () => {
    const doc = '# Deploy outage\n\n## How are we going to do better?\n\n### Faster rollback\n\nRollback takes an hour today.\n\n### Better deploy documentation\n\nTo share notes between developers we have two options here:\n- the login banner\n- the release notes\n\nWe will pick one on the mailing list.\n';
    assert.deepEqual(items(doc).map((i) => i.text), ['Faster rollback', 'Better deploy documentation', 'We will pick one on the mailing list.']);
  });

  it('reads a task a Resolution opens with a verb beside its table of follow-ups, and keeps a sentence\'s period after a due date read out of it', () => {
    const doc = '# Queue flood\n\n## Resolution\n\nWe restarted the frontends and created follow up action items:\n\n| Action Item | Owner |\n|---|---|\n| Limit rebuild requests per partner | Backend team |\n\nPublish a page of rules for partners who mirror our projects\n\n## Action Items\n\n- Pick a channel for partner notices by 2026-12-20.\n';
    assert.deepEqual(items(doc).map((i) => i.text), ['Limit rebuild requests per partner', 'Publish a page of rules for partners who mirror our projects', 'Pick a channel for partner notices.']);
  });

  it('reads "We updated our …" as done and "We need a …" as not, and a status written beside a leading ticket', () => {
    const doc = '# Gem mismatch\n\n## How are we going to do better in the future?\n\nWe updated our spec file so the system gems match the bundled ones.\n\n## Action Items\n\n- We need a check that the gems match after each deployment.\n- [GH-101 (Done)][gh-101]: add a lab environment for testing network changes.\n\n[gh-101]: https://example.com/issues/101\n';
    assert.deepEqual(items(doc), [
      { text: 'We updated our spec file so the system gems match the bundled ones.', done: true },
      { text: 'We need a check that the gems match after each deployment.', done: false },
      { text: 'add a lab environment for testing network changes.', done: true },
    ]);
    const tracked = '# Expired certificate\n\n## Action Items\n\n- We have added a backlog task to decide which alerts we want\n- We have rotated the certificate\n';
    assert.deepEqual(items(tracked).map((i) => i.done), [false, true]);
  });

  it('reads the prevention work a Resolution tells ("To prevent this in the future, … was created") as an item, done or not', () => {
    const doc = '# Stuck transaction\n\n## Resolution\n\nA farmer included the stuck transaction in a block.\n\nTo prevent such a situation in the future, a new selection algorithm was created that balances fill and time.\n\nTo avoid this happening again, a time limit will be added to block creation.\n';
    assert.deepEqual(items(doc), [
      { text: 'To prevent such a situation in the future, a new selection algorithm was created that balances fill and time.', done: true },
      { text: 'To avoid this happening again, a time limit will be added to block creation.', done: false },
    ]);
  });

  it('reads one hard-wrapped sentence of a Resolution that says what will still be done as an item', () => {
    const doc = '# Phishing email\n\n## Resolution and recovery\n\nThe email was reported as phishing and both laptops were scanned.\n\nMore training will be offered next quarter to help staff recognise impersonation,\n improving early detection of phishing.\n';
    assert.deepEqual(items(doc), [{ text: 'More training will be offered next quarter to help staff recognise impersonation, improving early detection of phishing.', done: false }]);
  });

  it('reads a list under "✅ Done:" as done and the list under "🚧 To do:" as open', () => {
    const doc = '# Timeouts\n\n## Action Items\n\n✅ Done:\n1. Raise the client timeout\n2. Turn on response validation\n\n🚧 To do:\n1. Show the right status on the status page\n';
    assert.deepEqual(items(doc), [
      { text: 'Raise the client timeout', done: true },
      { text: 'Turn on response validation', done: true },
      { text: 'Show the right status on the status page', done: false },
    ]);
  });

  it('reads action items in postmortems written in other languages: their headings, owner columns and done words', () => {
    const norwegian = '# Søknader stoppet\n\n## Aksjonspunkter\n\n| Aksjon | Type | Eier | Referanse |\n| --- | --- | --- | --- |\n| Endre feilmelding til error | Forbedring | Kari Nordmann | [Utført](https://example.org/c/1) |\n| Overvåke tilkoblinger | Forbedring | | |\n';
    assert.deepEqual(parsePostmortem(norwegian).actionItems.map((i) => [i.text, i.owner, i.done]), [['Endre feilmelding til error', 'Kari Nordmann', true], ['Overvåke tilkoblinger', null, false]]);
    const german = '# Ausfall\n\n## Maßnahmen\n\n| Maßnahme | Verantwortlich | Status |\n| --- | --- | --- |\n| Zeitlimit erhöhen | Jonas | Erledigt |\n| Alarm einrichten | Mia | Offen |\n';
    assert.deepEqual(parsePostmortem(german).actionItems.map((i) => [i.text, i.owner, i.done]), [['Zeitlimit erhöhen', 'Jonas', true], ['Alarm einrichten', 'Mia', false]]);
    const swedish = '# Avbrott\n\n## Åtgärder\n\n- Höj tidsgränsen\n- Lägg till larm\n';
    assert.deepEqual(items(swedish).map((i) => i.text), ['Höj tidsgränsen', 'Lägg till larm']);
    const spanish = '# Caída\n\n## Próximos pasos\n\n- Aumentar el tiempo de espera\n';
    assert.deepEqual(items(spanish).map((i) => i.text), ['Aumentar el tiempo de espera']);
  });

  it('reads the other sections, owner and due labels and Date field of postmortems written in other languages', () => {
    const german = '# Ausfall der Zahlungs-API\n\n**Datum:** 2026-10-20\n\n## Zusammenfassung\n\nDie API war nicht erreichbar.\n\n## Auswirkungen\n\n4.000 Zahlungen schlugen fehl.\n\n## Zeitlicher Ablauf\n\n- 10:02 Deployment von v5.1\n- 10:09 Alarm: Fehlerrate über 5 %\n\n## Ursache\n\nEin fehlerhafter Konfigurationswert.\n\n## Maßnahmen\n\n- [ ] Validierung im CI ergänzen (Verantwortlich: @lena, fällig: 2026-11-15)\n';
    const doc = parsePostmortem(german);
    assert.equal(doc.incidentDate, '2026-10-20');
    assert.deepEqual(doc.sections[0].children.map((s) => s.kind), ['summary', 'impact', 'timeline', 'rootCause', 'actionItems']);
    assert.deepEqual(doc.actionItems.map((i) => [i.text, i.owner, i.due]), [['Validierung im CI ergänzen', '@lena', '2026-11-15']]);
    const spanish = parsePostmortem('# Caída\n\n**Fecha:** 2026-10-20\n\n## Resumen\n\nx\n\n## Cronología\n\n- 10:02 Despliegue\n- 10:37 Rollback completado\n\n## Causa raíz\n\nx\n\n## Acciones\n\n- [ ] Añadir validación (responsable: @lena, fecha límite: 2026-11-15)\n');
    assert.deepEqual(spanish.sections[0].children.map((s) => s.kind), ['summary', 'timeline', 'rootCause', 'actionItems']);
    assert.deepEqual(spanish.actionItems.map((i) => [i.owner, i.due]), [['@lena', '2026-11-15']]);
    const closing = parsePostmortem('# X\n\n## Maßnahmen\n\n- Alarm einrichten (Verantwortlich: @mia) — erledigt\n- Mejorar alertas (hecho)\n- Overvåke tilkoblinger — utført\n- Zeitlimit erhöhen\n');
    assert.deepEqual(closing.actionItems.map((i) => [i.text, i.done]), [['Alarm einrichten', true], ['Mejorar alertas', true], ['Overvåke tilkoblinger', true], ['Zeitlimit erhöhen', false]]);
  });

  it('reads several handles before the task as its owners together, and a handle with a team after it as the handle alone', () => {
    assert.deepEqual(pick(readActionFields('@nova and @hazel to plan the Postgres migration', null)), { owner: '@nova and @hazel', text: 'plan the Postgres migration' });
    assert.deepEqual(pick(readActionFields('@nova, @hazel & @kim to rotate the keys', null)), { owner: '@nova, @hazel & @kim', text: 'rotate the keys' });
    assert.equal(readActionFields('@nova and the SRE team to rotate the keys', null).owner, '@nova');
  });

  it('reads a closing note that gives the item to someone by name as its owner, and a note about a thing as no owner', () => {
    assert.equal(readActionFields('Discuss GitOps for cluster workloads (Rasmus call for meeting)', null).owner, 'Rasmus');
    assert.equal(readActionFields('Page on stuck log shipping (Priya to follow up with the vendor)', null).owner, 'Priya');
    assert.equal(readActionFields('Move the queue to a managed service (Postgres handles the load today)', null).owner, null);
    assert.equal(readActionFields('Upgrade the database (PostgreSQL 15)', null).owner, null);
  });

  it('reads "I\'ll do better next time" as an action section, a change told as planned as its item, and not the closing words or the author\'s signature', () => {
    const post = "# Outage report\n\n## What happened\n\nThe bot crashed on start.\n\n## I'll do better next time\n\nA future change is for the bot to expose a metrics endpoint, so that it raises an alert when it is down. After a minute without metrics, it should drop them.\n\nAnyway, that's it, and I'll go finish implementing all these changes.\n\n- Damien\n";
    assert.deepEqual(items(post), [{ text: 'A future change is for the bot to expose a metrics endpoint, so that it raises an alert when it is down. After a minute without metrics, it should drop them.', done: false }]);
    // A one-word item in an action list that is not the document's last block is still an item.
    assert.deepEqual(items('# Outage\n\n## Action items\n\n- Alerting\n\n## Notes\n\nNone.\n').map((i) => i.text), ['Alerting']);
  });

  it('reads, in a paragraph of an action section that opens with why, the sentences that say what will be done as its items when there are two or more, and work being looked into as work', () => {
    const post = '# Mass uploads\n\n## Future measures\n\nWe are also looking into disallowing usernames that impersonate official teams. We will be updating our policies to say so.\n\nRegardless of intent, the team would like to reiterate that this is not how to take part in the debate. We will be adding a policy that says so. We will be deciding on its wording in the coming weeks.\n';
    assert.deepEqual(items(post).map((i) => i.text), ['We are also looking into disallowing usernames that impersonate official teams.', 'We will be updating our policies to say so.', 'We will be adding a policy that says so.', 'We will be deciding on its wording in the coming weeks.']);
  });

  it('reads a Resolution paragraph that says what an organisation plans or is working on as a follow-up, and not one that tells the response', () => {
    const post = '# Compromised runners\n\n## Resolution and recovery\n\nAcme has been in contact with the researcher who reported it.\n\nAcme plans to have a third-party security company perform a red-team assessment.\n\nAcme is actively working on getting the compromised hosts rebuilt.\n';
    assert.deepEqual(items(post).map((i) => i.text), ['Acme plans to have a third-party security company perform a red-team assessment.', 'Acme is actively working on getting the compromised hosts rebuilt.']);
  });

  it('reads an item told with two verbs in the past or in the present perfect after a time phrase as done, and not one that goes on to what is still to come', () => {
    const post = '# Registry pulls throttled\n\n## Action Items\n\n- We tweaked/adjusted the internal registry pull limit on Kubernetes level\n- Add an alert for pull throttling\n\n## Going forward\n\nIn the past 3 weeks we have migrated 1800 servers over to AWS.\n\nWe have already taken steps to improve our release checks and we will continue to extend them.\n';
    assert.deepEqual(items(post), [
      { text: 'We tweaked/adjusted the internal registry pull limit on Kubernetes level', done: true },
      { text: 'Add an alert for pull throttling', done: false },
      { text: 'In the past 3 weeks we have migrated 1800 servers over to AWS.', done: true },
      { text: 'We have already taken steps to improve our release checks and we will continue to extend them.', done: false },
    ]);
  });

  it('reads a bullet that tells work done and then, in a sentence of its own, work still to come as two items, the second open where it is written', () => {
    const post = [
      '# Certificate expired',
      '',
      '## Follow-up',
      '',
      '- **Alerting**: We have added an alert on certificate expiry. We will also add a weekly report of the certificates due in the next month.',
      "- We've moved the nightly backups to a second region. We're also evaluating point-in-time recovery for the main database.",
      '- We will add a runbook for renewals. We have already added the calendar reminder.',
      '',
    ].join('\n');
    const doc = parsePostmortem(post);
    assert.deepEqual(items(post), [
      { text: 'Alerting: We have added an alert on certificate expiry.', done: true },
      { text: 'We will also add a weekly report of the certificates due in the next month.', done: false },
      { text: "We've moved the nightly backups to a second region.", done: true },
      { text: "We're also evaluating point-in-time recovery for the main database.", done: false },
      // Work to come told first: one item, open.
      { text: 'We will add a runbook for renewals. We have already added the calendar reminder.', done: false },
    ]);
    // The open part is placed where its words are, and the done part ends before it.
    const [first, second] = doc.actionItems;
    assert.equal(post.slice(second.range.start, second.range.end), 'We will also add a weekly report of the certificates due in the next month.');
    assert.ok(post.slice(first.range.start, first.range.end).endsWith('certificate expiry.'));
    assert.equal(second.line, first.line);
  });
});
