import assert from 'node:assert/strict';
import { applyFixes } from '../../../src/core/lint/fixes';
import { parsePostmortem } from '../../../src/core/model/parse';
import { editTimeline, timelineViews } from '../../../src/core/timelineEdit';

const TIMELINE = '## Timeline\n\n| Time | Event |\n|---|---|\n| 09:12 | Disk lost |\n| 09:14 | Alert fired |\n| soon after | Promoted |\n';

function mark(text: string, row: number, moment: 'started' | 'detected' | 'resolved'): string {
  return applyFixes(text, editTimeline(parsePostmortem(text), 0, { type: 'markMoment', row, moment }));
}

describe('key moments from the timeline', () => {
  it('writes the moment into its existing field, with the date when the incident has one', () => {
    const text = `# Outage\n\n**Date**: 2026-03-02\n**Detected**: TBD\n\n${TIMELINE}`;
    assert.equal(mark(text, 1, 'detected'), text.replace('**Detected**: TBD', '**Detected**: 2026-03-02 09:14 UTC'));
  });

  it('adds the field after the last metadata line, keeping its line ending', () => {
    const text = `# Outage\n\n**Date**: 2026-03-02\\\n**Severity**: P1\n\n${TIMELINE}`;
    assert.equal(mark(text, 0, 'started'), text.replace('**Severity**: P1', '**Severity**: P1\\\n**Started**: 2026-03-02 09:12 UTC'));
    const spaced = `# Outage\n\n**Date**: 2026-03-02  \n**Severity**: P1\n\n${TIMELINE}`;
    assert.equal(mark(spaced, 0, 'resolved'), spaced.replace('**Severity**: P1', '**Severity**: P1  \n**Resolved**: 2026-03-02 09:12 UTC'));
    const plain = `# Outage\n\n**Date**: 2026-03-02\n**Severity**: P1\n\n${TIMELINE}`;
    assert.equal(mark(plain, 0, 'resolved'), plain.replace('**Severity**: P1', '**Severity**: P1\n**Resolved**: 2026-03-02 09:12 UTC'));
  });

  it('adds the field to front matter or to a metadata table', () => {
    const front = `---\ndate: 2026-03-02\nseverity: P1\n---\n\n# Outage\n\n${TIMELINE}`;
    assert.equal(mark(front, 1, 'detected'), front.replace('severity: P1\n', 'severity: P1\ndetected: 2026-03-02 09:14 UTC\n'));
    const table = `# Outage\n\n| Field | Value |\n|---|---|\n| Date | 2026-03-02 |\n| Severity | P1 |\n\n${TIMELINE}`;
    assert.equal(mark(table, 1, 'detected'), table.replace('| Severity | P1 |', '| Severity | P1 |\n| Detected | 2026-03-02 09:14 UTC |'));
  });

  it('adds the field under the title when the document has no metadata, without a date when none is known', () => {
    const text = `# Outage\n\n${TIMELINE}`;
    assert.equal(mark(text, 1, 'detected'), `# Outage\n\n**Detected**: 09:14 UTC\n\n${TIMELINE}`);
  });

  it('refuses a row whose time does not parse', () => {
    assert.throws(() => mark(`# Outage\n\n${TIMELINE}`, 2, 'resolved'), /row 3 has no time that can be read/);
  });

  it('badges the rows whose time a moment field names', () => {
    const text = `# Outage\n\n**Date**: 2026-03-02\n**Detected**: 2026-03-02 09:14 UTC\n**Resolved**: 09:12\n\n${TIMELINE}`;
    assert.deepEqual(timelineViews(parsePostmortem(text))[0].rows.map((r) => r.moments), [['resolved'], ['detected'], []]);
  });
});
