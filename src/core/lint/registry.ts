// The one list of rules: each rule lives in its own file; the registry stamps the documentation URL on every rule.
import type { LintRule } from './types';
import { blamingLanguage } from './rules/blaming-language';
import { actionItemOwner } from './rules/action-item-owner';
import { actionItemDue } from './rules/action-item-due';
import { actionItemOverdue } from './rules/action-item-overdue';
import { placeholder } from './rules/placeholder';
import { timelineOrder } from './rules/timeline-order';
import { requiredSections } from './rules/required-sections';
import { severityValue } from './rules/severity-value';
import { statusValue } from './rules/status-value';
import { vagueActionItem } from './rules/vague-action-item';
import { emptySection } from './rules/empty-section';
import { metricsConsistency } from './rules/metrics-consistency';
import { frontMatter } from './rules/front-matter';

export const DOCS_BASE_URL = 'https://github.com/postmortem-tools/postmortem/blob/main/docs/rules/';

export function docsUrlFor(ruleId: string): string {
  return `${DOCS_BASE_URL}${ruleId}.md`;
}

export const rules: readonly LintRule[] = [
  blamingLanguage,
  actionItemOwner,
  actionItemDue,
  actionItemOverdue,
  placeholder,
  timelineOrder,
  requiredSections,
  severityValue,
  statusValue,
  vagueActionItem,
  emptySection,
  metricsConsistency,
  frontMatter,
].map((definition) => ({ ...definition, docsUrl: docsUrlFor(definition.id) }));

export function findRule(ruleId: string): LintRule | undefined {
  return rules.find((rule) => rule.id === ruleId);
}

/** Findings about the configuration itself carry this rule id (it cannot be turned off: a broken config must be seen). */
export const CONFIG_RULE_ID = 'config';

/** Listing entry for configuration findings (SARIF rule metadata, docs). */
export const configRuleInfo = {
  id: CONFIG_RULE_ID,
  description: 'The linter configuration (.postmortemrc.json, settings) is valid.',
  why: 'A mistyped rule name or option silently changes what gets checked; reporting it keeps the configuration honest.',
  docsUrl: docsUrlFor(CONFIG_RULE_ID),
  defaultLevel: 'error' as const,
};
