// Reads a postmortem for the Action Items view's workspace scan: timeline tables, most of the parsing time of a typical
// postmortem, are left out when that changes nothing the view shows.
import { looksLikePostmortem } from '../lint/detect';
import { parsePostmortem } from '../model/parse';
import { classifySection } from '../model/sectionKinds';
import { DELIMITER_ROW } from '../markdown/sections';
import { effectiveKindOf } from '../model/sections';
import { isActionTableHeader } from '../model/actionItems';
import type { PostmortemDocument, SectionKind } from '../model/types';

const FENCE = /^ {0,3}(`{3,}|~{3,})/u;
const ATX_HEADING = /^ {0,3}(#{1,6})(?:[ \t]+(.*?))?(?:[ \t]+#+)?[ \t]*$/u;
const TABLE_LINE = /^ {0,3}\|/u;
const BLANK = /^[ \t]*\r?$/u;

/**
 * The document's model for the action-items scan. Its action items, metadata, sections, incident date and whether it
 * looks like a postmortem are those of `parsePostmortem(text)`; its timelines may be empty, so it is for this scan
 * only. The tables that open a timeline section (ATX headings, as the model nests them), with nothing but blank lines
 * and other such tables before them, are blanked, keeping every offset: the model reads no action item from them. A document whose incident date would then come from its timeline, or
 * that would no longer look like a postmortem, is parsed whole.
 */
export function parseForActionScan(text: string): PostmortemDocument {
  const masked = withoutTimelineTables(text);
  if (masked === text) return parsePostmortem(text);
  const doc = parsePostmortem(masked);
  if (doc.incidentDate === null || !looksLikePostmortem(doc)) return parsePostmortem(text);
  return { ...doc, text };
}

/** The text with the timeline sections' tables replaced by spaces (line breaks and lengths kept). */
export function withoutTimelineTables(text: string): string {
  const lines = text.split('\n');
  const masked = new Array<boolean>(lines.length).fill(false);
  let start = 0;
  if (/^---\r?$/u.test(lines[0] ?? '')) {
    // Front matter: its "# comments" are not headings.
    const close = lines.findIndex((line, i) => i > 0 && /^(?:---|\.\.\.)\r?$/u.test(line));
    if (close === -1) return text;
    start = close + 1;
  }
  let fence: string | null = null;
  let inTimeline = false;
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
      const kind = effectiveKindOf(classifySection((heading[2] ?? '').trim()), open[open.length - 1]?.kind ?? null);
      open.push({ depth, kind });
      inTimeline = kind === 'timeline';
      continue;
    }
    // A setext heading ("Action Items\n===") would nest what follows in a way this scan does not follow: read it all.
    if (/^ {0,3}(?:=+|-+)[ \t]*$/u.test(line) && i > 0 && !BLANK.test(lines[i - 1])) return text;
    if (!inTimeline || BLANK.test(line)) continue;
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
    else for (let j = i; j < end; j++) masked[j] = true;
    i = end - 1;
  }
  if (fence !== null || !masked.includes(true)) return text;
  return lines.map((line, i) => (masked[i] ? line.replace(/[^\r]/gu, ' ') : line)).join('\n');
}
