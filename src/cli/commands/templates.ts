// `postmortem templates`: the template names `postmortem new --template` accepts, built-in and from `.postmortem/templates/`.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { builtinTemplates } from '../../core/templates/builtin';
import { mergeTemplates, WORKSPACE_TEMPLATE_FOLDER, workspaceTemplate, type PostmortemTemplate } from '../../core/templates/template';
import { CliError, type CliCommand } from '../command';
import { rejectUnknownOptions } from '../files';

/** The templates available in a working folder: its `.postmortem/templates/*.md`, then the built-in ones. */
export function availableTemplates(cwd: string): PostmortemTemplate[] {
  const folder = join(cwd, WORKSPACE_TEMPLATE_FOLDER);
  let names: string[];
  try {
    names = readdirSync(folder).filter((n) => n.toLowerCase().endsWith('.md')).sort();
  } catch {
    names = [];
  }
  const workspace = names.map((name) => {
    try {
      return workspaceTemplate(name, readFileSync(join(folder, name), 'utf8'));
    } catch (error) {
      throw new CliError(`cannot read template '${join(WORKSPACE_TEMPLATE_FOLDER, name)}': ${error instanceof Error ? error.message : String(error)}`);
    }
  });
  return mergeTemplates(workspace, [...builtinTemplates]);
}

const usage = `Usage: postmortem templates

Lists the templates 'postmortem new --template NAME' accepts: those in
${WORKSPACE_TEMPLATE_FOLDER}/*.md of the working folder, then the built-in ones.
`;

export const templatesCommand: CliCommand = {
  name: 'templates',
  usage,
  async run(argv, io) {
    const args = [...argv];
    rejectUnknownOptions(args);
    if (args.length > 0) throw new CliError(`unexpected argument '${args[0]}'.`);
    const templates = availableTemplates(io.cwd);
    const width = Math.max(...templates.map((t) => t.name.length));
    io.stdout(templates.map((t) => `${t.name.padEnd(width)}  ${t.label}: ${t.description}\n`).join(''));
    return 0;
  },
};
