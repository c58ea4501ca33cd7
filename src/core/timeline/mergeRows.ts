// How one kubectl event reads as a timeline row: its time in the table's style, its description, safe table cells.
import type { KubectlEvent } from '../kubectl/types';
import type { TimeStyle } from '../model/types';
import { zoneOffsetAt, type DeclaredZone } from '../time/parseTime';

/** A GFM table cell holding the text as it is: pipes and backslashes escaped, `<` kept from turning into HTML, one line. */
export function escapeCell(text: string): string {
  return text
    .replace(/\s+/g, ' ')
    .trim()
    .replace(/\\/g, '\\\\')
    .replace(/\|/g, '\\|')
    .replace(/</g, '\\<');
}

/** "Warning BackOff pod/web-1 (prod): Back-off restarting failed container (x72 since 10:40)". */
export function eventDescription(event: KubectlEvent): string {
  const where = event.namespace ? `${event.object} (${event.namespace})` : event.object;
  const head = [event.type, event.reason, where].filter((part) => part !== '').join(' ');
  let text = event.message ? `${head}: ${event.message}` : head;
  if (event.count !== null && event.count > 1) {
    const since = event.firstTime && event.time && event.firstTime.getTime() !== event.time.getTime() ? ` since ${utcParts(event.firstTime).time}` : '';
    text += ` (x${event.count}${since})`;
  }
  return text;
}

/** An instant moved by a zone's offset, so that its UTC parts read as that zone's wall clock ("Time (PST)"). */
export function inZone(time: Date, zone: DeclaredZone): Date {
  const offset = zoneOffsetAt(zone, time);
  return offset === 0 ? time : new Date(time.getTime() + offset * 60_000);
}

/** UTC date and time parts; read off the ISO string because date-fns `format` works in the machine's local zone. */
export function utcParts(date: Date): { date: string; time: string; seconds: string } {
  const iso = date.toISOString();
  return { date: iso.slice(0, 10), time: iso.slice(11, 16), seconds: iso.slice(17, 19) };
}

/**
 * The time cell of a new row, in the style the table already uses; `withDate` adds the date to the
 * time-only styles (where the day changes). Approximate times (from relative ages) start with "~".
 */
export function formatRowTime(time: Date, style: TimeStyle, withDate: boolean, approximate: boolean): string {
  const { date, time: hhmm, seconds } = utcParts(time);
  let text: string;
  switch (style) {
    case 'iso':
      text = `${date}T${hhmm}:${seconds}Z`;
      break;
    case 'yyyy-MM-dd HH:mm':
      text = `${date} ${hhmm}`;
      break;
    case 'HH:mm UTC':
      text = withDate ? `${date} ${hhmm} UTC` : `${hhmm} UTC`;
      break;
    case 'HHmm':
      text = withDate ? `${date} ${hhmm}` : hhmm.replace(':', '');
      break;
    default:
      text = withDate ? `${date} ${hhmm}` : hhmm;
  }
  return approximate ? `~${text}` : text;
}

export function tableRow(cells: readonly string[]): string {
  return `| ${cells.join(' | ')} |`;
}
