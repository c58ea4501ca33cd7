import assert from 'node:assert/strict';
import { metadataValue, parsePostmortem } from '../../../src/core/model/parse';
import { parseFixture } from './fixtures';

describe('metadata', () => {
  it('reads **Key**: value lines with normalised keys and exact value ranges', () => {
    const doc = parseFixture('gitops-shape.md');
    const values = Object.fromEntries(doc.metadata.filter((f) => f.key).map((f) => [f.key, f.value]));
    assert.equal(values.incidentId, 'INC-2026-03-02-004');
    assert.equal(values.date, '2026-03-02');
    assert.equal(values.severity, 'P1-High');
    assert.equal(values.status, 'Resolved');
    assert.equal(values.incidentCommander, 'Dana Whitfield');
    assert.equal(values.duration, '01:35');
    const severity = metadataValue(doc.metadata, 'severity')!;
    assert.equal(doc.text.slice(severity.valueRange.start, severity.valueRange.end), 'P1-High');
    assert.equal(doc.incidentDate, '2026-03-02');
    assert.deepEqual(doc.people, ['Dana Whitfield', 'Kofi Mensah', 'Ines Duarte']);
  });

  it('does not take bold lines of the root cause, metrics or sign-off as incident metadata', () => {
    const doc = parseFixture('gitops-shape.md');
    const labels = doc.metadata.map((f) => f.label);
    assert.ok(!labels.includes('Primary Cause'));
    assert.ok(!labels.includes('MTTR'));
    assert.equal(doc.metadata.filter((f) => f.key === 'incidentCommander').length, 1);
  });

  it('reads two-column key/value tables, the first table winning for the incident date', () => {
    const doc = parseFixture('gds-shape.md');
    assert.equal(doc.incidentDate, '2026-03-09');
    assert.equal(metadataValue(doc.metadata, 'service')?.value, 'Build runners');
    assert.deepEqual(doc.people, ['Rosa P', 'Malik J', 'Chen W']);
  });

  it('reads YAML front matter, lists joined', () => {
    const doc = parseFixture('inline-formats.md');
    assert.equal(metadataValue(doc.metadata, 'severity')?.value, 'SEV2');
    assert.equal(metadataValue(doc.metadata, 'incidentCommander')?.value, 'Sam Okafor');
    assert.equal(doc.incidentDate, '2026-05-14');
    assert.deepEqual(doc.people, ['Sam Okafor', 'Lena Fischer']);
    const status = metadataValue(doc.metadata, 'status')!;
    assert.equal(doc.text.slice(status.valueRange.start, status.valueRange.end), 'Monitoring');
  });

  it('reports broken front matter instead of failing', () => {
    const doc = parsePostmortem('---\ntitle: [unclosed\n---\n\n# Title\n');
    assert.ok(doc.frontMatter?.error);
    assert.equal(metadataValue(doc.metadata, 'title')?.value, 'Title');
  });

  it('falls back to the first H1 for the title', () => {
    assert.equal(metadataValue(parseFixture('gds-shape.md').metadata, 'title')?.value, 'Incident Report - March 9th, 2026');
  });
});

describe('metadata value ranges', () => {
  it('gives a table value range without the cell pipes, so an edit replaces only the value', () => {
    const doc = parsePostmortem('| Date | 2026-01-02 |\n| --- | --- |\n| Severity |  P2  |\n');
    const severity = metadataValue(doc.metadata, 'severity')!;
    assert.equal(doc.text.slice(severity.valueRange.start, severity.valueRange.end), 'P2');
    const date = metadataValue(doc.metadata, 'date')!;
    assert.equal(doc.text.slice(date.valueRange.start, date.valueRange.end), '2026-01-02');
  });

  it('reads several bold fields on one line, kept apart by a middle dot, a bullet or a pipe', () => {
    const doc = parsePostmortem('# INC-812\n\n**Status:** Closed · **Severity:** Minor • **Lead:** Theo Park | **Reported:** 3 Sep 2026, 07:45 BST\n\n## Summary\n\nText.\n');
    const fields = doc.metadata.filter((f) => f.source === 'bold-line' && f.key !== 'title').map((f) => [f.label, f.value, doc.text.slice(f.valueRange.start, f.valueRange.end)]);
    assert.deepEqual(fields, [['Status', 'Closed', 'Closed'], ['Severity', 'Minor', 'Minor'], ['Lead', 'Theo Park', 'Theo Park'], ['Reported', '3 Sep 2026, 07:45 BST', '3 Sep 2026, 07:45 BST']]);
    assert.equal(doc.incidentDate, null);
    assert.equal(metadataValue(doc.metadata, 'severity')?.value, 'Minor');
  });

  it('reads plain "Label: value" lines under the title, several to a line when a middle dot or pipe keeps them apart', () => {
    const text = '# Delayed webhooks\n\nIncident: INC-2291 · Severity: Minor · Status: Closed\nLead: Priya Nair · Reported: 2026-11-18 10:42 UTC\n\n## Timeline\n\n- **10:17** Scaling job reduces workers\n- **10:42** Customer reports delays\n\n## Follow-ups\n\n- Page on queue depth · Assignee: Priya Nair · Due Nov 30\n';
    const doc = parsePostmortem(text);
    const fields = doc.metadata.filter((f) => f.source === 'plain-line').map((f) => [f.key, doc.text.slice(f.valueRange.start, f.valueRange.end)]);
    assert.deepEqual(fields, [['severity', 'Minor'], ['status', 'Closed'], ['detectedAt', '2026-11-18 10:42 UTC']]);
    assert.equal(metadataValue(doc.metadata, 'title')?.value, 'Delayed webhooks', 'the H1 stays the title');
    assert.deepEqual(doc.actionItems.map((i) => [i.owner, i.due]), [['Priya Nair', '2026-11-30']], 'the day reported names the year of a due date without one');
    assert.equal(doc.timelineLists[0].entries[0].time?.toISOString(), '2026-11-18T10:17:00.000Z', 'the timeline of times alone is on the day reported, not in year 2000');
    const dated = parsePostmortem('# X\n\nDate: October 3, 2026\nAuthors: Lena Ortiz, Sam Whitfield\nSeverity: SEV-2\n\n## Summary\n\nText.\n');
    assert.equal(dated.incidentDate, '2026-10-03');
  });

  it('does not read a plain label in prose as a field: past the title, only a paragraph of nothing but fields is read', () => {
    const doc = parsePostmortem('# X\n\n## Summary\n\nDate: 28 Feb 2017 to 01 Mar 2017\nNumbers based on the status page.\n\n## Details\n\nStatus: Closed\nSeverity: SEV2\n');
    assert.deepEqual(doc.metadata.filter((f) => f.source === 'plain-line').map((f) => f.key), ['status', 'severity']);
  });
});
