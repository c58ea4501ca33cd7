// A chat transcript pasted into a postmortem quotes the incident channel as evidence. What a speaker said of their own
// actions at the time is the record and is not judged; blame a speaker laid on someone else is republished by quoting
// it, so the blaming-language rule reports it, as it does the author's own prose around the transcript.
import assert from 'node:assert/strict';
import { blamed } from './blamed';

const doc = (body: string): string => `# Checkout outage\n\n## Summary\n\nCheckout failed for 20 minutes.\n\n## Appendix: channel log\n\n${body}\n`;

describe('blaming-language and pasted chat transcripts', () => {
  it('does not judge what a speaker says of their own actions, in Slack, IRC or log-style lines', () => {
    const lines = [
      'Katharine [8:27 AM]\nsorry all, I forgot to drain the node first',
      'Katharine [3 hours ago] my bad, I forgot to renew the cert',
      '> Katharine   [3 hours ago]\n> we missed the first page, on it now',
      '<jdoe> I forgot to renew the cert, fixing',
      '[14:02] <jdoe> ugh, I forgot to renew the cert',
      '- 17:10 bob: yeah I did, sorry, I forgot to drain it first',
      '[17:10] bob: I forgot to drain it',
    ];
    for (const line of lines) assert.deepEqual(blamed(doc(line)), [], line);
  });

  it('reports blame a speaker lays on someone else, whichever way the transcript was copied', () => {
    const lines = [
      'Marco [8:29 AM] deploy friday evening they said, Bob screwed up again',
      '<mhall> honestly this is Dana\'s fault',
      '[14:02] <alice> ok so this is on Marco again, he force-pushed to main without telling anyone',
      '[11:48] <maria> tbh if Greg had paid attention in the DR drill we wouldn\'t be here',
      '[17:10] bob: Dana forgot to drain it',
    ];
    for (const line of lines) assert.notEqual(blamed(doc(line)).length, 0, line);
  });

  it('does not report a chat message that points at no one, nor read the speaker heading it as its subject', () => {
    const lines = [
      '> Katharine [5:09 PM]\nIncorrect jobs in the correct namespace in the wrong cluster',
      '>Katharine [8:10 AM]  \nwe should have a boskos  \nyup  \nlooks like the janitors are cleaning up the mess and we should be back soon enough',
    ];
    for (const line of lines) assert.deepEqual(blamed(doc(line)), [], line);
  });

  it('reports a speaker saying a colleague written in lower case went missing', () => {
    assert.notEqual(blamed(doc('>Katharine [8:27 AM]  \nthings are worse, tony disappeared somewhere, I\'m working on it now')).length, 0);
  });

  it('still judges a timeline row naming a person', () => {
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
