// Blame in direct second-language prose and in an exasperated consultant's report: "so the overlapping events are on
// her", "not a coincidence.", "it was Maximilian's, naturally", "lets them loose on production", a vocative "what
// exactly were you checking?". Beside each, what only looks like it: a plain question to a colleague, "which explains
// the errors" said of a disk, a chaos tool let loose on staging, the team owning an estimate.
import assert from 'node:assert/strict';
import { vocabularyFindings } from './vocabularyFindings';

describe('blaming language: direct and exasperated prose, and its look-alikes', () => {
  it('reports an outcome put on a person, duties left with the people served, and people who made it for themselves', () => {
    assert.deepEqual(vocabularyFindings('Areum was in charge of the event calendar, so the overlapping events are on her.', ['Areum']), ['blame-lies-with']);
    assert.deepEqual(vocabularyFindings('Shoppers who run ad blockers that break the checkout have to take responsibility for that choice.'), ['duty-on-people']);
    assert.deepEqual(vocabularyFindings('The duplicate charges only hit shoppers who double-clicked, so really they need to be more patient.'), ['duty-on-people']);
    assert.deepEqual(vocabularyFindings('Players on rooted devices made this problem for themselves.'), ['brought-it-on-themselves']);
    assert.deepEqual(vocabularyFindings('The retry was in charge of the backoff, so the load spikes are on the queue.'), []);
  });

  it('reports warnings ignored and failing checks shipped past, one person watched, and verdicts', () => {
    assert.deepEqual(vocabularyFindings('Luca was warned in the previous postmortem and did exactly the same thing again.', ['Luca']), ['warned-before']);
    assert.deepEqual(vocabularyFindings('| 16:20 | Wei Ling deploys v2.3.1 despite the failing smoke test | Printing stops |', ['Wei Ling']), ['warned-before']);
    assert.deepEqual(vocabularyFindings('- Add a second approver to Hyeri\'s deploys specifically.', ['Hyeri']), ['sanction-on-person']);
    assert.deepEqual(vocabularyFindings("| Remove Sven's production SSH keys permanently | Ops | 8 Dec |", ['Sven']), ['sanction-on-person']);
    assert.deepEqual(vocabularyFindings('Frankly the design review was wasted on Jinhee; she implemented the opposite anyway.', ['Jinhee']), ['poor-job']);
    assert.deepEqual(vocabularyFindings('- Add a second approver to all production deploys.'), []);
  });

  it('reports insinuation in more words, not the same words about a system', () => {
    assert.deepEqual(vocabularyFindings("Woojin's on-call week = 3 incidents. Not a coincidence.", ['Woojin']), ['insinuation']);
    assert.deepEqual(vocabularyFindings('The agency developers, to nobody\'s surprise, turned up with no rollback plan.'), ['insinuation']);
    assert.deepEqual(vocabularyFindings('Junho tends to treat warnings as suggestions.', ['Junho']), ['insinuation']);
    assert.deepEqual(vocabularyFindings("It's worth noting that Wiremu was the only person who had touched the config.", ['Wiremu']), ['insinuation']);
    assert.deepEqual(vocabularyFindings('The on-call engineer this week was Jasper, which largely explains the response time.', ['Jasper']), ['insinuation']);
    assert.deepEqual(vocabularyFindings("We found the offending commit; it was Maximilian's, naturally.", ['Maximilian']), ['insinuation']);
    assert.deepEqual(vocabularyFindings('Niamh, it turns out.', ['Niamh']), ['insinuation']);
    assert.deepEqual(vocabularyFindings('There\'s a pattern with Kofi and Friday deploys.', ['Kofi']), ['insinuation']);
    assert.deepEqual(vocabularyFindings('Sadly, "I assumed it was staging" is becoming Ingrid\'s catchphrase.', ['Ingrid']), ['insinuation']);
    assert.deepEqual(vocabularyFindings('The real problem is that the agency hires juniors and lets them loose on production.'), ['insinuation']);
    assert.deepEqual(vocabularyFindings('The disk was full, which largely explains the response time.'), []);
    assert.deepEqual(vocabularyFindings('We let the chaos monkey loose on staging every Friday.'), []);
  });

  it('reports a question put to a person with "what exactly", not a plain question to a colleague', () => {
    assert.deepEqual(vocabularyFindings('Hyemin, what exactly were you checking for 30 minutes while the queue was at 80,000?', ['Hyemin']), ['question-at-person']);
    assert.deepEqual(vocabularyFindings('Ana, what were you able to find in the logs?', ['Ana']), []);
  });

  it('does not report the team owning an estimate, or judgment words about a cache key', () => {
    assert.deepEqual(vocabularyFindings('As a team we under-estimated how many players would log in at the same second.'), []);
    assert.deepEqual(vocabularyFindings("The CDN's stupid cache key ignored the query string."), []);
  });
});
