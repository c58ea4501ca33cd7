// YAML read into plain values (front matter, `kubectl … -o yaml`), with what hostile input can cost bounded.
import { load, loadAll, YAMLException } from 'js-yaml';

/** Aliases (`*ref`) one document may hold. */
const MAX_ALIASES = 100;
/**
 * Values a document may expand to beyond one per character of its source (which no document without aliases can
 * exceed), a value shared by aliases counted each time it is reached: nine levels of ten aliases (a "billion laughs"
 * block) are a few dozen aliases but a billion values to whatever walks or prints them.
 */
const MAX_EXPANDED_VALUES = 10_000;

export type YamlRead = { values: unknown[]; error: null; errorAt: null } | { values: null; error: string; errorAt: number | null };

/** Nothing but blank lines and comments: no document, which is not an error. */
const HAS_CONTENT = /^[ \t]*[^\s#]/m;

/** The documents of `source` (one, or a `---`-separated stream), or why it is not YAML and where it stopped. */
export function readYaml(source: string, stream: boolean): YamlRead {
  if (!HAS_CONTENT.test(source)) return { values: stream ? [] : [null], error: null, errorAt: null };
  try {
    const values = stream ? loadAll(source, { maxAliases: MAX_ALIASES }) : [load(source, { maxAliases: MAX_ALIASES })];
    if (expandsBeyond(values, source.length + MAX_EXPANDED_VALUES)) return { values: null, error: 'Too many aliases: the document expands to more values than it could hold', errorAt: null };
    return { values, error: null, errorAt: null };
  } catch (error) {
    if (!(error instanceof YAMLException)) return { values: null, error: error instanceof Error ? error.message : String(error), errorAt: null };
    const at = error.mark?.position ?? null;
    if (/duplicated mapping key/.test(error.reason) && at !== null) {
      const key = /^(["']?)([^"':\n]+)\1/.exec(source.slice(at))?.[2]?.trim();
      if (key) return { values: null, error: `Map keys must be unique; "${key}" is repeated`, errorAt: at };
    }
    return { values: null, error: (at === null ? null : valueStartProblem(source, at)) ?? capitalised(error.reason), errorAt: at };
  }
}

function capitalised(reason: string): string {
  return reason.charAt(0).toUpperCase() + reason.slice(1);
}

/**
 * What is wrong with a `key: value` line the reader stopped on, said in plainer words than the reader's ("bad
 * indentation of a mapping entry" for `authors: @joshblack`): a value opening with a character YAML reserves.
 */
function valueStartProblem(source: string, at: number): string | null {
  const lineStart = source.lastIndexOf('\n', at - 1) + 1;
  const lineEnd = source.indexOf('\n', at);
  const value = /^[ \t]*(?:-[ \t]+)?[^\s:#][^:#\n]*:[ \t]+(\S)/.exec(source.slice(lineStart, lineEnd === -1 ? source.length : lineEnd));
  if (value?.[1] === '@' || value?.[1] === '`') return `A value cannot start with "${value[1]}" unless it is quoted`;
  if (value?.[1] === '[' || value?.[1] === '{') return `A value starting with "${value[1]}" is read as a YAML ${value[1] === '[' ? 'list' : 'mapping'}, not as text`;
  return null;
}

/** Whether walking the value would reach more than `limit` values, counting shared ones each time: stops at the limit. */
function expandsBeyond(value: unknown, limit: number): boolean {
  const pending: unknown[] = [value];
  let reached = 0;
  while (pending.length > 0) {
    const next = pending.pop();
    if (++reached > limit) return true;
    if (next === null || typeof next !== 'object') continue;
    for (const child of Array.isArray(next) ? next : Object.values(next)) pending.push(child);
  }
  return false;
}
