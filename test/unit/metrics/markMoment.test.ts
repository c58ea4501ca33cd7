import assert from 'node:assert/strict';
import { applyFixes } from '../../../src/core/lint/fixes';
import { parsePostmortem } from '../../../src/core/model/parse';
import { findMoments } from '../../../src/core/metrics';
import { markMomentEdit, timelineEventAt } from '../../../src/core/metrics/markMoment';

const DOC = `# Outage

**Date**: 2026-03-02  
**Severity**: P1

## Timeline

| Time | Event |
| --- | --- |
| 10:00 | Deploy started |
| 10:07 | Customer support noticed failed payments |
`;

describe('metrics: mark a timeline row as a moment', () => {
  it('writes a **Detected** field after the Date, which then wins over the inferred moment', () => {
    const doc = parsePostmortem(DOC);
    const row = timelineEventAt(doc, DOC.indexOf('Customer support'))!;
    const text = applyFixes(DOC, [markMomentEdit(doc, 'detected', row.time, row.dated)!]);
    assert.match(text, /\*\*Date\*\*: 2026-03-02 {2}\n\*\*Detected\*\*: 2026-03-02 10:07 UTC {2}\n\*\*Severity\*\*: P1\n/);
    const moments = findMoments(parsePostmortem(text));
    assert.equal(moments.detected?.source, 'field');
    assert.equal(moments.detected?.time.toISOString(), '2026-03-02T10:07:00.000Z');
  });

  it('updates an existing field, and adds table rows and front matter keys in their own style', () => {
    const withField = DOC.replace('**Severity**: P1', '**Severity**: P1  \n**Resolved**: 11:00');
    const doc = parsePostmortem(withField);
    assert.match(applyFixes(withField, [markMomentEdit(doc, 'resolved', new Date('2026-03-02T11:30:00Z'), true)!]), /\*\*Resolved\*\*: 2026-03-02 11:30 UTC\n/);

    const table = '| Field | Value |\n| --- | --- |\n| Date | 2026-03-02 |\n\n## Timeline\n\n- 10:00 a\n- 10:05 b\n';
    assert.match(applyFixes(table, [markMomentEdit(parsePostmortem(table), 'started', new Date('2026-03-02T10:00:00Z'), true)!]), /\| Date \| 2026-03-02 \|\n\| Started \| 2026-03-02 10:00 UTC \|\n/);

    const front = '---\ndate: 2026-03-02\n---\n\n# X\n';
    const marked = applyFixes(front, [markMomentEdit(parsePostmortem(front), 'mitigated', new Date('2026-03-02T10:50:00Z'), true)!]);
    assert.equal(marked, '---\ndate: 2026-03-02\nmitigated_at: "2026-03-02 10:50 UTC"\n---\n\n# X\n');
    assert.equal(findMoments(parsePostmortem(marked)).mitigated?.time.toISOString(), '2026-03-02T10:50:00.000Z');
  });
});
