import assert from 'node:assert/strict';
import fc from 'fast-check';
import { linkTextsOnly, withoutAsides } from '../../../src/core/text/brackets';

// The one-pass readers give what the expressions they replaced gave (those were quadratic on unclosed brackets).
const pieces = fc.array(fc.constantFrom('(', ')', '[', ']', '](', '[a](b)', 'Kim', ' ', '\n', 'x'), { maxLength: 14 }).map((p) => p.join(''));

describe('bracketed asides and link texts (text/brackets)', () => {
  it('takes out each aside from a "(" to the next ")", as the expression did, leaving an unclosed one', () => {
    assert.equal(withoutAsides('Time to detect (minutes) (approx.)'), 'Time to detect  ');
    assert.equal(withoutAsides('Kim ((on call'), 'Kim ((on call');
    fc.assert(fc.property(pieces, (text) => withoutAsides(text) === text.replace(/\([^)]*\)/g, '')), { numRuns: 3000 });
  });

  it('keeps the text of each link written on one line, as the expression did', () => {
    assert.equal(linkTextsOnly('Esk ([@esk](https://hachyderm.io/@esk)), [Kim]'), 'Esk (@esk), [Kim]');
    assert.equal(linkTextsOnly('[a\nb](c)'), '[a\nb](c)');
    fc.assert(fc.property(pieces, (text) => linkTextsOnly(text) === text.replace(/\[([^\]\n]*)\]\([^)\n]*\)/g, '$1')), { numRuns: 3000 });
  });
});
