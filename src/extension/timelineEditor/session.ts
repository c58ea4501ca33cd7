// One open timeline editor: turns the webview's intents into WorkspaceEdits on the TextDocument and sends changes back.
import * as vscode from 'vscode';
import type { PostmortemDocument } from '../../core/model/types';
import { editTimeline, TimelineEditError, timelineViews } from '../../core/timelineEdit';
import { webviewMessageSchema, type HostMessage, type WebviewMessage } from '../../core/timelineEdit/protocol';
import { PASTE_KUBECTL_EVENTS_COMMAND } from '../kubectl/paste';
import { parseBudgetProblem, parsedPostmortem } from '../parsedDocument';

export const DEFAULT_EVENT_TYPES = ['automated', 'scheduled', 'app event', 'notification', 'human notification', 'operator', 'comms'];

export interface RenderedReport {
  version: number;
  timeline: number | null;
  rows: number;
}

export class TimelineEditorSession implements vscode.Disposable {
  private readonly disposables: vscode.Disposable[] = [];
  /** Intents are handled one at a time, in the order they came, each against the document as it then is. */
  private queue: Promise<void> = Promise.resolve();
  private updateScheduled = false;
  lastRendered: RenderedReport | undefined;

  constructor(
    readonly document: vscode.TextDocument,
    readonly panel: vscode.WebviewPanel,
    private readonly output: vscode.LogOutputChannel,
    private select: number | undefined,
  ) {
    this.disposables.push(
      panel.webview.onDidReceiveMessage((message: unknown) => this.receive(message)),
      vscode.workspace.onDidChangeTextDocument((event) => {
        if (event.document === document && event.contentChanges.length > 0) this.scheduleUpdate();
      }),
      vscode.workspace.onDidChangeConfiguration((event) => {
        if (event.affectsConfiguration('postmortem.timelineEditor.eventTypes', document)) this.scheduleUpdate();
      }),
    );
  }

  /** Handles a message from the webview (or from a test, through the same door); malformed ones are logged and dropped. */
  receive(raw: unknown): Promise<void> {
    const parsed = webviewMessageSchema.safeParse(raw);
    if (!parsed.success) {
      this.output.warn(`timeline editor: ignored a malformed message from the webview: ${parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ')}`);
      return Promise.resolve();
    }
    const run = this.queue.then(() => this.handle(parsed.data));
    this.queue = run.catch((error: unknown) => this.output.error(`timeline editor: ${error instanceof Error ? error.message : String(error)}`));
    return this.queue;
  }

  showTimeline(index: number): void {
    this.select = index;
    this.postDocument();
  }

  private async handle(message: WebviewMessage): Promise<void> {
    switch (message.type) {
      case 'ready':
        this.postDocument();
        return;
      case 'rendered':
        this.lastRendered = { version: message.version, timeline: message.timeline, rows: message.rows };
        return;
      case 'undo':
      case 'redo':
        // The document's own undo stack: the table has none, so text and table undo the same steps.
        await vscode.commands.executeCommand(message.type);
        return;
      case 'pasteKubectlEvents':
        await vscode.commands.executeCommand(PASTE_KUBECTL_EVENTS_COMMAND, { uri: this.document.uri.toString(), interactive: true, ...(message.text === undefined ? {} : { text: message.text }) });
        return;
      case 'edit':
        await this.applyEdit(message);
    }
  }

  private async applyEdit(message: Extract<WebviewMessage, { type: 'edit' }>): Promise<void> {
    if (message.version !== this.document.version) {
      this.post({ type: 'rejected', reason: vscode.l10n.t('The document changed before this edit arrived; the table now shows it as it is. Please try again.') });
      this.postDocument();
      return;
    }
    const model = this.model();
    if (!model) {
      this.postDocument();
      return;
    }
    let edits;
    try {
      edits = editTimeline(model, message.timeline, message.operation);
    } catch (error) {
      if (!(error instanceof TimelineEditError)) throw error;
      this.post({ type: 'rejected', reason: vscode.l10n.t('That edit no longer fits the document: {0}.', error.message) });
      this.postDocument();
      return;
    }
    if (edits.length === 0) {
      this.postDocument();
      return;
    }
    const edit = new vscode.WorkspaceEdit();
    for (const change of edits) {
      edit.replace(this.document.uri, new vscode.Range(this.document.positionAt(change.start), this.document.positionAt(change.end)), change.text);
    }
    if (!(await vscode.workspace.applyEdit(edit))) {
      this.post({ type: 'rejected', reason: vscode.l10n.t('VS Code did not apply the edit (is the file read-only?).') });
      this.postDocument();
    }
  }

  /** Several changes in one tick (an edit of many ranges, a paste) become one update. */
  private scheduleUpdate(): void {
    if (this.updateScheduled) return;
    this.updateScheduled = true;
    setTimeout(() => {
      this.updateScheduled = false;
      this.postDocument();
    }, 0);
  }

  private postDocument(): void {
    const eventTypes = vscode.workspace.getConfiguration('postmortem.timelineEditor', this.document).get<string[]>('eventTypes', DEFAULT_EVENT_TYPES);
    const select = this.select;
    this.select = undefined;
    const model = this.model();
    // A document over the editor's parse budget would block the extension host on every keystroke: no table, and why.
    const problem = parseBudgetProblem(this.document);
    if (problem !== null) this.post({ type: 'rejected', reason: vscode.l10n.t('This document is not read as a table: {0}. Edit it as text.', problem) });
    this.post({
      type: 'document',
      version: this.document.version,
      timelines: model ? timelineViews(model) : [],
      eventTypes: Array.isArray(eventTypes) ? eventTypes.filter((t): t is string => typeof t === 'string') : DEFAULT_EVENT_TYPES,
      ...(select === undefined ? {} : { select }),
    });
  }

  private model(): PostmortemDocument | undefined {
    return parsedPostmortem(this.document);
  }

  private post(message: HostMessage): void {
    void this.panel.webview.postMessage(message);
  }

  dispose(): void {
    for (const disposable of this.disposables) disposable.dispose();
  }
}
