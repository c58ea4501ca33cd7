import assert from 'node:assert/strict';
import { actionEntries } from '../../../src/core/actions/entries';
import { csvField, itemAsMarkdown, toCsv, toJson, toMarkdownTable } from '../../../src/core/actions/export';
import { parsePostmortem } from '../../../src/core/model/parse';
import { sampleEntries, TODAY } from './sample';

/** An RFC 4180 reader, to check the CSV the way an importer reads it rather than by its bytes. */
function readCsv(csv: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < csv.length; i++) {
    const c = csv[i];
    if (quoted) {
      if (c === '"' && csv[i + 1] === '"') (field += '"'), i++;
      else if (c === '"') quoted = false;
      else field += c;
    } else if (c === '"') quoted = true;
    else if (c === ',') row.push(field), (field = '');
    else if (c === '\r' && csv[i + 1] === '\n') row.push(field), rows.push(row), (row = []), (field = ''), i++;
    else field += c;
  }
  return rows;
}

describe('action item export', () => {
  it('writes CSV with the headers trackers import, one row per item, quoting commas, quotes and line breaks', () => {
    const csv = toCsv(sampleEntries());
    assert.ok(csv.endsWith('\r\n'));
    const rows = readCsv(csv);
    assert.deepEqual(rows[0], ['Summary', 'Assignee', 'Due date', 'Status', 'Labels', 'Description']);
    assert.equal(rows.length, 8);
    assert.deepEqual(rows[2], [
      'Add a connection-saturation alert, "p99" view',
      'wli',
      '2026-02-01',
      'Open',
      'postmortem INC-2026-01-10-001 P1-High',
      'From the postmortem "Checkout latency after the cache migration" (2026-01-10): postmortems/cache.md:10',
    ]);
    assert.deepEqual(rows[5].slice(0, 5), ['Cap retries per message', 'Wen Li, Tomás Ortega', '2026-03-30', 'Open', 'postmortem SEV2']);
    assert.equal(rows[6][3], 'Done');
    assert.match(csv, /^"Add a connection-saturation alert, ""p99"" view",wli,/m);
  });

  it('keeps a spreadsheet from running a field as a formula and quotes line breaks', () => {
    assert.equal(csvField('=HYPERLINK("x")'), `"'=HYPERLINK(""x"")"`);
    assert.equal(csvField('-1'), "'-1");
    assert.equal(csvField('two\nlines'), '"two\nlines"');
    assert.equal(csvField('plain'), 'plain');
  });

  it('writes JSON with the CLI fields plus overdue, ticket and the postmortem', () => {
    const records = JSON.parse(toJson(sampleEntries(), TODAY)) as Array<Record<string, unknown>>;
    assert.deepEqual(records[1], {
      file: 'postmortems/cache.md',
      line: 10,
      text: 'Add a connection-saturation alert, "p99" view',
      owner: '@wli',
      due: '2026-02-01',
      dueApproximate: false,
      done: false,
      overdue: true,
      ticket: null,
      postmortem: { title: 'Checkout latency after the cache migration', incidentId: 'INC-2026-01-10-001', severity: 'P1-High', incidentDate: '2026-01-10' },
    });
  });

  it('writes a Markdown table that escapes pipes and that the model reads back as the same action items', () => {
    const [entry] = actionEntries('a.md', parsePostmortem('# X\n\n## Action Items\n\n- [ ] Split the a|b queue (owner: Ana, due: 2026-05-01)\n'));
    const table = toMarkdownTable([entry]);
    assert.equal(table.split('\n')[2], '|  | Split the a \\| b queue | Ana | 2026-05-01 | X | a.md:5 |');
    const doc = parsePostmortem(`# Export\n\n## Action Items\n\n${table}`);
    assert.deepEqual(doc.actionItems.map((i) => [i.text, i.owner, i.due]), [[entry.item.text, 'Ana', '2026-05-01']]);
  });

  it('copies one item as a task-list line that parses back to the same text, owner, due date and state', () => {
    for (const entry of sampleEntries()) {
      const line = itemAsMarkdown(entry);
      const [back] = parsePostmortem(`## Action Items\n\n${line}\n`).actionItems;
      assert.deepEqual([back.text, back.owner, back.due, back.done], [entry.item.text, entry.item.owner, entry.item.due, entry.item.done], line);
    }
  });
});
