// `npm run bench`: speed and memory of the engine against their targets, then the figures of bench/results.json side by
// side with their baselines (markdownlint for every lint figure). `npm run bench -- --figures` measures the figures only;
// `npm run bench -- --package` only the package's (activation, vsix size), keeping the other figures of results.json.
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { modelCases } from './cases/model';
import { lintCases } from './cases/lint';
import { kubectlCases } from './kubectl';
import { actionItemCases } from './cases/actionItems';
import { metricsCases } from './cases/metrics';
import { timelineEditorCases } from './cases/timelineEditor';
import { longPostmortem } from './documents';
import { engineFigures, figuresTable, packageFigures, type Figure } from './figures';
import { measure, type BenchResult } from './harness';
import { measureWebviewRender } from './webviewRender';
import { parsePostmortem } from '../src/core/model/parse';

const figuresOnly = process.argv.includes('--figures');
const packageOnly = process.argv.includes('--package');
const resultsFile = join(__dirname, 'results.json');

function writeFigures(all: Figure[]): void {
  writeFileSync(resultsFile, `${JSON.stringify(all, null, 2)}\n`);
  console.log(figuresTable(all));
  for (const f of all.filter((f) => f.value === null)) console.log(`${f.name}: ${f.note}`);
  console.log('\nWritten to bench/results.json.');
}

if (packageOnly) {
  const measured = new Map(packageFigures().map((f) => [f.name, f]));
  const kept = existsSync(resultsFile) ? (JSON.parse(readFileSync(resultsFile, 'utf8')) as Figure[]) : [];
  writeFigures([...kept.map((f) => measured.get(f.name) ?? f), ...[...measured.values()].filter((f) => !kept.some((k) => k.name === f.name))]);
} else {
  runAll();
}

function runAll(): void {
  if (!figuresOnly) {
    const cases = [...modelCases, ...lintCases, ...kubectlCases, ...actionItemCases, ...metricsCases, ...timelineEditorCases];
    const results: BenchResult[] = cases.map(measure);

    // Memory: what holding the model of the long document costs, measured after a collection when --expose-gc allows one.
    const gc = (globalThis as { gc?: () => void }).gc;
    gc?.();
    const before = process.memoryUsage().heapUsed;
    const held = parsePostmortem(longPostmortem);
    gc?.();
    const modelMiB = (process.memoryUsage().heapUsed - before) / 1024 / 1024;
    const MEMORY_TARGET_MIB = 64;

    console.log('| case | median ms | p95 ms | target ms | |');
    console.log('| --- | ---: | ---: | ---: | --- |');
    for (const r of results) {
      console.log(`| ${r.name} | ${r.medianMs.toFixed(2)} | ${r.p95Ms.toFixed(2)} | ${r.targetMs} | ${r.passed ? 'ok' : 'MISSED'} |`);
    }
    console.log(`| model of the long document held in memory (${held.timelines[0].rows.length} rows) | ${modelMiB.toFixed(1)} MiB${gc ? '' : ' (no --expose-gc: approximate)'} | | ${MEMORY_TARGET_MIB} MiB | ${modelMiB <= MEMORY_TARGET_MIB ? 'ok' : 'MISSED'} |`);
    console.log('');

    const failed = results.filter((r) => !r.passed).length + (modelMiB > MEMORY_TARGET_MIB ? 1 : 0);
    process.exitCode = failed > 0 ? 1 : 0;
  }

  const figures = engineFigures();

  // The timeline editor's webview render runs in Chromium, asynchronously, after the rest.
  void measureWebviewRender().then((webview) => {
    const render: Figure =
      typeof webview === 'string'
        ? { name: 'timeline-editor-2000-rows-render', value: null, unit: 'ms', baseline: null, baselineValue: null, note: webview }
        : { name: 'timeline-editor-2000-rows-render', value: webview.medianMs, unit: 'ms', baseline: null, baselineValue: null, note: 'headless Chromium: from the host message to the webview reporting 2,000 rows rendered' };
    if (typeof webview !== 'string' && !figuresOnly && !webview.passed) process.exitCode = 1;
    writeFigures([...figures, render, ...packageFigures()]);
  });
}
