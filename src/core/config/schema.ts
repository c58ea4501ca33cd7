// The zod schema of `.postmortemrc.json`, built from the rule registry so every rule's options are described once.
import * as z from '../zod';
import { rules } from '../lint/registry';
import { LEVELS } from '../lint/types';
import { metricsConfigSchema } from '../metrics/config';

export const levelSchema = z
  .enum(LEVELS)
  .register(z.globalRegistry, { description: 'How findings of this rule are reported: "off" disables it; "error" and "warning" fail `postmortem lint` in CI; "info" only informs.' });

/** A rule's entry: a level, or an object with an optional level and the rule's options. */
function ruleEntrySchema(rule: (typeof rules)[number]) {
  return z
    .union([levelSchema, z.extend(rule.options, { level: z.optional(levelSchema) })])
    .register(z.globalRegistry, { description: `${rule.description} Default level: ${rule.defaultLevel}. Docs: ${rule.docsUrl}` });
}

export const postmortemrcSchema = z
  .strictObject({
    $schema: z.optional(z.string()).register(z.globalRegistry, { description: 'The JSON schema of this file, for editors.' }),
    rules: z
      .optional(z.strictObject(Object.fromEntries(rules.map((rule) => [rule.id, z.optional(ruleEntrySchema(rule))]))))
      .register(z.globalRegistry, { description: 'Per-rule level and options. Rules not listed keep their defaults.' }),
    metrics: z.optional(metricsConfigSchema),
  })
  .register(z.globalRegistry, { description: 'Configuration of the Postmortem linter (`postmortem lint` and the Postmortem VS Code extension).' });

/** The JSON schema editors use to validate `.postmortemrc.json`; generated, never edited by hand. */
export function postmortemrcJsonSchema(): Record<string, unknown> {
  return {
    ...z.toJSONSchema(postmortemrcSchema, { io: 'input', target: 'draft-7' }),
    title: 'Postmortem linter configuration (.postmortemrc.json)',
  };
}

/** The schema file's exact contents, so the generator and the drift test agree byte for byte. */
export function postmortemrcSchemaText(): string {
  return `${JSON.stringify(postmortemrcJsonSchema(), null, 2)}\n`;
}
