// Blame in the words of a clinical RCA and its timeline: "who was responsible, and the answer is X", "traces back to one
// place, and that place is X", "you will hear the same name: X", "X could have spared the clinics … simply by waiting",
// "and yet X did exactly that", "reran the backfill twice, doubling …", "switched off … and left it off", "believing he
// is in staging", "tells no one and logs off", "kept telling patients … instead of escalating", "is the one who pushed
// the bad template", "still does not seem to understand", "which is the help desk all over", "broke prescribing again",
// a meeting "to address her repeated violations"; the people served "inviting" trouble, "came from patients who ignored
// …", clinics "responsible for" gaps, "that is their choice". And judgment words said of paging, a retry wrapper or a
// portal flow that punished patients are not people judged. Beside each, what only looks like it.
import assert from 'node:assert/strict';
import { vocabularyFindings } from './vocabularyFindings';
import { findBlamingLanguage } from '../../../src/core/blame';

describe('blaming language: clinical RCAs and their timelines, and their look-alikes', () => {
  it('finds a person named as the answer, the one place or the same name, not a component', () => {
    assert.deepEqual(vocabularyFindings('The CMO asked who was responsible, and the answer is Darius.', ['Darius']), ['caused-by-person']);
    assert.deepEqual(vocabularyFindings('The outage traces back to one place, and that place is Wren and her token rewrite.', ['Wren']), ['caused-by-person']);
    assert.deepEqual(vocabularyFindings('Ask the ward who was behind the template change and you will hear the same name: Imogen.', ['Imogen']), ['caused-by-person']);
    assert.deepEqual(vocabularyFindings('The outage traces back to one place, and that place is the session cache.'), []);
  });

  it('finds what a person did or did not do told with its cost, not the same words about a job', () => {
    assert.deepEqual(vocabularyFindings('Rhys could have spared four clinics a morning of phone visits simply by waiting until evening.', ['Rhys']), ['should-have-been-careful']);
    assert.deepEqual(vocabularyFindings('No one who knew the privacy rules would have posted a chart number in a public channel, and yet Priya did exactly that.', ['Priya']), ['action-then-consequence']);
    assert.deepEqual(vocabularyFindings('Colm reran the migration twice, doubling every audit record for the week.', ['Colm']), ['action-then-consequence']);
    assert.deepEqual(vocabularyFindings('Ines switched off the drug-interaction check in production and left it off.', ['Ines']), ['action-then-consequence']);
    assert.deepEqual(vocabularyFindings('| 09:12 | Aled runs the cleanup against prod believing he is in staging | |', ['Aled']), ['action-then-consequence']);
    assert.deepEqual(vocabularyFindings('| 09:15 | Aled tells no one and logs off | |', ['Aled']), ['action-then-consequence']);
    assert.deepEqual(vocabularyFindings('Support kept telling callers to reinstall the app for two hours instead of escalating.'), ['action-then-consequence']);
    assert.deepEqual(vocabularyFindings('Nurse Okafor is the one who pushed the bad order set.', ['Okafor']), ['action-then-consequence']);
    assert.deepEqual(vocabularyFindings('The scheduler reran the migration twice, doubling every audit record for the week.'), []);
    assert.deepEqual(vocabularyFindings('Ines switched off the drug-interaction check in staging and turned it back on after the test.', ['Ines']), []);
    assert.deepEqual(vocabularyFindings('Nurse Okafor is the one who spotted the bad order set.', ['Okafor']), []);
  });

  it('finds asides, recurrence and a talk about violations, not a question about software', () => {
    assert.deepEqual(vocabularyFindings('Marta, who has run the interface for three years, still does not seem to understand its queues.', ['Marta']), ['insinuation']);
    assert.deepEqual(vocabularyFindings('Half the calls went to voicemail, which is the service desk all over.'), ['insinuation']);
    assert.deepEqual(vocabularyFindings('> "Tariq broke e-prescribing again, can someone roll him back?"', ['Tariq']), ['recurrence-jibe']);
    assert.deepEqual(vocabularyFindings('- Book a one-on-one between Kasia and her manager to address her repeated change-control violations.', ['Kasia']), ['sanction-on-person']);
    assert.deepEqual(vocabularyFindings('The new engine still does not seem to understand partial acknowledgements.'), []);
    assert.deepEqual(vocabularyFindings('- Book a one-on-one between Kasia and her manager to plan her on-call handover.', ['Kasia']), []);
  });

  it('finds the duty put on patients and clinics, not patients reporting a fault', () => {
    assert.deepEqual(vocabularyFindings('Clinics that did not read the release notes are responsible for the gaps they saw.'), ['duty-on-people']);
    assert.deepEqual(vocabularyFindings('Most of the dropped calls came from patients who ignored the pre-visit check.'), ['duty-on-people']);
    assert.deepEqual(vocabularyFindings('Members who log in on shared kiosks are, frankly, inviting this kind of mix-up.'), ['duty-on-people']);
    assert.deepEqual(vocabularyFindings('Practices that skip the tablet upgrade will keep seeing failures, and that is their choice.'), ['duty-on-people']);
    assert.deepEqual(vocabularyFindings('Most of the reports came from patients who noticed the wrong clinic name.'), []);
  });

  it('leaves judgment words said of paging, a retry wrapper and a portal flow alone', () => {
    assert.equal(findBlamingLanguage('Our paging is sloppy: most pages last month were not actionable.', { people: [] }).length, 0);
    assert.equal(findBlamingLanguage('The retry wrapper is, to put it bluntly, stupid about idempotency.', { people: [] }).length, 0);
    assert.deepEqual(vocabularyFindings('The password-reset flow punished patients for one typo with a 24-hour lockout.'), []);
  });
});
