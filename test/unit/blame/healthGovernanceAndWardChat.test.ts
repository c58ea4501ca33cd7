// Blame in a health agency's governance report and its ward chat: a one-on-one with a team lead "about following
// process", a team that "has lost its standing approval", "tell X to stop fiddling with …", "needs a talking to", a
// vendor desk that "once more treated a P1 as …", "a ward problem, not an IT one", "the referrer's job to check …, not
// ours", users who "caused their own lockouts", "X's shortcut … cost three patients …". And what is accountability,
// praise or a worry the review answered is no blame: "the gaps in it are mine to fix", "X's dashboard is the only reason
// we could tell …", "any of us would have approved it too", "was worried she had caused the problem", "which is how the
// missing step was picked up"; a widget or "a lazy investigation" is no person. Beside each, what only looks like it.
import assert from 'node:assert/strict';
import { flagged, vocabularyFindings } from './vocabularyFindings';


describe('blaming language: health governance reports and ward chat, and their look-alikes', () => {
  it('finds sanctions, duties and causes put on people, not the same about a service', () => {
    assert.deepEqual(vocabularyFindings('- Action: Mere to have a one-on-one with her team lead about following process.', ['Mere']), ['sanction-on-person']);
    assert.deepEqual(vocabularyFindings('The interfaces team has lost its standing approval for weekend changes.'), ['sanction-on-person']);
    assert.deepEqual(vocabularyFindings('> "Please tell Tama to stop fiddling with the referral rules"', ['Tama']), ['sanction-on-person']);
    assert.deepEqual(vocabularyFindings('> "Whoever in IT did this needs a talking to"'), ['insinuation']);
    assert.deepEqual(vocabularyFindings("The vendor's service desk once more treated a P1 as a ticket for next week."), ['recurrence-jibe']);
    assert.deepEqual(vocabularyFindings('The duplicates are a ward problem, not an IT one.'), ['duty-on-people']);
    assert.deepEqual(vocabularyFindings("It's ultimately the referrer's job to check the referral was accepted, not ours."), ['duty-on-people']);
    assert.deepEqual(vocabularyFindings('Users who saved passwords in the browser caused their own lockouts.'), ['brought-it-on-themselves']);
    assert.deepEqual(vocabularyFindings("Aroha's shortcut in the triage logic cost four patients their appointment date.", ['Aroha']), ['person-action-as-cause']);
    assert.deepEqual(vocabularyFindings('The interfaces team has lost its connection to the lab system twice this week.'), []);
    assert.deepEqual(vocabularyFindings('The duplicates are a data problem, not a people one.'), []);
    assert.deepEqual(vocabularyFindings("The triage engine's new rule cost four patients their appointment date."), []);
  });

  it('reads accountability, praise and an answered worry as no blame, and a widget or an investigation as no person', () => {
    assert.equal(flagged('I signed off the cutover plan, and the gaps in it are mine to fix with the team.'), false);
    assert.equal(flagged("Wiremu's dashboard is the only reason we could tell the board how many referrals were late.", ['Wiremu']), false);
    assert.equal(flagged('Three of us sat on the CAB that approved it, and reading the ticket now, any of us would have approved it too.'), false);
    assert.equal(flagged('Losa was worried she had caused the problem by merging the records; she had not.', ['Losa']), false);
    assert.equal(flagged('Ana asked for a second reviewer, which is how the missing drain step was picked up.', ['Ana']), false);
    assert.equal(flagged('The bed board widget is sloppy about cache invalidation.'), false);
    assert.equal(flagged('"Human error" is where a lazy investigation stops, so we kept asking why.'), false);
    assert.equal(flagged("Chiara's sloppy review let the unbounded UPDATE through.", ['Chiara']), true);
  });
});
