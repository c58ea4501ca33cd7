import assert from 'node:assert/strict';
import { metadataValue, parsePostmortem } from '../../../src/core/model/parse';
import { parseFixture } from './fixtures';
import { lintPostmortem } from '../../../src/core/lint/engine';
import { timelineViews } from '../../../src/core/timelineEdit';

const iso = (d: Date | null) => d?.toISOString().slice(0, 16) ?? null;

describe('timelines written as lists and headings', () => {
  it('reads list entries grouped under bare date lines, in UTC, and not the chat log in the appendix', () => {
    const doc = parseFixture('list-timelines.md');
    assert.deepEqual(doc.timelineLists.map((t) => t.style), ['list', 'list']);
    const entries = doc.timelineLists.flatMap((t) => t.entries);
    assert.deepEqual(entries.map((e) => iso(e.time)), ['2026-02-03T05:41', '2026-02-03T06:05', '2026-02-03T06:12', '2026-02-03T06:40']);
    assert.deepEqual(entries.map((e) => doc.text.slice(e.timeRange.start, e.timeRange.end)), ['9:41 PM PST', '10:05 PM PST', '6:12 AM', '6:40 AM']);
  });

  it('reads times set in bold or code ("- **02:00** …", "- `07:35` …") under a bold date line, whose year due dates take', () => {
    const text = '# Stale prices\n\n## Timeline\n\n**Saturday, November 14, 2026 (UTC)**\n\n- **02:00** Price feed job fails to connect.\n- `07:35` A store manager messages support that prices differ.\n- **07:50** On-call acknowledges.\n\n## Action items\n\n- [ ] Exit non-zero on connection errors — assignee: Lena, target date: Nov 27\n';
    const doc = parsePostmortem(text);
    const entries = doc.timelineLists.flatMap((t) => t.entries);
    assert.deepEqual(entries.map((e) => [iso(e.time), doc.text.slice(e.timeRange.start, e.timeRange.end)]), [['2026-11-14T02:00', '02:00'], ['2026-11-14T07:35', '07:35'], ['2026-11-14T07:50', '07:50']]);
    assert.equal(doc.actionItems[0].due, '2026-11-27', 'the year of the date line, not "no year"');
  });

  it('reads list entries that open with an ISO time and its offset, a Zulu time or a range, at the time they name', () => {
    const entries = (first: string, second: string) => parsePostmortem(`# X\n\n**Date:** 2026-11-03\n\n## Timeline\n\n- ${first} Alert fires\n- ${second} Rollback completed\n`).timelineLists.flatMap((t) => t.entries).map((e) => iso(e.time));
    // The offset was dropped: "14:04:17+01:00" was read as 14:04 UTC.
    assert.deepEqual(entries('2026-11-03T14:04:17+01:00', '2026-11-03T14:30:00.250+01:00'), ['2026-11-03T13:04', '2026-11-03T13:30']);
    assert.deepEqual(entries('14:02Z', '14:30:05Z'), ['2026-11-03T14:02', '2026-11-03T14:30']);
    assert.deepEqual(entries('10:02–10:15', '10:20—10:25'), ['2026-11-03T10:02', '2026-11-03T10:20']);
  });

  it('reads lines opening with a time written as paragraphs, dated by the date lines between them ("_4/24/23_", "-4/25/23_")', () => {
    const text = '# X\n\n## Timeline (PST)\n_4/21/23_\n\n11:12 AM: An email was received.\n\n2:57 PM: The account was re-enabled.\n\n_4/24/23_\n\n~9:00 AM: The laptop was reset.\n\n-4/25/23_\n\n9:41 AM: A full disk scan was completed.\n';
    const doc = parsePostmortem(text);
    assert.deepEqual(doc.timelineLists.map((l) => l.style), ['paragraphs']);
    assert.deepEqual(doc.timelineLists[0].entries.map((e) => iso(e.time)), ['2023-04-21T19:12', '2023-04-21T22:57', '2023-04-24T17:00', '2023-04-25T17:41']);
    // One paragraph of lines too, and the timeline editor leaves such a timeline alone.
    const lines = parsePostmortem('# X\n\n**Date:** 2026-10-01\n\n## Timeline\n\n10:02 UTC — Alert fires\n10:05 UTC — On-call acknowledges\n');
    assert.deepEqual(lines.timelineLists[0].entries.map((e) => iso(e.time)), ['2026-10-01T10:02', '2026-10-01T10:05']);
    assert.deepEqual(timelineViews(lines), []);
  });

  it('reads times in the zone the timeline declares, in its heading or a line under it, carrying the day on its wall clock', () => {
    // "All times in PST" above a heading per entry: 22:59 PST on March 6 is 06:59 UTC on March 7, and "23:11" after it is
    // still March 6 in PST (the next day was taken from the UTC date, a day late).
    const doc = parsePostmortem('# Hub down\n\n## Timeline\n\nAll times in PST\n\n### March 6 2017 22:59\n\nDeployed.\n\n### 23:11\n\nRedeployed.\n');
    assert.deepEqual(doc.timelineLists[0].zone, { offset: -480, usDaylight: false });
    assert.deepEqual(doc.timelineLists[0].entries.map((e) => iso(e.time)), ['2017-03-07T06:59', '2017-03-07T07:11']);
    for (const [heading, offset] of [['Timeline (times in BST)', 60], ['Timeline (all times in UTC-5)', -300], ['Timeline (UTC)', 0], ['Timeline', 0]] as const) {
      const list = parsePostmortem(`# X\n\n**Date**: 2025-07-11\n\n## ${heading}\n\n- 12:42 Incident declared\n- 13:10 Resolved\n`).timelineLists[0];
      assert.equal(iso(list.entries[0].time), `2025-07-11T${String(12 - offset / 60).padStart(2, '0')}:42`, heading);
    }
  });

  it('reads "PT" and "ET" with US daylight saving: an hour later from March\'s second Sunday to November\'s first', () => {
    const table = (date: string) => parsePostmortem(`# X\n\n## Timeline (all times PT)\n\n| Date | Time | Event |\n|---|---|---|\n| ${date} | 09:00 | Deploy |\n| ${date} | 09:30 | Alert fires |\n`).timelines[0];
    assert.equal(iso(table('2021-10-31').rows[0].time), '2021-10-31T16:00', 'PDT, UTC-7');
    assert.equal(iso(table('2021-11-08').rows[0].time), '2021-11-08T17:00', 'PST, UTC-8');
    assert.equal(iso(table('2026-03-08').rows[0].time), '2026-03-08T16:00', 'clocks went forward at 02:00 that Sunday');
    assert.equal(iso(table('2026-03-07').rows[0].time), '2026-03-07T17:00');
    const eastern = parsePostmortem('# X\n\n**Date**: 2024-07-04\n\n## Timeline\n\n| Time (ET) | Event |\n|---|---|\n| 10:00 | Deploy |\n| 10:20 | Alert fires |\n').timelines[0];
    assert.equal(iso(eastern.rows[0].time), '2024-07-04T14:00', 'EDT, UTC-4');
  });

  it('reads a "Date (2022)" column beside "Time (UTC)" with the year its header gives', () => {
    const doc = parsePostmortem('# Card fraud\n\n## Timeline\n\n| Day | Date (2022) | Time (UTC) | Event |\n|---|---|---|---|\n| Fri | Jan 28 | 05:52 | A suggestion is made. |\n| Tue | Feb 01 | 19:12 | No information. |\n| Mon | Feb 07 | 18:52 | Another email. |\n');
    assert.deepEqual(doc.timelines[0].rows.map((r) => iso(r.time)), ['2022-01-28T05:52', '2022-02-01T19:12', '2022-02-07T18:52']);
    assert.deepEqual(lintPostmortem(doc).filter((f) => f.ruleId === 'timeline-order'), [], 'days apart, in order');
  });

  it('reads `## Date` and `## Authors` sections as metadata', () => {
    const doc = parseFixture('list-timelines.md');
    assert.equal(doc.incidentDate, '2026-02-02');
    assert.equal(metadataValue(doc.metadata, 'author')?.value, 'lkowalski, mtanaka');
    assert.ok(doc.people.includes('mtanaka'));
  });

  it('reads bracketed times, rolls over midnight, and takes the incident date from the title', () => {
    const doc = parsePostmortem('# May 3rd, 2026 CI Flakiness\n\n## Timeline\n\n* [???] Something started\n* [13:26] Tests began timing out\n* [23:55] Quota raised\n* [07:00] Queue drained\n');
    const [list] = doc.timelineLists;
    assert.equal(doc.incidentDate, '2026-05-03');
    assert.deepEqual(list.entries.map((e) => iso(e.time)), ['2026-05-03T13:26', '2026-05-03T23:55', '2026-05-04T07:00']);
  });

  it('gives a month-day without a year the year nearest the incident', () => {
    const doc = parsePostmortem('**Date**: 2026-03-26\n\n## Timeline\n\n- [12-05 16:21] Config change merged\n- [03-26 17:40] Deploy started\n');
    assert.deepEqual(doc.timelineLists[0].entries.map((e) => iso(e.time)), ['2025-12-05T16:21', '2026-03-26T17:40']);
  });

  it('reads DD/MM/YYYY entries, day-only entries with footnotes, and entries whose text follows on the next lines', () => {
    const doc = parsePostmortem('## Timeline\n\n- 2025-11-02[^1]:\n    A token was created.\n- 20/11/2025 12:32 - Deploy failed\n- 21/11/2025 08:10 - Fixed\n\n[^1]: approximate\n');
    const entries = doc.timelineLists[0].entries;
    assert.deepEqual(entries.map((e) => [iso(e.time), e.hasTime]), [['2025-11-02T00:00', false], ['2025-11-20T12:32', true], ['2025-11-21T08:10', true]]);
  });

  it('reads a heading per entry', () => {
    const doc = parsePostmortem('## Timeline\n\n### 2026-01-28 13:59\n\nMigration started.\n\n### 2026-01-28 14:09\n\nErrors rose.\n\n## Lessons\n');
    const [list] = doc.timelineLists;
    assert.equal(list.style, 'headings');
    assert.deepEqual(list.entries.map((e) => [iso(e.time), e.description]), [['2026-01-28T13:59', 'Migration started.'], ['2026-01-28T14:09', 'Errors rose.']]);
  });

  it('does not take an ordinary list in a timeline section for a timeline', () => {
    const doc = parsePostmortem('## Timeline\n\n- All times are UTC\n- Ask in #incidents for the raw logs\n');
    assert.equal(doc.timelineLists.length, 0);
  });
});

describe('list timeline entries that start with a bare time', () => {
  it('does not take the first word of the text for a time zone', () => {
    const doc = parsePostmortem('**Date**: 2026-01-05\n\n## Timeline\n\n- 10:00 Rotation started\n- 10:05 New certificate issued\n- 10:20 PST reload\n');
    assert.deepEqual(doc.timelineLists[0].entries.map((e) => e.timeText), ['10:00', '10:05', '10:20 PST']);
  });
  it('reads a timeline on a zone named as the tz database does ("US/Pacific", "America/New_York") or as "PST/PDT", with daylight saving', () => {
    const at = (zone: string, day: string) => parsePostmortem(`# X\n\n**Date**: ${day}\n\n## Timeline\n\nAll times ${zone}.\n\n- 09:58 Promotion job completes\n- 10:30 Release announced\n`).timelineLists[0].entries[0].time?.toISOString().slice(11, 16);
    assert.equal(at('US/Pacific', '2026-06-11'), '16:58');
    assert.equal(at('in America/Los_Angeles', '2026-01-11'), '17:58');
    assert.equal(at('in PST/PDT', '2023-08-24'), '16:58');
    assert.equal(at('in America/New_York', '2026-06-11'), '13:58');
  });
});
