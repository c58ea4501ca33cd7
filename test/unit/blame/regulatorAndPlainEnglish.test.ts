// Blame in regulator-facing reports and in plain second-language English: a person as the whole root cause, duties
// left with the people served, written explanations and repeated training for one person, "in their great wisdom",
// "has a lot to answer for". Beside each, what only looks like it: a component as the root cause, a draft timeline
// quoted to be corrected, "we are not looking for the person who wrote the bug".
import assert from 'node:assert/strict';
import { vocabularyFindings } from './vocabularyFindings';

describe('blaming language: regulator-facing and plain-English prose, and its look-alikes', () => {
  it('reports a person as the whole root cause or the reason, not a component', () => {
    assert.deepEqual(vocabularyFindings('- Root cause: Huong (see commit 4b2d).', ['Huong']), ['blame-lies-with']);
    assert.deepEqual(vocabularyFindings('We lost 3,000 orders because one person could not wait until Monday.'), ['blame-lies-with']);
    assert.deepEqual(vocabularyFindings('The customer typed the wrong address, so the late delivery is on them, not on the routing service.'), ['blame-lies-with']);
    assert.deepEqual(vocabularyFindings('Root cause: the cache (see #123).'), []);
    assert.deepEqual(vocabularyFindings('The results are on the dashboard, not on the wiki.'), []);
  });

  it('reports duties left with the people served', () => {
    assert.deepEqual(vocabularyFindings('It is ultimately for the customer to notice that a direct debit was collected twice.'), ['duty-on-people']);
    assert.deepEqual(vocabularyFindings('Customers who did not register cannot reasonably expect bottled water to be delivered.'), ['duty-on-people']);
    assert.deepEqual(vocabularyFindings('Business customers who missed the notice in their inbox are, frankly, on their own.'), ['duty-on-people']);
    assert.deepEqual(vocabularyFindings('It is for the customer to choose a delivery slot.'), []);
  });

  it('reports written explanations, repeated training and approval lists for one person, not for everyone', () => {
    assert.deepEqual(vocabularyFindings('- Chi must send a written explanation to the Head of Engineering by Monday.', ['Chi']), ['sanction-on-person']);
    assert.deepEqual(vocabularyFindings('- Ian Sutcliffe to repeat the change management e-learning module.', ['Ian Sutcliffe']), ['sanction-on-person']);
    assert.deepEqual(vocabularyFindings('- [ ] Add Rahul to the list of people who need approval before merging to main', ['Rahul']), ['sanction-on-person']);
    assert.deepEqual(vocabularyFindings("We will put a note about this in Son's performance review.", ['Son']), ['sanction-on-person']);
    assert.deepEqual(vocabularyFindings('- Add the release bot to the list of users who need approval before merging.'), []);
    assert.deepEqual(vocabularyFindings('Every engineer will repeat the change management module this quarter.'), []);
  });

  it('reports verdicts and sarcasm in more words', () => {
    assert.deepEqual(vocabularyFindings('Shaun thought it sensible to trial the new alarm rules on the live system.', ['Shaun']), ['poor-job']);
    assert.deepEqual(vocabularyFindings('The investigation is satisfied that Dev acted outside his authority.', ['Dev']), ['poor-job']);
    assert.deepEqual(vocabularyFindings('Phuc has a history of these late-night deploys.', ['Phuc']), ['poor-job']);
    assert.deepEqual(vocabularyFindings('The root cause is recorded as inadequate competence of the operative.'), ['non-compliance']);
    assert.deepEqual(vocabularyFindings('The Ops team decided, in their great wisdom, to rotate the certificate during the lunch rush.'), ['insinuation']);
    assert.deepEqual(vocabularyFindings('Whoever approved that alarm shelving request has a lot to answer for.'), ['insinuation']);
    assert.deepEqual(vocabularyFindings('Given who was on call that weekend, nobody was surprised.'), ['insinuation']);
    assert.deepEqual(vocabularyFindings('Thanks, Tu, for turning a 5-minute fix into a 3-hour outage.', ['Tu']), ['insinuation']);
    assert.deepEqual(vocabularyFindings('The same three people in OT support keep turning up in our incident timelines.'), ['insinuation']);
    assert.deepEqual(vocabularyFindings('Was nobody on the billing team capable of reading the report?'), ['question-at-person']);
    assert.deepEqual(vocabularyFindings('Thanks, Tu, for writing the runbook that got us through the night.', ['Tu']), []);
  });

  it('does not report wording quoted to be corrected or refused', () => {
    assert.deepEqual(vocabularyFindings('The original timeline read "02:14 – operator ignores alarm"; it now reads "02:14 – alarm acknowledged among 1,412 standing alarms".'), []);
    assert.deepEqual(vocabularyFindings('We are not looking for the person who wrote the bug.'), []);
  });
});
