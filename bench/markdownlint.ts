// The baseline every lint figure is a ratio to: markdownlint with its default rules, in the same process and run.
import { lint } from 'markdownlint/sync';

/** Lints the texts with markdownlint's default rules and returns how many problems it found. */
export function markdownlintTexts(texts: Record<string, string>): number {
  const results = lint({ strings: texts });
  return Object.values(results).reduce((n, problems) => n + problems.length, 0);
}
