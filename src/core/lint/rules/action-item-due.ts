// Rule: every open action item has a due date.
import * as z from '../../zod';
import { defineRule } from '../defineRule';
import { isPlaceholderValue } from '../../text/placeholders';
import { isRelativeDue, parseDueDate } from '../../time/dueDate';
import { actionItemFieldSuggestions } from '../actionItemFields';
import { cellContentRange, firstLineOf } from '../textRanges';

export const actionItemDue = defineRule({
  id: 'action-item-due',
  description: 'Open action items have a due date (YYYY-MM-DD).',
  why: 'Without a due date an action item drifts to the bottom of every backlog; a date makes it possible to notice when follow-up slips.',
  tags: ['action-items'],
  defaultLevel: 'warning',
  options: z.strictObject({
    ignoreTracked: z
      ._default(z.boolean(), false)
      .register(z.globalRegistry, { description: 'Skip action items linked to a ticket (#123, ABC-123, an issue URL), for teams whose tracker holds the due date.' }),
  }),
  check({ doc, options, now, report }) {
    for (const item of doc.actionItems) {
      if (options.ignoreTracked && item.ticket !== null) continue;
      if (item.done || item.due !== null) continue;
      // A table cell's range holds its pipes and padding ("| TBD |"): the value is what sits between them.
      const value = item.dueRange ? cellContentRange(doc.text, item.dueRange) : null;
      const written = value ? doc.text.slice(value.start, value.end) : '';
      const unreadable = written !== '' && !isPlaceholderValue(written);
      // "October 15" in a postmortem with no date of its own: a day, but of no known year.
      const yearless = unreadable && parseDueDate(written, now) !== null;
      report({
        range: written !== '' && value ? value : firstLineOf(doc.text, item.range),
        message: yearless
          ? isRelativeDue(written)
            ? `Action item due date "${written}" is counted from a day, and the postmortem has no date to count it from: write it as YYYY-MM-DD.`
            : `Action item due date "${written}" has no year, and the postmortem has no date to take it from: write it as YYYY-MM-DD.`
          : unreadable
            ? `Action item due date "${written}" is not a date: write it as YYYY-MM-DD.`
            : written !== ''
              ? `Action item due date is still "${written}": set the date it should be done by (YYYY-MM-DD).`
              : 'Action item has no due date: add the date it should be done by ("due: YYYY-MM-DD").',
        actual: written || undefined,
        suggestions: unreadable ? [] : actionItemFieldSuggestions(doc, item, 'due', now),
      });
    }
  },
});
