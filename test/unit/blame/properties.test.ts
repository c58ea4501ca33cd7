import assert from 'node:assert/strict';
import fc from 'fast-check';
import { findBlamingLanguage, splitSentences } from '../../../src/core/blame';

// Words that reach the interesting paths: names, roles, blame verbs, negations, Markdown, quotes, abbreviations.
const WORDS = [
  'John', 'the', 'DBA', 'team', 'engineer', '@alice', 'forgot', 'to', 'test', 'should', 'have', 'known', 'was', 'is',
  'blame', 'fault', "Mike's", 'human', 'error', 'careless', 'not', 'no', 'one', 'nobody', 'if', 'had', 'checked',
  'alert', 'service', 'failed', 'we', 'I', 'they', 'and', 'but', ',', '.', '?', '!', ';', '—', '"', '“', '”', '`', '**',
  '_', '-', '|', '>', '\n', '\n\n', 'e.g.', 'Dr.', '1.25', 'git', 'blameless', 'who', 'whoever', 'ran', 'wrong',
  'cluster', 'without', 'review', 'accidentally', 'deleted', 'production', 'because', 'the', 'runbook', 'says', 'in',
  'on', 'from', 'that', 'which', 'someone', 'a', 'folks', 'QA', 'changelog', 'do', "don't", 'follow', 'missed', 'page',
];

const prose = fc.array(fc.constantFrom(...WORDS), { maxLength: 60 }).map((words) => words.join(' '));

describe('findBlamingLanguage on arbitrary prose', () => {
  it('never throws, and every finding points at its own text inside its sentence', () => {
    fc.assert(
      fc.property(fc.array(prose, { minLength: 1, maxLength: 3 }), fc.array(fc.constantFrom('John', 'Mike', '@alice', '[Name]', 'AN'), { maxLength: 3 }), (texts, people) => {
        const spans = texts.map((text) => ({ text }));
        for (const f of findBlamingLanguage(spans, { people })) {
          const text = texts[f.span];
          assert.ok(0 <= f.sentence.start && f.sentence.start <= f.start && f.start < f.end && f.end <= f.sentence.end && f.sentence.end <= text.length);
          assert.equal(f.actual, text.slice(f.start, f.end));
          assert.ok(f.message.includes(f.actual));
        }
      }),
      { numRuns: 400 },
    );
  });

  it('splits any text into ordered, non-overlapping, trimmed sentences', () => {
    fc.assert(
      fc.property(prose, (text) => {
        let previous = 0;
        for (const s of splitSentences(text)) {
          assert.ok(s.start >= previous && s.end > s.start && s.end <= text.length);
          assert.doesNotMatch(text.slice(s.start, s.end), /^\s|\s$/u);
          previous = s.end;
        }
      }),
      { numRuns: 400 },
    );
  });
});
