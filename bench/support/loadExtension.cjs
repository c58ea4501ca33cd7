// Loads a built extension entry in a fresh Node process with a stand-in `vscode` module and calls its activate(), then
// starts the engine through the API it returned, printing how long each took (JSON). Usage: node loadExtension.cjs
// dist/extension/node.js. The stand-in answers every property, call and `new` with another stand-in: enough for
// registrations to run, so the figures are the cost of the code itself, without VS Code around it.
const Module = require('node:module');
const { dirname, resolve } = require('node:path');

function standIn() {
  return new Proxy(function () {}, {
    get(_, key) {
      if (key === 'then') return undefined; // not a promise
      if (key === Symbol.iterator) return function* () {};
      if (key === Symbol.toPrimitive) return () => 0;
      return standIn();
    },
    set: () => true,
    defineProperty: () => true,
    apply: () => standIn(),
    construct: () => standIn(),
    // esbuild's __toESM copies a module onto an object whose prototype is the module's: keep that prototype a stand-in.
    getPrototypeOf: () => standIn(),
  });
}

const resolveFilename = Module._resolveFilename;
Module._resolveFilename = function (request, ...rest) {
  return request === 'vscode' ? 'vscode' : resolveFilename.call(this, request, ...rest);
};
require.cache.vscode = { id: 'vscode', filename: 'vscode', loaded: true, exports: standIn() };

const entry = resolve(process.argv[2]);
const packageJSON = require(resolve(dirname(entry), '..', '..', 'package.json'));
const context = { subscriptions: [], workspaceState: standIn(), globalState: standIn(), extensionUri: standIn(), extensionPath: process.cwd(), extension: { packageJSON }, asAbsolutePath: (p) => p };
const message = (e) => (e instanceof Error ? e.message : String(e));

async function main() {
  const started = performance.now();
  const extension = require(entry);
  const loaded = performance.now();
  let error = null;
  let api;
  try {
    api = extension.activate(context);
  } catch (e) {
    error = message(e);
  }
  const activated = performance.now();
  let engine = null;
  if (api) {
    try {
      await api.engine();
      engine = api.engineTiming();
    } catch (e) {
      error = `engine: ${message(e)}`;
    }
  }
  console.log(JSON.stringify({ loadMs: loaded - started, activateMs: activated - loaded, engineLoadMs: engine?.loadMs ?? null, engineStartMs: engine?.startMs ?? null, error }));
}
void main();
