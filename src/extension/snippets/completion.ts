// Offers the `pm-…` snippets as you type `pm-` in a postmortem: Markdown turns quick suggestions off, so they were invisible.
import * as vscode from 'vscode';
import { parsedPostmortem } from '../parsedDocument';
import { timelineRowSnippet } from '../../core/timeline/rowSnippet';
import snippets from '../../../snippets/markdown.json';
import type { PostmortemLinter } from '../diagnostics/linter';

interface SnippetDefinition {
  prefix: string;
  description: string;
  body: string[];
}

/** `pm-` and what follows it, at the end of the text before the cursor. */
const TYPED_PREFIX = /(?:^|[\s|])(pm-[\w-]*)$/;

export class PostmortemSnippetCompletions implements vscode.CompletionItemProvider {
  constructor(private readonly linter: PostmortemLinter) {}

  provideCompletionItems(document: vscode.TextDocument, position: vscode.Position, _token: vscode.CancellationToken, context: vscode.CompletionContext): vscode.CompletionItem[] {
    // Invoked suggestions (Ctrl+Space) already list the contributed snippets; answer only the typed `-`, so nothing shows twice.
    if (context.triggerKind !== vscode.CompletionTriggerKind.TriggerCharacter) return [];
    const typed = TYPED_PREFIX.exec(document.lineAt(position.line).text.slice(0, position.character))?.[1];
    if (typed === undefined) return [];
    // A postmortem, or a document just started (where pm-postmortem writes one).
    if (!this.linter.current(document) && document.getText().trim().length > typed.length) return [];
    const range = new vscode.Range(position.translate(0, -typed.length), position);
    const doc = parsedPostmortem(document);
    return Object.entries(snippets as Record<string, SnippetDefinition>).map(([name, snippet]) => {
      const item = new vscode.CompletionItem({ label: snippet.prefix, description: name }, vscode.CompletionItemKind.Snippet);
      const row = snippet.prefix === 'pm-row' && doc ? timelineRowSnippet(doc, document.offsetAt(position), new Date()) : null;
      item.insertText = new vscode.SnippetString(row ?? snippet.body.join('\n'));
      item.documentation = new vscode.MarkdownString(snippet.description);
      item.range = range;
      return item;
    });
  }
}

export function registerSnippetCompletions(context: vscode.ExtensionContext, linter: PostmortemLinter): void {
  context.subscriptions.push(
    vscode.languages.registerCompletionItemProvider({ language: 'markdown' }, new PostmortemSnippetCompletions(linter), '-'),
  );
}
