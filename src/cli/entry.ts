// The `postmortem` executable: answers --version without loading the CLI bundle (most of the start-up), otherwise runs
// the CLI (dist/cli/cli.js).
declare const POSTMORTEM_VERSION: string;

const args = process.argv.slice(2);
if (args.length === 1 && (args[0] === '-v' || args[0] === '--version')) {
  process.stdout.write(`${POSTMORTEM_VERSION}\n`);
} else {
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  (require('./cli.js') as { main: () => void }).main();
}
