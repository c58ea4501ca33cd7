// `postmortem lint`: the blameless linter for CI: findings as text, JSON or SARIF; exit 0 clean, 1 findings, 2 usage/read errors.
import { existsSync } from 'node:fs';
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
import { displayPathOf, expandPostmortemPaths, readPostmortemFileOrError, rejectUnknownOptions, takeOption } from '../files';
import { readTextFile, writeFileAtomic } from '../input';
import packageJson from '../../../package.json';

export const CONFIG_FILE_NAME = '.postmortemrc.json';
/** The rule id of a file that could not be read (missing, unreadable, binary, not UTF-8, too large). */
const READ_ERROR_RULE = 'read-error';

const usage = `Usage: postmortem lint [--format text|json|sarif] [--config FILE] [--fix] [--max-warnings N] PATH|GLOB...

Checks postmortems for blaming language, action items without owner or due date,
template placeholders, out-of-order timelines, missing sections and unknown
severity/status values.

Folders and globs are searched for Markdown files that look like postmortems; files named directly are always
checked. Quote globs ("postmortems/**/*.md") so every shell passes them alike; "!GLOB" excludes matches of globs.

Options:
  --format text|json|sarif  text (default): file:line:col severity rule message
                            json: [{ file, line, column, endLine, endColumn, rule, severity, message,
                                     suggestions: [{ title, edits: [{ line, column, endLine, endColumn, newText }] }] }]
                            sarif: SARIF 2.1.0, for code-scanning uploads (suggestions as fixes)
  --config FILE             use this configuration instead of the nearest ${CONFIG_FILE_NAME}
                            (looked up from each file's folder upwards)
  --fix                     apply the safe fixes (e.g. sort timelines) to the files, then report what is left
  --max-warnings N          pass with up to N warnings (errors always fail)

Exit status: 0 no warnings or errors (or at most N warnings with --max-warnings N and no errors),
1 otherwise, 2 usage or read error (an unreadable, binary or non-UTF-8 file, or one over 8 MiB, is
reported and the others are still checked).
Rules: ${rules.map((r) => r.id).join(', ')}
`;

interface LoadedConfig {
  path: string | null;
  config: LintConfig;
}

export function loadConfigFile(path: string, cwd: string): LoadedConfig {
  const shown = displayPathOf(path, cwd);
  let text: string;
  try {
    text = readTextFile(path, shown).text;
  } catch (error) {
    throw new CliError(`cannot read config ${error instanceof Error ? error.message.replace(/^cannot read /, '') : String(error)}`);
  }
  // Problems name the file they are in, whatever it is called (--config other.json).
  const { source, problems } = parseConfigText(shown, text);
  const config = resolveLintConfig([source]);
  return { path, config: { ...config, problems: [...problems, ...config.problems] } };
}

/** The nearest `.postmortemrc.json` from the file's folder upwards, cached per folder. */
export function configFinder(cwd: string): (file: string) => LoadedConfig {
  const byFolder = new Map<string, LoadedConfig>();
  const find = (folder: string): LoadedConfig => {
    const cached = byFolder.get(folder);
    if (cached) return cached;
    const candidate = join(folder, CONFIG_FILE_NAME);
    const parent = dirname(folder);
    const found = existsSync(candidate) ? loadConfigFile(candidate, cwd) : parent === folder ? { path: null, config: resolveLintConfig([]) } : find(parent);
    byFolder.set(folder, found);
    return found;
  };
  return (file) => find(dirname(file));
}

export const lintCommand: CliCommand = {
  name: 'lint',
  usage,
  async run(argv, io) {
    const args = [...argv];
    const format = takeOption(args, 'format') ?? 'text';
    if (format !== 'text' && format !== 'json' && format !== 'sarif') throw new CliError(`unknown --format '${format}': use text, json or sarif.`);
    const configOption = takeOption(args, 'config');
    const maxWarnings = parseMaxWarnings(takeOption(args, 'max-warnings'));
    const fixIndex = args.indexOf('--fix');
    const fix = fixIndex !== -1;
    if (fix) args.splice(fixIndex, 1);
    rejectUnknownOptions(args);

    const fixedConfig = configOption === undefined ? undefined : loadConfigFile(resolve(io.cwd, configOption), io.cwd);
    const configFor = fixedConfig ? () => fixedConfig : configFinder(io.cwd);
    const files = expandPostmortemPaths(args, io.cwd);
    const located: LocatedFinding[] = [];
    const reportedConfigs = new Set<string>();
    const now = io.now();

    const named = new Set(args.map((arg) => resolve(io.cwd, arg)));
    let linted = 0;
    // An unreadable, binary or oversized file is reported as an error entry; the others are still linted (exit 2).
    let unreadable = false;
    for (const path of files) {
      const file = readPostmortemFileOrError(path, io.cwd);
      if (file instanceof CliError) {
        unreadable = true;
        io.stderr(`postmortem lint: ${file.message}\n`);
        located.push({ file: displayPathOf(path, io.cwd), line: 1, column: 1, endLine: 1, endColumn: 1, rule: READ_ERROR_RULE, severity: 'error', message: file.message, suggestions: [] });
        continue;
      }
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
          writeFileAtomic(path, text, file.bom);
          findings = lintPostmortem(parsePostmortem(text), { config, now, reportConfigProblems: false });
        }
      }
      located.push(...locateFindings(file.displayPath, text, findings));
    }

    if (format === 'json') io.stdout(`${JSON.stringify(located, null, 2)}\n`);
    else if (format === 'sarif') {
      io.stdout(formatSarif(located, [...rules, configRuleInfo], { version: packageJson.version, informationUri: packageJson.repository.url.replace(/\.git$/, '') }));
    } else io.stdout(formatText(located, linted));
    if (unreadable) return 2;
    if (maxWarnings === undefined) return exitCodeFor(located);
    const errors = located.filter((f) => f.severity === 'error').length;
    const warnings = located.filter((f) => f.severity === 'warning').length;
    // Said on stderr so stdout stays exactly the report (scripts parse JSON and SARIF from it).
    if (errors === 0 && warnings > maxWarnings) io.stderr(`postmortem lint: ${warnings} warnings, more than --max-warnings ${maxWarnings}.\n`);
    return errors > 0 || warnings > maxWarnings ? 1 : 0;
  },
};

function parseMaxWarnings(value: string | undefined): number | undefined {
  if (value === undefined) return undefined;
  if (!/^\d{1,9}$/.test(value)) throw new CliError(`--max-warnings needs a whole number of warnings, not '${value}'.`);
  return Number(value);
}
