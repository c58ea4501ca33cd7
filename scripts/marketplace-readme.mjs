// The README the .vsix carries (the Marketplace page and the Extensions view's Details tab): README.md without the
// sections only contributors need (Measurements, Benchmarks, Development), which the repository's README keeps. vsce rewrites its
// relative links to the repository as it does README.md's.
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';

const CONTRIBUTOR_SECTIONS = new Set(['Measurements', 'Benchmarks', 'Development']);
const lines = readFileSync('README.md', 'utf8').split('\n');
const kept = [];
let skipping = false;
let fenced = false;
for (const line of lines) {
  if (/^(?:```|~~~)/u.test(line)) fenced = !fenced;
  const heading = fenced ? null : /^## (.+?)\s*$/u.exec(line);
  if (heading) skipping = CONTRIBUTOR_SECTIONS.has(heading[1]);
  if (!skipping) kept.push(line);
}
mkdirSync('dist', { recursive: true });
writeFileSync('dist/README.md', `${kept.join('\n').trimEnd()}\n\nMeasurements, benchmarks and development: see the repository's README.\n`);
