// Hovering a finding explains, in a sentence or two, why it matters, with a link to the rule's page.
import * as vscode from 'vscode';
import { findRule, configRuleInfo } from '../../core/lint/registry';
import type { PostmortemLinter } from './linter';
import { findingRange, previewLink, type RuleDocs } from './toDiagnostic';

export class PostmortemHover implements vscode.HoverProvider {
  constructor(
    private readonly linter: PostmortemLinter,
    private readonly docs: RuleDocs,
  ) {}

  provideHover(document: vscode.TextDocument, position: vscode.Position): vscode.Hover | undefined {
    const linted = this.linter.current(document);
    if (!linted) return undefined;
    const here = linted.findings.filter((f) => findingRange(document, f).contains(position));
    if (here.length === 0) return undefined;
    const seen = new Set<string>();
    const markdown = new vscode.MarkdownString();
    // Only the preview command is trusted: "Read more" opens the rule's bundled page beside the document.
    markdown.isTrusted = { enabledCommands: ['markdown.showPreview'] };
    for (const finding of here) {
      if (seen.has(finding.ruleId)) continue;
      seen.add(finding.ruleId);
      const why = (findRule(finding.ruleId) ?? configRuleInfo).why;
      const note = finding.note ? ` ${finding.note}` : '';
      markdown.appendMarkdown(`**Why this matters** (\`${finding.ruleId}\`): ${why}${note} [Read more](${previewLink(this.docs, finding.ruleId)})\n\n`);
    }
    return new vscode.Hover(markdown, findingRange(document, here[0]));
  }
}
