// Finds unfilled template placeholders ("[Name]", "YYYY-MM-DD", "HH:MM", "$X,XXX") in the prose of a parsed document.
import type { Node, Parent, Text } from 'mdast';
import type { PostmortemDocument, TextRange } from '../model/types';

/**
 * A bracketed phrase that is not a link ("[Name]", "[P0-Critical | P1-High]"), or a format mask.
 * Only text nodes are searched, so links, code and HTML comments (template guidance) never match.
 */
const PLACEHOLDER = /INC-YYYY-MM-DD-NNN|\[[^\[\]\n]{2,}\](?![(\[:])|\bYYYY-MM-DD\b|\bHH:?MM\b|\$X(?:,XXX)*(?:\.XX)?/g;

function textNodes(node: Node, out: Text[]): Text[] {
  if (node.type === 'text') out.push(node as Text);
  else if ('children' in node) for (const child of (node as Parent).children) textNodes(child, out);
  return out;
}

export function findPlaceholders(doc: PostmortemDocument): TextRange[] {
  const found: TextRange[] = [];
  for (const node of textNodes(doc.ast, [])) {
    const start = node.position?.start.offset;
    if (start === undefined) continue;
    for (const match of node.value.matchAll(PLACEHOLDER)) {
      const range = { start: start + (match.index ?? 0), end: start + (match.index ?? 0) + match[0].length };
      // A text node's value differs from its source when it holds escapes or entities; skip rather than point at the wrong text.
      if (doc.text.slice(range.start, range.end) === match[0]) found.push(range);
    }
  }
  return found.sort((a, b) => a.start - b.start);
}
