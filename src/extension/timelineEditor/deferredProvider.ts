// The timeline editor as the entry registers it, before the engine loads: opening one loads the engine, whose provider then resolves it.
import * as vscode from 'vscode';

export const TIMELINE_EDITOR_VIEW_TYPE = 'postmortem.timelineEditor';

/** The door through which the engine hands over the provider that fills the editors. */
export interface TimelineEditorHost {
  attach(provider: vscode.CustomTextEditorProvider): vscode.Disposable;
}

/**
 * Registers the editor's provider right after activate() returns: registering it is the one slow registration (13 ms of
 * a 15 ms activate() in the extension host), and VS Code keeps an editor opened before then waiting for its provider.
 */
export function registerDeferredTimelineEditor(context: vscode.ExtensionContext, engineReady: () => Promise<unknown>): TimelineEditorHost {
  let provider: vscode.CustomTextEditorProvider | undefined;
  const deferred: vscode.CustomTextEditorProvider = {
    async resolveCustomTextEditor(document, panel, token) {
      if (!provider) await engineReady();
      if (!provider) throw new Error('the timeline editor was not attached when the engine started');
      return provider.resolveCustomTextEditor(document, panel, token);
    },
  };
  const registering = setTimeout(() => {
    context.subscriptions.push(vscode.window.registerCustomEditorProvider(TIMELINE_EDITOR_VIEW_TYPE, deferred, { supportsMultipleEditorsPerDocument: true }));
  }, 0);
  context.subscriptions.push(new vscode.Disposable(() => clearTimeout(registering)));
  return {
    attach(engineProvider) {
      provider = engineProvider;
      return new vscode.Disposable(() => (provider = undefined));
    },
  };
}
