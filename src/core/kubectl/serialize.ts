// The JSON shape of an event for `postmortem events --format json` and the golden fixtures.
import type { KubectlEvent } from './types';

export interface KubectlEventJson {
  time: string | null;
  firstTime: string | null;
  approximate: boolean;
  count: number | null;
  type: string;
  reason: string;
  object: string;
  namespace: string | null;
  message: string;
  source: string | null;
}

/** ISO 8601 in UTC, without a fraction when there is none (as Kubernetes writes its timestamps). */
export function isoUtc(date: Date | null): string | null {
  return date ? date.toISOString().replace(/\.000Z$/, 'Z') : null;
}

export function eventToJson(event: KubectlEvent): KubectlEventJson {
  return {
    time: isoUtc(event.time),
    firstTime: isoUtc(event.firstTime),
    approximate: event.approximate,
    count: event.count,
    type: event.type,
    reason: event.reason,
    object: event.object,
    namespace: event.namespace,
    message: event.message,
    source: event.source,
  };
}
