// Rule: every open action item names an owner.
import * as z from '../../zod';
import { defineRule } from '../defineRule';
import { isPlaceholderValue } from '../../text/placeholders';
import { actionItemFieldSuggestions } from '../actionItemFields';
import { cellContentRange, firstLineOf } from '../textRanges';

export const actionItemOwner = defineRule({
  id: 'action-item-owner',
  description: 'Open action items name an owner (a person or a team).',
  why: 'An action item nobody owns is rarely done: naming who will do it turns a good intention into a commitment someone can be asked about.',
  tags: ['action-items'],
  defaultLevel: 'warning',
  options: z.strictObject({
    ignoreTracked: z
      ._default(z.boolean(), false)
      .register(z.globalRegistry, { description: 'Skip action items linked to a ticket (#123, ABC-123, an issue URL), for teams whose tracker holds the owner.' }),
  }),
  check({ doc, options, now, report }) {
    for (const item of doc.actionItems) {
      if (options.ignoreTracked && item.ticket !== null) continue;
      // The model already reads placeholder owners ("[Name]", "TBD") as no owner.
      if (item.done || (item.owner !== null && !isPlaceholderValue(item.owner))) continue;
      // A table cell's range holds its pipes and padding ("| TBD |"): the value is what sits between them.
      const value = item.ownerRange ? cellContentRange(doc.text, item.ownerRange) : null;
      const written = value ? doc.text.slice(value.start, value.end) : '';
      report({
        range: written !== '' && value ? value : firstLineOf(doc.text, item.range),
        message: written !== ''
          ? `Action item owner is still "${written}": name the person or team who will do it.`
          : 'Action item has no owner: name the person or team who will do it (e.g. "owner: Platform Team").',
        actual: written || undefined,
        suggestions: actionItemFieldSuggestions(doc, item, 'owner', now),
      });
    }
  },
});
