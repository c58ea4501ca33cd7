// Rule: the Severity field uses the team's scale (P0–P3 or SEV1–SEV4 by default).
import * as z from '../../zod';
import { defineRule } from '../defineRule';
import { holdsPlaceholder } from '../../text/placeholders';
import { rangeOfValue } from '../textRanges';

/** "SEV-2", "Sev 2", "P1-High", "p1 (high)", "🔴 Critical" all name a level by their leading letters and number. */
function levelToken(value: string): string {
  const text = value.replace(/[*_`]/g, '').trim().replace(/^[^\p{L}\p{N}]+/u, '');
  const numbered = /^([A-Za-z]+)[\s-]?(\d+)(?![\d.])/.exec(text);
  if (numbered) return `${numbered[1]}${numbered[2]}`.toUpperCase();
  return (/^[A-Za-z]+/.exec(text)?.[0] ?? text).toUpperCase();
}

const DEFAULT_LEVELS = ['P0', 'P1', 'P2', 'P3', 'SEV1', 'SEV2', 'SEV3', 'SEV4'];
/**
 * Levels of the other scales teams commonly use, accepted while the rule keeps its default levels: a postmortem written
 * elsewhere ("Severity: High", "Sev 0", "P4") is on a scale of its own, not off one. A team that configures its levels
 * gets only those.
 */
const COMMON_LEVELS = new Set(['P4', 'P5', 'SEV0', 'SEV5', 'S0', 'S1', 'S2', 'S3', 'S4', 'CRITICAL', 'HIGH', 'MEDIUM', 'MODERATE', 'LOW', 'MAJOR', 'MINOR']);

export const severityValue = defineRule({
  id: 'severity-value',
  description: 'The Severity field uses one of the configured levels.',
  why: 'Severity drives who gets paged and how incidents are counted; a value outside the team\'s scale makes the incident impossible to compare with others.',
  tags: ['metadata'],
  defaultLevel: 'warning',
  options: z.strictObject({
    allowed: z
      ._default(z.array(z.string().check(z.minLength(1))).check(z.minLength(1)), DEFAULT_LEVELS)
      .register(z.globalRegistry, { description: 'The severity levels your team uses. A value is accepted when it starts with one of them ("P1-High", "SEV-2", "Sev 2" all match). Left unset, the levels of other common scales (Critical, High, Medium, Low, Major, Minor, SEV0, SEV5, P4, S0–S4) are accepted too.' }),
  }),
  check({ doc, options, report }) {
    const allowed = new Set(options.allowed.map(levelToken));
    if (options.allowed.join('\n') === DEFAULT_LEVELS.join('\n')) for (const level of COMMON_LEVELS) allowed.add(level);
    for (const field of doc.metadata) {
      // A value still holding a template's slot ("SEV-{{ severity }}") is the placeholder rule's to report.
      if (field.key !== 'severity' || holdsPlaceholder(field.value)) continue;
      if (allowed.has(levelToken(field.value))) continue;
      report({
        range: rangeOfValue(doc.text, field.valueRange, field.value),
        actual: field.value,
        message: `Severity "${field.value}" is not on the configured scale (${options.allowed.join(', ')}): use one of those levels, or configure "allowed" for this rule.`,
      });
    }
  },
});
