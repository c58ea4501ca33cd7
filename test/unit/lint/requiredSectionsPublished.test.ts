// required-sections on shapes found in published postmortems: the answer is in the document, under another form.
import assert from 'node:assert/strict';
import { missingSections as missing } from './missingSections';
const TAIL = '\n## Timeline\n\n- 10:02 queue stalls\n- 10:40 worker restarted\n\n## Action Items\n\n- Alert on queue age\n';

describe('required-sections where published postmortems answer the question in another form', () => {
  it('takes a cause stated in the summary as the root cause, and still asks when the summary only tells what happened', () => {
    assert.deepEqual(missing(`# Queue outage\n\n## Summary\n\nOrders were delayed for 38 minutes because a worker deploy left the consumers without credentials.\n${TAIL}`), []);
    assert.deepEqual(missing(`# Queue outage\n\n## Summary\n\nA bug in the retry loop stalled the order queue, and users saw delayed confirmations.\n${TAIL}`), []);
    assert.deepEqual(missing(`# Queue outage\n\n## Summary\n\nOrders were delayed for 38 minutes for customers in two regions.\n${TAIL}`), ['Root Cause']);
  });

  it('takes a cause given in a "What went wrong" list as the root cause', () => {
    const doc = `# Queue outage\n\n## Summary\n\nOrders were delayed for 38 minutes for customers in two regions.\n\n## What went wrong\n\n- The backlog grew as a result of retries, and the stale cache contributed to the timeouts.\n${TAIL}`;
    assert.deepEqual(missing(doc), []);
  });

  it('takes an opening paragraph with several clock times as the timeline, and not one with a single time', () => {
    const head = '# Release incident\n\n';
    const tail = '\n\n## Root cause\n\nThe release skipped the signing step.\n\n## Action items\n\n- Sign in CI\n';
    assert.deepEqual(missing(`${head}We published 2.4.0 at 09:10 UTC. Users reported failing installs at 09:25 UTC, and we pulled the release by 09:48 UTC; installs failed for users on macOS in that window.${tail}`), []);
    assert.deepEqual(missing(`${head}We published 2.4.0 at 09:10 UTC and users on macOS saw failing installs for about forty minutes afterwards.${tail}`), ['Timeline']);
  });

  it('takes an unnamed first section that tells the story as the summary', () => {
    const doc = '# Post-mortem: search index\n\n## Slow searches on the morning of 12 May\n\nA reindex started in the maintenance window ran into business hours and searches were slow for users for two hours.\n\n**Root cause**: the reindex job had no time limit.\n\n## Timeline\n\n- 07:00 reindex starts\n- 09:30 reindex stopped\n\n## Action Items\n\n- Give the reindex job a time limit\n';
    assert.deepEqual(missing(doc), []);
  });

  it('takes a summary that says there was no impact, or which alerts fired, as stating the impact', () => {
    for (const summary of ['The certificate warning turned out to be a noop: the new account had already renewed it, because the old account was still registered.', 'Disk alerts were triggered on every node for six hours because the exporter reported the wrong mount.']) {
      assert.deepEqual(missing(`# Alerts\n\n## Summary\n\n${summary}\n${TAIL}`), [], summary);
    }
  });

  it('takes a short opening sentence after a blog post\'s front matter as the summary, and a "What, How, When and Why" section as one too', () => {
    const post = '---\ntitle: "Post-mortem: service under load"\n---\n\nOn July 8th, our build service was slow for users.\n\n## Root Cause\n\nA flood of requests.\n' + TAIL;
    assert.deepEqual(missing(post), []);
    const story = '---\ntitle: "Post-mortem: deployment"\n---\n\nDuring yesterday\'s deployment we faced issues.\n\n### What, How, When and Why\n\nAt 15:10 we deployed and the app went down because of a missing route.\n\n### How are we going to do better in the future?\n\n- Pair on every hotfix\n';
    assert.deepEqual(missing(story), ['Timeline']);
  });

  it('takes a resolution that says what the team identified, and services returning 503s, as the cause and the impact', () => {
    const doc = '# Logs dropped\n\n## Summary\n\nAfter an upgrade all services started to return status 503 messages.\n\n- **Resolution**: The team identified that the new log shipper drops chunks under load, and raised its buffer.\n' + TAIL;
    assert.deepEqual(missing(doc), []);
  });

  it('takes nodes that "were down" as the impact and code that "failed to check" its input as the cause', () => {
    const doc = '# Nodes down\n\n## Summary\n\nTwo worker nodes were down for an hour. The code that builds outputs failed to check against negative values.\n' + TAIL;
    assert.deepEqual(missing(doc), []);
    const scaled = '# Nodes\n\n## Summary\n\nThe pool was scaled down to two nodes over the weekend.\n' + TAIL;
    assert.deepEqual(missing(scaled), ['Impact', 'Root Cause']);
  });

  it('takes a change that "made the code path crash" as the cause and "How do we do better in the future?" as the actions', () => {
    const doc = '# Beta downtime\n\n## Summary\n\nAfter the deployment, users of the beta program got errors for ten minutes.\n\n## What Went Wrong?\n\nThe configuration file was not updated by the deployment, which made the code path crash.\n\n## Timeline\n\n- 09:50 deployment\n- 10:00 beta program disabled\n\n## How Do We Do Better in the Future?\n\nWe need to add tests for configuration changes.\n';
    assert.deepEqual(missing(doc), []);
  });

  it('takes a change that took the system over a hard limit, or exceeded a quota, as the cause', () => {
    for (const context of ['The upgrade creates two more rules per load balancer; this took us over a hard AWS limit.', 'Each retry opened a connection and the pool exceeded its connection limit.']) {
      assert.deepEqual(missing(`# Brief outages\n\n## Summary\n\nSome services had brief outages for users.\n\n- **Context**: ${context}\n${TAIL}`), [], context);
    }
    assert.deepEqual(missing(`# Brief outages\n\n## Summary\n\nSome services had brief outages for users.\n\n- **Context**: We raised the rate limit afterwards.\n${TAIL}`), ['Root Cause']);
  });

  it('takes support dropped by an upgrade, an issue "with" a component exhausting memory, and a bug that prevents a client from progressing as cause and impact', () => {
    for (const identified of ['After an upgrade of the ingress controllers, support for legacy TLS was dropped.', 'Issue was with the leader pod, exhausting the shared memory.']) {
      assert.deepEqual(missing(`# Outage\n\n## Summary\n\nOlder browsers could not reach any service.\n\n- **Identified**: ${identified}\n${TAIL}`), [], identified);
    }
    const stuck = '# Wallet loop\n\n## Issue Summary\n\nA bad coin state made the wallet rewind and retry, which would prevent the wallet from progressing past the block.\n\n## Root Cause\n\nExceptions were caught too broadly.\n' + TAIL;
    assert.deepEqual(missing(stuck), []);
    const prevention = '# Wallet loop\n\n## Issue Summary\n\nWe added checks to prevent this from happening again.\n\n## Root Cause\n\nExceptions were caught too broadly.\n' + TAIL;
    assert.deepEqual(missing(prevention), ['Impact']);
  });

  it('takes an "Identified" field that says what was found as the cause, not one that says how it was noticed', () => {
    const found = '# Monitoring down\n\n- **Identified**: The Prometheus pod restarted with OOMKilled, causing its health check to go down\n\n- **Impact**: The monitoring system was not available for users.\n\n- **Context**: Restarted on Saturday night.\n' + TAIL;
    assert.deepEqual(missing(found), []);
    const noticed = '# Credentials\n\n- **Identified**: Notification from the security team regarding leaked credentials.\n\n- **Impact**: The monitoring system was not available for users.\n\n- **Context**: Reported on Saturday night.\n' + TAIL;
    assert.deepEqual(missing(noticed), ['Root Cause']);
  });

  it('takes someone not aware of where they worked, and nameservers not configured with the correct data, as the cause', () => {
    for (const context of ['An engineer deleting old clusters was not fully aware in which workspace he was working.', 'The domain was pointed at nameservers that were not configured with correct information.']) {
      assert.deepEqual(missing(`# Nodes deleted\n\n## Summary\n\nThe build service was down for users.\n\n- **Context**: ${context}\n${TAIL}`), [], context);
    }
  });
});

