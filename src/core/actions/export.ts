// Action items out of the editor: CSV a tracker imports, JSON, a Markdown table, and one item as a Markdown task.
import type { ActionEntry } from './entries';
import { isOverdue } from './dates';

export const EXPORT_FORMATS = ['csv', 'json', 'markdown'] as const;
export type ExportFormat = (typeof EXPORT_FORMATS)[number];

/** Where an item is, as people click on it: `path:line` (1-based). */
export function locationOf(entry: ActionEntry): string {
  return `${entry.postmortem.file}:${entry.item.line + 1}`;
}

/** The record the CLI has always printed as JSON; the extended one adds what an export reader wants. */
export interface ActionRecord {
  file: string;
  line: number;
  text: string;
  owner: string | null;
  due: string | null;
  /** The due date was written as a period ("Q3 2023", "end of March"); `due` is its last day. */
  dueApproximate: boolean;
  done: boolean;
}

export interface ExtendedActionRecord extends ActionRecord {
  overdue: boolean;
  ticket: string | null;
  postmortem: { title: string; incidentId: string | null; severity: string | null; incidentDate: string | null };
}

export function actionRecord(entry: ActionEntry): ActionRecord {
  const { item } = entry;
  return { file: entry.postmortem.file, line: item.line + 1, text: item.text, owner: item.owner, due: item.due, dueApproximate: item.dueApproximate ?? false, done: item.done };
}

export function extendedActionRecord(entry: ActionEntry, today: string): ExtendedActionRecord {
  const { file: _file, ...postmortem } = entry.postmortem;
  return { ...actionRecord(entry), overdue: isOverdue(entry.item, today), ticket: entry.item.ticket, postmortem };
}

/**
 * RFC 4180: quote a field holding a comma, quote or line break, doubling quotes. A field a spreadsheet would run as a
 * formula (starting = + - @) gets a leading apostrophe, since exported CSVs are opened in spreadsheets as often as imported.
 */
export function csvField(value: string): string {
  const safe = /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
  return /[",\r\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

/** Tracker labels cannot hold spaces: "P1-High" stays, "SEV2 (High)" becomes "SEV2". */
function labelsOf(entry: ActionEntry): string {
  const severity = entry.postmortem.severity?.split(/[\s(]/)[0] ?? '';
  return ['postmortem', entry.postmortem.incidentId ?? '', severity].filter((l) => l !== '' && !/\s/.test(l)).join(' ');
}

/** Trackers take people by user name, not by chat @handle. */
function assigneeOf(owner: string | null): string {
  return owner === null ? '' : owner.split(/(?:(?<!\s)\s+)?,\s*/).map((o) => o.replace(/^@/, '')).join(', ');
}

export const CSV_HEADERS = ['Summary', 'Assignee', 'Due date', 'Status', 'Labels', 'Description'] as const;

export function toCsv(entries: readonly ActionEntry[]): string {
  const rows = entries.map((entry) => {
    const { item, postmortem } = entry;
    const description = [
      `From the postmortem "${postmortem.title}"${postmortem.incidentDate ? ` (${postmortem.incidentDate})` : ''}: ${locationOf(entry)}`,
      item.ticket ? `Ticket: ${item.ticket}` : '',
    ].filter((l) => l !== '').join('\n');
    return [item.text, assigneeOf(item.owner), item.due ?? '', item.done ? 'Done' : 'Open', labelsOf(entry), description];
  });
  return [CSV_HEADERS as readonly string[], ...rows].map((row) => row.map(csvField).join(',')).join('\r\n') + '\r\n';
}

export function toJson(entries: readonly ActionEntry[], today: string): string {
  return `${JSON.stringify(entries.map((e) => extendedActionRecord(e, today)), null, 2)}\n`;
}

/** A table cell holds one line and no unescaped pipe. */
function markdownCell(value: string): string {
  return value.replace(/\\/g, '\\\\').replace(/\|/g, '\\|').replace(/(?<!\s)\s*\r?\n\s*/g, ' ');
}

export function toMarkdownTable(entries: readonly ActionEntry[]): string {
  const header = '| Done | Action item | Owner | Due | Postmortem | Where |\n| --- | --- | --- | --- | --- | --- |';
  const rows = entries.map((entry) => {
    const { item, postmortem } = entry;
    const cells = [item.done ? '✅' : '', item.text, item.owner ?? '', item.due ?? '', postmortem.title, locationOf(entry)];
    return `| ${cells.map(markdownCell).join(' | ')} |`;
  });
  return [header, ...rows].join('\n') + '\n';
}

/** One item as a task-list line the model reads back the same: `- [ ] Text (owner: X, due: 2026-06-01)`. */
export function itemAsMarkdown(entry: ActionEntry): string {
  const { item } = entry;
  const fields = [item.owner ? `owner: ${item.owner}` : '', item.due ? `due: ${item.due}` : ''].filter((f) => f !== '');
  return `- [${item.done ? 'x' : ' '}] ${item.text.replace(/(?<!\s)\s*\n\s*/g, ' ')}${fields.length ? ` (${fields.join(', ')})` : ''}`;
}

export function exportActionEntries(entries: readonly ActionEntry[], format: ExportFormat, today: string): string {
  return format === 'csv' ? toCsv(entries) : format === 'json' ? toJson(entries, today) : toMarkdownTable(entries);
}
