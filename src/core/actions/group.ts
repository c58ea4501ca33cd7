// Groups action items for the tree and the CLI: by postmortem, owner, status or due bucket, in a stable order.
import type { ActionEntry } from './entries';
import { DUE_BUCKET_LABELS, dueBucket, isOverdue, type DueBucket } from './dates';

export const GROUP_BY = ['postmortem', 'owner', 'status', 'due'] as const;
export type GroupBy = (typeof GROUP_BY)[number];

export interface ActionGroup {
  /** Stable across refreshes, for tree element ids. */
  key: string;
  label: string;
  entries: ActionEntry[];
}

const NO_OWNER = 'No owner';
const BUCKET_ORDER: DueBucket[] = ['overdue', 'thisWeek', 'later', 'noDate'];

/** Earliest due first, undated last; then by file and position so the order never depends on the scan. */
export function compareByDue(a: ActionEntry, b: ActionEntry): number {
  if (a.item.due !== b.item.due) {
    if (a.item.due === null) return 1;
    if (b.item.due === null) return -1;
    return a.item.due < b.item.due ? -1 : 1;
  }
  return compareByPosition(a, b);
}

/** By file path (code-unit order: the same everywhere, and cheap on thousands of items), then position in the file. */
export function compareByPosition(a: ActionEntry, b: ActionEntry): number {
  if (a.postmortem.file !== b.postmortem.file) return a.postmortem.file < b.postmortem.file ? -1 : 1;
  return a.item.range.start - b.item.range.start;
}

function collect(entries: readonly ActionEntry[], keyOf: (e: ActionEntry) => { key: string; label: string }): Map<string, ActionGroup> {
  const groups = new Map<string, ActionGroup>();
  for (const entry of entries) {
    const { key, label } = keyOf(entry);
    const group = groups.get(key) ?? { key, label, entries: [] };
    group.entries.push(entry);
    groups.set(key, group);
  }
  return groups;
}

export function groupActionEntries(unordered: readonly ActionEntry[], by: GroupBy, today: string): ActionGroup[] {
  // In file order first, so a group's label (the first spelling of an owner) never depends on the order files were read.
  const entries = [...unordered].sort(compareByPosition);
  switch (by) {
    case 'postmortem': {
      // Newest incident first: that is the one whose items are being worked on.
      const groups = [...collect(entries, (e) => ({ key: `postmortem:${e.postmortem.file}`, label: e.postmortem.title })).values()];
      const first = (g: ActionGroup) => g.entries[0].postmortem;
      groups.sort((a, b) => (first(b).incidentDate ?? '').localeCompare(first(a).incidentDate ?? '') || first(a).file.localeCompare(first(b).file));
      for (const g of groups) g.entries.sort(compareByPosition);
      return groups;
    }
    case 'owner': {
      // One group per owner as written, case-insensitively; items without one last, where they stand out.
      const groups = [...collect(entries, (e) => (e.item.owner ? { key: `owner:${e.item.owner.toLowerCase()}`, label: e.item.owner } : { key: 'owner:', label: NO_OWNER })).values()];
      groups.sort((a, b) => Number(a.key === 'owner:') - Number(b.key === 'owner:') || a.label.localeCompare(b.label));
      for (const g of groups) g.entries.sort(compareByDue);
      return groups;
    }
    case 'status': {
      const labels = { overdue: 'Overdue', open: 'Open', done: 'Done' } as const;
      const groups = collect(entries, (e) => {
        const status = e.item.done ? 'done' : isOverdue(e.item, today) ? 'overdue' : 'open';
        return { key: `status:${status}`, label: labels[status] };
      });
      return (['overdue', 'open', 'done'] as const).flatMap((s) => groups.get(`status:${s}`) ?? []).map((g) => ({ ...g, entries: g.entries.sort(compareByDue) }));
    }
    case 'due': {
      const groups = collect(entries, (e) => {
        const bucket = dueBucket(e.item, today);
        return { key: `due:${bucket}`, label: DUE_BUCKET_LABELS[bucket] };
      });
      return BUCKET_ORDER.flatMap((b) => groups.get(`due:${b}`) ?? []).map((g) => ({ ...g, entries: g.entries.sort(compareByDue) }));
    }
  }
}
