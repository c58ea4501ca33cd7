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
