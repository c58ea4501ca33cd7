// Placeholders found in a fourth set of published postmortems (test/fixtures/real-world-2), on examples written here.
import assert from 'node:assert/strict';
import { parsePostmortem } from '../../../src/core/model/parse';
import { lintPostmortem } from '../../../src/core/lint/engine';

const placeholders = (text: string) => lintPostmortem(parsePostmortem(text)).filter((f) => f.ruleId === 'placeholder').map((f) => f.actual);

describe('placeholders left in reports', () => {
  it("finds a title left as the template's capitalised prompt, not a real title in capitals", () => {
    assert.deepEqual(placeholders('# INCIDENT TITLE\nA login was blocked.\n'), ['INCIDENT TITLE']);
    assert.deepEqual(placeholders('# ISSUE NAME\nA login was blocked.\n'), ['ISSUE NAME']);
    for (const title of ['# DNS OUTAGE', '# Renaming the NAME column', '## Service name']) assert.deepEqual(placeholders(`${title}\nA login was blocked.\n`), [], title);
  });

  it('finds a time written as X after a date in a timeline, not an X that is a name', () => {
    assert.deepEqual(placeholders('# Bug\n\n## Timeline\n\n- 2022-02-02 1625: report received\n- 2022-02-02 X: the reporter wrote again on chat\n'), ['X']);
    assert.deepEqual(placeholders('# Bug\n\n## Timeline\n\n- 2022-02-02 1625: the X team paged us\n- 2022-02-02 X-ray scans resumed\n'), []);
  });
});

describe('owner and due cells of an action table', () => {
  it('quotes and underlines what a cell holds, without its pipes, and reads an empty cell as no value', () => {
    const text = '# Outage\n\n## Action Items\n\n| Action | Owner | Due |\n| --- | --- | --- |\n| Add a canary | TODO | <date> |\n| Fix alerting | @ana | TBC |\n| Rotate keys | | |\n';
    const findings = lintPostmortem(parsePostmortem(text), { now: new Date('2026-01-01T00:00:00Z') }).filter((f) => f.ruleId.startsWith('action-item'));
    assert.deepEqual(findings.map((f) => [f.message, text.slice(f.range.start, f.range.end)]), [
      ['Action item owner is still "TODO": name the person or team who will do it.', 'TODO'],
      ['Action item due date is still "<date>": set the date it should be done by (YYYY-MM-DD).', '<date>'],
      ['Action item due date is still "TBC": set the date it should be done by (YYYY-MM-DD).', 'TBC'],
      ['Action item has no due date: add the date it should be done by ("due: YYYY-MM-DD").', '| Rotate keys | | |'],
      ['Action item has no owner: name the person or team who will do it (e.g. "owner: Platform Team").', '| Rotate keys | | |'],
    ]);
  });
});
