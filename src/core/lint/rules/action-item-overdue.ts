// Rule: open action items whose due date has passed.
import * as z from '../../zod';
import { differenceInCalendarDays, lightFormat, parseISO } from 'date-fns';
import { defineRule } from '../defineRule';
import { isRelativeDue } from '../../time/dueDate';
import { cellContentRange, firstLineOf } from '../textRanges';

export const actionItemOverdue = defineRule({
  id: 'action-item-overdue',
  description: 'Open action items are not past their due date.',
  why: 'An overdue action item means the fix for a known failure has not landed yet, so the incident can happen again; finish it, move the date on purpose, or mark it done.',
  tags: ['action-items'],
  defaultLevel: 'warning',
  options: z.strictObject({}),
  check({ doc, now, report }) {
    const today = lightFormat(now, 'yyyy-MM-dd');
    for (const item of doc.actionItems) {
      if (item.done || item.due === null || item.due >= today) continue;
      const days = differenceInCalendarDays(now, parseISO(item.due));
      const ago = `${days} day${days === 1 ? '' : 's'} ago`;
      // "Friday", "EOW": a day counted from the postmortem's date, which says so.
      const value = item.dueRange ? cellContentRange(doc.text, item.dueRange) : null;
      const written = value ? doc.text.slice(value.start, value.end) : '';
      const when = item.dueFromHeading
        ? `${item.due} ("${item.dueFromHeading}" in its section's heading, ${ago})`
        : item.dueApproximate && isRelativeDue(written)
          ? `${item.due} ("${written}" counted from the postmortem's date, ${ago})`
          : `${item.due} (${ago})`;
      report({
        range: item.dueRange ?? firstLineOf(doc.text, item.range),
        message: `Action item was due ${when} and is still open: finish it, set a new date, or mark it done.`,
        actual: item.due,
      });
    }
  },
});
