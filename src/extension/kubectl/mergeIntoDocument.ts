// What both kubectl commands share: describe what was found, let the user choose events, merge them into the timeline in one edit.
import * as vscode from 'vscode';
import type { KubectlEvent, KubectlFormat, KubectlParseResult } from '../../core/kubectl';
import { mergeEventsIntoTimeline, type TimelineMergeResult } from '../../core/timeline/merge';
import { utcParts } from '../../core/timeline/mergeRows';
import type { EventSelection } from './args';

const FORMAT_NAMES: Record<KubectlFormat, string> = {
  'get-events': 'kubectl get events',
  'get-events-wide': 'kubectl get events -o wide',
  'get-events-watch': 'kubectl get events --watch',
  'get-events-legacy': 'kubectl get events (before 1.14)',
  'kubectl-events': 'kubectl events',
  describe: 'kubectl describe',
  'custom-columns': 'kubectl get events -o custom-columns',
  json: 'kubectl -o json',
  yaml: 'kubectl -o yaml',
  'none-found': 'kubectl',
};

export interface KubectlMergeOutcome extends Omit<TimelineMergeResult, 'edits'> {
  formats: KubectlFormat[];
  found: number;
  selected: number;
}

/** The document to merge into: the one named by the arguments, else the active Markdown editor's. */
export async function targetDocument(uri: string | undefined): Promise<vscode.TextDocument | undefined> {
  if (uri !== undefined) return vscode.workspace.openTextDocument(vscode.Uri.parse(uri));
  const document = vscode.window.activeTextEditor?.document;
  return document && document.languageId === 'markdown' ? document : undefined;
}

function span(events: readonly KubectlEvent[]): string {
  const times = events.flatMap((event) => (event.time ? [event.time] : []));
  if (times.length === 0) return 'no times';
  const first = utcParts(times[0]);
  const last = utcParts(times[times.length - 1]);
  const approx = events.some((event) => event.approximate) ? '~' : '';
  const end = first.date === last.date ? last.time : `${last.date} ${last.time}`;
  return `${approx}${first.date} ${first.time} – ${end} UTC`;
}

/**
 * "kubectl events: 7 events (3 warnings), ~2026-11-25 14:21 – 17:23 UTC". Without the span while the times are still
 * ages waiting for the capture time (a span counted from now would be a guess shown as a fact).
 */
export function summarise(result: KubectlParseResult, options: { span: boolean } = { span: true }): string {
  const formats = [...new Set(result.formats.filter((f) => f !== 'none-found').map((f) => FORMAT_NAMES[f]))].join(' + ') || 'kubectl';
  const warnings = result.events.filter((event) => event.type === 'Warning').length;
  const count = `${result.events.length} event${result.events.length === 1 ? '' : 's'}${warnings > 0 ? ` (${warnings} warning${warnings === 1 ? '' : 's'})` : ''}`;
  return options.span ? `${formats}: ${count}, ${span(result.events)}` : `${formats}: ${count}, timed by their age when captured`;
}

function eventLabel(event: KubectlEvent): vscode.QuickPickItem & { event: KubectlEvent } {
  const time = event.time ? `${event.approximate ? '~' : ''}${utcParts(event.time).time}` : 'no time';
  return {
    label: `${event.type === 'Warning' ? '$(warning)' : '$(info)'} ${time} ${event.reason}`,
    description: [event.object, event.namespace].filter(Boolean).join(' · '),
    detail: event.message.replace(/\s+/g, ' '),
    picked: true,
    event,
  };
}

/** Asks all / warnings only / pick (unless `select` says), returning the chosen events or undefined when cancelled. */
export async function chooseEvents(result: KubectlParseResult, select: EventSelection | undefined): Promise<KubectlEvent[] | undefined> {
  const warnings = result.events.filter((event) => event.type === 'Warning');
  if (select === 'all') return [...result.events];
  if (select === 'warnings') return warnings;
  if (Array.isArray(select)) return select.filter((i) => i < result.events.length).map((i) => result.events[i]);
  const choices = [
    { label: vscode.l10n.t('All {0} events', result.events.length), value: 'all' as const },
    ...(warnings.length > 0 && warnings.length < result.events.length ? [{ label: vscode.l10n.t('Warnings only ({0})', warnings.length), value: 'warnings' as const }] : []),
    { label: vscode.l10n.t('Pick events…'), value: 'pick' as const },
  ];
  const choice = await vscode.window.showQuickPick(choices, { title: summarise(result), placeHolder: vscode.l10n.t('Which events go into the timeline?') });
  if (!choice) return undefined;
  if (choice.value !== 'pick') return choice.value === 'all' ? [...result.events] : warnings;
  const picked = await vscode.window.showQuickPick(result.events.map(eventLabel), { title: summarise(result), canPickMany: true, matchOnDescription: true, matchOnDetail: true });
  return picked?.map((item) => item.event);
}

/** How often the merge is recomputed when the document keeps changing under it before giving up. */
const MERGE_ATTEMPTS = 3;

/**
 * Applies the merge as one edit, so one undo takes it all back. The offsets are computed from the document version
 * the edit is applied to: after the editor is shown (a keystroke may land while it opens), and again whenever VS Code
 * refuses the edit because the document changed in between.
 */
export async function mergeIntoDocument(document: vscode.TextDocument, events: readonly KubectlEvent[]): Promise<TimelineMergeResult> {
  const first = mergeEventsIntoTimeline(document.getText(), events);
  if (first.edits.length === 0) return first;
  // An editor already showing the document takes the edit where it is (the timeline editor beside it keeps the focus).
  const editor = vscode.window.visibleTextEditors.find((e) => e.document === document) ?? (await vscode.window.showTextDocument(document));
  for (let attempt = 0; attempt < MERGE_ATTEMPTS; attempt++) {
    const version = document.version;
    const merge = mergeEventsIntoTimeline(document.getText(), events);
    if (merge.edits.length === 0) return merge;
    // TextEditor.edit refuses (resolves false) when the document is no longer at the version the edit was made for.
    const applied = await editor.edit(
      (builder) => {
        for (const edit of merge.edits) builder.replace(new vscode.Range(document.positionAt(edit.start), document.positionAt(edit.end)), edit.text);
      },
      { undoStopBefore: true, undoStopAfter: true },
    );
    if (applied) {
      const at = document.positionAt(merge.edits[0].start);
      editor.revealRange(new vscode.Range(at, at), vscode.TextEditorRevealType.InCenterIfOutsideViewport);
      return merge;
    }
    if (document.version === version) break;
  }
  throw new Error('The document kept changing while the events were being merged; run the command again.');
}

/** Tells what was found and what went in, so the user sees the result without reading the diff. */
export function reportMerge(result: KubectlParseResult, merge: TimelineMergeResult, selected: number): void {
  const parts: string[] = [];
  if (merge.alreadyListed > 0) parts.push(`${merge.alreadyListed} already in the timeline`);
  if (merge.withoutTime > 0) parts.push(`${merge.withoutTime} without a time (kubectl showed <unknown>) left out`);
  const detail = parts.length > 0 ? ` (${parts.join('; ')})` : '';
  if (merge.added === 0) {
    void vscode.window.showInformationMessage(vscode.l10n.t('No events added to the timeline{0}.', detail || (selected === 0 ? ': none chosen' : '')));
    return;
  }
  const where = merge.createdTable ? 'a new Timeline table' : 'the timeline';
  void vscode.window.showInformationMessage(vscode.l10n.t('Added {0} kubectl event{1} to {2}{3}. Found {4}.', merge.added, merge.added === 1 ? '' : 's', where, detail, summarise(result)));
}

export function outcome(result: KubectlParseResult, selected: number, merge: TimelineMergeResult): KubectlMergeOutcome {
  const { edits: _edits, ...counts } = merge;
  return { formats: result.formats, found: result.events.length, selected, ...counts };
}
