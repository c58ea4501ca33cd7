// `postmortem actions`: every action item in the given postmortems, as text or JSON.
import { parsePostmortem } from '../../core/model/parse';
import { CliError, type CliCommand } from '../command';
import { expandPostmortemPaths, readPostmortemFile, rejectUnknownOptions, takeOption } from '../files';

export interface ActionItemRecord {
  file: string;
  line: number;
  text: string;
  owner: string | null;
  due: string | null;
  /** The due date was written as a period ("Q3 2023", "end of March"); `due` is its last day. */
  dueApproximate: boolean;
  done: boolean;
}

const usage = `Usage: postmortem actions [--format text|json] PATH...

Lists every action item in the postmortems at PATH (files, or folders searched for Markdown files).

Options:
  --format text|json  text (default): one line per item; json: an array of
                      { file, line, text, owner, due, dueApproximate, done }
`;

function formatText(records: ActionItemRecord[]): string {
  if (records.length === 0) return 'No action items found.\n';
  const lines = records.map((r) => {
    const box = r.done ? '[x]' : '[ ]';
    const owner = r.owner ?? 'no owner';
    const due = r.due === null ? 'no due date' : r.dueApproximate ? `by ${r.due}, approximate` : r.due;
    return `${r.file}:${r.line}: ${box} ${r.text} (${owner}, ${due})`;
  });
  const open = records.filter((r) => !r.done).length;
  return `${lines.join('\n')}\n\n${records.length} action items, ${open} open, ${records.length - open} done.\n`;
}

export const actionsCommand: CliCommand = {
  name: 'actions',
  summary: 'list the action items of postmortems (owner, due date, done)',
  usage,
  async run(argv, io) {
    const args = [...argv];
    const format = takeOption(args, 'format') ?? 'text';
    if (format !== 'text' && format !== 'json') throw new CliError(`unknown --format '${format}': use text or json.`);
    rejectUnknownOptions(args);
    const records: ActionItemRecord[] = [];
    for (const path of expandPostmortemPaths(args, io.cwd)) {
      const file = readPostmortemFile(path, io.cwd);
      for (const item of parsePostmortem(file.text).actionItems) {
        records.push({ file: file.displayPath, line: item.line + 1, text: item.text, owner: item.owner, due: item.due, dueApproximate: item.dueApproximate ?? false, done: item.done });
      }
    }
    io.stdout(format === 'json' ? `${JSON.stringify(records, null, 2)}\n` : formatText(records));
    return 0;
  },
};
