// The contract every `postmortem` subcommand implements: argv in, exit code out, all I/O through `CliIo`.
export interface CliIo {
  stdout: (text: string) => void;
  stderr: (text: string) => void;
  /** Reads standard input to the end. */
  readStdin: () => Promise<string>;
  cwd: string;
  /** The clock, injectable for tests. */
  now: () => Date;
}

export interface CliCommand {
  name: string;
  /** Full usage text for `postmortem <name> --help`. */
  usage: string;
  /** Returns the exit code: 0 success, 1 findings, 2 usage or read errors. */
  run: (args: string[], io: CliIo) => Promise<number>;
}

/** A usage or input error: printed to stderr, exit code 2. */
export class CliError extends Error {}
