// `postmortem actions`: the action items of postmortems, filtered and grouped like the editor's tree, as text, JSON, CSV or Markdown.
import { actionEntries, type ActionEntry } from '../../core/actions/entries';
import { localToday, relativeDue } from '../../core/actions/dates';
import { actionRecord, toCsv, toMarkdownTable, type ActionRecord } from '../../core/actions/export';
import { filterActionEntries } from '../../core/actions/filter';
import { GROUP_BY, groupActionEntries, type ActionGroup, type GroupBy } from '../../core/actions/group';
import { parseForActionScan } from '../../core/actions/scan';
import { CliError, type CliCommand } from '../command';
import { expandPostmortemPaths, readPostmortemFileOrError, rejectUnknownOptions, takeFlag, takeOption } from '../files';

export type { ActionRecord as ActionItemRecord };

const FORMATS = ['text', 'json', 'csv', 'markdown'] as const;
type Format = (typeof FORMATS)[number];

const usage = `Usage: postmortem actions [options] PATH...

Lists every action item in the postmortems at PATH (files, or folders searched for Markdown files).

Options:
  --open               only items not done
  --overdue            only open items past their due date
  --owner NAME         only items owned by NAME (a name or @handle, any case;
                       repeat for several)
  --group-by KEY       postmortem, owner, status or due (Overdue / This week /
                       Later / No date)
  --format FORMAT      text (default): one line per item
                       json: an array of { file, line, text, owner, due,
                       dueApproximate, done }
                       (with --group-by: [{ group, items }])
                       csv: Summary, Assignee, Due date, Status, Labels,
                       Description (for a tracker's CSV import)
                       markdown: a table

Exit status: 0, or 2 when a path does not exist (nothing listed) or a file
could not be read (binary, not UTF-8, too large; the others are listed).
`;

function itemLine(record: ActionRecord, entry: ActionEntry, today: string): string {
  const box = record.done ? '[x]' : '[ ]';
  const when = relativeDue(entry.item, today);
  const written = record.dueApproximate ? `by ${record.due}, approximate` : record.due;
  const due = record.due === null ? 'no due date' : record.done || when === null ? written : `${written}, ${when}`;
  return `${record.file}:${record.line}: ${box} ${record.text} (${record.owner ?? 'no owner'}, ${due})`;
}

function formatText(entries: ActionEntry[], groups: ActionGroup[] | null, today: string): string {
  if (entries.length === 0) return 'No action items found.\n';
  const lines = groups
    ? groups.flatMap((g) => [`${g.label} (${g.entries.length})`, ...g.entries.map((e) => `  ${itemLine(actionRecord(e), e, today)}`), ''])
    : [...entries.map((e) => itemLine(actionRecord(e), e, today)), ''];
  const open = entries.filter((e) => !e.item.done).length;
  return `${lines.join('\n')}\n${entries.length} action items, ${open} open, ${entries.length - open} done.\n`;
}

function formatOutput(format: Format, entries: ActionEntry[], groups: ActionGroup[] | null, today: string): string {
  const ordered = groups ? groups.flatMap((g) => g.entries) : entries;
  switch (format) {
    case 'text':
      return formatText(entries, groups, today);
    case 'json': {
      const value = groups ? groups.map((g) => ({ group: g.label, items: g.entries.map(actionRecord) })) : entries.map(actionRecord);
      return `${JSON.stringify(value, null, 2)}\n`;
    }
    case 'csv':
      return toCsv(ordered);
    case 'markdown':
      return toMarkdownTable(ordered);
  }
}

export const actionsCommand: CliCommand = {
  name: 'actions',
  usage,
  async run(argv, io) {
    const args = [...argv];
    const format = takeOption(args, 'format') ?? 'text';
    if (!(FORMATS as readonly string[]).includes(format)) throw new CliError(`unknown --format '${format}': use ${FORMATS.join(', ')}.`);
    const groupBy = takeOption(args, 'group-by');
    if (groupBy !== undefined && !(GROUP_BY as readonly string[]).includes(groupBy)) throw new CliError(`unknown --group-by '${groupBy}': use ${GROUP_BY.join(', ')}.`);
    const owners: string[] = [];
    for (let owner = takeOption(args, 'owner'); owner !== undefined; owner = takeOption(args, 'owner')) owners.push(owner);
    const openOnly = takeFlag(args, 'open');
    const overdueOnly = takeFlag(args, 'overdue');
    rejectUnknownOptions(args);

    const today = localToday(io.now());
    const entries: ActionEntry[] = [];
    // A file that cannot be read (binary, not UTF-8, too large, no permission) is reported on stderr and the others are
    // still listed, so one bad file does not hide every action item; the exit status says something was left out.
    let unreadable = false;
    for (const path of expandPostmortemPaths(args, io.cwd)) {
      const file = readPostmortemFileOrError(path, io.cwd);
      if (file instanceof CliError) {
        unreadable = true;
        io.stderr(`postmortem actions: ${file.message}\n`);
        continue;
      }
      entries.push(...actionEntries(file.displayPath, parseForActionScan(file.text)));
    }
    const shown = filterActionEntries(entries, { openOnly, overdueOnly, mine: owners.length ? owners : null }, today);
    const groups = groupBy === undefined ? null : groupActionEntries(shown, groupBy as GroupBy, today);
    io.stdout(formatOutput(format as Format, shown, groups, today));
    return unreadable ? 2 : 0;
  },
};
