import assert from 'node:assert/strict';
import { lintPostmortem } from '../../../src/core/lint/engine';
import { applyFixes } from '../../../src/core/lint/fixes';
import { parsePostmortem } from '../../../src/core/model/parse';
import { FRAME_NOTE } from '../../../src/core/blame/frame';

const NOW = new Date('2026-03-01T12:00:00Z');
const HEAD = '# Outage\n\n**Participants**: Tom Baker, Kim Lee\n\n## Root Cause\n\n';

/** The document's blaming-language findings, and the text after applying the first one's rewrite. */
function rewrite(body: string): { fixed: string; title: string } {
  const text = HEAD + body + '\n';
  const findings = lintPostmortem(parsePostmortem(text), { now: NOW }).filter((f) => f.ruleId === 'blaming-language');
  assert.equal(findings.length, 1, `one finding in ${JSON.stringify(body)}: ${findings.map((f) => f.actual).join(', ')}`);
  const [suggestion] = findings[0].suggestions ?? [];
  assert.ok(suggestion, `a rewrite for ${JSON.stringify(body)}`);
  const fixed = applyFixes(text, [suggestion.edit]);
  // No phrase is left to rewrite. A rewrite that only drops a word ("errantly") may leave a sentence the frame model
  // still reads as pinning the outcome on a person ("An engineer wiped it, …"): that judgment is of the whole sentence.
  const left = lintPostmortem(parsePostmortem(fixed), { now: NOW }).filter((f) => f.ruleId === 'blaming-language' && f.note !== FRAME_NOTE);
  assert.deepEqual(left.map((f) => f.actual), [], `the rewrite no longer blames: ${fixed}`);
  return { fixed: fixed.slice(HEAD.length, -1), title: suggestion.title };
}

// Each rewrite in the five places a phrase lands: mid-sentence, sentence start, after a colon, a list item, a table cell.
const CASES: Array<[string, string, string]> = [
  // [where, before, after]
  ['mid-sentence', 'The rollout broke because Tom forgot to check the eviction setting.', 'The rollout broke because the process had no step to check the eviction setting.'],
  ['sentence start', 'Tom forgot to check the eviction setting.', 'The process had no step to check the eviction setting.'],
  ['after a colon', 'Root cause: Tom forgot to check the eviction setting.', 'Root cause: the process had no step to check the eviction setting.'],
  ['list item', '- Tom forgot to check the eviction setting', '- The process had no step to check the eviction setting'],
  ['table cell', '| Cause | Fix |\n|---|---|\n| Tom forgot to check the setting | checklist |', '| Cause | Fix |\n|---|---|\n| The process had no step to check the setting | checklist |'],
  ['present tense', 'It breaks when Tom forgets to check the setting.', 'It breaks when the process has no step to check the setting.'],

  ['mid-sentence', 'It failed because the on-call engineer should have known about the quota.', 'It failed because nothing told the on-call engineer about the quota.'],
  ['sentence start', 'The security team should have known about the upgrade.', 'Nothing told the security team about the upgrade.'],
  ['list item', '- Kim should have known about the quota', '- Nothing told Kim about the quota'],

  ['sentence start', 'Tom should have caught this in review.', 'What would have caught this in review?'],
  ['mid-sentence', 'The bug shipped because Tom should have caught it in review.', 'The bug shipped because nothing caught it in review.'],
  ['after a colon', 'Why it shipped: the reviewer should have caught it in review.', 'Why it shipped: nothing caught it in review.'],
  ['table cell', '| Cause | Fix |\n|---|---|\n| Tom should have tested the change | tests |', '| Cause | Fix |\n|---|---|\n| What would have tested the change? | tests |'],

  ['sentence start', 'Kim was supposed to rotate the keys last month.', 'Nothing reminded Kim to rotate the keys last month.'],
  ['mid-sentence', 'The keys expired because Kim was supposed to rotate them.', 'The keys expired because nothing reminded Kim to rotate them.'],

  ['mid-sentence', 'The root cause was human error.', 'The root cause was a gap in our safeguards.'],
  ['sentence start', 'Human error caused the outage.', 'A gap in our safeguards caused the outage.'],
  ['after a colon', 'Root cause: Human error.', 'Root cause: A gap in our safeguards.'],
  ['with an adjective', 'This was classic engineer error.', 'This was a gap in our safeguards.'],
  ['with an article', 'Leaving the replica in debug mode was a human error.', 'Leaving the replica in debug mode was a gap in our safeguards.'],
  ['list item', '- Human error during the failover', '- A gap in our safeguards during the failover'],
  ['table cell', '| Cause | Fix |\n|---|---|\n| operator error | checklist |', '| Cause | Fix |\n|---|---|\n| A gap in our safeguards | checklist |'],

  ['mid-sentence', 'The change to the header was overlooked in review.', 'The change to the header was not caught in review.'],
  ['perfect tense', 'The change had been completely overlooked.', 'The change had not been caught.'],
  ['mid-sentence', 'Forgetting the flag was a rookie mistake.', 'Forgetting the flag was an easy mistake to make.'],
  ['noun at the start', 'A brain fart during the cutover deleted the wrong volume.', 'A mistyped command during the cutover deleted the wrong volume.'],
  ['mid-sentence', 'An engineer wiped the data directory, errantly thinking it was the replica.', 'An engineer wiped the data directory, thinking it was the replica.'],
];

describe('blameless rewrites that fit where they land', () => {
  for (const [where, before, after] of CASES) {
    it(`${where}: ${JSON.stringify(before)}`, () => {
      assert.equal(rewrite(before).fixed, after);
    });
  }

  it('offers no question for a "should have" that is not about catching a problem', () => {
    const text = `${HEAD}@bob should have posted in the channel instead.\n`;
    const [finding] = lintPostmortem(parsePostmortem(text), { now: NOW }).filter((f) => f.ruleId === 'blaming-language');
    assert.deepEqual(finding.suggestions, []);
  });

  it('offers no rewrite for "fat-fingered" as a verb: the sentence would still say who', () => {
    const text = `${HEAD}Someone fat-fingered the replica count.\n`;
    const [finding] = lintPostmortem(parsePostmortem(text), { now: NOW }).filter((f) => f.ruleId === 'blaming-language');
    assert.deepEqual(finding.suggestions, []);
  });

  it('names the rewrite in the quick fix title', () => {
    assert.equal(rewrite('The rollout broke because Tom forgot to check it.').title, 'Rewrite "Tom forgot to" as "the process had no step to"');
    assert.equal(rewrite('An engineer wiped it, errantly thinking it was the replica.').title, 'Remove "errantly"');
  });
});
