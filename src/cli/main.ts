// The `postmortem` command line: dispatches argv to one subcommand and maps errors to exit codes.
import { CliError, type CliCommand, type CliIo } from './command';
import { actionsCommand } from './commands/actions';
import { newCommand } from './commands/new';
import { templatesCommand } from './commands/templates';
import { lintCommand } from './commands/lint';
import { eventsCommand } from './commands/events';
import { metricsCommand } from './commands/metrics';
import { statsCommand } from './commands/stats';
import { readStdinLimited } from './input';
import packageJson from '../../package.json';

const commands: CliCommand[] = [actionsCommand, lintCommand, newCommand, templatesCommand, eventsCommand, metricsCommand, statsCommand];

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
  const command = commands.find((c) => c.name === name);
  if (!command) {
    io.stderr(`postmortem: unknown command '${name}'. Run 'postmortem --help' for the list.\n`);
    return 2;
  }
  if (rest.includes('-h') || rest.includes('--help')) {
    io.stdout(command.usage.endsWith('\n') ? command.usage : `${command.usage}\n`);
    return 0;
  }
  return await command.run(rest, io);
}

if (require.main === module) {
  runCli(process.argv.slice(2), {
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
