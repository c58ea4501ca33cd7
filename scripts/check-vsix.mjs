// Checks that a packaged .vsix holds what runs and nothing else (no sources, tests, maps or node_modules).
import { execFileSync } from 'node:child_process';
import { statSync } from 'node:fs';

const vsix = process.argv[2] ?? 'postmortem.vsix';
const listing = execFileSync('unzip', ['-Z1', vsix], { encoding: 'utf8' }).split('\n').filter(Boolean);
const forbidden = listing.filter((f) => /^extension\/(src|test|node_modules|bench|scripts|docs\/images)\//.test(f) || /\.(ts|map)$/.test(f));
const required = ['extension/package.json', 'extension/package.nls.json', 'extension/dist/extension/node.js', 'extension/dist/extension/web.js', 'extension/dist/webview/timelineEditor.js', 'extension/dist/webview/timelineEditor.css'];
const missing = required.filter((f) => !listing.includes(f));
if (forbidden.length > 0 || missing.length > 0) {
  console.error(`${vsix}: ${forbidden.length} files that should not ship: ${forbidden.slice(0, 10).join(', ')}`);
  console.error(`${vsix}: missing ${missing.join(', ')}`);
  process.exit(1);
}
console.log(`${vsix}: ${listing.length} files, ${(statSync(vsix).size / 1024).toFixed(0)} KiB`);
