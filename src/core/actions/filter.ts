// Which action items to show: open only, overdue only, mine (owners matching the user's names or @handles), text.
import * as z from '../zod';
import type { ActionEntry } from './entries';
import { isOverdue } from './dates';

export const actionFilterSchema = z.object({
  openOnly: z._default(z.boolean(), true),
  overdueOnly: z._default(z.boolean(), false),
  /** Names or @handles that are "me"; the filter is off when null. */
  mine: z._default(z.nullable(z.array(z.string())), null),
  text: z._default(z.string(), ''),
});
export type ActionFilter = z.infer<typeof actionFilterSchema>;

/** "@Wen.Li " and "wen.li" are the same person; so are "Wen  Li" and "wen li". */
function normalizeName(name: string): string {
  return name.replace(/^@/, '').replace(/\s+/g, ' ').trim().toLowerCase();
}

/** "Alice, @bob and the SRE team" → the people it names, one by one. */
export function ownerNames(owner: string): string[] {
  return owner.split(/(?:(?<!\s)\s+)?(?:,|;|&|\/|\band\b)\s*/i).map(normalizeName).filter((n) => n !== '');
}

/** True when the owner names one of `me`: whole names or handles, case-insensitive ("Wen" alone does not match "Wen Li"). */
export function ownerMatches(owner: string | null, me: readonly string[]): boolean {
  return ownerMatcher(me)(owner);
}

function ownerMatcher(me: readonly string[]): (owner: string | null) => boolean {
  const wanted = new Set(me.map(normalizeName).filter((n) => n !== ''));
  return (owner) => owner !== null && ownerNames(owner).some((name) => wanted.has(name));
}

function matchesText(entry: ActionEntry, query: string): boolean {
  const haystack = [entry.item.text, entry.item.owner ?? '', entry.item.ticket ?? '', entry.postmortem.title, entry.postmortem.file].join('\n').toLowerCase();
  return query.toLowerCase().split(/\s+/).filter((w) => w !== '').every((word) => haystack.includes(word));
}

export function filterActionEntries(entries: readonly ActionEntry[], filter: Partial<ActionFilter>, today: string): ActionEntry[] {
  const f = actionFilterSchema.parse(filter);
  const isMine = f.mine === null ? null : ownerMatcher(f.mine);
  return entries.filter((entry) => {
    const { item } = entry;
    if (f.openOnly && item.done) return false;
    if (f.overdueOnly && !isOverdue(item, today)) return false;
    if (isMine !== null && !isMine(item.owner)) return false;
    return f.text.trim() === '' || matchesText(entry, f.text);
  });
}
