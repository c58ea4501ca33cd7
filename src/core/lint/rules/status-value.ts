// Rule: the Status field uses one of the configured incident states.
import * as z from '../../zod';
import { defineRule } from '../defineRule';
import { holdsPlaceholder } from '../../text/placeholders';
import { rangeOfValue } from '../textRanges';
import { RESOLVED_ELSEWHERE } from '../../text/language';

const DEFAULT_STATUSES = ['Investigating', 'Identified', 'Mitigating', 'Mitigated', 'Monitoring', 'Resolved', 'Closed', 'Draft', 'In Review', 'Final', 'Complete', 'Completed', 'Published'];

/**
 * Resolved and closed as the other languages whose section names the model reads write them ("Status: Løst", "Gelöst",
 * "Résolu"): accepted while the rule keeps its default states, as "Resolved" and "Closed" are.
 */
const DEFAULT_STATES_ELSEWHERE = [...RESOLVED_ELSEWHERE, 'lukket', 'stängd', 'afsluttet', 'erledigt', 'abgeschlossen', 'geschlossen', 'gesloten', 'afgesloten', 'cerrado', 'cerrada', 'fermé', 'fermée', 'fechado', 'fechada', 'encerrado', 'encerrada', 'concluído', 'concluido', 'concluída', 'finalizado', 'finalizada', 'terminado', 'terminé', 'chiuso', 'chiusa', 'suljettu', 'zamknięty'];

const normalise = (value: string): string => value.replace(/[*_`]/g, '').trim().toLowerCase().replace(/[\s-]+/g, ' ');
/**
 * A value as compared: without a mark or emoji before the state ("✅ Resolved") or the word naming what is in that state
 * ("Postmortem complete", "Incident resolved").
 */
const stateOf = (value: string): string => normalise(value).replace(/^[^\p{L}\p{N}]+/u, '').replace(/^(?:the\s)?(?:incident|postmortem|post mortem|review|report|retro|retrospective|investigation)\s(?:is\s)?/u, '');

export const statusValue = defineRule({
  id: 'status-value',
  description: 'The Status field uses one of the configured states.',
  why: 'A shared set of states lets anyone tell at a glance whether an incident is still open and lets tools count open incidents reliably.',
  tags: ['metadata'],
  defaultLevel: 'warning',
  options: z.strictObject({
    allowed: z
      ._default(z.array(z.string().check(z.minLength(1))).check(z.minLength(1)), DEFAULT_STATUSES)
      .register(z.globalRegistry, { description: 'The states your team uses, compared case-insensitively. A value is accepted when it starts with one of them ("Resolved (2024-10-18)" matches "Resolved").' }),
  }),
  check({ doc, options, report }) {
    const allowed = options.allowed.map(normalise);
    if (options.allowed.join('\n') === DEFAULT_STATUSES.join('\n')) allowed.push(...DEFAULT_STATES_ELSEWHERE);
    for (const field of doc.metadata) {
      // A value still holding a template's slot ("{{ status }}, see below") is the placeholder rule's to report.
      if (field.key !== 'status' || holdsPlaceholder(field.value)) continue;
      const value = stateOf(field.value);
      if (allowed.some((state) => value === state || (value.startsWith(state) && !/[\p{L}\p{N}]/u.test(value[state.length])))) continue;
      report({
        range: rangeOfValue(doc.text, field.valueRange, field.value),
        actual: field.value,
        message: `Status "${field.value}" is not one of the configured states (${options.allowed.join(', ')}): use one of them, or configure "allowed" for this rule.`,
      });
    }
  },
});
