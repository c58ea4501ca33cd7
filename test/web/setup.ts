// Loads mocha's browser build (the web worker extension host has no Node: no fs, no require of packages) and sets up
// the bdd globals before the test files are evaluated; index.ts imports this module first.
import 'mocha/mocha.js';

/** Reports each test on the console and ends with the `web: N passed, N failed` line CI counts. */
class WebReporter {
  constructor(runner: Mocha.Runner) {
    let passed = 0;
    let failed = 0;
    runner.on('pass', (test) => {
      passed++;
      console.log(`  ✔ ${test.fullTitle()}`);
    });
    runner.on('fail', (test, error: Error) => {
      failed++;
      console.log(`  ✗ ${test.fullTitle()}\n    ${error && error.stack ? error.stack : String(error)}`);
    });
    runner.once('end', () => console.log(`\nweb: ${passed} passed, ${failed} failed`));
  }
}

mocha.setup({ ui: 'bdd', reporter: WebReporter as unknown as Mocha.ReporterConstructor, timeout: 30_000, color: false });
