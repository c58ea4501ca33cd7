// The core must run anywhere (Node, web worker, webview, CLI): it imports neither vscode nor Node built-ins.
import assert from 'node:assert/strict';
import { readdirSync, readFileSync, existsSync } from 'node:fs';
import { join } from 'node:path';

const root = join(__dirname, '../..');

function sourceFiles(folder: string): string[] {
  if (!existsSync(folder)) return [];
  return readdirSync(folder, { withFileTypes: true }).flatMap((entry) => {
    const path = join(folder, entry.name);
    return entry.isDirectory() ? sourceFiles(path) : /\.tsx?$/.test(entry.name) ? [path] : [];
  });
}

function importsOf(file: string): string[] {
  const text = readFileSync(file, 'utf8');
  const specifiers = [...text.matchAll(/(?:^|\s)(?:import|export)\s[^'"]*?from\s+['"]([^'"]+)['"]|import\(\s*['"]([^'"]+)['"]\s*\)|require\(\s*['"]([^'"]+)['"]\s*\)/g)];
  return specifiers.map((m) => m[1] ?? m[2] ?? m[3]);
}

const NODE_BUILTINS = new Set(['fs', 'path', 'os', 'child_process', 'crypto', 'util', 'url', 'http', 'https', 'net', 'stream', 'events', 'buffer', 'process', 'readline', 'zlib', 'worker_threads', 'assert', 'module', 'timers', 'tty', 'dns', 'vm']);

describe('architecture', () => {
  it('src/core imports neither vscode nor a Node built-in', () => {
    const offenders = sourceFiles(join(root, 'src/core')).flatMap((file) =>
      importsOf(file)
        .filter((s) => s === 'vscode' || s.startsWith('node:') || NODE_BUILTINS.has(s.split('/')[0]))
        .map((s) => `${file.slice(root.length + 1)} imports ${s}`),
    );
    assert.deepEqual(offenders, []);
  });

  it('src/webview does not import vscode', () => {
    const offenders = sourceFiles(join(root, 'src/webview')).flatMap((file) =>
      importsOf(file).filter((s) => s === 'vscode').map((s) => `${file.slice(root.length + 1)} imports ${s}`),
    );
    assert.deepEqual(offenders, []);
  });

  it('the import scanner sees the imports it is meant to catch', () => {
    const probe = join(root, 'test/fixtures/architecture/leaky.ts.txt');
    const text = readFileSync(probe, 'utf8');
    const seen = [...text.matchAll(/from\s+['"]([^'"]+)['"]/g)].map((m) => m[1]);
    assert.deepEqual(seen, ['vscode', 'node:fs']);
  });
});
