// Reads YAML front matter into plain data.
import { readYaml } from '../text/yaml';

export interface FrontMatterData {
  data: Record<string, unknown> | null;
  error: string | null;
  /** Where in the front matter source the error is, when the YAML reader says. */
  errorAt: number | null;
}

/** Parses front matter: its fields when it is a mapping, or why it is not valid YAML and where. */
export function readFrontMatter(source: string): FrontMatterData {
  const read = readYaml(source, false);
  if (read.values === null) return { data: null, error: read.error, errorAt: read.errorAt };
  const data = read.values[0];
  return { data: data !== null && typeof data === 'object' && !Array.isArray(data) ? (data as Record<string, unknown>) : null, error: null, errorAt: null };
}

/** Where each top-level key's line starts, and where its value starts, within the front matter source: one pass. */
export function keyLines(source: string): Map<string, { line: number; value: number }> {
  const lines = new Map<string, { line: number; value: number }>();
  let at = 0;
  for (const line of source.split('\n')) {
    // The key read at once (a look-ahead and its backreference), never given back a blank at a time: linear on a line
    // of blanks without a colon.
    const key = /^(["']?)(?=([^"':\n]+))\2\1[ \t]*:/u.exec(line);
    if (key && !lines.has(key[2])) lines.set(key[2], { line: at, value: at + key[0].length });
    at += line.length + 1;
  }
  return lines;
}
