// The duty to stay safe put on customers or developers in more shapes, and what only looks like blame: a counterfactual
// told as someone's question, and another company telling us what it has seen.
import assert from 'node:assert/strict';
import { flagged, vocabularyFindings } from './vocabularyFindings';

describe('blaming language: duties put on the people served, questions asked and what a vendor told us', () => {
  it('finds the duty put on customers or developers as their responsibility or "on" them', () => {
    assert.deepEqual(vocabularyFindings("Protecting their credentials is ultimately the customer's responsibility."), ['duty-on-people']);
    assert.deepEqual(vocabularyFindings('Keeping the API keys safe is, in the end, on the developers who use them.'), ['duty-on-people']);
    assert.deepEqual(vocabularyFindings('Keeping the keys in a vault is what the new scanner checks for.'), []);
  });

  it('leaves a counterfactual told as a question someone asked, and a vendor telling us what it has seen', () => {
    assert.equal(flagged('Priya wondered if she should have paged the database team earlier.', ['Priya']), false);
    assert.equal(flagged('We asked whether on-call could have caught the expiry from the dashboard.'), false);
    assert.equal(flagged("The vendor's support team told us they had seen the same issue with two other customers that week."), false);
    assert.equal(flagged('Tom told us he forgot to run the migration.', ['Tom']), true, 'what is told is still read');
  });

  it('leaves a team saying in the first person what it has yet to learn, and still finds inexperience put on someone', () => {
    assert.equal(flagged("We're inexperienced at responding to cascading failure."), false);
    assert.equal(flagged('We were relatively inexperienced with the new load balancer.'), false);
    assert.equal(flagged('Our on-call team is fairly inexperienced with Kafka.'), false);
    assert.equal(flagged('An inexperienced engineer ran the restore.'), true);
    assert.equal(flagged('Dana was too inexperienced to run the failover alone.', ['Dana']), true);
  });

  it('finds a sanction said actively, and leaves anyone a tool lets act', () => {
    assert.equal(flagged('We have since retrained the engineer involved.'), true);
    assert.equal(flagged('After the review we reminded the on-call team to be careful.'), true);
    assert.equal(flagged('We retrained the anomaly model on last month’s traffic.'), false);
    assert.equal(flagged('The model was retrained with them: the blind sets improved.'), false);
    assert.equal(flagged('The deploy tool let anyone push to production without review.'), false);
    assert.equal(flagged('The tool allowed any engineer to skip the canary.'), false);
  });

  it('leaves what the team had not done before to the patterns, not the frame model', () => {
    assert.equal(flagged('Nobody on the team had operated this cluster during a failover before.'), false);
    assert.equal(flagged('The team had never operated this cluster during a failover.'), false);
    assert.equal(flagged('Nobody on the team bothered to check the lag.'), true);
    assert.equal(flagged('The integrator keeps sending junior engineers who have never seen a Siemens S7 before.'), true);
  });
});
