import assert from 'node:assert/strict';
import fc from 'fast-check';
import { applicableFixes, applyFixes } from '../../../src/core/lint/fixes';

describe('applyFixes', () => {
  it('applies replacements and insertions regardless of the order they are given in', () => {
    const text = 'The engineer forgot the step.';
    const fixes = [
      { start: 24, end: 28, text: 'check' },
      { start: 0, end: 12, text: 'The runbook' },
      { start: 13, end: 19, text: 'omitted' },
    ];
    assert.equal(applyFixes(text, fixes), 'The runbook omitted the check.');
  });

  it('drops a fix that overlaps one already chosen, and duplicates', () => {
    const text = 'abcdef';
    assert.equal(applyFixes(text, [{ start: 1, end: 4, text: 'X' }, { start: 2, end: 5, text: 'Y' }, { start: 1, end: 4, text: 'X' }]), 'aXef');
  });

  it('keeps two insertions at the same offset in the order given', () => {
    assert.equal(applyFixes('ab', [{ start: 1, end: 1, text: '1' }, { start: 1, end: 1, text: '2' }]), 'a12b');
  });

  it('equals applying the chosen fixes one by one from the end (property)', () => {
    const arbitraryCase = fc.string({ maxLength: 40 }).chain((text) =>
      fc.tuple(
        fc.constant(text),
        fc.array(
          fc.tuple(fc.nat(text.length), fc.nat(text.length), fc.string({ maxLength: 5 })).map(([a, b, t]) => ({ start: Math.min(a, b), end: Math.max(a, b), text: t })),
          { maxLength: 6 },
        ),
      ),
    );
    fc.assert(
      fc.property(arbitraryCase, ([text, fixes]) => {
        const chosen = applicableFixes(fixes);
        for (let i = 1; i < chosen.length; i++) assert.ok(chosen[i].start >= chosen[i - 1].end, 'chosen fixes must not overlap');
        const oneByOne = [...chosen].reverse().reduce((acc, fix) => acc.slice(0, fix.start) + fix.text + acc.slice(fix.end), text);
        assert.equal(applyFixes(text, fixes), oneByOne);
      }),
    );
  });
});
