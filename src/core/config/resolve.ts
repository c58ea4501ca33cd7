// Turns configuration sources (settings, `.postmortemrc.json`) into a level and options per rule; never throws on bad input.
import { rules, findRule } from '../lint/registry';
import { LEVELS, type Level } from '../lint/types';
import { metricsConfigSchema, type MetricsConfig } from '../metrics/config';

export interface ConfigSource {
  /** Where the values came from, for messages: ".postmortemrc.json", "settings". */
  name: string;
  value: unknown;
}

export interface ConfigProblem {
  source: string;
  /** Dotted path to the offending value, e.g. "rules.required-sections.sections". */
  path: string;
  message: string;
}

export interface RuleSetting {
  level: Level;
  options: Record<string, unknown>;
}

export interface LintConfig {
  rules: Record<string, RuleSetting>;
  /** How incident metrics are counted (the `metrics` key). */
  metrics: MetricsConfig;
  problems: ConfigProblem[];
}

const TOP_LEVEL_KEYS = new Set(['$schema', 'rules', 'metrics']);

function isLevel(value: unknown): value is Level {
  return typeof value === 'string' && (LEVELS as readonly string[]).includes(value);
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** Reads JSON text into a source; a syntax error becomes a problem and an empty source. */
export function parseConfigText(name: string, text: string): { source: ConfigSource; problems: ConfigProblem[] } {
  try {
    // A byte order mark is what some Windows editors save; JSON.parse would reject it.
    return { source: { name, value: JSON.parse(text.replace(/^\uFEFF/u, '')) as unknown }, problems: [] };
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    return { source: { name, value: {} }, problems: [{ source: name, path: '', message: `not valid JSON: ${message}` }] };
  }
}

/** Later sources override earlier ones, per rule: a level replaces the level, options are merged key by key. */
export function resolveLintConfig(sources: readonly ConfigSource[]): LintConfig {
  const problems: ConfigProblem[] = [];
  const levels = new Map<string, Level>(rules.map((rule) => [rule.id, rule.defaultLevel]));
  const rawOptions = new Map<string, { value: Record<string, unknown>; source: string }>();
  let rawMetrics: { value: Record<string, unknown>; source: string } = { value: {}, source: 'defaults' };

  for (const { name, value } of sources) {
    if (value === undefined || value === null) continue;
    if (!isRecord(value)) {
      problems.push({ source: name, path: '', message: 'expected an object such as { "rules": { … } }' });
      continue;
    }
    for (const key of Object.keys(value)) {
      if (!TOP_LEVEL_KEYS.has(key)) problems.push({ source: name, path: key, message: `unknown setting; expected "rules" or "metrics"` });
    }
    if (value.metrics !== undefined) {
      if (isRecord(value.metrics)) {
        const countFrom = { ...(isRecord(rawMetrics.value.countFrom) ? rawMetrics.value.countFrom : {}), ...(isRecord(value.metrics.countFrom) ? value.metrics.countFrom : {}) };
        rawMetrics = { value: { ...rawMetrics.value, ...value.metrics, ...(isRecord(value.metrics.countFrom) ? { countFrom } : {}) }, source: name };
      } else problems.push({ source: name, path: 'metrics', message: 'expected an object such as { "countFrom": { "timeToAcknowledge": "detected" } }' });
    }
    if (value.rules === undefined) continue;
    if (!isRecord(value.rules)) {
      problems.push({ source: name, path: 'rules', message: 'expected an object mapping rule ids to a level or options' });
      continue;
    }
    for (const [ruleId, entry] of Object.entries(value.rules)) {
      const path = `rules.${ruleId}`;
      if (!findRule(ruleId)) {
        problems.push({ source: name, path, message: `unknown rule; known rules: ${rules.map((r) => r.id).join(', ')}` });
        continue;
      }
      if (isLevel(entry)) {
        levels.set(ruleId, entry);
        continue;
      }
      if (!isRecord(entry)) {
        problems.push({ source: name, path, message: `expected one of ${LEVELS.map((l) => `"${l}"`).join(', ')} or an object of options` });
        continue;
      }
      const { level, ...options } = entry;
      if (level !== undefined) {
        if (isLevel(level)) levels.set(ruleId, level);
        else problems.push({ source: name, path: `${path}.level`, message: `expected one of ${LEVELS.map((l) => `"${l}"`).join(', ')}` });
      }
      const previous = rawOptions.get(ruleId)?.value ?? {};
      rawOptions.set(ruleId, { value: { ...previous, ...options }, source: name });
    }
  }

  const resolved: Record<string, RuleSetting> = {};
  for (const rule of rules) {
    const raw = rawOptions.get(rule.id);
    const parsed = rule.options.safeParse(raw?.value ?? {});
    let options: Record<string, unknown>;
    if (parsed.success) {
      options = parsed.data;
    } else {
      for (const issue of parsed.error.issues) {
        const path = ['rules', rule.id, ...issue.path.map(String)].join('.');
        problems.push({ source: raw?.source ?? 'defaults', path, message: issue.message });
      }
      // The rule still runs, with its defaults, so one typo does not silence it.
      options = rule.options.parse({});
    }
    resolved[rule.id] = { level: levels.get(rule.id) ?? rule.defaultLevel, options };
  }
  const metrics = metricsConfigSchema.safeParse(rawMetrics.value);
  if (!metrics.success) {
    for (const issue of metrics.error.issues) problems.push({ source: rawMetrics.source, path: ['metrics', ...issue.path.map(String)].join('.'), message: issue.message });
  }
  return { rules: resolved, metrics: metrics.success ? metrics.data : metricsConfigSchema.parse({}), problems };
}

/** The configuration when nothing is configured. */
export function defaultLintConfig(): LintConfig {
  return resolveLintConfig([]);
}
