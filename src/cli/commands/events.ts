// `postmortem events`: kubectl events output (any format) in, timeline rows or JSON out, in UTC and in time order.
import { resolve } from 'node:path';
import { eventToJson, parseCaptureTime, parseKubectlEvents, type KubectlEvent } from '../../core/kubectl';
import { escapeCell, eventDescription, formatRowTime, tableRow } from '../../core/timeline/mergeRows';
import { CliError, type CliCommand } from '../command';
import { rejectUnknownOptions, takeOption } from '../files';
import { readTextFile } from '../input';

const usage = `Usage: postmortem events [--captured-at ISO] [--format markdown|json] [FILE|-]

Reads kubectl events output from FILE (or standard input) and prints it as postmortem timeline rows.
Understands kubectl get events (default, -A, -o wide, --watch, --output-watch-events, pre-1.14),
kubectl events, the Events: section of kubectl describe, and -o json / -o yaml.

Options:
  --captured-at ISO         when kubectl printed the output (default: now; UTC unless a zone is
                            given); relative ages such as "3m12s" count back from it, and
                            those times are marked approximate ("~")
  --format markdown|json    markdown (default): a timeline table in UTC; json: an array of
                            { time, firstTime, approximate, count, type, reason, object,
                              namespace, message, source }, sorted by time
`;

function markdown(events: readonly KubectlEvent[]): string {
  const rows = events.map((event) => {
    const time = event.time ? formatRowTime(event.time, 'yyyy-MM-dd HH:mm', true, event.approximate) : 'unknown';
    return tableRow([time, escapeCell(eventDescription(event)), '-']);
  });
  return `${[tableRow(['Time (UTC)', 'Event', 'Action Taken']), tableRow(['---', '---', '---']), ...rows].join('\n')}\n`;
}

export const eventsCommand: CliCommand = {
  name: 'events',
  usage,
  async run(argv, io) {
    const args = [...argv];
    const format = takeOption(args, 'format') ?? 'markdown';
    if (format !== 'markdown' && format !== 'json') throw new CliError(`unknown --format '${format}': use markdown or json.`);
    const capturedText = takeOption(args, 'captured-at');
    const capturedAt = capturedText === undefined ? io.now() : parseCaptureTime(capturedText);
    if (!capturedAt) throw new CliError(`--captured-at '${capturedText}' is not an ISO 8601 time from 1970 to 9999 (e.g. 2026-05-04T12:20:00Z; UTC unless it names a zone).`);
    rejectUnknownOptions(args);
    if (args.length > 1) throw new CliError('give one FILE, or - (or nothing) for standard input.');
    const [file] = args;
    let text: string;
    if (file === undefined || file === '-') {
      text = await io.readStdin();
    } else {
      text = readTextFile(resolve(io.cwd, file), file).text;
    }
    const result = parseKubectlEvents(text, { capturedAt });
    if (result.formats.length === 0) {
      throw new CliError(
        'the input is not kubectl events output. Paste the output of `kubectl get events` (any -o), `kubectl events`, or `kubectl describe <object>`.',
      );
    }
    if (result.events.length === 0) io.stderr('postmortem events: kubectl found no events in this output (events expire after about an hour).\n');
    io.stdout(format === 'json' ? `${JSON.stringify(result.events.map(eventToJson), null, 2)}\n` : result.events.length === 0 ? '' : markdown(result.events));
    return 0;
  },
};
