// The `postmortem` command line: dispatches argv to one subcommand and maps errors to exit codes.
import { CliError, type CliCommand, type CliIo } from './command';
import { actionsCommand } from './commands/actions';
import { newCommand } from './commands/new';
import { templatesCommand } from './commands/templates';
import { lintCommand } from './commands/lint';
import { eventsCommand } from './commands/events';
import { metricsCommand } from './commands/metrics';
import { statsCommand } from './commands/stats';
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
  try {
    return await command.run(rest, io);
  } catch (error) {
    if (error instanceof CliError) {
      io.stderr(`postmortem ${command.name}: ${error.message}\n`);
      return 2;
    }
    throw error;
  }
}

function readStdin(): Promise<string> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    process.stdin.on('data', (chunk: Buffer) => chunks.push(chunk));
    process.stdin.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')));
    process.stdin.on('error', reject);
  });
}

if (require.main === module) {
  runCli(process.argv.slice(2), {
    stdout: (text) => process.stdout.write(text),
    stderr: (text) => process.stderr.write(text),
    readStdin,
    cwd: process.cwd(),
    now: () => new Date(),
  }).then(
    (code) => {
      process.exitCode = code;
    },
    (error: unknown) => {
      process.stderr.write(`postmortem: internal error: ${error instanceof Error ? error.stack : String(error)}\n`);
      process.exitCode = 2;
    },
  );
}
