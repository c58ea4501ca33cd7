// A status-bar note on a postmortem the editor does not lint as you type (too large, or markup that would freeze it).
import * as vscode from 'vscode';

export class SkippedLintStatus implements vscode.Disposable {
  private readonly item = vscode.window.createStatusBarItem('postmortem.lintSkipped', vscode.StatusBarAlignment.Left, 0);
  private readonly reasons = new Map<string, string>();
  private readonly subscription = vscode.window.onDidChangeActiveTextEditor(() => this.render());

  constructor() {
    this.item.name = 'Postmortem: not checked';
    this.item.text = '$(circle-slash) Postmortem: not checked';
  }

  set(document: vscode.TextDocument, reason: string | null): void {
    const key = document.uri.toString();
    if (reason === null) this.reasons.delete(key);
    else this.reasons.set(key, reason);
    this.render();
  }

  /** Why the document is not checked, or undefined (for tests and the status bar). */
  reasonFor(document: vscode.TextDocument): string | undefined {
    return this.reasons.get(document.uri.toString());
  }

  private render(): void {
    const active = vscode.window.activeTextEditor?.document;
    const reason = active ? this.reasons.get(active.uri.toString()) : undefined;
    if (reason === undefined) {
      this.item.hide();
      return;
    }
    this.item.tooltip = `Postmortem diagnostics are off for this document: ${reason}. Run \`postmortem lint\` on it from a terminal to check it.`;
    this.item.show();
  }

  dispose(): void {
    this.subscription.dispose();
    this.item.dispose();
  }
}
