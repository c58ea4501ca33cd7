// Shapes of real postmortems: template slots filled or left, a template's checklist for the report itself, a legend of
// action types, headings that ask how to avoid a repeat, and causes or impact told outside their own sections.
import assert from 'node:assert/strict';
import { parsePostmortem } from '../../../src/core/model/parse';
import { lintPostmortem } from '../../../src/core/lint/engine';
import { findPlaceholders } from '../../../src/core/text/placeholders';
import { classifySection } from '../../../src/core/model/sectionKinds';

const items = (text: string): string[] => parsePostmortem(text).actionItems.map((i) => i.text);
const findings = (text: string, rule: string): string[] =>
  lintPostmortem(parsePostmortem(text), { now: new Date('2024-01-01T00:00:00Z') }).filter((f) => f.ruleId === rule).map((f) => f.actual ?? f.expected ?? f.message);

describe('real report shapes: template leftovers and section synonyms', () => {
  it('reads a filled template slot as its words, and a slot still holding its name as a placeholder', () => {
    const text = '# Outage\n\n## Action items\n\n1. {{ Start writing after-action reports for future outages }}\n2. {{ summary }}\n';
    assert.deepEqual(items(text), ['Start writing after-action reports for future outages']);
    assert.deepEqual(findPlaceholders('2. {{ summary }} here').map((m) => m.text), ['{{ summary }}']);
  });

  it('reports a note left for someone to finish, in brackets or parentheses', () => {
    assert.deepEqual(findPlaceholders('The build broke. [Yuvi to fill in the right technical information]').map((m) => m.text), ['[Yuvi to fill in the right technical information]']);
    assert.deepEqual(findPlaceholders('The upgrade broke the image (Yuvi to fill in the required details)').map((m) => m.text), ['(Yuvi to fill in the required details)']);
    assert.deepEqual(findPlaceholders('We had to fill in the form (which took an hour) and wait.'), []);
  });

  it('does not take a checklist for finishing the report for action items', () => {
    const text = '# Outage\n\n## Action items\n\n- Add an alert on 5xx rates\n\n## Actions\n\n- [ ] Incident has been dealt with or is over\n- [ ] Sections above are filled out\n- [ ] Incident title and after-action report is cleaned up\n- [ ] All actionable items above have linked GitHub Issues\n';
    assert.deepEqual(items(text), ['Add an alert on 5xx rates']);
  });

  it('does not take a legend of action types or priorities for action items', () => {
    const text = '# Outage\n\n## Action items\n\nActions fall under three types. Types:\n\n* Prevent - Prevent similar issues from occurring.\n* Detect - Detect similar issues sooner.\n\n| Action Item | Type | Status |\n| --- | --- | --- |\n| Reproduce the inconsistency in tests | Prevent | DONE |\n';
    assert.deepEqual(items(text), ['Reproduce the inconsistency in tests']);
    // Without a lead-in that announces terms, the same shape is a list of items.
    assert.deepEqual(items('# Outage\n\n## Action items\n\n* Alerts - add a 5xx alert.\n* Docs - update the runbook.\n').length, 2);
  });

  it('does not take a sub-heading over "None." for an item', () => {
    assert.deepEqual(items('# Outage\n\n## Action items\n\n### Documentation improvements\n\nNone.\n\n### Technical improvements\n\n1. Track the leak upstream.\n'), ['Track the leak upstream.']);
  });

  it('reads "What could be done to avoid this in future?" as the action items', () => {
    const text = '# Images offline\n\n## What could be done to avoid this in future?\n\n- Cloudinary going fully multi-region.\n- Have a healthcheck on the image service.\n';
    assert.deepEqual(items(text), ['Cloudinary going fully multi-region.', 'Have a healthcheck on the image service.']);
  });

  it('takes the cause from a conclusion or a summary that says what caused it', () => {
    const base = '# Kernels died\n\n## Summary\n\nKernels died on start for new servers.\n\n## Timeline\n\n- 09:08 reports\n- 09:41 revert\n\n## Impact\n\nStudents could not run notebooks.\n\n## Action items\n\n- Add a smoke test\n';
    assert.ok(findings(base, 'required-sections').includes('Root Cause'));
    assert.deepEqual(findings(`${base}\n## Conclusion\n\nInsufficient testing procedures caused a new kind of outage.\n`, 'required-sections'), []);
    const summary = base.replace('Kernels died on start for new servers.', 'Servers were stuck, an unintended side-effect of reducing the memory limit.');
    assert.deepEqual(findings(summary, 'required-sections'), []);
  });

  it('takes the impact from the opening of "What happened?"', () => {
    const text = '# Markets offline\n\n## Summary\n\nDate: Fri 11 Nov 2016\n\n## What happened?\n\nImages with long urls would fail to load.\n\n## Cause\n\nA url limit.\n\n## Action items\n\n- Test long urls\n';
    assert.deepEqual(findings(text, 'required-sections').filter((f) => f === 'Impact'), []);
  });

  it('reads an item told in the past tense as done when the items marked done beside it are told that way', () => {
    const doc = parsePostmortem('# SDK outage\n\n## Remediation\n\n### Immediate Actions\n\n- ✅ Reverted the incompatible changes\n- ✅ Issued credits to affected customers\n- Sent communications to all 305 affected teams\n- Add a compatibility test\n');
    assert.deepEqual(doc.actionItems.map((i) => [i.text, i.done]), [
      ['Reverted the incompatible changes', true],
      ['Issued credits to affected customers', true],
      ['Sent communications to all 305 affected teams', true],
      ['Add a compatibility test', false],
    ]);
  });

  it('reads work told in the present perfect as done, and the past-tense items beside it', () => {
    const doc = parsePostmortem("# Worm\n\n## How are we preventing it from happening again?\n\n- We've significantly tightened our package release workflows.\n- Switched to pnpm 10.\n- We have decided to move to hardware keys.\n");
    assert.deepEqual(doc.actionItems.map((i) => i.done), [true, true, false]);
  });

  it('does not read plans written with -ed words as done when nothing beside them is marked done', () => {
    const doc = parsePostmortem('# Outage\n\n## Action Items\n\n- Improved runbooks for engine-level limits\n- Automated failover drills\n- Set up CloudWatch alarms. **(Done during this incident)**\n- Set up Sentry alarms for high error rates.\n');
    assert.deepEqual(doc.actionItems.map((i) => i.done), [false, false, true, false]);
  });

  it('reads the items under "What could be done to avoid this in future?" as open', () => {
    const doc = parsePostmortem('# Images offline\n\n## What could be done to avoid this in future?\n\n- Have a healthcheck on the image service.\n');
    assert.deepEqual(doc.actionItems.map((i) => i.done), [false]);
  });

  it('reads a period in parentheses inside an item\'s sentence as its due date, keeping the words', () => {
    const doc = parsePostmortem("# Flags down\n\n## Action items\n\n- As a more long term solution (Q2 2024), we'll move flag requests out of the monolith.\n");
    assert.deepEqual(doc.actionItems.map((i) => [i.text.slice(0, 38), i.due, i.dueApproximate]), [['As a more long term solution (Q2 2024)', '2024-06-30', true]]);
  });

  it('reads a half or a quarter closing an item\'s sentence as its due date, of the document\'s year when it names none, keeping the words', () => {
    const doc = parsePostmortem('# Network outage\n\n**Date:** 2022-01-18\n\n## Action items\n\n- start a production runbook in H1\n- add heartbeat monitoring during the H1 sprints.\n- move the queue in Q3 2023\n- run the H1 review of alerts\n');
    assert.deepEqual(doc.actionItems.map((i) => [i.text, i.due, i.dueApproximate]), [
      ['start a production runbook in H1', '2022-06-30', true],
      ['add heartbeat monitoring during the H1 sprints.', '2022-06-30', true],
      ['move the queue in Q3 2023', '2023-09-30', true],
      ['run the H1 review of alerts', null, false],
    ]);
  });

  it('does not take the task of writing this report for an action item', () => {
    assert.deepEqual(items('# Hub down\n\n## Action Items\n\n- [ ] write an incident report\n- [ ] Write an incident report for the storage team about quotas\n'), ['Write an incident report for the storage team about quotas']);
  });

  it('reads work told as done in the passive present perfect as done, not a clause that only mentions it', () => {
    const doc = parsePostmortem("# Casks\n\n## What we're doing about it\n\n- The vulnerable review-cask-pr GitHub Action has been disabled and removed from all repositories.\n- Alert when a scheduled job has been disabled for more than a week.\n- A ticket has been opened to rotate the keys.\n");
    assert.deepEqual(doc.actionItems.map((i) => i.done), [true, false, false]);
  });

  it('takes the cause from the title, an impact section or "revealed that"', () => {
    const body = '\n\n## Summary\n\nThe hub was down for 20 minutes.\n\n## Timeline\n\n- 09:08 reports\n- 09:41 revert\n\n## Action items\n\n- Add a smoke test\n';
    assert.ok(findings(`# Hub outage${body}`, 'required-sections').includes('Root Cause'));
    assert.ok(!findings(`# Upgrading ingress-nginx caused a brief outage${body}`, 'required-sections').includes('Root Cause'));
    assert.ok(!findings(`# Hub outage${body}\n## What was impacted\n\nUsers could not log in. This is due to a flaw in the git_diff dependency.\n`, 'required-sections').includes('Root Cause'));
    assert.ok(!findings(`# Hub outage${body.replace('The hub was down for 20 minutes.', 'The hub was down. A quick investigation revealed that secrets were passed to forks.')}`, 'required-sections').includes('Root Cause'));
  });

  it('does not read lazy loading as calling someone lazy', () => {
    const text = '# Hub slow\n\n## Root Cause\n\nThe field is loaded eagerly, which avoids later lazy DB lookups. Dana was lazy about the runbook.\n';
    assert.deepEqual(findings(text, 'blaming-language'), ['lazy']);
    assert.equal(lintPostmortem(parsePostmortem(text)).filter((f) => f.ruleId === 'blaming-language').length, 1);
  });

  it('reads a one-line description under the title, or a "Details" section, as the summary', () => {
    const oneLine = "# ISSUE NAME\nPassword compromise of an employee's Okta account.\n\n## Timeline\n\n- 11:12 AM: login alert\n- 11:31 AM: account locked\n\n## Root Cause\n\nA reused password.\n\n## Action Items\n\n- Enforce hardware keys\n";
    assert.deepEqual(findings(oneLine, 'required-sections'), []);
    const labelled = '## Incident report for collateral not returned\n## Details:\n\nThe collateral was sold and the remainder was not returned, so vault owners lost funds.\n\n## Cause\n\nA rounding bug.\n\n## Timeline\n\n- 00:50 first liquidation\n- 19:20 last liquidation\n\n## Follow-up:\nThe team will implement more test cases to find such bugs early.\n';
    assert.deepEqual(findings(labelled, 'required-sections'), []);
    assert.deepEqual(parsePostmortem(labelled).actionItems.map((i) => [i.owner, i.text]), [['The team', 'implement more test cases to find such bugs early.']]);
  });

  it('does not take advice to readers outside the team for action items', () => {
    const text = '# LevelDB corruption\n\n## Prevention\n\nNode operators should do all of the following:\n\n1. **Give the node time to shut down.** Raise the stop timeout to 120 seconds.\n2. **Back up the data directory regularly.**\n\n## Action Items\n\n- Ship the longer stop timeout in the validator kit\n';
    assert.deepEqual(items(text), ['Ship the longer stop timeout in the validator kit']);
    assert.deepEqual(items('# Outage\n\n## Prevention\n\nWe will do the following:\n\n1. Raise the stop timeout.\n').length, 1);
  });

  it('reads a "Looking Forward" list of bold titles as the action items, without their explanations', () => {
    const text = '# Outage\n\n## Looking Forward\n\nWe have identified several areas to improve:\n\n1. **Simulator load handling**\n   - Conducting stress tests so the simulator stays responsive.\n\n2. **Bug bounty**\n   - We will establish a bug bounty program.\n';
    assert.deepEqual(items(text), ['Simulator load handling', 'Bug bounty']);
  });

  it('reads sub-bullets that are tasks of their own as items, and sub-bullets that explain the item as its details', () => {
    const tasks = '# Outage\n\n## Action Items\n\n- Improve coverage of readiness probes\n    - Reach out to teams about readiness probes\n    - Create a dashboard for probe coverage\n- Collect logs from nodes centrally\n';
    assert.deepEqual(items(tasks), ['Improve coverage of readiness probes', 'Reach out to teams about readiness probes', 'Create a dashboard for probe coverage', 'Collect logs from nodes centrally']);
    const details = '# Outage\n\n## Action Items\n\n- Improve coverage of readiness probes\n    - Most services have none today\n    - Create a dashboard for probe coverage\n';
    assert.deepEqual(items(details), ['Improve coverage of readiness probes']);
  });

  it('lists the committed action items, not the candidates brainstormed before them', () => {
    const both = '# Outage\n\n## Potential Action Items\n\n- Update the error messages\n- Spike: try another database driver\n\n## Action Items\n\n- Error handling in the linkage endpoint\n';
    assert.deepEqual(items(both), ['Error handling in the linkage endpoint']);
    // Candidates with nothing committed after them are the only items there are.
    assert.deepEqual(items('# Outage\n\n## Proposed action items\n\n- Update the error messages\n'), ['Update the error messages']);
  });

  it("reports a retrospective template's prompts as placeholders, and not as blame, but keeps a task that starts with \"List\"", () => {
    const text = '# Outage\n\n## How did we do?\n\nAll the following sections should be filled out together as a team during the postmortem meeting.\n\n### What went well?\n\n- List anything the team did well and want to call out.\n- Lots of pairing\n\n## Action Items\n\nThe action items we are committing to. Each action item should be in the form of a Zenhub ticket.\n\n- List any cron jobs that still use the old key\n';
    assert.deepEqual(findings(text, 'placeholder'), [
      'All the following sections should be filled out together as a team during the postmortem meeting.',
      'List anything the team did well and want to call out.',
      'The action items we are committing to. Each action item should be in the form of a Zenhub ticket.',
    ]);
    assert.deepEqual(findings(text, 'blaming-language'), []);
    assert.deepEqual(items(text), ['List any cron jobs that still use the old key']);
  });

  it('takes a summary saying what became unresponsive as the impact, and a named CVE as the cause', () => {
    const base = '# Nodes went NotReady\n\n## Timeline\n\n| Time | Event |\n| --- | --- |\n| 10:00 | Node replaced |\n\n## Action Items\n\n- [ ] Add memory limits (owner: @ops, due: 2024-02-01)\n';
    const unresponsive = base.replace('## Timeline', '## Summary\n\nA memory-hungry agent pod made the whole node unresponsive because nothing limited it.\n\n## Timeline');
    assert.deepEqual(findings(unresponsive, 'required-sections'), []);
    const cve = base.replace('## Timeline', '## Summary\n\nWe checked whether our services were affected by the Log4Shell vulnerability and patched the two that were.\n\n## Timeline');
    assert.deepEqual(findings(cve, 'required-sections'), []);
  });

  it("reports a template's sample entries and lorem-ipsum filler as placeholders, not a sentence that mentions an item", () => {
    const text = '# Outage\n\n## Lessons learned\n\n### What went well\n\n- Item A\n- Item B\n- Item 4 of the runbook was skipped, and nobody noticed for an hour.\n\n## Timeline\n\n- 14:51 Ipsum reprehenderit impedit facere explicabo fugiat.\n- 15:02 We rolled back, ad hoc, and the status quo returned.\n';
    assert.deepEqual(findings(text, 'placeholder'), ['Item A', 'Item B', 'Ipsum reprehenderit impedit facere explicabo fugiat.']);
  });

  it('does not take the introduction of the items under sub-headings for an item', () => {
    const text = '# Outage\n\n## Looking Forward\n\nBelow are steps we are committed to taking as a direct result of this incident.\n\n#### Immediate\n\n- Purge all the logs\n\n#### Engineering\n\n- Introduce a rollout process for the extensions\n';
    assert.deepEqual(items(text), ['Purge all the logs', 'Introduce a rollout process for the extensions']);
  });

  it("does not read a reader's question in an FAQ as blame, and still reads a question aimed at a person", () => {
    const text = '# Outage\n\n## FAQ\n\n**Is there any way for an admin to tell if and who is using the browser extension?**\n\nYes: the site admin page lists them.\n\nWho thought it was fine to disable the alerts on the admin console?\n';
    assert.deepEqual(findings(text, 'blaming-language'), ['Who thought it was fine to disable the alerts on the admin console']);
  });

  it('reads an "Owning Team" column as the owner, a team linked by its page as its name', () => {
    const text = '# Outage\n\n## Action Items\n\n| Description | Type | Owning Team | Issue # |\n| --- | --- | --- | --- |\n| Implement alerting for low check-ins | Engineering Work | [checkin-team](https://github.com/orgs/example/teams/checkin-team) | [#946](https://example.com/946) |\n';
    assert.deepEqual(parsePostmortem(text).actionItems.map((i) => i.owner), ['checkin-team']);
  });

  it("reports a template's italic prompts left on lines of their own, not italic notes or prompts answered on the line", () => {
    const text = '# Outage\n\n## Background\n\n_What context is needed to understand this situation?_\n\n## Detection\n\n_How was the issue found?_ It was found by the on-call.\n_Date/time of discovery_\n\n## Timeline\n\n_All times are UTC._\n\n_date, time, step/event_\n\n## Root Cause\n\n_Why did the cache not expire?_ Its TTL was a week.\n\n*Include the step that describes when and how the issue was identified.*\n\n## Links\n\n- [Slack Thread]\n- [Support issue] https://example.com/support/1\n\n[TOC]\n';
    assert.deepEqual(findings(text, 'placeholder'), [
      'What context is needed to understand this situation?',
      'Date/time of discovery',
      'date, time, step/event',
      'Include the step that describes when and how the issue was identified.',
      '[Slack Thread]',
    ]);
  });

  it("reports an italic prompt wrapped over lines, in the template's other verbs and as more than one question", () => {
    const text = '# Outage\n\n## Impact\n\n*Tell how people who use the site and the team on call were affected by the\noutage*\n\n*Describe how people who use the site and the team on call were affected by the\noutage*\n\nThe site was down.\n\n## Detection\n\n*Report how the team first learnt of the outage*\n\nAn alert fired.\n\n## Recovery\n\n*How was the outage fixed? What would make it faster next time?*\n\nWe failed over.\n\n## Lessons\n\n*What did we learn from this outage?*\n\n*Note: the failover was also tested the week after.*\n';
    assert.deepEqual(findings(text, 'placeholder'), [
      'Describe how people who use the site and the team on call were affected by the\noutage',
      'Report how the team first learnt of the outage',
      'How was the outage fixed? What would make it faster next time?',
      'What did we learn from this outage?',
    ]);
  });

  it('reads "What should have been done to prevent this, but wasn\'t done?" as what went wrong, not as the action items', () => {
    const text = '# Outage\n\n## What should ordinarily have been done to prevent this, but wasn’t done?\n\nExtended testing on staging with real-world scenarios\n\n## Action Items\n\n- Add a check-in volume alert\n';
    assert.deepEqual(items(text), ['Add a check-in volume alert']);
  });

  it("reports an action table left with only the template's empty row as an empty section, not a table with a row", () => {
    const text = '# Outage\n\n## Summary\n\nThe API failed for an hour because a certificate expired.\n\n## Action Items\n\n| Description | Type | Owner | Issue # |\n| --- | --- | --- | --- |\n| | | | |\n\n## Follow-ups\n\n| Task | Owner |\n| --- | --- |\n| Renew the certificates | @ana |\n';
    assert.deepEqual(lintPostmortem(parsePostmortem(text)).filter((f) => f.ruleId === 'empty-section').map((f) => f.message), ['The "Action Items" section holds only an empty table: fill in its rows (or write "None"), or remove the heading.']);
  });

  it('does not report a heading that is itself an action item as an empty section', () => {
    const text = '# Outage\n\n## Action Items\n\n#### 1) Resize the connection pool @mhernandez\n\n#### 2) Add saturation alerts @ops\n\n### Notes\n\n## Lessons\n\nSize pools from the replica count.\n';
    assert.deepEqual(findings(text, 'empty-section'), ['Notes']);
  });

  it("reads issue links under a task as follow-ups of their own, a pull request's link as the work that did it", () => {
    const text = '# Outage\n\n## Action Items\n\n- [ ] Hold a retrospective https://github.com/org/meta/issues/2194\n  - https://github.com/org/infra/issues/6105\n  - https://github.com/org/infra/issues/6106\n- ✅ Add integration tests for the fetch wrapper\n    - https://github.com/org/sdk/pull/2935\n';
    assert.deepEqual(items(text), ['Hold a retrospective https://github.com/org/meta/issues/2194', 'https://github.com/org/infra/issues/6105', 'https://github.com/org/infra/issues/6106', 'Add integration tests for the fetch wrapper']);
  });

  it('reads the list after a "Review actions" label as the action items, and the field labels of an incident log as its sections', () => {
    const text = '# Incident on 2021-07-12\n\n- **Key events**\n  - First detected 2021-07-12 15:44\n  - Resolved 2021-07-13 11:49\n\n- **Context**: the default certificate changed.\n\n- **Review actions**:\n\n1. Speak to the namespace owner\n2. Add `*.out` to gitignore\n';
    assert.deepEqual(items(text), ['Speak to the namespace owner', 'Add *.out to gitignore']);
    // A label that does not name actions leaves the list after it alone.
    assert.deepEqual(items('# Incident\n\n## Notes\n\n- **Context**:\n\n1. The certificate changed\n2. The pipeline applied it\n'), []);
    assert.equal(classifySection('Key events'), 'timeline');
    for (const name of ['Events', 'Incident events', 'Time line']) assert.equal(classifySection(name), 'timeline', name);
    assert.equal(classifySection('Context'), 'summary');
    assert.equal(classifySection('Future Actions'), 'actionItems');
  });

  it('reads "Ed and Caroline to …" and "Developers to …" as owners, not "Customers to be …" or "Nobody to …"', () => {
    const text = '# Outage\n\n## Actions\n\n- Ed and Caroline to write a list of happy paths.\n- Developers to come up with a response approach\n- Nobody to use the token going forward\n- Customers to be notified by email\n- Support will call back every customer\n';
    assert.deepEqual(parsePostmortem(text).actionItems.map((i) => [i.owner, i.text]), [
      ['Ed and Caroline', 'write a list of happy paths.'],
      ['Developers', 'come up with a response approach'],
      [null, 'Nobody to use the token going forward'],
      [null, 'Customers to be notified by email'],
      ['Support', 'call back every customer'],
    ]);
  });

  it("reports a template's fields left empty, not a label over its value or a sentence that ends in a colon", () => {
    const text = '# Outage\n\n## Owner: @ana\n## Call recording:\n\n# Metadata\n\nOwner: @ana\n\nInvolved:\n\nMeeting scheduled for: Waived\n\n**Root cause**:\n\nThe certificate expired.\n\nParticipants:\n\n- Ana\n\nThe recovery went as\nfollows:\n\n## Timeline\n\n| Time | Event |\n| --- | --- |\n| 10:00 | Paged |\n';
    assert.deepEqual(findings(text, 'placeholder'), ['Call recording', 'Involved']);
  });

  it("reports a template's description of its section and its pointer to an example, not a sentence about the section's content", () => {
    const text = '# Outage\n\n## Timeline\n\nA timeline of the events important to the incident.\nThe example below demonstrates one way of formatting it.\n\n| Time | Event |\n| --- | --- |\n| 10:00 | Paged |\n\n## Summary\n\nA timeline of the outage is below. A summary of the impact follows the timeline.\n';
    assert.deepEqual(findings(text, 'placeholder'), ['A timeline of the events important to the incident.\nThe example below demonstrates one way of formatting it.']);
  });

  it('reads a heading item titled as a state reached as done, a handle before a category tag as the owner, and one of a participant\'s names as the owner', () => {
    const text = '# Outage\n\n**Participants**: Kris Nóva, Dana\n\n## Action Items\n\n#### 1) Cron cleanup scheduled `@malte_j`\n\nCron removes old archives.\n\n#### 2) Better alerting on CPU load `@dma` [detect]\n\nAlert at 90%.\n\n#### 3) Configure disk alerts `@dma`\n\nAt 90%.\n\n#### 4) Backups still not tested\n\nNobody owns it.\n\n## Follow-ups\n\n- Nóva to send the list of domains to discord\n';
    assert.deepEqual(parsePostmortem(text).actionItems.map((i) => [i.owner, i.done, i.text]), [
      ['@malte_j', true, 'Cron cleanup scheduled'],
      ['@dma', false, 'Better alerting on CPU load'],
      ['@dma', false, 'Configure disk alerts'],
      [null, false, 'Backups still not tested'],
      ['Nóva', false, 'send the list of domains to discord'],
    ]);
  });

  it('reads "2) TODO Configuration Management" as an item still to do, not a To-do section, and hard-broken lines of an action section as items', () => {
    const text = '# Outage\n\n## Action Items\n\n#### 1) Plan the Postgres migration\n\nStream it live.\n\n#### 2) TODO Configuration Management\n\nWe need a configuration management pattern.\n\n## Future Actions\n\nCloud Platform will re-iterate the need for service teams to use the non-production ingress controllers for their dev and test workloads so that they can identify issues with future updates to ModSecurity and the core rule set before production.  \nCloud Platform 3.0 will contain separate clusters for production and non-production workloads.  \n';
    assert.deepEqual(items(text), ['Plan the Postgres migration', 'TODO Configuration Management', 'Cloud Platform will re-iterate the need for service teams to use the non-production ingress controllers for their dev and test workloads so that they can identify issues with future updates to ModSecurity and the core rule set before production.', 'Cloud Platform 3.0 will contain separate clusters for production and non-production workloads.']);
    assert.equal(classifySection('To-dos'), 'actionItems');
    assert.equal(classifySection('TODO Discord Bot Incident Command'), null);
  });

  it('reads the cause told in the sub-bullets of a "**Context**" or "**Resolution**" label, and still asks for it when none is told', () => {
    const page = (resolution: string) => `# Incident on 2023-06-06 - user services down\n\n- **Key events**\n  - First detected 2023-06-06 10:50\n  - Resolved 2023-06-06 11:40\n\n- **Impact**: users could not sign in.\n\n- **Context**:\n  - The node instance type was changed on the live cluster.\n\n- **Resolution**:\n  - ${resolution}\n\n- **Review actions**:\n  - Recycle nodes one at a time\n`;
    const rootCause = (text: string) => lintPostmortem(parsePostmortem(text)).filter((f) => f.ruleId === 'required-sections' && /Root Cause/u.test(f.message)).length;
    assert.equal(rootCause(page('The nodes were recycled all at once, which caused the pods to be deleted together.')), 0);
    assert.equal(rootCause(page('The nodes were rolled back to the previous instance type.')), 1);
  });

  it('reads a sub-heading that names a component over its tasks as their group, and a sub-heading that is a task as the item', () => {
    const text = '# Outage\n\n## Action items\n\n### Repo2docker\n\nLimit memory available to build pods.\n\n### Jupyterhub\n\nFix the configuration so that user pods survive a hub restart.\n\n### Alert on token failures\n\nThe alert should page when refreshes fail twice.\n';
    assert.deepEqual(items(text), ['Limit memory available to build pods.', 'Fix the configuration so that user pods survive a hub restart.', 'Alert on token failures']);
  });

  it('reports a list of nothing but an empty bullet, not a list with an item in it', () => {
    const text = '# Outage\n\n## Questions for follow up\n\n-\n\n## Notes\n\n- The pager fired twice.\n-\n';
    assert.deepEqual(lintPostmortem(parsePostmortem(text)).filter((f) => f.ruleId === 'placeholder').map((f) => [f.range.start, f.message]), [[text.indexOf('-\n'), 'This list holds only an empty bullet: write its items, or remove it.']]);
  });

  it('reads numbered horizon sub-headings ("1. Short-Term (Completed or In Progress)") as groups of the items under them, and a numbered task heading as an item', () => {
    const text = '# Outage\n\n## 7. Corrective Actions\n\n### 1. Short-Term (Completed or In Progress)\n\n* [x] Deployed the patched binaries.\n* [ ] Restore the partner nodes.\n\n### 2. Long-Term (Recommended or Planned)\n\n* Build a staging network.\n\n### 3. Rotate the signing key (owner: @kim)\n\nBefore the next release.\n';
    const doc = parsePostmortem(text);
    assert.deepEqual(doc.actionItems.map((i) => [i.text, i.done]), [['Deployed the patched binaries.', true], ['Restore the partner nodes.', false], ['Build a staging network.', false], ['Rotate the signing key', false]]);
  });

  it('gives the items of a list to the team its lead-in names ("The product team will address the following items"), not to readers who "will notice the following"', () => {
    const text = '# Outage\n\n## Lessons Learned\n\n### Communications\n\nThe cheqd product team will address the following items ahead of the next upgrade:\n\n1. Full comms: tell every known user of the network in advance.\n2. Publish the upgrade calendar.\n\nUsers will notice the following:\n\n1. Slower block times during the upgrade.\n';
    assert.deepEqual(parsePostmortem(text).actionItems.map((i) => [i.text, i.owner]), [['Full comms: tell every known user of the network in advance.', 'cheqd product team'], ['Publish the upgrade calendar.', 'cheqd product team']]);
  });

  it('does not report a bold field over plain "who: what" lines as empty, and still reports a bold field followed by the next bold field', () => {
    const filled = '# Suspected compromise\n\n## Issue Summary\n\n__Type of Incident__: Account compromise\n\n__Involved Parties__: \nAffected employee: Individual whose account was suspended.\n\nAdmin employee: Individual whose account performed the suspension.\n';
    assert.deepEqual(findings(filled, 'placeholder'), []);
    const empty = '# Suspected compromise\n\n## Issue Summary\n\n__Type of Incident__: Account compromise\n__Involved Parties__: \n__Detected by__: the audit log alert\n';
    assert.deepEqual(findings(empty, 'placeholder'), ['Involved Parties']);
  });

  it('reads a "**Short-Term improvements:**" label as the items under it, not a label for what improved', () => {
    const text = '# Relay outage\n\n## Resolving the issue\n\n**Short-Term improvements:**\n\n- Add alerting on the public relays.\n- Move the Asia node to a larger server.\n\n## What went well\n\n**Performance improvements seen:**\n\n- Latency fell by half.\n';
    assert.deepEqual(items(text), ['Add alerting on the public relays.', 'Move the Asia node to a larger server.']);
    assert.equal(classifySection('Long-term improvements'), 'actionItems');
    assert.equal(classifySection('Performance improvements'), null);
  });

  it('reports a sign-off line left blank with underscores, not underscores inside a name or a sentence', () => {
    const text = '# Outage\n\n## Sign-off\n\nReviewed and approved by:\n- Engineering Lead: _________________\n- Product Owner: Dana Kim\n\nThe column `user___id` and the word ___ in a sentence stay.\n';
    assert.deepEqual(findings(text, 'placeholder'), ['_________________']);
  });

  it('does not list a sub-bullet that only names the file the work is in, and keeps a task that mentions a file', () => {
    const text = '# Outage\n\n## Action Items\n\n1. **Add Type Safety**:\n   - Pending: Create a shared types package for event data\n   - File: `src/lib/types/shared-event-schemas.ts`\n   - Update the file `src/lib/inngest/client.ts` to use it\n';
    assert.deepEqual(items(text), ['Pending: Create a shared types package for event data', 'Update the file src/lib/inngest/client.ts to use it']);
  });

  it('takes prose that names the cause, or a "What happened?" that gives it, as the root cause, and still asks when the cause is unknown', () => {
    const base = '# Relay outage\n\n## Summary\n\nThe relays were down for two hours and users could not connect.\n\n## Timeline\n\n- 10:00 load rose\n- 12:00 fixed\n\n## Action Items\n\n- [ ] Add load shedding\n\n';
    const rootCause = (text: string) => findings(text, 'required-sections').filter((f) => f === 'Root Cause').length;
    assert.equal(rootCause(`${base}## The Nitty Gritty\n\nThe actual root cause was deeper. The exact cause of events was:\n\n- Memory grew with each connection\n`), 0);
    assert.equal(rootCause(`${base}### What happened?\n\nShowing player names unfiltered resulted in the channel being suspended.\n`), 0);
    assert.equal(rootCause(`${base}## Notes\n\nThe root cause is still unknown; we are investigating.\n`), 1);
  });

  it('takes a summary saying no traffic was routed, a cluster left in a bad state, or files served to browsers that do not support them as the impact, and still asks when none is said', () => {
    const page = (summary: string) => `# Ingress outage\n\n## Summary\n\n${summary}\n\n## Timeline\n\n- 10:00 manifest applied\n- 10:40 rolled back\n\n## Root Cause\n\nA bug in the proxy.\n\n## Action Items\n\n- [ ] Upgrade the proxy\n`;
    const impact = (text: string) => findings(text, 'required-sections').filter((f) => f === 'Impact').length;
    assert.equal(impact(page('A malformed manifest triggered a proxy bug, causing no ingress traffic to be received nor routed.')), 0);
    assert.equal(impact(page('The pipeline reverted the night\'s changes, putting the cluster back into the same bad state as before.')), 0);
    assert.equal(impact(page('Some images were served as JPEG XR to browsers which do not support this format.')), 0);
    assert.equal(impact(page('We changed the ingress configuration on Tuesday and rolled it back on Wednesday.')), 1);
  });

  it('reads preventive work already done, listed in a conclusion, as a done item, not a change told as part of the story', () => {
    const text = '# Chain halt\n\n## Conclusion\n\n- Documentation is key.\n- We improved our CI to avoid this kind of non-deterministic issue in the future.\n\n## Resolution\n\n- We added a cache to avoid the slow query.\n';
    assert.deepEqual(parsePostmortem(text).actionItems.map((i) => [i.text, i.done]), [['We improved our CI to avoid this kind of non-deterministic issue in the future.', true]]);
  });

  it('takes a summary saying what was not set, "so" what failed, as the root cause', () => {
    const page = (summary: string) => `# Config errors\n\n## Summary\n\n${summary}\n\n## Timeline\n\n- 10:00 errors logged\n- 11:00 fixed\n\n## Action Items\n\n- [ ] Type the config\n`;
    const rootCause = (text: string) => findings(text, 'required-sections').filter((f) => f === 'Root Cause').length;
    assert.equal(rootCause(page('The retention value wasn\'t set on the Lambda, so this operation always failed and logged an error.')), 0);
    assert.equal(rootCause(page('The operation failed and logged an error for three weeks before anyone noticed.')), 1);
  });
});
