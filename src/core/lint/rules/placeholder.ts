// Rule: template placeholders left unfilled ([Name], YYYY-MM-DD, HH:MM, $X,XXX, 'x' minutes, <link>, a bare TODO/TBD, the template's own instructions).
import * as z from '../../zod';
import type { Html, List, Root, RootContent, Table } from 'mdast';
import { eachNode, nodesOfType } from '../../markdown/walk';
import type { TextRange } from '../../model/types';
import { defineRule } from '../defineRule';
import { findBarePlaceholders, findPlaceholders, isAnglePlaceholder } from '../../text/placeholders';
import { findItalicPrompts, findTemplateInstructions } from '../../text/templateInstructions';
import { plainText, rangeOf } from '../../markdown/parse';
import { proseRange, type ProseBlock } from '../prose';
import type { TextMemo } from '../../text/memo';

const within = (range: TextRange, outer: TextRange): boolean => range.start >= outer.start && range.end <= outer.end;

/** Cells of Status columns: "TODO" there is a status ("Bug 5554823 TODO"), not an unfilled cell. */
const STATUS_HEADER = /^\W*(status|state|progress|done)\W*$/i;

function statusCells(root: Root): TextRange[] {
  const cells: TextRange[] = [];
  for (const table of nodesOfType<Table>(root, 'table')) {
    const [header, ...rows] = table.children;
    const columns = (header?.children ?? []).flatMap((cell, i) => (STATUS_HEADER.test(plainText(cell)) ? [i] : []));
    for (const row of rows) for (const i of columns) if (row.children[i]) cells.push(rangeOf(row.children[i]));
  }
  return cells;
}

/** A long template text as a message quotes it: its first 57 characters and an ellipsis. */
const shortened = (text: string): string => {
  const line = text.replace(/\s+/gu, ' ');
  return line.length > 60 ? `${line.slice(0, 57)}…` : line;
};

/** A heading left as the template's capitalised prompt: "# ISSUE NAME", "## INCIDENT TITLE". */
const TEMPLATE_HEADING = /^(?:[A-Z]+ ){0,2}(?:NAME|TITLE)$/;
/** A time nobody filled in after a date in a timeline: "2022-02-02 X: the reporter wrote again". */
const UNFILLED_TIME = /\b\d{4}-\d{2}-\d{2}[ \t]+(X{1,4})(?=[ \t]*[:—–-][ \t])/g;

/** A line that is only a field's label: "Involved:", "**Call recording**:". */
const LABEL_ONLY = /^[ \t]*(?:\*\*|__)?([A-Z][A-Za-z/&'-]*(?: [A-Za-z/&'-]+){0,4})(?:\*\*|__)?[ \t]*:[ \t]*(?:\*\*|__)?[ \t]*\r?$/u;
/** A line that gives a field and its value: "Owner: @aronasorman", "**Severity**: P2". */
const FIELD_WITH_VALUE = /^[ \t]*(?:\*\*|__)?[A-Za-z][A-Za-z /&'-]{0,38}?(?:\*\*|__)?[ \t]*:(?:\*\*|__)?[ \t]+\S/u;

/** A line that opens with bold: a field label written "**Owner**:" or "__Owner__:". */
const BOLD_START = /^[ \t]*(?:\*\*|__)/u;

/**
 * The fields of a template left without a value: a label alone on its line ("Involved:") with another field, a heading
 * or the end of the document right after it, and a heading that is a label ("## Call recording:") with nothing under it.
 * A label followed by its value on the next lines ("**Root cause**:" over a paragraph, "Participants:" over a list) is filled.
 */
function emptyFields(blocks: readonly RootContent[], text: string): Array<{ label: string; range: TextRange }> {
  const found: Array<{ label: string; range: TextRange }> = [];
  // The next field of the same template is written as the label is: "**Date**:" after "**Owner**:". A plain "Affected
  // employee: …" under "__Involved Parties__:" is the value, a list of who was involved.
  const nextField = (label: string, line: string): boolean => (FIELD_WITH_VALUE.test(line) || LABEL_ONLY.test(line)) && BOLD_START.test(label) === BOLD_START.test(line);
  const opensField = (label: string, block: RootContent | undefined): boolean =>
    block === undefined || block.type === 'heading' || (block.type === 'paragraph' && nextField(label, text.slice(rangeOf(block).start, rangeOf(block).end).split('\n')[0]));
  blocks.forEach((block, i) => {
    const range = rangeOf(block);
    if (block.type === 'heading') {
      const label = /^(.{1,40}?)[ \t]*:$/u.exec(plainText(block).trim());
      const next = blocks[i + 1];
      if (label && label[1].split(/\s+/u).length <= 5 && (next === undefined || (next.type === 'heading' && next.depth <= block.depth))) {
        const at = text.indexOf(label[1], range.start);
        if (at !== -1 && at < range.end) found.push({ label: label[1], range: { start: at, end: at + label[1].length } });
      }
      return;
    }
    if (block.type !== 'paragraph') return;
    const lines = text.slice(range.start, range.end).split('\n');
    let offset = range.start;
    lines.forEach((line, j) => {
      const label = LABEL_ONLY.exec(line);
      const nextLine = lines[j + 1];
      // A field block: the label opens its paragraph or follows another field ("…were as follows:" ends a sentence).
      const inFields = j === 0 || FIELD_WITH_VALUE.test(lines[j - 1]) || LABEL_ONLY.test(lines[j - 1]);
      if (label && inFields && i + j > 0 && (nextLine === undefined ? opensField(line, blocks[i + 1]) : nextField(line, nextLine))) {
        const at = offset + line.indexOf(label[1]);
        found.push({ label: label[1].trim(), range: { start: at, end: at + label[1].trim().length } });
      }
      offset += line.length + 1;
    });
  });
  return found;
}

const placeholderMessage = (actual: string, expected: string) => `Template placeholder "${actual}" is still here: replace it with ${expected}, or remove it.`;

/** A placeholder in one prose block, at offsets in its text (or, `inSource`, in its Markdown source). */
export interface BlockPlaceholder {
  start: number;
  end: number;
  text: string;
  message: string;
  inSource: boolean;
  /** A marker of unfinished work ("TODO"): a status in a Status column, not a placeholder. */
  unfinished: boolean;
}

/**
 * The placeholders of one prose block, from its text alone (and, for a paragraph, its Markdown `source`), so a lint of
 * the next version of the document can reuse them for every block an edit left unchanged.
 */
function blockPlaceholders(block: ProseBlock, source: string): readonly BlockPlaceholder[] {
  const found: BlockPlaceholder[] = [];
  const add = (start: number, end: number, text: string, message: string, { inSource = false, unfinished = false } = {}) => found.push({ start, end, text, message, inSource, unfinished });
  for (const match of findPlaceholders(block.text)) add(match.start, match.end, match.text, placeholderMessage(match.text, match.expected));
  const heading = block.text.trim();
  if (block.kind === 'heading' && TEMPLATE_HEADING.test(heading)) {
    const start = block.text.indexOf(heading);
    add(start, start + heading.length, heading, placeholderMessage(heading, "the incident's own title"));
  }
  for (const match of block.text.matchAll(UNFILLED_TIME)) {
    const start = (match.index ?? 0) + match[0].length - match[1].length;
    add(start, start + match[1].length, match[1], placeholderMessage(match[1], 'the time it happened, or "time unknown"'));
  }
  if (block.kind === 'heading') return found;
  for (const match of findBarePlaceholders(block.text)) add(match.start, match.end, match.text, placeholderMessage(match.text, match.expected), { unfinished: true });
  if (block.kind !== 'paragraph') return found;
  // "[Slack Thread]", "[Github issue(s)]" alone in a list of links: the label of a link nobody added. Not a GitHub alert's
  // marker ("> [!NOTE]", "> [!WARNING]").
  const label = /^(\s*)(\[(?!\^|toc\]|!(?:note|tip|important|warning|caution)\])[^\][\n]{2,40}\])\s*$/iu.exec(source);
  if (label) add(label[1].length, label[1].length + label[2].length, label[2], placeholderMessage(label[2], 'the link itself'), { inSource: true });
  for (const match of findItalicPrompts(source)) {
    add(match.start, match.end, match.text, `The template's prompt "${shortened(match.text)}" is still here: write the answer in its place, or remove it.`, { inSource: true });
  }
  for (const match of findTemplateInstructions(block.text)) {
    add(match.start, match.end, match.text, `The template's instruction "${shortened(match.text)}" is still here: write the section's content in its place, or remove it.`);
  }
  return found;
}

/**
 * The placeholders of each prose block already read, by what the block says: its offsets array, which a block and every
 * copy of it that an edit moved share (see extractProse). Placeholders are found at offsets within the block, so one
 * reading serves every copy.
 */
const placeholdersByBlock = new WeakMap<readonly number[], readonly BlockPlaceholder[]>();

/** A block's placeholders: known for this very block, else kept by its text between lints (`memo`), else read now. */
function placeholdersOf(block: ProseBlock, memo: TextMemo<readonly BlockPlaceholder[]> | undefined, source: () => string): readonly BlockPlaceholder[] {
  let found = placeholdersByBlock.get(block.offsets);
  if (found === undefined) {
    const markdown = source();
    found = memo === undefined ? blockPlaceholders(block, markdown) : memo.get(`${block.kind}\n${block.text}\n${markdown}`, () => blockPlaceholders(block, markdown));
    placeholdersByBlock.set(block.offsets, found);
  }
  return found;
}

export const placeholder = defineRule({
  id: 'placeholder',
  description: 'No template placeholders are left unfilled.',
  why: 'A placeholder left in a published postmortem reads as a missing fact; readers cannot tell whether it was unknown or forgotten.',
  tags: ['template'],
  defaultLevel: 'warning',
  options: z.strictObject({}),
  check({ doc, prose, report, caches }) {
    caches?.placeholders.begin();
    // Action item owners and due dates are reported by their own rules, with fixes; do not report them twice.
    const ownFields = doc.actionItems.flatMap((item) => (item.done ? [] : [item.ownerRange, item.dueRange])).filter((r): r is TextRange => r !== null);
    const statuses = statusCells(doc.ast);
    const seen = new Set<number>();
    const emit = (range: TextRange, actual: string, message: string): void => {
      if (seen.has(range.start) || ownFields.some((field) => within(range, field))) return;
      seen.add(range.start);
      report({ range, actual, message });
    };
    const inStatusCell = (block: ProseBlock) => statuses.some((cell) => within(block.range, cell));
    for (const block of prose()) {
      const found = placeholdersOf(block, caches?.placeholders, () => (block.kind === 'paragraph' ? doc.text.slice(block.range.start, block.range.end) : ''));
      for (const match of found) {
        if (match.unfinished && inStatusCell(block)) continue;
        const range = match.inSource ? { start: block.range.start + match.start, end: block.range.start + match.end } : proseRange(block, match.start, match.end);
        emit(range, match.text, match.message);
      }
    }
    for (const field of emptyFields(doc.ast.children, doc.text)) emit(field.range, field.label, `The field "${field.label}" is empty: fill it in, or remove it.`);
    // A list of nothing but empty bullets ("-" alone under "Questions for follow up"): the template's list, never filled.
    for (const list of nodesOfType<List>(doc.ast, 'list')) {
      if (list.children.length === 0 || list.children.some((item) => item.children.length > 0)) continue;
      const range = rangeOf(list.children[0]);
      const marker = doc.text.slice(range.start, range.end).trim();
      emit({ start: range.start, end: range.start + Math.max(1, marker.length) }, marker, 'This list holds only an empty bullet: write its items, or remove it.');
    }
    // `<link>`, `<date>`: Markdown reads them as HTML tags, so they are not in the prose; only inline ones, not comments.
    eachNode(doc.ast, (node, parent) => {
      if (node.type !== 'html' || !parent || parent.type === 'root' || !isAnglePlaceholder((node as Html).value)) return;
      emit(rangeOf(node), (node as Html).value, placeholderMessage((node as Html).value, 'the real value'));
    });
    // Front matter is not prose, but its values are facts readers see.
    for (const field of doc.metadata) {
      if (field.source !== 'front-matter') continue;
      for (const match of findPlaceholders(field.value)) {
        emit({ start: field.valueRange.start + match.start, end: field.valueRange.start + match.end }, match.text, placeholderMessage(match.text, match.expected));
      }
    }
  },
});
