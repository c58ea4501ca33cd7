// The one activate shared by the desktop and web entries, small on purpose: it registers every contributed command, the
// Action Items view and the timeline editor in front of the engine, and starts the engine (parser, linter, features)
// the first time one of them is used or a Markdown document that may be a postmortem is open; never inside activate().
import * as vscode from 'vscode';
import { createActionItemsView } from './actionItemsView/deferredView';
import { ContributedCommands } from './commandRegistry';
import type { EngineApi, EngineHost } from './engine';
import { whenPostmortemMayBeOpen } from './engineTriggers';
import { IMPORT_KUBECTL_EVENTS_COMMAND, type RunKubectl } from './kubectl/kubectlProcess';
import { registerDeferredTimelineEditor } from './timelineEditor/deferredProvider';

export type StartEngine = (context: vscode.ExtensionContext, host: EngineHost) => EngineApi;

export interface EntryOptions {
  platform: 'node' | 'web';
  /** The engine's start function: required from its own file on the desktop, part of the bundle on the web. */
  loadEngine: () => StartEngine;
  runKubectl?: RunKubectl;
}

export interface EngineTiming {
  /** Milliseconds to load the engine's code (the require on the desktop). */
  loadMs: number;
  /** Milliseconds for the engine to register its features. */
  startMs: number;
}

export interface ExtensionApi {
  /** Milliseconds from the start of activate to its end, for the benchmark. */
  activationMs: number;
  platform: 'node' | 'web';
  /** The engine, started now if it was not yet. */
  engine(): Promise<EngineApi>;
  /** What starting the engine cost, once it has started. */
  engineTiming(): EngineTiming | undefined;
}

interface Manifest {
  contributes?: { commands?: Array<{ command: string }> };
}

export function activateShared(context: vscode.ExtensionContext, options: EntryOptions): ExtensionApi {
  const started = performance.now();
  let engine: Promise<EngineApi> | undefined;
  let timing: EngineTiming | undefined;
  // Started in a task of its own, so whatever asked for it (activate() among them) returns first.
  const engineReady = (): Promise<EngineApi> =>
    (engine ??= new Promise<void>((resolve) => setTimeout(resolve, 0)).then(() => {
      triggers.dispose();
      const loading = performance.now();
      const startEngine = options.loadEngine();
      const starting = performance.now();
      const api = startEngine(context, { commands, actionItemsView, timelineEditor, runKubectl: options.runKubectl });
      timing = { loadMs: starting - loading, startMs: performance.now() - starting };
      return api;
    }));
  const whenNeeded = () => {
    engineReady().catch((error: unknown) => {
      void vscode.window.showErrorMessage(vscode.l10n.t('Postmortem could not start: {0}', error instanceof Error ? error.message : String(error)));
    });
  };

  const contributed = new Set<string>();
  for (const { command } of (context.extension.packageJSON as Manifest).contributes?.commands ?? []) contributed.add(command);
  // Without kubectl to run (the web), the command stays unregistered, as VS Code expects of a command it hides there.
  if (!options.runKubectl) contributed.delete(IMPORT_KUBECTL_EVENTS_COMMAND);
  const commands = new ContributedCommands(contributed, engineReady);
  const actionItemsView = createActionItemsView(context, engineReady);
  const timelineEditor = registerDeferredTimelineEditor(context, engineReady);
  const triggers = whenPostmortemMayBeOpen(whenNeeded);
  context.subscriptions.push(commands, triggers);
  return { activationMs: performance.now() - started, platform: options.platform, engine: engineReady, engineTiming: () => timing };
}
