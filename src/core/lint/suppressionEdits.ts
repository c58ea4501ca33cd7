// The edit behind "Disable RULE for this line": a comment above a paragraph or heading, or at the end of a list item or table row.
import type { PostmortemDocument } from '../model/types';
import { LineIndex } from '../text/lines';
import type { TextEdit } from './types';

/**
 * A comment on its own line above a paragraph or heading is invisible and keeps the block intact. Inside a list or a
 * table a line of its own would split the list or end the table, so the comment goes at the end of the line instead
 * (before a table row's closing pipe, and before trailing spaces that make a hard line break).
 */
export function disableForLineEdit(doc: PostmortemDocument, ruleId: string, offset: number): TextEdit {
  const lines = new LineIndex(doc.text);
  const line = lines.positionAt(offset).line;
  const lineStart = lines.lineStart(line);
  const nextLineStart = line + 1 < lines.lineCount ? lines.lineStart(line + 1) : doc.text.length + 1;
  const lineText = doc.text.slice(lineStart, nextLineStart - 1).replace(/\r$/, '');
  const startsBlock = doc.ast.children.some(
    (node) => (node.type === 'paragraph' || node.type === 'heading') && node.position?.start.line === line + 1 && node.position.start.column === 1,
  );
  if (startsBlock) {
    return { start: lineStart, end: lineStart, text: `<!-- postmortem-disable-next-line ${ruleId} -->\n` };
  }
  const inTable = doc.ast.children.some(
    (node) => node.type === 'table' && (node.position?.start.line ?? 0) <= line + 1 && line + 1 <= (node.position?.end.line ?? 0),
  );
  let end = lineText.replace(/\s+$/, '').length;
  if (inTable && lineText.slice(0, end).endsWith('|')) end = lineText.slice(0, end - 1).replace(/\s+$/, '').length;
  return { start: lineStart + end, end: lineStart + end, text: ` <!-- postmortem-disable-line ${ruleId} -->` };
}

const MARKERS_ONLY = /^[\s>]*(?:(?:[-*+]|\d{1,9}[.)])[ \t]+(?:\[[ xX]\][ \t]+)?)?$/;

/**
 * The edit behind "Disable RULE for this sentence", or null where no comment can go: a comment that starts a line is
 * an HTML block in Markdown (it would swallow the sentence), so it goes on its own line above a paragraph's first
 * sentence, at the end of the line before a sentence that starts a wrapped line, and inline before any other sentence.
 */
export function disableForSentenceEdit(doc: PostmortemDocument, ruleId: string, sentenceStart: number): TextEdit | null {
  const comment = `<!-- postmortem-disable-next-sentence ${ruleId} -->`;
  const lines = new LineIndex(doc.text);
  const line = lines.positionAt(sentenceStart).line;
  const lineStart = lines.lineStart(line);
  const before = doc.text.slice(lineStart, sentenceStart);
  if (/\S/.test(before) && !MARKERS_ONLY.test(before)) return { start: sentenceStart, end: sentenceStart, text: `${comment} ` };
  const paragraph = doc.ast.children.find(
    (node) => node.type === 'paragraph' && (node.position?.start.offset ?? Infinity) <= sentenceStart && sentenceStart < (node.position?.end.offset ?? 0),
  );
  if (!paragraph || before !== '') return null;
  if (paragraph.position?.start.offset === sentenceStart) return { start: lineStart, end: lineStart, text: `${comment}\n` };
  const previousEnd = lineStart - 1 - (doc.text.charAt(lineStart - 2) === '\r' ? 1 : 0);
  // Trailing spaces make a hard line break: keep them after the comment.
  const lineBefore = doc.text.slice(lines.lineStart(line - 1), previousEnd);
  const at = lines.lineStart(line - 1) + lineBefore.replace(/\s+$/, '').length;
  return { start: at, end: at, text: ` ${comment}` };
}
