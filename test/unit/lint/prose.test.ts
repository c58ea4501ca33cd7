import assert from 'node:assert/strict';
import { parsePostmortem } from '../../../src/core/model/parse';
import { extractProse, proseRange } from '../../../src/core/lint/prose';

function prose(text: string) {
  const doc = parsePostmortem(text);
  return extractProse(doc.ast, doc.text);
}

/** Where `needle` in the prose maps to in the source, as the source text it covers. */
function mapped(text: string, needle: string): string {
  for (const block of prose(text)) {
    const at = block.text.indexOf(needle);
    if (at !== -1) {
      const range = proseRange(block, at, at + needle.length);
      return text.slice(range.start, range.end);
    }
  }
  throw new Error(`"${needle}" not in prose`);
}

describe('prose extraction', () => {
  it('leaves out code blocks, inline code, HTML comments, link URLs and front matter', () => {
    const text = [
      '---',
      'title: John forgot the YAML',
      '---',
      '',
      'The deploy ran `kubectl delete` and <!-- hidden note --> see [the runbook](https://example.com/blame).',
      '',
      '```bash',
      'echo "human error"',
      '```',
      '',
      '<div>operator error</div>',
      '',
      'Visit https://example.com/pebkac for details.',
    ].join('\n');
    const all = prose(text).map((b) => b.text).join('\n');
    for (const hidden of ['John forgot', 'kubectl', 'hidden note', 'example.com', 'human error', 'operator error', 'pebkac']) {
      assert.ok(!all.includes(hidden), `prose should not contain "${hidden}": ${all}`);
    }
    assert.ok(all.includes('see the runbook.'));
  });

  it('gives headings and each table cell their own block', () => {
    const blocks = prose('# Title\n\n| Time | Event |\n|---|---|\n| 10:00 | Pods restarted |\n');
    assert.deepEqual(blocks.map((b) => [b.kind, b.text]), [
      ['heading', 'Title'],
      ['tableCell', 'Time'],
      ['tableCell', 'Event'],
      ['tableCell', '10:00'],
      ['tableCell', 'Pods restarted'],
    ]);
  });

  it('maps offsets back exactly through emphasis, escapes, entities, quotes and list continuation lines', () => {
    assert.equal(mapped('Alice **restarted** the pods.', 'restarted the'), 'restarted** the');
    assert.equal(mapped('Costs 5 \\* 3 &amp; more.', '5 * 3 & more'), '5 \\* 3 &amp; more');
    assert.equal(mapped('> The engineer was\n> careless here.', 'was\ncareless'), 'was\n> careless');
    assert.equal(mapped('- First line of item\n  second line of item', 'item\nsecond'), 'item\n  second');
    assert.equal(mapped('| a | John forgot to test |\n|---|---|\n| b | c |', 'John forgot'), 'John forgot');
  });

  it('maps text after an emoji to the right offsets', () => {
    assert.equal(mapped('❌ "John forgot to test the upgrade"', 'John forgot'), 'John forgot');
  });
});
