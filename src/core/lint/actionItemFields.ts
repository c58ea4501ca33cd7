// Quick-fix edits that add a missing owner or due date to an action item, in the `(owner: …, due: …)` form the model reads.
import type { ActionItem, PostmortemDocument } from '../model/types';
import { isPlaceholderValue } from '../text/placeholders';
import { firstLineOf } from './textRanges';
import type { Suggestion, TextEdit } from './types';

const OWNER_PLACEHOLDER = '[Name]';
const DUE_PLACEHOLDER = 'YYYY-MM-DD';
/** Offering every participant would flood the menu; the first few cover the usual small incident team. */
const MAX_PEOPLE_SUGGESTED = 3;

/** Suggestions for the field a rule found missing; the other field is added too when it is missing as well. */
export function actionItemFieldSuggestions(doc: PostmortemDocument, item: ActionItem, field: 'owner' | 'due'): Suggestion[] {
  if (item.source === 'table') return [];
  const ownerMissing = isPlaceholderValue(item.owner);
  const dueMissing = item.due === null;
  const suggestions: Suggestion[] = [];
  if (field === 'owner') {
    for (const person of doc.people.slice(0, MAX_PEOPLE_SUGGESTED)) {
      suggestions.push({ title: `Assign this action item to ${person}`, edit: assignOwner(doc, item, person) });
    }
    if (!item.ownerRange) {
      suggestions.push({
        title: dueMissing && !item.dueRange ? 'Insert owner and due date fields' : 'Insert an owner field',
        edit: insertFields(doc, item, dueMissing && !item.dueRange ? ['owner', 'due'] : ['owner']),
      });
    }
  } else if (!item.dueRange) {
    const both = ownerMissing && !item.ownerRange;
    suggestions.push({ title: both ? 'Insert owner and due date fields' : 'Insert a due date field', edit: insertFields(doc, item, both ? ['owner', 'due'] : ['due']) });
  }
  return suggestions;
}

/** Replaces a placeholder owner, or appends an owner field to the item's first line. */
function assignOwner(doc: PostmortemDocument, item: ActionItem, person: string): TextEdit {
  if (item.ownerRange) return { ...item.ownerRange, text: person };
  const at = firstLineOf(doc.text, item.range).end;
  return { start: at, end: at, text: ` (owner: ${person})` };
}

function insertFields(doc: PostmortemDocument, item: ActionItem, fields: Array<'owner' | 'due'>): TextEdit {
  const at = firstLineOf(doc.text, item.range).end;
  const parts = fields.map((f) => (f === 'owner' ? `owner: ${OWNER_PLACEHOLDER}` : `due: ${DUE_PLACEHOLDER}`));
  return { start: at, end: at, text: ` (${parts.join(', ')})` };
}
