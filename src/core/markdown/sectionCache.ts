// Re-parsing after an edit: the pieces a long document is cut into (sections.ts) are parsed once per text, and the trees
// of the pieces an edit did not touch are reused. A piece's tree depends only on its text, so the result is the tree a
// fresh parse gives (test/unit/markdown/reparse.test.ts applies random edits and compares).
import type { Node, Parent, Root } from 'mdast';
import type { Point, Position } from 'unist';
import { TextMemo } from '../text/memo';

/** A piece's tree as parsed (positions from the start of the piece), and where it was last placed in its document. */
interface Parsed {
  tree: Root;
  placed: { offset: number; lines: number; tree: Root } | null;
}

/**
 * The trees of the pieces of the last parse, by their text. Owned by whoever parses one document again and again (the
 * editor keeps one per open document); holds only the pieces of the last parse that was cut into pieces, so it never
 * outgrows one document.
 *
 * A piece that sits where it sat in the last parse gets the very tree it got then; one that moved gets a copy with its
 * positions moved. Trees are shared between the parses of successive versions, so nobody may change a node of them
 * (the root of a document, which parseInSections makes afresh, is its caller's).
 */
export class SectionCache {
  private readonly pieces = new TextMemo<Parsed>();

  /**
   * The tree of `text` as `parse` gives it, every position moved by `offset` characters and `lines` lines (where the
   * piece sits in its document).
   */
  parse(text: string, parse: (text: string) => Root, offset = 0, lines = 0): Root {
    const parsed = this.pieces.get(text, () => ({ tree: parse(text), placed: null }));
    const { placed } = parsed;
    if (placed !== null && placed.offset === offset && placed.lines === lines) return placed.tree;
    const tree = cloneTree(parsed.tree, offset, lines);
    parsed.placed = { offset, lines, tree };
    return tree;
  }

  /** Ends a parse of the whole document: pieces it did not use are dropped at the end of the next one. */
  settle(): void {
    this.pieces.begin();
  }
}

/**
 * A copy of a tree with its positions moved, with an explicit stack: trees can nest deeper than the call stack allows.
 * Nodes and their positions are copied; what else a node holds (a table's `align`, `data`) is shared with the tree as
 * parsed, as nothing changes a placed tree.
 */
function cloneTree<T extends Node>(tree: T, offset: number, lines: number): T {
  const copy = placedCopy(tree, offset, lines);
  const stack: Node[] = [copy];
  for (let node = stack.pop(); node !== undefined; node = stack.pop()) {
    const children = (node as Partial<Parent>).children;
    if (children === undefined) continue;
    const placed = new Array<Node>(children.length);
    for (let i = 0; i < children.length; i++) {
      placed[i] = placedCopy(children[i], offset, lines);
      stack.push(placed[i]);
    }
    (node as Parent).children = placed as Parent['children'];
  }
  return copy;
}

/** One node moved: its own position, its children still the original's (cloneTree replaces them). */
function placedCopy<T extends Node>(node: T, offset: number, lines: number): T {
  const copy = { ...node };
  const position = node.position;
  if (position !== undefined) copy.position = { start: moved(position.start, offset, lines), end: moved(position.end, offset, lines) };
  if (REMEMBERED.has(node.type)) origins.set(copy, node);
  return copy;
}

/** The parsed node each placed copy was made from (see originalNode), for the nodes whose reading is kept. */
const origins = new WeakMap<object, object>();
const REMEMBERED = new Set(['paragraph', 'heading', 'tableCell']);

/**
 * The paragraph, heading or cell as parsed, for one that is a moved copy of it (a piece placed elsewhere after an edit):
 * the same content at other offsets, so what was read from one serves the other, moved. Any other node is its own
 * original.
 */
export function originalNode<T extends object>(node: T): T {
  return (origins.get(node) as T | undefined) ?? node;
}

function moved(point: Point, offset: number, lines: number): Point {
  return point.offset === undefined ? { ...point, line: point.line + lines } : { ...point, line: point.line + lines, offset: point.offset + offset };
}

