// Runs the configured rules over a postmortem: stamps rule id, severity and docs URL, and drops suppressed findings.
import type { PostmortemDocument } from '../model/types';
import { LineIndex } from '../text/lines';
import { defaultLintConfig, type ConfigProblem, type LintConfig } from '../config/resolve';
import { extractProse, type ProseBlock } from './prose';
import { CONFIG_RULE_ID, docsUrlFor, rules } from './registry';
import { isSuppressed, readSuppressions } from './suppression';
import { BlameCache } from '../blame/detect';
import { TextMemo } from '../text/memo';
import type { Finding, LintCaches, RuleReport } from './types';

export interface LintOptions {
  config?: LintConfig;
  /** "Today", for rules about due dates. */
  now?: Date;
  /** Whether configuration problems become findings at the top of this document (the CLI reports them once instead). */
  reportConfigProblems?: boolean;
  /** Kept between lints of versions of one document (the editor keeps one per open document): see LintCaches. */
  caches?: LintCaches;
}

export function createLintCaches(): LintCaches {
  return { blame: new BlameCache(), placeholders: new TextMemo() };
}

export function lintPostmortem(doc: PostmortemDocument, options: LintOptions = {}): Finding[] {
  const config = options.config ?? defaultLintConfig();
  const now = options.now ?? new Date();
  const lines = new LineIndex(doc.text);
  const suppressions = readSuppressions(doc.ast, doc.text, lines);
  let prose: ProseBlock[] | undefined;
  const findings: Finding[] = [];

  for (const rule of rules) {
    const setting = config.rules[rule.id] ?? { level: rule.defaultLevel, options: rule.options.parse({}) };
    if (setting.level === 'off') continue;
    const severity = setting.level;
    const stamp = (report: RuleReport): Finding => ({ ...report, ruleId: rule.id, severity, docsUrl: rule.docsUrl });
    try {
      rule.check({
        doc,
        options: setting.options,
        now,
        metrics: config.metrics,
        prose: () => (prose ??= extractProse(doc.ast, doc.text)),
        caches: options.caches,
        report: (report) => {
          if (!isSuppressed(suppressions, rule.id, report.range.start, lines.positionAt(report.range.start).line)) {
            findings.push(stamp(report));
          }
        },
      });
    } catch (error) {
      // A bug in one rule must not take the others (or the editor) down with it.
      const message = error instanceof Error ? error.message : String(error);
      findings.push(stamp({ range: { start: 0, end: 0 }, message: `The ${rule.id} rule failed on this document (${message}); please report it.` }));
    }
  }

  if (options.reportConfigProblems ?? true) findings.push(...config.problems.map(configFinding));
  return findings.sort((a, b) => a.range.start - b.range.start || a.range.end - b.range.end || a.ruleId.localeCompare(b.ruleId));
}

export function configFinding(problem: ConfigProblem): Finding {
  const where = problem.path === '' ? problem.source : `${problem.source} (${problem.path})`;
  return {
    ruleId: CONFIG_RULE_ID,
    severity: 'error',
    docsUrl: docsUrlFor(CONFIG_RULE_ID),
    range: { start: 0, end: 0 },
    message: `Invalid configuration in ${where}: ${problem.message}.`,
  };
}
