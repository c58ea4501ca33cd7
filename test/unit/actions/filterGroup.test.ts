import assert from 'node:assert/strict';
import { filterActionEntries, ownerMatches } from '../../../src/core/actions/filter';
import { groupActionEntries } from '../../../src/core/actions/group';
import { sampleEntries, TODAY } from './sample';

const texts = (entries: { item: { text: string } }[]) => entries.map((e) => e.item.text);

describe('action item filters', () => {
  it('shows open items by default and all items when openOnly is off', () => {
    assert.equal(filterActionEntries(sampleEntries(), {}, TODAY).length, 5);
    assert.equal(filterActionEntries(sampleEntries(), { openOnly: false }, TODAY).length, 7);
  });

  it('keeps only open items past their due date with overdueOnly', () => {
    assert.deepEqual(texts(filterActionEntries(sampleEntries(), { overdueOnly: true }, TODAY)), ['Add a connection-saturation alert, "p99" view', 'Add a dead-letter queue']);
  });

  it('"mine" matches whole names and @handles case-insensitively, in lists of owners too', () => {
    assert.deepEqual(texts(filterActionEntries(sampleEntries(), { mine: ['wen li', 'WLI'] }, TODAY)), ['Add a connection-saturation alert, "p99" view', 'Cap retries per message']);
    assert.deepEqual(texts(filterActionEntries(sampleEntries(), { mine: ['@tomás ortega'] }, TODAY)), ['Cap retries per message', 'Review partition count.']);
    assert.equal(ownerMatches('Wen Li', ['Wen']), false);
    assert.equal(ownerMatches('Alice and @bob', ['@Bob']), true);
    assert.equal(ownerMatches(null, ['bob']), false);
    assert.deepEqual(filterActionEntries(sampleEntries(), { mine: [] }, TODAY), []);
  });

  it('filters by words found in the text, owner, ticket, postmortem title or file', () => {
    assert.deepEqual(texts(filterActionEntries(sampleEntries(), { text: 'QUEUE dead' }, TODAY)), ['Add a dead-letter queue']);
    assert.deepEqual(texts(filterActionEntries(sampleEntries(), { text: 'cache.md', openOnly: false }, TODAY)).length, 3);
  });
});

describe('action item grouping', () => {
  const summary = (by: Parameters<typeof groupActionEntries>[1]) => groupActionEntries(sampleEntries(), by, TODAY).map((g) => [g.label, texts(g.entries)]);

  it('groups by postmortem, newest incident first, items in document order', () => {
    assert.deepEqual(summary('postmortem').map(([label, items]) => [label, items.length]), [['Queue outage', 4], ['Checkout latency after the cache migration', 3]]);
  });

  it('groups by owner alphabetically with No owner last, earliest due first', () => {
    assert.deepEqual(summary('owner'), [
      ['@wli', ['Add a connection-saturation alert, "p99" view']],
      ['Priya Raman', ['Add a dead-letter queue']],
      ['Tomás Ortega', ['Review partition count.']],
      ['Wen Li, Tomás Ortega', ['Cap retries per message']],
      ['No owner', ['Raise the pool limit on the new cluster', 'Document the cut-over checklist', 'Page on consumer lag']],
    ]);
  });

  it('groups by status: Overdue, Open, Done', () => {
    assert.deepEqual(summary('status').map(([label, items]) => [label, items.length]), [['Overdue', 2], ['Open', 3], ['Done', 2]]);
  });

  it('groups by due: Overdue, This week, Later, No date, leaving out empty buckets', () => {
    assert.deepEqual(summary('due'), [
      ['Overdue', ['Add a connection-saturation alert, "p99" view', 'Add a dead-letter queue']],
      ['This week', ['Review partition count.']],
      ['Later', ['Cap retries per message']],
      ['No date', ['Raise the pool limit on the new cluster', 'Document the cut-over checklist', 'Page on consumer lag']],
    ]);
  });
});
