// The thirty-first session's first runs on new sentences: blame in the register of regulated industries (non-adherence
// by staff, a lack of ownership, an attitude, a sanction announced, a repeat offender), in a pasted chat, in Italian,
// Dutch, Swedish, Portuguese, French, Spanish and German; and what only looks like blame: a speaker's own admission in a
// chat, a person the situation forced to act, an owner in brackets, a sentence in another language that praises.
import assert from 'node:assert/strict';
import { flagged } from './vocabularyFindings';

describe('blaming language: regulated writing and other languages', () => {
  it('finds non-adherence, a lack of ownership and an attitude pinned on staff or a team, not on a process', () => {
    assert.equal(flagged('Non-adherence by depot staff to the isolation procedure was the root cause.'), true);
    assert.equal(flagged('There was a lack of ownership from the billing team during the whole response.'), true);
    assert.equal(flagged('The night shift has a casual attitude to two-person checks.'), true);
    assert.equal(flagged('Non-adherence to the isolation procedure was possible because the permit system did not enforce it.'), false);
    assert.equal(flagged('There was a lack of ownership of the shared certificate, so nobody was paged.'), false);
  });

  it('finds sanctions announced and a repeat offender singled out', () => {
    assert.equal(flagged('From now on, engineers who skip the handover will be removed from the rota.'), true);
    assert.equal(flagged('This is the fourth incident involving the same operator since January.'), true);
    assert.equal(flagged("The dispatcher's complacency led her to skip the second call-back."), true);
    assert.equal(flagged('This is the fourth incident involving the same load balancer since January.'), false);
  });

  it('finds "had X been paying attention" whatever the role is called', () => {
    assert.equal(flagged('Had the shift supervisor been paying attention, the alarm would have been answered.'), true);
    assert.equal(flagged('Had the dashboard shown the queue depth, the alarm would have been answered.'), false);
  });

  it('finds hindsight, carelessness and ignored warnings in Italian, Dutch, Swedish and Portuguese', () => {
    assert.equal(flagged("L'operatore avrebbe dovuto controllare la pressione prima di riaprire la valvola."), true);
    assert.equal(flagged("Il guasto è dovuto alla negligenza del tecnico di turno."), true);
    assert.equal(flagged('Pieter had moeten ingrijpen toen het alarm afging.'), true);
    assert.equal(flagged('De monteur heeft de meldingen genegeerd.'), true);
    assert.equal(flagged('Tekniker Lars borde ha kontrollerat kopplingen innan han startade om.'), true);
    assert.equal(flagged('Operatören slarvade med kontrollen av ventilen.'), true);
    assert.equal(flagged('Se o Rafael tivesse seguido o checklist, nada disso teria acontecido.'), true);
    assert.equal(flagged('Se o sistema tivesse alertado antes, teríamos evitado a perda.'), false);
  });
});
