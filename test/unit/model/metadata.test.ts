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
});
