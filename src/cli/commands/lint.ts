// `postmortem lint`: the blameless linter for CI: findings as text, JSON or SARIF; exit 0 clean, 1 findings, 2 usage/read errors.
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { parsePostmortem } from '../../core/model/parse';
import { lintPostmortem, configFinding } from '../../core/lint/engine';
import { applyFixes } from '../../core/lint/fixes';
import { looksLikePostmortem } from '../../core/lint/detect';
import { configRuleInfo, rules } from '../../core/lint/registry';
import { exitCodeFor, locateFindings, type LocatedFinding } from '../../core/lint/report/located';
import { formatText } from '../../core/lint/report/text';
import { formatSarif } from '../../core/lint/report/sarif';
import { parseConfigText, resolveLintConfig, type LintConfig } from '../../core/config/resolve';
import { CliError, type CliCommand } from '../command';
import { expandPostmortemPaths, readPostmortemFile, rejectUnknownOptions, takeOption } from '../files';
import packageJson from '../../../package.json';

export const CONFIG_FILE_NAME = '.postmortemrc.json';

const usage = `Usage: postmortem lint [--format text|json|sarif] [--config FILE] [--fix] PATH...

Checks postmortems for blaming language, action items without owner or due date,
template placeholders, out-of-order timelines, missing sections and unknown
severity/status values.

Folders are searched for Markdown files that look like postmortems; files named directly are always checked.

Options:
  --format text|json|sarif  text (default): file:line:col severity rule message
                            json: [{ file, line, column, endLine, endColumn, rule, severity, message,
                                     suggestions: [{ title, edits: [{ line, column, endLine, endColumn, newText }] }] }]
                            sarif: SARIF 2.1.0, for code-scanning uploads (suggestions as fixes)
  --config FILE             use this configuration instead of the nearest ${CONFIG_FILE_NAME}
                            (looked up from each file's folder upwards)
  --fix                     apply the safe fixes (e.g. sort timelines) to the files, then report what is left

Exit status: 0 no warnings or errors, 1 at least one warning or error, 2 usage or read error.
Rules: ${rules.map((r) => r.id).join(', ')}
`;

interface LoadedConfig {
  path: string | null;
  config: LintConfig;
}

function loadConfigFile(path: string): LoadedConfig {
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch (error) {
    const reason = error instanceof Error && 'code' in error ? String((error as NodeJS.ErrnoException).code) : String(error);
    throw new CliError(`cannot read config '${path}': ${reason}.`);
  }
  const { source, problems } = parseConfigText(CONFIG_FILE_NAME, text);
  const config = resolveLintConfig([source]);
  return { path, config: { ...config, problems: [...problems, ...config.problems] } };
}

/** The nearest `.postmortemrc.json` from the file's folder upwards, cached per folder. */
function configFinder(): (file: string) => LoadedConfig {
  const byFolder = new Map<string, LoadedConfig>();
  const find = (folder: string): LoadedConfig => {
    const cached = byFolder.get(folder);
    if (cached) return cached;
    const candidate = join(folder, CONFIG_FILE_NAME);
    const parent = dirname(folder);
    const found = existsSync(candidate) ? loadConfigFile(candidate) : parent === folder ? { path: null, config: resolveLintConfig([]) } : find(parent);
    byFolder.set(folder, found);
    return found;
  };
  return (file) => find(dirname(file));
}

export const lintCommand: CliCommand = {
  name: 'lint',
  summary: 'check postmortems for blaming language, unowned action items, placeholders and more (for CI)',
  usage,
  async run(argv, io) {
    const args = [...argv];
    const format = takeOption(args, 'format') ?? 'text';
    if (format !== 'text' && format !== 'json' && format !== 'sarif') throw new CliError(`unknown --format '${format}': use text, json or sarif.`);
    const configOption = takeOption(args, 'config');
    const fixIndex = args.indexOf('--fix');
    const fix = fixIndex !== -1;
    if (fix) args.splice(fixIndex, 1);
    rejectUnknownOptions(args);

    const fixedConfig = configOption === undefined ? undefined : loadConfigFile(resolve(io.cwd, configOption));
    const configFor = fixedConfig ? () => fixedConfig : configFinder();
    const files = expandPostmortemPaths(args, io.cwd);
    const located: LocatedFinding[] = [];
    const reportedConfigs = new Set<string>();
    const now = io.now();

    const named = new Set(args.map((arg) => resolve(io.cwd, arg)));
    let linted = 0;
    for (const path of files) {
      const file = readPostmortemFile(path, io.cwd);
      const doc = parsePostmortem(file.text);
      // Files found by searching a folder are linted only when they look like postmortems (not READMEs); named files always are.
      if (!named.has(path) && !looksLikePostmortem(doc)) continue;
      linted++;
      const { path: configPath, config } = configFor(path);
      // Problems in a config file are reported once, against the config file, not once per postmortem.
      if (configPath && !reportedConfigs.has(configPath)) {
        reportedConfigs.add(configPath);
        const shownPath = relative(io.cwd, configPath).startsWith('..') ? configPath : relative(io.cwd, configPath);
        located.push(...locateFindings(shownPath, '', config.problems.map(configFinding)));
      }
      let text = file.text;
      let findings = lintPostmortem(doc, { config, now, reportConfigProblems: false });
      if (fix) {
        const fixes = findings.flatMap((f) => (f.fix ? [f.fix.edit] : []));
        if (fixes.length > 0) {
          text = applyFixes(text, fixes);
          writeFileSync(path, text);
          findings = lintPostmortem(parsePostmortem(text), { config, now, reportConfigProblems: false });
        }
      }
      located.push(...locateFindings(file.displayPath, text, findings));
    }

    if (format === 'json') io.stdout(`${JSON.stringify(located, null, 2)}\n`);
    else if (format === 'sarif') {
      io.stdout(formatSarif(located, [...rules, configRuleInfo], { version: packageJson.version, informationUri: packageJson.repository.url.replace(/\.git$/, '') }));
    } else io.stdout(formatText(located, linted));
    return exitCodeFor(located);
  },
};
