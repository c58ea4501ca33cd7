// Rule: sentences that blame people (the detector lives in src/core/blame; this wraps it as a lint rule).
import { z } from 'zod';
import { findBlamingLanguage } from '../../blame';
import { defineRule } from '../defineRule';
import { proseRange } from '../prose';
import type { Suggestion } from '../types';

export const blamingLanguage = defineRule({
  id: 'blaming-language',
  description: 'Sentences describe what happened and what allowed it, without blaming a person or team.',
  why: 'Blame teaches people to hide what really happened, and a postmortem that names a culprit stops looking for the conditions that let the mistake through.',
  tags: ['prose', 'blameless'],
  defaultLevel: 'warning',
  options: z.strictObject({
    // Bounded so a configuration cannot make an oversized regular expression (a 5,000-word phrase was invalid).
    extraPhrases: z
      .array(z.string().min(1).max(200).refine((p) => p.trim().split(/\s+/u).length <= 20, { message: 'a phrase has at most 20 words' }))
      .max(1000)
      .default([])
      .describe('More phrases your team considers blaming, matched as whole words, case-insensitively (e.g. "cowboy deploy").'),
    allowedWords: z
      .array(z.string().min(1).max(200))
      .max(100_000)
      .default([])
      .describe('Words or phrases that are fine in your postmortems: a finding whose text contains one of them is dropped (e.g. "fault" for a team writing about fault tolerance).'),
  }),
  check({ doc, options, prose, report, caches }) {
    const blocks = prose();
    const findings = findBlamingLanguage(blocks, { people: doc.people, extraPhrases: options.extraPhrases, allowedWords: options.allowedWords }, caches?.blame);
    for (const finding of findings) {
      const block = blocks[finding.span];
      const suggestions: Suggestion[] = [];
      const rewrite = finding.rewrite;
      if (rewrite) {
        const range = proseRange(block, rewrite.start, rewrite.end);
        const original = block.text.slice(rewrite.start, rewrite.end);
        // Offer the rewrite only when the text is plain in the source: replacing across markup would break it.
        if (doc.text.slice(range.start, range.end) === original) {
          const title = rewrite.text === '' ? `Remove "${finding.actual}"` : `Rewrite "${original}" as "${rewrite.text}"`;
          suggestions.push({ title, edit: { ...range, text: rewrite.text } });
        }
      }
      report({
        range: proseRange(block, finding.sentence.start, finding.sentence.end),
        message: finding.message,
        actual: finding.actual,
        expected: finding.expected,
        note: finding.note,
        suggestions,
      });
    }
  },
});
