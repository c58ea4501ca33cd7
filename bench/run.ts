// `npm run bench`: speed and memory of the engine against their targets, plus the activation time the integration tests recorded.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { modelCases } from './cases/model';
import { lintCases } from './cases/lint';
import { kubectlCases } from './kubectl';
import { actionItemCases } from './cases/actionItems';
import { metricsCases } from './cases/metrics';
import { timelineEditorCases } from './cases/timelineEditor';
import { longPostmortem } from './documents';
import { measure, type BenchResult } from './harness';
import { measureWebviewRender } from './webviewRender';
import { parsePostmortem } from '../src/core/model/parse';

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

const activationFile = join(__dirname, '..', 'dist', 'bench', 'activation.json');
if (existsSync(activationFile)) {
  const activation = JSON.parse(readFileSync(activationFile, 'utf8')) as { activateMs: number; openToActiveMs: number; vscode: string };
  console.log(`\nActivation in VS Code ${activation.vscode} (from the last integration run): activate() ${activation.activateMs.toFixed(1)} ms, opening a postmortem to active ${activation.openToActiveMs.toFixed(0)} ms.`);
} else {
  console.log('\nActivation time: run `npm run test:integration` first; it records dist/bench/activation.json.');
}

const failed = results.filter((r) => !r.passed).length + (modelMiB > MEMORY_TARGET_MIB ? 1 : 0);
process.exitCode = failed > 0 ? 1 : 0;

// The timeline editor's webview render runs in Chromium, asynchronously, after the table above.
void measureWebviewRender().then((webview) => {
  if (typeof webview === 'string') {
    console.log(webview);
    return;
  }
  console.log(`\n${webview.name}: median ${webview.medianMs.toFixed(0)} ms, p95 ${webview.p95Ms.toFixed(0)} ms, target ${webview.targetMs} ms: ${webview.passed ? 'ok' : 'MISSED'}`);
  if (!webview.passed) process.exitCode = 1;
});
