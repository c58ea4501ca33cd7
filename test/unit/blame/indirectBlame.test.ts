// Indirect blame and its look-alikes (passive agents, hedges, sentences arguing against blame), in the corpus-held-out-gaps*.txt sets, scored like the other corpora.
import assert from 'node:assert/strict';
import { findBlamingLanguage } from '../../../src/core/blame';
import { splitSentences } from '../../../src/core/blame/sentences';
import { lintPostmortem } from '../../../src/core/lint/engine';
import { parsePostmortem } from '../../../src/core/model/parse';
import { readCorpus, score } from './corpus';

// corpus-held-out-gaps.txt was written before the tuning round it drove (first run P 0.52, R 0.25 on 81);
// corpus-held-out-gaps-check.txt after it (first run P 0.97, R 0.90 on 60; its four misses were then fixed), and
// corpus-held-out-gaps-check-2.txt after that (first run P 0.95, R 0.76 on 40; its seven misses were then fixed), and
// corpus-held-out-gaps-check-3.txt after that (first run P 0.91, R 0.70 on 55; fixed but for one debatable sentence),
// corpus-held-out-gaps-check-4.txt after that (first run P 1.00, R 0.60 on 50; fixed), and
// corpus-held-out-gaps-check-5.txt, 48 sentences that do not blame (first run: 4 false positives; fixed), and
// corpus-held-out-gaps-check-6.txt after that (first run P 1.00, R 0.79 on 53; fixed), and
// corpus-held-out-gaps-check-7.txt after that (first run P 1.00, R 0.76 on 50; fixed), and
// corpus-held-out-gaps-check-8.txt, 35 technical and neutral sentences (first run: 4 false positives; fixed), and
// corpus-held-out-gaps-check-9.txt after that (first run P 1.00, R 0.56 on 50; fixed), and
// corpus-held-out-gaps-check-10.txt after that (first run P 1.00, R 0.78 on 50; fixed), and
// corpus-held-out-gaps-check-11.txt after that (first run P 1.00, R 0.65 on 40; fixed), and
// corpus-held-out-gaps-check-12.txt after that (first run P 1.00, R 0.60 on 40; fixed), and
// corpus-held-out-gaps-check-13.txt after that (first run P 1.00, R 0.78 on 36; fixed), and
// corpus-held-out-gaps-check-14.txt, written after a fresh 220-sentence evaluation's misses and false positives were fixed.
const FILES = [
  'corpus-held-out-gaps.txt',
  'corpus-held-out-gaps-check.txt',
  'corpus-held-out-gaps-check-2.txt',
  'corpus-held-out-gaps-check-3.txt',
  'corpus-held-out-gaps-check-4.txt',
  'corpus-held-out-gaps-check-5.txt',
  'corpus-held-out-gaps-check-6.txt',
  'corpus-held-out-gaps-check-7.txt',
  'corpus-held-out-gaps-check-8.txt',
  'corpus-held-out-gaps-check-9.txt',
  'corpus-held-out-gaps-check-10.txt',
  'corpus-held-out-gaps-check-11.txt',
  'corpus-held-out-gaps-check-12.txt',
  'corpus-held-out-gaps-check-13.txt',
  'corpus-held-out-gaps-check-14.txt',
];

describe('blaming-language: indirect blame and look-alikes', () => {
  for (const file of FILES) {
    it(`${file}: no false positives and no misses`, () => {
      const s = score(readCorpus(file));
      const misses = [...s.falsePositives.map((c) => `false positive (line ${c.line}): ${c.text}`), ...s.falseNegatives.map((c) => `missed (line ${c.line}): ${c.text}`)];
      assert.deepEqual(misses, []);
    });
  }

  it('gives the same verdicts through the lint engine, with people from the Participants field', function () {
    // Thousands of whole-document lints or random merges: seconds on a quiet machine, more on a busy CI runner.
    this.timeout(120_000);
    const disagreements: string[] = [];
    for (const c of FILES.flatMap((file) => readCorpus(file))) {
      const markdown = `# Postmortem\n\n**Participants**: ${c.people.join(', ')}\n\n## Root Cause\n\n${c.text}\n`;
      const viaEngine = lintPostmortem(parsePostmortem(markdown)).some((f) => f.ruleId === 'blaming-language');
      if (viaEngine !== c.blaming) disagreements.push(`${c.line} ${c.text}`);
    }
    assert.deepEqual(disagreements, []);
  });

  it('drops a judgment word whose subject is running software, and keeps it for a person', () => {
    assert.deepEqual(findBlamingLanguage('The proxy was careless about keep-alive timeouts.', { people: [] }), []);
    assert.equal(findBlamingLanguage('Wojtek was careless about keep-alive timeouts.', { people: ['Wojtek'] }).length, 1);
  });

  it('ends a sentence after "a.m.", "p.m." or "etc." when a capitalised word follows, unless it is a time zone', () => {
    const sentences = (text: string): string[] => splitSentences(text).map((s) => text.slice(s.start, s.end));
    assert.deepEqual(sentences('I was not watching at 3 a.m. We need a second pager.'), ['I was not watching at 3 a.m.', 'We need a second pager.']);
    assert.deepEqual(sentences('Timeouts, resets, etc. Nothing was lost.'), ['Timeouts, resets, etc.', 'Nothing was lost.']);
    assert.deepEqual(sentences('The page fired at 9 p.m. UTC and was acknowledged.'), ['The page fired at 9 p.m. UTC and was acknowledged.']);
  });

  it('reports a blaming sentence without the recommendation after "a.m."', () => {
    const text = 'Frankly, Wojtek was careless at 2 a.m. We should add a second approver.';
    const [finding] = findBlamingLanguage(text, { people: ['Wojtek'] });
    assert.equal(text.slice(finding.sentence.start, finding.sentence.end), 'Frankly, Wojtek was careless at 2 a.m.');
  });
});
