// The test runner VS Code's web worker extension host loads through extensionTestsPath: one CommonJS bundle (only
// `vscode` external, as the worker host's require serves nothing else) exporting run(), as @vscode/test-web expects.
import './setup';
import './web.test';

export function run(): Promise<void> {
  return new Promise((resolve, reject) => {
    mocha.run((failures) => (failures > 0 ? reject(new Error(`${failures} web tests failed.`)) : resolve()));
  });
}
