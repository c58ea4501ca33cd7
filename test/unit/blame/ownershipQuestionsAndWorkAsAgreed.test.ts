// Blame told as a question of why nobody acted, a sanction spelled out, hindsight about what one person "needed to" do,
// competence doubted, a cause pinned on someone's work ("it was X's change that …", "traced to X's rule", "the result of
// deficient work by the night crew") and unsafe actions told plainly. And what only looks like it: an open question of who
// should own something, asking who was told, work done following the checklist or with approval, a person named as who
// knows more, software owned by a product ("VSware's sync agent"), a name that is also a word ("Per").
import assert from 'node:assert/strict';
import { flagged, vocabularyFindings } from './vocabularyFindings';

describe('blaming language: questions of who acted, sanctions, causes in work, and work done as agreed', () => {
  it('finds questions of why nobody acted and where someone was, not questions of how work is arranged', () => {
    assert.deepEqual(vocabularyFindings('Did nobody in facilities think to check the generator fuel before the storm?'), ['question-at-conduct']);
    assert.deepEqual(vocabularyFindings('Why did nobody on the night desk answer the pager for an hour while the lifts were down?'), ['question-at-conduct']);
    assert.deepEqual(vocabularyFindings('How many more times does Lagerdrift need to be reminded to log their changes?'), ['question-at-conduct']);
    assert.deepEqual(vocabularyFindings('Who decided the last day of term was a good time for a switch upgrade?'), ['question-at-conduct']);
    assert.deepEqual(vocabularyFindings('| 03:10 | Paged Marek twice, no reply. Where was he? |', ['Marek']), ['question-at-conduct']);
    assert.deepEqual(vocabularyFindings('Can we please stop letting Ilse near the core switches?', ['Ilse']), ['question-at-conduct']);
    assert.equal(flagged('Who should approve firmware changes during the exam weeks, the head of IT or the deputy head?'), false);
    assert.equal(flagged('Which team should own the nightly export, since nobody has it today?'), false);
    assert.equal(flagged('Was anyone in facilities told the generator was due for service? We are tracing where the notice went.'), false);
  });

  it('finds sanctions spelled out, not a plan for everyone', () => {
    assert.deepEqual(vocabularyFindings("- [ ] Take Bruno's server room badge off him until further notice", ['Bruno']), ['sanction-spelled-out']);
    assert.deepEqual(vocabularyFindings('The field team keeps its out-of-hours access only until they show they can be trusted with it.'), ['sanction-spelled-out']);
    assert.deepEqual(vocabularyFindings("Nadia's annual appraisal will take this into account.", ['Nadia']), ['sanction-spelled-out']);
    assert.deepEqual(vocabularyFindings('Ola will walk the team through the incident on Friday so everyone knows what not to do.', ['Ola']), ['sanction-spelled-out']);
    assert.deepEqual(vocabularyFindings('Ticket note: resolved as operator error, the wrong meter batch was loaded.'), ['person-stood-down-or-watched']);
    assert.deepEqual(vocabularyFindings('Everyone on the rota keeps out-of-hours access; badges are reissued every January.'), []);
    assert.deepEqual(vocabularyFindings('Ola will present the incident at the all-hands on Friday.', ['Ola']), []);
  });

  it('finds hindsight about what one person needed to do, not a step the tool now takes', () => {
    assert.deepEqual(vocabularyFindings('The night operator only had to read the torque table first, and she didn\'t.'), ['needed-to-and-did-not']);
    assert.deepEqual(vocabularyFindings('Looking back, Hugo was the one who had to call the stop when the alarm came in.', ['Hugo']), ['needed-to-and-did-not']);
    assert.deepEqual(vocabularyFindings('Kamil needed to check the restore point was current before wiping the old array.', ['Kamil']), ['needed-to-and-did-not']);
    assert.deepEqual(vocabularyFindings('Kamil needed to check the restore point, so the wipe script now checks it before wiping.', ['Kamil']), []);
  });

  it('finds competence doubted and skill mocked', () => {
    assert.deepEqual(vocabularyFindings('There are doubts about whether Mirela really understands the failover runbook.', ['Mirela']), ['competence-doubted']);
    assert.deepEqual(vocabularyFindings("That vendor crew couldn't wire a plug if their lives depended on it."), ['competence-doubted']);
    assert.deepEqual(vocabularyFindings('Tomas skips every checklist and this is what happens.', ['Tomas']), ['competence-doubted']);
    assert.deepEqual(vocabularyFindings('There are doubts about whether the failover runbook covers the second site.'), []);
  });

  it('finds a cause pinned on someone\'s work, not the same told of a system', () => {
    assert.deepEqual(vocabularyFindings("It was the warehouse team's label change that broke the scanners."), ['cause-in-persons-work']);
    assert.deepEqual(vocabularyFindings("| 07:40 | Scanners fail in every aisle, traced to Piotr's printer rule from Monday |", ['Piotr']), ['cause-in-persons-work']);
    assert.deepEqual(vocabularyFindings("Lukas's switch reshuffle took the tills down in both stores.", ['Lukas']), ['cause-in-persons-work']);
    assert.deepEqual(vocabularyFindings('The outage was the result of poor workmanship by the cabling contractor.'), ['cause-in-persons-work']);
    assert.deepEqual(vocabularyFindings('The slow recovery was down to slow reactions in the control room.'), ['cause-in-persons-work']);
    assert.deepEqual(vocabularyFindings('Pressure alarms start seconds after Jonas applies his new setpoints.', ['Jonas']), ['cause-in-persons-work']);
    assert.deepEqual(vocabularyFindings('It was the nightly label job that broke the scanners.'), []);
    assert.deepEqual(vocabularyFindings('The outage was the result of poor performance of the storage array.'), []);
  });

  it('finds unsafe actions told plainly, not the same done safely', () => {
    assert.deepEqual(vocabularyFindings('Greta restored last week\'s export over the live customer table with no backup of it.', ['Greta']), ['unsafe-action-told']);
    assert.deepEqual(vocabularyFindings('Arvid posted the service account passwords to the team channel in plain text.', ['Arvid']), ['unsafe-action-told']);
    assert.deepEqual(vocabularyFindings('Linnea restarted the chiller with the bypass valve still open.', ['Linnea']), ['unsafe-action-told']);
    assert.deepEqual(vocabularyFindings('| 09:15 | Jorge reroutes the feed, bypassing the change review, and the queue backs up |', ['Jorge']), ['ignoring-the-rule']);
    assert.deepEqual(vocabularyFindings('| 11:02 | Emil, without approval, switches the feeder to manual. |', ['Emil']), ['unsafe-action-told']);
    assert.deepEqual(vocabularyFindings('Sofia drained the tank, skipping the isolation checklist, and the pump ran dry.', ['Sofia']), ['ignoring-the-rule']);
    assert.deepEqual(vocabularyFindings('Ari rolled the new printer profile out to every store on a Saturday, no pilot, no change ticket.', ['Ari']), ['action-without-safeguard']);
    assert.deepEqual(vocabularyFindings('Greta restored last week\'s export to a scratch table after taking a snapshot.', ['Greta']), []);
    assert.deepEqual(vocabularyFindings('Linnea restarted the chiller with the bypass valve closed, as the checklist says.', ['Linnea']), []);
  });

  it('leaves alone work done as agreed, a pointer to who knows more, software owned by a product, and a name that is a word', () => {
    assert.equal(flagged('Hanna reimaged the lab machines on Thursday following the checklist the head of department had signed off.', ['Hanna']), false);
    assert.equal(flagged('Kevin turned on the exemption for the finance group during the outage, with the bursar\'s approval.', ['Kevin']), false);
    assert.equal(flagged('Britt may have more context on the old print server; she ran it until last year.', ['Britt']), false);
    assert.equal(flagged("Acme's backup agent gave up after five retries and never told anyone."), false);
    assert.equal(flagged('The historian was slow about flushing its buffers, so the last minutes were never written.'), false);
    assert.equal(flagged('Why is it always Per\'s changes that end up in these reviews?', ['Per']), true);
    assert.equal(flagged("Dana's deputy went home early and never told anyone."), true);
    assert.equal(flagged('Oskar deployed the release instead of following the runbook.', ['Oskar']), true);
  });
});
