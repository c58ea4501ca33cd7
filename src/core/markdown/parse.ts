// The one Markdown parser of the project: CommonMark + GFM tables/task lists + YAML front matter, with positions.
import { unified } from 'unified';
import remarkParse from 'remark-parse';
import remarkGfm from 'remark-gfm';
import remarkFrontmatter from 'remark-frontmatter';
import type { Root, Node, Parent } from 'mdast';
import type { TextRange } from '../model/types';

const processor = unified().use(remarkParse).use(remarkGfm).use(remarkFrontmatter, ['yaml']);

/**
 * How deep the tree may go. Lists or quotes nested thousands of levels deep (a 4 KB file) would overflow the stack of
 * every recursive walk over the tree; no postmortem nests a hundred levels, so deeper content is cut off here, once,
 * and every walk downstream is bounded.
 */
export const MAX_DEPTH = 100;

/** Container markers (`>`, `-`, `1.`) one line may open; micromark's own transforms recurse once per level. */
const MAX_LINE_CONTAINERS = 40;

export function parseMarkdown(text: string): Root {
  const source = withShallowContainers(text);
  try {
    return pruneDeepNodes(processor.runSync(processor.parse(source)) as Root);
  } catch (error) {
    // A nesting the guards above missed must not take the editor or the CLI down: read the document as empty.
    if (error instanceof RangeError) return { type: 'root', children: [], position: { start: { line: 1, column: 1, offset: 0 }, end: { line: 1, column: 1, offset: 0 } } };
    throw error;
  }
}

/**
 * Blanks the container markers of a line past the first MAX_LINE_CONTAINERS ("> > > … x", "- - - … x" thousands
 * deep), keeping every offset: the parser then reads the rest of the line as content of the deepest container kept.
 */
function withShallowContainers(text: string): string {
  let out = '';
  let copied = 0;
  let lineStart = 0;
  while (lineStart < text.length) {
    let lineEnd = text.indexOf('\n', lineStart);
    if (lineEnd === -1) lineEnd = text.length;
    let i = lineStart;
    let containers = 0;
    for (;;) {
      while (i < lineEnd && (text[i] === ' ' || text[i] === '\t')) i++;
      const marker = /^(?:>|[-*+](?=[ \t]|$)|\d{1,9}[.)](?=[ \t]|$))/u.exec(text.slice(i, Math.min(lineEnd, i + 11)));
      if (marker === null) break;
      containers++;
      if (containers > MAX_LINE_CONTAINERS) {
        out += text.slice(copied, i) + ' '.repeat(marker[0].length);
        copied = i + marker[0].length;
      }
      i += marker[0].length;
    }
    lineStart = lineEnd + 1;
  }
  return out + text.slice(copied);
}

/** Empties the children of nodes at MAX_DEPTH, walking with an explicit stack so the walk itself cannot overflow. */
function pruneDeepNodes(root: Root): Root {
  const stack: [Node, number][] = [[root, 0]];
  for (let next = stack.pop(); next !== undefined; next = stack.pop()) {
    const [node, depth] = next;
    if (!('children' in node)) continue;
    const parent = node as Parent;
    if (depth >= MAX_DEPTH) parent.children = [];
    else for (const child of parent.children) stack.push([child, depth + 1]);
  }
  return root;
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
