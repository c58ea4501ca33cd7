// parseKubectlEvents: finds kubectl events output of any kind in pasted text and returns its events in time order.
import { describedObject } from './describe';
import { readHeaderlessRows } from './headerless';
import { parseHeader } from './columns';
import { mayOpenStructured, readStructured } from './structured';
import { readEventTable } from './table';
import { joinCutHeaders } from './cutLines';
import type { KubectlEvent, KubectlFormat, KubectlParseOptions, KubectlParseResult } from './types';

const NOTHING_FOUND = /^\s*No (?:resources|events) found\b/;

/**
 * The text's lines without what terminals and clipboards add: CRs, a BOM, colour codes (kubecolor, `--color`),
 * no-break spaces, HTML entities, a quote or comment mark on every line, Markdown marks around a whole line or table bars.
 */
function clean(text: string): string[] {
  return withoutMarks(plainText(text));
}

function plainText(text: string): string {
  // eslint-disable-next-line no-control-regex -- ANSI escape sequences are exactly what is being removed.
  const plain = text
    .replace(/^\uFEFF/, '')
    .replace(/\r\n?/g, '\n')
    .replace(/\x1b\[[0-9;?]*[A-Za-z]/g, '')
    // Web pages and chat apps turn runs of spaces into no-break spaces, and slip in zero-width ones.
    .replace(/[\u00A0\u2007\u202F]/g, ' ')
    .replace(/[\u200B\u200C\u200D\u2060]/g, '');
  return unescapedHtml(plain);
}

/** Text copied out of HTML source ("&lt;unknown&gt;", "&quot;nginx&quot;"): the five basic entities read back. */
function unescapedHtml(text: string): string {
  if (!/&(?:lt|gt|quot);/.test(text)) return text;
  const entities: Record<string, string> = { lt: '<', gt: '>', quot: '"', '#39': "'", apos: "'", amp: '&' };
  return text.replace(/&(lt|gt|quot|#39|apos|amp);/g, (_, name: string) => entities[name]);
}

const FILLED = /\S/;
const FENCE = /^\s*(?:```|~~~)/;

function withoutMarks(plain: string): string[] {
  const lines = plain.split('\n');
  // Output quoted in chat ("> "), kept as comments in a script ("# ") or added in a diff ("+") has the mark on every line.
  const filled = (line: string) => FILLED.test(line) && !FENCE.test(line);
  const firstFilled = lines.find(filled);
  const candidates = ['> ', '# ', '+'].filter((prefix) => firstFilled?.startsWith(prefix));
  const mark = candidates.find((prefix) => {
    let count = 0;
    for (const line of lines) {
      if (!filled(line)) continue;
      if (!line.startsWith(prefix)) return false;
      count++;
    }
    return count > 1;
  });
  const unmarked = mark ? lines.map((line) => (line.startsWith(mark) ? line.slice(mark.length) : line)) : lines;
  return withoutTablePipes(unmarked.map(unwrapped));
}

const PIPE_ROW = /^\s*\|/;

/**
 * Output turned into a Markdown table ("| LAST SEEN | TYPE | … |", "|---|---|") or with a bar before each cell: the
 * bars become spaces, which keeps every column where it was.
 */
function withoutTablePipes(lines: string[]): string[] {
  let piped = 0;
  for (let i = 0; i < lines.length && piped < 2; i++) if (PIPE_ROW.test(lines[i])) piped++;
  if (piped < 2) return lines;
  return lines.map((line) => {
    if (!PIPE_ROW.test(line)) return line;
    // The "|:---|---:|" line under a Markdown header: alignment colons go too, so it reads as an underline.
    const separator = /^[\s|:-]+$/.test(line);
    return line.replace(separator ? /[|:]/g : /\|/g, ' ');
  });
}

/** A line written as Markdown code or emphasis as a whole ("`2m  Warning  BackOff …`", "_2m 2m 3 {kubelet n1} …_", "**$ kubectl …**"). */
const WRAPPED_LINE = /^(\s*)(`|\*\*|__|\*|_)(\S.*?\S)\2\s*$/;

const STARTS_WRAPPED = /^\s*[`*_]/;

function unwrapped(line: string): string {
  // Nearly every line starts with neither a mark nor a fence: settled by its first character.
  if (!STARTS_WRAPPED.test(line)) return line;
  if (/^\s*(?:```|~~~)/.test(line)) return line;
  const wrapped = WRAPPED_LINE.exec(line);
  return wrapped ? wrapped[1] + wrapped[3] : line;
}

export function parseKubectlEvents(text: string, options: KubectlParseOptions): KubectlParseResult {
  // Ages count whole seconds at best: a capture moment finer than that only adds noise to the times.
  const capturedAt = new Date(Math.floor(options.capturedAt.getTime() / 1000) * 1000);
  const cleaned = clean(text);
  // The lines are joined again only for output that may be JSON or YAML: a table of 10,000 rows is not copied twice.
  const structured = cleaned.some(mayOpenStructured) ? readStructured(cleaned.join('\n')) : null;
  // Every Event object is printed once per JSON or YAML List: a repeat is the same object seen again by a watch.
  if (structured) return finish([structured.format], structured.events.map((event) => [event]));
  const lines = joinCutHeaders(cleaned);
  const formats: KubectlFormat[] = [];
  const blocks: KubectlEvent[][] = [];
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
        blocks.push(table.events);
        index = Math.max(table.end, index + 1);
        continue;
      }
    } else if (parseHeader(line)) {
      const table = readEventTable(lines, index, capturedAt);
      // kubectl never prints a header without rows; a lone line of column names is prose.
      if (table && table.events.length > 0) {
        formats.push(table.format);
        // A watch prints an event again each time it changes; rows of any other table are distinct events.
        blocks.push(...(table.format === 'get-events-watch' ? table.events.map((event) => [event]) : [table.events]));
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
    if (headerless) return finish([headerless.format], [headerless.events]);
  }
  return finish(dedupe(formats), blocks);
}

function dedupe<T>(items: readonly T[]): T[] {
  return [...new Set(items)];
}

/** Two rows are the same event when everything kubectl printed about them agrees. */
function identity(event: KubectlEvent): string {
  // Each text behind its length, so no two different events share a key whatever their texts hold.
  const texts = [event.type, event.reason, event.object, event.namespace ?? '', event.message];
  return `${event.time?.getTime() ?? '-'}|${event.namespace === null ? '-' : '+'}|${texts.map((text) => `${text.length}:${text}`).join('')}`;
}

/**
 * Sorts by time, keeping kubectl's order among equal times, and drops an event read twice: the same output pasted
 * twice, or `get events` and `describe` together. Rows alike within one table are separate events (three
 * "SystemOOM" at 17m), so each event is kept as many times as the table that shows it most often has it.
 */
function finish(formats: KubectlFormat[], blocks: readonly KubectlEvent[][]): KubectlParseResult {
  // One table alone repeats nothing: every row is an event of its own.
  const unique = blocks.length === 1 ? blocks[0] : distinct(blocks);
  const sorted = inTimeOrder(unique)
    ? unique
    : unique
        .map((event, order) => ({ event, order }))
        .sort((a, b) => timeKey(a.event) - timeKey(b.event) || a.order - b.order)
        .map(({ event }) => event);
  return { formats, events: sorted, relative: sorted.some((event) => event.approximate) };
}

/** Each event as many times as the block that has it most often has it, in the order first met. */
function distinct(blocks: readonly KubectlEvent[][]): KubectlEvent[] {
  const kept = new Map<string, number>();
  const unique: KubectlEvent[] = [];
  for (const block of blocks) {
    const inBlock = new Map<string, number>();
    for (const event of block) {
      const key = identity(event);
      const seen = (inBlock.get(key) ?? 0) + 1;
      inBlock.set(key, seen);
      if (seen > (kept.get(key) ?? 0)) {
        kept.set(key, seen);
        unique.push(event);
      }
    }
  }
  return unique;
}

/** Whether the events are already sorted (kubectl prints most tables oldest first): a stable sort would keep them as they are. */
function inTimeOrder(events: readonly KubectlEvent[]): boolean {
  for (let i = 1; i < events.length; i++) if (timeKey(events[i]) < timeKey(events[i - 1])) return false;
  return true;
}

function timeKey(event: KubectlEvent): number {
  return event.time ? event.time.getTime() : Number.POSITIVE_INFINITY;
}
