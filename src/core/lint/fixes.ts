// Applies fixes (edits as data) to a text: the one function behind `postmortem lint --fix` and the editor's fix-all.
import type { TextEdit } from './types';

/**
 * The edits that can be applied together, in document order: an edit overlapping one already chosen is dropped
 * (the next run of the linter offers it again). Two insertions at the same offset keep their given order.
 */
export function applicableFixes(fixes: readonly TextEdit[]): TextEdit[] {
  const ordered = fixes.map((fix, index) => ({ fix, index })).sort((a, b) => a.fix.start - b.fix.start || a.fix.end - b.fix.end || a.index - b.index);
  const chosen: TextEdit[] = [];
  let reachedEnd = -1;
  for (const { fix } of ordered) {
    const previous = chosen[chosen.length - 1];
    if (previous && previous.start === fix.start && previous.end === fix.end && previous.text === fix.text) continue;
    if (fix.start < reachedEnd) continue;
    chosen.push(fix);
    reachedEnd = Math.max(reachedEnd, fix.end);
  }
  return chosen;
}

/** The text with every applicable fix applied. Pure: the same input always gives the same output. */
export function applyFixes(text: string, fixes: readonly TextEdit[]): string {
  const parts: string[] = [];
  let cursor = 0;
  for (const fix of applicableFixes(fixes)) {
    if (fix.end > text.length) continue;
    parts.push(text.slice(cursor, fix.start), fix.text);
    cursor = fix.end;
  }
  parts.push(text.slice(cursor));
  return parts.join('');
}
