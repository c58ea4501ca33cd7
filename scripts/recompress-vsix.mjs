// Recompresses a packaged .vsix with zopfli (advzip, from Debian's advancecomp): the same files in the same order, each
// deflated harder than vsce does, about 4% smaller. Without advzip the package is left as vsce wrote it, and says so.
import { execFileSync } from 'node:child_process';
import { statSync } from 'node:fs';

const vsix = process.argv[2] ?? 'postmortem.vsix';
const before = statSync(vsix).size;
try {
  execFileSync('advzip', ['--recompress', '-4', vsix], { stdio: ['ignore', 'ignore', 'inherit'] });
} catch (error) {
  if (error.code !== 'ENOENT') throw error;
  console.warn(`${vsix}: advzip not found, left as vsce wrote it (${before} bytes); install advancecomp to recompress it.`);
  process.exit(0);
}
console.log(`${vsix}: recompressed with zopfli, ${before} -> ${statSync(vsix).size} bytes`);
