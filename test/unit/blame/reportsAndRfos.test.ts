// Blame in formal problem-solving reports (8D) and customer-facing reasons-for-outage: "the controller was fine; the
// people configuring it were not", "the pattern speaks for itself", "Coincidence, surely.", "the fourth RFO with X's
// name in the timeline", "whose change caused all of this", hyphenated actions ("re-terminated … on the wrong phase",
// "power-cycled … without a callback"), "with no second engineer", customers who "carry the cost themselves" or whose
// trip is "attributable to their own loading", "or live with the result", "how does X manage to …?", a counselling
// session for a person. Beside each, what only looks like it.
import assert from 'node:assert/strict';
import { vocabularyFindings } from './vocabularyFindings';

describe('blaming language: 8D reports and reasons-for-outage, and their look-alikes', () => {
  it('reports a device cleared at a person\'s expense, and patterns pinned on a name', () => {
    assert.deepEqual(vocabularyFindings('The label printer was fine; the people who loaded the templates were not.'), ['insinuation']);
    assert.deepEqual(vocabularyFindings('Four escapes in a quarter, every one signed off by the same engineer. The record speaks for itself.'), ['insinuation']);
    assert.deepEqual(vocabularyFindings('Three line stops in the first month of the new contract. Coincidence, surely.'), ['insinuation']);
    assert.deepEqual(vocabularyFindings("This is the third RFO this year with Wen Jie's name in the timeline.", ['Wen Jie']), ['insinuation']);
    assert.deepEqual(vocabularyFindings('The label printer was fine; the template was not.'), []);
    assert.deepEqual(vocabularyFindings('Our history with this vendor speaks to a deeper contract problem.'), []);
  });

  it('reports hyphenated actions and missing second checks, not the same done with care', () => {
    assert.deepEqual(vocabularyFindings('The contractor re-terminated the feeder on the wrong phase.'), ['action-then-consequence']);
    assert.deepEqual(vocabularyFindings('Priyanka power-cycled the core switch without a callback to the customer.', ['Priyanka']), ['action-without-safeguard']);
    assert.deepEqual(vocabularyFindings('Eamon isolated the chilled-water loop with no second engineer to check the valve tags.', ['Eamon']), ['action-without-safeguard']);
    assert.deepEqual(vocabularyFindings('Priyanka power-cycled the core switch after a callback to the customer.', ['Priyanka']), []);
    assert.deepEqual(vocabularyFindings('The contractor re-terminated the feeder on the correct phase within the window.'), []);
  });

  it('reports a person named beside the cause, not a person thanked', () => {
    assert.deepEqual(vocabularyFindings('The team is thanked, with the exception of Radek, whose change caused all of this.', ['Radek']), ['caused-by-person']);
    assert.deepEqual(vocabularyFindings('The errors were entirely down to the duty engineer.'), ['caused-by-person']);
    assert.deepEqual(vocabularyFindings('The team is thanked, and Radek, whose change fixed the mapping, in particular.', ['Radek']), []);
    assert.deepEqual(vocabularyFindings('The errors were entirely down to a firmware fault.'), []);
  });

  it('leaves consequences with customers only in so many words, not when we own them', () => {
    assert.deepEqual(vocabularyFindings('Customers who book calls during the window should carry the cost of the delay themselves.'), ['brought-it-on-themselves']);
    assert.deepEqual(vocabularyFindings('The trip on circuit 12 is entirely attributable to their own loading.'), ['brought-it-on-themselves']);
    assert.deepEqual(vocabularyFindings('The tenant ignored the capacity notice and must accept the consequences.'), ['brought-it-on-themselves']);
    assert.deepEqual(vocabularyFindings('Plant users must file complete change requests or live with the result.'), ['duty-on-people']);
    assert.deepEqual(vocabularyFindings('We missed the capacity notice ourselves and must accept the consequences.'), []);
    assert.deepEqual(vocabularyFindings('The trip on circuit 12 is entirely attributable to a failed breaker.'), []);
  });

  it('reads questions and sanctions aimed at a person', () => {
    assert.deepEqual(vocabularyFindings('How does an engineer with ten years on the floor manage to open the wrong breaker twice?'), ['question-at-person']);
    assert.deepEqual(vocabularyFindings('Who exactly approved a firmware push in the middle of the quarter close?'), ['who-thought-it-was-fine']);
    assert.deepEqual(vocabularyFindings('| AI-4 | Formal counselling session for Mei Ling re: the breaker operation | HR | 12 Dec |', ['Mei Ling']), ['sanction-on-person']);
    assert.deepEqual(vocabularyFindings('How does the scheduler manage to start two jobs at once?'), []);
    assert.deepEqual(vocabularyFindings('| AI-5 | Coaching session for all shift leads on the new BMS | Ops | 12 Dec |'), []);
  });
});
