// Web (browser extension host) entry point: the same features, minus what needs a local process.
import type * as vscode from 'vscode';
import { activateShared, type ExtensionApi } from './activate';

export function activate(context: vscode.ExtensionContext): ExtensionApi {
  return activateShared(context, 'web');
}

export function deactivate(): void {}
