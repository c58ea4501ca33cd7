// The line width the cut-line detection compares: code points, as a terminal counts them.
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { width } from '../../../src/core/kubectl/cutLines';

describe('kubectl line width', () => {
  it('counts code points as Array.from does, lone surrogates included', () => {
    for (const line of ['', 'abc', '🚨 réplica', '\ud83d', '\ude80x', 'a\ud83d\ude80\ud83d']) assert.equal(width(line), Array.from(line).length, JSON.stringify(line));
    fc.assert(fc.property(fc.string({ unit: fc.oneof(fc.constantFrom('\ud83d', '\ude80', '🚨', 'é', ' ', 'a', '中')), maxLength: 40 }), (line) => width(line) === Array.from(line).length));
  });
});
