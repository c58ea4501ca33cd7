// Reads CLI input with a size limit and checked encoding, and writes files atomically: no input hangs or garbles a file.
import { chmodSync, closeSync, openSync, readSync, renameSync, statSync, unlinkSync, writeFileSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { decodeUtf8 } from '../core/text/decode';
import { CliError } from './command';

/** The most the CLI reads from one file or from standard input: far above any postmortem, far below a hang. */
export const MAX_INPUT_BYTES = 8 * 1024 * 1024;
const LIMIT_TEXT = `${MAX_INPUT_BYTES / 1024 / 1024} MiB`;

export interface TextFile {
  text: string;
  /** Whether the file started with a UTF-8 byte order mark (kept when the file is rewritten). */
  bom: boolean;
}

const reasonOf = (error: unknown): string =>
  error instanceof Error && 'code' in error ? String((error as NodeJS.ErrnoException).code) : error instanceof Error ? error.message : String(error);

/**
 * Reads at most MAX_INPUT_BYTES of a file, in chunks, so an endless device (`/dev/zero`) or a huge file is refused
 * instead of read forever; then decodes it as UTF-8. Throws CliError with the reason.
 */
export function readTextFile(path: string, shown: string = path): TextFile {
  let bytes: Buffer;
  try {
    bytes = readLimited(path);
  } catch (error) {
    if (error instanceof CliError) throw error;
    throw new CliError(`cannot read '${shown}': ${reasonOf(error)}.`);
  }
  if (bytes.length > MAX_INPUT_BYTES) throw new CliError(`'${shown}' is larger than ${LIMIT_TEXT}, the most postmortem reads from one input; not read.`);
  const decoded = decodeUtf8(bytes);
  if (!decoded.ok) throw new CliError(`skipped '${shown}': ${decoded.reason}.`);
  return { text: decoded.text, bom: decoded.bom };
}

/** Up to MAX_INPUT_BYTES + 1 bytes of the file: one byte more than the limit is enough to know it is too big. */
function readLimited(path: string): Buffer {
  const fd = openSync(path, 'r');
  try {
    const chunks: Buffer[] = [];
    let total = 0;
    for (;;) {
      const chunk = Buffer.alloc(Math.min(1024 * 1024, MAX_INPUT_BYTES + 1 - total));
      const read = readSync(fd, chunk, 0, chunk.length, null);
      if (read === 0) break;
      chunks.push(chunk.subarray(0, read));
      total += read;
      if (total > MAX_INPUT_BYTES) break;
    }
    return Buffer.concat(chunks);
  } finally {
    closeSync(fd);
  }
}

/** Reads standard input up to MAX_INPUT_BYTES; more is refused rather than buffered without end. */
export function readStdinLimited(stream: NodeJS.ReadableStream = process.stdin): Promise<string> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let total = 0;
    const onData = (chunk: Buffer): void => {
      total += chunk.length;
      if (total > MAX_INPUT_BYTES) {
        stream.removeListener('data', onData);
        stream.pause();
        reject(new CliError(`standard input is larger than ${LIMIT_TEXT}, the most postmortem reads from one input; not read.`));
        return;
      }
      chunks.push(chunk);
    };
    stream.on('data', onData);
    stream.on('end', () => {
      const decoded = decodeUtf8(Buffer.concat(chunks));
      if (decoded.ok) resolve(decoded.text);
      else reject(new CliError(`standard input is not readable: ${decoded.reason}.`));
    });
    stream.on('error', reject);
  });
}

/**
 * Replaces a file's content atomically: the text goes to a temporary file in the same folder, which is then renamed
 * over the original, so a crash or a full disk never leaves half a postmortem. The file's mode is kept.
 */
export function writeFileAtomic(path: string, text: string, bom: boolean): void {
  const temporary = join(dirname(path), `.${basename(path)}.${process.pid}.${Date.now()}.tmp`);
  try {
    writeFileSync(temporary, (bom ? '\uFEFF' : '') + text, { flag: 'wx' });
    chmodSync(temporary, statSync(path).mode);
    renameSync(temporary, path);
  } catch (error) {
    try {
      unlinkSync(temporary);
    } catch {
      // Already renamed or never created.
    }
    throw new CliError(`cannot write '${path}': ${reasonOf(error)}.`);
  }
}
