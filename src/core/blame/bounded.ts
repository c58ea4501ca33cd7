// Keeps blaming-language matching linear on any input: runs of whitespace are compacted and long sentences are read in
// overlapping windows, so no vocabulary pattern ever sees more than a window of text.

/** Characters of one window; a longer sentence is read in windows that overlap by half. */
export const WINDOW = 800;
/** How far windows overlap: more than a subject (up to 300 characters) plus the phrase after it. */
const OVERLAP = WINDOW / 2;

export interface CompactText {
  /** The text with every run of two or more whitespace characters replaced by one space. */
  text: string;
  /**
   * offsets[i] is the offset in the original text of `text[i]`; offsets[text.length] is the original length. Null when
   * nothing was compacted: each offset is then its index.
   */
  offsets: number[] | null;
}

/**
 * Replaces each run of whitespace by a single space. Patterns read whitespace as `\s+` or `\s*`, so what they match is
 * unchanged, but a run of thousands of spaces between two words can no longer be split in thousands of ways.
 */
export function compactWhitespace(text: string): CompactText {
  // Most sentences have no run of whitespace: the text is kept as it is.
  if (!WHITESPACE_RUN.test(text)) return { text, offsets: null };
  const offsets: number[] = [];
  let out = '';
  let i = 0;
  while (i < text.length) {
    if (/\s/u.test(text[i]) && i + 1 < text.length && /\s/u.test(text[i + 1])) {
      out += ' ';
      offsets.push(i);
      while (i < text.length && /\s/u.test(text[i])) i++;
    } else {
      out += text[i];
      offsets.push(i);
      i++;
    }
  }
  offsets.push(text.length);
  return { text: out, offsets };
}

/** Two whitespace characters in a row, as the loop below reads them (one UTF-16 unit at a time). */
const WHITESPACE_RUN = /\s\s/u;

/** Start offsets of the windows that cover a text of `length` characters. */
export function windowStarts(length: number): number[] {
  const starts = [0];
  while (starts[starts.length - 1] + WINDOW < length) starts.push(starts[starts.length - 1] + OVERLAP);
  return starts;
}
