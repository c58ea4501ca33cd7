// Blame in blunt plant shift logs and in deadpan understatement: a plant that "tripped" or "ran blind" because of what
// someone did, "and then knocked off", a standby already out of service, all at once instead of one at a time, a permit
// to work or a detector gone without, an alarm acknowledged before carrying on, "tested nothing", "the handiwork of",
// "the outage is his", a rollback that "made things worse", the people served who made it worse or had not done their
// part "in the first place", a warning or counselling as an action item, "so everyone can learn from her", "and it
// shows in the wiring", "typical X". Beside each, what only looks like it.
import assert from 'node:assert/strict';
import { vocabularyFindings } from './vocabularyFindings';

describe('blaming language: plant shift logs and deadpan understatement, and their look-alikes', () => {
  it('reports a plant that tripped or ran blind because of a person, not because of a device', () => {
    assert.deepEqual(vocabularyFindings('The kiln tripped at 04:10 because Pieter bypassed the flame sensor.', ['Pieter']), ['person-action-as-cause']);
    assert.deepEqual(vocabularyFindings('Zanele shortened the pump timer and then knocked off.', ['Zanele']), ['absent-during-incident']);
    assert.deepEqual(vocabularyFindings('The kiln tripped at 04:10 because the flame sensor failed.'), []);
    assert.deepEqual(vocabularyFindings('Zanele shortened the pump timer and then handed over to day shift.', ['Zanele']), []);
  });

  it('reports an action taken with its safeguard gone, not the same action done with care', () => {
    assert.deepEqual(vocabularyFindings('Thabo restarted the historian primary with the standby already out of service.', ['Thabo']), ['action-without-safeguard']);
    assert.deepEqual(vocabularyFindings('Lindiwe upgraded all six gateways at once instead of one at a time.', ['Lindiwe']), ['action-without-safeguard']);
    assert.deepEqual(vocabularyFindings('Gerrit energised the feeder panel with no permit to work.', ['Gerrit']), ['action-without-safeguard']);
    assert.deepEqual(vocabularyFindings('Naledi ran the stacker without the belt-rip detector.', ['Naledi']), ['action-without-safeguard']);
    assert.deepEqual(vocabularyFindings('Thabo restarted the historian primary with the standby already carrying the load.', ['Thabo']), []);
    assert.deepEqual(vocabularyFindings('Lindiwe upgraded the gateways one at a time, as the runbook asks.', ['Lindiwe']), []);
  });

  it('reports an alarm acknowledged and left, a control room overruled, nothing tested', () => {
    assert.deepEqual(vocabularyFindings('The operator acknowledged the high-level alarm and carried on with the shift report.'), ['dismissed-warning']);
    assert.deepEqual(vocabularyFindings('Johan overruled the control room and started the mill himself.', ['Johan']), ['dismissed-warning']);
    assert.deepEqual(vocabularyFindings("The vendor's engineer changed the ladder logic, tested nothing, and flew home."), ['did-nothing']);
    assert.deepEqual(vocabularyFindings('The operator acknowledged the high-level alarm and opened the bypass valve as the procedure says.'), []);
  });

  it('puts the outage on a person in so many words, not on a system', () => {
    assert.deepEqual(vocabularyFindings('The badge outage was the handiwork of the facilities team.'), ['caused-by-person']);
    assert.deepEqual(vocabularyFindings('Lars owns the billing job, so the billing outage is his.', ['Lars']), ['blame-lies-with']);
    assert.deepEqual(vocabularyFindings("Ingrid's rollback only made things worse.", ['Ingrid']), ['made-it-worse']);
    assert.deepEqual(vocabularyFindings('The badge outage was the handiwork of a failing switch.'), []);
    assert.deepEqual(vocabularyFindings("Ingrid's rollback made things better within a minute.", ['Ingrid']), []);
  });

  it('leaves the consequences with the people served only when it says they brought them on', () => {
    assert.deepEqual(vocabularyFindings('Subscribers who kept refreshing the page made the queue even worse.'), ['brought-it-on-themselves']);
    assert.deepEqual(vocabularyFindings('The musicians who complained had not registered their works in the first place.'), ['brought-it-on-themselves']);
    assert.deepEqual(vocabularyFindings('It is ultimately on the warehouse users to save their own exports.'), ['duty-on-people']);
    assert.deepEqual(vocabularyFindings('Plant users have to take responsibility for what they plug into the HMI.'), ['duty-on-people']);
    assert.deepEqual(vocabularyFindings('Subscribers who kept refreshing the page saw the error within a second.'), []);
  });

  it('reports a warning, counselling or a lesson made of a person, not training for everyone', () => {
    assert.deepEqual(vocabularyFindings('- [ ] Written warning to Kobus for opening the live panel (owner: HR)', ['Kobus']), ['sanction-on-person']);
    assert.deepEqual(vocabularyFindings('| AI-3 | Counsel Ayanda about silencing alarms | Shift manager | Open |', ['Ayanda']), ['sanction-on-person']);
    assert.deepEqual(vocabularyFindings('Mira will walk the all-hands through this incident so everyone can learn from her.', ['Mira']), ['disciplinary-process']);
    assert.deepEqual(vocabularyFindings('Mira will walk the all-hands through this incident so everyone can learn from her notes.', ['Mira']), []);
    assert.deepEqual(vocabularyFindings('- [ ] Written warning text on the live panel door (owner: Facilities)'), []);
  });

  it('reads insinuation in shift-log slang and deadpan asides', () => {
    assert.deepEqual(vocabularyFindings('The electricians were rushing to get home, and it shows in the terminations.'), ['insinuation']);
    assert.deepEqual(vocabularyFindings('The intern was given root on the DCS, and we all know how that ends.'), ['insinuation']);
    assert.deepEqual(vocabularyFindings('> "Typical Bongani, never reads the permit" (shift boss, radio log)', ['Bongani']), ['insinuation']);
    assert.deepEqual(vocabularyFindings('There is a pattern with the night crew and unlogged changes.'), ['insinuation']);
    assert.deepEqual(vocabularyFindings('Once again it\'s the projects team that skips the change board.'), ['recurrence-jibe']);
    assert.deepEqual(vocabularyFindings('Who thought it was a brilliant idea to patch the DCS during hoisting?'), ['who-thought-it-was-fine']);
    assert.deepEqual(vocabularyFindings('A typical day shift logs forty alarms.'), []);
  });
});
