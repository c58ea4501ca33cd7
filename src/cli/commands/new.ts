// `postmortem new`: a filled-in postmortem from a template, to stdout or to a file that does not exist yet.
import { existsSync, mkdirSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { DEFAULT_TEMPLATE } from '../../core/templates/builtin';
import { createPostmortem, sameDayFileNames } from '../../core/templates/create';
import { DEFAULT_STATUS, today, validateDate, validateOneLine, validateTitle } from '../../core/templates/input';
import { resolveSeverity } from '../../core/templates/severity';
import { findTemplate } from '../../core/templates/template';
import { CliError, type CliCommand } from '../command';
import { rejectUnknownOptions, takeOption } from '../files';
import { readTextFile } from '../input';
import { availableTemplates } from './templates';

const usage = `Usage: postmortem new --title TITLE [--date YYYY-MM-DD] [--severity S] [--status S]
                      [--template NAME] [--out FILE|FOLDER]

Fills in a postmortem template: the title, incident id (INC-YYYY-MM-DD-NNN, the next free
number of that day), date, severity and status.

Options:
  --title TITLE       the incident title (required)
  --date YYYY-MM-DD   the incident date (default: today)
  --severity S        P0-P3 or SEV1-SEV4 (default: left for you to fill in)
  --status S          default: ${DEFAULT_STATUS}
  --template NAME     a name from 'postmortem templates' (default: ${DEFAULT_TEMPLATE})
  --out FILE|FOLDER   write FILE, or <FOLDER>/<date>-<slug>.md; never overwrites.
                      Without --out the postmortem goes to stdout.
`;

/** A folder's file names and the texts of those named after the incident date, for the next incident number. */
function existingPostmortems(folder: string, date: string): { names: string[]; texts: string[] } {
  try {
    if (!statSync(folder).isDirectory()) return { names: [], texts: [] };
  } catch {
    return { names: [], texts: [] };
  }
  const names = readdirSync(folder);
  // A folder or an unreadable file named like a postmortem of that day still counts by its name; its text is skipped.
  const texts = sameDayFileNames(date, names).flatMap((n) => {
    try {
      return [readTextFile(join(folder, n)).text];
    } catch {
      return [];
    }
  });
  return { names, texts };
}

function shownPath(cwd: string, file: string): string {
  const shown = relative(cwd, file);
  return shown.startsWith('..') ? file : shown;
}

export const newCommand: CliCommand = {
  name: 'new',
  usage,
  async run(argv, io) {
    const args = [...argv];
    const title = takeOption(args, 'title');
    const date = takeOption(args, 'date') ?? today(io.now());
    const severityText = takeOption(args, 'severity');
    const status = takeOption(args, 'status') ?? DEFAULT_STATUS;
    const templateName = takeOption(args, 'template') ?? DEFAULT_TEMPLATE;
    const out = takeOption(args, 'out');
    rejectUnknownOptions(args);
    if (args.length > 0) throw new CliError(`unexpected argument '${args[0]}'.`);
    if (title === undefined) throw new CliError('--title is required.');
    const problem = validateTitle(title) ?? validateDate(date) ?? validateOneLine('The status', status);
    if (problem) throw new CliError(problem);
    const severity = severityText === undefined ? undefined : resolveSeverity(severityText)?.written;
    if (severityText !== undefined && severity === undefined) throw new CliError(`unknown severity '${severityText}': use P0-P3 or SEV1-SEV4.`);
    const templates = availableTemplates(io.cwd);
    const template = findTemplate(templates, templateName);
    if (!template) throw new CliError(`no template named '${templateName}'. Templates: ${templates.map((t) => t.name).join(', ')}.`);

    const target = out === undefined ? undefined : resolve(io.cwd, out);
    const intoFolder = target !== undefined && (out!.endsWith('/') || (existsSync(target) && statSync(target).isDirectory()));
    // Without --out, number the incident against the default postmortems folder, as the editor does.
    const folder = target === undefined ? join(io.cwd, 'postmortems') : intoFolder ? target : dirname(target);
    const existing = existingPostmortems(folder, date);
    const created = createPostmortem({ title, date, severity, status, template, existingFileNames: existing.names, existingTexts: existing.texts });

    if (target === undefined) {
      io.stdout(created.text);
      return 0;
    }
    const file = intoFolder ? join(target, created.fileName) : target;
    try {
      mkdirSync(dirname(file), { recursive: true });
      // 'wx' fails when the file exists: a postmortem is never overwritten.
      writeFileSync(file, created.text, { flag: 'wx' });
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code;
      if (code === 'EEXIST' && existsSync(file)) throw new CliError(`'${shownPath(io.cwd, file)}' already exists; not overwriting it.`);
      if (code === 'EEXIST' || code === 'ENOTDIR') throw new CliError(`cannot write '${shownPath(io.cwd, file)}': a file stands where its folder should be.`);
      if (code === 'EISDIR') throw new CliError(`cannot write '${shownPath(io.cwd, file)}': it is a folder.`);
      throw new CliError(`cannot write '${shownPath(io.cwd, file)}': ${code ?? (error instanceof Error ? error.message : String(error))}.`);
    }
    io.stdout(`${shownPath(io.cwd, file)}\n`);
    return 0;
  },
};
