// Rule: section headings with nothing under them, as a template leaves them.
import { z } from 'zod';
import { flattenSections } from '../../model/sections';
import { defineRule } from '../defineRule';

/** Whitespace, HTML comments (template guidance) and thematic breaks are not content. */
const NOT_CONTENT = /<!--[^]*?-->|^\s*(?:-{3,}|\*{3,}|_{3,})\s*$/gm;

/** A heading that is a field with its value ("## Date: December 15, 2022", "## Time: 00:50:10 UTC"): not empty. */
const FIELD_HEADING = /^[\p{L}][\p{L}\p{N} ()/&-]{0,30}:\s*\S/u;

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
    for (const section of sections) {
      if (section.pseudo || section.children.length > 0 || section === title || FIELD_HEADING.test(section.title)) continue;
      const content = doc.text.slice(section.contentRange.start, section.contentRange.end).replace(NOT_CONTENT, '');
      if (content.trim() !== '') continue;
      report({
        range: section.headingRange,
        actual: section.title,
        message: `The "${section.title}" section is empty: write what is known (or "None"), or remove the heading.`,
      });
    }
  },
});
