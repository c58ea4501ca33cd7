// Desktop (Node extension host) entry point.
import type * as vscode from 'vscode';
import { activateShared, type ExtensionApi } from './activate';

export function activate(context: vscode.ExtensionContext): ExtensionApi {
  return activateShared(context, 'node');
}

export function deactivate(): void {}
