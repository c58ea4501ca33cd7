// Blame in the words of public-service and broadcast reports: the failure told as starting "once" a person acted, a
// change of theirs that "is what cut" something, a person "responsible for the loss of" data, permission to work "only
// with a second engineer", the culprit named after a colon, a counselled "responsible party", an incident written into a
// personnel file, suspension without pay, exasperated questions ("how many outages does X get …?", "what were you
// thinking …?"), the duty handed back ("that is their duty, not ours", "we can't babysit them"), the people served
// called the reason, a shift "to thank for this". Beside each, what only looks like it.
import assert from 'node:assert/strict';
import { findBlamingLanguage } from '../../../src/core/blame';
import { vocabularyFindings } from './vocabularyFindings';

describe('blaming language: duties, discipline and "once X touched it", and their look-alikes', () => {
  it('reports a failure told as starting the moment a person acted, not a recovery', () => {
    assert.deepEqual(vocabularyFindings('Once Wade touched the AVL polling interval, the map stopped showing where anyone was.', ['Wade']), ['once-person-acted']);
    assert.deepEqual(vocabularyFindings('Once Wade rolled back the AVL polling interval, the map started showing units again.', ['Wade']), []);
    assert.deepEqual(vocabularyFindings('Once the nightly job touched the AVL polling interval, the map stopped showing where anyone was.'), []);
  });

  it("reports a person's change as what cut something, and their responsibility for a loss", () => {
    assert.deepEqual(vocabularyFindings("Marisol's firewall rule is what cut the MDTs off from CAD for the whole overnight shift.", ['Marisol']), ['person-action-as-cause']);
    assert.deepEqual(vocabularyFindings('Piotr is responsible for the loss of the live-ticker history between 14:00 and 16:20.', ['Piotr']), ['responsible-for-outage']);
    assert.deepEqual(vocabularyFindings("The default firewall rule is what cut the MDTs off from CAD."), []);
    assert.deepEqual(vocabularyFindings('Piotr is responsible for the recovery of the live-ticker history.', ['Piotr']), []);
  });

  it('reports discipline: work only under watch, the culprit named, counselling, a personnel file, no pay', () => {
    assert.deepEqual(vocabularyFindings('From now on Jens may deploy to the live-streaming stack only with a second engineer sitting next to him.', ['Jens']), ['sanction-on-person']);
    assert.deepEqual(vocabularyFindings('We identified the culprit: the overnight tech who skipped the pre-change checklist.'), ['disciplinary-process']);
    assert.deepEqual(vocabularyFindings('The responsible party has been counseled and the incident noted in his personnel file.'), ['disciplinary-process', 'disciplinary-process']);
    assert.deepEqual(vocabularyFindings('- Discipline: Wade suspended one shift without pay per county policy.', ['Wade']), ['disciplinary-process']);
    assert.deepEqual(vocabularyFindings('- Discipline: none; the change followed the runbook as written.'), []);
    assert.deepEqual(vocabularyFindings('From now on every engineer may deploy to the live-streaming stack only with the new pipeline.'), []);
    assert.deepEqual(vocabularyFindings('We identified the culprit: a cron job that rotated the logs twice.'), []);
    assert.deepEqual(vocabularyFindings('The controller suspended the job until the queue drained.'), []);
  });

  it('reports exasperated questions about a person, not about a service', () => {
    assert.deepEqual(vocabularyFindings('How many outages does Travis get before we stop letting him run changes?', ['Travis']), ['exasperated-question']);
    assert.deepEqual(vocabularyFindings('> @smeeks what were you thinking pushing that cert at 1900 on a Friday?'), ['exasperated-question']);
    assert.deepEqual(vocabularyFindings('How many retries does the service get before the breaker opens?'), []);
    assert.deepEqual(vocabularyFindings('We asked Shonda what she was thinking about when the alarm sounded.', ['Shonda']), []);
  });

  it('reports a duty handed back to others and the people served called the reason', () => {
    assert.deepEqual(vocabularyFindings('The stations ought to have tested against the new API before the cutover; that is their duty, not ours.'), ['brought-it-on-themselves', 'must-accept-responsibility']);
    assert.deepEqual(vocabularyFindings("The fire districts need to keep their own units patched; we can't babysit them."), ['must-accept-responsibility']);
    assert.deepEqual(vocabularyFindings('Residents who give a cross street instead of an address are the real reason the GIS lookups fail.'), ['served-people-as-cause']);
    assert.deepEqual(vocabularyFindings('Patching the station units is their duty under the contract, and we check it monthly.'), []);
    assert.deepEqual(vocabularyFindings('Addresses that hold only a cross street are the real reason the GIS lookups fail.'), []);
  });

  it('reports a shift thanked for the outage, not a shift thanked for the fix', () => {
    assert.deepEqual(vocabularyFindings('We have, not for the first time, the weekend shift to thank for this.'), ['knowing-aside']);
    assert.deepEqual(vocabularyFindings('We have the weekend shift to thank for the quick recovery.'), []);
  });

  it('reports the person who caused the outage, not when the sentence goes on to praise them', () => {
    assert.deepEqual(vocabularyFindings('The engineer who caused the outage was then moved off the rota.'), ['caused-the-outage']);
    assert.deepEqual(vocabularyFindings("The engineer that triggered the incident was quick to identify the situation ahead of the hub's monitoring alerts."), []);
    assert.deepEqual(vocabularyFindings('The engineer that triggered the incident reported it within a minute.'), []);
  });

  it('reports pointed remarks about a person, not the same words about software', () => {
    assert.deepEqual(vocabularyFindings('Our contractor restarted the head-end system in the middle of a firmware push without so much as glancing at the queue.'), ['pointed-remark']);
    assert.deepEqual(vocabularyFindings('Nothing went wrong until Alex logged on.', ['Alex']), ['pointed-remark']);
    assert.deepEqual(vocabularyFindings('> "who restarted the MDM cluster mid-failover??" "Tariq. Who else."', ['Tariq']), ['pointed-remark']);
    assert.deepEqual(vocabularyFindings('Greg ran the script, saw the errors scroll past, and carried on regardless.', ['Greg']), ['pointed-remark']);
    assert.deepEqual(vocabularyFindings('We have, shall we say, a familiar name in the deploy log again.'), ['pointed-remark']);
    assert.deepEqual(vocabularyFindings('Why did the DMS accept a retention policy for every workspace at once, without so much as a warning?'), []);
    assert.deepEqual(vocabularyFindings('Nothing went wrong until the backup job started.'), []);
    assert.deepEqual(vocabularyFindings('The batch job saw the errors and carried on regardless.'), []);
    assert.deepEqual(vocabularyFindings('Who else was on the bridge at 14:05?'), []);
  });

  it('reports mistakes and supervision placed on a person, not on a process', () => {
    assert.deepEqual(vocabularyFindings('Mistakes were made, chiefly by Zara.', ['Zara']), ['mistakes-by-person']);
    assert.deepEqual(vocabularyFindings("The errant SQL can be traced, line for line, to Cerys's laptop.", ['Cerys']), ['mistakes-by-person']);
    assert.deepEqual(vocabularyFindings('We have had to put a second approver on everything Stephen does.', ['Stephen']), ['sanction-on-person']);
    assert.deepEqual(vocabularyFindings('There is a reason nobody lets Ollie near the DNS console any more.', ['Ollie']), ['sanction-on-person']);
    assert.deepEqual(vocabularyFindings('Mistakes were made in the import mapping, and the validator let them through.'), []);
    assert.deepEqual(vocabularyFindings("The errant SQL can be traced to the reporting service's scheduler."), []);
    assert.deepEqual(vocabularyFindings('We now put a second approver on every change to the DNS zone.'), []);
  });

  it('leaves wording weighed and set aside', () => {
    assert.equal(findBlamingLanguage('We considered writing "the night shift missed the alarm", but the alarm was routed to a screen in an empty office.', { people: [] }).length, 0);
    assert.ok(findBlamingLanguage('Apparently the on-call considered "the site is down" a low-priority ticket.', { people: [] }).length > 0);
  });
});
