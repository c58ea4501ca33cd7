// Finds unfilled template placeholders in the prose of a parsed document: where New Postmortem puts the cursor.
import type { Node, Parent, Text } from 'mdast';
import { findPlaceholders as placeholdersInText } from '../text/placeholders';
import type { PostmortemDocument, TextRange } from '../model/types';

function textNodes(node: Node, out: Text[]): Text[] {
  if (node.type === 'text') out.push(node as Text);
  else if ('children' in node) for (const child of (node as Parent).children) textNodes(child, out);
  return out;
}

/**
 * The placeholders the `placeholder` rule would flag, searched in text nodes only, so code and
 * HTML comments (template guidance and its examples) never match.
 */
export function findPlaceholders(doc: PostmortemDocument): TextRange[] {
  const found: TextRange[] = [];
  for (const node of textNodes(doc.ast, [])) {
    const start = node.position?.start.offset;
    if (start === undefined) continue;
    for (const match of placeholdersInText(node.value)) {
      const range = { start: start + match.start, end: start + match.end };
      // A text node's value differs from its source when it holds escapes or entities; skip rather than point at the wrong text.
      if (doc.text.slice(range.start, range.end) === match.text) found.push(range);
    }
  }
  return found.sort((a, b) => a.start - b.start);
}
