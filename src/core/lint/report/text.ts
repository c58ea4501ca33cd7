// The text output of `postmortem lint`: one line per finding, like compiler output, then a count.
import type { LocatedFinding } from './located';

export function formatText(findings: readonly LocatedFinding[], fileCount: number): string {
  const lines = findings.map((f) => `${f.file}:${f.line}:${f.column} ${f.severity} ${f.rule} ${f.message}`);
  const files = `${fileCount} file${fileCount === 1 ? '' : 's'}`;
  if (findings.length === 0) return `No problems found in ${files}.\n`;
  const counts = (['error', 'warning', 'info'] as const)
    .map((severity) => [severity, findings.filter((f) => f.severity === severity).length] as const)
    .filter(([, count]) => count > 0)
    .map(([severity, count]) => `${count} ${severity}${count === 1 || severity === 'info' ? '' : 's'}`);
  return `${lines.join('\n')}\n\n${counts.join(', ')} in ${files}.\n`;
}
