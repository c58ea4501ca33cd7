// Desktop (Node extension host) entry point: a few KB, so that activating costs little. The engine lives in the web bundle
// (one platform-neutral CommonJS file), required from beside this file the first time it is needed, so the .vsix ships
// the engine once; running kubectl is the one thing only this host can do.
import type * as vscode from 'vscode';
import { activateShared, type ExtensionApi } from './activate';
import { runKubectl } from './kubectl/runKubectl';
import type * as web from './web';

export function activate(context: vscode.ExtensionContext): ExtensionApi {
  // Left unbundled by scripts/build.mjs: the file dist/extension/web.js itself.
  return activateShared(context, { platform: 'node', loadEngine: () => (require('./web.js') as typeof web).startEngine, runKubectl });
}

export function deactivate(): void {}
