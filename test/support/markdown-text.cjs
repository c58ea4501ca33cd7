// Loads `.md` imports as strings in unit tests, as esbuild's text loader does in the bundles.
const { readFileSync } = require('node:fs');

require.extensions['.md'] = (module, filename) => {
  module.exports = readFileSync(filename, 'utf8');
};
