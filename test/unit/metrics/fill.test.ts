import assert from 'node:assert/strict';
import { applyFixes } from '../../../src/core/lint/fixes';
import { parsePostmortem } from '../../../src/core/model/parse';
import { fillMetricsEdits } from '../../../src/core/metrics/fill';

const fill = (text: string) => applyFixes(text, fillMetricsEdits(parsePostmortem(text)).edits);

const TIMELINE = `## Timeline

| Time (UTC) | Event | Action Taken |
|------------|-------|--------------|
| 10:00 | Platform team initiated K8s upgrade | Upgrade started |
| 10:20 | Scanner alert fired | Investigation began |
| 11:30 | Fix deployed to the scanner | - |
| 12:00 | All systems operational | Incident closed |
`;

describe('metrics: Fill Metrics from Timeline', () => {
  it('replaces the seed template placeholders in their own style, adding the metric the section lacks', () => {
    const text = `# Upgrade\n\n**Incident ID**: INC-1  \n**Date**: 2026-03-02  \n**Duration**: HH:MM  \n**Severity**: P2-Medium\n\n${TIMELINE}\n## Metrics\n\n**Detection Time**: [Time from start of impact to first alert or report]  \n**Response Time**: [Time from detection to someone working on it]  \n**Resolution Time**: [Time from detection to full recovery]  \n**MTTR**: [Mean time to recovery]\n\n**DORA Metrics Impact**:\n- Lead Time: [Effect]\n`;
    const filled = fill(text);
    assert.match(filled, /\*\*Duration\*\*: 02:00 {2}\n/);
    assert.match(filled, /\*\*Detection Time\*\*: 20 minutes {2}\n\*\*Response Time\*\*: 20 minutes {2}\n\*\*Resolution Time\*\*: 2 hours {2}\n\*\*MTTR\*\*: 2 hours {2}\n\*\*Mitigation Time\*\*: 1 hour 30 minutes\n\n\*\*DORA/);
    assert.deepEqual(fillMetricsEdits(parsePostmortem(filled)).edits, [], 'filling twice changes nothing');
  });

  it('keeps each value’s own style and leaves metrics without moments alone', () => {
    const text = `# X\n\n**Date**: 2026-03-02  \n**Duration**: 3h\n\n${TIMELINE}\n## Metrics\n\n**Detection Time:** 5m  \n**Response Time:** TBD\n`;
    const filled = fill(text);
    assert.match(filled, /\*\*Duration\*\*: 2h\n/);
    assert.match(filled, /\*\*Detection Time:\*\* 20m {2}\n\*\*Response Time:\*\* 20m {2}\n\*\*Mitigation Time:\*\* 1h 30m {2}\n\*\*Resolution Time:\*\* 2h\n/);
  });

  it('writes no value whose moments are out of order, and says which', () => {
    // "Resolved" written before the start: a negative duration would be nonsense in the document.
    const text = `# X\n\n**Date**: 2026-03-02  \n**Resolved**: 09:30  \n**Duration**: TBD\n\n${TIMELINE}`;
    const result = fillMetricsEdits(parsePostmortem(text));
    assert.deepEqual([...result.outOfOrder].sort(), ['duration', 'timeToResolve']);
    const filled = applyFixes(text, result.edits);
    assert.match(filled, /\*\*Duration\*\*: TBD\n/);
    assert.doesNotMatch(filled, /: -\d/);
    assert.match(filled, /\*\*Detection Time\*\*: 20 minutes/, 'the metrics in order are still filled');
  });

  it('adds a Metrics section before References, and a Duration after the Date', () => {
    const text = `# X\n\n**Date**: 2026-03-02\n**Severity**: P2\n\n${TIMELINE}\n## References\n\n- link\n`;
    const filled = fill(text);
    assert.match(filled, /\*\*Date\*\*: 2026-03-02 {2}\n\*\*Duration\*\*: 2 hours\n\*\*Severity\*\*: P2/);
    assert.match(filled, /\| 12:00 \| All systems operational \| Incident closed \|\n\n## Metrics\n\n\*\*Detection Time\*\*: 20 minutes {2}\n\*\*Response Time\*\*: 20 minutes {2}\n\*\*Mitigation Time\*\*: 1 hour 30 minutes {2}\n\*\*Resolution Time\*\*: 2 hours\n\n## References/);
  });

  it('adds a Duration row to a metadata table', () => {
    const text = `# X\n\n| Field | Value |\n| --- | --- |\n| Date | 2026-03-02 |\n| Severity | P2 |\n\n${TIMELINE}\n## Metrics\n\n**MTTR**: 1 hour\n`;
    const filled = fill(text);
    assert.match(filled, /\| Date \| 2026-03-02 \|\n\| Duration \| 2 hours \|\n\| Severity \| P2 \|/);
    assert.match(filled, /\*\*MTTR\*\*: 2 hours {2}\n\*\*Detection Time\*\*: 20 minutes {2}\n\*\*Response Time\*\*: 20 minutes {2}\n\*\*Mitigation Time\*\*: 1 hour 30 minutes\n$/);
  });
});
