// The memo the editor keeps per open document: a value worked out in one run is reused by the next, and nothing older
// stays, so a long editing session holds one version's worth of results.
import assert from 'node:assert/strict';
import { TextMemo } from '../../../src/core/text/memo';

/** Runs over `keys`, returning the keys whose value had to be worked out. */
function run(memo: TextMemo<string>, keys: readonly string[]): string[] {
  const computed: string[] = [];
  memo.begin();
  for (const key of keys) memo.get(key, () => (computed.push(key), key.toUpperCase()));
  return computed;
}

describe('TextMemo', () => {
  it('reuses what the run before worked out, and works out only the new texts', () => {
    const memo = new TextMemo<string>();
    assert.deepEqual(run(memo, ['a', 'b', 'c']), ['a', 'b', 'c']);
    assert.deepEqual(run(memo, ['a', 'b2', 'c']), ['b2']);
    assert.equal(memo.get('a', () => 'recomputed'), 'A');
  });

  it('drops a value two runs after it was last used, so it never holds more than one version', () => {
    const memo = new TextMemo<string>();
    run(memo, ['a', 'b']);
    run(memo, ['a']);
    // 'b' was not used by the run just before this one: gone.
    assert.deepEqual(run(memo, ['a', 'b']), ['b']);
  });

  it('keeps its values across a run that asked for nothing', () => {
    const memo = new TextMemo<string>();
    run(memo, ['a', 'b']);
    run(memo, []);
    assert.deepEqual(run(memo, ['a', 'b']), []);
  });

  it('works a repeated text out once within a run', () => {
    const memo = new TextMemo<string>();
    assert.deepEqual(run(memo, ['a', 'a', 'a']), ['a']);
  });
});
