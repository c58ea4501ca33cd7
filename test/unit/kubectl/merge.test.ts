// Merging kubectl events into a postmortem's timeline: order, columns, time style, duplicates, a new section, valid GFM.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { parseKubectlEvents } from '../../../src/core/kubectl';
import type { KubectlEvent } from '../../../src/core/kubectl';
import { applyFixes } from '../../../src/core/lint/fixes';
import { parsePostmortem } from '../../../src/core/model/parse';
import { mergeEventsIntoTimeline } from '../../../src/core/timeline/merge';

const fixture = (name: string) => readFileSync(join(__dirname, '../../fixtures/kubectl/merge', name), 'utf8');
const capturedAt = new Date('2026-05-04T12:20:00Z');
const kubectlEvents = [
  'LAST SEEN              TYPE      REASON        OBJECT              MESSAGE',
  '45m                    Normal    Scheduled     Pod/checkout-1      Successfully assigned shop/checkout-1 to node-a',
  '28m (x12 over 35m)     Warning   FailedMount   Pod/checkout-1      MountVolume.SetUp failed for volume "config" : configmap "checkout" not found',
  '70s                    Warning   Unhealthy     Pod/checkout-1      Readiness probe failed: a|b <none>',
].join('\n');
const events = () => parseKubectlEvents(kubectlEvents, { capturedAt }).events;

function merged(text: string, list: readonly KubectlEvent[]) {
  const result = mergeEventsIntoTimeline(text, list);
  return { result, text: applyFixes(text, result.edits) };
}

describe('mergeEventsIntoTimeline', () => {
  it('reads a timeline in the zone it declares ("Time (PDT)", "## Timeline (all times PDT)") and writes events in it', () => {
    // Its times were read as UTC: kubectl's events (in UTC) went seven hours from where they happened.
    const table = '# Checkout\n\n**Date**: 2026-05-04\n\n## Timeline\n\n| Time (PDT) | Event |\n|---|---|\n| 04:30 | Config change merged |\n| 04:50 | Alert: checkout error rate above 5% fires |\n| 05:10 | Rolled back config; incident resolved |\n';
    assert.equal(parsePostmortem(table).timelines[0].rows[0].time?.toISOString(), '2026-05-04T11:30:00.000Z');
    assert.deepEqual(parsePostmortem(merged(table, events()).text).timelines[0].rows.map((row) => row.cells[0].text), ['04:30', '~04:35', '04:50', '~04:52', '05:10', '~05:18']);
    // "PT" in May is PDT: the same rows.
    const pacific = table.replace('Time (PDT)', 'Time (PT)');
    assert.deepEqual(parsePostmortem(merged(pacific, events()).text).timelines[0].rows.map((row) => row.cells[0].text), ['04:30', '~04:35', '04:50', '~04:52', '05:10', '~05:18']);
    const list = '# Checkout\n\n**Date**: 2026-05-04\n\n## Timeline (all times PDT)\n\n- 04:30 Config change merged\n- 04:50 Alert fires\n- 05:10 Rolled back\n';
    assert.equal(parsePostmortem(list).timelineLists[0].entries[0].time?.toISOString(), '2026-05-04T11:30:00.000Z');
    assert.deepEqual(parsePostmortem(merged(list, events()).text).timelineLists[0].entries.map((entry) => entry.timeText), ['04:30', '~04:35', '04:50', '~04:52', '05:10', '~05:18']);
    const declared = '# Checkout\n\n**Date**: 2026-05-04\n\n## Timeline\n\nAll times are in CEST.\n\n| Time | Event |\n|---|---|\n| 13:30 | Config change merged |\n| 13:50 | Alert fires |\n';
    assert.equal(parsePostmortem(declared).timelines[0].rows[0].time?.toISOString(), '2026-05-04T11:30:00.000Z');
  });

  it('reads a table with a Date column beside its Time column, and writes the date and the time each in its own', () => {
    // "| Date | Time (UTC) |": the Date column was read as the time, every row at midnight, every metric 0 minutes.
    const text = '# Checkout\n\n## Timeline\n\n| Date | Time (UTC) | What happened |\n|---|---|---|\n| 2026-05-04 | 11:30:10 | Config change merged |\n| 2026-05-04 | 11:50:45 | Alert: checkout error rate above 5% fires |\n| 2026-05-04 | 12:10:00 | Rolled back config; incident resolved |\n';
    const before = parsePostmortem(text).timelines[0];
    assert.deepEqual([before.timeColumn, before.dateColumn], [1, 0]);
    assert.deepEqual(before.rows.map((row) => row.time?.toISOString()), ['2026-05-04T11:30:10.000Z', '2026-05-04T11:50:45.000Z', '2026-05-04T12:10:00.000Z']);
    const after = merged(text, events()).text;
    const rows = parsePostmortem(after).timelines[0].rows;
    assert.deepEqual(rows.map((row) => [row.cells[0].text, row.cells[1].text]), [
      ['2026-05-04', '11:30:10'],
      ['2026-05-04', '~11:35'],
      ['2026-05-04', '11:50:45'],
      ['2026-05-04', '~11:52'],
      ['2026-05-04', '12:10:00'],
      ['2026-05-04', '~12:18'],
    ]);
  });

  it('puts events between the existing rows in time order, in the table\'s columns and HH:MM style', () => {
    const { result, text } = merged(fixture('gitops.md'), events());
    assert.equal(result.added, 3);
    const table = parsePostmortem(text).timelines[0];
    assert.deepEqual(
      table.rows.map((row) => row.cells.map((cell) => cell.text)),
      [
        ['11:30', 'Config change merged', 'Rollout started'],
        ['~11:35', 'Normal Scheduled Pod/checkout-1: Successfully assigned shop/checkout-1 to node-a', '-'],
        ['11:50', 'Alert: checkout error rate above 5%', 'Investigation began'],
        ['~11:52', 'Warning FailedMount Pod/checkout-1: MountVolume.SetUp failed for volume "config" : configmap "checkout" not found (x12 since 11:45)', '-'],
        ['12:10', 'Rolled back config', '-'],
        ['~12:18', 'Warning Unhealthy Pod/checkout-1: Readiness probe failed: a|b <none>', '-'],
      ],
    );
    const times = table.rows.map((row) => row.time!.getTime());
    assert.deepEqual(times, [...times].sort((a, b) => a - b));
  });

  it('fills every cell the event has nothing for alike: the dash the table uses, or blank when its rows leave cells blank', () => {
    const cellsOfNewRows = (rows: string) => {
      const text = `# Incident\n\n**Date**: 2026-05-04\n\n## Timeline\n\n| Time (UTC) | Event | Action Taken | Ticket |\n| --- | --- | --- | --- |\n${rows}\n`;
      const table = parsePostmortem(merged(text, events()).text).timelines[0];
      return table.rows.filter((row) => row.cells[0].text.startsWith('~')).map((row) => [row.cells[2].text, row.cells[3].text]);
    };
    assert.deepEqual(cellsOfNewRows('| 11:30 | Config change merged | - | Dana |'), [['-', '-'], ['-', '-'], ['-', '-']]);
    assert.deepEqual(cellsOfNewRows('| 11:30 | Config change merged | | Dana |'), [['', ''], ['', ''], ['', '']]);
    assert.deepEqual(cellsOfNewRows('| 11:30 | Config change merged | — | |'), [['—', '—'], ['—', '—'], ['—', '—']]);
  });

  it('skips events the table already lists, so pasting twice adds nothing', () => {
    const once = merged(fixture('gitops.md'), events()).text;
    const twice = mergeEventsIntoTimeline(once, events());
    assert.deepEqual([twice.added, twice.alreadyListed, twice.edits.length], [0, 3, 0]);
  });

  it('fits the GDS shape: 0730-style times, `automated` event type, the date where it changes', () => {
    const list = parseKubectlEvents(
      '{"kind":"List","items":[{"involvedObject":{"kind":"Pod","name":"p"},"reason":"Killing","message":"Stopping","type":"Normal","lastTimestamp":"2019-02-04T07:45:00Z"},' +
        '{"involvedObject":{"kind":"Node","name":"n"},"reason":"NodeNotReady","message":"down","type":"Warning","lastTimestamp":"2019-02-05T01:00:00Z"}]}',
      { capturedAt },
    ).events;
    const { text } = merged(fixture('gds.md'), list);
    const rows = parsePostmortem(text).timelines[0].rows.map((row) => row.cells.map((cell) => cell.text));
    assert.deepEqual(rows, [
      ['0730', 'operator', 'The operator renewed the metadata.'],
      ['0745', 'automated', 'Normal Killing Pod/p: Stopping'],
      ['0809', 'operator', 'The cluster fails to provision.'],
      ['2019-02-05 01:00', 'automated', 'Warning NodeNotReady Node/n: down'],
    ]);
    assert.match(text, /\| 0745 \| `automated` \|/);
  });

  it('creates a Timeline section after Impact when the document has none', () => {
    const { result, text } = merged(fixture('no-timeline.md'), events());
    assert.equal(result.createdTable, true);
    const doc = parsePostmortem(text);
    assert.deepEqual(doc.sections.map((s) => s.title), ['Postmortem: DNS']);
    assert.deepEqual(doc.sections[0].children.map((s) => s.title), ['Summary', 'Impact', 'Timeline', 'Root Cause']);
    assert.equal(doc.timelines[0].rows.length, 3);
    assert.equal(doc.timelines[0].rows[0].timeText, '~11:35');
    assert.match(text, /Everyone\.\n\n## Timeline\n\n\| Time \(UTC\) \| Event \| Action Taken \|\n\| --- \| --- \| --- \|\n/);
  });

  it('leaves out events without a time, and changes nothing when nothing is left', () => {
    const unknown = parseKubectlEvents('LAST SEEN   TYPE     REASON   OBJECT   MESSAGE\n<unknown>   Normal   Note     pod/a    x\n', { capturedAt }).events;
    const result = mergeEventsIntoTimeline(fixture('no-timeline.md'), unknown);
    assert.deepEqual([result.edits, result.withoutTime], [[], 1]);
  });

  it('keeps the table valid GFM with one cell per column whatever the messages hold', function () {
    // Thousands of whole-document lints or random merges: seconds on a quiet machine, more on a busy CI runner.
    this.timeout(120_000);
    const message = fc.string({ unit: fc.constantFrom('a', ' ', '|', '\\', '\n', '`', '<', '>', '*', 'é', '🚨', '-', ':') , maxLength: 30 });
    fc.assert(
      fc.property(fc.array(fc.record({ message, minutes: fc.integer({ min: 0, max: 3000 }) }), { minLength: 1, maxLength: 6 }), (specs) => {
        const list: KubectlEvent[] = specs.map((spec) => ({
          time: new Date(Date.UTC(2026, 4, 4, 10) + spec.minutes * 60_000), firstTime: null, approximate: false, count: 1,
          type: 'Warning', reason: 'BackOff', object: 'pod/x', namespace: null, message: spec.message, source: null,
        }));
        for (const name of ['gitops.md', 'gds.md', 'no-timeline.md']) {
          const before = fixture(name);
          const { result, text } = merged(before, list);
          const table = parsePostmortem(text).timelines[0];
          const originalRows = parsePostmortem(before).timelines[0]?.rows.length ?? 0;
          assert.equal(table.rows.length, originalRows + result.added, name);
          for (const row of table.rows) assert.equal(row.cells.length, table.columns.length, `${name}: ${JSON.stringify(row.cells.map((c) => c.text))}`);
        }
      }),
      { numRuns: 60 },
    );
  });
});

describe('mergeEventsIntoTimeline across midnight', () => {
  it('writes the date into the next existing row when inserted rows end on another day', () => {
    const previousDay: KubectlEvent = {
      time: new Date('2026-05-03T10:00:00Z'), firstTime: null, approximate: false, count: 1,
      type: 'Warning', reason: 'NodeNotReady', object: 'node/n1', namespace: null, message: 'kubelet stopped posting status', source: null,
    };
    const { text } = merged(fixture('gitops.md'), [previousDay]);
    const rows = parsePostmortem(text).timelines[0].rows;
    assert.deepEqual(rows.map((row) => row.timeText), ['2026-05-03 10:00', '2026-05-04 11:30', '11:50', '12:10']);
    assert.deepEqual(rows.map((row) => row.time?.toISOString()), ['2026-05-03T10:00:00.000Z', '2026-05-04T11:30:00.000Z', '2026-05-04T11:50:00.000Z', '2026-05-04T12:10:00.000Z']);
  });
});

describe('mergeEventsIntoTimeline into the shipped templates', () => {
  const template = (name: string) => readFileSync(join(__dirname, '../../../templates', name), 'utf8');

  for (const [name, expected] of [
    ['gitops.md', /\| Time \(UTC\) \| Event \| Action Taken \|\n\|-+\|-+\|-+\|\n\| ~2026-05-04 11:35 \| Normal Scheduled Pod\/checkout-1: Successfully assigned shop\/checkout-1 to node-a \| - \|\n\| ~11:52 \|/],
    ['gds-incident-report.md', /\| ---- \| ---------- \| ----------- \|\n\| ~2026-05-04 11:35 \| `automated` \| Normal Scheduled Pod\/checkout-1/],
    ['short.md', /\|------------\|-------\|\n\| ~2026-05-04 11:35 \| Normal Scheduled Pod\/checkout-1: Successfully assigned shop\/checkout-1 to node-a \|\n/],
  ] as const) {
    it(`fills the empty timeline table of ${name}`, () => {
      const { result, text } = merged(template(name), events());
      assert.equal(result.added, 3);
      assert.equal(result.createdTable, false);
      assert.match(text, expected);
      assert.equal(parsePostmortem(text).timelines[0].rows.length, 3);
    });
  }
});

describe('mergeEventsIntoTimeline on a second paste', () => {
  it('knows the events again when the same output is pasted with another capture moment', () => {
    const once = merged(fixture('gitops.md'), events()).text;
    const later = parseKubectlEvents(kubectlEvents, { capturedAt: new Date('2026-05-04T12:23:30Z') }).events;
    const again = mergeEventsIntoTimeline(once, later);
    assert.deepEqual([again.added, again.alreadyListed], [0, 3]);
  });

  it('still adds the same kind of event when it happened again much later', () => {
    const once = merged(fixture('gitops.md'), events()).text;
    const repeat = { ...events()[2], time: new Date('2026-05-04T13:30:00Z'), approximate: false };
    assert.equal(mergeEventsIntoTimeline(once, [repeat]).added, 1);
  });
});

describe('mergeEventsIntoTimeline with the same events from two outputs', () => {
  it('adds each event once when get events and describe output are pasted together', () => {
    const both = [
      'LAST SEEN   TYPE      REASON    OBJECT           MESSAGE',
      '3m          Warning   BackOff   pod/checkout-1   Back-off restarting failed container',
      '',
      'Name:         checkout-1',
      'Namespace:    shop',
      'Containers:',
      'Node:         node-a/10.0.0.1',
      'Events:',
      '  Type     Reason   Age   From     Message',
      '  ----     ------   ----  ----     -------',
      '  Warning  BackOff  3m    kubelet  Back-off restarting failed container',
    ].join('\n');
    const parsed = parseKubectlEvents(both, { capturedAt });
    assert.equal(parsed.events.length, 2);
    const result = mergeEventsIntoTimeline(fixture('gitops.md'), parsed.events);
    assert.deepEqual([result.added, result.alreadyListed], [1, 1]);
  });
});
