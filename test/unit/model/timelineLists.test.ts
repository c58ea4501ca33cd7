import assert from 'node:assert/strict';
import { metadataValue, parsePostmortem } from '../../../src/core/model/parse';
import { parseFixture } from './fixtures';

const iso = (d: Date | null) => d?.toISOString().slice(0, 16) ?? null;

describe('timelines written as lists and headings', () => {
  it('reads list entries grouped under bare date lines, in UTC, and not the chat log in the appendix', () => {
    const doc = parseFixture('list-timelines.md');
    assert.deepEqual(doc.timelineLists.map((t) => t.style), ['list', 'list']);
    const entries = doc.timelineLists.flatMap((t) => t.entries);
    assert.deepEqual(entries.map((e) => iso(e.time)), ['2026-02-03T05:41', '2026-02-03T06:05', '2026-02-03T06:12', '2026-02-03T06:40']);
    assert.deepEqual(entries.map((e) => doc.text.slice(e.timeRange.start, e.timeRange.end)), ['9:41 PM PST', '10:05 PM PST', '6:12 AM', '6:40 AM']);
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
});
