import assert from 'node:assert/strict';
import { parsePostmortem } from '../../../src/core/model/parse';
import { parseFixture } from './fixtures';

const iso = (d: Date | null) => d?.toISOString().slice(0, 16) ?? null;

describe('timeline tables', () => {
  it('detects the template timeline, its columns and roles', () => {
    const [timeline] = parseFixture('gitops-shape.md').timelines;
    assert.deepEqual(timeline.columns.map((c) => [c.name, c.role]), [['Time (UTC)', 'time'], ['Event', 'description'], ['Action Taken', 'action']]);
    assert.equal(timeline.timeStyle, 'HH:mm');
    assert.equal(timeline.section?.title, 'Timeline');
  });

  it('reads a "When (UTC)" column, and a slashed date either way round as the reading nearer the incident\'s date', () => {
    const rows = (header: string, first: string, second: string) =>
      parsePostmortem(`# X\n\n**Date:** 2026-11-03\n\n## Timeline\n\n| ${header} | Event |\n|---|---|\n| ${first} | Alert fires |\n| ${second} | Rollback completed |\n`).timelines.flatMap((t) => t.rows).map((r) => r.time?.toISOString().slice(0, 16) ?? null);
    assert.deepEqual(rows('When (UTC)', '14:02', '14:30'), ['2026-11-03T14:02', '2026-11-03T14:30']);
    assert.deepEqual(rows('Time', '14:02:17.123', '2026-11-03 14:30:00,250'), ['2026-11-03T14:02', '2026-11-03T14:30']);
    // Day first, as most of the world writes it: it was read as March 11.
    assert.deepEqual(rows('Time', '03/11/2026 14:02', '03/11/2026 14:30'), ['2026-11-03T14:02', '2026-11-03T14:30']);
    assert.deepEqual(rows('Time', '11/03/2026 14:02', '11/04/2026 09:30'), ['2026-11-03T14:02', '2026-11-04T09:30']);
  });

  it('dates time-only rows from the incident date and rolls over midnight', () => {
    const [timeline] = parseFixture('gitops-shape.md').timelines;
    assert.deepEqual(timeline.rows.map((r) => iso(r.time)), ['2026-03-02T23:10', '2026-03-02T23:18', '2026-03-02T23:52', '2026-03-03T00:20', '2026-03-03T00:45']);
    assert.equal(timeline.rows[3].description, 'Manual renewal run with the ACME client');
  });

  it('reads four-digit times and event types (GDS shape), and does not take the metadata table for a timeline', () => {
    const doc = parseFixture('gds-shape.md');
    assert.equal(doc.timelines.length, 1);
    const [timeline] = doc.timelines;
    assert.equal(timeline.timeStyle, 'HHmm');
    assert.deepEqual(timeline.rows.map((r) => [iso(r.time), r.eventType]), [
      ['2026-03-09T09:15', '`automated`'.replace(/`/g, '')],
      ['2026-03-09T09:32', 'notification'],
      ['2026-03-09T10:10', 'operator'],
      ['2026-03-09T11:40', 'comms'],
    ]);
  });

  it('mixes ISO, date-time and time-only rows, carrying the date forward across midnight', () => {
    const [timeline] = parseFixture('inline-formats.md').timelines;
    assert.deepEqual(timeline.rows.map((r) => [iso(r.time), r.hasDate]), [
      ['2026-05-14T21:40', true],
      ['2026-05-14T22:05', true],
      ['2026-05-14T23:50', false],
      ['2026-05-15T01:15', false],
    ]);
    assert.equal(timeline.timeStyle, 'iso');
    assert.equal(timeline.columns[timeline.descriptionColumn].name, 'Event');
  });

  it('converts zoned times to UTC and reads 12-hour clocks', () => {
    const doc = parsePostmortem('**Date**: 2026-01-22\n\n## Timeline\n\n| Time | Event |\n| --- | --- |\n| 2:54 PM PST | Hook stopped |\n| 10:05 CET | Next day |\n| 2026-01-23 09:00 +02:00 | Offset |\n');
    assert.deepEqual(doc.timelines[0].rows.map((r) => iso(r.time)), ['2026-01-22T22:54', '2026-01-23T09:05', '2026-01-23T07:00']);
  });

  it('reads a date and a time however they are joined: a comma, "at", a weekday, an ordinal, dashes, either first', () => {
    const cells = ['28 Nov 2025, 06:09', '28 November 2025 at 06:10', 'Friday, Nov 28 2025 06:11 UTC', '11/28/2025 6:12 AM', 'Nov 28th, 06:13', '28-Nov-2025 06:14', '6:15 PM, Friday, November 28th', 'Jan 14, 10:18 AM'];
    const doc = parsePostmortem(`**Date**: 2025-11-28\n\n## Timeline\n\n| Date/Time | Event |\n| --- | --- |\n${cells.map((c) => `| ${c} | Event |\n`).join('')}`);
    assert.deepEqual(doc.timelines[0].rows.map((r) => iso(r.time)), ['2025-11-28T06:09', '2025-11-28T06:10', '2025-11-28T06:11', '2025-11-28T06:12', '2025-11-28T06:13', '2025-11-28T06:14', '2025-11-28T18:15', '2026-01-14T10:18']);
  });

  it('keeps unreadable times as null without dropping the row', () => {
    const doc = parsePostmortem('## Timeline\n\n| Time | Event |\n| --- | --- |\n| ??? | Unknown start |\n| 10:00 | Alert |\n');
    assert.deepEqual(doc.timelines[0].rows.map((r) => [r.timeText, iso(r.time)]), [['???', null], ['10:00', '2000-01-01T10:00']]);
    assert.equal(doc.timelines[0].rows[1].dated, false);
  });

  it('accepts an empty timeline table in a timeline section, so rows can be added', () => {
    const doc = parsePostmortem('## Timeline\n\n| Time (UTC) | Event |\n|---|---|\n');
    assert.equal(doc.timelines.length, 1);
    assert.equal(doc.timelines[0].rows.length, 0);
  });

  it('ignores tables whose "time" column holds no times', () => {
    const doc = parsePostmortem('| Time | Cost |\n| --- | --- |\n| Detection | 5 minutes |\n| Resolution | 2 hours |\n');
    assert.equal(doc.timelines.length, 0);
  });
});

describe('timeline tables with placeholder rows', () => {
  it('takes a table of placeholder rows in a timeline section for the timeline', () => {
    const doc = parsePostmortem('## Timeline\n\n| Time (UTC) | Event |\n|---|---|\n| HH:MM | [What happened] |\n');
    assert.equal(doc.timelines.length, 1);
    assert.equal(doc.timelines[0].rows[0].time, null);
  });
});

describe('tables of cases with a time column, outside a timeline section', () => {
  it('are not timelines when the time is not their first column and no column says what happened', () => {
    const cases = '# Refund incident\n\n## Compensation\n\n| Account | Amount | Time of Incident |\n| --- | --- | --- |\n| acc-1 | 4.4 | 16/12/2022 13:31:17 |\n| acc-2 | 1.8 | 16/12/2022 11:07:51 |\n';
    assert.equal(parsePostmortem(cases).timelines.length, 0);
    const events = '# Refund incident\n\n## Compensation\n\n| Account | Time | What happened |\n| --- | --- | --- |\n| acc-1 | 13:31 | refund failed |\n| acc-2 | 13:40 | refund failed |\n';
    assert.equal(parsePostmortem(events).timelines.length, 1);
  });
  it('reads a clock written with a dot under a Time header ("10.02"), and a dotted day under a Date header as a day', () => {
    const doc = parsePostmortem('# X\n\nIncident date: 14/10/2026\n\n## How did we respond?\n\n| Time | What happened |\n| --- | --- |\n| 10.02 | Tax rules v2026.10 deployed |\n| 10.48 | Finance flags 0% VAT lines |\n| 9.55 pm | Payments on-call acknowledges |\n');
    assert.deepEqual(doc.timelines[0].rows.map((r) => r.time?.toISOString().slice(0, 16) ?? null), ['2026-10-14T10:02', '2026-10-14T10:48', '2026-10-14T21:55']);
    assert.equal(doc.timelines[0].rows[0].timeText, '10.02', 'the cell is kept as written');
    const dated = parsePostmortem('# X\n\n## Timeline\n\n| Date | Event |\n| --- | --- |\n| 14.02 | Kickoff |\n');
    assert.notEqual(dated.timelines[0]?.rows[0].time?.toISOString().slice(11, 16), '14:02');
  });
});
