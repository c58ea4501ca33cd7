// Rule: section headings with nothing under them, as a template leaves them.
import * as z from '../../zod';
import { flattenSections } from '../../model/sections';
import { defineRule } from '../defineRule';
import { DELIMITER_ROW } from '../../markdown/sections';

/**
 * HTML comments (template guidance) and thematic breaks are not content (nor blanks, which the caller trims). A break is
 * looked for on its own line: blanks that could span lines were read from every line of a run of empty ones.
 */
const NOT_CONTENT = /<!--[^]*?-->|^[ \t]*(?:-{3,}|\*{3,}|_{3,})[ \t]*$/gm;

/** A heading that is a field with its value ("## Date: December 15, 2022", "## Time: 00:50:10 UTC"): not empty. */
const FIELD_HEADING = /^[\p{L}][\p{L}\p{N} ()/&-]{0,30}:\s*\S/u;

/**
 * A template's table left as it came: a header, its delimiter row and rows of empty cells ("| | | | |"). A table with
 * no rows at all is how this project's own templates ship a timeline: not reported.
 */
function isEmptyTable(content: string): boolean {
  const lines = content.split('\n').filter((line) => line.trim() !== '');
  if (lines.length < 3 || !lines.every((line) => /^\s*\|/u.test(line))) return false;
  return DELIMITER_ROW.test(lines[1].replace(/^ {1,3}/u, '')) && lines.slice(2).every((line) => /^\s*(?:\|\s*)+$/u.test(line));
}

export const emptySection = defineRule({
  id: 'empty-section',
  description: 'Every section heading has content under it.',
  why: 'An empty section looks like an answered question at a glance; write what is known, write "None" or "Unknown", or remove the heading.',
  tags: ['structure', 'template'],
  defaultLevel: 'warning',
  options: z.strictObject({}),
  check({ doc, report }) {
    const sections = flattenSections(doc.sections);
    // The first heading names the document ("# [Public] 4/26 Transaction Delays Post-Mortem" over "# Incident Summary").
    const title = sections.find((section) => !section.pseudo);
    // A heading that is itself an action item ("#### 3) Rotate the signing key @kfischer") needs nothing under it.
    const itemHeadings = new Set(doc.actionItems.filter((item) => item.source === 'heading').map((item) => item.range.start));
    for (const section of sections) {
      if (section.pseudo || section.children.length > 0 || section === title || FIELD_HEADING.test(section.title) || itemHeadings.has(section.range.start)) continue;
      const content = doc.text.slice(section.contentRange.start, section.contentRange.end).replace(NOT_CONTENT, '');
      const emptyTable = isEmptyTable(content);
      if (content.trim() !== '' && !emptyTable) continue;
      report({
        range: section.headingRange,
        actual: section.title,
        message: emptyTable
          ? `The "${section.title}" section holds only an empty table: fill in its rows (or write "None"), or remove the heading.`
          : `The "${section.title}" section is empty: write what is known (or "None"), or remove the heading.`,
      });
    }
  },
});
