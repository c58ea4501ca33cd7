// Blame in executive and polite prose: "the individuals involved have been counseled", "an unauthorized change made by
// a member of the credit team", "regards the four-eyes rule as a formality", duties pushed onto borrowers and merchants,
// a value keyed "instead of" another. Beside each, what only looks like it: a library's error handling judged, a
// "stupidly simple" fix, the team owning a shared decision, staff duties stated as process.
import assert from 'node:assert/strict';
import { vocabularyFindings } from './vocabularyFindings';

describe('blaming language: executive and polite prose, and its look-alikes', () => {
  it('reports people counseled, apologies and access returned after training, not training for everyone', () => {
    assert.deepEqual(vocabularyFindings("For the board's awareness: the individuals involved have been counseled."), ['disciplinary-process']);
    assert.deepEqual(vocabularyFindings("| Written apology from Murakami-san to the merchant support team | Murakami-san's manager |", ['Murakami-san']), ['sanction-on-person']);
    assert.deepEqual(vocabularyFindings('- Follow-up: Sho-san to complete the secure operations training again before his production access is returned.', ['Sho-san']), ['sanction-on-person']);
    assert.deepEqual(vocabularyFindings('Every engineer completes the secure operations training before production access is granted.'), []);
  });

  it('reports an unauthorized or unannounced change pinned on someone, not one found in a system', () => {
    assert.deepEqual(vocabularyFindings('The incident traces to an unauthorized change made by a member of the credit-decision team.'), ['persons-mistake']);
    assert.deepEqual(vocabularyFindings("Summary: Maya's unannounced reboot of the head node killed 1,900 running jobs.", ['Maya']), ['persons-mistake']);
    assert.deepEqual(vocabularyFindings('The audit found an unauthorized change in the firewall rules, made by an expired automation token.'), []);
  });

  it('reports insinuations about one person, not the same shapes about software', () => {
    assert.deepEqual(vocabularyFindings('Zoe was the last person to touch the rate sheet before it broke.', ['Zoe']), ['insinuation']);
    assert.deepEqual(vocabularyFindings('Colin apparently regards the four-eyes rule as a formality.', ['Colin']), ['insinuation']);
    assert.deepEqual(vocabularyFindings('The scheduler treats the maintenance flag as optional.'), []);
    assert.deepEqual(vocabularyFindings('The engineer on call lacked the basic judgment to roll back.'), ['cannot-follow']);
    assert.deepEqual(vocabularyFindings('The new engineer lacked access to the dashboards that would have shown it.'), []);
  });

  it('reports duties pushed onto the people served, not duties of the staff stated as process', () => {
    assert.deepEqual(vocabularyFindings('Borrowers are responsible for reading their disclosures.'), ['duty-on-people']);
    assert.deepEqual(vocabularyFindings('Applicants are ultimately accountable for the accuracy of their stated income.'), ['duty-on-people']);
    assert.deepEqual(vocabularyFindings('Merchants who integrate with our financing API are expected to read the changelog.'), ['duty-on-people']);
    assert.deepEqual(vocabularyFindings('Customers on old versions should update; it is their own responsibility that the cart broke.'), ['brought-it-on-themselves']);
    assert.deepEqual(vocabularyFindings('On-call engineers are responsible for acknowledging pages within five minutes.'), []);
  });

  it('reports a person keying one value instead of another, not the team choosing a value', () => {
    assert.deepEqual(vocabularyFindings('A finance operations analyst keyed the funding amount in cents instead of dollars.'), ['wrong-target']);
    assert.deepEqual(vocabularyFindings('We set the timeout to 30 seconds instead of 5 after the review.'), []);
  });

  it('does not report judgments of what software does, an intensifier, or a decision the team owns', () => {
    assert.deepEqual(vocabularyFindings('The stupidly simple fix, an index on the order id, brought the query down to 20 ms.'), []);
    assert.deepEqual(vocabularyFindings("The SDK's error handling is, frankly, negligent: it swallows the timeout exception."), []);
    assert.deepEqual(vocabularyFindings("The library's error handling is, to put it kindly, sloppy."), []);
    assert.deepEqual(vocabularyFindings('The rules engine stupidly evaluates every rule after one has already declined.'), []);
    assert.deepEqual(vocabularyFindings('Human error is a label, not a finding; we traced what the people were seeing.'), []);
    assert.deepEqual(vocabularyFindings('We ran the batch in business hours to save time; it was our shared decision, and the wrong trade-off.'), []);
    assert.deepEqual(vocabularyFindings("Ana's error handling is, frankly, sloppy.", ['Ana']), ['sloppy']);
  });
});
