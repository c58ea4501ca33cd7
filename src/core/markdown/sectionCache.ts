// Re-parsing after an edit: the pieces a long document is cut into (sections.ts) are parsed once per text, and the trees
// of the pieces an edit did not touch are reused. A piece's tree depends only on its text, so the result is the tree a
// fresh parse gives (test/unit/markdown/reparse.test.ts applies random edits and compares).
import type { Node, Root } from 'mdast';

/**
 * The trees of the pieces of the last parse, by their text. Owned by whoever parses one document again and again (the
 * editor keeps one per open document); holds only what the last parse used, so it never outgrows one document.
 */
export class SectionCache {
  private previous = new Map<string, Root>();
  private current = new Map<string, Root>();

  /** The tree of `text` as `parse` gives it, positions counted from the start of `text`: a fresh copy each time. */
  parse(text: string, parse: (text: string) => Root): Root {
    let tree = this.current.get(text) ?? this.previous.get(text);
    if (tree === undefined) tree = parse(text);
    this.current.set(text, tree);
    return cloneTree(tree);
  }

  /** Ends a parse of the whole document: pieces it did not use are dropped at the end of the next one. */
  settle(): void {
    this.previous = this.current;
    this.current = new Map();
  }
}

/**
 * A deep copy of a tree (nodes, positions, data), with an explicit stack: trees can nest deeper than the call stack
 * allows. Copies are handed out because callers shift positions and join pieces in place.
 */
function cloneTree<T extends Node>(tree: T): T {
  const copy = shallow(tree) as Record<string, unknown>;
  const stack: Record<string, unknown>[] = [copy];
  for (let node = stack.pop(); node !== undefined; node = stack.pop()) {
    for (const key of Object.keys(node)) {
      const value = node[key];
      if (typeof value !== 'object' || value === null) continue;
      const cloned = shallow(value);
      node[key] = cloned;
      stack.push(cloned as Record<string, unknown>);
    }
  }
  return copy as T;
}

function shallow(value: object): object {
  return Array.isArray(value) ? value.slice() : { ...value };
}
