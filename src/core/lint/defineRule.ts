// Declares a rule with typed options; the registry later stamps its documentation URL.
import type { RuleContext, RuleDefinition } from './types';

export type AnyRuleDefinition = RuleDefinition<Record<string, unknown>>;

/** Type-checks a rule against its own options, then erases the options type: the engine only calls `check` with options that rule's zod schema produced. */
export function defineRule<Options extends Record<string, unknown>>(definition: RuleDefinition<Options>): AnyRuleDefinition {
  return { ...definition, check: (context) => definition.check(context as RuleContext<Options>) } as AnyRuleDefinition;
}
