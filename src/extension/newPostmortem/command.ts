// The `postmortem.new` command: asks (or takes arguments), writes `<folder>/<date>-<slug>.md` without overwriting, opens it.
import * as vscode from 'vscode';
import { folderInsideWorkspace } from '../../core/templates/folder';
import { builtinTemplates, DEFAULT_TEMPLATE } from '../../core/templates/builtin';
import { createPostmortem, sameDayFileNames } from '../../core/templates/create';
import { DEFAULT_STATUS, newPostmortemArgsSchema, today } from '../../core/templates/input';
import { resolveSeverity, type SeverityScaleId } from '../../core/templates/severity';
import { findTemplate, mergeTemplates, type PostmortemTemplate } from '../../core/templates/template';
import type { CommandRegistry } from '../commandRegistry';
import { askForNewPostmortem } from './ask';
import { exists, fileNamesIn, loadWorkspaceTemplates, readTexts } from './workspaceFiles';

export const NEW_POSTMORTEM_COMMAND = 'postmortem.new';

interface Inputs {
  title: string;
  date: string;
  severity?: string;
  status: string;
  template: PostmortemTemplate;
}

export function registerNewPostmortem(context: vscode.ExtensionContext, commands: CommandRegistry): void {
  context.subscriptions.push(commands.register(NEW_POSTMORTEM_COMMAND, newPostmortem));
}

/** The workspace folder of the active editor, else the first one. */
function targetWorkspaceFolder(): vscode.WorkspaceFolder | undefined {
  const active = vscode.window.activeTextEditor?.document.uri;
  return (active && vscode.workspace.getWorkspaceFolder(active)) ?? vscode.workspace.workspaceFolders?.[0];
}

/**
 * Returns the URI of the new document, or undefined when the user cancelled. Invalid arguments
 * reject, so automation sees why; from the palette VS Code shows the message.
 */
async function newPostmortem(rawArgs?: unknown): Promise<vscode.Uri | undefined> {
  // From an explorer context menu VS Code passes the clicked resource, not arguments.
  const parsed = newPostmortemArgsSchema.safeParse(rawArgs === undefined || rawArgs instanceof vscode.Uri ? {} : rawArgs);
  if (!parsed.success) {
    throw new Error(`postmortem.new: invalid arguments: ${parsed.error.issues.map((i) => `${i.path.join('.') || 'args'}: ${i.message}`).join('; ')}`);
  }
  const workspaceFolder = targetWorkspaceFolder();
  const config = vscode.workspace.getConfiguration('postmortem', workspaceFolder?.uri);
  const scale = config.get<SeverityScaleId>('severityScale', 'P0-P3');
  const templates = mergeTemplates(workspaceFolder ? await loadWorkspaceTemplates(workspaceFolder.uri) : [], [...builtinTemplates]);

  const args = parsed.data;
  const severity = args.severity === undefined ? undefined : resolveSeverity(args.severity, scale);
  if (severity === null) throw new Error(`postmortem.new: unknown severity '${args.severity}' (use P0–P3 or SEV1–SEV4)`);
  const template = args.template === undefined ? undefined : findTemplate(templates, args.template);
  if (template === undefined && args.template !== undefined) {
    throw new Error(`postmortem.new: no template named '${args.template}' (have: ${templates.map((t) => t.name).join(', ')})`);
  }
  const date = args.date ?? today(new Date());
  const status = args.status ?? DEFAULT_STATUS;

  let inputs: Inputs;
  if (args.title !== undefined) {
    // Automation: nothing is asked; what is missing takes its default.
    inputs = { title: args.title, date, severity: severity?.written, status, template: template ?? findTemplate(templates, DEFAULT_TEMPLATE)! };
  } else {
    const answers = await askForNewPostmortem({ date, severity, template }, scale, templates);
    if (!answers) return undefined;
    inputs = { ...answers, severity: answers.severity.written, status };
  }

  if (!workspaceFolder) return openUntitled(inputs);
  const setting = config.get<string>('folder', 'postmortems');
  const relative = folderInsideWorkspace(typeof setting === 'string' ? setting : '');
  if (relative === null) {
    void vscode.window.showErrorMessage(vscode.l10n.t('postmortem.folder ("{0}") must be a folder inside the workspace folder, such as "postmortems"; no postmortem was created.', String(setting)));
    return undefined;
  }
  return writeAndOpen(vscode.Uri.joinPath(workspaceFolder.uri, relative), inputs);
}

async function openUntitled(inputs: Inputs): Promise<vscode.Uri> {
  const created = createPostmortem({ ...inputs, existingFileNames: [], existingTexts: [] });
  const document = await vscode.workspace.openTextDocument({ language: 'markdown', content: created.text });
  await show(document, created.firstPlaceholder);
  return document.uri;
}

async function writeAndOpen(folder: vscode.Uri, inputs: Inputs): Promise<vscode.Uri> {
  await vscode.workspace.fs.createDirectory(folder);
  const names = await fileNamesIn(folder);
  const texts = await readTexts(folder, sameDayFileNames(inputs.date, names));
  let created = createPostmortem({ ...inputs, existingFileNames: names, existingTexts: texts });
  let uri = vscode.Uri.joinPath(folder, created.fileName);
  // The listing can be stale (another window, a sync client): check again right before writing, never overwrite.
  // The write itself is create-only (it fails when the file appeared meanwhile), so nothing is ever overwritten.
  while ((await exists(uri)) || !(await createOnly(uri, created.text))) {
    names.push(created.fileName);
    created = createPostmortem({ ...inputs, existingFileNames: names, existingTexts: texts });
    uri = vscode.Uri.joinPath(folder, created.fileName);
  }
  const document = await vscode.workspace.openTextDocument(uri);
  await show(document, created.firstPlaceholder);
  return uri;
}

/** Creates the file with its content, failing instead of overwriting when it already exists. */
async function createOnly(uri: vscode.Uri, text: string): Promise<boolean> {
  const edit = new vscode.WorkspaceEdit();
  edit.createFile(uri, { overwrite: false, ignoreIfExists: false, contents: new TextEncoder().encode(text) });
  return vscode.workspace.applyEdit(edit);
}

async function show(document: vscode.TextDocument, placeholder: { start: number; end: number } | null): Promise<void> {
  const editor = await vscode.window.showTextDocument(document);
  if (!placeholder) return;
  // Selecting the placeholder means the first keystroke replaces it.
  editor.selection = new vscode.Selection(document.positionAt(placeholder.start), document.positionAt(placeholder.end));
  editor.revealRange(editor.selection, vscode.TextEditorRevealType.InCenterIfOutsideViewport);
}
