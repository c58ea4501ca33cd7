// Blame in the words of a plant's 8D reports and a school district's notes to its superintendent: access "of" a person
// withdrawn, a "Sanction:" line, misconduct recorded in a personnel file, HR notified about a person, a vendor asked to
// remove its technician, "hereby barred", removed from an approval group; "who exactly thought it acceptable to …?",
// "why would anyone in their right mind …?"; "the responsibility of the customer's department", parents and teachers
// given the duty, "we can't be expected to chase them"; a run started "despite the warning", tickets ignored, "too busy
// to look", "and that's the whole story", "and we paid for it"; "with one notable exception: X", "X, this means you",
// "ask X what he did", "one might ask whether X has ever read …", "X's idea of troubleshooting", "bless her heart",
// "asked to verify … and, evidently, didn't", "the judgment here belonged to X", "it was X who … once again", "he can't be
// relied on", "between the chair and the keyboard"; the help or service desk as people. Beside each, what only looks
// like it.
import assert from 'node:assert/strict';
import { vocabularyFindings } from './vocabularyFindings';
import { findBlamingLanguage } from '../../../src/core/blame';

describe('blaming language: plant floors and school offices, and their look-alikes', () => {
  it("finds access of a person withdrawn, a sanction line, misconduct on file and HR told about a person, not a system's", () => {
    assert.deepEqual(vocabularyFindings('Access rights of Jonas Berger to the MES admin client have been withdrawn with immediate effect.', ['Jonas Berger']), ['sanction-on-person']);
    assert.deepEqual(vocabularyFindings('Sanction: the employee concerned will present the incident to the works council.'), ['sanction-on-person']);
    // The finding quotes the label, not the label and the first letter of what follows it.
    assert.deepEqual(findBlamingLanguage('| Sanction: the planner will explain the change | @lead |', { people: [] }).map((f) => f.actual), ['Sanction']);
    assert.deepEqual(vocabularyFindings('- Record the misconduct of the responsible technician in the personnel file.'), ['sanction-on-person']);
    assert.deepEqual(vocabularyFindings("- [ ] Notify HR about Gianna's repeated freeze violations (owner: IT director)", ['Gianna']), ['sanction-on-person']);
    assert.deepEqual(vocabularyFindings("We have asked the integrator to replace their consultant on our account."), ['sanction-on-person']);
    assert.deepEqual(vocabularyFindings('Piotr Zielinski is hereby barred from changing PLC programs alone.', ['Piotr Zielinski']), ['sanction-on-person']);
    assert.deepEqual(vocabularyFindings('Access rights of the service account to the MES admin client have been withdrawn.'), []);
    assert.deepEqual(vocabularyFindings('Sanction: none; the change followed the procedure as written.'), []);
    assert.deepEqual(vocabularyFindings('- Record the incident number in the change log.'), []);
    assert.deepEqual(vocabularyFindings('We have asked the integrator to replace the failed controller.'), []);
  });

  it('finds questions about who thought it acceptable and why anyone in their right mind would, not about systems', () => {
    assert.deepEqual(vocabularyFindings('Who exactly thought it acceptable to reflash the press controller during the morning shift?'), ['who-thought-it-was-fine']);
    assert.deepEqual(vocabularyFindings('Why would anyone in their right mind restore last year\'s roster over this year\'s?'), ['exasperated-question']);
    assert.deepEqual(vocabularyFindings('Who decides when the press controller is reflashed, and how is it scheduled?'), []);
  });

  it('finds the duty handed to parents, teachers, front offices and a customer\'s department, not their reports', () => {
    assert.deepEqual(vocabularyFindings('Ultimately it is on the parents to keep their contact numbers current.'), ['duty-on-people']);
    assert.deepEqual(vocabularyFindings("It is the responsibility of the customer's logistics department to validate the call-offs it sends us."), ['duty-on-people']);
    assert.deepEqual(vocabularyFindings("It's up to each school's front office to spot duplicate records."), ['duty-on-people']);
    assert.deepEqual(vocabularyFindings('Families who missed the schedule change should have been reading the newsletter.'), ['duty-on-people']);
    assert.deepEqual(vocabularyFindings('If teachers read the IT bulletin, they would have known about the outage window.'), ['duty-on-people']);
    assert.deepEqual(vocabularyFindings("We can't be expected to chase every family for a new phone number."), ['duty-on-people']);
    assert.deepEqual(vocabularyFindings('Parents reported the wrong bus stops within an hour of the app update.'), []);
    assert.deepEqual(vocabularyFindings('If teachers open the new roster page, they will see every enrolment change.'), []);
  });

  it('finds a person acting despite warnings, ignoring tickets or too busy to look, not the scheduler', () => {
    assert.deepEqual(vocabularyFindings('| 23:05 | Lutz Becker starts the bulk import despite the warning from the staging run | Trigger |', ['Lutz Becker']), ['action-then-consequence']);
    assert.deepEqual(vocabularyFindings('| 07:45 | Service desk ignores the first four tickets from Jefferson Middle | |'), ['ignored']);
    assert.deepEqual(vocabularyFindings('Ines was too busy with her own migration project to look at the backup report.', ['Ines']), ['action-then-consequence']);
    assert.deepEqual(vocabularyFindings('Waltraud switched off the closet breaker to charge a scooter, and that\'s the whole story.', ['Waltraud']), ['action-then-consequence']);
    assert.deepEqual(vocabularyFindings('Oskar let the line run on with the scanner down, and we paid for it with 400 unbooked parts.', ['Oskar']), ['action-then-consequence']);
    assert.deepEqual(vocabularyFindings('| 23:05 | The scheduler starts the bulk import despite the warning from the staging run | |'), []);
    assert.deepEqual(vocabularyFindings('The service desk restarted the print spooler at 09:12.'), []);
  });

  it('finds asides aimed at a person, not at a component or a question actually asked', () => {
    assert.deepEqual(vocabularyFindings('Everyone knows not to power-cycle the line controller mid-shift, with one notable exception: @hkraus.'), ['insinuation']);
    assert.deepEqual(vocabularyFindings('Some of us still need a label to find the right breaker. Gregor, this means you.', ['Gregor']), ['insinuation']);
    assert.deepEqual(vocabularyFindings('> "Ask Detlef what he did to the router, he knows." (early shift)', ['Detlef']), ['insinuation']);
    assert.deepEqual(vocabularyFindings('One might ask whether Sabine has ever opened the runbook she wrote.', ['Sabine']), ['insinuation']);
    assert.deepEqual(vocabularyFindings("The service desk's idea of troubleshooting was to reimage the laptop and hope."), ['insinuation']);
    assert.deepEqual(vocabularyFindings('The attendance clerk, bless her heart, typed the year as 2061.'), ['insinuation']);
    assert.deepEqual(vocabularyFindings('Renata was asked to check the cohort file and, apparently, didn\'t.', ['Renata']), ['insinuation']);
    assert.deepEqual(vocabularyFindings('We can fix the tooling, but the judgment here belonged to Florian.', ['Florian']), ['insinuation']);
    assert.deepEqual(vocabularyFindings('Once again it was Hartmut who unplugged the switch to vacuum the closet.', ['Hartmut']), ['recurrence-jibe']);
    assert.deepEqual(vocabularyFindings('- Route imports past the GIS lead, because he can\'t be relied on to check them himself.'), ['poor-job']);
    assert.deepEqual(vocabularyFindings('The root cause sat somewhere between the chair and the keyboard.'), ['insult']);
    assert.deepEqual(vocabularyFindings('We asked whether Sabine had opened the runbook; she had, and it was out of date.', ['Sabine']), []);
    assert.deepEqual(vocabularyFindings('Every PLC passed, with one notable exception: the press on line 4.'), []);
    assert.deepEqual(vocabularyFindings('The vendor can\'t be relied on to send the schedule before Friday.'), []);
  });
});
