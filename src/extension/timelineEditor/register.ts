// Registers the timeline editor: the custom editor, "Postmortem: Edit Timeline", and a CodeLens above each timeline.
import * as vscode from 'vscode';
import * as z from '../../core/zod';
import { parsedPostmortem } from '../parsedDocument';
import { editableTimelines } from '../../core/timelineEdit';
import type { CommandRegistry } from '../commandRegistry';
import { TIMELINE_EDITOR_VIEW_TYPE, type TimelineEditorHost } from './deferredProvider';
import { TimelineEditorProvider } from './provider';
import type { RenderedReport } from './session';

export const EDIT_TIMELINE_COMMAND = 'postmortem.editTimeline';

/** For integration tests: what the webview last rendered, and a way in through the same door the webview uses. */
export interface TimelineEditorHooks {
  rendered(uri: vscode.Uri): RenderedReport | undefined;
  receive(uri: vscode.Uri, message: unknown): Promise<void>;
}

const argsSchema = z.tuple([z.optional(z.string()), z.optional(z.number().check(z.int(), z.minimum(0)))]);

/** The document the command acts on: the one named, the active text editor's, or the one behind the active custom editor. */
function targetUri(uri: string | undefined): vscode.Uri | undefined {
  if (uri) return vscode.Uri.parse(uri);
  const text = vscode.window.activeTextEditor?.document;
  if (text?.languageId === 'markdown') return text.uri;
  const input = vscode.window.tabGroups.activeTabGroup.activeTab?.input;
  if (input instanceof vscode.TabInputCustom && input.viewType === TIMELINE_EDITOR_VIEW_TYPE) return input.uri;
  return undefined;
}

class TimelineCodeLenses implements vscode.CodeLensProvider {
  provideCodeLenses(document: vscode.TextDocument): vscode.CodeLens[] {
    const doc = parsedPostmortem(document);
    return (doc ? editableTimelines(doc) : []).map((timeline, index) => {
      const at = document.positionAt(timeline.range.start);
      return new vscode.CodeLens(new vscode.Range(at, at), { title: vscode.l10n.t('Edit Timeline'), command: EDIT_TIMELINE_COMMAND, arguments: [document.uri.toString(), index] });
    });
  }
}

export function registerTimelineEditor(context: vscode.ExtensionContext, commands: CommandRegistry, host: TimelineEditorHost): TimelineEditorHooks {
  const output = vscode.window.createOutputChannel('Postmortem Timeline Editor', { log: true });
  const provider = new TimelineEditorProvider(context.extensionUri, output);
  context.subscriptions.push(
    output,
    host.attach(provider),
    vscode.languages.registerCodeLensProvider({ language: 'markdown' }, new TimelineCodeLenses()),
    commands.register(EDIT_TIMELINE_COMMAND, async (...raw: unknown[]) => {
      // From the editor title VS Code passes the file's Uri; from a CodeLens, a URI string and the timeline's index.
      const [uri0, timeline0] = raw;
      const args = argsSchema.safeParse([uri0 instanceof vscode.Uri ? uri0.toString() : uri0, typeof timeline0 === 'number' ? timeline0 : undefined]);
      if (!args.success) throw new Error(`${EDIT_TIMELINE_COMMAND}: expected (uri?: string, timeline?: number)`);
      const uri = targetUri(args.data[0]);
      if (!uri) {
        void vscode.window.showWarningMessage(vscode.l10n.t('Open a postmortem (a Markdown file) to edit its timeline.'));
        return;
      }
      await provider.open(uri, args.data[1]);
    }),
  );
  return {
    rendered: (uri) => provider.rendered(uri),
    receive: async (uri, message) => {
      const session = provider.sessionFor(uri);
      if (!session) throw new Error(`no timeline editor is open on ${uri.toString()}`);
      await session.receive(message);
    },
  };
}
