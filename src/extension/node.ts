// Desktop (Node extension host) entry point.
import type * as vscode from 'vscode';
import { activateShared, type ExtensionApi } from './activate';
import { registerImportKubectlEvents } from './kubectl/import';

export function activate(context: vscode.ExtensionContext): ExtensionApi {
  const api = activateShared(context, 'node');
  // Runs kubectl as a local process: registered here so child_process stays out of the web bundle.
  registerImportKubectlEvents(context);
  return api;
}

export function deactivate(): void {}
