// Converts core findings into VS Code diagnostics: source "postmortem", code linking to the rule's docs page.
import * as vscode from 'vscode';
import type { Finding, Severity } from '../../core/lint/types';

export const DIAGNOSTIC_SOURCE = 'postmortem';

const SEVERITIES: Record<Severity, vscode.DiagnosticSeverity> = {
  error: vscode.DiagnosticSeverity.Error,
  warning: vscode.DiagnosticSeverity.Warning,
  info: vscode.DiagnosticSeverity.Information,
};

/** Where a rule's page is: bundled with the extension, so it opens inside VS Code instead of behind an external-link prompt. */
export type RuleDocs = (ruleId: string) => vscode.Uri;

export function bundledRuleDocs(extensionUri: vscode.Uri): RuleDocs {
  return (ruleId) => vscode.Uri.joinPath(extensionUri, 'docs', 'rules', `${ruleId}.md`);
}

/** A link that opens a rule's bundled page in VS Code's Markdown preview (for trusted hover Markdown). */
export function previewLink(docs: RuleDocs, ruleId: string): string {
  return `command:markdown.showPreview?${encodeURIComponent(JSON.stringify([docs(ruleId)]))}`;
}

export function findingRange(document: vscode.TextDocument, finding: Finding): vscode.Range {
  return new vscode.Range(document.positionAt(finding.range.start), document.positionAt(finding.range.end));
}

export function toDiagnostic(document: vscode.TextDocument, finding: Finding, docs: RuleDocs): vscode.Diagnostic {
  const diagnostic = new vscode.Diagnostic(findingRange(document, finding), finding.message, SEVERITIES[finding.severity]);
  diagnostic.source = DIAGNOSTIC_SOURCE;
  diagnostic.code = { value: finding.ruleId, target: docs(finding.ruleId) };
  return diagnostic;
}

/**
 * The document's diagnostics. Placeholders at the info level (the editor's default) become one Information summary
 * plus a Hint per placeholder (dots in the editor, not in Problems): a fresh template is a to-do list, not 40 problems.
 */
export function toDiagnostics(document: vscode.TextDocument, findings: readonly Finding[], docs: RuleDocs): vscode.Diagnostic[] {
  const quiet = findings.filter((f) => f.ruleId === 'placeholder' && f.severity === 'info');
  const diagnostics = findings.map((finding) => {
    const diagnostic = toDiagnostic(document, finding, docs);
    if (quiet.includes(finding)) diagnostic.severity = vscode.DiagnosticSeverity.Hint;
    return diagnostic;
  });
  if (quiet.length > 0) {
    const count = quiet.length === 1 ? '1 template placeholder' : `${quiet.length} template placeholders`;
    const summary = new vscode.Diagnostic(
      findingRange(document, quiet[0]),
      `${count} left to fill in: Postmortem: Next Placeholder (Ctrl+Alt+]) selects each in turn.`,
      vscode.DiagnosticSeverity.Information,
    );
    summary.source = DIAGNOSTIC_SOURCE;
    summary.code = { value: quiet[0].ruleId, target: docs(quiet[0].ruleId) };
    diagnostics.push(summary);
  }
  return diagnostics;
}

/** The rule id of one of our diagnostics, or undefined for anyone else's. */
export function ruleIdOf(diagnostic: vscode.Diagnostic): string | undefined {
  if (diagnostic.source !== DIAGNOSTIC_SOURCE) return undefined;
  const code = diagnostic.code;
  if (typeof code === 'object' && code !== null) return String(code.value);
  return code === undefined ? undefined : String(code);
}
