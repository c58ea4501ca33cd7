// Reads YAML front matter into plain data without the YAML library's costs that grow faster than the input.
import { isMap, isScalar, parseDocument } from 'yaml';

export interface FrontMatterData {
  data: Record<string, unknown> | null;
  error: string | null;
  /** Where in the front matter source the error is, when the YAML reader says. */
  errorAt: number | null;
}

/** Aliases a front matter may expand; a "billion laughs" block stops here instead of filling memory. */
const MAX_ALIASES = 100;

/**
 * Parses front matter. The library's own duplicate-key check compares every key with every other (40,000 keys took
 * 16 s), so it is off and top-level duplicates are found with a set instead.
 */
export function readFrontMatter(source: string): FrontMatterData {
  try {
    const doc = parseDocument(source, { uniqueKeys: false });
    if (doc.errors.length > 0) return { data: null, error: doc.errors[0].message, errorAt: doc.errors[0].pos[0] };
    if (isMap(doc.contents)) {
      const seen = new Set<unknown>();
      for (const pair of doc.contents.items) {
        const key = isScalar(pair.key) ? pair.key.value : pair.key;
        if (seen.has(key)) return { data: null, error: `Map keys must be unique; "${String(key)}" is repeated`, errorAt: pair.key && typeof pair.key === 'object' && 'range' in pair.key && Array.isArray(pair.key.range) ? (pair.key.range[0] as number) : null };
        seen.add(key);
      }
    }
    const data = doc.toJS({ maxAliasCount: MAX_ALIASES }) as unknown;
    return { data: data !== null && typeof data === 'object' && !Array.isArray(data) ? (data as Record<string, unknown>) : null, error: null, errorAt: null };
  } catch (error) {
    return { data: null, error: error instanceof Error ? error.message : String(error), errorAt: null };
  }
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
