// Blame in a small charity's informal write-up and in a broadcaster's formal one: "and there's your …", switching a
// safeguard off "and the spam started within the hour", "evidently not everyone did", "you'd think after three incidents X
// would …", "X's idea of a 'soft launch' was …", an agency "investigating" (translation: nothing), "marvellous work from
// the agency once again:", "swears it's tested, and it isn't", "not a details person", live accounts treated "like a
// sandbox", "a reputation for not logging calls", put "on read-only", "explain why he approved …", "what possessed X
// to …?", "who let X loose on …?", "X's after deleting it again", an upgrade "with nobody around to check", duties put
// on donors, volunteers and callers; a name set off between commas after its role ("The playout operator, Nadine, …"),
// "the very second X rebooted", "with all due respect to X's thirty years, his knowledge …", "remarkable how reliably X
// manages to …", "can, politely, be described as", "did what it always does: nothing", "who leaves a server in
// maintenance mode overnight?", pushing "the untested template", "took the runbook a little too literally",
// "insufficient care by the operator", "the intern's cron job is the reason why", "ensure X stops phoning in changes",
// viewers' "own duty", partners who "bear the responsibility". And what is praise, a defence or the team owning a
// decision is not blame: "which is exactly what we want people to do", "don't be blaming X", "not anyone's fault", "we
// own that decision", "an earlier draft of this said 'human error'". Beside each, what only looks like it.
import assert from 'node:assert/strict';
import { flagged, vocabularyFindings } from './vocabularyFindings';


describe('blaming language: charity write-ups and broadcast logs, and their look-alikes', () => {
  it('finds an action told with its result, not the same told of a system', () => {
    assert.deepEqual(vocabularyFindings('Eimear pasted the donor list in twice, and there\'s your duplicate receipts.', ['Eimear']), ['action-then-consequence']);
    assert.deepEqual(vocabularyFindings('Cathal disabled the captcha plugin on Friday and the bot sign-ups began within the hour.', ['Cathal']), ['action-then-consequence']);
    assert.deepEqual(vocabularyFindings('Oisín upgraded the theme on the live site with nobody around to check it afterwards.', ['Oisín']), ['action-without-safeguard']);
    assert.deepEqual(vocabularyFindings('| 21:02 | Jens pushes the untested scoreboard template to the graphics engine | |', ['Jens']), ['action-without-safeguard']);
    assert.deepEqual(vocabularyFindings('The captions vanished at 19:58, the very second Jonas restarted the encoder.', ['Jonas']), ['person-action-as-cause']);
    assert.deepEqual(vocabularyFindings("The intern's cron job is the reason why the feed was rebuilt every minute."), ['person-action-as-cause']);
    assert.deepEqual(vocabularyFindings('The updater pasted the list in twice, and there\'s your duplicate receipts.'), []);
    assert.deepEqual(vocabularyFindings('The captions vanished at 19:58, the very second the encoder restarted.'), []);
    assert.deepEqual(vocabularyFindings('Oisín upgraded the theme on the live site with the whole team watching the dashboards.', ['Oisín']), []);
    assert.deepEqual(vocabularyFindings('The nightly cron job is the reason why the feed was rebuilt every minute.'), []);
  });

  it('finds a name set off between commas after its role, not a phrase set off there', () => {
    assert.equal(flagged('The night operator, Petra Lange, confirmed the wrong running order and then left the desk for her break.', ['Petra Lange']), true);
    assert.equal(flagged('Our colleague at the supplier, Marek Zając, rolled out the certificate without any staging test.', ['Marek Zając']), true);
    assert.equal(flagged('From now on, every on-call engineer, regardless of seniority, can roll back without asking permission.'), false);
    assert.equal(flagged('The night operator, Petra Lange, confirmed the running order with the gallery and handed over at 23:00.', ['Petra Lange']), false);
  });

  it('finds asides, sarcasm and backhanded praise, not the same said of software', () => {
    assert.deepEqual(vocabularyFindings('Most of us read the release notes; evidently not everyone did.'), ['insinuation']);
    assert.deepEqual(vocabularyFindings("You'd think after two outages Ciarán would test on the staging copy.", ['Ciarán']), ['insinuation']);
    assert.deepEqual(vocabularyFindings('Róisín\'s idea of a "dry run" was emailing every donor the live link.', ['Róisín']), ['insinuation']);
    assert.deepEqual(vocabularyFindings('| 10:00 | Supplier "investigating" (translation: nothing happens until lunch) | |'), ['insinuation', 'insinuation']);
    assert.deepEqual(vocabularyFindings('Sterling work from the agency yet again: a "small fix" and the shop was down all evening.'), ['insinuation']);
    assert.deepEqual(vocabularyFindings("With all due respect to Horst's decades here, his grasp of IP playout stopped around 2010.", ['Horst']), ['insinuation']);
    assert.deepEqual(vocabularyFindings('It is remarkable how reliably the Hamburg team manages to deploy just before the news.'), ['insinuation']);
    assert.deepEqual(vocabularyFindings("The freelancer's approach to rehearsals can, politely, be described as relaxed."), ['insinuation']);
    assert.deepEqual(vocabularyFindings('Overnight the outsourced desk did what it always does: nothing, until we rang their manager.'), ['insinuation']);
    assert.deepEqual(vocabularyFindings('Same outage as last year; some people apparently do not read postmortems.'), ['insinuation']);
    assert.deepEqual(vocabularyFindings('Conall swears it was tested, and it wasn\'t.', ['Conall']), ['claimed-to']);
    assert.deepEqual(vocabularyFindings('The new encoder\'s idea of a keyframe interval is ten seconds, which is documented.'), []);
    assert.deepEqual(vocabularyFindings('It is remarkable how reliably the encoder recovers after a restart.'), []);
    assert.deepEqual(vocabularyFindings('Most of us read the release notes; the rest got the summary in the stand-up.'), []);
  });

  it('finds judgments, sanctions and pointed questions, not the same about a tool', () => {
    assert.deepEqual(vocabularyFindings('Declan is, to put it kindly, not a details person.', ['Declan']), ['judged-person']);
    assert.deepEqual(vocabularyFindings('The events crew, bless them, treat the live payment account like a sandbox.'), ['judged-person']);
    assert.deepEqual(vocabularyFindings('The weekend helpline team have a reputation for not logging calls.'), ['judged-person']);
    assert.deepEqual(vocabularyFindings('The apprentice took the checklist a bit too literally and ran step 4 on both servers.'), ['judged-person']);
    assert.deepEqual(vocabularyFindings('| Root cause | Insufficient care by the duty operator when approving the running order |'), ['judged-person']);
    assert.deepEqual(vocabularyFindings("We're putting Mags on read-only in the rota app for a while.", ['Mags']), ['sanction-on-person']);
    assert.deepEqual(vocabularyFindings('Action: Fergal to meet the chair and explain why he approved the refund change.', ['Fergal']), ['sanction-on-person']);
    assert.deepEqual(vocabularyFindings('The agency will no longer have direct access to the site, given their track record.'), ['sanction-on-person']);
    assert.deepEqual(vocabularyFindings('- Ensure that the news desk (especially Herr Wolff) stops phoning in changes at the last minute.'), ['sanction-on-person']);
    assert.deepEqual(vocabularyFindings('What possessed the contractor to put the API key in a public repo?'), ['question-at-person']);
    assert.deepEqual(vocabularyFindings('> "Who let Orla loose on the payment settings?"', ['Orla']), ['who-thought-it-was-fine']);
    assert.deepEqual(vocabularyFindings('Who leaves a playout server in maintenance mode overnight with no handover note?'), ['question-at-person']);
    assert.deepEqual(vocabularyFindings('> "Ah no, Aoife\'s after deleting the events page again"', ['Aoife']), ['recurrence-jibe']);
    assert.deepEqual(vocabularyFindings('The new release is, to put it kindly, not a finished product.'), []);
    assert.deepEqual(vocabularyFindings('We are moving the archive to read-only storage for a while.'), []);
    assert.deepEqual(vocabularyFindings('Action: Fergal to explain in the wiki how the refund change is approved.', ['Fergal']), []);
    assert.deepEqual(vocabularyFindings('What made the cache keep the old certificate for a day?'), []);
    assert.deepEqual(vocabularyFindings('The encoder took the timecode too literally and dropped a frame each hour.'), []);
  });

  it('finds duties put on donors, volunteers, callers, viewers and partners, not what we owe them', () => {
    assert.deepEqual(vocabularyFindings("It's ultimately on donors to check their own statements for duplicate charges."), ['duty-on-people']);
    assert.deepEqual(vocabularyFindings('Volunteers are responsible for keeping the app updated on their own phones.'), ['duty-on-people']);
    assert.deepEqual(vocabularyFindings("If callers can't wait on hold for a few minutes, that's not something we can fix."), ['duty-on-people']);
    assert.deepEqual(vocabularyFindings("It is each supporter's job to make sure their card has not expired."), ['duty-on-people']);
    assert.deepEqual(vocabularyFindings('Viewers affected could have avoided the error by reinstalling the app, as the FAQ says.'), ['duty-on-people']);
    assert.deepEqual(vocabularyFindings('The cable operators who resell our signal bear the responsibility for their subscribers\' black screens.'), ['duty-on-people']);
    assert.deepEqual(vocabularyFindings('Keeping the set-top box firmware current is the viewers\' own responsibility.'), ['duty-on-people']);
    assert.deepEqual(vocabularyFindings('Those who ignored the update notices cannot expect us to fix their boxes.'), ['duty-on-people']);
    assert.deepEqual(vocabularyFindings('In the end, it is on the partner stations to read our notices; we cannot be expected to phone each of them.'), ['duty-on-people']);
    assert.deepEqual(vocabularyFindings('Volunteers are responsible for the Tuesday shift; the app reminds them the day before.'), []);
    assert.deepEqual(vocabularyFindings('Donors can check their statements in the portal; duplicate charges are refunded automatically.'), []);
    assert.deepEqual(vocabularyFindings('We bear the responsibility for the black screens, and the partners were told so.'), []);
  });

  it('reads praise, a defence and the team owning its decision as no blame', () => {
    assert.equal(flagged('When Sinéad saw the errors she posted in the group at once, which is exactly what we want people to do.', ['Sinéad']), false);
    assert.equal(flagged('> "Don\'t be blaming Tomás, the wiki still had the old key names"', ['Tomás']), false);
    assert.equal(flagged('The outage was not anyone\'s fault in a useful sense; three safeguards were missing.'), false);
    assert.equal(flagged('The platform team chose to skip the soak test because of the launch date; we own that decision.'), false);
    assert.equal(flagged('An earlier draft of this said "human error by the volunteer"; we took it out.'), false);
    assert.equal(flagged('Stripe Radar was overzealous that night and declined genuine donors as card testing.'), false);
  });
});
