// Quick-fix edits that add a missing owner or due date to an action item, in the style the document already uses.
import { addDays, lightFormat } from 'date-fns';
import type { ActionItem, PostmortemDocument } from '../model/types';
import { isPlaceholderValue } from '../text/placeholders';
import { firstLineOf } from './textRanges';
import type { Suggestion, TextEdit } from './types';

const OWNER_PLACEHOLDER = '[Name]';
const DUE_PLACEHOLDER = 'YYYY-MM-DD';
/** Due dates offered from today: a short and a usual follow-up horizon. */
const DUE_IN_DAYS = [14, 30] as const;

/** How the document writes action item fields: `**Owner**: X | **Due**: Y` first, `Owner: X. Due: Y.` after, or `(owner: X, due: Y)`. */
type FieldStyle = 'bold' | 'sentence' | 'parenthesised';

/**
 * The style of the document's other action items that have an owner field; parenthesised when none has. Read once per
 * document: asked again for every item a fix is offered for, it made the fixes of n items cost n² (5 s for 4,000).
 */
function fieldStyle(doc: PostmortemDocument): FieldStyle {
  let style = styles.get(doc);
  if (style === undefined) {
    style = readFieldStyle(doc);
    styles.set(doc, style);
  }
  return style;
}

const styles = new WeakMap<PostmortemDocument, FieldStyle>();

function readFieldStyle(doc: PostmortemDocument): FieldStyle {
  for (const item of doc.actionItems) {
    if (!item.ownerRange) continue;
    const lineStart = doc.text.lastIndexOf('\n', item.ownerRange.start - 1) + 1;
    const label = doc.text.slice(lineStart, item.ownerRange.start);
    if (/\*\*(?:owner|assignee)\*\*:?\s*\**:?\s*$/i.test(label)) return 'bold';
    if (/\.\s+(?:owner|assignee):\s*$/i.test(label)) return 'sentence';
    if (/\((?:owner|assignee):\s*$/i.test(label)) return 'parenthesised';
  }
  return 'parenthesised';
}

/** A person as the document writes them: `@sokafor` when the text mentions them with an @ (looked up once per document). */
function asWritten(doc: PostmortemDocument, person: string): string {
  let names = written.get(doc);
  if (names === undefined) {
    names = new Map();
    written.set(doc, names);
  }
  let name = names.get(person);
  if (name === undefined) {
    name = !person.startsWith('@') && doc.text.includes(`@${person}`) ? `@${person}` : person;
    names.set(person, name);
  }
  return name;
}

const written = new WeakMap<PostmortemDocument, Map<string, string>>();

/** Suggestions for the field a rule found missing; the other field is added too when it is missing as well. */
export function actionItemFieldSuggestions(doc: PostmortemDocument, item: ActionItem, field: 'owner' | 'due', now: Date): Suggestion[] {
  if (item.source === 'table') return [];
  const ownerMissing = isPlaceholderValue(item.owner);
  const dueMissing = item.due === null;
  const suggestions: Suggestion[] = [];
  if (field === 'owner') {
    for (const person of doc.people) {
      const name = asWritten(doc, person);
      suggestions.push({ title: `Assign this action item to ${name}`, edit: assignOwner(doc, item, name) });
    }
    if (!item.ownerRange) suggestions.push(insertSuggestion(doc, item, dueMissing && !item.dueRange ? ['owner', 'due'] : ['owner']));
  } else {
    // Dates from today, never in the past: an item written weeks after the incident is due from now on.
    for (const days of DUE_IN_DAYS) {
      const date = lightFormat(addDays(now, days), 'yyyy-MM-dd');
      const edit = item.dueRange ? { ...item.dueRange, text: date } : withDate(insertFields(doc, item, ['due']), date);
      suggestions.push({ title: `Set the due date to ${date} (in ${days} days)`, edit });
    }
    if (!item.dueRange) suggestions.push(insertSuggestion(doc, item, ownerMissing && !item.ownerRange ? ['owner', 'due'] : ['due']));
  }
  return suggestions;
}

function withDate(edit: TextEdit, date: string): TextEdit {
  return { ...edit, text: edit.text.replace(DUE_PLACEHOLDER, date) };
}

function insertSuggestion(doc: PostmortemDocument, item: ActionItem, fields: Array<'owner' | 'due'>): Suggestion {
  const title = fields.length === 2 ? 'Insert owner and due date fields' : fields[0] === 'owner' ? 'Insert an owner field' : 'Insert a due date field';
  const edit = insertFields(doc, item, fields);
  // Select the first placeholder inserted, so typing fills it in.
  const placeholder = fields[0] === 'owner' ? OWNER_PLACEHOLDER : DUE_PLACEHOLDER;
  const at = edit.start + edit.text.indexOf(placeholder);
  return { title, edit, select: { start: at, end: at + placeholder.length } };
}

/** Replaces a placeholder owner, or adds an owner field in the document's style. */
function assignOwner(doc: PostmortemDocument, item: ActionItem, person: string): TextEdit {
  if (item.ownerRange) return { ...item.ownerRange, text: person };
  const edit = insertFields(doc, item, ['owner']);
  return { ...edit, text: edit.text.replace(OWNER_PLACEHOLDER, person) };
}

function insertFields(doc: PostmortemDocument, item: ActionItem, fields: Array<'owner' | 'due'>): TextEdit {
  const style = fieldStyle(doc);
  const end = firstLineOf(doc.text, item.range).end;
  if (style === 'bold') {
    if (fields.length === 1 && fields[0] === 'due' && item.ownerRange) {
      return { start: item.ownerRange.end, end: item.ownerRange.end, text: ` | **Due**: ${DUE_PLACEHOLDER}` };
    }
    // `- [ ] **Owner**: X | **Due**: Y  ` with the item's text on the next line, as the document's other items.
    const firstLine = doc.text.slice(item.range.start, end);
    const marker = /^\s*(?:[-*+]|\d{1,9}[.)])\s+(?:\[[ xX]\]\s+)?/.exec(firstLine);
    if (marker) {
      const at = item.range.start + marker[0].length;
      const indent = ' '.repeat(marker[0].replace(/\[[ xX]\]\s+$/, '').length);
      const parts = fields.map((f) => (f === 'owner' ? `**Owner**: ${OWNER_PLACEHOLDER}` : `**Due**: ${DUE_PLACEHOLDER}`));
      return { start: at, end: at, text: `${parts.join(' | ')}  \n${indent}` };
    }
  }
  if (style === 'sentence') {
    const parts = fields.map((f) => (f === 'owner' ? `Owner: ${OWNER_PLACEHOLDER}.` : `Due: ${DUE_PLACEHOLDER}.`));
    const needsStop = !/[.!?]$/.test(doc.text.slice(item.range.start, end));
    return { start: end, end, text: `${needsStop ? '.' : ''} ${parts.join(' ')}` };
  }
  const parts = fields.map((f) => (f === 'owner' ? `owner: ${OWNER_PLACEHOLDER}` : `due: ${DUE_PLACEHOLDER}`));
  return { start: end, end, text: ` (${parts.join(', ')})` };
}
