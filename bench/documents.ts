// Synthetic postmortems for the benchmarks: a typical one and a very long one, in the template's shape.

function row(i: number): string {
  const minutes = i % 1440;
  const time = `${String(Math.floor(minutes / 60)).padStart(2, '0')}:${String(minutes % 60).padStart(2, '0')}`;
  return `| ${time} | Replica ${i} reported lag above threshold on shard ${i % 17} | Checked dashboards |`;
}

function action(i: number): string {
  return i % 3 === 0
    ? `- [x] Completed follow-up number ${i}`
    : `- [ ] **Owner**: Team ${i % 7} | **Due**: 2026-${String((i % 12) + 1).padStart(2, '0')}-15  \n  Improve the alerting of subsystem ${i} so lag is caught earlier\n`;
}

export function postmortem(timelineRows: number, actionItems: number, paragraphs: number): string {
  return [
    '# Postmortem: Replication lag on the orders database',
    '',
    '**Incident ID**: INC-2026-02-01-001  ',
    '**Date**: 2026-02-01  ',
    '**Severity**: P1-High  ',
    '**Status**: Resolved  ',
    '**Incident Commander**: Ana Lima  ',
    '**Participants**: Ana Lima, Joe Park, Mei Chen',
    '',
    '## Executive Summary',
    '',
    ...Array.from({ length: paragraphs }, (_, i) => `Paragraph ${i}: the replica fell behind because a long-running migration held a lock on the orders table, and the failover guard did not account for lag. The pipeline didn't include a load test step.\n`),
    '## Timeline',
    '',
    '| Time (UTC) | Event | Action Taken |',
    '|------------|-------|--------------|',
    ...Array.from({ length: timelineRows }, (_, i) => row(i)),
    '',
    '## Action Items',
    '',
    ...Array.from({ length: actionItems }, (_, i) => action(i)),
  ].join('\n');
}

/** About the size of the seed template filled in: 8 KB. */
export const typicalPostmortem = postmortem(12, 12, 12);
/** A very long postmortem, about 300 KB: a day of timeline at one row a minute and 300 action items. */
export const longPostmortem = postmortem(1440, 300, 200);
