import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseKubectlEvents } from '../../../src/core/kubectl';
import { applyFixes } from '../../../src/core/lint/fixes';
import { mergeEventsIntoTimeline } from '../../../src/core/timeline/merge';
import { parsePostmortem } from '../../../src/core/model/parse';

const output = readFileSync(join(__dirname, '../../fixtures/kubectl/real/kubectl-events.txt'), 'utf8');
const events = parseKubectlEvents(output, { capturedAt: new Date('2026-11-25T18:00:00Z') });

function merge(text: string): { text: string; added: number } {
  if (!('events' in events)) throw new Error('fixture did not parse');
  const result = mergeEventsIntoTimeline(text, events.events);
  return { text: applyFixes(text, result.edits), added: result.added };
}

describe('merging kubectl events into a timeline written as a list', () => {
  it('adds entries in time order, in the list\'s own marker and time style, and a second paste adds nothing', () => {
    const doc = '# Outage\n\n**Date**: 2026-11-25\n\n## Timeline\n\n* [17:00] Deploy started\n* [17:56] Rollback\n\n## Action Items\n\n- [ ] Add alert\n';
    const once = merge(doc);
    assert.equal(once.added, 7);
    const [list] = parsePostmortem(once.text).timelineLists;
    const times = list.entries.map((e) => e.time!.getTime());
    assert.deepEqual(times, [...times].sort((a, b) => a - b));
    assert.equal(list.entries.length, 9);
    assert.match(once.text, /^\* \[~17:39\] Normal Scheduled Pod\/checkout-7d9f8b6c5d-x2k4q: Successfully assigned/m);
    assert.ok(!once.text.includes('| Time'), 'no table is created beside the list');
    assert.equal(merge(once.text).added, 0);
  });

  it('writes new entries with the time in bold or code when the list does ("- **17:00** …", "- `17:00` …")', () => {
    for (const [mark, pattern] of [['**', /^- \*\*~17:39\*\* Normal Scheduled/m], ['`', /^- `~17:39` Normal Scheduled/m]] as const) {
      const once = merge(`# Outage\n\n**Date**: 2026-11-25\n\n## Timeline\n\n- ${mark}17:00${mark} Deploy started\n- ${mark}17:56${mark} Rollback\n`);
      assert.match(once.text, pattern);
      assert.equal(parsePostmortem(once.text).timelineLists[0].entries.length, 9);
      assert.equal(merge(once.text).added, 0);
    }
  });

  it('spells out UTC beside times written in another zone, and still dedupes after "~" times', () => {
    const doc = '# Outage\n\n## Timeline\n\n2026-11-25\n\n- 9:41 AM PST: Deploy started\n- 9:58 AM PST: Rollback\n';
    const once = merge(doc);
    assert.match(once.text, /^- ~17:39 UTC: Normal Scheduled/m);
    assert.equal(merge(once.text).added, 0);
    const plain = merge('# Outage\n\n**Date**: 2026-11-25\n\n## Timeline\n\n- 17:00 Deploy started\n- 17:50 Alerts fired\n');
    assert.equal(merge(plain.text).added, 0);
  });
});
