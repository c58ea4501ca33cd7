// Blame in the words of law firms, airlines and hospitals: roles outside software teams (a paralegal, an attorney, the
// night duty controller, a gate agent, the MSP tech), harm told as a feat ("found a creative way to take down three
// airports", "somehow managed to publish"), a track record ("has now taken the DMS down twice this quarter", "X's
// history with … is well documented"), exasperated questions ("who in their right mind …?", "is it too much to ask
// that …?"), knowing asides ("except the person whose job it was"), sanctions on a shift or a queue, a person reported
// to their manager, a person's habit or a staff's behaviour under a cause label, responsibility demanded for the damage.
// Beside each, what only looks like it: software with the same nouns, praise, protective silence, blame set right.
import assert from 'node:assert/strict';
import { findBlamingLanguage } from '../../../src/core/blame';
import { vocabularyFindings } from './vocabularyFindings';

describe('blaming language: roles, feats and exasperation, and their look-alikes', () => {
  it('reads people by their role outside software, and software by its own', () => {
    assert.ok(findBlamingLanguage('Ultimately it is on the attorneys to check the recipient field before sending anything marked privileged.', { people: [] }).length > 0);
    assert.deepEqual(vocabularyFindings('Had the night controller troubled himself to glance at the dashboard, the queue would have been caught sooner.').length > 0, true);
    assert.deepEqual(vocabularyFindings('| Formal warning to the night duty controller for not escalating | Head of Ops | 15 Dec | Open |'), ['sanction-on-person']);
    assert.deepEqual(vocabularyFindings('The ingress controller dropped the connections after the certificate rotated.'), []);
    assert.deepEqual(vocabularyFindings('The replication controller failed to scale the deployment back up.'), []);
    assert.deepEqual(vocabularyFindings('The monitoring agent failed to report the disk filling.'), []);
  });

  it('reports harm told as a feat, not a feat', () => {
    assert.deepEqual(vocabularyFindings('Credit where it is due: Marion certainly found a creative way to take down three airports at once.', ['Marion']), ['ironic-feat']);
    assert.deepEqual(vocabularyFindings("Once again the real estate group's paralegals found a brand-new way to misfile a closing binder."), ['ironic-feat']);
    assert.deepEqual(vocabularyFindings('The new hire in crew control somehow managed to publish a draft roster to 340 crew.'), ['ironic-feat']);
    assert.deepEqual(vocabularyFindings('Marion found a creative way to restore the three airports at once.', ['Marion']), []);
    assert.deepEqual(vocabularyFindings('The night shift somehow managed to restore service before the first departure.'), []);
    assert.deepEqual(vocabularyFindings('The retry loop somehow managed to publish the draft roster twice.'), []);
  });

  it("reports a person's count of outages and their record, not a system's", () => {
    assert.deepEqual(vocabularyFindings('Pavel has now taken the DMS down twice this quarter, and some of us see a pattern.', ['Pavel']), ['track-record-or-concealment']);
    assert.deepEqual(vocabularyFindings("Nate's history with the e-discovery platform is, by now, fairly well documented.", ['Nate']), ['track-record-or-concealment']);
    assert.deepEqual(vocabularyFindings('The nightly export has now taken the DMS down twice this quarter.'), []);
    assert.deepEqual(vocabularyFindings("The platform's history with large productions is well documented in the vendor's release notes."), []);
  });

  it('reports exasperated questions, not questions about the system', () => {
    assert.deepEqual(vocabularyFindings('Who in their right mind schedules a DCS patch in the middle of the morning bank?'), ['exasperated-question']);
    assert.deepEqual(vocabularyFindings('Is it too much to ask that the MSP read our change calendar before scheduling reboots?'), ['exasperated-question']);
    assert.deepEqual(vocabularyFindings('How does a senior paralegal go eleven years without learning the difference between "Reply" and "Reply All"?'), ['exasperated-question']);
    assert.deepEqual(vocabularyFindings('Why did the patch window overlap the morning bank?'), []);
    assert.deepEqual(vocabularyFindings('How does a request go three hops without a trace ID?'), []);
  });

  it('reports knowing asides, not the duty itself', () => {
    assert.deepEqual(vocabularyFindings('Everyone else in the ops room saw the amber alarm except the person whose job it was to watch it.'), ['knowing-aside']);
    assert.deepEqual(vocabularyFindings('It will surprise nobody who has worked with the handling contractor that the tugs went to the wrong stand.'), ['knowing-aside']);
    assert.deepEqual(vocabularyFindings('We paged the person whose job it was to approve emergency changes.'), []);
    assert.deepEqual(vocabularyFindings('It will surprise nobody who has worked with the old scheduler that the tugs went to the wrong stand.'), []);
  });

  it('reports sanctions on a shift or a queue and a report to a manager, not rest or a ticket', () => {
    assert.deepEqual(vocabularyFindings('- [ ] Take Zofia off unsupervised night shifts (owner: Crew Control Manager, due 20 Dec)', ['Zofia']), ['sanction-on-person']);
    assert.deepEqual(vocabularyFindings('The MSP has agreed to remove Lyle from our support queue.', ['Lyle']), ['sanction-on-person']);
    assert.deepEqual(vocabularyFindings("The contractor's station supervisor at Stornoway has been reported to their account manager."), ['sanction-on-person']);
    assert.deepEqual(vocabularyFindings('Take Zofia off night shifts this week so she can rest after covering the incident.', ['Zofia']), []);
    assert.deepEqual(vocabularyFindings('Remove the stuck ticket from our support queue.'), []);
    assert.deepEqual(vocabularyFindings("The fault has been reported to the vendor's account manager."), []);
  });

  it("reports a person's behaviour under a cause label and responsibility demanded for the damage", () => {
    assert.deepEqual(vocabularyFindings("- Contributing factor: the handling agent's staff ignoring the red banner on the BRS screen."), ['person-under-cause-label']);
    assert.deepEqual(vocabularyFindings("| Litigation support's habit of skipping QC on small productions | Contributing factor |"), ['person-under-cause-label']);
    assert.deepEqual(vocabularyFindings('The associate who clicked the phishing link must accept responsibility for the compromise.'), ['must-accept-responsibility']);
    assert.deepEqual(vocabularyFindings('- Contributing factor: the banner ignoring the screen reader settings.'), []);
    assert.deepEqual(vocabularyFindings("The scheduler's habit of skipping runs after a restart hid the backlog."), []);
    assert.deepEqual(vocabularyFindings('We must accept responsibility for the outage and fix the runbook.'), []);
    assert.deepEqual(vocabularyFindings('The vendor must accept responsibility for the outage under the contract.'), []);
    assert.deepEqual(vocabularyFindings("Sean O'Malley's late-night tinkering with the print server is the reason the floor could not print.", ["Sean O'Malley"]), ['person-action-as-cause']);
  });

  it('leaves blame set right and a name withheld on purpose', () => {
    const people = { people: [] as string[] };
    assert.equal(findBlamingLanguage('Customers blamed the courier for the missing parcels, but our service had printed the labels with the wrong depot code.', people).length, 0);
    assert.equal(findBlamingLanguage('We are not naming the associate who clicked the link; the phishing email fooled a third of our own test group.', people).length, 0);
    assert.equal(findBlamingLanguage('Three family physicians\' offices reported receiving discharge summaries for the wrong patients, which is how we learned of the routing problem.', people).length, 0);
    assert.equal(findBlamingLanguage('Management blamed the courier for the missing parcels.', people).length > 0, true);
    assert.equal(findBlamingLanguage("I won't name names, but somebody on the payments team pushed straight to main again.", people).length > 0, true);
  });
});
