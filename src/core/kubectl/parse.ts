// parseKubectlEvents: finds kubectl events output of any kind in pasted text and returns its events in time order.
import { describedObject } from './describe';
import { readHeaderlessRows } from './headerless';
import { parseHeader } from './columns';
import { readStructured } from './structured';
import { readEventTable } from './table';
import type { KubectlEvent, KubectlFormat, KubectlParseOptions, KubectlParseResult } from './types';

const NOTHING_FOUND = /^\s*No (?:resources|events) found\b/;

/** Removes what terminals and clipboards add: CRs, a BOM, colour codes (kubecolor, `--color`), a quote or comment mark on every line. */
function clean(text: string): string {
  // eslint-disable-next-line no-control-regex -- ANSI escape sequences are exactly what is being removed.
  const plain = text.replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n').replace(/\x1b\[[0-9;?]*[A-Za-z]/g, '');
  const lines = plain.split('\n');
  const filled = lines.filter((line) => line.trim() !== '');
  // Output quoted in chat ("> ") or kept as comments in a script ("# ") has the mark on every line.
  const mark = ['> ', '# '].find((prefix) => filled.length > 1 && filled.every((line) => line.startsWith(prefix)));
  return mark ? lines.map((line) => (line.startsWith(mark) ? line.slice(mark.length) : line)).join('\n') : plain;
}

export function parseKubectlEvents(text: string, options: KubectlParseOptions): KubectlParseResult {
  // Ages count whole seconds at best: a capture moment finer than that only adds noise to the times.
  const capturedAt = new Date(Math.floor(options.capturedAt.getTime() / 1000) * 1000);
  const input = clean(text);
  const structured = readStructured(input);
  if (structured) return finish([structured.format], structured.events);
  const lines = input.split('\n');
  const formats: KubectlFormat[] = [];
  const events: KubectlEvent[] = [];
  let index = 0;
  while (index < lines.length) {
    const line = lines[index];
    const eventsLine = /^\s*Events:\s*(<none>)?\s*$/.exec(line);
    if (eventsLine) {
      if (eventsLine[1]) {
        formats.push('describe');
        index++;
        continue;
      }
      const header = lines.findIndex((l, i) => i > index && l.trim() !== '');
      const table = header === -1 ? null : readEventTable(lines, header, capturedAt, describedObject(lines, index));
      if (table) {
        formats.push('describe');
        events.push(...table.events);
        index = Math.max(table.end, index + 1);
        continue;
      }
    } else if (parseHeader(line)) {
      const table = readEventTable(lines, index, capturedAt);
      // kubectl never prints a header without rows; a lone line of column names is prose.
      if (table && table.events.length > 0) {
        formats.push(table.format);
        events.push(...table.events);
        index = Math.max(table.end, index + 1);
        continue;
      }
    } else if (NOTHING_FOUND.test(line)) {
      formats.push('none-found');
    }
    index++;
  }
  if (formats.length === 0) {
    const headerless = readHeaderlessRows(lines, capturedAt);
    if (headerless) return finish([headerless.format], headerless.events);
  }
  return finish(dedupe(formats), events);
}

function dedupe<T>(items: readonly T[]): T[] {
  return [...new Set(items)];
}

/** Two rows are the same event when everything kubectl printed about them agrees. */
function identity(event: KubectlEvent): string {
  return JSON.stringify([event.time?.getTime() ?? null, event.type, event.reason, event.object, event.namespace, event.message]);
}

/** Sorts by time, keeping kubectl's order among equal times, and drops repeats (a watch prints an event again when it is modified). */
function finish(formats: KubectlFormat[], events: readonly KubectlEvent[]): KubectlParseResult {
  const sorted = events
    .map((event, order) => ({ event, order }))
    .sort((a, b) => timeKey(a.event) - timeKey(b.event) || a.order - b.order)
    .map(({ event }) => event);
  const seen = new Set<string>();
  const unique = sorted.filter((event) => {
    const key = identity(event);
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
  return { formats, events: unique, relative: unique.some((event) => event.approximate) };
}

function timeKey(event: KubectlEvent): number {
  return event.time ? event.time.getTime() : Number.POSITIVE_INFINITY;
}
