// Builds the heading tree with ranges, including bold "pseudo headings" such as `**Action Items**:` that prose templates use.
import type { Root, RootContent, Paragraph } from 'mdast';
import { plainText, rangeOf } from '../markdown/parse';
import { classifySection } from './sectionKinds';
import type { Section, SectionKind } from './types';

/** Depth given to pseudo headings: below any real heading. */
const PSEUDO_DEPTH = 7;

interface HeadingMark {
  title: string;
  depth: number;
  start: number;
  headingEnd: number;
  pseudo: boolean;
}

/** A paragraph that is only bold text ending in a colon, e.g. `**Action Items**:`, introduces what follows. */
export function pseudoHeadingTitle(node: Paragraph): string | null {
  const children = node.children;
  if (children.length === 0 || children[0].type !== 'strong') return null;
  const label = plainText(children[0]).trim();
  const rest = children.slice(1).map(plainText).join('').trim();
  if (rest === ':' && label.length > 0) return label;
  if (rest === '' && label.endsWith(':')) return label.slice(0, -1).trim();
  // `**Action items**` alone on its line, no colon: a heading too when it names a section; with a note in brackets after
  // it (`**Timeline** (all times CET)`, as Google Docs exports headings set in bold), the note is part of the title.
  if ((rest === '' || /^\([^()\n]{1,40}\)$/.test(rest)) && label.length <= 40 && classifySection(label) !== null) return rest === '' ? label : `${label} ${rest}`;
  return null;
}

/** A short plain line such as "Action Items" between a section's paragraphs, used as a sub-heading. */
function plainHeadingTitle(node: Paragraph): string | null {
  if (node.children.length !== 1 || node.children[0].type !== 'text') return null;
  const title = node.children[0].value.trim();
  if (title.length > 40 || /[.,;!?]$|\n/.test(title) || title.split(/\s+/).length > 5) return null;
  return /^[A-Z]/.test(title) && classifySection(title) !== null ? title : null;
}

/**
 * Under an action section, "### Detection" or "### Mitigation" groups actions; reflection keeps its own kind, and so does
 * the story of a fix told under it ("### The Issue", "### The Root Cause", "### Impact").
 */
const KINDS_THAT_LEAVE_ACTIONS = new Set(['wentWell', 'wentWrong', 'lessonsLearned', 'summary', 'rootCause', 'impact']);

export function effectiveKindOf(kind: SectionKind | null, parentKind: SectionKind | null): SectionKind | null {
  if (parentKind === 'actionItems' && (kind === null || !KINDS_THAT_LEAVE_ACTIONS.has(kind))) return 'actionItems';
  return kind ?? parentKind;
}

function headingMarks(root: Root): HeadingMark[] {
  const marks: HeadingMark[] = [];
  for (const node of root.children as RootContent[]) {
    const range = rangeOf(node);
    if (node.type === 'heading') {
      marks.push({ title: plainText(node).trim(), depth: node.depth, start: range.start, headingEnd: range.end, pseudo: false });
    } else if (node.type === 'paragraph') {
      const title = pseudoHeadingTitle(node) ?? plainHeadingTitle(node);
      if (title !== null && classifySection(title) !== null) {
        marks.push({ title, depth: PSEUDO_DEPTH, start: range.start, headingEnd: range.end, pseudo: true });
      }
    }
  }
  return marks;
}

export function buildSections(root: Root, textLength: number): Section[] {
  const marks = headingMarks(root);
  const top: Section[] = [];
  const stack: Section[] = [];
  for (let i = 0; i < marks.length; i++) {
    const mark = marks[i];
    let end = textLength;
    for (let j = i + 1; j < marks.length; j++) {
      // A pseudo heading ends at the next pseudo heading or any real heading; a real one at the next of its depth or above.
      if (marks[j].depth <= mark.depth || (mark.pseudo && marks[j].pseudo)) {
        end = marks[j].start;
        break;
      }
    }
    while (stack.length > 0 && (stack[stack.length - 1].depth >= mark.depth || stack[stack.length - 1].range.end <= mark.start)) {
      stack.pop();
    }
    const parent = stack[stack.length - 1] ?? null;
    const kind = classifySection(mark.title);
    const section: Section = {
      title: mark.title,
      depth: mark.depth,
      kind,
      effectiveKind: effectiveKindOf(kind, parent?.effectiveKind ?? null),
      headingRange: { start: mark.start, end: mark.headingEnd },
      range: { start: mark.start, end },
      contentRange: { start: mark.headingEnd, end },
      children: [],
      pseudo: mark.pseudo,
    };
    (parent ? parent.children : top).push(section);
    stack.push(section);
  }
  return top;
}

export function flattenSections(sections: Section[]): Section[] {
  return sections.flatMap((s) => [s, ...flattenSections(s.children)]);
}

/**
 * The innermost section containing an offset (null before the first heading), for the many offsets a parse asks about:
 * the sections in document order, the last one starting at or before the offset found by halving, then its parents
 * until one contains the offset (the innermost one containing it is always that section or a parent of it). A walk from the top for every block made a document of n sections cost n².
 */
export function sectionLocator(sections: Section[]): (offset: number) => Section | null {
  const ordered: Array<{ section: Section; parent: number }> = [];
  const add = (list: Section[], parent: number): void => {
    for (const section of list) {
      ordered.push({ section, parent });
      add(section.children, ordered.length - 1);
    }
  };
  add(sections, -1);
  return (offset) => {
    let low = 0;
    let high = ordered.length - 1;
    let last = -1;
    while (low <= high) {
      const middle = (low + high) >> 1;
      if (ordered[middle].section.range.start <= offset) {
        last = middle;
        low = middle + 1;
      } else {
        high = middle - 1;
      }
    }
    for (let i = last; i !== -1; i = ordered[i].parent) {
      const { range } = ordered[i].section;
      if (offset >= range.start && offset < range.end) return ordered[i].section;
    }
    return null;
  };
}
