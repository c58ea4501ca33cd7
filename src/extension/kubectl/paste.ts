// "Postmortem: Paste kubectl Events into Timeline": reads kubectl output from the clipboard and merges it into the timeline.
import * as vscode from 'vscode';
import { parseCaptureTime, parseKubectlEvents } from '../../core/kubectl';
import type { CommandRegistry } from '../commandRegistry';
import { invalidArgs, pasteArgsSchema } from './args';
import { chooseEvents, mergeIntoDocument, outcome, reportMerge, summarise, targetDocument, type KubectlMergeOutcome } from './mergeIntoDocument';

export const PASTE_KUBECTL_EVENTS_COMMAND = 'postmortem.pasteKubectlEvents';

export function registerPasteKubectlEvents(context: vscode.ExtensionContext, commands: CommandRegistry): void {
  context.subscriptions.push(commands.register(PASTE_KUBECTL_EVENTS_COMMAND, pasteKubectlEvents));
}

/** Asks when the output was captured, defaulting to now; undefined when cancelled. */
async function askCapturedAt(summary: string): Promise<Date | undefined> {
  const answer = await vscode.window.showInputBox({
    title: summary,
    prompt: vscode.l10n.t('kubectl printed ages ("3m12s"): when was this output captured? (UTC, ISO 8601) The times will be marked approximate.'),
    value: new Date().toISOString().replace(/\.\d+Z$/, 'Z'),
    validateInput: (value) => (parseCaptureTime(value) ? undefined : vscode.l10n.t('Write a time such as 2026-05-04T12:20:00Z (UTC unless you add a zone)')),
  });
  return answer === undefined ? undefined : (parseCaptureTime(answer) ?? undefined);
}

/** Returns what happened (for automation and tests), or undefined when the user cancelled or nothing could be done. */
async function pasteKubectlEvents(rawArgs?: unknown): Promise<KubectlMergeOutcome | undefined> {
  // From the editor context menu VS Code passes the document's URI.
  const parsed = pasteArgsSchema.safeParse(rawArgs instanceof vscode.Uri ? { uri: rawArgs.toString() } : (rawArgs ?? {}));
  if (!parsed.success) throw invalidArgs(PASTE_KUBECTL_EVENTS_COMMAND, parsed.error);
  const args = parsed.data;
  // Arguments mean automation: whatever they leave out takes its default instead of a prompt.
  const automated = rawArgs !== undefined && !(rawArgs instanceof vscode.Uri) && args.interactive !== true;
  const document = await targetDocument(args.uri);
  if (!document) {
    void vscode.window.showWarningMessage(vscode.l10n.t('Open the postmortem (a Markdown file) to paste kubectl events into its timeline.'));
    return undefined;
  }
  const text = args.text ?? (await vscode.env.clipboard.readText());
  let result = parseKubectlEvents(text, { capturedAt: (args.capturedAt && parseCaptureTime(args.capturedAt)) || new Date() });
  if (result.formats.length === 0) {
    void vscode.window.showWarningMessage(
      vscode.l10n.t('The clipboard does not hold kubectl events output. Copy the output of `kubectl get events`, `kubectl events` or `kubectl describe <object>` (any -o) and try again.'),
    );
    return undefined;
  }
  if (result.events.length === 0) {
    void vscode.window.showInformationMessage(
      vscode.l10n.t('kubectl found no events in that output. Clusters keep events for about an hour: for an older incident, use `kubectl describe` output or events saved with `kubectl get events -o json` at the time.'),
    );
    return outcome(result, 0, { edits: [], added: 0, alreadyListed: 0, withoutTime: 0, createdTable: false });
  }
  if (result.relative && args.capturedAt === undefined && !automated) {
    const capturedAt = await askCapturedAt(summarise(result, { span: false }));
    if (!capturedAt) return undefined;
    result = parseKubectlEvents(text, { capturedAt });
  }
  const chosen = await chooseEvents(result, args.select ?? (automated ? 'all' : undefined));
  if (!chosen) return undefined;
  const merge = await mergeIntoDocument(document, chosen);
  reportMerge(result, merge, chosen.length);
  return outcome(result, chosen.length, merge);
}
