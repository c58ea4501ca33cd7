// The one Markdown parser of the project: CommonMark + GFM tables/task lists + YAML front matter, with positions.
import { unified } from 'unified';
import remarkParse from 'remark-parse';
import remarkGfm from 'remark-gfm';
import remarkFrontmatter from 'remark-frontmatter';
import type { Root, Node, Parent } from 'mdast';
import type { TextRange } from '../model/types';

const processor = unified().use(remarkParse).use(remarkGfm).use(remarkFrontmatter, ['yaml']);

export function parseMarkdown(text: string): Root {
  return processor.runSync(processor.parse(text)) as Root;
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
