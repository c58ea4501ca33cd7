// Where the editor's lint configuration comes from: `postmortem.lint.*` settings, overridden by the nearest `.postmortemrc.json`.
import * as vscode from 'vscode';
import { parseConfigText, resolveLintConfig, type ConfigProblem, type ConfigSource, type LintConfig } from '../../core/config/resolve';
import { SETTINGS_SECTION } from './lintSettings';

export const CONFIG_FILE_NAME = '.postmortemrc.json';

/**
 * What the editor changes from the rules' defaults, before settings and `.postmortemrc.json` (which win): placeholders in
 * a document being written are to-dos, shown quietly; the CLI keeps them as warnings because CI gates finished documents.
 */
const EDITOR_DEFAULTS: ConfigSource = { name: 'editor defaults', value: { rules: { placeholder: 'info' } } };

interface RcFile {
  source: ConfigSource;
  problems: ConfigProblem[];
}

/** Reads and caches `.postmortemrc.json` files; a watcher clears the cache when one changes. */
export class LintConfigLoader implements vscode.Disposable {
  private readonly rcFiles = new Map<string, Promise<RcFile | null>>();
  private readonly changed = new vscode.EventEmitter<void>();
  readonly onDidChange = this.changed.event;
  private readonly disposables: vscode.Disposable[] = [this.changed];

  constructor() {
    const watcher = vscode.workspace.createFileSystemWatcher(`**/${CONFIG_FILE_NAME}`);
    const reset = () => {
      this.rcFiles.clear();
      this.changed.fire();
    };
    this.disposables.push(
      watcher,
      watcher.onDidCreate(reset),
      watcher.onDidChange(reset),
      watcher.onDidDelete(reset),
      vscode.workspace.onDidChangeConfiguration((event) => {
        if (event.affectsConfiguration(SETTINGS_SECTION)) this.changed.fire();
      }),
    );
  }

  /** The configuration for a document: settings first, then the nearest rc file between its folder and the workspace folder. */
  async configFor(uri: vscode.Uri): Promise<LintConfig> {
    const rules = vscode.workspace.getConfiguration(SETTINGS_SECTION, uri).get<unknown>('rules', {});
    const rc = await this.nearestRcFile(uri);
    const config = resolveLintConfig([EDITOR_DEFAULTS, { name: 'settings (postmortem.lint.rules)', value: { rules } }, ...(rc ? [rc.source] : [])]);
    return rc ? { ...config, problems: [...rc.problems, ...config.problems] } : config;
  }

  private async nearestRcFile(uri: vscode.Uri): Promise<RcFile | null> {
    const root = vscode.workspace.getWorkspaceFolder(uri)?.uri;
    if (!root) return null;
    let folder = vscode.Uri.joinPath(uri, '..');
    for (;;) {
      const found = await this.readRcFile(vscode.Uri.joinPath(folder, CONFIG_FILE_NAME));
      if (found || folder.path === root.path || !folder.path.startsWith(root.path)) return found;
      folder = vscode.Uri.joinPath(folder, '..');
    }
  }

  private readRcFile(uri: vscode.Uri): Promise<RcFile | null> {
    const key = uri.toString();
    let pending = this.rcFiles.get(key);
    if (!pending) {
      pending = Promise.resolve(vscode.workspace.fs.readFile(uri)).then(
        (bytes) => parseConfigText(vscode.workspace.asRelativePath(uri), new TextDecoder().decode(bytes)),
        () => null,
      );
      this.rcFiles.set(key, pending);
    }
    return pending;
  }

  dispose(): void {
    for (const disposable of this.disposables) disposable.dispose();
  }
}
