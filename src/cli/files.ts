// Turns the PATH arguments of a CLI command into Markdown files: files as given, folders searched for postmortems.
import { readdirSync, statSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { globSync, isDynamicPattern } from 'tinyglobby';
import { CliError } from './command';
import { readTextFile } from './input';

const SKIPPED_FOLDERS = new Set(['node_modules', '.git', 'dist', 'out', '.vscode-test']);

function markdownFilesUnder(folder: string): string[] {
  const found: string[] = [];
  for (const entry of readdirSync(folder, { withFileTypes: true }).sort((a, b) => a.name.localeCompare(b.name))) {
    const path = join(folder, entry.name);
    if (entry.isDirectory() && !SKIPPED_FOLDERS.has(entry.name) && !entry.name.startsWith('.')) found.push(...markdownFilesUnder(path));
    else if (entry.isFile() && /\.(md|markdown)$/i.test(entry.name)) found.push(path);
  }
  return found;
}

/**
 * Quoted globs (`"postmortems/**\/*.md"`), expanded here as markdownlint-cli2 does so they work the same in every shell
 * and CI; `!GLOB` arguments exclude matches. Hidden and SKIPPED_FOLDERS folders are not searched. Sorted, absolute.
 */
function filesMatching(pattern: string, negations: string[], cwd: string): string[] {
  const ignore = [...negations, ...[...SKIPPED_FOLDERS].map((folder) => `**/${folder}/**`)];
  return globSync(pattern, { cwd, ignore, absolute: true, onlyFiles: true, expandDirectories: false }).sort();
}

/**
 * Files named on the command line are taken as they are; folders are searched for Markdown files; a PATH that is not
 * a file or folder but a glob is expanded. Unreadable paths throw CliError.
 */
export function expandPostmortemPaths(args: string[], cwd: string): string[] {
  const negations = args.filter((arg) => arg.startsWith('!')).map((arg) => arg.slice(1));
  const paths = args.filter((arg) => !arg.startsWith('!'));
  if (paths.length === 0) throw new CliError('no PATH given: name postmortem files, folders or globs to search.');
  const files: string[] = [];
  for (const path of paths) {
    const absolute = resolve(cwd, path);
    let isFolder: boolean;
    try {
      isFolder = statSync(absolute).isDirectory();
    } catch {
      if (isDynamicPattern(path)) {
        files.push(...filesMatching(path, negations, cwd));
        continue;
      }
      throw new CliError(`cannot read '${path}': no such file or folder.`);
    }
    try {
      files.push(...(isFolder ? markdownFilesUnder(absolute) : [absolute]));
    } catch (error) {
      throw new CliError(`cannot read '${path}': ${error instanceof Error ? error.message : String(error)}`);
    }
  }
  return [...new Set(files)];
}

export interface PostmortemFile {
  /** The path as shown to the user: relative to the working folder when inside it. */
  displayPath: string;
  text: string;
  /** Whether the file starts with a UTF-8 byte order mark (kept by --fix). */
  bom: boolean;
}

export function displayPathOf(absolutePath: string, cwd: string): string {
  const rel = relative(cwd, absolutePath);
  return rel.startsWith('..') || rel === '' ? absolutePath : rel;
}

/** Reads a postmortem with the CLI's size limit, as UTF-8; throws CliError saying why it cannot. */
export function readPostmortemFile(absolutePath: string, cwd: string): PostmortemFile {
  const displayPath = displayPathOf(absolutePath, cwd);
  const { text, bom } = readTextFile(absolutePath, displayPath);
  return { displayPath, text, bom };
}

/**
 * Reads a postmortem, or returns the CliError saying why it cannot, for commands that report an unreadable file and go
 * on with the others. Any other error is a bug and is thrown.
 */
export function readPostmortemFileOrError(absolutePath: string, cwd: string): PostmortemFile | CliError {
  try {
    return readPostmortemFile(absolutePath, cwd);
  } catch (error) {
    if (error instanceof CliError) return error;
    throw error;
  }
}

/** Reads the value of `--name value` or `--name=value` from args, removing it; returns undefined when absent. */
export function takeOption(args: string[], name: string): string | undefined {
  for (let i = 0; i < args.length; i++) {
    if (args[i] === `--${name}`) {
      const value = args[i + 1];
      if (value === undefined || value.startsWith('--')) throw new CliError(`--${name} needs a value.`);
      args.splice(i, 2);
      return value;
    }
    if (args[i].startsWith(`--${name}=`)) {
      const value = args[i].slice(name.length + 3);
      args.splice(i, 1);
      return value;
    }
  }
  return undefined;
}

/** Reads a boolean `--name` from args, removing it. */
export function takeFlag(args: string[], name: string): boolean {
  const index = args.indexOf(`--${name}`);
  if (index === -1) return false;
  args.splice(index, 1);
  return true;
}

/** Rejects options this command does not know, so a typo is not taken for a path. */
export function rejectUnknownOptions(args: string[]): void {
  const unknown = args.find((a) => a.startsWith('--') || (a.startsWith('-') && a !== '-'));
  if (unknown) throw new CliError(`unknown option '${unknown}'.`);
}
