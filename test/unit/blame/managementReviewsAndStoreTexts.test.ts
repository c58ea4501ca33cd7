// Blame in a formal management review and in a small chain's store texts: "which is, to say the least, surprising",
// "some colleagues apparently consider that the calendar applies to others", "'almost done' for three months", "not sure
// what X was thinking", "Not a coincidence.", "keep sending … and then act surprised", "X always says that", "somebody's
// getting a talking-to", "like clockwork, X restarts … and corrupts …", "like they always do", "certainly very motivated,
// but …", "preferred to improvise rather than call for help", "gets the credit for this one:", "was asked to … and instead
// she …", "it would have sufficed that X compare …", "a two-minute call from X would have saved us …", "one would expect a
// tech lead with ten years … to know", customers who "could have used the app like everyone else" or are "not capable of
// reading", an on-call who "does not wake up", a flag left on "when he went on holiday", the responsibility for a delay
// that "rests with" a team, "we found the culprit:", an agreement terminated, "to be written up", "who the heck turned off
// …?", a table truncated "except that it was not the staging table". Software that is "stupid-looking" or "the sloppy
// part" of a design is not a person judged. Beside each, what only looks like it.
import assert from 'node:assert/strict';
import { vocabularyFindings } from './vocabularyFindings';

describe('blaming language: management reviews and store texts, and their look-alikes', () => {
  it('finds asides and sarcasm about people, not about software', () => {
    assert.deepEqual(vocabularyFindings('We had a senior engineer on the call who could not read a lag graph, which is, to say the least, surprising.'), ['insinuation']);
    assert.deepEqual(vocabularyFindings('Some colleagues apparently consider that the freeze applies to others.'), ['insinuation']);
    assert.deepEqual(vocabularyFindings('Rudy has now been "almost done" with the restore script since June.', ['Rudy']), ['insinuation']);
    assert.deepEqual(vocabularyFindings("Not sure what Gail was thinking, but it wasn't about the pharmacies.", ['Gail']), ['insinuation']);
    assert.deepEqual(vocabularyFindings('> "Vern was in the back office yesterday and now the printer is dead. Not a coincidence."', ['Vern']), ['insinuation']);
    assert.deepEqual(vocabularyFindings('Clinics keep sending scanned faxes and then act surprised when the intake rejects them.'), ['insinuation']);
    assert.deepEqual(vocabularyFindings('> "Dottie says she changed nothing. Dottie always says that."', ['Dottie']), ['insinuation']);
    assert.deepEqual(vocabularyFindings('Like clockwork, the night clerk at Store 2 reboots the register mid-sale and corrupts the batch.'), ['recurrence-jibe']);
    assert.deepEqual(vocabularyFindings('The pharmacists at Store 4 clicked straight through the warning, like they always do.'), ['recurrence-jibe']);
    assert.deepEqual(vocabularyFindings('The cache hit rate was 2%, which is, to say the least, surprising.'), []);
    assert.deepEqual(vocabularyFindings('The two alerts fired together, and that was not a coincidence: they share one disk.'), []);
    assert.deepEqual(vocabularyFindings('The scheduler keeps retrying the job and then reports it as failed.'), []);
  });

  it('finds judgments, counterfactuals and duties in a formal review, not what a system lacked', () => {
    assert.deepEqual(vocabularyFindings('Romain is certainly very motivated, but motivation does not replace the change procedure.', ['Romain']), ['judged-person']);
    assert.deepEqual(vocabularyFindings('The on-call engineer preferred to improvise rather than call for help.'), ['judged-person']);
    assert.deepEqual(vocabularyFindings('Sheryl gets the credit for this one: she switched on auto-update before the sale.', ['Sheryl']), ['judged-person']);
    assert.deepEqual(vocabularyFindings('Nell was asked to try the firmware at one store, and instead she pushed it to all nine.', ['Nell']), ['warned-before']);
    assert.deepEqual(vocabularyFindings('It would have sufficed that Élise compare the tariff file with the price grid.', ['Élise']), ['counterfactual-person']);
    assert.deepEqual(vocabularyFindings('A two-minute call from Kenny to the store would have saved us three hours.', ['Kenny']), ['counterfactual-person']);
    assert.deepEqual(vocabularyFindings('One would expect a tech lead with ten years of experience to know what that command does.'), ['counterfactual-person']);
    assert.deepEqual(vocabularyFindings('The customers who phoned could have used the app like everyone else.'), ['duty-on-people']);
    assert.deepEqual(vocabularyFindings('Most of the calls come from customers who are not capable of reading their own meter.'), ['duty-on-people']);
    assert.deepEqual(vocabularyFindings('| 03:20 | On-call (Léa Martin) does not wake up; second page sent | |', ['Léa Martin']), ['absent-during-incident']);
    assert.deepEqual(vocabularyFindings('Jonas left the flag at 100 % when he went on holiday.', ['Jonas']), ['absent-during-incident']);
    assert.deepEqual(vocabularyFindings('The responsibility for the six-hour delay rests with the data engineering team.'), ['blame-lies-with']);
    assert.deepEqual(vocabularyFindings('We found the culprit: it was the new technician at Store 5.'), ['blame-lies-with']);
    assert.deepEqual(vocabularyFindings('It would have sufficed that the tariff job compare the file with the price grid.'), []);
    assert.deepEqual(vocabularyFindings('A two-minute call from the monitoring bot would have saved us three hours.'), []);
    assert.deepEqual(vocabularyFindings('The responsibility for the fix rests with the data engineering team.'), []);
    assert.deepEqual(vocabularyFindings('The pager does not wake up the phone when it is in battery-saver mode.'), []);
  });

  it('finds sanctions and pointed questions, and reads the weak part of a design as no person', () => {
    assert.deepEqual(vocabularyFindings("The contractor's agreement is being terminated because of this."), ['sanction-on-person']);
    assert.deepEqual(vocabularyFindings('- Action item: Store 5 manager to be written up for the shared password.'), ['fired']);
    assert.deepEqual(vocabularyFindings('> "Somebody\'s getting a talking-to over this"'), ['insinuation']);
    assert.deepEqual(vocabularyFindings('Who the heck turned off the nightly backups?'), ['question-at-person']);
    assert.deepEqual(vocabularyFindings('Who on earth approved a network change during a hurricane watch?'), ['who-thought-it-was-fine']);
    assert.deepEqual(vocabularyFindings('The contractor ran TRUNCATE on the staging table, except that it was not the staging table.'), ['action-without-safeguard']);
    assert.deepEqual(vocabularyFindings('The sloppy part was the alert wording: "DB WARN" says nothing at 3 a.m.'), []);
    assert.deepEqual(vocabularyFindings('A stupid-looking but critical detail: the meters report local time.'), []);
    assert.deepEqual(vocabularyFindings('The invoice renderer was stupid in a precise way: it read empty fields as zero.'), []);
    assert.deepEqual(vocabularyFindings('The vendor agreement is being renewed at the end of the month.'), []);
  });

  it('reads an action followed by a clause that puts it on the tool as the tool\'s doing', () => {
    assert.deepEqual(vocabularyFindings('The engineer ran the migration in the wrong terminal tab.'), ['wrong-target']);
    assert.deepEqual(vocabularyFindings('The engineer ran the migration in the wrong terminal tab; both tabs showed the same prompt.'), []);
    assert.deepEqual(vocabularyFindings('The analyst ran the purge against the wrong bucket; the script accepted a wildcard with no confirmation.'), []);
    assert.deepEqual(vocabularyFindings('The analyst ran the purge against the wrong bucket; the team lost a day of uploads.'), ['wrong-target', 'harmful-action']);
  });
});
