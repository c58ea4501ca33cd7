// Walks a Markdown tree without the per-node closures of a visitor library: the model and the rules walk every tree
// of every parse, and on a workspace scan the walk's garbage was a tenth of the time.
import type { Node, Parent } from 'mdast';

/**
 * Calls `enter` on `root` and every node under it, depth first in document order, with the node's parent (null for
 * `root`). When `enter` returns false, the node's children are skipped. Iterative, so no nesting overflows it.
 */
export function eachNode(root: Node, enter: (node: Node, parent: Parent | null) => boolean | void): void {
  const stack: Array<[Node, Parent | null]> = [[root, null]];
  for (let next = stack.pop(); next !== undefined; next = stack.pop()) {
    const [node, parent] = next;
    if (enter(node, parent) === false || !('children' in node)) continue;
    const children = (node as Parent).children;
    for (let i = children.length - 1; i >= 0; i--) stack.push([children[i], node as Parent]);
  }
}

/** The nodes of one type under `root` (and `root` itself), in document order; a node of that type is not searched further. */
export function nodesOfType<T extends Node>(root: Node, type: T['type']): T[] {
  const found: T[] = [];
  eachNode(root, (node) => {
    if (node.type !== type) return true;
    found.push(node as T);
    return false;
  });
  return found;
}
