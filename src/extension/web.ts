// Web (browser extension host) entry point, and the engine's bundle: VS Code runs this one CommonJS file in a web worker,
// and the desktop entry requires the same file for `startEngine`. Nothing here may need Node.
import type * as vscode from 'vscode';
import { activateShared, type ExtensionApi } from './activate';
import { startEngine } from './engine';

export { startEngine };

export function activate(context: vscode.ExtensionContext): ExtensionApi {
  return activateShared(context, { platform: 'web', loadEngine: () => startEngine });
}

export function deactivate(): void {}
