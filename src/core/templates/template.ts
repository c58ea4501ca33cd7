// What a postmortem template is, wherever it comes from: built into the extension or a workspace's `.postmortem/templates/`.

export interface PostmortemTemplate {
  /** The id used by `--template NAME` and command arguments: the file name without `.md`. */
  name: string;
  /** Shown in the picker. */
  label: string;
  description: string;
  text: string;
  source: 'builtin' | 'workspace';
}

/** Where teams keep their own templates, relative to a workspace folder (or the CLI's working directory). */
export const WORKSPACE_TEMPLATE_FOLDER = '.postmortem/templates';

/** A workspace template from its file name and contents. */
export function workspaceTemplate(fileName: string, text: string): PostmortemTemplate {
  const name = fileName.replace(/\.md$/i, '');
  return {
    name,
    label: name,
    description: `Workspace template (${WORKSPACE_TEMPLATE_FOLDER}/${fileName})`,
    text,
    source: 'workspace',
  };
}

/** Workspace templates first, so a team's template of the same name wins over a built-in one. */
export function mergeTemplates(workspace: PostmortemTemplate[], builtin: PostmortemTemplate[]): PostmortemTemplate[] {
  const names = new Set(workspace.map((t) => t.name));
  return [...workspace, ...builtin.filter((t) => !names.has(t.name))];
}

export function findTemplate(templates: PostmortemTemplate[], name: string): PostmortemTemplate | undefined {
  const wanted = name.replace(/\.md$/i, '').toLowerCase();
  return templates.find((t) => t.name.toLowerCase() === wanted);
}
