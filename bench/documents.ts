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

const SENTENCES = [
  'The replica fell behind because a long-running migration held a lock on the orders table.',
  'The failover guard did not account for replication lag, so traffic stayed on the lagging replica.',
  'Alerts fired within two minutes, and the on-call engineer acknowledged the page from the dashboard.',
  'The pipeline did not include a load test step for schema changes of this size.',
  'We rolled back the migration and the replica caught up about forty minutes later.',
  'Customers saw stale order status in the mobile app; no orders were lost.',
  'The runbook for replica lag pointed at a dashboard that had been renamed in the spring.',
  'Joe Park paired with the database team to confirm the lock holder before killing the session.',
];

function paragraph(i: number): string {
  return `${SENTENCES[i % SENTENCES.length]} ${SENTENCES[(i * 3 + 1) % SENTENCES.length]} (observation ${i})`;
}

/** Paragraphs, each followed by a blank line: two lines apiece. */
function prose(from: number, count: number): string[] {
  return Array.from({ length: count }, (_, i) => `${paragraph(from + i)}\n`);
}

/**
 * A postmortem of about `lines` lines in the shape of the built-in GitOps template: metadata, summary, a timeline
 * table of `timelineRows` rows, impact, root cause, what worked and what did not, `actionItems` action items and
 * lessons learned; prose fills the rest, spread over the prose sections.
 */
export function realisticPostmortem(lines: number, timelineRows: number, actionItems: number): string {
  const header = [
    '# Incident Postmortem: Replication lag on the orders database',
    '',
    '## Incident Overview',
    '',
    '**Incident ID**: INC-2026-02-01-001  ',
    '**Date**: 2026-02-01  ',
    '**Duration**: 02:40  ',
    '**Severity**: P1-High  ',
    '**Status**: Resolved',
    '',
    '**Incident Commander**: Ana Lima  ',
    '**Participants**: Ana Lima, Joe Park, Mei Chen',
    '',
  ];
  const actionLines = actionItems + Math.ceil((actionItems * 2) / 3) * 2;
  const fixedLines = header.length + 30 + timelineRows + actionLines;
  const proseSections = ['Executive Summary', 'Impact', 'Root Cause Analysis', "What Worked Well?", "What Didn't Work?", 'Lessons Learned'];
  const perSection = Math.max(1, Math.floor((lines - fixedLines) / 2 / proseSections.length));
  let next = 0;
  const section = (title: string, level = '##') => {
    const body = prose(next, perSection);
    next += perSection;
    return [`${level} ${title}`, '', ...body];
  };
  return [
    ...header,
    ...section(proseSections[0]),
    '## What Happened?',
    '',
    '### Timeline',
    '',
    '| Time (UTC) | Event | Action Taken |',
    '|------------|-------|--------------|',
    ...Array.from({ length: timelineRows }, (_, i) => row(i)),
    '',
    ...section(proseSections[1], '###'),
    '## Why Did This Happen?',
    '',
    ...section(proseSections[2], '###'),
    ...section(proseSections[3], '###'),
    ...section(proseSections[4], '###'),
    '## What Are We Doing Differently?',
    '',
    ...Array.from({ length: actionItems }, (_, i) => action(i)),
    '',
    ...section(proseSections[5]),
  ].join('\n');
}

/** The two sizes: 1,000 and 10,000 lines, with a long timeline and many action items. */
export const postmortem1k = realisticPostmortem(1000, 300, 50);
export const postmortem10k = realisticPostmortem(10_000, 3000, 500);
