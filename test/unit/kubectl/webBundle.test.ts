// The web bundle (the web extension, and the desktop's engine) must not reach the code that runs kubectl nor any Node
// built-in; the desktop entry must stay small, reaching neither the engine nor a package. Follows the imports.
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';

const root = resolve(__dirname, '../../..');

function resolveImport(from: string, specifier: string): string | null {
  const base = resolve(dirname(from), specifier);
  for (const candidate of [`${base}.ts`, join(base, 'index.ts'), base]) if (existsSync(candidate) && candidate.endsWith('.ts')) return candidate;
  return null;
}

/** Every source file the entry point imports, directly or not, and every package or built-in they name. */
function importGraph(entry: string): { files: Set<string>; externals: Set<string> } {
  const files = new Set<string>();
  const externals = new Set<string>();
  const queue = [entry];
  while (queue.length > 0) {
    const file = queue.pop()!;
    if (files.has(file)) continue;
    files.add(file);
    const source = readFileSync(file, 'utf8');
    for (const match of source.matchAll(/^\s*(?:import|export)\s(?!type\b)[^'"]*?from\s+'([^']+)'/gm)) {
      const specifier = match[1];
      if (specifier.startsWith('.')) {
        const target = resolveImport(file, specifier);
        if (target) queue.push(target);
      } else {
        externals.add(specifier);
      }
    }
  }
  return { files, externals };
}

describe('web bundle', () => {
  it('reaches the paste and import commands but not the code that runs kubectl, nor any Node built-in', () => {
    const { files, externals } = importGraph(join(root, 'src/extension/web.ts'));
    const names = [...files].map((file) => relative(root, file));
    assert.ok(names.includes(join('src', 'extension', 'kubectl', 'paste.ts')), 'the paste command is part of the web extension');
    assert.ok(names.includes(join('src', 'extension', 'kubectl', 'import.ts')), 'the import command is part of the engine the desktop loads');
    assert.ok(!names.some((name) => /kubectl[\\/]runKubectl\.ts$/.test(name)), names.join(', '));
    assert.deepEqual([...externals].filter((name) => name.startsWith('node:') || name === 'child_process'), []);
  });
});

describe('desktop entry', () => {
  it('reaches neither the engine nor any package: only vscode, child_process and a few small modules', () => {
    const { files, externals } = importGraph(join(root, 'src/extension/node.ts'));
    const names = [...files].map((file) => relative(root, file));
    assert.ok(!names.includes(join('src', 'extension', 'engine.ts')), names.join(', '));
    assert.deepEqual([...externals].sort(), ['node:child_process', 'vscode']);
    assert.ok(names.length <= 20, `${names.length} files: ${names.join(', ')}`);
  });
});
