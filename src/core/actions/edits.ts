// Text edits behind the tree's item menu: mark done / reopen, set owner, set due date, each in the item's own format.
import { cellContentRange, firstLineOf } from '../lint/textRanges';
import type { TextEdit } from '../lint/types';
import type { ActionItem, TextRange } from '../model/types';
import { isCalendarDate } from './dates';

/** A list marker and the spaces after it, then perhaps a task checkbox: read at the item's first character only. */
const LIST_MARKER = /(?:[-*+]|\d{1,9}[.)])[ \t]+/y;
const CHECKBOX = /\[[ xX]\]/y;

/** Replaces a table cell's content, keeping one space of padding on each side even when the cell was empty. */
function replaceCell(text: string, cell: TextRange, value: string): TextEdit {
  const escaped = value.replace(/\|/g, '\\|');
  const content = cellContentRange(text, cell);
  if (content.start === content.end) {
    const at = text[cell.start] === '|' ? cell.start + 1 : cell.start;
    const end = cell.end > at && text[cell.end - 1] === '|' ? cell.end - 1 : cell.end;
    return { start: at, end, text: ` ${escaped} ` };
  }
  return { ...content, text: escaped };
}

/** Where a list item's checkbox is, or where one goes; null when the item is not a list item. */
function checkboxAt(text: string, item: ActionItem): { range: TextRange; present: boolean } | null {
  LIST_MARKER.lastIndex = item.range.start;
  if (!LIST_MARKER.exec(text)) return null;
  const after = LIST_MARKER.lastIndex;
  CHECKBOX.lastIndex = after;
  return CHECKBOX.exec(text) ? { range: { start: after, end: after + 3 }, present: true } : { range: { start: after, end: after }, present: false };
}

/**
 * Marks the item done or open: ticks or clears its checkbox, gives a list item without one a checkbox (an explicit
 * checkbox wins over a "Completed" heading or a "(done)" mark), or rewrites a table's Status cell. Null when the item's
 * format has nowhere to say it (a paragraph, a table without a Status column) or it already says so.
 */
export function setDoneEdit(text: string, item: ActionItem, done: boolean): TextEdit | null {
  if (item.source === 'table') {
    if (!item.statusRange) return null;
    const content = cellContentRange(text, item.statusRange);
    const word = done ? 'Done' : 'Open';
    return text.slice(content.start, content.end) === word ? null : replaceCell(text, item.statusRange, word);
  }
  const box = checkboxAt(text, item);
  if (!box) return null;
  const mark = done ? '[x]' : '[ ]';
  if (box.present) return text.slice(box.range.start, box.range.end).toLowerCase() === mark ? null : { ...box.range, text: mark };
  return { ...box.range, text: `${mark} ` };
}

/** An owner the item's formats can hold: one line, no brackets or pipes that would end the field early. */
export function validateOwner(value: string): string | null {
  const owner = value.trim();
  if (owner === '') return 'Enter a name, a team or an @handle.';
  if (/[\n()[\]|]/.test(owner)) return 'An owner cannot contain line breaks, brackets or |.';
  return null;
}

export function validateDue(value: string): string | null {
  return isCalendarDate(value.trim()) ? null : 'Enter a date as YYYY-MM-DD, e.g. 2026-06-01.';
}

/** Replaces the field where it is written (a table cell, the text after `Owner:`), or appends `(owner: …)` to the item's first line. */
function setField(text: string, item: ActionItem, range: TextRange | null, label: 'owner' | 'due', value: string): TextEdit | null {
  if (range) return item.source === 'table' ? replaceCell(text, range, value) : { ...range, text: value };
  // A table without the column has no place for the field that a tracker import would still read as one.
  if (item.source === 'table') return null;
  const at = firstLineOf(text, item.range).end;
  return { start: at, end: at, text: ` (${label}: ${value})` };
}

export function setOwnerEdit(text: string, item: ActionItem, owner: string): TextEdit | null {
  if (validateOwner(owner) !== null) return null;
  return setField(text, item, item.ownerRange, 'owner', owner.trim());
}

export function setDueEdit(text: string, item: ActionItem, due: string): TextEdit | null {
  if (validateDue(due) !== null) return null;
  return setField(text, item, item.dueRange, 'due', due.trim());
}
