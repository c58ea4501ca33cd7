// The thirtieth session's first run on new sentences: a customer blamed for notices it ignored, a team's sloppy handling,
// a person's conduct judged, sarcastic thanks for a change; and what only looks like blame: a page's byline, a channel
// nobody followed, an error message quoted.
import assert from 'node:assert/strict';
import { flagged } from './vocabularyFindings';

describe('blaming language: customers, bylines and quoted messages', () => {
  it('finds customers blamed for the notices they ignored', () => {
    assert.equal(flagged('The customer ignored our deprecation notices for six months and then complained when the v1 API was switched off.'), true);
    assert.equal(flagged('The customer ignored the alert.'), false);
  });

  it("finds a team's sloppy handling and a person's conduct judged, leaving the same words about software", () => {
    assert.equal(flagged("The mobile team's sloppy error handling is the real reason the app crashed for every iOS user."), true);
    assert.equal(flagged("The SDK's sloppy error handling crashed the app."), false);
    assert.equal(flagged('Sloppy input validation in the parser let it through.'), false);
    assert.equal(flagged('The behaviour of the front-end team, who deployed on a Friday evening against advice, was unacceptable.'), true);
    assert.equal(flagged('The behaviour of the cache under load was unacceptable.'), false);
  });

  it('finds thanks for a person\'s change before what broke, and an insult to anyone less competent', () => {
    assert.equal(flagged("Thanks to Priyanka's change to the retry settings, the payment service hammered the database for forty minutes.", ['Priyanka']), true);
    assert.equal(flagged("Thanks to Priyanka's change to the retry settings, the payment service recovered within minutes.", ['Priyanka']), false);
    assert.equal(flagged('Anyone with basic competence would have spotted that the DNS TTL was set to a week.'), true);
    assert.equal(flagged('Anyone with basic knowledge of DNS can set the TTL in the console.'), false);
  });

  it("leaves a page's byline, a channel nobody followed and an error message quoted", () => {
    assert.equal(flagged('Created by Priya Raman, last modified by Tomás Ferreira on Feb 24, 2026', ['Priya Raman']), false);
    assert.equal(flagged('The outage was created by Priya Raman.', ['Priya Raman']), true);
    assert.equal(flagged("The DB team's change notification went to #db-changes, which the payments team does not follow."), false);
    assert.equal(flagged('The error message "permission denied: operator failed to authenticate" appeared in the audit log after the token expired.'), false);
  });
  it("finds a lapse judged unacceptable, a talk with the individual and sarcastic praise for whoever decided, not a lead time", () => {
    assert.equal(flagged('Missing the headroom check two weeks in a row is an unacceptable lapse.'), true);
    assert.equal(flagged('I have discussed it with the individual directly.'), true);
    assert.equal(flagged('A serious lapse in monitoring coverage let the disk fill.'), false);
    assert.equal(flagged('great job by whoever decided 5 connections was plenty for prod 🙃'), true);
    assert.equal(flagged('Great job by whoever fixed the alert!'), false);
    assert.equal(flagged('Know the lead time of every "just raise the limit" mitigation before you need it.'), false);
  });
  it('leaves slips guarded against, a team owning its outage in the first person, and software that "did not bother"', () => {
    assert.equal(flagged('The new admin console includes fat-finger protection that asks for confirmation whenever a replica count is reduced by more than 50%.'), false);
    assert.equal(flagged('Priya fat-fingered the replica count.', ['Priya']), true);
    assert.equal(flagged('Our team owns this outage: we deployed on a Friday without enough people available to monitor it.'), false);
    assert.equal(flagged('The API team owns this outage.'), true);
    assert.equal(flagged("The database didn't bother to release its advisory locks when the client disconnected."), false);
    assert.equal(flagged('In hindsight, the CDN should have known better than to keep serving stale objects for six hours.'), false);
    assert.equal(flagged('Marek should have known better than to deploy on Friday.', ['Marek']), true);
  });
  it('finds the blame inside long report sentences: a person described by what they were hired or assigned to do, bad advice, a team that finally bothers, an alert silenced rather than escalated', () => {
    assert.equal(flagged('The contractor hired to re-cable the rack mislabeled both power feeds, so when facilities cut feed A the entire row went dark.'), true);
    assert.equal(flagged('The job scheduled to rotate the keys misconfigured the vault.'), false);
    assert.equal(flagged('Kevin from the vendor\'s support desk told us it was safe to upgrade, and his bad advice is what took the primary datastore offline.', ['Kevin']), true);
    assert.equal(flagged('| 09:05 | Ops team finally bothers to look at the ticket that was opened at 06:30 |'), true);
    assert.equal(flagged('Someone on the night shift silenced the disk-usage alert rather than escalating it, and by morning the log volume had filled.'), true);
    assert.equal(flagged('We restarted the pods rather than rolling back.'), false);
  });
  it('finds "human error" and a procedure not followed as French, Spanish and German reports write them, not when denied', () => {
    assert.equal(flagged("L'erreur humaine de l'astreinte est à l'origine de l'aggravation de l'incident."), true);
    assert.equal(flagged("Nous ne retenons pas l'erreur humaine comme cause racine."), false);
    assert.equal(flagged('Es war kein menschliches Versagen.'), false);
    assert.equal(flagged('La causa fue un error humano del operador.'), true);
    assert.equal(flagged("Julien n'a pas respecté la procédure de redémarrage.", ['Julien']), true);
    assert.equal(flagged("Le script n'a pas respecté la procédure."), false);
  });
});
