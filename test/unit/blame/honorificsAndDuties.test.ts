// People written with an honorific or a title ("Tanaka-san", "Mr. Nakamura"), the people a service serves told to be
// more careful, and "who let X run it?". Each beside its look-alike.
import assert from 'node:assert/strict';
import { findBlamingLanguage } from '../../../src/core/blame';
import { vocabularyFindings } from './vocabularyFindings';

describe('blaming language: honorifics, titles, duties and "who let"', () => {
  it('reads a name with a Japanese, Korean or Hindi honorific as the person listed without it', () => {
    assert.deepEqual(vocabularyFindings("It all started with Tanaka-san's change to the point expiry batch.", ['Tanaka']), ['person-action-as-cause']);
    assert.deepEqual(vocabularyFindings("It all started with Kobayashi-san's change to the point expiry batch."), ['person-action-as-cause']);
    assert.deepEqual(vocabularyFindings("It all started with the scheduler's change to the point expiry batch."), []);
  });

  it('reads a title and the name after it as one person for the frame model', () => {
    const people = ['Nakamura'];
    assert.equal(findBlamingLanguage('The direct cause of this incident is the manual operation by Mr. Nakamura on the production database.', { people }).length, 1);
    assert.equal(findBlamingLanguage('Mr. Nakamura restarted the replica per the runbook at 10:02.', { people }).length, 0);
  });

  it('reports the people served told to read more carefully, not an upgrade notice', () => {
    assert.deepEqual(vocabularyFindings('Customers really ought to read our service notices before phoning the contact centre.'), ['brought-it-on-themselves']);
    assert.deepEqual(vocabularyFindings('Sellers who uploaded CSVs with the wrong encoding need to read the guide more carefully.'), ['brought-it-on-themselves']);
    assert.deepEqual(vocabularyFindings('If shoppers had simply reloaded the page, most of the carts would not have been lost.'), ['brought-it-on-themselves']);
    assert.deepEqual(vocabularyFindings('Customers should update to 2.3.1 to get the fix.'), []);
    assert.deepEqual(vocabularyFindings('If the page had reloaded on its own, most of the carts would not have been lost.'), []);
  });

  it('reports "who let X run it?", not "who let us know?"', () => {
    assert.deepEqual(vocabularyFindings('Who let Boitumelo run a bulk card reissue at 08:00 on a Monday?', ['Boitumelo']), ['who-thought-it-was-fine']);
    assert.deepEqual(vocabularyFindings('Who let us know about the outage first?'), []);
  });

  it('reports the people served or the people on shift made "the problem", not a system', () => {
    assert.deepEqual(vocabularyFindings('It is ultimately on the haulier to check the pre-notification before the truck comes to the gate.'), ['duty-on-people']);
    assert.deepEqual(vocabularyFindings('The broker used the API version we deprecated a year ago. That is their problem, not ours.'), ['brought-it-on-themselves']);
    assert.deepEqual(vocabularyFindings('Our monitoring is fine. The people reading it are the problem.'), ['brought-it-on-themselves']);
    assert.deepEqual(vocabularyFindings('> "@mvdberg your change, your outage, good luck"', ['@mvdberg']), ['brought-it-on-themselves']);
    assert.deepEqual(vocabularyFindings('Our people are fine. The monitoring thresholds are the problem.'), []);
  });

  it('reports a polite verdict on a person\'s judgment ("saw fit to", "well advised to", "taken the trouble")', () => {
    assert.deepEqual(vocabularyFindings('Ms Zimmermann nevertheless saw fit to modify the cut-off parameter.', ['Zimmermann']), ['saw-fit-to']);
    assert.deepEqual(vocabularyFindings('Ms Blaser would have been well advised to await the decision of the CAB.', ['Blaser']), ['saw-fit-to']);
    assert.deepEqual(vocabularyFindings('The CAB advised us to await the vendor patch.'), []);
  });

  it('reports the people served told to take more care, or held responsible, and an inverted "had the citizen read"', () => {
    assert.deepEqual(vocabularyFindings('Had the citizen read the on-screen guidance, the duplicate payment would never have been made.'), ['brought-it-on-themselves']);
    assert.deepEqual(vocabularyFindings('Citizens who pay the wrong amount need to take more care entering their vehicle registration.'), ['brought-it-on-themselves']);
    assert.deepEqual(vocabularyFindings('Users who reuse their admin password across tenants are responsible for what happened next.'), ['brought-it-on-themselves']);
    assert.deepEqual(vocabularyFindings('Had the cache expired, the duplicate payment would never have been made.'), []);
  });

  it('reads a judgment word before what software has ("a careless default", "negligent retry behaviour") as about software', () => {
    assert.deepEqual(vocabularyFindings('The Helm chart shipped with a careless default of one replica, which we had never overridden.'), []);
    assert.deepEqual(vocabularyFindings('Negligent retry behaviour in an old version of the SDK amplified the errors.'), []);
    assert.deepEqual(vocabularyFindings('Anna made a careless config change.', ['Anna']), ['careless']);
  });

  it('reports "who approved a 4,000-line PR in eleven minutes?", not who approved a budget', () => {
    assert.deepEqual(vocabularyFindings('Who exactly approved a 4,000-line PR in eleven minutes?'), ['who-thought-it-was-fine']);
    assert.deepEqual(vocabularyFindings('Who exactly approved the budget for the new cluster?'), []);
  });

  it('reports insinuation and verdicts in more words, not the same words about software', () => {
    assert.deepEqual(vocabularyFindings('Which genius decided that agent-float alerts could go to an inbox nobody reads?'), ['insult']);
    assert.deepEqual(vocabularyFindings('Faith insists she followed the checklist, but the audit trail tells a different story.', ['Faith']), ['claimed-to']);
    assert.deepEqual(vocabularyFindings('I will leave it to the reader to decide whether Victor was really monitoring closely.', ['Victor']), ['insinuation']);
    assert.deepEqual(vocabularyFindings("Grace was responsible for confirming the bank's maintenance window, and did not.", ['Grace']), ['their-job']);
    assert.deepEqual(vocabularyFindings('Engineers on the portal squad continue to treat the staging environment as optional.'), ['treated-as-optional']);
    assert.deepEqual(vocabularyFindings('The scheduler seems to treat the lease as optional.'), []);
    assert.deepEqual(vocabularyFindings('Grace was responsible for confirming the window, and did so on Monday.', ['Grace']), []);
    assert.deepEqual(vocabularyFindings('Ultimately, customers who give us the wrong meter reading are responsible for the bill that follows.'), ['brought-it-on-themselves']);
    assert.deepEqual(vocabularyFindings('Customers on prepayment meters really do need to watch their own balance.'), ['brought-it-on-themselves']);
    assert.deepEqual(vocabularyFindings('The biller ignored our notice, so the failed payments are their problem, not ours.'), ['brought-it-on-themselves']);
    assert.deepEqual(vocabularyFindings('Customers should keep an eye on the status page.'), []);
  });
});
