// Blame in clinical-governance reports and in chatty second-language prose: cause labels of non-compliance, people
// reported to a director, "the outcome is on them", rhetorical "whose idea was it", "thanks for nothing". Beside each,
// what only looks like it: a bot that "blamed" the wrong ward, a Kubernetes operator's error while reconciling, a
// draft's wording quoted to be rejected, thanks, a plain question about who approved a change.
import assert from 'node:assert/strict';
import { vocabularyFindings } from './vocabularyFindings';

describe('blaming language: governance reports, chat-style prose, and their look-alikes', () => {
  it('reports non-compliance as a cause label, not non-compliance a control is there to prevent', () => {
    assert.deepEqual(vocabularyFindings('| Root cause category | Staff non-compliance with procedure | Confirmed |'), ['non-compliance']);
    assert.deepEqual(vocabularyFindings('The barcode check exists to prevent staff non-compliance with the two-person rule.'), []);
  });

  it('reports a person reported to a director or made to present what they did wrong', () => {
    assert.deepEqual(vocabularyFindings('- Action item: identify which staff member disabled the audit alerts and report them to the Director of Nursing.'), ['disciplinary-process']);
    assert.deepEqual(vocabularyFindings('- Action: Dimas presents at the next all-hands what he did wrong and how he will avoid it.', ['Dimas']), ['disciplinary-process']);
    assert.deepEqual(vocabularyFindings('- Action: report the outage to the Director of Nursing with the timeline attached.'), []);
  });

  it('reports the outcome put on people, or a system said to do what a person told it', () => {
    assert.deepEqual(vocabularyFindings('The pharmacists chose to override the interaction alert, and the outcome is on them.'), ['bypassed-safeguard', 'blame-lies-with']);
    assert.deepEqual(vocabularyFindings('In fairness to the system, it did exactly what Callum Reid told it to do.', ['Callum Reid']), ['blame-lies-with']);
    assert.deepEqual(vocabularyFindings('The outcome is on the dashboard for everyone to see.'), []);
  });

  it('reports rhetorical questions about a bad approval, not a plain question answered in the text', () => {
    assert.deepEqual(vocabularyFindings('Who signs off a roster template that gives the whole ward no night nurses?'), ['who-thought-it-was-fine']);
    assert.deepEqual(vocabularyFindings('Whose idea was it to schedule the ledger migration on payday night?'), ['who-thought-it-was-fine']);
    assert.deepEqual(vocabularyFindings('How does an experienced analyst mistake the production system for the training one?'), ['question-at-person']);
    assert.deepEqual(vocabularyFindings('Who approved the change? The CAB did, on Tuesday.'), []);
  });

  it('reports sarcasm and insinuation in more words', () => {
    assert.deepEqual(vocabularyFindings('Thanks for nothing, @gilang, the alert you muted was the one that mattered.', ['@gilang']), ['insinuation']);
    assert.deepEqual(vocabularyFindings('Linda said she tested it. We have zero evidence that she tested it.', ['Linda']), ['insinuation']);
    assert.deepEqual(vocabularyFindings("Vicky's team still had no alert on settlement lag, and that tells you enough about them.", ['Vicky']), ['insinuation']);
    assert.deepEqual(vocabularyFindings('The after-hours analyst, to put it kindly, was not at their most attentive that night.'), ['insinuation']);
    assert.deepEqual(vocabularyFindings('Make of it what you will that the same staff member was on shift for both incidents.'), ['insinuation']);
    assert.deepEqual(vocabularyFindings('The graph tells you everything you need to know about the load.'), []);
  });

  it('does not report software that blames, penalises or errs, nor a rejected draft, thanks, or a defence', () => {
    assert.deepEqual(vocabularyFindings('The bed management bot blamed the wrong ward because its mapping table was old.'), []);
    assert.deepEqual(vocabularyFindings('The Postgres operator hit an operator error during reconciliation and scaled the replicas to zero.'), []);
    assert.deepEqual(vocabularyFindings('The stupid part is our rate limiter counting per pod instead of globally.'), []);
    assert.deepEqual(vocabularyFindings('The Go garbage collector was the bad guy this time, with 800 ms pauses.'), []);
    assert.deepEqual(vocabularyFindings('The circuit breaker was lazy to open, because its threshold was 50% over 5 minutes.'), []);
    assert.deepEqual(vocabularyFindings('The autoscaler is stupidly slow for this kind of spike.'), []);
    assert.deepEqual(vocabularyFindings('An earlier draft of this postmortem said "human error by the on-call"; we rewrote it because it explained nothing.'), []);
    assert.deepEqual(vocabularyFindings("Ben's change was the trigger, not the cause; the cause was an interface that dropped the message.", ['Ben']), []);
    assert.deepEqual(vocabularyFindings('Many staff forgot their new passwords after the forced reset, which is entirely expected.'), []);
    assert.deepEqual(vocabularyFindings('All engineers will take the new access course, not because of one person but because the access model changed.'), []);
    assert.deepEqual(vocabularyFindings('Kiki did everything the on-call guide asks; the guide did not mention the second dashboard.', ['Kiki']), []);
  });
});
