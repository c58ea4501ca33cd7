// Cost of reading big kubectl outputs (a busy cluster's `get events -A -o wide`, its -o json) and merging events into a timeline.
import { parseKubectlEvents } from '../src/core/kubectl';
import { mergeEventsIntoTimeline } from '../src/core/timeline/merge';
import { longPostmortem, typicalPostmortem } from './documents';
import type { BenchCase } from './harness';

const ROWS = 5000;
export const capturedAt = new Date('2026-05-04T12:00:00Z');
const reasons = ['BackOff', 'Pulled', 'Unhealthy', 'FailedMount', 'Scheduled', 'Killing'];

function event(i: number, rows = ROWS) {
  const time = new Date(capturedAt.getTime() - (rows - i) * 7_000).toISOString().replace(/\.\d+Z$/, 'Z');
  return {
    metadata: { name: `api-${i}.17a${i.toString(16)}`, namespace: `team-${i % 40}` },
    involvedObject: { kind: 'Pod', name: `api-${i % 300}-7d9f8b6c5d-x2k4q`, namespace: `team-${i % 40}`, fieldPath: 'spec.containers{api}' },
    reason: reasons[i % reasons.length],
    message: `Readiness probe failed: HTTP probe failed with statuscode: 503 — réplica ${i} 🚨`,
    source: { component: 'kubelet', host: `node-${i % 17}` },
    firstTimestamp: time,
    lastTimestamp: time,
    count: 1 + (i % 9),
    type: i % 3 === 0 ? 'Warning' : 'Normal',
  };
}

/** `kubectl get events -A -o wide` of `count` events. */
export function wideTable(count = ROWS): string {
  const rows = [['NAMESPACE', 'LAST SEEN', 'TYPE', 'REASON', 'OBJECT', 'SUBOBJECT', 'SOURCE', 'MESSAGE', 'FIRST SEEN', 'COUNT', 'NAME']];
  for (let i = 0; i < count; i++) {
    const e = event(i, count);
    const age = `${Math.floor(((count - i) * 7) / 60)}m`;
    rows.push([e.metadata.namespace, age, e.type, e.reason, `pod/${e.involvedObject.name}`, e.involvedObject.fieldPath, `kubelet, ${e.source.host}`, e.message, age, String(e.count), e.metadata.name]);
  }
  const widths = rows[0].map((_, c) => Math.max(...rows.map((r) => Array.from(r[c]).length)) + 3);
  return rows.map((r) => r.map((cell, c) => (c === r.length - 1 ? cell : cell + ' '.repeat(widths[c] - Array.from(cell).length))).join('')).join('\n');
}

/** `kubectl get events -A -o json` of `count` events. */
export function jsonList(count = ROWS): string {
  return JSON.stringify({ kind: 'List', apiVersion: 'v1', items: Array.from({ length: count }, (_, i) => event(i, count)) });
}

export const kubectlCases: BenchCase[] = [
  {
    name: `parseKubectlEvents, get events -A -o wide (${ROWS} rows)`,
    targetMs: 500,
    iterations: 10,
    setup: () => wideTable(),
    run: (text) => parseKubectlEvents(text as string, { capturedAt }),
  },
  {
    name: `parseKubectlEvents, -o json (${ROWS} events)`,
    targetMs: 300,
    iterations: 10,
    setup: () => jsonList(),
    run: (text) => parseKubectlEvents(text as string, { capturedAt }),
  },
  {
    name: `mergeEventsIntoTimeline, ${ROWS} events into the long postmortem's timeline`,
    targetMs: 2000,
    iterations: 5,
    setup: () => parseKubectlEvents(JSON.stringify({ kind: 'List', items: Array.from({ length: ROWS }, (_, i) => event(i)) }), { capturedAt }).events,
    run: (events) => mergeEventsIntoTimeline(longPostmortem, events as ReturnType<typeof parseKubectlEvents>['events']),
  },
  {
    name: 'mergeEventsIntoTimeline, 200 events into a typical postmortem',
    targetMs: 100,
    setup: () => parseKubectlEvents(JSON.stringify({ kind: 'List', items: Array.from({ length: 200 }, (_, i) => event(i)) }), { capturedAt }).events,
    run: (events) => mergeEventsIntoTimeline(typicalPostmortem, events as ReturnType<typeof parseKubectlEvents>['events']),
  },
];
