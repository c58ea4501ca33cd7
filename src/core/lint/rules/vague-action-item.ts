// Rule: action items that ask people to try harder ("be more careful") instead of changing a system or process.
import * as z from '../../zod';
import { defineRule } from '../defineRule';
import { firstLineOf } from '../textRanges';

/** Wordings that name an attitude, not a change anyone could verify as done. Matched at the start of the item's text. */
const VAGUE_WORDINGS: ReadonlyArray<{ pattern: RegExp; note: string }> = [
  { pattern: /^(?:everyone |people |engineers |we |the team )?(?:should |must |need to |will )?(?:be|being) (?:more )?(?:careful|vigilant|cautious|diligent|attentive|aware)\b/i, note: 'Asking people to be careful changes nothing the next person will meet.' },
  { pattern: /^(?:(?:more|be more|much more) )?(?:carefully|closely|thoroughly) (?:test|review|check|monitor|watch|verify)/i, note: '"More carefully" cannot be checked off; name the check, test or alert that makes care unnecessary.' },
  { pattern: /^(?:everyone |people |engineers |we )?(?:should |must |need to )?pay (?:more |closer )?attention\b/i, note: 'Attention is not a safeguard; name what would catch the problem without it.' },
  { pattern: /^(?:try|trying) (?:harder|to be|to remember|not to)\b/i, note: 'Trying harder is not a change to the system.' },
  { pattern: /^(?:remember|don'?t forget|do not forget) to\b/i, note: 'Memory is what failed; a checklist step, an automated check or an alert remembers for people.' },
  { pattern: /^(?:avoid|don'?t make|do not make) (?:mistakes|errors)\b/i, note: 'Mistakes will happen; the action should make them harmless or visible.' },
  { pattern: /^(?:reflect|think) (?:on|about|if|whether)\b/i, note: 'Reflection has no outcome to check; state the decision to be made, who makes it and by when.' },
];

/** Markup and checkbox remains a reader does not see. */
const LEADING_NOISE = /^(?:\s|[*_`>]|\[[ xX]\]|[-+*]\s|\d+[.)]\s)+/;

export const vagueActionItem = defineRule({
  id: 'vague-action-item',
  description: 'Action items describe a change to a system or process, not an attitude ("be more careful").',
  why: 'An action item that asks people to be more careful cannot be verified as done and leaves the trap in place for the next person; blameless follow-up changes the system so the mistake is caught or harmless.',
  tags: ['action-items', 'blameless'],
  defaultLevel: 'warning',
  options: z.strictObject({}),
  check({ doc, report }) {
    for (const item of doc.actionItems) {
      if (item.done) continue;
      const text = item.text.replace(LEADING_NOISE, '');
      const vague = VAGUE_WORDINGS.find(({ pattern }) => pattern.test(text));
      if (!vague) continue;
      report({
        range: firstLineOf(doc.text, item.range),
        message: `Action item describes no change anyone could verify: ${vague.note}`,
        actual: item.text,
        note: vague.note,
      });
    }
  },
});
