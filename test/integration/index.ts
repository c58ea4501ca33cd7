// The test runner VS Code loads through extensionTestsPath: runs every compiled *.test.js beside it in mocha.
import * as fs from 'node:fs';
import * as path from 'node:path';
import Mocha from 'mocha';

export function run(): Promise<void> {
  process.env.POSTMORTEM_TEST_SUITE = 'integration';
  // POSTMORTEM_IT_GREP runs only the tests whose titles match (while working on one feature).
  const grep = process.env.POSTMORTEM_IT_GREP;
  const mocha = new Mocha({ ui: 'bdd', color: false, timeout: 30_000, reporter: path.resolve(__dirname, '../../../test/support/reporter.cjs'), ...(grep ? { grep } : {}) });
  // The lazy engine's test needs the engine not yet loaded, which any other suite would do: it runs first.
  const first = 'lazyEngine.test.js';
  const files = fs.readdirSync(__dirname).filter((file) => file.endsWith('.test.js')).sort();
  for (const file of files.includes(first) ? [first, ...files.filter((file) => file !== first)] : files) mocha.addFile(path.join(__dirname, file));
  return new Promise((resolve, reject) => {
    mocha.run((failures) => (failures > 0 ? reject(new Error(`${failures} integration tests failed.`)) : resolve()));
  });
}
