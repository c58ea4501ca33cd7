// Reads a postmortem for the Action Items view's workspace scan: timeline tables and the plain prose of the sections
// that tell the incident, most of the parsing time of a typical postmortem, are left out when that changes nothing the
// view shows.
import { looksLikePostmortem } from '../lint/detect';
import { parsePostmortem } from '../model/parse';
import { parseMarkdownWithoutAddressLinks } from '../markdown/parse';
import { eachNode } from '../markdown/walk';
import { LineIndex } from '../text/lines';
import { classifySection } from '../model/sectionKinds';
import { DELIMITER_ROW } from '../markdown/sections';
import { effectiveKindOf } from '../model/sections';
import { isActionTableHeader, paragraphMayHoldActions } from '../model/actionItems';
import type { PostmortemDocument, SectionKind } from '../model/types';

const FENCE = /^ {0,3}(`{3,}|~{3,})/u;
/**
 * An ATX heading: its hashes, then its text with what ends it (blanks, a closing run of hashes) still on;
 * HEADING_CLOSING takes that off. Read greedily, with no blank given back: a lazy text before an optional closing
 * sequence was tried at every blank of a run (0.4 s for a heading holding 12,000 blanks).
 */
const ATX_HEADING = /^ {0,3}(#{1,6})(?:[ \t]+(?![ \t])(.*))?$/u;
/** The blanks, and the closing hashes before them, that end a heading's text ("Action items ##  "). */
const HEADING_CLOSING = /(?<![ \t])[ \t]+(?:#+[ \t]*)?$/u;
const TABLE_LINE = /^ {0,3}\|/u;
const BLANK = /^[ \t]*\r?$/u;

/**
 * The document's model for the action-items scan. Its action items, metadata, sections, incident date and whether it
 * looks like a postmortem are those of `parsePostmortem(text)`; its timelines and prose may be missing, so it is for this
 * scan only. What is left out (see `blankedForActionScan`) is blanked, keeping every offset. A document whose incident
 * date would then come from its timeline, or that would no longer look like a postmortem, is parsed whole.
 */
export function parseForActionScan(text: string): PostmortemDocument {
  const lines = text.split('\n');
  const blanked = blankedLines(lines);
  if (blanked === null) return parsePostmortem(text);
  const { blank, tables } = blanked;
  const masked = withLines(lines, blank, spaces);
  // The parser walks a blank line's spaces one by one: it reads a copy with those lines empty, whose positions (line and
  // column are the same in both) are then put back at their offsets in the text.
  const ast = parseMarkdownWithoutAddressLinks(withLines(lines, blank, () => ''));
  const index = new LineIndex(text);
  eachNode(ast, (node) => {
    for (const point of [node.position?.start, node.position?.end]) if (point?.offset !== undefined) point.offset = index.lineStart(point.line - 1) + point.column - 1;
  });
  const doc = parsePostmortem(masked, { ast });
  // Without an incident date, due dates such as "end of March" take their year from the timeline the tables held.
  if ((tables && doc.incidentDate === null) || !looksLikePostmortem(doc)) return parsePostmortem(text);
  return { ...doc, text };
}

/**
 * Sections whose plain prose paragraphs hold no action item, metadata field or label: what they tell is the incident.
 * Not the timeline, whose paragraphs may be dated entries.
 */
const PROSE_KINDS = new Set<SectionKind>(['summary', 'impact', 'rootCause', 'contributingFactors', 'fiveWhys', 'detection', 'resolution', 'wentWell', 'wentWrong', 'lessonsLearned']);
/** An unindented line that opens a list item, a quote or a table row. */
const BLOCK_MARKER = /^(?:[-*+>|]|\d{1,9}[.)])/u;
/** A line that opens anything but a paragraph, or carries markup the model reads: lists, quotes, tables, HTML, code, emphasis. */
const NOT_PLAIN = /^(?: {0,3}(?:[-*+>|#<`~[=_!]|\d{1,9}[.)])| {4}|\t)|\*\*|__|<|\b(?:TODO|TBD|FIXME|XXX)\b/u;

/**
 * Whether a paragraph (its lines) is plain prose the action-items model never reads: long sentences without markup,
 * that announce no follow-up work, and lead into no list, table or indented text after them.
 */
function isPlainProse(paragraph: readonly string[], next: string | undefined): boolean {
  const joined = paragraph.join(' ').trim();
  if (joined.length < 60 || !/[.!?]["”')]*$/u.test(joined)) return false;
  if (paragraph.some((line) => NOT_PLAIN.test(line))) return false;
  if (paragraphMayHoldActions(joined)) return false;
  // Indented text after it would, with the paragraph gone, continue a list item before it.
  return next === undefined || (/^[^ \t]/u.test(next) && (ATX_HEADING.test(next) || !BLOCK_MARKER.test(next)));
}

/** A line as blanks of its length in UTF-16 units (an emoji is two), keeping its carriage returns: every offset stays. */
const spaces = (line: string): string => (line.includes('\r') ? line.replace(/[^\r]/g, ' ') : ' '.repeat(line.length));

/** The lines joined back, each line marked in `blank` replaced. */
function withLines(lines: readonly string[], blank: readonly boolean[], replace: (line: string) => string): string {
  return lines.map((line, i) => (blank[i] ? replace(line) : line)).join('\n');
}

/**
 * The text with what the action-items model never reads replaced by spaces (line breaks and lengths kept): the tables
 * that open a timeline section (ATX headings, as the model nests them, with nothing but blank lines and other such
 * tables before them), and the plain prose paragraphs of the sections that tell the incident.
 */
export function blankedForActionScan(text: string): string {
  const lines = text.split('\n');
  const blanked = blankedLines(lines);
  return blanked === null ? text : withLines(lines, blanked.blank, spaces);
}

/** Which of the text's lines `blankedForActionScan` blanks, and whether timeline tables are among them; null when none. */
function blankedLines(lines: readonly string[]): { blank: boolean[]; tables: boolean } | null {
  const masked = new Array<boolean>(lines.length).fill(false);
  let start = 0;
  if (/^---\r?$/u.test(lines[0] ?? '')) {
    // Front matter: its "# comments" are not headings.
    const close = lines.findIndex((line, i) => i > 0 && /^(?:---|\.\.\.)\r?$/u.test(line));
    if (close === -1) return null;
    start = close + 1;
  }
  let fence: string | null = null;
  let inTimeline = false;
  let proseSection = false;
  let tables = false;
  // The open ATX headings, as the model nests sections: a timeline under "Action Items" is part of the actions.
  const open: { depth: number; kind: SectionKind | null }[] = [];
  for (let i = start; i < lines.length; i++) {
    const line = lines[i].replace(/\r$/u, '');
    if (fence !== null) {
      const close = FENCE.exec(line);
      if (close !== null && close[1][0] === fence[0] && close[1].length >= fence.length && line.trim() === close[1]) fence = null;
      continue;
    }
    const opening = FENCE.exec(line);
    if (opening !== null) {
      fence = opening[1];
      continue;
    }
    const heading = ATX_HEADING.exec(line);
    if (heading !== null) {
      const depth = heading[1].length;
      while (open.length > 0 && open[open.length - 1].depth >= depth) open.pop();
      const kind = effectiveKindOf(classifySection((heading[2] ?? '').replace(HEADING_CLOSING, '').trim()), open[open.length - 1]?.kind ?? null);
      open.push({ depth, kind });
      inTimeline = kind === 'timeline';
      proseSection = kind !== null && PROSE_KINDS.has(kind);
      continue;
    }
    // A setext heading ("Action Items\n===") would nest what follows in a way this scan does not follow: read it all.
    if (/^ {0,3}(?:=+|-+)[ \t]*$/u.test(line) && i > 0 && !BLANK.test(lines[i - 1])) return null;
    if (BLANK.test(line)) continue;
    // A paragraph at the root starts unindented after a blank line or a heading (indented, it may belong to a list item).
    if (proseSection && /^[^ \t]/u.test(line) && (i === start || BLANK.test(lines[i - 1]) || ATX_HEADING.test(lines[i - 1]))) {
      let end = i + 1;
      while (end < lines.length && !BLANK.test(lines[end])) end++;
      const paragraph = lines.slice(i, end);
      let next = end;
      while (next < lines.length && BLANK.test(lines[next])) next++;
      if (isPlainProse(paragraph, lines[next])) {
        for (let j = i; j < end; j++) masked[j] = true;
        i = end - 1;
        continue;
      }
      // A label the model may take for a sub-heading ("**Follow-ups**:", "Action Items") changes what follows it.
      if (/^(?:\*\*|__)/u.test(line) || (paragraph.length === 1 && !BLOCK_MARKER.test(line) && !/[.!?]["”')]*[ \t]*$/u.test(line))) proseSection = false;
    }
    if (!inTimeline) continue;
    // Anything but a table (a paragraph, a bold or plain label the model takes for a sub-heading, a list, HTML) may be
    // read as or lead to action items: from there on, the section is read as written.
    if (!TABLE_LINE.test(line) || !DELIMITER_ROW.test((lines[i + 1] ?? '').replace(/^ {1,3}/u, ''))) {
      inTimeline = false;
      continue;
    }
    let end = i + 2;
    while (end < lines.length && TABLE_LINE.test(lines[end])) end++;
    // A line right after the rows would be one more row; indented text after them would, with the table gone, continue
    // a list before it; a table with an owner, due or status column may list actions: such a table is read, and so is
    // the rest of the section.
    let next = end;
    while (next < lines.length && BLANK.test(lines[next])) next++;
    const header = line.replace(/^\s*\|/u, '').replace(/\|\s*$/u, '').split('|').map((cell) => cell.trim());
    if (end < lines.length && !BLANK.test(lines[end])) inTimeline = false;
    else if (next < lines.length && /^[ \t]/u.test(lines[next])) inTimeline = false;
    else if (isActionTableHeader(header)) inTimeline = false;
    else {
      for (let j = i; j < end; j++) masked[j] = true;
      tables = true;
    }
    i = end - 1;
  }
  if (fence !== null || !masked.includes(true)) return null;
  return { blank: masked, tables };
}
