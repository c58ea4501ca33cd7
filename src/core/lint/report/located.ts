// Findings with file and 1-based line/column: the JSON output of `postmortem lint` and the input of the other formats.
import { LineIndex } from '../../text/lines';
import type { Finding, Severity, TextEdit } from '../types';

/** One edit of a suggestion, in the same 1-based coordinates as findings; an insertion has an empty range. */
export interface LocatedEdit {
  line: number;
  column: number;
  endLine: number;
  endColumn: number;
  newText: string;
}

/** A fix or suggestion of a finding, as review bots can propose it: the safe fix (if any) comes first. */
export interface LocatedSuggestion {
  title: string;
  edits: LocatedEdit[];
}

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
  suggestions: LocatedSuggestion[];
}

export function locateFindings(file: string, text: string, findings: readonly Finding[]): LocatedFinding[] {
  const lines = new LineIndex(text);
  const locate = (edit: TextEdit): LocatedEdit => {
    const start = lines.positionAt(edit.start);
    const end = lines.positionAt(edit.end);
    return { line: start.line + 1, column: start.character + 1, endLine: end.line + 1, endColumn: end.character + 1, newText: edit.text };
  };
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
      suggestions: [...(finding.fix ? [finding.fix] : []), ...(finding.suggestions ?? [])].map((s) => ({ title: s.title, edits: [locate(s.edit)] })),
    };
  });
}

/** Exit code for CI: 1 when any finding is a warning or an error, else 0. */
export function exitCodeFor(findings: readonly LocatedFinding[]): 0 | 1 {
  return findings.some((f) => f.severity === 'error' || f.severity === 'warning') ? 1 : 0;
}
