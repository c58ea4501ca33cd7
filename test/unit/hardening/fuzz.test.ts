import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { parseKubectlEvents } from '../../../src/core/kubectl';
import { editorLintBudgetProblem } from '../../../src/core/lint/budget';
import { lintPostmortem } from '../../../src/core/lint/engine';
import { parsePostmortem } from '../../../src/core/model/parse';
import { mergeEventsIntoTimeline } from '../../../src/core/timeline/merge';

// Fuzzing as the trusted linters are fuzzed: arbitrary mixes of postmortem lines and long runs of one character or
// token (what makes a backtracking pattern or a delimiter-pairing parser go quadratic), with a time budget per KB.

const capturedAt = new Date('2026-05-04T12:20:00Z');
const KUBECTL = readFileSync(join(__dirname, '../../fixtures/kubectl/real/get-events.txt'), 'utf8');

/** Characters and tokens whose long runs broke something once, or could. */
const RUN_TOKENS = [
  ' ', '\t', '\n', '.', '!', '?', '…', ':', ';', ',', '-', '—', '*', '_', '~', '`', '[', ']', '(', ')', '](', '**', '__', '~~',
  '<', '<!--', '>', '> ', '- ', '* ', '1. ', '#', '|', '| ', '"', "'", '@', '/', '\\', '{', '[{', 'a', 'A', '1', 'a ', 'a.', 'John ',
  'the ', ', ', 'e.g. ', '&amp;', '\u00a0', '\u200b', '🚨', '\r\n', '---\n', '```\n',
];
const LINES = [
  '# Incident: outage', '## Timeline', '## Action Items', '## Root Cause', '**Severity**: SEV-2', '| Time | Event |', '|---|---|',
  '| 10:00 | Alert fired |', '- [ ] Add an alert (owner: SRE, due: 2020-01-01)', 'John forgot to test the upgrade.', '---', 'title: x',
  '<!-- postmortem-disable-next-line -->', '- 10:05 deploy', '> quoted', '```', '',
];

const run = fc.tuple(fc.constantFrom(...RUN_TOKENS), fc.integer({ min: 1, max: 4000 })).map(([token, count]) => token.repeat(count));
const document = fc
  .array(fc.oneof({ weight: 2, arbitrary: fc.constantFrom(...LINES) }, { weight: 1, arbitrary: run }, { weight: 1, arbitrary: fc.string({ maxLength: 40 }) }), { minLength: 1, maxLength: 12 })
  .map((parts) => parts.join('\n'));

/** Milliseconds an input of `length` characters may take: generous for a busy 2-core machine, far below a hang. */
const budget = (length: number): number => 1500 + (length / 1024) * 150;

/** Runs `fn` and times it; an over-budget time is measured once more, so a stall of a busy machine is not a failure. */
function timed<T>(fn: () => T, limit = Infinity): { value: T; ms: number } {
  let started = performance.now();
  const value = fn();
  let ms = performance.now() - started;
  if (ms > limit) {
    started = performance.now();
    fn();
    ms = Math.min(ms, performance.now() - started);
  }
  return { value, ms };
}

describe('fuzzing with long runs (hardening)', function () {
  this.timeout(120_000);
  // The first lint pays for compiling the vocabulary and warming the parser; the budgets are for steady state.
  before(() => lintPostmortem(parsePostmortem(LINES.join('\n')), { now: capturedAt }));

  it('lints any document the editor accepts within the time budget, without a rule failing; the budget check itself is fast', () => {
    fc.assert(
      fc.property(document, (text) => {
        const check = timed(() => editorLintBudgetProblem(text), 200);
        assert.ok(check.ms < 200, `budget check took ${check.ms} ms`);
        if (check.value !== null) return;
        const { value: findings, ms } = timed(() => lintPostmortem(parsePostmortem(text), { now: capturedAt }), budget(text.length));
        assert.ok(ms < budget(text.length), `${ms.toFixed(0)} ms for ${text.length} characters: ${JSON.stringify(text.slice(0, 80))}`);
        const failed = findings.filter((f) => /rule failed/.test(f.message));
        assert.deepEqual(failed, []);
      }),
      { numRuns: 60, endOnFailure: true, interruptAfterTimeLimit: 25_000 },
    );
  });

  it('reads any text as kubectl events within the time budget, without throwing', () => {
    fc.assert(
      fc.property(fc.oneof(document, document.map((d) => `${KUBECTL}${d}`), document.map((d) => `{"items": [${d}`)), (text) => {
        const { ms } = timed(() => parseKubectlEvents(text, { capturedAt }), budget(text.length));
        assert.ok(ms < budget(text.length), `${ms.toFixed(0)} ms for ${text.length} characters: ${JSON.stringify(text.slice(0, 80))}`);
      }),
      { numRuns: 80, endOnFailure: true, interruptAfterTimeLimit: 15_000 },
    );
  });

  it('merges events into any document within the time budget, without throwing', () => {
    const events = parseKubectlEvents(KUBECTL, { capturedAt }).events;
    fc.assert(
      fc.property(document, (text) => {
        if (editorLintBudgetProblem(text) !== null) return;
        const withTimeline = `${text}\n\n## Timeline\n\n| Time | Event |\n|---|---|\n| 10:00 | x |\n`;
        const { ms } = timed(() => mergeEventsIntoTimeline(withTimeline, events), budget(withTimeline.length));
        assert.ok(ms < budget(withTimeline.length), `${ms.toFixed(0)} ms for ${withTimeline.length} characters: ${JSON.stringify(text.slice(0, 80))}`);
      }),
      { numRuns: 40, endOnFailure: true, interruptAfterTimeLimit: 15_000 },
    );
  });
});
