// Rule: the sections every postmortem must have (configurable; default summary, impact, timeline, root cause, action items).
import { z } from 'zod';
import type { PostmortemDocument, SectionKind } from '../../model/types';
import { flattenSections } from '../../model/sections';
import { defineRule } from '../defineRule';

/** The heading a missing section gets when inserted, one per kind the model recognises. */
const SECTION_HEADINGS: Record<SectionKind, string> = {
  summary: 'Summary',
  impact: 'Impact',
  timeline: 'Timeline',
  rootCause: 'Root Cause',
  contributingFactors: 'Contributing Factors',
  wentWell: 'What Went Well',
  wentWrong: 'What Went Wrong',
  actionItems: 'Action Items',
  lessonsLearned: 'Lessons Learned',
  metrics: 'Metrics',
  references: 'References',
  signOff: 'Sign-off',
  detection: 'Detection',
  resolution: 'Resolution',
  fiveWhys: 'Five Whys',
  reviewQuestions: 'Review Questions',
  participants: 'Participants',
  notes: 'Notes',
};

/** Shorter than this, a paragraph before the first heading is a byline or a note, not a summary. */
const MIN_INTRODUCTION_LENGTH = 80;

const SECTION_KINDS = Object.keys(SECTION_HEADINGS) as [SectionKind, ...SectionKind[]];

/** Sections that answer the same question under another name: a five-whys analysis is a root cause analysis. */
const ALSO_SATISFIED_BY: Partial<Record<SectionKind, readonly SectionKind[]>> = {
  rootCause: ['contributingFactors', 'fiveWhys'],
};

/** A paragraph of prose between the title and the first section heading is the summary in many published postmortems. */
function hasIntroduction(doc: PostmortemDocument): boolean {
  for (const node of doc.ast.children) {
    if (node.type === 'heading' && node.depth > 1) return false;
    if (node.type !== 'paragraph') continue;
    const start = node.position?.start.offset ?? 0;
    const end = node.position?.end.offset ?? 0;
    const holdsMetadata = doc.metadata.some((field) => field.range.start >= start && field.range.start < end);
    if (!holdsMetadata && end - start >= MIN_INTRODUCTION_LENGTH) return true;
  }
  return false;
}

function hasSection(doc: PostmortemDocument, kind: SectionKind): boolean {
  const kinds = [kind, ...(ALSO_SATISFIED_BY[kind] ?? [])];
  if (flattenSections(doc.sections).some((section) => section.kind !== null && kinds.includes(section.kind))) return true;
  // A timeline (table or list) or a list of action items counts even where its heading is worded unusually.
  if (kind === 'timeline') return doc.timelines.length > 0 || doc.timelineLists.length > 0;
  if (kind === 'actionItems') return doc.actionItems.length > 0;
  if (kind === 'summary') return hasIntroduction(doc);
  return false;
}

export const requiredSections = defineRule({
  id: 'required-sections',
  description: 'The postmortem has every required section.',
  why: 'Each section answers a question reviewers will ask (what happened, who was affected, why, what changes); a missing one usually means the question was skipped, not that it had no answer.',
  tags: ['structure'],
  defaultLevel: 'warning',
  options: z.strictObject({
    sections: z
      .array(z.enum(SECTION_KINDS))
      .default(['summary', 'impact', 'timeline', 'rootCause', 'actionItems'])
      .describe('Section kinds every postmortem must have. Headings are recognised by meaning: "Executive Summary" and "Overview" are a summary, "Follow-ups" are action items.'),
  }),
  check({ doc, options, report }) {
    const title = doc.sections[0]?.headingRange ?? { start: 0, end: 0 };
    const end = doc.text.length;
    const separator = doc.text.endsWith('\n\n') ? '' : doc.text.endsWith('\n') ? '\n' : '\n\n';
    for (const kind of options.sections) {
      if (hasSection(doc, kind)) continue;
      const heading = SECTION_HEADINGS[kind];
      report({
        range: title,
        message: `The postmortem has no ${heading} section: add a "## ${heading}" section (or turn this requirement off in the configuration).`,
        expected: heading,
        suggestions: [{ title: `Add a "${heading}" section at the end`, edit: { start: end, end, text: `${separator}## ${heading}\n\n` } }],
      });
    }
  },
});
