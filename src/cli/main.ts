// The `postmortem` command line: dispatches argv to one subcommand and maps errors to exit codes.
import { CliError, type CliCommand, type CliIo } from './command';
import { readStdinLimited } from './input';
import packageJson from '../../package.json';

/** A subcommand as `--help` lists it; its module (and the engine behind it) is loaded only when it runs. */
interface CommandEntry {
  name: string;
  /** One line for `postmortem --help`. */
  summary: string;
  load: () => Promise<CliCommand>;
}

const commands: CommandEntry[] = [
  { name: 'actions', summary: 'list the action items of postmortems (owner, due date, done)', load: async () => (await import('./commands/actions')).actionsCommand },
  { name: 'lint', summary: 'check postmortems for blaming language, unowned action items, placeholders and more (for CI)', load: async () => (await import('./commands/lint')).lintCommand },
  { name: 'new', summary: 'create a postmortem from a template (stdout or --out)', load: async () => (await import('./commands/new')).newCommand },
  { name: 'templates', summary: 'list the postmortem templates (built-in and .postmortem/templates/)', load: async () => (await import('./commands/templates')).templatesCommand },
  { name: 'events', summary: 'turn pasted kubectl events output into timeline rows (markdown or JSON)', load: async () => (await import('./commands/events')).eventsCommand },
  { name: 'metrics', summary: 'key moments and time to detect/acknowledge/mitigate/resolve of postmortems', load: async () => (await import('./commands/metrics')).metricsCommand },
  { name: 'stats', summary: 'incident metrics across postmortems per month and severity, action items per owner', load: async () => (await import('./commands/stats')).statsCommand },
];

function helpText(): string {
  const width = Math.max(...commands.map((c) => c.name.length));
  return [
    `postmortem ${packageJson.version}: blameless incident postmortems in Markdown`,
    '',
    'Usage: postmortem <command> [options] [PATH...]',
    '',
    'Commands:',
    ...commands.map((c) => `  ${c.name.padEnd(width)}  ${c.summary}`),
    '',
    'Options:',
    '  -h, --help     show help (also: postmortem <command> --help)',
    '  -v, --version  print the version',
    '',
  ].join('\n');
}

export async function runCli(argv: string[], io: CliIo): Promise<number> {
  let wroteStdout = false;
  const tracked: CliIo = {
    ...io,
    stdout: (text) => {
      wroteStdout = true;
      io.stdout(text);
    },
  };
  try {
    return await dispatch(argv, tracked);
  } catch (error) {
    // Any failure is one clear line and exit 2, and a caller that asked for JSON still gets JSON to parse.
    const message = error instanceof CliError ? error.message : `internal error: ${error instanceof Error ? error.message : String(error)}`;
    io.stderr(`postmortem${argv[0] && !argv[0].startsWith('-') ? ` ${argv[0]}` : ''}: ${message.split('\n')[0]}\n`);
    if (!wroteStdout && wantsJson(argv)) io.stdout('[]\n');
    return 2;
  }
}

function wantsJson(argv: string[]): boolean {
  return argv.some((arg, i) => arg === '--format=json' || (arg === '--format' && argv[i + 1] === 'json'));
}

async function dispatch(argv: string[], io: CliIo): Promise<number> {
  const [name, ...rest] = argv;
  if (name === undefined || name === '-h' || name === '--help' || name === 'help') {
    io.stdout(helpText());
    return name === undefined ? 2 : 0;
  }
  if (name === '-v' || name === '--version') {
    io.stdout(`${packageJson.version}\n`);
    return 0;
  }
  const entry = commands.find((c) => c.name === name);
  if (!entry) {
    io.stderr(`postmortem: unknown command '${name}'. Run 'postmortem --help' for the list.\n`);
    return 2;
  }
  const command = await entry.load();
  if (rest.includes('-h') || rest.includes('--help')) {
    io.stdout(command.usage.endsWith('\n') ? command.usage : `${command.usage}\n`);
    return 0;
  }
  return await command.run(rest, io);
}

/** Runs the CLI on this process's arguments and standard streams, and sets its exit code. */
export function main(): void {
  void runCli(process.argv.slice(2), {
    stdout: (text) => process.stdout.write(text),
    stderr: (text) => process.stderr.write(text),
    readStdin: () => readStdinLimited(),
    cwd: process.cwd(),
    now: () => new Date(),
  }).then((code) => {
    process.exitCode = code;
    // Standard input left unread (an endless pipe refused at the size limit) must not keep the process alive.
    process.stdin.destroy();
  });
}

if (require.main === module) main();
