// Blame in the words of a game studio's Discord and a telecom NOC's field crews: "let's just say X and staging are not
// friends", "funny how it always lands during X's shifts", "we need to talk about X", "his fourth incident this
// quarter", "she says she 'followed the procedure'", "we keep giving X production access", "clearly never opened our
// guide", "did exactly what X wrote", "knew … and kept quiet", "who was told to pause …, kept pushing", "got exactly what
// anyone could have predicted", "quietly changed", "X breaks it, X leaves for the weekend", "X's load test was pointed at
// production", thanks to X's "optimisation", removed from a managers' group or an access list, HR opening a file,
// "responsible for the delay: X", "nobody but themselves to thank", "the ones who did not are responsible for their
// own". And software that punishes players or a "stupid thing about this bug" are not people judged. Beside each, what
// only looks like it.
import assert from 'node:assert/strict';
import { vocabularyFindings } from './vocabularyFindings';
import { findBlamingLanguage } from '../../../src/core/blame';

describe('blaming language: game studios and field crews, and their look-alikes', () => {
  it('finds asides about a person in a studio or NOC voice, not the same words about a service', () => {
    assert.deepEqual(vocabularyFindings("Let's just say Bastien and the concept of a canary are not close friends.", ['Bastien']), ['insinuation']);
    assert.deepEqual(vocabularyFindings("Funny how the billing gateway only ever breaks during Itzel's shifts.", ['Itzel']), ['insinuation']);
    assert.deepEqual(vocabularyFindings('We need to talk about Mathis.', ['Mathis']), ['insinuation']);
    assert.deepEqual(vocabularyFindings('This is her third incident this quarter.'), ['insinuation']);
    assert.deepEqual(vocabularyFindings('Rocío says she "followed the runbook". The runbook has no such step.', ['Rocío']), ['insinuation']);
    assert.deepEqual(vocabularyFindings('We keep giving Emilio production access and we keep writing these.', ['Emilio']), ['insinuation']);
    assert.deepEqual(vocabularyFindings("The partner's IT team clearly never opened our integration guide."), ['insinuation']);
    assert.deepEqual(vocabularyFindings('The purge job did exactly what Ulises wrote, which was to delete everything older than today.', ['Ulises']), ['insinuation']);
    assert.deepEqual(vocabularyFindings('Ximena knew about the expired certificate for a week and said nothing.', ['Ximena']), ['insinuation']);
    assert.deepEqual(vocabularyFindings('Gonzalo, who was told on the bridge to stop, kept pushing the new rules.', ['Gonzalo']), ['wrong-action']);
    assert.deepEqual(vocabularyFindings('We made the newest hire lead the cutover and got exactly what anyone could have predicted.'), ['insinuation']);
    assert.deepEqual(vocabularyFindings('Léonie quietly changed the shared Helm values on Friday.', ['Léonie']), ['insinuation']);
    assert.deepEqual(vocabularyFindings('In short: Cyprien breaks it, then leaves for the weekend, and we fix it.', ['Cyprien']), ['insinuation']);
    assert.deepEqual(vocabularyFindings('Funny how the graphs flatten every time the exporter restarts.'), []);
    assert.deepEqual(vocabularyFindings('The purge job did exactly what the retention policy says.'), []);
    assert.deepEqual(vocabularyFindings('The sidecar quietly changed its port after the upgrade.'), []);
    assert.deepEqual(vocabularyFindings('We need to talk about the retry budget.'), []);
  });

  it("finds a person's test pointed at production and a scare-quoted optimisation, not a test harness's", () => {
    assert.deepEqual(vocabularyFindings("Hugo's load test was pointed at production.", ['Hugo']), ['person-action-as-cause']);
    assert.deepEqual(vocabularyFindings('Thanks to @maelle-net\'s little "optimisation", the tick rate dropped to 20 Hz.'), ['person-action-as-cause']);
    assert.deepEqual(vocabularyFindings("The harness's load test was pointed at staging."), []);
    assert.deepEqual(vocabularyFindings("Thanks to Maëlle's optimisation, the tick rate doubled.", ['Maëlle']), []);
  });

  it('finds discipline and the duty put on subscribers, not the same words about accounts or traffic', () => {
    assert.deepEqual(vocabularyFindings('- Remove Anouk from the release-managers group, effective immediately.', ['Anouk']), ['sanction-on-person']);
    assert.deepEqual(vocabularyFindings('| Remove Ren from the vendor access list permanently | Ops lead | 2026-12-15 |', ['Ren']), ['sanction-on-person']);
    assert.deepEqual(vocabularyFindings('HR has opened a case against the technician who removed the grounding kit.'), ['disciplinary-process']);
    assert.deepEqual(vocabularyFindings('Responsible for the rollback delay: Amaury, who kept the only build on his laptop.', ['Amaury']), ['caused-by-person']);
    assert.deepEqual(vocabularyFindings('Subscribers who ignored the maintenance SMS have nobody but themselves to thank.'), ['brought-it-on-themselves']);
    assert.deepEqual(vocabularyFindings('Users were told to update weeks ago; the ones who did not are responsible for their own failed logins.'), ['duty-on-people']);
    assert.deepEqual(vocabularyFindings('- Remove the bot account from the vendor access list'), []);
    assert.deepEqual(vocabularyFindings('Responsible for the rollback: the deploy pipeline.'), []);
  });

  it('leaves software that punishes players and the stupid thing about a bug alone', () => {
    assert.equal(findBlamingLanguage('The rate limiter was greedy and punished legitimate players along with the bots.', { people: [] }).length, 0);
    assert.equal(findBlamingLanguage('The stupid thing about this bug is that it only fires on a minute boundary.', { people: [] }).length, 0);
    assert.deepEqual(vocabularyFindings('The engineers involved were punished with weekend shifts.'), ['held-accountable']);
  });
});
