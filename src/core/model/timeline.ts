// Finds timeline tables (a time column plus a description column) and reads each row's time as a UTC instant.
import type { Root, Table, TableRow } from 'mdast';
import { nodesOfType } from '../markdown/walk';
import { plainText, rangeOf } from '../markdown/parse';
import { declaredZone, FULL_YEAR, localDay, parseTimelineTime, timeFromZeroHour, utcDate, UTC_ZONE, zeroHour, type DeclaredZone } from '../time/parseTime';
import { leadIn } from './timelineLists';
import type { Section, TimelineColumn, TimelineColumnRole, TimelineEntry, TimelineTable, TimeStyle } from './types';

/** The header of a date column that sits beside a time column: "Date", "Date (UTC)", "Date (2022)", "Day". */
const DATE_HEADER = /^(date|day)(?:\s*\([^)]*\))?$/;

/** When a time-only row is this much earlier than the one before it, the timeline has crossed midnight. */
const MIDNIGHT_ROLLOVER_MS = 6 * 60 * 60 * 1000;

export function columnRole(header: string): TimelineColumnRole {
  const h = header.toLowerCase().replace(/[*_`]/g, '').trim();
  if (/^(time|timestamp|when|date ?\/ ?time|date and time|datetime|date|time \(.*\)|time ?\(?utc\)?|utc|hh:mm.*|at)$/.test(h) || /^(time|timestamp|date ?time|date ?\/ ?time|date and time|when(?= *\())\b/.test(h)) return 'time';
  // The same in the languages whose section names are read: "Zeit (MESZ)", "Uhrzeit", "Tidspunkt", "Heure", "Hora".
  if (/^(zeit|uhrzeit|zeitpunkt|datum ?\/ ?(uhr)?zeit|tid|tidspunkt|klokkeslett|klokkeslæt|klockslag|heure|horaire|hora|ora|orario|tijd|tijdstip|aika|kellonaika|czas|godzina)(?: *\([^)]*\))?$/.test(h)) return 'time';
  if (/\b(event type|type|category|kind|tag)\b/.test(h)) return 'eventType';
  if (/\b(action taken|actions? taken|action|response|mitigation)\b/.test(h)) return 'action';
  if (/\b(source|who|actor|by|owner|person|author)\b/.test(h)) return 'source';
  if (/\b(event|description|what happened|details?|summary|message|update|activity|notes?|what|status)\b/.test(h)) return 'description';
  if (/^(ereignis(se)?|beschreibung|hendelse|h[aæä]ndelse|beskrivelse|beskrivning|[eé]v[eé]nement|description|evento|descripci[oó]n|descri[cç][aã]o|descrizione|gebeurtenis|beschrijving|tapahtuma|kuvaus|zdarzenie|opis)$/.test(h)) return 'description';
  return 'other';
}

export function detectTimeStyle(samples: string[]): TimeStyle {
  for (const raw of samples) {
    const s = raw.replace(/[*_`[\]]/g, '').trim();
    if (/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}/.test(s)) return 'iso';
    if (/^\d{4}-\d{2}-\d{2} \d{1,2}:\d{2}/.test(s)) return 'yyyy-MM-dd HH:mm';
    if (/^\d{4}$/.test(s)) return 'HHmm';
    if (/^\d{1,2}:\d{2}(:\d{2})?\s*(UTC|Z)$/i.test(s)) return 'HH:mm UTC';
    if (/^\d{1,2}:\d{2}/.test(s)) return 'HH:mm';
  }
  return 'HH:mm';
}

/**
 * The cells of each table row already read. A node's positions point into the text it was parsed from, and successive
 * versions of a document share the rows an edit left in place (see SectionCache), so a long timeline is read once.
 */
const cellsByRow = new WeakMap<TableRow, TimelineEntry['cells']>();

function cellsOf(row: TableRow): TimelineEntry['cells'] {
  let cells = cellsByRow.get(row);
  if (cells === undefined) {
    cells = row.children.map((cell) => ({ text: plainText(cell).trim(), range: rangeOf(cell) }));
    cellsByRow.set(row, cells);
  }
  return cells;
}

/** A clock written with a dot between hours and minutes ("10.02", "9.45 BST"), as much of Europe writes it. */
const DOTTED_CLOCK = /^([01]?\d|2[0-3])\.([0-5]\d)(?=$|\s)/;

function readTable(table: Table, text: string, section: Section | null, incidentDate: string | null, documentZone: DeclaredZone): TimelineTable | null {
  const [header, ...body] = table.children;
  if (!header) return null;
  const columns: TimelineColumn[] = header.children.map((cell) => {
    const name = plainText(cell).trim();
    return { name, role: columnRole(name) };
  });
  // "| Date | Time (UTC) | What happened |": the date column is read with the time beside it.
  // So is one headed "Date (2022)" beside "Time (PST)", the year in its header.
  const times = columns.flatMap((c, i) => (c.role === 'time' ? [i] : []));
  const dateHeader = (i: number) => DATE_HEADER.exec(columns[i].name.toLowerCase().replace(/[*_`]/g, '').trim());
  // Of two time columns, the one headed as a date; beside one, a "Date …" column read as no time of its own.
  const dateColumn = times.length >= 2
    ? (times.find((i) => dateHeader(i) !== null) ?? -1)
    : times.length === 1 ? columns.findIndex((c, i) => c.role === 'other' && dateHeader(i)?.[1] === 'date') : -1;
  const headerYear = dateColumn === -1 ? undefined : FULL_YEAR.exec(columns[dateColumn].name)?.[0];
  if (dateColumn !== -1) columns[dateColumn] = { ...columns[dateColumn], role: 'date' };
  const timeColumn = columns.findIndex((c) => c.role === 'time');
  let descriptionColumn = columns.findIndex((c) => c.role === 'description');
  if (descriptionColumn === -1) descriptionColumn = columns.findIndex((c, i) => i !== timeColumn && c.role !== 'eventType' && c.role !== 'time');
  if (timeColumn === -1 || descriptionColumn === -1 || columns.length < 2) return null;

  // "Time (PST)", "## Timeline (all times PDT)", "All times are in CEST." above it: times written without a zone are in it.
  const zone = declaredZone(columns[timeColumn]?.name ?? '') ?? (section === null ? null : declaredZone(section.title) ?? declaredZone(textAbove(section, table, text))) ?? documentZone;
  let reference: Date | null = incidentDate ? utcDate(incidentDate) : null;
  let previous: Date | null = null;
  // "T0 is 2026-10-03 14:05 UTC" above rows written "T+6m": each row's time counts from it.
  const zero = section === null ? null : zeroHour(`${section.title}\n${textAbove(section, table, text)}`, reference, zone);
  const dottedClocks = !/date|datum|fecha/i.test(columns[timeColumn].name);
  const rows: TimelineEntry[] = body.map((row) => {
    const cells = cellsOf(row);
    const timeText = cells[timeColumn]?.text ?? '';
    const dateCell = dateColumn === -1 ? '' : (cells[dateColumn]?.text ?? '');
    const dateText = headerYear !== undefined && dateCell !== '' && !FULL_YEAR.test(dateCell) ? `${dateCell} ${headerYear}` : dateCell;
    // "10.02" under a Time header is a clock with a dot (under a Date header, "14.02" is a day).
    const clockText = dottedClocks ? timeText.replace(DOTTED_CLOCK, '$1:$2') : timeText;
    const parsed = (dateText !== '' && clockText !== '' ? parseTimelineTime(`${dateText} ${clockText}`, reference, zone) : null) ?? parseTimelineTime(clockText, reference, zone) ?? (zero === null ? null : timeFromZeroHour(clockText, zero));
    let time: Date | null = null;
    if (parsed) {
      time = parsed.instant;
      if (parsed.hasDate) {
        reference = localDay(time, zone);
      } else if (previous && previous.getTime() - time.getTime() > MIDNIGHT_ROLLOVER_MS) {
        time = new Date(time.getTime() + 24 * 60 * 60 * 1000);
        reference = localDay(time, zone);
      }
      previous = time;
    }
    const eventTypeColumn = columns.findIndex((c) => c.role === 'eventType');
    return {
      range: rangeOf(row),
      cells,
      timeText,
      time,
      hasDate: parsed?.hasDate ?? false,
      dated: parsed !== null && (parsed.hasDate || reference !== null),
      description: cells[descriptionColumn]?.text ?? '',
      eventType: eventTypeColumn === -1 ? null : (cells[eventTypeColumn]?.text ?? null),
    };
  });
  const timed = rows.filter((r) => r.time !== null).length;
  // Elsewhere, a table with a "Time"-like column whose cells are mostly not times (e.g. a metadata table) is not a timeline.
  // In a timeline section, a table with a time column is the timeline even when its rows are placeholders (HH:MM).
  const inTimelineSection = section?.effectiveKind === 'timeline';
  if (!inTimelineSection && (rows.length === 0 || timed < rows.length / 2)) return null;
  // Elsewhere, a table that records when each thing happened to it (`| Vault owner | Amount | Time of Incident |`) is a
  // list of cases, not a timeline: a timeline leads with its times or says what happened.
  if (!inTimelineSection && timeColumn !== 0 && !columns.some((c) => c.role === 'description' || c.role === 'action')) return null;
  return {
    range: rangeOf(table),
    section,
    columns,
    timeColumn,
    dateColumn,
    zone,
    descriptionColumn,
    timeStyle: detectTimeStyle(rows.map((r) => r.timeText).filter((t) => t !== '')),
    rows,
  };
}

/** What the section says before the table: a line such as "All times are in CEST." (its opening, when that is long). */
function textAbove(section: Section, table: Table, text: string): string {
  const above = text.slice(section.contentRange.start, rangeOf(table).start);
  return above.length <= 300 ? above : leadIn(section, text);
}

export function extractTimelines(root: Root, text: string, sectionAtOffset: (offset: number) => Section | null, incidentDate: string | null, documentZone: DeclaredZone = UTC_ZONE): TimelineTable[] {
  const timelines: TimelineTable[] = [];
  for (const table of nodesOfType<Table>(root, 'table')) {
    const found = readTable(table, text, sectionAtOffset(rangeOf(table).start), incidentDate, documentZone);
    if (found) timelines.push(found);
  }
  return timelines;
}
