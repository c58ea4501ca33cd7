import assert from 'node:assert/strict';
import { maskMarkup, splitSentences } from '../../../src/core/blame';

const split = (text: string): string[] => splitSentences(text).map((s) => text.slice(s.start, s.end));

describe('splitSentences', () => {
  it('splits on sentence-ending punctuation followed by a capital, a digit or a handle', () => {
    assert.deepEqual(split('The pod crashed. Alice restarted it! Was it fixed? @bob confirmed.'), [
      'The pod crashed.',
      'Alice restarted it!',
      'Was it fixed?',
      '@bob confirmed.',
    ]);
  });

  it('keeps abbreviations, initials, versions and decimals inside the sentence', () => {
    assert.deepEqual(split('We upgraded from 1.24 to 1.25, e.g. for PSS. Dr. Smith and J. Doe agreed, i.e. all of us.'), [
      'We upgraded from 1.24 to 1.25, e.g. for PSS.',
      'Dr. Smith and J. Doe agreed, i.e. all of us.',
    ]);
  });

  it('treats list items, quote lines, table cells and hard breaks as separate sentences', () => {
    assert.deepEqual(split('- first item\n- second item\n> quoted line\n| 10:00 | event | action |'), [
      'first item',
      'second item',
      'quoted line',
      '10:00',
      'event',
      'action',
    ]);
    assert.deepEqual(split('✅ Detected quickly  \n✅ Teams joined fast'), ['Detected quickly', 'Teams joined fast']);
  });

  it('does not split soft-wrapped lines of one paragraph', () => {
    assert.deepEqual(split('The engineer took a snapshot\nof the production database.'), ['The engineer took a snapshot\nof the production database.']);
  });
});

describe('maskMarkup', () => {
  it('blanks code, HTML comments, link targets and emphasis markers without moving any offsets', () => {
    const text = 'Run `git blame` on **this** [file](https://x.test/a) <!-- careless -->';
    const masked = maskMarkup(text);
    assert.equal(masked.length, text.length);
    assert.doesNotMatch(masked, /blame|careless|https|\*/u);
    assert.match(masked, /this/u);
    assert.match(masked, /file/u);
  });
});
