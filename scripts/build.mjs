// Builds every bundle with esbuild: the extension for Node and for the web, the CLI, the webview and the integration tests.
import * as esbuild from 'esbuild';
import { existsSync, readdirSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';

const production = process.argv.includes('--production');
const packageVersion = JSON.parse(await readFile('package.json', 'utf8')).version;

/**
 * zod re-exports all its error-message locales (`z.locales`, about 260 KB minified), and esbuild cannot drop them from
 * the `z` namespace object this project imports. Every message here is English, set by src/core/zod.ts: bundles get
 * a `locales` with English only.
 */
const zodEnglishOnly = {
  name: 'zod-english-only',
  setup(build) {
    build.onResolve({ filter: /^\.\.\/locales\/index\.js$/ }, (args) =>
      /[\\/]node_modules[\\/]zod[\\/]v4[\\/]/.test(args.importer) ? { path: join(dirname(args.importer), '..', 'locales', 'en-only.js'), namespace: 'zod-english-only' } : undefined,
    );
    build.onLoad({ filter: /.*/, namespace: 'zod-english-only' }, (args) => ({ contents: 'export { default as en } from "./en.js";', resolveDir: dirname(args.path) }));
  },
};
/**
 * Each entry of the blaming-language vocabulary carries example sentences (`examples: [...]`) for its tests, the rule
 * page and the model's training; the extension and the CLI never read them. Production bundles get the vocabulary
 * without them (a fifth of the detector's bundled code), cut out by the TypeScript parser, not by pattern.
 */
const withoutVocabularyExamples = {
  name: 'without-vocabulary-examples',
  setup(build) {
    build.onLoad({ filter: /[\\/]src[\\/]core[\\/]blame[\\/]vocabulary[\\/][^\\/]+\.ts$/ }, async (args) => {
      const ts = (await import('typescript')).default;
      const source = await readFile(args.path, 'utf8');
      const file = ts.createSourceFile(args.path, source, ts.ScriptTarget.Latest, true);
      const cuts = [];
      const visit = (node) => {
        if (ts.isPropertyAssignment(node) && node.name.getText(file) === 'examples' && ts.isArrayLiteralExpression(node.initializer)) {
          cuts.push([node.getStart(file), node.initializer.getEnd()]);
          return;
        }
        ts.forEachChild(node, visit);
      };
      visit(file);
      let contents = source;
      // An empty list in its place keeps every entry's shape.
      for (const [start, end] of cuts.reverse()) contents = `${contents.slice(0, start)}examples: []${contents.slice(end)}`;
      return { contents, loader: 'ts' };
    });
  },
};
/** `require('./web.js')` in the desktop entry names the built web bundle next to it, not a source file to bundle. */
const webBundleBeside = {
  name: 'web-bundle-beside',
  setup(build) {
    build.onResolve({ filter: /^\.\/web\.js$/ }, () => ({ path: './web.js', external: true }));
  },
};
/**
 * The benchmark is bundled as the engine is, so it measures the code users run (not tsx compiling the sources and
 * wrapping every package import on the fly, which costs the engine about a tenth). Its own files and the test helper it
 * shares find files beside them: each keeps its source folder as `__dirname`.
 */
const sourceDirname = {
  name: 'source-dirname',
  setup(build) {
    build.onLoad({ filter: /[\\/](?:bench|test)[\\/].*\.ts$/ }, async (args) => {
      const source = await readFile(args.path, 'utf8');
      return { contents: source.replace(/\b__dirname\b/g, JSON.stringify(dirname(args.path))).replace(/\b__filename\b/g, JSON.stringify(args.path)), loader: 'ts' };
    });
  },
};
const watch = process.argv.includes('--watch');
const benchOnly = process.argv.includes('--bench');

const common = {
  bundle: true,
  sourcemap: !production,
  minify: production,
  logLevel: 'warning',
  target: 'es2022',
  // Postmortem templates are Markdown files bundled as strings, so the core needs no file system.
  loader: { '.md': 'text' },
  plugins: production ? [zodEnglishOnly, withoutVocabularyExamples] : [zodEnglishOnly],
};

const integrationTests = existsSync('test/integration')
  ? readdirSync('test/integration').filter((f) => f.endsWith('.ts')).map((f) => `test/integration/${f}`)
  : [];

const visualTours = existsSync('test/visual')
  ? Object.fromEntries(readdirSync('test/visual').filter((f) => f.endsWith('.test.ts')).map((f) => [f.replace(/\.ts$/, ''), `test/visual/${f}`]))
  : {};

const builds = [
  // The desktop entry is small: the engine is the web bundle beside it, required when first needed, not bundled in.
  { ...common, entryPoints: ['src/extension/node.ts'], outfile: 'dist/extension/node.js', platform: 'node', format: 'cjs', external: ['vscode'], plugins: [...common.plugins, webBundleBeside] },
  // VS Code runs web extensions in a web worker (no DOM): the `worker` condition picks packages' worker builds over
  // their DOM builds (decode-named-character-reference's browser build calls document.createElement when loaded). The
  // same file is the desktop's engine, so it may use nothing that Node lacks either (test/unit/architecture checks).
  { ...common, entryPoints: ['src/extension/web.ts'], outfile: 'dist/extension/web.js', platform: 'browser', format: 'cjs', external: ['vscode'], mainFields: ['browser', 'module', 'main'], conditions: ['worker'] },
  // ES modules bundled into this CommonJS file (tinyglobby's fdir) call createRequire(import.meta.url): give them the file's URL.
  { ...common, entryPoints: ['src/cli/main.ts'], outfile: 'dist/cli/cli.js', platform: 'node', format: 'cjs', banner: { js: 'var __importMetaUrl = require("node:url").pathToFileURL(__filename).href;' }, define: { 'import.meta.url': '__importMetaUrl' } },
  // The executable: a few hundred bytes that answer --version alone and load cli.js for everything else.
  { ...common, entryPoints: ['src/cli/entry.ts'], outfile: 'dist/cli/postmortem.js', platform: 'node', format: 'cjs', external: ['./cli.js'], banner: { js: '#!/usr/bin/env node' }, define: { POSTMORTEM_VERSION: JSON.stringify(packageVersion) } },
  ...(existsSync('src/webview/main.ts')
    ? [{ ...common, entryPoints: ['src/webview/main.ts'], outfile: 'dist/webview/main.js', platform: 'browser', format: 'iife' }]
    : []),
  // The timeline editor webview: dist/webview/timelineEditor.js and .css, the only folder the webview may load from.
  { ...common, entryPoints: { timelineEditor: 'src/webview/timelineEditor/main.ts' }, outdir: 'dist/webview', platform: 'browser', format: 'iife' },
  ...(integrationTests.length
    ? [{ ...common, minify: false, entryPoints: integrationTests, outdir: 'dist/test/integration', platform: 'node', format: 'cjs', external: ['vscode', 'mocha'] }]
    : []),
  // The screenshot tour (npm run screenshots) runs with the same test runner as the integration tests.
  ...(Object.keys(visualTours).length
    ? [{ ...common, minify: false, entryPoints: { index: 'test/integration/index.ts', ...visualTours }, outdir: 'dist/test/visual', platform: 'node', format: 'cjs', external: ['vscode', 'mocha'] }]
    : []),
  // The web tests run in the web worker extension host (npm run test:web): one CommonJS bundle, only `vscode` external.
  ...(existsSync('test/web/index.ts')
    ? [{ ...common, minify: false, entryPoints: ['test/web/index.ts'], outfile: 'dist/test/web/index.js', platform: 'browser', format: 'cjs', external: ['vscode'], conditions: ['worker'] }]
    : []),
  { ...common, minify: false, entryPoints: ['test/electron.ts'], outfile: 'dist/test/electron.js', platform: 'node', format: 'cjs', external: ['@vscode/test-electron'] },
];

// `npm run bench`: the benchmark with the engine built as for production (minified, the vocabulary without its examples).
const benchBuild = { ...common, minify: true, plugins: [zodEnglishOnly, withoutVocabularyExamples, sourceDirname], entryPoints: ['bench/run.ts'], outfile: 'dist/bench/run.js', platform: 'node', format: 'cjs' };

if (benchOnly) {
  await esbuild.build(benchBuild);
} else if (watch) {
  for (const options of builds) (await esbuild.context(options)).watch();
} else {
  await Promise.all(builds.map((options) => esbuild.build(options)));
}
