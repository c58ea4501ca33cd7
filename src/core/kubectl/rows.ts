// Turns the cells of one table row into an event, or says the line is not a row (a message's continuation).
import { isValid, parse, parseISO } from 'date-fns';
import type { Column, ColumnRole } from './columns';
import { instantFromAge, parseAgeCell, type AgeCell } from './humanDuration';
import type { KubectlEvent } from './types';
import { KeptResults } from '../text/memo';

/** A time column holds an age ("3m12s (x4 over 9m)") or, in kubectl 1.0, a timestamp ("Thu, 09 Apr 2015 22:01:40 +0000"). */
export type TimeCell = { age: AgeCell } | { at: Date };

/** A row's cells, checked but not yet placed in time. */
export interface RawRow {
  cells: Partial<Record<ColumnRole, string>>;
  last: TimeCell;
  first: TimeCell | null;
}

/** `-o custom-columns` prints `<none>` for a missing value. */
const NONE = '<none>';

/** Age cells already read, by their text: a paste of thousands of rows repeats a few dozen ages ("2m", "5m12s"). */
const ages = new KeptResults<AgeCell | null>(5_000);

function readTimeCell(text: string): TimeCell | null {
  const age = ages.get(text, () => parseAgeCell(text));
  if (age) return { age };
  if (text === NONE) return { age: { last: { kind: 'unknown' }, count: null, first: null } };
  let at: Date | null = null;
  // `-o custom-columns=LastSeen:.lastTimestamp,…` prints RFC 3339.
  if (/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}/.test(text)) at = parseISO(text);
  else if (/^[A-Z][a-z]{2}, \d/.test(text)) at = parse(text, 'EEE, dd MMM yyyy HH:mm:ss xx', new Date(0));
  return at && isValid(at) ? { at } : null;
}

/** Whether the cell gives a time worked out from an age (not a timestamp, not `<unknown>`). */
function fromAge(cell: TimeCell | null): boolean {
  return cell !== null && 'age' in cell && cell.age.last.kind !== 'unknown';
}

function instantOf(cell: TimeCell, capturedAt: Date): Date | null {
  return 'at' in cell ? cell.at : instantFromAge(cell.age.last, capturedAt);
}

const CHECKS: Partial<Record<ColumnRole, RegExp>> = {
  // A DNS label, as Kubernetes requires of namespace names.
  namespace: /^[a-z0-9](?:[-a-z0-9]*[a-z0-9])?$/,
  type: /^[A-Za-z]+$/,
  reason: /^\S*$/,
  object: /^\S+$/,
  // A field path such as spec.containers{web}, kubectl 1.0's "implicitly required container POD", or nothing.
  subobject: /^(?:[^\s.{]*[.{]\S*|implicitly required container \S+)?$/,
  count: /^\d*$/,
  name: /^\S+$/,
  kind: /^\S+$/,
  watchEvent: /^[A-Z]+$/,
};

export function readRow(cells: readonly string[], columns: readonly Column[]): RawRow | null {
  const byRole: Partial<Record<ColumnRole, string>> = {};
  for (let i = 0; i < columns.length; i++) {
    const raw = (cells[i] ?? '').trim();
    const cell = raw === NONE && columns[i].role !== 'lastSeen' && columns[i].role !== 'firstSeen' ? '' : raw;
    const check = CHECKS[columns[i].role];
    if (check && !check.test(cell)) return null;
    byRole[columns[i].role] = cell;
  }
  const lastText = byRole.lastSeen ?? byRole.age ?? byRole.firstSeen;
  const last = lastText === undefined ? null : readTimeCell(lastText);
  if (!last) return null;
  let first: TimeCell | null = null;
  if (byRole.firstSeen !== undefined && (byRole.lastSeen !== undefined || byRole.age !== undefined)) {
    first = readTimeCell(byRole.firstSeen);
    if (!first) return null;
  }
  return { cells: byRole, last, first };
}

/** `{kubelet node-1}` (kubectl before 1.10) and `kubelet, node-1` both name a component and its host. */
export function normaliseSource(text: string | undefined): string | null {
  if (text === undefined) return null;
  const braced = /^\{\s*(\S*)\s*(\S*)\s*\}$/.exec(text.trim());
  const source = braced ? [braced[1], braced[2]].filter(Boolean).join(', ') : text.trim();
  return source === '' ? null : source;
}

export interface RowContext {
  capturedAt: Date;
  /** Whether a row without "(xN over …)" stands for a single occurrence (kubectl events, describe). */
  singletonWithoutSeries: boolean;
  /** The described object when the table is a describe Events: section. */
  object?: string;
  namespace?: string | null;
}

/** `message`: the row's message with the lines it spilled onto, when it did. */
export function rowToEvent(row: RawRow, context: RowContext, message = row.cells.message ?? ''): KubectlEvent {
  const { cells } = row;
  const time = instantOf(row.last, context.capturedAt);
  const series = 'age' in row.last ? row.last.age : null;
  let firstTime: Date | null = null;
  if (row.first) firstTime = instantOf(row.first, context.capturedAt);
  else if (series?.first) firstTime = instantFromAge(series.first, context.capturedAt);
  else if (context.singletonWithoutSeries) firstTime = time;
  let count: number | null = null;
  if (cells.count !== undefined && cells.count !== '') count = Number(cells.count);
  else if (series?.count != null) count = series.count;
  else if (context.singletonWithoutSeries) count = 1;
  // kubectl 1.13 showed only the KIND of the object.
  let object = cells.object ?? context.object ?? cells.kind ?? '';
  if (cells.object === undefined && cells.name !== undefined) {
    // kubectl 1.10–1.13 printed the event's own name there: the object's name plus a hex timestamp.
    const name = cells.name.replace(/\.[0-9a-f]{12,}$/, '');
    object = cells.kind ? `${cells.kind}/${name}` : name;
  }
  return {
    time,
    firstTime,
    approximate: fromAge(row.last) || fromAge(row.first) || (series?.first != null && series.first.kind !== 'unknown'),
    count,
    type: cells.type ?? '',
    reason: cells.reason ?? '',
    object,
    namespace: cells.namespace ?? context.namespace ?? null,
    message,
    source: normaliseSource(cells.source),
  };
}
