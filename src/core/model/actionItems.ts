// Finds action items: list items in action sections, task-list items anywhere, and rows of action tables.
import type { List, ListItem, Root, Table, Parent, RootContent } from 'mdast';
import { visit, SKIP } from 'unist-util-visit';
import { plainText, rangeOf } from '../markdown/parse';
import type { LineIndex } from '../text/lines';
import { isPlaceholderValue, readActionFields } from './actionFields';
import type { ActionItem, Section, TextRange } from './types';
import { parseCalendarDate } from '../time/parseTime';

interface Context {
  text: string;
  lines: LineIndex;
  sectionAt: (offset: number) => Section | null;
  referenceDate: Date | null;
}

/** An item that only says there is nothing to do is not an action item. */
const EMPTY_ITEM = /^(n\/?a|none|nothing|tbd|-|—|as above|see above)\.?$/i;

/** Text of a list item as a reader sees it, one line per source line, nested lists excluded. */
function itemText(item: ListItem): string {
  return item.children
    .filter((child) => child.type !== 'list')
    .map((child) => lineText(child))
    .join('\n');
}

function lineText(node: Parent | RootContent): string {
  if (node.type === 'break') return '\n';
  if ('value' in node && typeof node.value === 'string') return node.type === 'html' ? '' : node.value;
  if ('children' in node) return (node.children as RootContent[]).map(lineText).join('');
  return '';
}

/** Finds where a field value sits in the source, searching the item's range only. */
function locate(text: string, range: TextRange, value: string | null): TextRange | null {
  if (!value) return null;
  const index = text.slice(range.start, range.end).indexOf(value);
  return index === -1 ? null : { start: range.start + index, end: range.start + index + value.length };
}

function fromListItem(item: ListItem, source: ActionItem['source'], ctx: Context): ActionItem | null {
  const raw = itemText(item);
  if (raw.trim() === '' || EMPTY_ITEM.test(raw.trim())) return null;
  const range = rangeOf(item);
  const fields = readActionFields(raw, ctx.referenceDate);
  const contentEnd = item.children.find((c) => c.type === 'list')?.position?.start.offset ?? range.end;
  const searchRange = { start: range.start, end: contentEnd };
  return {
    range,
    line: ctx.lines.positionAt(range.start).line,
    text: fields.text,
    owner: fields.owner,
    ownerRange: locate(ctx.text, searchRange, fields.ownerText),
    due: fields.due,
    dueRange: locate(ctx.text, searchRange, fields.dueText),
    done: item.checked === true || (item.checked !== false && fields.done),
    ticket: fields.ticket,
    source,
    section: ctx.sectionAt(range.start),
  };
}

const ACTION_HEADER = /\b(action items?|actions?|items?|tasks?|description|what|follow ?ups?|remediation|todo|title|summary)\b/i;
const OWNER_HEADER = /\b(owners?|assignees?|assigned( to)?|responsible|dri|who)\b/i;
const DUE_HEADER = /\b(due( date)?|deadline|target( date)?|eta|by when|when)\b/i;
const STATUS_HEADER = /\b(status|state|done)\b/i;
const TICKET_HEADER = /\b(bug|ticket|issue|jira|link|tracking)\b/i;
const DONE_STATUS = /^(done|complete|completed|closed|fixed|resolved|finished|shipped|yes|✅|✔️?|\[x\])$/i;

/** A status word written into another cell, as in `| Bug 5554823 **DONE** |`. */
const STATUS_WORD_DONE = /\b(DONE|COMPLETED?|CLOSED|FIXED)\b/;
const STATUS_WORD = /\b(DONE|COMPLETED?|CLOSED|FIXED|TODO|OPEN|IN PROGRESS|WIP|BLOCKED)\b/g;

function ticketFromCell(cell: string): string | null {
  const ticket = cell.replace(STATUS_WORD, '').replace(/\s+/g, ' ').trim();
  return isPlaceholderValue(ticket) ? null : ticket;
}

function fromTable(table: Table, ctx: Context, inActionSection: boolean): ActionItem[] {
  const [header, ...rows] = table.children;
  if (!header) return [];
  const names = header.children.map((c) => plainText(c).trim());
  const ownerCol = names.findIndex((n) => OWNER_HEADER.test(n));
  const dueCol = names.findIndex((n) => DUE_HEADER.test(n));
  const statusCol = names.findIndex((n) => STATUS_HEADER.test(n));
  const ticketCol = names.findIndex((n) => TICKET_HEADER.test(n));
  let textCol = names.findIndex((n, i) => ACTION_HEADER.test(n) && i !== ownerCol && i !== dueCol && i !== statusCol);
  if (textCol === -1) textCol = names.findIndex((_, i) => i !== ownerCol && i !== dueCol && i !== statusCol && i !== ticketCol);
  // Owner/Due columns make any table an action table; in an action section a table of items is enough.
  if (textCol === -1 || (ownerCol === -1 && dueCol === -1 && !(inActionSection && ACTION_HEADER.test(names[textCol] ?? '')))) return [];
  const items: ActionItem[] = [];
  for (const row of rows) {
    const cell = (i: number) => (i === -1 ? '' : plainText(row.children[i] ?? { type: 'text', value: '' }).trim());
    const text = cell(textCol);
    if (text === '' || EMPTY_ITEM.test(text)) continue;
    const range = rangeOf(row);
    const ownerRaw = cell(ownerCol);
    const dueRaw = cell(dueCol);
    const status = cell(statusCol);
    const cellRange = (i: number) => (i === -1 || !row.children[i] ? null : rangeOf(row.children[i]));
    const ticketText = cell(ticketCol);
    const inline = readActionFields(text, ctx.referenceDate);
    items.push({
      range,
      line: ctx.lines.positionAt(range.start).line,
      text,
      owner: ownerCol !== -1 && !isPlaceholderValue(ownerRaw) ? ownerRaw.replace(/\s+/g, ' ') : null,
      ownerRange: cellRange(ownerCol),
      due: dueCol !== -1 && !isPlaceholderValue(dueRaw) ? parseCalendarDate(dueRaw, ctx.referenceDate) : null,
      dueRange: cellRange(dueCol),
      done: DONE_STATUS.test(status) || /^(✅|\[x\])/i.test(text) || row.children.some((c) => STATUS_WORD_DONE.test(plainText(c))),
      ticket: ticketFromCell(ticketText) ?? inline.ticket,
      source: 'table',
      section: ctx.sectionAt(range.start),
    });
  }
  return items;
}

function isActionSection(section: Section | null): boolean {
  return section?.effectiveKind === 'actionItems';
}

/** A list item that is only a label ("Short term:") with sub-items is a group, not an item. */
function isGroupLabel(item: ListItem): boolean {
  return item.children.some((c) => c.type === 'list') && /:\s*$/.test(itemText(item).trim());
}

export function extractActionItems(root: Root, ctx: Context): ActionItem[] {
  const items: ActionItem[] = [];
  const collectList = (list: List, inActionSection: boolean) => {
    for (const item of list.children) {
      if (item.checked !== null && item.checked !== undefined) {
        const found = fromListItem(item, 'task', ctx);
        if (found) items.push(found);
      } else if (inActionSection && !isGroupLabel(item)) {
        const found = fromListItem(item, 'list', ctx);
        if (found) items.push(found);
      }
      for (const child of item.children) {
        if (child.type !== 'list') continue;
        // Sub-bullets of an item are its details (task-list sub-items still count), unless the parent is a group label.
        const parentIsItem = inActionSection && !isGroupLabel(item);
        collectList(child, inActionSection && !parentIsItem);
      }
    }
  };
  visit(root, (node) => {
    if (node.type === 'list') {
      collectList(node as List, isActionSection(ctx.sectionAt(rangeOf(node).start)));
      return SKIP;
    }
    if (node.type === 'table') {
      const table = node as Table;
      items.push(...fromTable(table, ctx, isActionSection(ctx.sectionAt(rangeOf(table).start))));
      return SKIP;
    }
    return undefined;
  });
  return items.sort((a, b) => a.range.start - b.range.start);
}
