// Which placeholder "Next Placeholder" / "Previous Placeholder" selects: the one after (or before) the selection, wrapping around like snippet tab stops.
import type { TextRange } from '../model/types';

export type PlaceholderDirection = 'next' | 'previous';

/**
 * The placeholder to select from `selection`, in document order, wrapping at either end; null when there is none.
 * The placeholder that is selected (or holds the cursor) is skipped, so pressing the key again moves on.
 */
export function placeholderFrom(placeholders: readonly TextRange[], selection: TextRange, direction: PlaceholderDirection): TextRange | null {
  if (placeholders.length === 0) return null;
  const sorted = [...placeholders].sort((a, b) => a.start - b.start);
  if (direction === 'next') return sorted.find((p) => p.start >= selection.end && !(p.start === selection.start && p.end === selection.end)) ?? sorted[0];
  for (let i = sorted.length - 1; i >= 0; i--) if (sorted[i].end <= selection.start && !(sorted[i].start === selection.start && sorted[i].end === selection.end)) return sorted[i];
  return sorted[sorted.length - 1];
}
