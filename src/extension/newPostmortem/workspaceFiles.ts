// The file side of New Postmortem through vscode.workspace.fs, so it works on virtual and web file systems too.
import * as vscode from 'vscode';
import { WORKSPACE_TEMPLATE_FOLDER, workspaceTemplate, type PostmortemTemplate } from '../../core/templates/template';

const decoder = new TextDecoder();

async function readText(uri: vscode.Uri): Promise<string> {
  return decoder.decode(await vscode.workspace.fs.readFile(uri));
}

/** Names of the files in a folder; none when the folder does not exist yet. */
export async function fileNamesIn(folder: vscode.Uri): Promise<string[]> {
  try {
    const entries = await vscode.workspace.fs.readDirectory(folder);
    return entries.filter(([, type]) => type === vscode.FileType.File).map(([name]) => name);
  } catch (error) {
    if (error instanceof vscode.FileSystemError && error.code === 'FileNotFound') return [];
    throw error;
  }
}

export async function readTexts(folder: vscode.Uri, names: string[]): Promise<string[]> {
  return Promise.all(names.map((name) => readText(vscode.Uri.joinPath(folder, name))));
}

/** `.postmortem/templates/*.md` of a workspace folder, sorted by name. */
export async function loadWorkspaceTemplates(workspaceFolder: vscode.Uri): Promise<PostmortemTemplate[]> {
  const folder = vscode.Uri.joinPath(workspaceFolder, WORKSPACE_TEMPLATE_FOLDER);
  const names = (await fileNamesIn(folder)).filter((n) => n.toLowerCase().endsWith('.md')).sort();
  const texts = await readTexts(folder, names);
  return names.map((name, i) => workspaceTemplate(name, texts[i]));
}

export async function exists(uri: vscode.Uri): Promise<boolean> {
  try {
    await vscode.workspace.fs.stat(uri);
    return true;
  } catch {
    return false;
  }
}
