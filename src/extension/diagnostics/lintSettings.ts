// The `postmortem.lint.*` settings that say which Markdown files are postmortems, read without the engine (the entry uses them too).
import * as vscode from 'vscode';

export const SETTINGS_SECTION = 'postmortem.lint';

export interface LintSettings {
  enable: boolean;
  /** Globs of documents that are postmortems. */
  files: string[];
  /** Also lint Markdown documents that look like a postmortem, wherever they are. */
  detectByContent: boolean;
}

export function readLintSettings(scope?: vscode.ConfigurationScope): LintSettings {
  const settings = vscode.workspace.getConfiguration(SETTINGS_SECTION, scope);
  return {
    enable: settings.get<boolean>('enable', true),
    files: settings.get<string[]>('files', ['**/postmortems/**/*.md']),
    detectByContent: settings.get<boolean>('detectByContent', true),
  };
}

/** True when `uri` matches one of the globs, matched the way the editor matches document selectors. */
export function matchesPostmortemGlobs(uri: vscode.Uri, globs: readonly string[]): boolean {
  // languages.match reads only the uri and language of the document it is given, so a file that is not open can be
  // matched without opening it (opening every Markdown file of a large workspace would be far slower).
  const candidate = { uri, languageId: 'markdown' } as vscode.TextDocument;
  return globs.some((pattern) => vscode.languages.match({ language: 'markdown', pattern }, candidate) > 0);
}
