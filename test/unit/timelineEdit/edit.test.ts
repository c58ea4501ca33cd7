import assert from 'node:assert/strict';
import { applyFixes } from '../../../src/core/lint/fixes';
import { parsePostmortem } from '../../../src/core/model/parse';
import { editableTimelines, editTimeline, type TimelineEditOperation } from '../../../src/core/timelineEdit';

function edit(text: string, operation: TimelineEditOperation, index = 0): string {
  return applyFixes(text, editTimeline(parsePostmortem(text), index, operation));
}

const TABLE = '# Outage\n\n## Timeline\n\n| Time | Event | Type |\n|---|---|---|\n| 10:00 | Alert fired | `automated` |\n| 10:05 | Paged | operator |\n| 10:02 | Deploy | comms |\n\n## Root cause\n\nText.\n';
const ALIGNED = '## Timeline\n\n| Time  | Event        |\n| ----- | ------------ |\n| 10:00 | Alert fired  |\n| 10:05 | Paged        |\n';

describe('timeline edits', () => {
  it('reads a table as cells with pipes and line breaks decoded', () => {
    const [timeline] = editableTimelines(parsePostmortem('## Timeline\n\n| Time | Event |\n|---|---|\n| 10:00 | a \\| b<br>c |\n|10:01|d|\n'));
    assert.deepEqual(timeline.rows.map((r) => r.cells), [['10:00', 'a | b\nc'], ['10:01', 'd']]);
  });

  it('sets a cell by rewriting only that cell, escaping pipes and turning line breaks into <br>', () => {
    const after = edit(TABLE, { type: 'setCell', row: 1, column: 1, value: 'Paged | on-call\nacknowledged' });
    assert.equal(after, TABLE.replace('| Paged |', '| Paged \\| on-call<br>acknowledged |'));
  });

  it('keeps the edited row of an aligned table aligned, counting wide characters as two columns', () => {
    assert.equal(edit(ALIGNED, { type: 'setCell', row: 1, column: 1, value: 'Rollback' }), ALIGNED.replace('| Paged        |', '| Rollback     |'));
    assert.equal(edit(ALIGNED, { type: 'setCell', row: 1, column: 1, value: '回滚完成' }), ALIGNED.replace('| Paged        |', '| 回滚完成     |'));
    assert.equal(edit(ALIGNED, { type: 'appendRow' }), `${ALIGNED}| 10:05 |              |\n`);
  });

  it('inserts, duplicates and deletes rows next to the one named, leaving every other line alone', () => {
    assert.equal(edit(TABLE, { type: 'insertRow', row: 0, where: 'above' }), TABLE.replace('| 10:00 | Alert', '| 10:00 |  |  |\n| 10:00 | Alert'));
    assert.equal(edit(TABLE, { type: 'insertRow', row: 2, where: 'below' }), TABLE.replace('| comms |\n', '| comms |\n| 10:02 |  |  |\n'));
    assert.equal(edit(TABLE, { type: 'duplicateRow', row: 1 }), TABLE.replace('| Paged | operator |\n', '| Paged | operator |\n| 10:05 | Paged | operator |\n'));
    assert.equal(edit(TABLE, { type: 'deleteRow', row: 2 }), TABLE.replace('| 10:02 | Deploy | comms |\n', ''));
    const single = '## Timeline\n\n| Time | Event |\n|---|---|\n| 10:00 | a |\n';
    const emptied = edit(single, { type: 'deleteRow', row: 0 });
    assert.equal(emptied, '## Timeline\n\n| Time | Event |\n|---|---|\n');
    assert.equal(edit(emptied, { type: 'appendRow' }), '## Timeline\n\n| Time | Event |\n|---|---|\n|  |  |\n');
  });

  it('moves a row and sorts by time as one edit over the rows that move', () => {
    const moved = editTimeline(parsePostmortem(TABLE), 0, { type: 'moveRow', row: 2, direction: 'up' });
    assert.equal(moved.length, 1);
    assert.equal(applyFixes(TABLE, moved), TABLE.replace('| 10:05 | Paged | operator |\n| 10:02 | Deploy | comms |', '| 10:02 | Deploy | comms |\n| 10:05 | Paged | operator |'));
    assert.deepEqual(editTimeline(parsePostmortem(TABLE), 0, { type: 'moveRow', row: 0, direction: 'up' }), []);
    const sorted = editTimeline(parsePostmortem(TABLE), 0, { type: 'sortByTime' });
    assert.equal(sorted.length, 1);
    assert.equal(applyFixes(TABLE, sorted), applyFixes(TABLE, moved));
  });

  it('keeps rows in a block quote inside the quote', () => {
    const quoted = '## Timeline\n\n> | Time | Event |\n> |---|---|\n> | 10:00 | a |\n';
    assert.equal(edit(quoted, { type: 'insertRow', row: 0, where: 'below' }), `${quoted}> | 10:00 |  |\n`);
  });

  it('edits a list timeline as a list: bullet, brackets and loose spacing kept', () => {
    const list = '## Timeline\n\n* [10:00] Alert fired\n\n* [10:05] Paged\n  the on-call\n\n* [09:58] Deploy\n';
    const [timeline] = editableTimelines(parsePostmortem(list));
    assert.equal(timeline.kind, 'list');
    assert.deepEqual(timeline.rows.map((r) => r.cells), [['10:00', 'Alert fired'], ['10:05', 'Paged\nthe on-call'], ['09:58', 'Deploy']]);
    assert.equal(edit(list, { type: 'setCell', row: 1, column: 1, value: 'Paged\nagain' }), list.replace('Paged\n  the on-call', 'Paged\n  again'));
    assert.equal(edit(list, { type: 'setCell', row: 0, column: 0, value: '10:01' }), list.replace('[10:00]', '[10:01]'));
    assert.equal(edit(list, { type: 'insertRow', row: 0, where: 'below' }), list.replace('Alert fired\n\n', 'Alert fired\n\n* [10:00]\n\n'));
    assert.equal(edit(list, { type: 'sortByTime' }), '## Timeline\n\n* [09:58] Deploy\n\n* [10:00] Alert fired\n\n* [10:05] Paged\n  the on-call\n');
    assert.equal(edit(list, { type: 'deleteRow', row: 1 }), '## Timeline\n\n* [10:00] Alert fired\n\n* [09:58] Deploy\n');
  });

  it('edits a list whose times are in bold or code ("- **10:00** …", "- `10:00` …"), the closing marks kept with the time', () => {
    for (const mark of ['**', '`']) {
      const list = `## Timeline\n\n- ${mark}10:00${mark} Alert fired\n- ${mark}10:05${mark} Paged\n`;
      assert.deepEqual(editableTimelines(parsePostmortem(list))[0].rows.map((r) => r.cells), [['10:00', 'Alert fired'], ['10:05', 'Paged']], mark);
      assert.equal(edit(list, { type: 'setCell', row: 1, column: 1, value: 'Paged again' }), list.replace('Paged', 'Paged again'));
      assert.equal(edit(list, { type: 'insertRow', row: 1, where: 'below' }), `${list}- ${mark}10:05${mark}\n`);
    }
  });

  it('gives a new list entry the time style and separator of the entry it is added next to', () => {
    const list = '## Timeline\n\n- 10:00 - Alert fired\n- 10:05 - Paged\n';
    const added = edit(list, { type: 'insertRow', row: 1, where: 'below' });
    assert.equal(edit(added, { type: 'setCell', row: 2, column: 1, value: 'Rolled back' }), `${list}- 10:05 - Rolled back\n`);
  });

  it('edits a heading-per-entry timeline', () => {
    const headings = '## Timeline\n\n### 2021-06-28 13:59\n\nAlert fired.\n\n### 2021-06-28 14:10\n\nPaged.\n\n## Root cause\n';
    assert.deepEqual(editableTimelines(parsePostmortem(headings))[0].rows.map((r) => r.cells), [['2021-06-28 13:59', 'Alert fired.'], ['2021-06-28 14:10', 'Paged.']]);
    assert.equal(edit(headings, { type: 'setCell', row: 1, column: 1, value: 'Paged the on-call.' }), headings.replace('Paged.', 'Paged the on-call.'));
    assert.equal(edit(headings, { type: 'moveRow', row: 0, direction: 'down' }), '## Timeline\n\n### 2021-06-28 14:10\n\nPaged.\n\n### 2021-06-28 13:59\n\nAlert fired.\n\n## Root cause\n');
  });

  it('converts a list to a table, keeping items without a time as rows', () => {
    const list = '## Timeline\n\n- 10:00 Alert | fired\n- (unknown) something\n- 10:05 Paged\n\nAfter.\n';
    assert.equal(edit(list, { type: 'convertToTable' }), '## Timeline\n\n| Time | Event |\n| --- | --- |\n| 10:00 | Alert \\| fired |\n|  | (unknown) something |\n| 10:05 | Paged |\n\nAfter.\n');
  });

  it('formats a table: borders aligned with wide characters counted double, alignment colons kept, only changed lines edited', () => {
    const table = '## Timeline\n\n| Time | Event | Type |\n|:---|---|--:|\n| 10:00 | 数据库故障 🔥 | `automated` |\n| 10:05 | a \\| b |\n';
    const edits = editTimeline(parsePostmortem(table), 0, { type: 'formatTable' });
    assert.equal(applyFixes(table, edits), [
      '## Timeline',
      '',
      '| Time  | Event         | Type        |',
      '| :---- | ------------- | ----------: |',
      '| 10:00 | 数据库故障 🔥 | `automated` |',
      '| 10:05 | a \\| b        |             |',
      '',
    ].join('\n'));
    const formatted = applyFixes(table, edits);
    assert.deepEqual(editTimeline(parsePostmortem(formatted), 0, { type: 'formatTable' }), [], 'formatting twice changes nothing');
    assert.deepEqual(editableTimelines(parsePostmortem(formatted))[0].rows.map((r) => r.cells), editableTimelines(parsePostmortem(table))[0].rows.map((r) => r.cells));
  });

  it('rejects an operation on a row or timeline that is not there', () => {
    assert.throws(() => editTimeline(parsePostmortem(TABLE), 0, { type: 'deleteRow', row: 3 }), /row 4 is not in the timeline/);
    assert.throws(() => editTimeline(parsePostmortem(TABLE), 1, { type: 'sortByTime' }), /timeline 2 is not in the document/);
  });
});
