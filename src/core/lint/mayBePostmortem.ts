// A quick look at raw Markdown, without parsing it: could the engine find a postmortem, a timeline or a Metrics section in
// it? A superset of what the engine acts on, so the editor can leave the engine unloaded for a README and lose nothing.
import { normaliseMetadataKey } from '../model/metadataKeys';
import { classifySection } from '../model/sectionKinds';
import type { SectionKind } from '../model/types';
import { TELLING_FIELDS, TELLING_SECTIONS, TELLING_TITLE } from './tellingSigns';

/** Sections the engine acts on alone: one telling section may be joined by a title; a timeline or metrics get CodeLenses. */
const SECTIONS_THAT_COUNT: ReadonlySet<SectionKind> = new Set<SectionKind>([...TELLING_SECTIONS, 'metrics']);

/** A document this short may be one being started: the `pm-` snippets are offered there. */
const JUST_STARTED_CHARS = 32;

/** A GFM table's delimiter row (`| --- | :--: |`, `--- | ---`): any table may be a timeline or a metadata table. */
const TABLE_DELIMITER = /^ {0,3}\|?[ \t]*:?-+:?[ \t]*\|/m;

/**
 * Front matter at the top, under comments at most: its fields are metadata. A comment ends at its first `-->` (as HTML
 * reads it): a comment allowed to run on past one could be cut in every way, so 40 comments over a file without front
 * matter were tried 2^40 ways.
 */
const FRONT_MATTER = /^\uFEFF?\s*(?:<!--(?:(?!-->)[\s\S])*-->\s*)*---[ \t]*\r?\n/;

const ATX_HEADING = /^ {0,3}#{1,6}(?:[ \t]+|$)(.*)$/;
const SETEXT_UNDERLINE = /^ {0,3}(?:=+|-+)[ \t]*$/;
/** A line that starts with bold text, in a list item or not: `**Severity**: P1`, `- **Follow-up actions**:`. */
const BOLD_START = /^[ \t]*(?:(?:[-*+]|\d+[.)])[ \t]+)?(?:\[[ xX]\][ \t]+)?(?:\*\*|__)(.+?)(?:\*\*|__)/;
const QUOTE_MARKERS = /^(?:[ \t]*>)+[ \t]?/;
/** A short capitalised line alone, such as `Action Items` between paragraphs: the model takes it for a sub-heading. */
const PLAIN_LABEL = /^[ \t]*([A-Z][^\n]{0,39})$/;

/** Whether a heading or a bold label names a section or a field only a postmortem has, or says what a postmortem's title says. */
function telling(label: string, line: string): boolean {
  const kind = classifySection(label);
  if (kind !== null && SECTIONS_THAT_COUNT.has(kind)) return true;
  const key = normaliseMetadataKey(label);
  return (key !== null && TELLING_FIELDS.has(key)) || TELLING_TITLE.test(line);
}

export function mayBePostmortem(text: string): boolean {
  if (text.trim().length <= JUST_STARTED_CHARS || TABLE_DELIMITER.test(text) || FRONT_MATTER.test(text)) return true;
  const lines = text.split(/\r?\n/).map((line) => line.replace(QUOTE_MARKERS, ''));
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i];
    const heading = ATX_HEADING.exec(line)?.[1] ?? (i + 1 < lines.length && line.trim() !== '' && SETEXT_UNDERLINE.test(lines[i + 1]) ? line : undefined);
    if (heading !== undefined && telling(heading.replace(/(?<![ \t#])[ \t#]+$/, ''), line)) return true;
    const label = BOLD_START.exec(line)?.[1] ?? PLAIN_LABEL.exec(line)?.[1];
    if (label !== undefined && telling(label, line)) return true;
  }
  return false;
}
