// Loads a built extension bundle in a fresh Node process with a stand-in `vscode` module and calls its activate(),
// printing how long the require and the activate took (JSON). Usage: node loadExtension.cjs dist/extension/node.js
// The stand-in answers every property, call and `new` with another stand-in: enough for registrations to run, so the
// figure is the cost of the bundle and of activate() themselves, without VS Code around them.
const Module = require('node:module');
const { resolve } = require('node:path');

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

const context = { subscriptions: [], workspaceState: standIn(), globalState: standIn(), extensionUri: standIn(), extensionPath: process.cwd(), asAbsolutePath: (p) => p };
const started = performance.now();
const extension = require(resolve(process.argv[2]));
const loaded = performance.now();
let error = null;
try {
  extension.activate(context);
} catch (e) {
  error = e instanceof Error ? e.message : String(e);
}
const activated = performance.now();
console.log(JSON.stringify({ loadMs: loaded - started, activateMs: activated - loaded, error }));
