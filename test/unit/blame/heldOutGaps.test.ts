// The held-out gaps corpus: shapes an independent evaluation found missing, written fresh, scored like the other corpora.
import assert from 'node:assert/strict';
import { findBlamingLanguage } from '../../../src/core/blame';
import { lintPostmortem } from '../../../src/core/lint/engine';
import { parsePostmortem } from '../../../src/core/model/parse';
import { readCorpus, score } from './corpus';

const FILE = 'corpus-held-out-gaps.txt';

describe('blaming-language held-out gaps', () => {
  it(`${FILE}: no false positives and no misses`, () => {
    const s = score(readCorpus(FILE));
    const misses = [...s.falsePositives.map((c) => `false positive (line ${c.line}): ${c.text}`), ...s.falseNegatives.map((c) => `missed (line ${c.line}): ${c.text}`)];
    assert.deepEqual(misses, []);
  });

  it('gives the same verdicts through the lint engine, with people from the Participants field', () => {
    const disagreements: string[] = [];
    for (const c of readCorpus(FILE)) {
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
});
