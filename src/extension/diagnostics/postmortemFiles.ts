// Which Markdown files are postmortems: the `postmortem.lint.files` globs, or content that reads like one. Shared by the
// diagnostics and the action items tree so both agree on what a postmortem is.
import type * as vscode from 'vscode';
import { looksLikePostmortem } from '../../core/lint/detect';
import type { PostmortemDocument } from '../../core/model/types';
import { matchesPostmortemGlobs, readLintSettings } from './lintSettings';

const TEMPLATE_FOLDER = /\/\.postmortem\/templates\//;
const INDEX_FILE = /\/(?:readme|index)\.(?:md|markdown)$/i;

/** Whether a parsed Markdown file is a postmortem (the `enable` setting is the caller's business). */
export function isPostmortemFile(uri: vscode.Uri, doc: PostmortemDocument): boolean {
  // Workspace templates are meant to hold placeholders; they are not incidents.
  if (TEMPLATE_FOLDER.test(uri.path)) return false;
  const settings = readLintSettings(uri);
  const looksLikeOne = looksLikePostmortem(doc);
  if (matchesPostmortemGlobs(uri, settings.files)) {
    // A README or index beside the postmortems lists them; it is not one unless it reads like one.
    return looksLikeOne || !INDEX_FILE.test(uri.path);
  }
  return settings.detectByContent && looksLikeOne;
}
