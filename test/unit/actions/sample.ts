// Two small postmortems in the formats the tests edit and group: task lists, a plain list, a table with a Status column.
import { actionEntries, type ActionEntry } from '../../../src/core/actions/entries';
import { parsePostmortem } from '../../../src/core/model/parse';

export const CACHE = `# Checkout latency after the cache migration

**Incident ID**: INC-2026-01-10-001
**Date**: 2026-01-10
**Severity**: P1-High

## Action Items

- [x] Raise the pool limit on the new cluster
- [ ] Add a connection-saturation alert, "p99" view (owner: @wli, due: 2026-02-01)
- [ ] Document the cut-over checklist
`;

export const QUEUE = `# Queue outage

**Date**: 2026-02-14
**Severity**: SEV2 (High)

## Action Items

| Action | Owner | Due | Status |
|---|---|---|---|
| Add a dead-letter queue | Priya Raman | 2026-02-20 | Open |
| Cap retries per message | Wen Li, Tomás Ortega | 2026-03-30 | |
| Page on consumer lag | | | Done |

## Follow-ups

- Review partition count. Owner: Tomás Ortega. Due: 2026-02-25.
`;

export const TODAY = '2026-02-22';

export function sampleEntries(): ActionEntry[] {
  return [...actionEntries('postmortems/cache.md', parsePostmortem(CACHE)), ...actionEntries('postmortems/queue.md', parsePostmortem(QUEUE))];
}
