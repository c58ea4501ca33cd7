// The stats report as text (terminal) and Markdown (the VS Code report, with a small inline SVG chart of incidents per month).
import { formatMinutesShort } from './duration';
import type { StatsGroup, StatsReport } from './stats';
import { METRIC_LABELS, METRIC_NAMES } from './types';

const DEFINITIONS = 'Minutes from Started to each moment (per `metrics.countFrom`), median / p90 (nearest rank) over the incidents that have both moments.';

function cell(group: StatsGroup, metric: (typeof METRIC_NAMES)[number]): string {
  const d = group.metrics[metric];
  if (d.median === null || d.p90 === null) return '–';
  return `${formatMinutesShort(d.median)} / ${formatMinutesShort(d.p90)}`;
}

function tableRows(report: StatsReport): string[][] {
  return [...report.groups, report.total].map((g) => [g.month, g.severity, String(g.incidents), ...METRIC_NAMES.map((m) => cell(g, m))]);
}

const HEADER = ['Month', 'Severity', 'Incidents', ...METRIC_NAMES.map((m) => METRIC_LABELS[m])];

function ownerRows(report: StatsReport): string[][] {
  return report.owners.map((o) => [o.owner ?? '(no owner)', String(o.open), String(o.overdue)]);
}

function padTable(rows: string[][]): string {
  const widths = rows[0].map((_, i) => Math.max(...rows.map((r) => r[i].length)));
  return rows.map((r) => r.map((c, i) => c.padEnd(widths[i])).join('  ').trimEnd()).join('\n');
}

export function formatStatsText(report: StatsReport): string {
  if (report.incidents === 0) return `No incidents found${report.since ? ` since ${report.since}` : ''}.\n`;
  const parts = [
    `${report.incidents} incident${report.incidents === 1 ? '' : 's'}${report.since ? ` since ${report.since}` : ''}. Metrics: median / p90.`,
    '',
    padTable([HEADER, ...tableRows(report)]),
    '',
    report.owners.length === 0 ? 'No open action items.' : padTable([['Owner', 'Open', `Overdue (${report.today})`], ...ownerRows(report)]),
    '',
  ];
  return parts.join('\n');
}

function escapeMarkdownCell(text: string): string {
  return text.replace(/\|/g, '\\|').replace(/</g, '&lt;');
}

function markdownTable(rows: string[][]): string {
  const [head, ...body] = rows;
  return [head, head.map(() => '---'), ...body].map((r) => `| ${r.map(escapeMarkdownCell).join(' | ')} |`).join('\n');
}

/** Incidents per month as bars: a picture says more than a table when there are several months. */
function monthChart(report: StatsReport): string | null {
  const months = [...new Set(report.groups.map((g) => g.month))].filter((m) => m !== 'unknown').sort();
  if (months.length < 2) return null;
  const counts = months.map((m) => report.groups.filter((g) => g.month === m).reduce((sum, g) => sum + g.incidents, 0));
  const max = Math.max(...counts);
  const bar = 36;
  const gap = 12;
  const height = 120;
  const width = months.length * (bar + gap) + gap;
  const bars = months.map((month, i) => {
    const h = Math.round((counts[i] / max) * (height - 40));
    const x = gap + i * (bar + gap);
    return `<rect x="${x}" y="${height - 20 - h}" width="${bar}" height="${h}" fill="#4e79a7"/><text x="${x + bar / 2}" y="${height - 24 - h}" font-size="11" text-anchor="middle">${counts[i]}</text><text x="${x + bar / 2}" y="${height - 6}" font-size="10" text-anchor="middle">${month}</text>`;
  });
  return `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" role="img" aria-label="Incidents per month">${bars.join('')}</svg>`;
}

export function formatStatsMarkdown(report: StatsReport): string {
  // Not "Incident …": a title like that plus the owners table would make the report look like a postmortem to the linter.
  const lines = ['# Response stats', ''];
  lines.push(`${report.incidents} incident${report.incidents === 1 ? '' : 's'}${report.since ? ` since ${report.since}` : ''}; action items overdue as of ${report.today}.`, '');
  if (report.incidents === 0) return `${lines.join('\n')}\n`;
  const chart = monthChart(report);
  if (chart) lines.push('## Incidents per month', '', chart, '');
  lines.push('## Metrics by month and severity', '', `${DEFINITIONS}`, '', markdownTable([HEADER, ...tableRows(report)]), '');
  lines.push('## Open action items by owner', '');
  lines.push(report.owners.length === 0 ? 'No open action items.' : markdownTable([['Owner', 'Open', 'Overdue'], ...ownerRows(report)]), '');
  return lines.join('\n');
}
