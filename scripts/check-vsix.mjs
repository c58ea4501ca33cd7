// Checks that a packaged .vsix holds what runs and nothing else (no sources, tests, maps or node_modules), that the
// desktop entry stayed small (activation loads it whole) and that the package stays under its size budget.
import { execFileSync } from 'node:child_process';
import { statSync } from 'node:fs';

const vsix = process.argv[2] ?? 'postmortem.vsix';
/** Issue 10's budget for the package. */
const MAX_VSIX_BYTES = 400_000;
/** The desktop entry loads before activate() runs; the engine is the web bundle, required on first use. */
const MAX_ENTRY_BYTES = 32 * 1024;

const listing = execFileSync('unzip', ['-Z1', vsix], { encoding: 'utf8' }).split('\n').filter(Boolean);
const sizes = new Map(
  execFileSync('unzip', ['-Zl', vsix], { encoding: 'utf8' })
    .split('\n')
    .map((line) => line.trim().split(/\s+/))
    .filter((fields) => fields.length >= 10 && /^\d+$/.test(fields[3]))
    .map((fields) => [fields.slice(9).join(' '), Number(fields[3])]),
);
const forbidden = listing.filter((f) => /^extension\/(src|test|node_modules|bench|scripts|docs\/images)\//.test(f) || /\.(ts|map)$/.test(f));
const required = ['extension/package.json', 'extension/package.nls.json', 'extension/dist/extension/node.js', 'extension/dist/extension/web.js', 'extension/dist/webview/timelineEditor.js', 'extension/dist/webview/timelineEditor.css'];
const missing = required.filter((f) => !listing.includes(f));
const entryBytes = sizes.get('extension/dist/extension/node.js') ?? 0;
const vsixBytes = statSync(vsix).size;
const problems = [
  ...(forbidden.length > 0 ? [`${forbidden.length} files that should not ship: ${forbidden.slice(0, 10).join(', ')}`] : []),
  ...(missing.length > 0 ? [`missing ${missing.join(', ')}`] : []),
  ...(entryBytes > MAX_ENTRY_BYTES ? [`the desktop entry dist/extension/node.js is ${entryBytes} bytes, over ${MAX_ENTRY_BYTES}: has the engine been bundled into it?`] : []),
  ...(vsixBytes > MAX_VSIX_BYTES ? [`${vsixBytes} bytes, over the budget of ${MAX_VSIX_BYTES}`] : []),
];
if (problems.length > 0) {
  for (const problem of problems) console.error(`${vsix}: ${problem}`);
  process.exit(1);
}
console.log(`${vsix}: ${listing.length} files, ${vsixBytes} bytes (${(vsixBytes / 1024).toFixed(0)} KiB); entry ${entryBytes} bytes`);
