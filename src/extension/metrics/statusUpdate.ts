// "Postmortem: Draft Status Update": composes the update from the document, opens it for editing, then copies it and records it as a `comms` timeline row.
import * as vscode from 'vscode';
import { parsedForCommand } from '../parsedDocument';
import { composeStatusUpdate, statusUpdateEvent, suggestedKind, type StatusUpdateFormat, type StatusUpdateKind } from '../../core/statusUpdate/compose';
import { mergeEventsIntoTimeline } from '../../core/timeline/merge';
import { copyStatusUpdateArgsSchema, draftStatusUpdateArgsSchema } from './args';

export const DRAFT_STATUS_UPDATE_COMMAND = 'postmortem.draftStatusUpdate';
export const COPY_STATUS_UPDATE_COMMAND = 'postmortem.copyStatusUpdate';
const SETTINGS = 'postmortem.statusUpdate';

interface Draft {
  postmortem: vscode.Uri;
  kind: StatusUpdateKind;
}

export interface DraftOutcome {
  kind: StatusUpdateKind;
  draftUri: string;
  text: string;
}

export interface CopyOutcome {
  text: string;
  /** Whether a `comms` row was added (false when the timeline already lists this update). */
  recorded: boolean;
}

/** The drafts opened by this window, so "Copy and Record" knows which postmortem each belongs to. */
export class StatusUpdateDrafts {
  private readonly drafts = new Map<string, Draft>();
  private latest: string | undefined;

  remember(draft: vscode.TextDocument, entry: Draft): void {
    this.drafts.set(draft.uri.toString(), entry);
    this.latest = draft.uri.toString();
  }

  find(uri: string | undefined): { uri: string; draft: Draft } | undefined {
    const key = uri ?? [vscode.window.activeTextEditor?.document.uri.toString()].find((k) => k !== undefined && this.drafts.has(k)) ?? this.latest;
    const draft = key === undefined ? undefined : this.drafts.get(key);
    return key !== undefined && draft ? { uri: key, draft } : undefined;
  }

  forget(uri: string): void {
    this.drafts.delete(uri);
    if (this.latest === uri) this.latest = undefined;
  }
}

async function pickKind(suggested: StatusUpdateKind): Promise<StatusUpdateKind | undefined> {
  const items: Array<vscode.QuickPickItem & { message: StatusUpdateKind }> = [
    { message: 'update', label: vscode.l10n.t('[INCIDENT UPDATE]'), detail: vscode.l10n.t('Status, impact, current actions from the latest timeline rows, next update') },
    { message: 'resolved', label: vscode.l10n.t('[INCIDENT RESOLVED]'), detail: vscode.l10n.t('Duration, impact, root cause, link to this postmortem') },
  ];
  const ordered = suggested === 'resolved' ? [items[1], items[0]] : items;
  return (await vscode.window.showQuickPick(ordered, { title: vscode.l10n.t('Draft Status Update'), placeHolder: vscode.l10n.t('Which message?') }))?.message;
}

export function draftStatusUpdateCommand(drafts: StatusUpdateDrafts) {
  return async (rawArgs?: unknown): Promise<DraftOutcome | undefined> => {
    const parsed = draftStatusUpdateArgsSchema.safeParse(rawArgs instanceof vscode.Uri ? { uri: rawArgs.toString() } : (rawArgs ?? {}));
    if (!parsed.success) throw new Error(`${DRAFT_STATUS_UPDATE_COMMAND}: invalid arguments: ${parsed.error.message}`);
    const args = parsed.data;
    const document = args.uri !== undefined ? await vscode.workspace.openTextDocument(vscode.Uri.parse(args.uri)) : vscode.window.activeTextEditor?.document;
    if (!document || document.languageId !== 'markdown') {
      void vscode.window.showWarningMessage(vscode.l10n.t('Open the postmortem (a Markdown file) to draft a status update from it.'));
      return undefined;
    }
    const doc = parsedForCommand(document);
    if (!doc) return undefined;
    const kind = args.kind ?? (await pickKind(suggestedKind(doc)));
    if (!kind) return undefined;
    const settings = vscode.workspace.getConfiguration(SETTINGS, document.uri);
    const format: StatusUpdateFormat = args.format ?? settings.get<StatusUpdateFormat>('format', 'plain');
    const update = composeStatusUpdate(doc, {
      kind,
      format,
      now: args.now ? new Date(args.now) : new Date(),
      cadenceMinutes: settings.get<number>('cadenceMinutes', 30),
      link: document.uri.scheme === 'untitled' ? null : document.uri.toString(),
    });
    const draft = await vscode.workspace.openTextDocument({ language: format === 'slack' ? 'markdown' : 'plaintext', content: update.text });
    await vscode.window.showTextDocument(draft, { viewColumn: vscode.ViewColumn.Beside, preview: false });
    drafts.remember(draft, { postmortem: document.uri, kind });
    // Not awaited: the message stays up while the user edits the draft.
    void vscode.window.showInformationMessage(vscode.l10n.t('Edit the status update, then copy it and record it in the timeline.'), 'Copy and Record').then((choice) => {
      if (choice) void vscode.commands.executeCommand(COPY_STATUS_UPDATE_COMMAND, { draftUri: draft.uri.toString() });
    });
    return { kind, draftUri: draft.uri.toString(), text: update.text };
  };
}

export function copyStatusUpdateCommand(drafts: StatusUpdateDrafts) {
  return async (rawArgs?: unknown): Promise<CopyOutcome | undefined> => {
    const parsed = copyStatusUpdateArgsSchema.safeParse(rawArgs ?? {});
    if (!parsed.success) throw new Error(`${COPY_STATUS_UPDATE_COMMAND}: invalid arguments: ${parsed.error.message}`);
    const found = drafts.find(parsed.data.draftUri);
    const draftDocument = found && vscode.workspace.textDocuments.find((d) => d.uri.toString() === found.uri);
    if (!found || !draftDocument) {
      void vscode.window.showWarningMessage(vscode.l10n.t('No status update draft is open: run "Postmortem: Draft Status Update" first.'));
      return undefined;
    }
    const text = draftDocument.getText().trim();
    await vscode.env.clipboard.writeText(text);
    const now = parsed.data.now ? new Date(parsed.data.now) : new Date();
    const postmortem = await vscode.workspace.openTextDocument(found.draft.postmortem);
    const current = parsedForCommand(postmortem);
    if (!current) return undefined;
    // The row records what was sent: the status as the edited draft states it, when it states one.
    const update = composeStatusUpdate(current, { kind: found.draft.kind, format: 'plain', now, cadenceMinutes: 0, link: null });
    const field = (label: RegExp) => label.exec(text)?.[1]?.replace(/^[*_\s]+/, '').trim() || undefined;
    const status = field(/^[*_ ]*status[*_ ]*:(.+)$/im);
    const next = field(/^[*_ ]*next update[*_ ]*:(.+)$/im);
    const note = found.draft.kind === 'update' && status ? `Status update posted: ${status}${next ? `; next update ${next}` : ''}` : update.timelineNote;
    const result = mergeEventsIntoTimeline(postmortem.getText(), [statusUpdateEvent({ ...update, timelineNote: note }, now)], { eventType: 'comms' });
    if (result.edits.length > 0) {
      const edit = new vscode.WorkspaceEdit();
      for (const { start, end, text: insert } of result.edits) edit.replace(postmortem.uri, new vscode.Range(postmortem.positionAt(start), postmortem.positionAt(end)), insert);
      await vscode.workspace.applyEdit(edit);
    }
    drafts.forget(found.uri);
    void vscode.window.showInformationMessage(vscode.l10n.t('Status update copied to the clipboard{0}.', result.added > 0 ? ' and recorded in the timeline' : ''));
    return { text, recorded: result.added > 0 };
  };
}
