// Decides, in one linear scan, whether the editor can afford to lint a document on the typing path.

/** Above this many characters the editor does not lint as you type (the CLI still does, up to its own limit). */
export const MAX_EDITOR_LINT_CHARS = 512 * 1024;

/**
 * Emphasis and bracket markers one paragraph (or table row) may hold. The Markdown parser pairs them up in time that
 * grows with the square of their number: 20,000 of them in one paragraph take tens of seconds; 1,000 take
 * milliseconds, and no postmortem paragraph comes close.
 */
export const MAX_MARKERS_PER_BLOCK = 1000;

const MARKERS = new Set(['*', '_', '[', ']', '`', '~', '<', '!']);

/** Why the editor should not lint this text as you type, or null when it can. */
export function editorLintBudgetProblem(text: string): string | null {
  if (text.length > MAX_EDITOR_LINT_CHARS) {
    return `it is ${Math.round(text.length / 1024)} KB, above the ${MAX_EDITOR_LINT_CHARS / 1024} KB the editor checks as you type`;
  }
  let markers = 0;
  let lineStart = true;
  let blank = true;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (c === '\n') {
      // A blank line ends a paragraph; a table row is parsed cell by cell, so it counts on its own.
      if (blank || text[i + 1] === '|') markers = 0;
      lineStart = true;
      blank = true;
      continue;
    }
    if (lineStart && c === '|') markers = 0;
    lineStart = false;
    if (c !== ' ' && c !== '\t' && c !== '\r') blank = false;
    if (MARKERS.has(c) && ++markers > MAX_MARKERS_PER_BLOCK) {
      return `a paragraph holds more than ${MAX_MARKERS_PER_BLOCK} emphasis or bracket markers, which would freeze the editor while it is parsed`;
    }
  }
  return null;
}
