// Small range helpers rules share: the first line of a multi-line element, where to append to a line.
import type { TextRange } from '../model/types';

const TRAILING_COMMENTS = /(?:\s*<!--[^]*?-->)*\s*$/;

/** The first line of `range`, without trailing whitespace or HTML comments: where a finding about a list item is shown. */
export function firstLineOf(text: string, range: TextRange): TextRange {
  const newline = text.indexOf('\n', range.start);
  const end = newline === -1 || newline > range.end ? range.end : newline;
  const line = text.slice(range.start, end).replace(TRAILING_COMMENTS, '');
  return { start: range.start, end: range.start + line.length };
}

/**
 * The range of `value` inside `range`: a table cell's range includes its pipes and padding, and a field's range may
 * include a trailing comment, but a finding should underline the value itself.
 */
export function rangeOfValue(text: string, range: TextRange, value: string): TextRange {
  const at = value === '' ? -1 : text.indexOf(value, range.start);
  return at === -1 || at + value.length > range.end ? range : { start: at, end: at + value.length };
}
