// Bundles each actor finder with esbuild (minified, as the extension ships), reports bytes and gzip bytes, and times a cold load in a fresh process.
// Run: node --import tsx bench/tagger/bundle.ts
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import * as esbuild from 'esbuild';

const ENTRIES = { 'hand-written': 'handWritten', compromise: 'compromise', 'compromise/two': 'compromiseTwo', 'wink-nlp + model': 'wink' } as const;
const out = mkdtempSync(join(tmpdir(), 'tagger-bundle-'));

/** A fresh Node process that loads the bundle, builds the finder and finds one actor: milliseconds from import to answer. */
const COLD = `
const t0 = performance.now();
const { candidate } = require(process.argv[1]);
candidate.load().then((find) => {
  const { PeopleIndex } = require(process.argv[2]);
  find('The release manager skipped the canary stage.', new PeopleIndex([]));
  console.log(performance.now() - t0);
});`;

async function main(): Promise<void> {
  // PeopleIndex for the cold-load script, bundled on its own so it is not counted in any candidate.
  const peoplePath = join(out, 'people.cjs');
  await esbuild.build({ stdin: { contents: "export { PeopleIndex } from './src/core/blame/actors';", resolveDir: process.cwd(), loader: 'ts' }, bundle: true, minify: true, platform: 'node', format: 'cjs', outfile: peoplePath, logLevel: 'warning' });
  const script = join(out, 'cold.cjs');
  writeFileSync(script, COLD);
  const rows: string[] = [];
  let base: { min: number; gz: number } | null = null;
  for (const [name, file] of Object.entries(ENTRIES)) {
    const sizes: Record<string, { min: number; gz: number }> = {};
    for (const platform of ['node', 'browser'] as const) {
      const outfile = join(out, `${file}.${platform}.cjs`);
      await esbuild.build({ entryPoints: [`bench/tagger/entries/${file}.ts`], bundle: true, minify: true, platform, format: 'cjs', target: 'es2022', outfile, logLevel: 'warning' });
      const bytes = readFileSync(outfile);
      sizes[platform] = { min: bytes.length, gz: gzipSync(bytes, { level: 9 }).length };
    }
    const cold: number[] = [];
    for (let i = 0; i < 7; i++) cold.push(Number(execFileSync(process.execPath, ['-e', COLD, join(out, `${file}.node.cjs`), peoplePath], { encoding: 'utf8' }).trim()));
    cold.sort((a, b) => a - b);
    base ??= sizes.node;
    const added = `${((sizes.node.min - base.min) / 1024).toFixed(1)} KB / ${((sizes.node.gz - base.gz) / 1024).toFixed(1)} KB`;
    rows.push(`| ${name} | ${(sizes.node.min / 1024).toFixed(1)} KB | ${(sizes.node.gz / 1024).toFixed(1)} KB | ${added} | ${(sizes.browser.min / 1024).toFixed(1)} KB | ${cold[3].toFixed(1)} ms |`);
  }
  console.log('| finder | bundle, minified | gzip | added over hand-written (min / gzip) | web bundle, minified | cold load + first answer (median of 7) |');
  console.log('|---|---|---|---|---|---|');
  console.log(rows.join('\n'));
}

void main();
