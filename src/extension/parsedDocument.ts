// The one way the editor's features read a postmortem: parsed once per document version, and never when the text is
// too costly to parse on the typing path (the extension host must not block: CodeLens, hover, completion and the
// action-items index all run while people type).
import * as vscode from 'vscode';
import { editorLintBudgetProblem } from '../core/lint/budget';
import { SectionCache } from '../core/markdown/sectionCache';
import { parseForActionScan } from '../core/actions/scan';
import { parsePostmortem } from '../core/model/parse';
import type { PostmortemDocument } from '../core/model/types';

type Read = { doc: PostmortemDocument; problem: null } | { doc: undefined; problem: string };

const reads = new WeakMap<vscode.TextDocument, { version: number; read: Read }>();
/** The parsed pieces of each open document's last version: typing in a long postmortem re-parses only what changed. */
const sections = new WeakMap<vscode.TextDocument, SectionCache>();

function sectionCacheOf(document: vscode.TextDocument): SectionCache {
  let cache = sections.get(document);
  if (cache === undefined) {
    cache = new SectionCache();
    sections.set(document, cache);
  }
  return cache;
}

/** The document's model, or why it is not read; the budget scan and the parse run once per document version. */
function readDocument(document: vscode.TextDocument): Read {
  const cached = reads.get(document);
  if (cached && cached.version === document.version) return cached.read;
  const text = document.getText();
  const problem = editorLintBudgetProblem(text);
  const read: Read = problem === null ? { doc: parsePostmortem(text, { sections: sectionCacheOf(document) }), problem: null } : { doc: undefined, problem };
  reads.set(document, { version: document.version, read });
  return read;
}

/** The document's model, or undefined when the text is over the editor's parse budget. */
export function parsedPostmortem(document: vscode.TextDocument): PostmortemDocument | undefined {
  return readDocument(document).doc;
}

/** Why the document is over the editor's parse budget (and not read), or null when it is read. */
export function parseBudgetProblem(document: vscode.TextDocument): string | null {
  return readDocument(document).problem;
}

/** The model of a text, or undefined when parsing it would block the editor (see `editorLintBudgetProblem`). */
export function parseWithinBudget(text: string): PostmortemDocument | undefined {
  return editorLintBudgetProblem(text) === null ? parsePostmortem(text) : undefined;
}

/** Like parseWithinBudget, for the action-items scan of files not open: timeline tables are not parsed (see scan.ts). */
export function scanWithinBudget(text: string): PostmortemDocument | undefined {
  return editorLintBudgetProblem(text) === null ? parseForActionScan(text) : undefined;
}

/** The document's model for a command the user ran; when it is over the budget, says why and returns undefined. */
export function parsedForCommand(document: vscode.TextDocument): PostmortemDocument | undefined {
  const read = readDocument(document);
  if (read.problem !== null) void vscode.window.showWarningMessage(vscode.l10n.t('Postmortem: {0} is not read: {1}.', vscode.workspace.asRelativePath(document.uri), read.problem));
  return read.doc;
}
