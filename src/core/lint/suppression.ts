// Reads `<!-- postmortem-disable… -->` comments and decides which findings they silence.
import type { Html, Node, Parent, Root } from 'mdast';
import { maskMarkup, splitSentences } from '../blame/sentences';
import { LineIndex } from '../text/lines';

export type DirectiveKind = 'disable-file' | 'disable' | 'enable' | 'disable-next-line' | 'disable-line' | 'disable-next-sentence';

export interface SuppressionDirective {
  kind: DirectiveKind;
  /** Rule ids named in the comment; empty means every rule. */
  rules: string[];
  /** Document offset of the comment. */
  offset: number;
  /** Zero-based line of the comment's start. */
  line: number;
  /** Zero-based line of the comment's end. */
  endLine: number;
  /** For disable-next-sentence: the offsets of the sentence after the comment. */
  sentence?: { start: number; end: number };
}

/** How far after a disable-next-sentence comment its sentence is looked for: one sentence, however long, fits. */
const SENTENCE_REACH = 4000;

/** The first sentence after `offset` (a paragraph is one line in Markdown, so a sentence is the finest unit prose has). */
function sentenceAfter(text: string, offset: number): { start: number; end: number } | undefined {
  const [first] = splitSentences(maskMarkup(text.slice(offset, offset + SENTENCE_REACH)));
  return first ? { start: offset + first.start, end: offset + first.end } : undefined;
}

const DIRECTIVE = /<!--\s*postmortem-(disable-file|disable-next-line|disable-next-sentence|disable-line|disable|enable)\b([^]*?)-->/g;

/** Every suppression directive in the document, in order. Only real HTML comments count, never text inside code. */
export function readSuppressions(root: Root, text: string, lines: LineIndex = new LineIndex(text)): SuppressionDirective[] {
  const directives: SuppressionDirective[] = [];
  const visit = (node: Node): void => {
    if (node.type === 'html') {
      const start = node.position?.start.offset ?? 0;
      const end = node.position?.end.offset ?? start;
      // Read the source, not the node value: inside a blockquote the value has lost its `> ` prefixes and offsets would drift.
      const raw = text.slice(start, end);
      if (!(node as Html).value.includes('postmortem-')) return;
      for (const match of raw.matchAll(DIRECTIVE)) {
        const offset = start + (match.index ?? 0);
        const kind = match[1] as DirectiveKind;
        const sentence = kind === 'disable-next-sentence' ? sentenceAfter(text, offset + match[0].length) : undefined;
        directives.push({
          kind,
          rules: match[2].split(/[\s,]+/).filter((rule) => rule !== ''),
          offset,
          line: lines.positionAt(offset).line,
          endLine: lines.positionAt(offset + match[0].length).line,
          ...(sentence ? { sentence } : {}),
        });
      }
      return;
    }
    if ('children' in node) for (const child of (node as Parent).children) visit(child);
  };
  visit(root);
  return directives;
}

function names(directive: SuppressionDirective, ruleId: string): boolean {
  return directive.rules.length === 0 || directive.rules.includes(ruleId);
}

/**
 * Whether a finding of `ruleId` starting at `offset` (on zero-based `line`) is silenced.
 * `disable`/`enable` pairs work by position, so a region can start or end mid-line; the last directive before the finding wins.
 */
export function isSuppressed(directives: readonly SuppressionDirective[], ruleId: string, offset: number, line: number): boolean {
  let disabled = false;
  for (const directive of directives) {
    if (!names(directive, ruleId)) continue;
    switch (directive.kind) {
      case 'disable-file':
        return true;
      case 'disable-next-line':
        if (line === directive.endLine + 1) return true;
        break;
      case 'disable-line':
        if (line === directive.line) return true;
        break;
      case 'disable-next-sentence':
        if (directive.sentence && directive.offset < offset && offset < directive.sentence.end) return true;
        break;
      case 'disable':
        if (directive.offset <= offset) disabled = true;
        break;
      case 'enable':
        if (directive.offset <= offset) disabled = false;
        break;
    }
  }
  return disabled;
}
