// Sanctions written as follow-ups: the incident put in a person's review, a person put under watch, a manager taking
// it up with them, the incident told to everyone so they know what the person did. Each beside what it is not: a rule
// for everyone, praise in a review, a manager following up with a customer.
import assert from 'node:assert/strict';
import { vocabularyFindings } from './vocabularyFindings';

describe('blaming language: sanctions written as follow-ups', () => {
  it('reports the incident written into a person\'s performance review or file, not a review of the incident', () => {
    assert.deepEqual(vocabularyFindings("- [ ] Put a note in Omar's appraisal about the failed migration (owner: @lead)", ['Omar']), ['sanction-on-person']);
    assert.deepEqual(vocabularyFindings("Leave a comment on @ivy's personnel file.", ['@ivy']), ['sanction-on-person']);
    assert.deepEqual(vocabularyFindings('Add a note to the incident review about the missing alert.'), []);
    assert.deepEqual(vocabularyFindings("Add a note to Omar's runbook page about the restart order.", ['Omar']), []);
  });

  it('reports one person put under watch for their changes, not pairing everyone on risky work', () => {
    assert.deepEqual(vocabularyFindings('Bea will be shadowed on all production deploys until the end of the quarter.', ['Bea']), ['sanction-on-person']);
    assert.deepEqual(vocabularyFindings('Every new engineer will be shadowed on their first production changes.'), []);
    assert.deepEqual(vocabularyFindings('Bea shadowed Tom on his first on-call shift.', ['Bea', 'Tom']), []);
  });

  it("reports a manager taking it up with the person, not a manager following up with a customer's account", () => {
    assert.deepEqual(vocabularyFindings("Raj's manager will speak with him privately about the missed handover.", ['Raj']), ['sanction-on-person']);
    assert.deepEqual(vocabularyFindings('The account manager will follow up with them on the refund timeline.'), []);
  });

  it('reports telling everyone what the person did, not telling everyone what changed', () => {
    assert.deepEqual(vocabularyFindings('We will go through the timeline at the all-hands so that everybody knows what she did.'), ['disciplinary-process']);
    assert.deepEqual(vocabularyFindings('We will go through the timeline at the all-hands so that everybody knows what changed.'), []);
  });

  it('reports one person allowed to deploy only under watch, not a rule that every deploy has a second engineer', () => {
    assert.deepEqual(vocabularyFindings('| M-07 | Bo Lind may only deploy in the presence of a second engineer | Head of Platform |', ['Bo Lind']), ['sanction-on-person']);
    assert.deepEqual(vocabularyFindings('Every engineer may only deploy to production with a second engineer on the call.'), []);
  });

  it('reports one person barred from deploying alone or unsupervised, not a rule for everyone', () => {
    assert.deepEqual(vocabularyFindings('Going forward, Busi may not deploy to the payments cluster unsupervised.', ['Busi']), ['sanction-on-person']);
    assert.deepEqual(vocabularyFindings('- Action: bar Bianca from unsupervised production deploys for three months.', ['Bianca']), ['sanction-on-person']);
    assert.deepEqual(vocabularyFindings('Nobody may deploy alone during the sale.'), []);
    assert.deepEqual(vocabularyFindings('We block the release bot from deploys during the freeze.'), []);
  });

  it("reports the incident recorded against a person's review, and a lead taking up their conduct with them", () => {
    assert.deepEqual(vocabularyFindings("- Action: record this incident against Sizwe's performance review.", ['Sizwe']), ['sanction-on-person']);
    assert.deepEqual(vocabularyFindings("We will reflect this incident in Matsuda-san's half-year evaluation.", ['Matsuda']), ['sanction-on-person']);
    assert.deepEqual(vocabularyFindings("Heinrich's team lead will take up his conduct with him directly.", ['Heinrich']), ['sanction-on-person']);
    assert.deepEqual(vocabularyFindings('We will reflect this incident in the quarterly reliability review.'), []);
  });

  it('reports a hunt for who is responsible and re-education, not a review of why', () => {
    assert.deepEqual(vocabularyFindings('- [ ] Collect written statements from everyone who touched the config, to find out who is responsible.'), ['disciplinary-process']);
    assert.deepEqual(vocabularyFindings('Nakagawa-san will attend a re-education session with the SRE lead.', ['Nakagawa']), ['disciplinary-process']);
    assert.deepEqual(vocabularyFindings('The question is not to find out who is responsible but why the slip was easy.'), []);
  });

  it('reports a sanction on one person said bluntly, not the same rule for everyone', () => {
    assert.deepEqual(vocabularyFindings("Mohammed's bonus for this quarter is under review because of the outage.", ['Mohammed']), ['sanction-on-person']);
    assert.deepEqual(vocabularyFindings("Mohammed's bonus was paid on time.", ['Mohammed']), []);
    assert.deepEqual(vocabularyFindings('| A-03 | Remove Jasper from the deploy group | Wim de Ruiter | 2026-12-12 |', ['Jasper', 'Wim de Ruiter']), ['sanction-on-person']);
    assert.deepEqual(vocabularyFindings('Remove the release bot from the deploy group.'), []);
    assert.deepEqual(vocabularyFindings('Roel must get a second signature on every change from now on.', ['Roel']), ['sanction-on-person']);
    assert.deepEqual(vocabularyFindings('Every engineer must get a second signature on every change from now on.'), []);
    assert.deepEqual(vocabularyFindings('The team lead will have a serious conversation with Maarten about this.', ['Maarten']), ['sanction-on-person']);
    assert.deepEqual(vocabularyFindings('We had a serious conversation with the vendor about the SLA.'), []);
    assert.deepEqual(vocabularyFindings('Lesson learned: do not give Fleur the production kubeconfig.', ['Fleur']), ['sanction-on-person']);
    assert.deepEqual(vocabularyFindings('Lesson learned: do not give the pipeline the production kubeconfig.'), []);
  });

  it('reports one person kept from deploying without a second engineer, or removed from an admins group', () => {
    assert.deepEqual(vocabularyFindings('With immediate effect, Oisín may not deploy to production without a second engineer present.', ['Oisín']), ['sanction-on-person']);
    assert.deepEqual(vocabularyFindings('- [SEC-4412] Remove Ziv from the prod-admins group — Owner: Avital', ['Ziv', 'Avital']), ['sanction-on-person']);
    assert.deepEqual(vocabularyFindings('Remove the release bot from the prod-admins group.'), []);
  });

  it("reports a contractor's engagement ended, a refresher for one person, and whoever approved it kept away", () => {
    assert.deepEqual(vocabularyFindings("The contractor's engagement has been ended with immediate effect following this incident."), ['sanction-on-person']);
    assert.deepEqual(vocabularyFindings('| AI-12 | Refresher on change management for Nyaboke after causing this outage | Nyaboke | 20 Dec |', ['Nyaboke']), ['sanction-on-person']);
    assert.deepEqual(vocabularyFindings('I would suggest that whoever approved this design is kept well away from the payments schema in future.'), ['sanction-on-person']);
    assert.deepEqual(vocabularyFindings("The vendor's contract was renewed for another year."), []);
    assert.deepEqual(vocabularyFindings('Refresher training on the new failover tool for all on-call engineers.'), []);
  });
});
