// Findings with file and 1-based line/column: the JSON output of `postmortem lint` and the input of the other formats.
import { LineIndex } from '../../text/lines';
import type { Finding, Severity } from '../types';

/** Exactly the JSON shape of `postmortem lint --format json`. Columns count UTF-16 code units; endColumn is just past the end. */
export interface LocatedFinding {
  file: string;
  line: number;
  column: number;
  endLine: number;
  endColumn: number;
  rule: string;
  severity: Severity;
  message: string;
}

export function locateFindings(file: string, text: string, findings: readonly Finding[]): LocatedFinding[] {
  const lines = new LineIndex(text);
  return findings.map((finding) => {
    const start = lines.positionAt(finding.range.start);
    const end = lines.positionAt(finding.range.end);
    return {
      file,
      line: start.line + 1,
      column: start.character + 1,
      endLine: end.line + 1,
      endColumn: end.character + 1,
      rule: finding.ruleId,
      severity: finding.severity,
      message: finding.message,
    };
  });
}

/** Exit code for CI: 1 when any finding is a warning or an error, else 0. */
export function exitCodeFor(findings: readonly LocatedFinding[]): 0 | 1 {
  return findings.some((f) => f.severity === 'error' || f.severity === 'warning') ? 1 : 0;
}
