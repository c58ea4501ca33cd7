// Lines a terminal cut at its width (conhost, screen, a narrow window): header and rows joined back as kubectl printed them.
import { parseHeader, startsLikeHeader } from './columns';

/** Widths terminals open at; one cut line of such a width is taken as the terminal's edge. */
const TERMINAL_WIDTHS = new Set([80, 100, 120, 132, 160, 200]);
const MIN_WIDTH = 40;

/** The line's length in code points, as Array.from(line).length counts them, without building the array (a big paste measures every line several times). */
export function width(line: string): number {
  if (!HIGH_SURROGATE.test(line)) return line.length;
  // A row is measured several times in a row (is it cut? is the next line its rest?): the last answer is kept.
  if (line === measured.line) return measured.width;
  let pairs = 0;
  SURROGATE_PAIRS.lastIndex = 0;
  while (SURROGATE_PAIRS.exec(line) !== null) pairs++;
  measured = { line, width: line.length - pairs };
  return measured.width;
}

const HIGH_SURROGATE = /[\uD800-\uDBFF]/;
const SURROGATE_PAIRS = /[\uD800-\uDBFF][\uDC00-\uDFFF]/g;

let measured = { line: '', width: 0 };

/** A header line cut in up to four pieces ("NAMESPACE … OBJECT" then "MESSAGE") joined back; other lines as they are. */
export function joinCutHeaders(lines: readonly string[]): string[] {
  const joined: string[] = [];
  for (let i = 0; i < lines.length; i++) {
    let line = lines[i];
    // A cut header starts like one: a row (nearly every line) is passed over without trying to join it.
    if (startsLikeHeader(line) && width(line) >= MIN_WIDTH && !parseHeader(line)) {
      // The longest join that reads as a header: "… SUBOBJECT" + "SOURCE  MESSAGE" is one, but "FIRST SEEN  COUNT  NAME" may follow.
      for (let pieces = Math.min(3, lines.length - 1 - i); pieces >= 1; pieces--) {
        const candidate = line + lines.slice(i + 1, i + 1 + pieces).join('');
        if (parseHeader(candidate) && lines.slice(i, i + pieces).every((piece) => width(piece) === width(line))) {
          line = candidate;
          i += pieces;
          break;
        }
      }
    }
    joined.push(line);
  }
  return joined;
}

/**
 * The width at which the rows of a table (lines `from`..`to`) were cut, or null: the longest line length when at
 * least two lines reach it, or when it is a usual terminal width.
 */
export function cutWidth(lines: readonly string[], from: number, to: number): number | null {
  const lengths = lines.slice(from, to).map(width);
  const longest = Math.max(0, ...lengths);
  if (longest < MIN_WIDTH) return null;
  const reaching = lengths.filter((length) => length === longest).length;
  return reaching >= 2 || TERMINAL_WIDTHS.has(longest) ? longest : null;
}

export function reachesWidth(line: string, cut: number | null): boolean {
  return cut !== null && width(line) === cut;
}

/**
 * The line at `index` joined with the one to three lines after it, when the terminal cut it at `cut` and the joined
 * text is what `read` takes (a row); null otherwise. Lines that `read` takes on their own are never joined to another.
 */
export function uncutForward<T>(lines: readonly string[], index: number, cut: number | null, read: (line: string) => T | null, stop: (line: string) => boolean): { value: T; line: string; pieces: number } | null {
  if (!reachesWidth(lines[index], cut)) return null;
  let line = lines[index];
  let best: { value: T; line: string; pieces: number } | null = null;
  // The longest join that reads: a piece that reaches the width again was cut too.
  for (let pieces = 2; pieces <= 4 && index + pieces - 1 < lines.length; pieces++) {
    const next = lines[index + pieces - 1];
    if (next.trim() === '' || stop(next) || read(next) !== null) break;
    line += next;
    const value = read(line);
    if (value !== null) best = { value, line, pieces };
    if (!reachesWidth(next, cut)) break;
  }
  return best;
}
