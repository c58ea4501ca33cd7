// Rule: template placeholders left unfilled ([Name], YYYY-MM-DD, HH:MM, $X,XXX, INC-YYYY-MM-DD-NNN, [2-3 sentence summary …]).
import { z } from 'zod';
import type { TextRange } from '../../model/types';
import { defineRule } from '../defineRule';
import { findPlaceholders } from '../../text/placeholders';
import { proseRange } from '../prose';

const within = (range: TextRange, outer: TextRange): boolean => range.start >= outer.start && range.end <= outer.end;

export const placeholder = defineRule({
  id: 'placeholder',
  description: 'No template placeholders are left unfilled.',
  why: 'A placeholder left in a published postmortem reads as a missing fact; readers cannot tell whether it was unknown or forgotten.',
  tags: ['template'],
  defaultLevel: 'warning',
  options: z.strictObject({}),
  check({ doc, prose, report }) {
    // Action item owners and due dates are reported by their own rules, with fixes; do not report them twice.
    const ownFields = doc.actionItems.flatMap((item) => (item.done ? [] : [item.ownerRange, item.dueRange])).filter((r): r is TextRange => r !== null);
    const seen = new Set<number>();
    const emit = (range: TextRange, actual: string, expected: string): void => {
      if (seen.has(range.start) || ownFields.some((field) => within(range, field))) return;
      seen.add(range.start);
      report({ range, actual, message: `Template placeholder "${actual}" is still here: replace it with ${expected}, or remove it.` });
    };
    for (const block of prose()) {
      for (const match of findPlaceholders(block.text)) emit(proseRange(block, match.start, match.end), match.text, match.expected);
    }
    // Front matter is not prose, but its values are facts readers see.
    for (const field of doc.metadata) {
      if (field.source !== 'front-matter') continue;
      for (const match of findPlaceholders(field.value)) {
        emit({ start: field.valueRange.start + match.start, end: field.valueRange.start + match.end }, match.text, match.expected);
      }
    }
  },
});
