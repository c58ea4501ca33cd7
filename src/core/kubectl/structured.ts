// Reads `-o json` and `-o yaml` output: a List/EventList, a single Event, or a watch stream, in core/v1 or events.k8s.io/v1.
import { parseISO, isValid } from 'date-fns';
import { readYaml } from '../text/yaml';
import * as z from '../zod';
import { isKubectlNoise } from './noise';
import type { KubectlEvent } from './types';

const text = z.nullish(z.string());
const reference = z.object({ kind: text, name: text, namespace: text, fieldPath: text });
const source = z.object({ component: text, host: text });

/** The union of core/v1 Event and events.k8s.io/v1 Event fields that a timeline needs; everything is optional. */
const eventSchema = z.object({
  apiVersion: text,
  kind: text,
  metadata: z.nullish(z.object({ name: text, namespace: text, creationTimestamp: text })),
  involvedObject: z.nullish(reference),
  regarding: z.nullish(reference),
  reason: text,
  message: text,
  note: text,
  type: text,
  source: z.nullish(source),
  deprecatedSource: z.nullish(source),
  firstTimestamp: text,
  lastTimestamp: text,
  deprecatedFirstTimestamp: text,
  deprecatedLastTimestamp: text,
  eventTime: text,
  count: z.nullish(z.number()),
  deprecatedCount: z.nullish(z.number()),
  series: z.nullish(z.object({ count: z.nullish(z.number()), lastObservedTime: text })),
  reportingComponent: text,
  reportingController: text,
  reportingInstance: text,
});
type EventObject = z.infer<typeof eventSchema>;

export interface StructuredResult {
  format: 'json' | 'yaml';
  events: KubectlEvent[];
}

const JSON_START = /^[ \t]*[{[]/m;
const YAML_START = /^(?:-\s+)?(?:apiVersion|kind|items|metadata|involvedObject|regarding|---)\b/m;

/** Whether a line could be where JSON or YAML output starts: text with no such line is not read as either. */
export function mayOpenStructured(line: string): boolean {
  return JSON_START.test(line) || YAML_START.test(line);
}

/** Reads JSON or YAML kubectl output from the text; null when it is neither or holds no Event objects or event lists. */
export function readStructured(input: string): StructuredResult | null {
  const json = JSON_START.exec(input);
  if (json && onlyPreamble(input.slice(0, json.index))) {
    const values = parseJsonStream(untilFence(input.slice(json.index)));
    if (values) {
      const events = collect(values);
      if (events) return { format: 'json', events };
    }
  }
  const yaml = YAML_START.exec(input);
  if (yaml && onlyPreamble(input.slice(0, yaml.index))) {
    const values = parseYamlStream(untilFence(input.slice(yaml.index)));
    const events = values === null ? null : collect(values);
    if (events) return { format: 'yaml', events };
  }
  return null;
}

/**
 * The YAML documents of the text as plain values; null when any has an error. Too many aliases (a "billion laughs"
 * paste) or nesting too deep for the parser's recursion read as "not YAML" instead of throwing.
 */
function parseYamlStream(input: string): unknown[] | null {
  if (flowDepth(input) > MAX_FLOW_DEPTH) return null;
  return readYaml(input, true).values;
}

/** Flow collections (`[`, `{`) nested deeper than kubectl ever prints; the YAML parser is slow on thousands of levels. */
const MAX_FLOW_DEPTH = 64;

/** The deepest nesting of `[` and `{` in the text, by a plain count (quotes are not tracked: an upper bound is enough). */
function flowDepth(input: string): number {
  let depth = 0;
  let deepest = 0;
  for (const ch of input) {
    if (ch === '[' || ch === '{') deepest = Math.max(deepest, ++depth);
    else if ((ch === ']' || ch === '}') && depth > 0) depth--;
  }
  return deepest;
}

/** The closing code fence, or the next shell prompt, and whatever follows are not part of the output. */
function untilFence(body: string): string {
  const end = /^(?:[ \t]*(?:```|~~~)|(?![{["\s])[^\s@:~]*[@:~]\S*\s?[$#%](?:\s|$)|\[[^\]\n]*\][$#%](?:\s|$)|\$(?:\s|$))/m.exec(body);
  return end ? body.slice(0, end.index) : body;
}

/** Whether the text before JSON or YAML is only what comes with a paste, or ends by opening a code fence (a question above it). */
function onlyPreamble(before: string): boolean {
  const lines = before.trim().split('\n');
  return lines.every(isPromptOrBlank) || /^\s*(?:```|~~~)\s*(?:json|ya?ml|console|shell|bash|sh|text)?\s*$/i.test(lines[lines.length - 1] ?? '');
}

/** What may come before pasted JSON or YAML: blank lines, the command that printed it, a code fence, kubectl's warnings. */
function isPromptOrBlank(line: string): boolean {
  return line.trim() === '' || /\bkubectl\b/.test(line) || /^\s*(?:```|~~~)/.test(line) || isKubectlNoise(line);
}

/** One JSON value, or several concatenated (what `--watch -o json` prints). */
function parseJsonStream(input: string): unknown[] | null {
  try {
    return [JSON.parse(input)];
  } catch {
    // Not a single value: split at the top-level closing braces below.
  }
  const values: unknown[] = [];
  // Objects one or two levels down (`[{…}, {…` or `{"items": [{…}, {…`), kept in case the paste was cut short.
  const inner: Array<{ start: number; depth: number }> = [];
  const items: unknown[] = [];
  let depth = 0;
  let inString = false;
  let start = -1;
  for (let i = 0; i < input.length; i++) {
    const ch = input[i];
    if (inString) {
      if (ch === '\\') i++;
      else if (ch === '"') inString = false;
    } else if (ch === '"') {
      inString = true;
    } else if (ch === '{' || ch === '[') {
      if (depth === 0) start = i;
      if (ch === '{' && (depth === 1 || depth === 2)) inner.push({ start: i, depth });
      depth++;
    } else if (ch === '}' || ch === ']') {
      depth--;
      const open = inner[inner.length - 1];
      if (ch === '}' && open?.depth === depth) {
        inner.pop();
        try {
          items.push(JSON.parse(input.slice(open.start, i + 1)));
        } catch {
          // Not JSON after all; the whole-value reading below decides.
        }
      }
      if (depth === 0) {
        try {
          values.push(JSON.parse(input.slice(start, i + 1)));
        } catch {
          return null;
        }
      } else if (depth < 0) return null;
    }
  }
  if (values.length > 0 && depth === 0) return values;
  // Output pasted only in part (a long `-o json` cut off): the complete objects up to the cut.
  return depth > 0 && values.length === 0 && items.length > 0 ? items : null;
}

function record(value: unknown): Record<string, unknown> | null {
  return typeof value === 'object' && value !== null && !Array.isArray(value) ? (value as Record<string, unknown>) : null;
}

/** How many arrays, Lists and watch wrappers deep an event may sit. */
const MAX_EVENT_DEPTH = 8;

/** Event objects from Lists, single Events and watch wrappers; null when none of the values is event-shaped. */
function collect(values: readonly unknown[]): KubectlEvent[] | null {
  const events: KubectlEvent[] = [];
  let recognised = false;
  // Events sit a few levels down at most (a List's items, a watch event's object, an array of those): deeper values
  // are not read, so `[` nested thousands deep cannot overflow the stack.
  const visit = (value: unknown, depth = 0): void => {
    if (depth > MAX_EVENT_DEPTH) return;
    if (Array.isArray(value)) {
      for (const item of value) visit(item, depth + 1);
      return;
    }
    const object = record(value);
    if (!object) return;
    if (Array.isArray(object.items) && (typeof object.kind !== 'string' || /List$/.test(object.kind))) {
      // An empty List is what `get events -o json` prints when there are none; a List of Pods is not about events.
      if (object.kind === 'EventList' || object.items.length === 0) recognised = true;
      for (const item of object.items) visit(item, depth + 1);
      return;
    }
    // `--watch --output-watch-events`: {"type": "ADDED", "object": {...}}
    if (record(object.object) && typeof object.type === 'string') {
      visit(object.object, depth + 1);
      return;
    }
    if (!record(object.involvedObject) && !record(object.regarding)) return;
    const parsed = eventSchema.safeParse(object);
    if (!parsed.success) return;
    recognised = true;
    events.push(toEvent(parsed.data));
  };
  for (const value of values) visit(value);
  return recognised ? events : null;
}

function instant(value: string | null | undefined): Date | null {
  if (!value) return null;
  const parsed = parseISO(value);
  return isValid(parsed) ? parsed : null;
}

/** kubectl's formatEventSource: the component, then the host after a comma. */
function formatSource(component: string | null | undefined, host: string | null | undefined): string | null {
  if (!component && !host) return null;
  return host ? `${component ?? ''}, ${host}` : (component ?? null);
}

/** The same choices kubectl's printEvent makes: series first, then last/first timestamps, then eventTime. */
function toEvent(event: EventObject): KubectlEvent {
  const v1 = event.regarding && !event.involvedObject;
  const target = (v1 ? event.regarding : event.involvedObject) ?? {};
  const firstTime = instant(v1 ? event.deprecatedFirstTimestamp : event.firstTimestamp) ?? instant(event.eventTime);
  const lastTime = instant(event.series?.lastObservedTime) ?? instant(v1 ? event.deprecatedLastTimestamp : event.lastTimestamp) ?? firstTime;
  const count = event.series?.count ?? ((v1 ? event.deprecatedCount : event.count) || 1);
  const kind = target.kind ?? '';
  const source = v1
    ? formatSource(event.reportingController || event.deprecatedSource?.component, event.reportingInstance || event.deprecatedSource?.host)
    : formatSource(event.source?.component || event.reportingComponent, event.source?.host || event.reportingInstance);
  return {
    time: lastTime ?? instant(event.metadata?.creationTimestamp),
    firstTime,
    approximate: false,
    count,
    type: event.type ?? '',
    reason: event.reason ?? '',
    object: target.name ? (kind ? `${kind}/${target.name}` : target.name) : kind,
    // The event's own namespace, as the NAMESPACE column of `get events -A` shows it ("default" for a Node's events).
    namespace: event.metadata?.namespace || target.namespace || null,
    message: ((v1 ? event.note : event.message) ?? '').trim(),
    source,
  };
}
