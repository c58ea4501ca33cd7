// Extracts the prose a reader sees (paragraphs, headings, table cells) from the mdast, mapped back to document offsets.
import type { Node, Parent, Root, Text } from 'mdast';
import type { TextRange } from '../model/types';
import { rangeOf } from '../markdown/parse';
import { originalNode } from '../markdown/sectionCache';

export type ProseKind = 'paragraph' | 'heading' | 'tableCell';

export interface ProseBlock {
  kind: ProseKind;
  /** The visible text: markup, code, HTML, images and URLs removed (each replaced by one space so words stay apart). */
  text: string;
  /**
   * offsets[i] is where text[i] is, counted from the start of the block's range; offsets[text.length] is the block's
   * length. Counted from the block, so a block moved by an edit elsewhere keeps them.
   */
  offsets: readonly number[];
  range: TextRange;
}

/** Blocks whose content is never prose. Front matter, code, raw HTML (including comments), link definitions. */
const SKIPPED_BLOCKS = new Set(['code', 'html', 'yaml', 'toml', 'definition', 'thematicBreak']);
/** Inline nodes that stand for something other than prose; they become a single space. */
const OPAQUE_INLINES = new Set(['inlineCode', 'html', 'image', 'imageReference', 'footnoteReference', 'break']);

/**
 * The prose block of each paragraph, heading and cell already read (null: no prose in it). A node's positions point into
 * the text it was parsed from, and the trees of successive versions of a document share the nodes of the pieces an edit
 * left in place (see SectionCache), so their blocks are read once.
 */
const blockOf = new WeakMap<Node, ProseBlock | null>();
/** What a block says, by the node as parsed: a copy of that node moved elsewhere by an edit says the same. */
const contentOf = new WeakMap<Node, Omit<ProseBlock, 'range'> | null>();

/** The block of a paragraph, heading or cell: read once per node as parsed, placed at the node's own range. */
function blockAt(node: Node, source: string): ProseBlock | null {
  let block = blockOf.get(node);
  if (block !== undefined) return block;
  const original = originalNode(node);
  const content = original === node ? undefined : contentOf.get(original);
  if (content === undefined) {
    const read = collectInline(node as Parent, node.type as ProseKind, source);
    block = read.text.trim() === '' ? null : read;
    contentOf.set(original, block === null ? null : { kind: block.kind, text: block.text, offsets: block.offsets });
  } else {
    block = content === null ? null : { ...content, range: rangeOf(node) };
  }
  blockOf.set(node, block);
  return block;
}

export function extractProse(root: Root, source: string): ProseBlock[] {
  const blocks: ProseBlock[] = [];
  const visit = (node: Node): void => {
    if (SKIPPED_BLOCKS.has(node.type)) return;
    if (node.type === 'paragraph' || node.type === 'heading' || node.type === 'tableCell') {
      const block = blockAt(node, source);
      if (block !== null) blocks.push(block);
      return;
    }
    if ('children' in node) for (const child of (node as Parent).children) visit(child);
  };
  visit(root);
  return blocks;
}

function collectInline(node: Parent, kind: ProseKind, source: string): ProseBlock {
  const chars: string[] = [];
  const offsets: number[] = [];
  const start = node.position?.start.offset ?? 0;
  const end = node.position?.end.offset ?? start;
  const walk = (child: Node): void => {
    const from = child.position?.start.offset ?? start;
    if (child.type === 'text') {
      const value = (child as Text).value;
      chars.push(value);
      alignToSource(value, source, from, child.position?.end.offset ?? from, offsets);
    } else if (OPAQUE_INLINES.has(child.type) || isBareUrl(child)) {
      chars.push(' ');
      offsets.push(from);
    } else if ('children' in child) {
      for (const grandchild of (child as Parent).children) walk(grandchild);
    }
  };
  for (const child of node.children) walk(child);
  offsets.push(end);
  for (let i = 0; i < offsets.length; i++) offsets[i] -= start;
  return { kind, text: chars.join(''), offsets, range: { start, end } };
}

/** An autolink (`<https://…>` or a bare `https://…`) shows its URL as its text: that is not prose. */
function isBareUrl(node: Node): boolean {
  if (node.type !== 'link') return false;
  const link = node as Parent & { url: string };
  const children = link.children;
  if (children.length !== 1 || children[0].type !== 'text') return false;
  const text = (children[0] as Text).value;
  return text === link.url || `mailto:${text}` === link.url || `http://${text}` === link.url;
}

/**
 * Maps each character of a text node's value to its offset in the source. The value can differ from the source slice:
 * escapes (`\*`), entities (`&amp;`), and the `> ` or indentation that blockquotes and list items put before each line.
 * Source characters that are not in the value are skipped, so the mapping stays monotonic.
 */
function alignToSource(value: string, source: string, from: number, to: number, result: number[]): void {
  // Appended in place, one by one: a block's offsets are as many as its characters, and most text nodes are verbatim.
  if (to - from === value.length && source.startsWith(value, from)) {
    for (let i = 0; i < value.length; i++) result.push(from + i);
    return;
  }
  let cursor = from;
  for (let i = 0; i < value.length; i++) {
    let found = cursor;
    while (found < to && source[found] !== value[i]) found++;
    if (found < to) {
      result.push(found);
      cursor = found + 1;
    } else {
      result.push(Math.min(cursor, Math.max(from, to - 1)));
    }
  }
}

/** The document range of text[start, end) of a block. */
export function proseRange(block: ProseBlock, start: number, end: number): TextRange {
  const base = block.range.start;
  if (end <= start) return { start: base + block.offsets[start], end: base + block.offsets[start] };
  return { start: base + block.offsets[start], end: base + block.offsets[end - 1] + 1 };
}
