// The timeline editor as a CustomTextEditorProvider: the TextDocument stays the one truth, so undo, save and hot exit are VS Code's.
import * as vscode from 'vscode';
import { TIMELINE_EDITOR_VIEW_TYPE } from './deferredProvider';
import { timelineEditorHtml, webviewRoot } from './html';
import { TimelineEditorSession, type RenderedReport } from './session';

export class TimelineEditorProvider implements vscode.CustomTextEditorProvider {
  private readonly sessions = new Set<TimelineEditorSession>();
  /** Which timeline to show first in the next editor opened on a document (from a CodeLens). */
  private readonly pendingSelection = new Map<string, number>();

  constructor(
    private readonly extensionUri: vscode.Uri,
    private readonly output: vscode.LogOutputChannel,
  ) {}

  resolveCustomTextEditor(document: vscode.TextDocument, panel: vscode.WebviewPanel): void {
    panel.webview.options = { enableScripts: true, localResourceRoots: [webviewRoot(this.extensionUri)] };
    const key = document.uri.toString();
    const session = new TimelineEditorSession(document, panel, this.output, this.pendingSelection.get(key));
    this.pendingSelection.delete(key);
    this.sessions.add(session);
    panel.onDidDispose(() => {
      this.sessions.delete(session);
      session.dispose();
    });
    panel.webview.html = timelineEditorHtml(panel.webview, this.extensionUri);
  }

  /** The open editor on `uri`, if any. */
  sessionFor(uri: vscode.Uri): TimelineEditorSession | undefined {
    return [...this.sessions].find((s) => s.document.uri.toString() === uri.toString());
  }

  /** Opens the editor on `uri` beside the text, or brings the open one forward, showing timeline `timeline`. */
  async open(uri: vscode.Uri, timeline: number | undefined): Promise<void> {
    const open = this.sessionFor(uri);
    if (open) {
      open.panel.reveal();
      if (timeline !== undefined) open.showTimeline(timeline);
      return;
    }
    if (timeline !== undefined) this.pendingSelection.set(uri.toString(), timeline);
    await vscode.commands.executeCommand('vscode.openWith', uri, TIMELINE_EDITOR_VIEW_TYPE, { viewColumn: vscode.ViewColumn.Beside });
  }

  rendered(uri: vscode.Uri): RenderedReport | undefined {
    return this.sessionFor(uri)?.lastRendered;
  }
}
