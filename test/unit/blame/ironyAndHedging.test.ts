// Blame said with irony or through hedges: a question put to a person by name, "and it was Rashid", scare quotes around
// an excuse, "not someone you want near…", the people served told it is their own fault; reminders and apologies
// required of one person. Beside each, what only looks like it: software named "… manager", a scheduler's penalty, a
// design that invites human error, a stupid bug.
import assert from 'node:assert/strict';
import { findBlamingLanguage } from '../../../src/core/blame';
import { vocabularyFindings } from './vocabularyFindings';

describe('blaming language: irony, hedges and their look-alikes', () => {
  it('reports a question put to a person by name, not a question to the reader', () => {
    assert.deepEqual(vocabularyFindings('Honestly, who reviews a 2,000-line PR in four minutes, Corentin?', ['Corentin']), ['question-at-person']);
    assert.deepEqual(vocabularyFindings('How does one manage to push the production key into a public repository, Sami?', ['Sami']), ['question-at-person']);
    assert.deepEqual(vocabularyFindings('How long did the failover take, end to end?'), []);
  });

  it('reports "…, and it was Rashid" at the end of a sentence, not "it was Rashid who spotted it" or "it was fast"', () => {
    assert.deepEqual(vocabularyFindings('Only one person was logged in at 15:42, and it was Rashid.', ['Rashid']), ['insinuation']);
    assert.deepEqual(vocabularyFindings('The failover worked, and it was fast.'), []);
    assert.deepEqual(vocabularyFindings('Only one person was watching the graphs, and it was Rashid who spotted the spike.', ['Rashid']), []);
  });

  it('reports scare quotes around an excuse or an effort, not quoted status words from a tool', () => {
    assert.deepEqual(vocabularyFindings('Our postdoc "accidentally" launched 10,000 jobs again.'), ['insinuation']);
    assert.deepEqual(vocabularyFindings('Fabrice was "on it" for forty minutes.', ['Fabrice']), ['insinuation']);
    assert.deepEqual(vocabularyFindings('We are told Grace "double-checked" the node list.', ['Grace']), ['insinuation']);
    assert.deepEqual(vocabularyFindings('The ticket was marked "on hold" by the triage bot.'), []);
  });

  it('reports understated verdicts on a person, not the same words about a day or a system', () => {
    assert.deepEqual(vocabularyFindings('Théo is a good developer, but he is not someone you want near the payment configuration.', ['Théo']), ['insinuation']);
    assert.deepEqual(vocabularyFindings("It was, shall we say, not Zoé's most attentive afternoon.", ['Zoé']), ['insinuation']);
    assert.deepEqual(vocabularyFindings('It was not the busiest afternoon of the quarter.'), []);
  });

  it('reports one person required to be reminded, to apologise, or restricted to read-only, not a reminder by a tool', () => {
    assert.deepEqual(vocabularyFindings('- [ ] Élodie to be reminded (again) that production is not a playground (owner: Camille)', ['Élodie', 'Camille']), ['sanction-on-person']);
    assert.deepEqual(vocabularyFindings('| AI-7 | Ludovic to present his apologies to the support team at the all-hands | Ludovic |', ['Ludovic']), ['sanction-on-person']);
    assert.deepEqual(vocabularyFindings('| AI-8 | Restrict Arjun to read-only access on the scheduler nodes | Director |', ['Arjun']), ['sanction-on-person']);
    assert.deepEqual(vocabularyFindings('- Action: make sure Morgane double-checks her queries next time.', ['Morgane']), ['sanction-on-person']);
    assert.deepEqual(vocabularyFindings('The on-call will be reminded by a page every five minutes.'), []);
    assert.deepEqual(vocabularyFindings('Restrict the reporting service account to read-only access.'), []);
  });

  it('reports a person named as what went wrong, not a part of the system', () => {
    assert.deepEqual(vocabularyFindings('There was nothing wrong with the cooling loop; what went wrong was the facilities technician.'), ['blame-lies-with']);
    assert.deepEqual(vocabularyFindings('To be clear, this was not a tooling issue; it was Furkan.', ['Furkan']), ['blame-lies-with']);
    assert.deepEqual(vocabularyFindings('What went wrong was the retry budget.'), []);
    assert.deepEqual(vocabularyFindings('This was not a tooling gap; the alert existed and fired, but it went to a retired channel.'), []);
  });

  it('reports the people served told the loss is their own doing', () => {
    assert.deepEqual(vocabularyFindings("Ultimately, it is the researcher's responsibility to keep copies of their data."), ['duty-on-people']);
    assert.deepEqual(vocabularyFindings('Users who lost work only have themselves to thank for not checkpointing.'), ['brought-it-on-themselves']);
    assert.deepEqual(vocabularyFindings('If customers insist on a browser from 2015, the broken checkout is frankly their problem, not ours.'), ['brought-it-on-themselves']);
    assert.deepEqual(vocabularyFindings("It is the scheduler's responsibility to requeue preempted jobs."), []);
  });

  it('reads software named "… manager" as software, and a role called a manager as a person', () => {
    assert.deepEqual(vocabularyFindings('The certificate manager forgot to renew the wildcard certificate because its credentials had expired.'), []);
    assert.deepEqual(vocabularyFindings('The release manager forgot to renew the wildcard certificate.'), ['forgot-to']);
    // The frame model reads it as software too (it once pointed at "manager" here, in a .vsix walk).
    const whole = 'The certificate manager forgot to renew the signing certificate because its credentials had expired.';
    assert.deepEqual(findBlamingLanguage(whole, { people: [] }), []);
  });

  it('does not report judgment words said of software, a scheduler penalty, or a design that invites human error', () => {
    assert.deepEqual(vocabularyFindings('The payment SDK makes a silly mistake in currency rounding above 10,000.'), []);
    assert.deepEqual(vocabularyFindings('A stupid bug, honestly: an off-by-one made the purge script treat 9-day-old files as 90 days old.'), []);
    assert.deepEqual(vocabularyFindings('The fairshare algorithm punished the chemistry department for usage billed to another account.'), []);
    assert.deepEqual(vocabularyFindings('The flag service has a UI that invites human error: two buttons two pixels apart.'), []);
    assert.deepEqual(vocabularyFindings('It is tempting to ask why nobody noticed for six hours; the better question is why nothing noticed.'), []);
    assert.deepEqual(vocabularyFindings('Ana made a silly mistake in the rounding.', ['Ana']), ['rookie-mistake']);
  });
});
