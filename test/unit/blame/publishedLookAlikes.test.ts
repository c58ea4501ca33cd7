// Wording of published postmortems that reads like blame to a phrase matcher and is not: a rule written as a policy,
// a label before a colon, the author taking responsibility, a deploy "to master". Each beside the blaming wording it
// resembles, which is still reported.
import assert from 'node:assert/strict';
import { vocabularyFindings } from './vocabularyFindings';

describe('blaming language: look-alikes from published postmortems', () => {
  it('reads a rule written as a policy ("No PR merge without …", "Never deploy without …") as no one acting', () => {
    assert.deepEqual(vocabularyFindings('No PR merge without integration test coverage.'), []);
    assert.deepEqual(vocabularyFindings('Never deploy without a canary.'), []);
    assert.deepEqual(vocabularyFindings('Tom merged the change without review.', ['Tom']), ['without-review']);
  });

  it('does not take a label before a colon for the subject of the sentence', () => {
    assert.deepEqual(vocabularyFindings('Problem: The webhook handler performed database upserts but never checked if they succeeded.'), []);
    assert.deepEqual(vocabularyFindings('Problem: Sean performed database upserts but never checked if they succeeded.', ['Sean']), ['did-not-check']);
  });

  it("reads the author taking responsibility as accountability, and someone else's as blame", () => {
    assert.deepEqual(vocabularyFindings('I take full responsibility for this failure.'), []);
    assert.deepEqual(vocabularyFindings('We take full responsibility for this outage.'), []);
    assert.deepEqual(vocabularyFindings('Dana takes full responsibility for this outage.', ['Dana']), ['responsible-at-end']);
  });

  it('reads a deploy "directly to master" as what was deployed, and a push straight to main as skipping review', () => {
    assert.deepEqual(vocabularyFindings('22:23 UTC: PR merged, Sean deploys it directly to master', ['Sean']), []);
    assert.deepEqual(vocabularyFindings('Sean pushed it straight to master.', ['Sean']), ['without-review']);
    assert.deepEqual(vocabularyFindings('Sean deployed it straight to production.', ['Sean']), ['without-review']);
  });
});
