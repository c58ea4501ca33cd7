// Splits prose into sentences (abbreviations, list items, table cells, quotes) and masks Markdown that is not prose.
import { htmlComments } from '../text/htmlComments';

export interface Sentence {
  /** Offsets into the text that was split: [start, end), trimmed of spaces and list/quote markers. */
  start: number;
  end: number;
}

/** Words that end with a period without ending the sentence ("e.g.", "approx.", "Dr."), lower case, without the dot. */
const ABBREVIATIONS = new Set([
  'e.g', 'i.e', 'etc', 'vs', 'cf', 'al', 'approx', 'est', 'incl', 'excl', 'misc', 'resp',
  'mr', 'mrs', 'ms', 'dr', 'prof', 'sr', 'jr', 'st', 'mt', 'inc', 'ltd', 'co', 'corp', 'dept', 'gov',
  'no', 'nos', 'fig', 'vol', 'ver', 'v', 'ref', 'sec', 'min', 'max', 'hr', 'hrs', 'mins', 'secs', 'approx',
  'jan', 'feb', 'mar', 'apr', 'jun', 'jul', 'aug', 'sep', 'sept', 'oct', 'nov', 'dec',
  'mon', 'tue', 'tues', 'wed', 'thu', 'thurs', 'fri', 'sat', 'sun',
  'a.m', 'p.m', 'u.s', 'u.k', 'e.u', 'ph.d', 'n.b', 'p.s',
]);

/** Characters that start a new sentence wherever they appear (the template's ✅/❌ lists, bullets, table pipes). */
const ITEM_MARKERS = /[✅❌✔✖✗✓•|]|⚠️?/gu;
const ITEM_MARKER = new RegExp(ITEM_MARKERS.source, 'u');

/**
 * Splits `text` into sentences. Blank lines, hard line breaks, list items, block quotes, headings and table cells
 * always separate sentences; soft-wrapped lines inside a paragraph do not.
 */
export function splitSentences(text: string): Sentence[] {
  const sentences: Sentence[] = [];
  for (const segment of hardSegments(text)) {
    let from = segment.start;
    for (const boundary of terminalBoundaries(text, segment.start, segment.end)) {
      push(sentences, text, from, boundary);
      from = boundary;
    }
    push(sentences, text, from, segment.end);
  }
  return sentences;
}

function push(sentences: Sentence[], text: string, start: number, end: number): void {
  let s = start;
  let e = end;
  // Leading list, quote and heading markers are not part of the sentence.
  const lead = /^(?:\s|[-*+](?=\s)|\d{1,3}[.)](?=\s)|>|#{1,6}(?=\s)|\[[ xX]\](?=\s)|[✅❌✔✖✗✓•|]|⚠️?)+/u.exec(text.slice(s, e));
  if (lead) s += lead[0].length;
  while (e > s && /\s/u.test(text[e - 1])) e--;
  if (e > s) sentences.push({ start: s, end: e });
}

/** Stretches between boundaries that no sentence crosses. */
function hardSegments(text: string): Sentence[] {
  // Most blocks (a table cell, a one-line paragraph) hold no line break and no marker: one stretch.
  if (!text.includes('\n') && !ITEM_MARKER.test(text)) return text === '' ? [] : [{ start: 0, end: text.length }];
  const cuts = new Set<number>([0, text.length]);
  for (const m of text.matchAll(/\n[ \t]*\n/gu)) cuts.add(m.index);
  // A new line that starts a list item, quote, heading or table row; a line ending in a hard break.
  for (const m of text.matchAll(/\n(?=[ \t]*(?:[-*+][ \t]|\d{1,3}[.)][ \t]|>|#{1,6}[ \t]|\|))/gu)) cuts.add(m.index);
  for (const m of text.matchAll(/(?<! ) {2,}\n|\\\n/gu)) cuts.add(m.index + m[0].length - 1);
  for (const m of text.matchAll(ITEM_MARKERS)) {
    cuts.add(m.index);
    cuts.add(m.index + m[0].length);
  }
  const sorted = [...cuts].sort((a, b) => a - b);
  const segments: Sentence[] = [];
  for (let i = 0; i + 1 < sorted.length; i++) {
    if (sorted[i + 1] > sorted[i]) segments.push({ start: sorted[i], end: sorted[i + 1] });
  }
  return segments;
}

/** Offsets just after each sentence-ending punctuation mark inside [start, end). */
function* terminalBoundaries(text: string, start: number, end: number): Generator<number> {
  const slice = text.slice(start, end);
  const terminal = /(?<![.!?…])([.!?…]+)(["'”’)\]*_]*)(?=\s+(["'“‘(\[*_@#]*)([\p{Lu}\p{N}@]))/gu;
  for (const m of slice.matchAll(terminal)) {
    if (m[1] === '.' && isAbbreviation(slice, m.index) && !endsSentence(slice, m.index)) continue;
    yield start + m.index + m[1].length + m[2].length;
  }
}

/** Abbreviations that often end a sentence ("paged at 3 a.m. We rolled back", "timeouts, resets, etc. Nothing was lost"). */
const SENTENCE_FINAL = new Set(['a.m', 'p.m', 'etc', 'min', 'mins', 'hr', 'hrs', 'sec', 'secs']);

/** Words that continue a time after "a.m." or "p.m." rather than start a sentence: time zones. */
const TIME_ZONE = /^(?:UTC|GMT|[A-Z]{1,2}[SD]?T|Eastern|Pacific|Central|Mountain|[Ll]ocal)\b/u;

/** Whether an abbreviation that often ends a sentence does end one here: a capitalised word follows that is not a time zone. */
function endsSentence(text: string, dot: number): boolean {
  const word = /([\p{L}.]+)$/u.exec(text.slice(Math.max(0, dot - 12), dot))?.[1]?.toLowerCase().replace(/^\.+/u, '') ?? '';
  if (!SENTENCE_FINAL.has(word)) return false;
  const next = /^\.?\s+["'“‘(\[*_]*(\S+)/u.exec(text.slice(dot))?.[1] ?? '';
  return /^\p{Lu}/u.test(next) && !TIME_ZONE.test(next);
}

/** Whether the period at `dot` ends an abbreviation or an initial rather than a sentence. */
function isAbbreviation(text: string, dot: number): boolean {
  const word = /([\p{L}.]+)$/u.exec(text.slice(Math.max(0, dot - 12), dot))?.[1] ?? '';
  if (word === '') return false;
  if (/^\p{Lu}$/u.test(word)) return true; // an initial: "J. Smith"
  const lower = word.toLowerCase().replace(/^\.+/u, '');
  return ABBREVIATIONS.has(lower) || /^(?:\p{L}\.)+\p{L}$/u.test(lower);
}

/**
 * Replaces Markdown that is not prose (code, HTML, URLs, link targets, emphasis markers) with spaces, keeping every
 * other character at its offset. Prose already extracted from the syntax tree passes through almost unchanged.
 */
export function maskMarkup(text: string): string {
  // Plain words (most table cells and many paragraphs) have nothing to mask: one look instead of ten passes.
  if (!MAY_HOLD_MARKUP.test(text)) return text;
  const blank = (s: string): string => s.replace(/[^\n]/gu, ' ');
  return blankComments(text.replace(/^(```|~~~)[^\n]*\n[\s\S]*?(?:^\1[^\n]*$|(?![\s\S]))/gmu, blank), blank)
    .replace(/(`+)[^`]*?\1/gu, blank)
    .replace(/\]\([^()\s]*(?:\s+"[^"]*")?\)/gu, blank)
    .replace(/\]\[[^\]]*\]/gu, blank)
    .replace(/<\/?[A-Za-z][^<>\n]*>/gu, blank)
    .replace(/\bhttps?:\/\/[^\s)>\]]+/gu, blank)
    .replace(/^[ \t]*(?:\|[ \t]*)?:?-{3,}:?[ \t]*(?:\|[ \t]*:?-{3,}:?[ \t]*)*\|?[ \t]*$/gmu, blank)
    .replace(/\*\*|__|~~|(?<![\p{L}\p{N}])[*_]|[*_](?![\p{L}\p{N}])/gu, blank)
    .replace(/(?<![\p{L}\p{N}\]])\[(?![ xX]\])(?=[^[\]\n]*\])/gu, ' ')
    // "Mr. Takahashi", "Dr. Okafor": the title's full stop is no sentence's end, and patterns that stop at a full stop
    // must read on through it.
    .replace(/\b(Mr|Mrs|Ms|Mx|Dr|Prof)\.(?=[ \t]+\p{Lu})/gu, '$1 ');
}

/** What every pass of `maskMarkup` needs to find: a backtick, a bracket, a tag, an emphasis mark, a rule, a link, a title. */
const MAY_HOLD_MARKUP = /[`\]<*_~[\\]|-{3}|https?:\/\/|\b(?:Mr|Mrs|Ms|Mx|Dr|Prof)\./u;

/** Blanks `<!-- … -->` comments (found with a scan: see htmlComments). */
function blankComments(text: string, blank: (s: string) => string): string {
  let out = '';
  let from = 0;
  for (const [open, end] of htmlComments(text)) {
    out += text.slice(from, open) + blank(text.slice(open, end));
    from = end;
  }
  return out + text.slice(from);
}
