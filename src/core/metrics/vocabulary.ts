// The wording of timeline rows that mark a key moment; data, kept apart from the inference that uses it.
// Every pattern is an alternation of fixed phrases between word boundaries: linear on any input. A row labelled with the
// moment ("Mitigation: consumers restarted") marks it too.
import type { MomentName } from './types';

type InferredMoment = Exclude<MomentName, 'started'>;

export interface MomentWording {
  /** A row saying this moment happened. */
  marks: RegExp;
  /** Wording that takes it back: "no alert fired", "rollback started", "not resolved". */
  unless: RegExp;
}

export const MOMENT_WORDING: Record<InferredMoment, MomentWording> = {
  detected: {
    marks: /\b(?:alerts?|alerted|alarms?|alarmed|paged|pages?|pagerduty|opsgenie|detected|noticed|spotted|reported|reports?|complain(?:ed|ts?)|fired|triggered|first (?:sign|signs|error|errors|report)|detection(?=\s*:))\b/i,
    unless: /\b(?:no|without|never|missing) (?:alerts?|alarms?|pages?)\b|\b(?:did not|didn't|failed to|never|not) (?:fire|trigger|alert|page)\b/i,
  },
  acknowledged: {
    marks: /\b(?:acknowledged|acknowledges|acked|ack'd|responded|responding|joined (?:the )?(?:call|bridge|channel|incident)|incident (?:declared|opened|created)|declared (?:an |the )?incident|investigation (?:began|started|begins|begun)|began investigating|started investigating|engaged)\b/i,
    unless: /\b(?:not|never|nobody|no one|unacknowledged) (?:acknowledged|acked|responded)\b/i,
  },
  mitigated: {
    marks: /\b(?:rolled back|rollback (?:completed|complete|finished|done|deployed)|reverted|revert (?:deployed|merged|completed)|(?:fix|hotfix|patch|workaround) (?:was |is )?(?:deployed|applied|rolled out|released|shipped|in place)|deployed (?:a |the )?(?:fix|hotfix|patch|workaround)|mitigated|mitigation (?:applied|deployed|in place|complete)|failed over|failover (?:completed|complete)|traffic (?:drained|shifted|rerouted)|impact (?:stopped|ended|mitigated)|mitigation(?=\s*:))\b/i,
    unless: /\b(?:not|partially|un)mitigated\b|\b(?:not|partially) mitigated\b|\b(?:decided|decision|discuss(?:ed|ion)?|consider(?:ed|ing)?|plan(?:ned)?|propos(?:ed|al)) to\b/i,
  },
  resolved: {
    marks: /\b(?:resolved|all clear|all-clear|incident (?:closed|over|ended)|closed the incident|fully (?:recovered|restored|operational)|(?:service|services|system|systems) (?:restored|recovered|back to normal|healthy|operational)|all systems (?:operational|normal|healthy|green)|back to normal|recovery (?:confirmed|complete|completed)|resolution(?=\s*:))\b/i,
    unless: /\b(?:not|partially|not yet|not fully) resolved\b/i,
  },
};
