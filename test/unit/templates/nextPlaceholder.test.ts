import assert from 'node:assert/strict';
import { parsePostmortem } from '../../../src/core/model/parse';
import { placeholderFrom } from '../../../src/core/templates/nextPlaceholder';
import { findPlaceholders } from '../../../src/core/templates/placeholders';

const text = '**Incident Commander**: [Name]\n**Date**: YYYY-MM-DD\n\nStarted at HH:MM.\n';
const placeholders = findPlaceholders(parsePostmortem(text));
const at = (offset: number) => ({ start: offset, end: offset });
const word = (range: { start: number; end: number } | null) => (range ? text.slice(range.start, range.end) : null);

describe('Next / Previous Placeholder', () => {
  it('selects the placeholder after the cursor, then the one after that', () => {
    assert.equal(word(placeholderFrom(placeholders, at(0), 'next')), '[Name]');
    const name = placeholderFrom(placeholders, at(0), 'next')!;
    assert.equal(word(placeholderFrom(placeholders, name, 'next')), 'YYYY-MM-DD');
  });

  it('wraps around at the end and at the start, like snippet tab stops', () => {
    assert.equal(word(placeholderFrom(placeholders, at(text.length), 'next')), '[Name]');
    assert.equal(word(placeholderFrom(placeholders, at(0), 'previous')), 'HH:MM');
  });

  it('goes back from a selected placeholder to the one before it', () => {
    const time = placeholderFrom(placeholders, at(text.length), 'previous')!;
    assert.equal(word(time), 'HH:MM');
    assert.equal(word(placeholderFrom(placeholders, time, 'previous')), 'YYYY-MM-DD');
  });

  it('finds nothing in a finished document', () => {
    assert.equal(placeholderFrom([], at(0), 'next'), null);
  });
});
