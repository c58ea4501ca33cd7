import assert from 'node:assert/strict';
import { applyFixes } from '../../../src/core/lint/fixes';
import { parsePostmortem } from '../../../src/core/model/parse';
import { composeStatusUpdate, statusUpdateEvent, suggestedKind } from '../../../src/core/statusUpdate/compose';
import { mergeEventsIntoTimeline } from '../../../src/core/timeline/merge';

const DOC = `# Checkout outage

**Date**: 2026-03-02  
**Status**: Investigating

## Impact

**User Impact**:
- Checkout failed for 30% of customers
- [Describe business impact]

## Timeline

| Time (UTC) | Event Type | Event |
|------------|------------|-------|
| 10:00 | \`automated\` | Deploy of checkout v2.3 started |
| 10:05 | \`notification\` | Error-rate alert fired |
| 10:12 | \`operator\` | On-call acknowledged the page |
| 10:30 | \`operator\` | Rolled back to v2.2 |

## Root Cause

**Primary Cause**:
A connection pool limit halved by the v2.3 configuration.
`;

const now = new Date('2026-03-02T10:45:00Z');

describe('status updates', () => {
  it('composes [INCIDENT UPDATE] from the status, impact, latest rows and cadence', () => {
    const doc = parsePostmortem(DOC);
    assert.equal(suggestedKind(doc), 'update');
    const update = composeStatusUpdate(doc, { kind: 'update', format: 'plain', now, cadenceMinutes: 30, link: null });
    assert.equal(update.text, [
      '[INCIDENT UPDATE - 2026-03-02 10:45 UTC]',
      'Status: Monitoring',
      'Impact: Checkout failed for 30% of customers',
      'Current actions: 10:05 notification — Error-rate alert fired; 10:12 operator — On-call acknowledged the page; 10:30 operator — Rolled back to v2.2',
      'Next update: 11:15 UTC',
    ].join('\n'));
  });

  it('composes [INCIDENT RESOLVED] with duration, root cause and link, in Slack style', () => {
    const doc = parsePostmortem(DOC.replace('| 10:30 | `operator` | Rolled back to v2.2 |', '| 10:30 | `operator` | Rolled back to v2.2 |\n| 11:10 | `operator` | Incident resolved |'));
    assert.equal(suggestedKind(doc), 'resolved');
    const update = composeStatusUpdate(doc, { kind: 'resolved', format: 'slack', now: new Date('2026-03-02T11:20:00Z'), cadenceMinutes: 30, link: 'https://example.com/pm.md' });
    assert.equal(update.text, [
      '*[INCIDENT RESOLVED - 2026-03-02 11:20 UTC]*',
      '*Duration:* 2026-03-02 10:00 UTC to 11:10 UTC (1 hour 10 minutes)',
      '*Impact:* Checkout failed for 30% of customers',
      '*Root cause:* A connection pool limit halved by the v2.3 configuration.',
      '*Post-mortem:* <https://example.com/pm.md|Checkout outage> (within 48 hours)',
    ].join('\n'));
  });

  it('records the update as a comms row in time order, in the table’s style', () => {
    const doc = parsePostmortem(DOC);
    const update = composeStatusUpdate(doc, { kind: 'update', format: 'plain', now: new Date('2026-03-02T10:20:00Z'), cadenceMinutes: 30, link: null });
    const merged = mergeEventsIntoTimeline(DOC, [statusUpdateEvent(update, new Date('2026-03-02T10:20:00Z'))], { eventType: 'comms' });
    const text = applyFixes(DOC, merged.edits);
    assert.match(text, /\| 10:12 \| `operator` \| On-call acknowledged the page \|\n\| 10:20 \| `comms` \| Status update posted: Investigating; next update 10:50 UTC \|\n\| 10:30 \|/);
  });
});
