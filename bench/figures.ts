// The figures of bench/results.json: each a median of ours and, where one exists, of a baseline measured alternately
// with it in the same process, so the machine's load at the time weighs on both sides alike.
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { actionEntries } from '../src/core/actions/entries';
import { parseKubectlEvents } from '../src/core/kubectl';
import { createLintCaches, lintPostmortem } from '../src/core/lint/engine';
import { SectionCache } from '../src/core/markdown/sectionCache';
import { parsePostmortem } from '../src/core/model/parse';
import { files, tree } from './cases/actionItems';
import { parseForActionScan } from '../src/core/actions/scan';
import { postmortem10k, postmortem1k } from './documents';
import { capturedAt, jsonList, wideTable } from './kubectl';
import { markdownlintTexts } from './markdownlint';

export interface Figure {
  name: string;
  /** The median, or null when this run could not measure it (see note). */
  value: number | null;
  unit: 'ms' | 'bytes';
  baseline: string | null;
  baselineValue: number | null;
  /** How the figure was obtained when that is not obvious, or why it is missing. */
  note?: string;
}

const ROOT = join(__dirname, '..');
const now = new Date('2026-01-15T12:00:00Z');

function median(samples: number[]): number {
  const sorted = [...samples].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
}

function time(run: () => unknown): number {
  const started = performance.now();
  run();
  return performance.now() - started;
}

/** Runs ours and the baseline in turn (swapping which goes first), after one warm-up each; medians of `iterations`. */
function paired(iterations: number, ours: (i: number) => () => unknown, baseline: (i: number) => () => unknown): [number, number] {
  ours(-1)();
  baseline(-1)();
  const a: number[] = [];
  const b: number[] = [];
  for (let i = 0; i < iterations; i++) {
    if (i % 2 === 0) {
      a.push(time(ours(i)));
      b.push(time(baseline(i)));
    } else {
      b.push(time(baseline(i)));
      a.push(time(ours(i)));
    }
  }
  return [median(a), median(b)];
}

/** What the editor and the CLI do with a text: parse it into the model, then run every rule. */
function lintText(text: string): number {
  return lintPostmortem(parsePostmortem(text), { now }).length;
}

/** The 10,000-line document with one word of the `i`th prose line changed (a different line each time). */
function editedOneLine(i: number): string {
  const lines = postmortem10k.split('\n');
  const prose = lines.map((line, at) => (line.includes('(observation ') ? at : -1)).filter((at) => at >= 0);
  const at = prose[(Math.abs(i) * 37) % prose.length];
  lines[at] = lines[at].replace('replica', `replica${i + 2}`);
  return lines.join('\n');
}

function lintFigure(name: string, text: string, iterations: number): Figure {
  const [ours, theirs] = paired(iterations, () => () => lintText(text), () => () => markdownlintTexts({ text }));
  return { name, value: ours, unit: 'ms', baseline: 'markdownlint (default rules, in-process)', baselineValue: theirs, note: `${text.split('\n').length} lines, ${Math.round(text.length / 1024)} KB: parse + every rule, warm` };
}

function relintFigure(): Figure {
  const [ours, theirs] = paired(
    5,
    (i) => {
      // As the editor does: the previous version parsed and linted with the caches it keeps per document, then the edit.
      const sections = new SectionCache();
      const caches = createLintCaches();
      lintPostmortem(parsePostmortem(editedOneLine(i - 1), { sections }), { now, caches });
      const text = editedOneLine(i);
      return () => lintPostmortem(parsePostmortem(text, { sections }), { now, caches }).length;
    },
    (i) => {
      const text = editedOneLine(i);
      return () => markdownlintTexts({ text });
    },
  );
  return { name: 'relint-10k-one-line-edit', value: ours, unit: 'ms', baseline: 'markdownlint (default rules, in-process)', baselineValue: theirs, note: 'lint of the 10,000-line document after one word of one prose line changed, the previous version linted just before with the caches the editor keeps (parsed pieces, blaming-language findings per prose block)' };
}

/** The yardstick for kubectl text: split into lines and whitespace-separated cells, sort by the LAST SEEN column. */
function splitAndSort(text: string): number {
  const rows = text.split('\n').slice(1).map((line) => line.split(/ {2,}/));
  rows.sort((x, y) => x[1].localeCompare(y[1]));
  return rows.length;
}

/** The yardstick for kubectl JSON: JSON.parse, one object per event, sorted by time. */
function parseAndSort(text: string): number {
  const items = (JSON.parse(text) as { items: Array<{ lastTimestamp: string; reason: string; message: string }> }).items;
  const events = items.map((e) => ({ time: Date.parse(e.lastTimestamp), reason: e.reason, message: e.message }));
  events.sort((x, y) => x.time - y.time);
  return events.length;
}

function kubectlFigures(): Figure[] {
  const text = wideTable(10_000);
  const json = jsonList(10_000);
  const [textOurs, textYardstick] = paired(9, () => () => parseKubectlEvents(text, { capturedAt }), () => () => splitAndSort(text));
  const [jsonOurs, jsonYardstick] = paired(9, () => () => parseKubectlEvents(json, { capturedAt }), () => () => parseAndSort(json));
  return [
    { name: 'kubectl-10k-events-text', value: textOurs, unit: 'ms', baseline: 'split lines and cells, sort by time', baselineValue: textYardstick, note: '`kubectl get events -A -o wide`, 10,000 events, parseKubectlEvents' },
    { name: 'kubectl-10k-events-json', value: jsonOurs, unit: 'ms', baseline: 'JSON.parse, map, sort by time', baselineValue: jsonYardstick, note: '`kubectl get events -A -o json`, 10,000 events, parseKubectlEvents' },
  ];
}

function scanFigure(): Figure {
  const texts = Object.fromEntries(files.map(({ file, text }) => [file, text]));
  const [ours, theirs] = paired(3, () => () => tree(files.flatMap(({ file, text }) => actionEntries(file, parseForActionScan(text)))), () => () => markdownlintTexts(texts));
  return { name: 'scan-1000-postmortems', value: ours, unit: 'ms', baseline: 'markdownlint over the same files (default rules, in-process)', baselineValue: theirs, note: `the Action Items view's first scan: parse ${files.length} postmortems of ${(files[0].text.length / 1024).toFixed(0)} KB, filter and group their items` };
}

/**
 * The desktop entry loaded and activated in fresh Node processes with a stand-in `vscode` (bench/support), then the
 * engine loaded and started through its API; median of 7: what activation costs the extension host, without VS Code.
 */
function activationInNodeFigure(): Figure {
  const bundle = join(ROOT, 'dist', 'extension', 'node.js');
  if (!existsSync(bundle)) return { name: 'activation-node-stand-in', value: null, unit: 'ms', baseline: null, baselineValue: null, note: 'not measured: run `npm run build -- --production` first' };
  const engine = join(ROOT, 'dist', 'extension', 'web.js');
  const runs = Array.from({ length: 7 }, () => JSON.parse(execFileSync(process.execPath, [join(__dirname, 'support', 'loadExtension.cjs'), bundle], { encoding: 'utf8' })) as { loadMs: number; activateMs: number; engineLoadMs: number | null; engineStartMs: number | null; error: string | null });
  const started = runs.filter((r) => r.engineLoadMs !== null && r.engineStartMs !== null);
  const failed = runs.find((r) => r.error !== null);
  return {
    name: 'activation-node-stand-in',
    value: median(runs.map((r) => r.loadMs + r.activateMs)),
    unit: 'ms',
    baseline: null,
    baselineValue: null,
    note: `require() of dist/extension/node.js (${Math.round(statSync(bundle).size / 1024)} KiB) + activate(), fresh Node process, stand-in vscode; load ${median(runs.map((r) => r.loadMs)).toFixed(1)} ms, activate ${median(runs.map((r) => r.activateMs)).toFixed(1)} ms; then, not part of activation, the engine (dist/extension/web.js, ${Math.round(statSync(engine).size / 1024)} KiB) loaded in ${started.length ? median(started.map((r) => r.engineLoadMs!)).toFixed(0) : '—'} ms and started in ${started.length ? median(started.map((r) => r.engineStartMs!)).toFixed(1) : '—'} ms${failed ? `; failed: ${failed.error}` : ''}`,
  };
}

/** Wall time of a whole process (start to exit), in milliseconds. */
function processMs(args: string[]): number {
  const started = performance.now();
  const run = spawnSync(process.execPath, args, { cwd: ROOT, encoding: 'utf8' });
  if (run.error) throw run.error;
  return performance.now() - started;
}

/**
 * Whole processes, as CI runs them: `postmortem lint` on the 10,000-line document against a Node process that lints it
 * with markdownlint, and `postmortem --version` against `node -e 0`; medians of 5, alternating.
 */
function processFigures(): Figure[] {
  const cli = join(ROOT, 'dist', 'cli', 'postmortem.js');
  if (!existsSync(cli)) {
    const note = 'not measured: run `npm run build` first (the CLI bundle)';
    return [
      { name: 'lint-10k-process', value: null, unit: 'ms', baseline: null, baselineValue: null, note },
      { name: 'cli-version-process', value: null, unit: 'ms', baseline: null, baselineValue: null, note },
    ];
  }
  const dir = mkdtempSync(join(tmpdir(), 'postmortem-bench-'));
  try {
    const file = join(dir, 'postmortem-10k.md');
    writeFileSync(file, postmortem10k);
    const markdownlintProcess = ['--input-type=module', '-e', `import { lint } from 'markdownlint/sync'; lint({ files: [${JSON.stringify(file)}] });`];
    const [lint, markdownlint] = paired(5, () => () => processMs([cli, 'lint', file]), () => () => processMs(markdownlintProcess));
    const [version, bare] = paired(5, () => () => processMs([cli, '--version']), () => () => processMs(['-e', '0']));
    return [
      { name: 'lint-10k-process', value: lint, unit: 'ms', baseline: 'markdownlint in a Node process (default rules)', baselineValue: markdownlint, note: '`postmortem lint` of the 10,000-line document, start to exit' },
      { name: 'cli-version-process', value: version, unit: 'ms', baseline: 'node -e 0', baselineValue: bare, note: '`postmortem --version`, start to exit' },
    ];
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** Recorded by the integration run (test/integration/activation.test.ts) in the real VS Code host, when it ran. */
function activationFigure(): Figure {
  const file = join(ROOT, 'dist', 'bench', 'activation.json');
  if (!existsSync(file)) {
    return { name: 'activation', value: null, unit: 'ms', baseline: null, baselineValue: null, note: 'not measured: run `npm run test:integration` first; it records dist/bench/activation.json' };
  }
  const recorded = JSON.parse(readFileSync(file, 'utf8')) as { activateMs: number; openToActiveMs: number; bundleLoadMs?: number; engineLoadMs?: number; engineStartMs?: number; vscode: string };
  const recordedAt = statSync(file).mtime.toISOString();
  if (recorded.bundleLoadMs !== undefined) {
    const engine = recorded.engineLoadMs !== undefined && recorded.engineStartMs !== undefined ? `; after it, not part of activation, the engine (dist/extension/web.js) loaded in ${recorded.engineLoadMs.toFixed(0)} ms and started in ${recorded.engineStartMs.toFixed(1)} ms` : '';
    return { name: 'activation', value: recorded.bundleLoadMs + recorded.activateMs, unit: 'ms', baseline: null, baselineValue: null, note: `VS Code ${recorded.vscode}, integration run of ${recordedAt}: loading a fresh copy of the entry (dist/extension/node.js) in the extension host (${recorded.bundleLoadMs.toFixed(1)} ms, median of 5 copies) + activate() (${recorded.activateMs.toFixed(1)} ms); opening a postmortem to active took ${recorded.openToActiveMs.toFixed(0)} ms${engine}` };
  }
  return { name: 'activation', value: recorded.activateMs, unit: 'ms', baseline: null, baselineValue: null, note: `VS Code ${recorded.vscode}, integration run of ${recordedAt}: activate() alone, without loading the bundle (that run did not record the load); opening a postmortem to active ${recorded.openToActiveMs.toFixed(0)} ms` };
}

/** The size of the packaged extension, when `npm run package` made one. */
function vsixFigure(): Figure {
  const file = join(ROOT, 'postmortem.vsix');
  if (!existsSync(file)) return { name: 'vsix-size', value: null, unit: 'bytes', baseline: null, baselineValue: null, note: 'not measured: run `npm run package` first' };
  const stat = statSync(file);
  return { name: 'vsix-size', value: stat.size, unit: 'bytes', baseline: null, baselineValue: null, note: `postmortem.vsix of ${stat.mtime.toISOString()}` };
}

/** The engine's figures, measured in this process. */
export function engineFigures(): Figure[] {
  return [lintFigure('lint-1k', postmortem1k, 9), lintFigure('lint-10k', postmortem10k, 5), relintFigure(), ...kubectlFigures(), scanFigure(), ...processFigures()];
}

/** The figures of the packaged extension, read from what other runs left: the integration run and `npm run package`. */
export function packageFigures(): Figure[] {
  return [activationFigure(), activationInNodeFigure(), vsixFigure()];
}

export function figuresTable(figures: Figure[]): string {
  const show = (value: number | null, unit: Figure['unit']) => (value === null ? '—' : unit === 'bytes' ? `${(value / 1024).toFixed(0)} KiB` : `${value.toFixed(value < 10 ? 2 : 0)} ms`);
  const rows = figures.map((f) => {
    const ratio = f.value !== null && f.baselineValue ? `${(f.value / f.baselineValue).toFixed(2)}x` : '';
    return `| ${f.name} | ${show(f.value, f.unit)} | ${f.baseline ?? ''} | ${f.baselineValue === null ? '' : show(f.baselineValue, f.unit)} | ${ratio} |`;
  });
  return ['| figure | ours | baseline | baseline value | ratio |', '| --- | ---: | --- | ---: | ---: |', ...rows].join('\n');
}
