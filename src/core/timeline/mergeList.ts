// Merges kubectl events into a timeline written as a list (`- 10:05 …`, `* [13:26] …`), in time order and in the list's own style.
import type { KubectlEvent } from '../kubectl/types';
import type { TextEdit } from '../lint/types';
import { detectTimeStyle } from '../model/timeline';
import { TIME_SEPARATOR } from '../model/timelineLists';
import type { TimelineEntry, TimelineList, TimelineListEntry, TimeStyle } from '../model/types';
import { alreadyListed, listedRows } from './mergeDuplicates';
import { eventDescription, formatRowTime, inZone, utcParts } from './mergeRows';

interface EntryShape {
  /** The list marker and what stands before the time: "- ", "* [", "1. **", "- `". */
  before: string;
  /** What stands between the time and the text: ": ", "] ", " - ". */
  after: string;
  timeStyle: TimeStyle;
}

/** The shape of the list's first entry, so new entries look like the ones already there. */
function entryShape(text: string, entry: TimelineListEntry): EntryShape {
  const lineStart = text.lastIndexOf('\n', entry.range.start - 1) + 1;
  const before = text.slice(lineStart, entry.timeRange.start).replace(/(?<!\d)\d+(?=[.)]\s)/, '1');
  const rest = text.slice(entry.timeRange.end, entry.range.end);
  const after = TIME_SEPARATOR.exec(rest)?.[0] || ' ';
  // Times written in another zone or on a 12-hour clock get "UTC" spelled out, so a reader does not mix the two.
  const foreignClock = /\b(am|pm)\b|\b(?!UTC\b|GMT\b)[A-Z]{2,4}$/i.test(entry.timeText.replace(/^\[|\]$/g, ''));
  const style = detectTimeStyle([entry.timeText.replace(/\[\^[^\]]*\]/g, '')]);
  return { before, after, timeStyle: foreignClock && (style === 'HH:mm' || style === 'HHmm') ? 'HH:mm UTC' : style };
}

/** The model's list entries as rows, so the table merge's duplicate check serves lists too. */
function asRows(list: TimelineList, dated: boolean): TimelineEntry[] {
  return list.entries.map((entry) => ({
    range: entry.range,
    cells: [{ text: entry.description, range: entry.range }],
    timeText: entry.timeText,
    time: entry.time,
    hasDate: entry.hasDate,
    dated: entry.hasDate || dated,
    description: entry.description,
    eventType: null,
  }));
}

export function mergeIntoList(text: string, list: TimelineList, incidentDate: string | null, events: readonly { event: KubectlEvent; time: Date }[]) {
  const shape = entryShape(text, list.entries[0]);
  const rows = asRows(list, incidentDate !== null);
  const listed = listedRows(rows);
  const groups = new Map<number, { event: KubectlEvent; time: Date }[]>();
  let alreadyCount = 0;
  for (const item of events) {
    if (alreadyListed(listed, item.event, item.time)) {
      alreadyCount++;
      continue;
    }
    let after = -1;
    list.entries.forEach((entry, index) => {
      if (entry.time && entry.time.getTime() <= item.time.getTime()) after = index;
    });
    groups.set(after, [...(groups.get(after) ?? []), item]);
  }
  const edits: TextEdit[] = [];
  let added = 0;
  for (const [after, items] of [...groups.entries()].sort((a, b) => a[0] - b[0])) {
    const previous = after === -1 ? null : list.entries[after].time;
    // Entries are written in the zone the timeline declares ("## Timeline (all times PDT)"), as its own are.
    const local = (time: Date) => inZone(time, list.zone);
    let previousDate = previous ? utcParts(local(previous)).date : incidentDate;
    const lines = items.map(({ event, time }) => {
      const shown = local(time);
      const withDate = previousDate !== utcParts(shown).date;
      previousDate = utcParts(shown).date;
      const description = eventDescription(event).replace(/\s+/g, ' ').trim();
      return `${shape.before}${formatRowTime(shown, shape.timeStyle, withDate, event.approximate)}${shape.after}${description}`;
    });
    if (after === -1) {
      const at = text.lastIndexOf('\n', list.entries[0].range.start - 1) + 1;
      edits.push({ start: at, end: at, text: `${lines.join('\n')}\n` });
    } else {
      const at = list.entries[after].range.end;
      edits.push({ start: at, end: at, text: `\n${lines.join('\n')}` });
    }
    added += items.length;
  }
  return { edits, added, alreadyCount };
}
