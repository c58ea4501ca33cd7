// Mocha's spec reporter plus one closing line, `<suite>: N passed, N failed`, that CI reads to count the tests.
const Mocha = require('mocha');

class SummaryReporter extends Mocha.reporters.Spec {
  constructor(runner, options) {
    super(runner, options);
    const label = process.env.POSTMORTEM_TEST_SUITE || 'tests';
    runner.once('end', () => {
      const { passes = 0, failures = 0, pending = 0 } = runner.stats || {};
      const skipped = pending > 0 ? `, ${pending} skipped` : '';
      // Registered after the spec reporter's own handler, so this prints after its epilogue; synchronously, because
      // VS Code ends the extension host as soon as the run settles.
      console.log(`\n${label}: ${passes} passed, ${failures} failed${skipped}`);
    });
  }
}

module.exports = SummaryReporter;
