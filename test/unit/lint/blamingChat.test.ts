// A chat transcript pasted into a postmortem quotes the incident channel as evidence: the blaming-language rule does
// not judge its lines, and keeps judging the author's own prose around it.
import assert from 'node:assert/strict';
import { blamed } from './blamed';

const doc = (body: string): string => `# Checkout outage\n\n## Summary\n\nCheckout failed for 20 minutes.\n\n## Appendix: channel log\n\n${body}\n`;

describe('blaming-language and pasted chat transcripts', () => {
  it('does not judge the lines of a Slack transcript (name, then a bracketed time)', () => {
    const body = 'Katharine [8:27 AM]\nDana forgot to drain the node again\n\nMarco [8:29 AM] deploy friday evening they said, Bob screwed up again';
    assert.deepEqual(blamed(doc(body)), []);
  });

  it('reads a relative time as Slack shows it for recent messages', () => {
    assert.deepEqual(blamed(doc('Katharine [3 hours ago] Dana forgot to drain the node again')), []);
  });

  it('reads a speaker line with a run of spaces before the time, as some Slack copies have it', () => {
    assert.deepEqual(blamed(doc('> Katharine   [3 hours ago]\n> Dana forgot to drain the node again')), []);
  });

  it('does not judge IRC-style lines, with or without a timestamp', () => {
    for (const line of ['<jdoe> Sam forgot to renew the cert, classic', '[14:02] <jdoe> Sam forgot to renew the cert, classic', '- <mhall> honestly this is Dana\'s fault']) {
      assert.deepEqual(blamed(doc(line)), [], line);
    }
  });

  it('does not judge a log line of a lower-case nick after a time, and still judges a timeline row naming a person', () => {
    for (const line of ['- 17:10 bob: yeah I did, sorry, I forgot to drain it first', '[17:10] bob: Dana forgot to drain it']) assert.deepEqual(blamed(doc(line)), [], line);
    assert.equal(blamed(doc('- 17:10 Bob: Dana forgot to drain the node')).length, 1);
  });

  it('still judges the author\'s own sentence before or after a quoted chat line', () => {
    const body = 'Dana forgot to renew the certificate.\n\n<jdoe> cert is expired';
    assert.deepEqual(blamed(doc(body)), ['Dana forgot to renew the certificate.']);
  });

  it('still judges prose that only mentions a time in brackets mid-sentence', () => {
    assert.deepEqual(blamed(doc('At the standup [9:00 AM] we agreed that Dana forgot to renew the certificate.')).length, 1);
  });
});
