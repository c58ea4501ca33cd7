// Small range helpers rules share: the first line of a multi-line element, where to append to a line, a cell's content.
import type { TextRange } from '../model/types';
import { htmlComments } from '../text/htmlComments';

/** The first line of `range`, without trailing whitespace or HTML comments: where a finding about a list item is shown. */
export function firstLineOf(text: string, range: TextRange): TextRange {
  const newline = text.indexOf('\n', range.start);
  const end = newline === -1 || newline > range.end ? range.end : newline;
  return { start: range.start, end: range.start + shownLength(text.slice(range.start, end)) };
}

/**
 * The length of `line` without the blanks and HTML comments (`<!-- … -->`) that end it: the comments found in one pass,
 * then taken off from the end with the blanks around them. An expression looking for them from every blank of a line was
 * quadratic in a long run of blanks (1.8 s for 12,000).
 */
function shownLength(line: string): number {
  const comments = htmlComments(line);
  // Where the blanks that end the text before `end` start.
  const blanksBefore = (end: number) => line.slice(0, end).trimEnd().length;
  let end = blanksBefore(line.length);
  for (let i = comments.length - 1; i >= 0 && comments[i][1] === end; i--) end = blanksBefore(comments[i][0]);
  return end;
}

/**
 * The range of `value` inside `range`: a table cell's range includes its pipes and padding, and a field's range may
 * include a trailing comment, but a finding should underline the value itself.
 */
export function rangeOfValue(text: string, range: TextRange, value: string): TextRange {
  const at = value === '' ? -1 : text.indexOf(value, range.start);
  return at === -1 || at + value.length > range.end ? range : { start: at, end: at + value.length };
}

/**
 * What sits between a table cell's pipes, without the padding; an empty cell gives the point after its first space. A
 * field's range that is not a cell ("owner: TBD") loses only its padding.
 */
export function cellContentRange(text: string, cell: TextRange): TextRange {
  let start = cell.start;
  let end = cell.end;
  if (text[start] === '|') start++;
  if (end > start && text[end - 1] === '|' && text[end - 2] !== '\\') end--;
  while (start < end && /\s/.test(text[start])) start++;
  while (end > start && /\s/.test(text[end - 1])) end--;
  return { start, end };
}
