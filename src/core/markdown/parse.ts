// The one Markdown parser of the project: CommonMark + GFM tables/task lists + YAML front matter, with positions.
import { unified } from 'unified';
import remarkParse from 'remark-parse';
import remarkGfm from 'remark-gfm';
import remarkFrontmatter from 'remark-frontmatter';
import type { Root, Node, Parent } from 'mdast';
import type { TextRange } from '../model/types';

const processor = unified().use(remarkParse).use(remarkGfm).use(remarkFrontmatter, ['yaml']);

export function parseMarkdown(text: string): Root {
  const frontMatterStart = frontMatterAfterComment(text);
  if (frontMatterStart === null) return processor.runSync(processor.parse(text)) as Root;
  // Parse from the front matter on, so it is read as front matter, then put the comment back in front.
  const root = processor.runSync(processor.parse(text.slice(frontMatterStart))) as Root;
  const lineShift = text.slice(0, frontMatterStart).split('\n').length - 1;
  shiftPositions(root, frontMatterStart, lineShift);
  const comment = text.slice(0, text.indexOf('-->') + 3);
  root.children.unshift({
    type: 'html',
    value: comment,
    position: { start: { line: 1, column: 1, offset: 0 }, end: { line: 1 + comment.split('\n').length - 1, column: 1, offset: comment.length } },
  });
  root.position = { start: { line: 1, column: 1, offset: 0 }, end: root.position?.end ?? { line: 1, column: 1, offset: text.length } };
  return root;
}

/**
 * Published postmortems are often copied with a one-line source or licence comment above their YAML front matter; the
 * front matter is still the document's metadata. Returns where the front matter starts, or null.
 */
function frontMatterAfterComment(text: string): number | null {
  if (!text.startsWith('<!--')) return null;
  const close = text.indexOf('-->');
  if (close === -1) return null;
  const after = /^[ \t]*\r?\n/.exec(text.slice(close + 3, close + 3 + 200));
  if (!after) return null;
  const start = close + 3 + after[0].length;
  return /^---[ \t]*\r?\n/.test(text.slice(start, start + 8)) ? start : null;
}

function shiftPositions(node: Node, offset: number, lines: number): void {
  if (node.position) {
    for (const point of [node.position.start, node.position.end]) {
      if (point.offset !== undefined) point.offset += offset;
      point.line += lines;
    }
  }
  if ('children' in node) for (const child of (node as Parent).children) shiftPositions(child, offset, lines);
}

/** The source range of a node (every node remark produces from text has a position). */
export function rangeOf(node: Node): TextRange {
  return { start: node.position?.start.offset ?? 0, end: node.position?.end.offset ?? 0 };
}

/** The plain text of a node as a reader sees it: inline code kept, markup dropped, breaks as spaces. */
export function plainText(node: Node): string {
  if ('value' in node && typeof node.value === 'string') {
    return node.type === 'html' ? '' : node.value;
  }
  if (node.type === 'break') return ' ';
  if ('children' in node) return (node as Parent).children.map(plainText).join('');
  return '';
}
