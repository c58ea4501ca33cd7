// The workspace scan reads timeline tables, and plain prose in the sections that tell the incident, as blank: the action items, the summary the view shows and the verdict on
// whether a file is a postmortem must be exactly those of a full parse, on every postmortem here and on generated ones.
import assert from 'node:assert/strict';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { actionEntries } from '../../../src/core/actions/entries';
import { parseForActionScan, blankedForActionScan } from '../../../src/core/actions/scan';
import { looksLikePostmortem } from '../../../src/core/lint/detect';
import { parsePostmortem } from '../../../src/core/model/parse';

function markdownFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? markdownFiles(path) : name.endsWith('.md') ? [path] : [];
  });
}

function assertSameReading(text: string, label: string): void {
  const full = parsePostmortem(text);
  const scanned = parseForActionScan(text);
  assert.deepEqual(actionEntries('f.md', scanned), actionEntries('f.md', full), label);
  assert.equal(looksLikePostmortem(scanned), looksLikePostmortem(full), label);
}

describe('action-items scan', () => {
  it('reads every postmortem, template and fixture here as a full parse does', function () {
    this.timeout(120_000);
    const files = [...markdownFiles('test/fixtures'), ...markdownFiles('templates')];
    let blanked = 0;
    for (const file of files) {
      const text = readFileSync(file, 'utf8');
      if (blankedForActionScan(text) !== text) blanked++;
      assertSameReading(text, file);
    }
    assert.ok(blanked >= 20, `the scan leaves out a timeline in ${blanked} files`);
  });

  it('keeps every offset: the text is as long, with the same line breaks', () => {
    const text = '# Outage\n\n**Date**: 2025-03-02\n\n## Timeline\n\n| Time | Event |\n| --- | --- |\n| 10:00 | Paged |\n\n## Action Items\n\n- [ ] Add an alert (owner: Kim)\n';
    const blank = blankedForActionScan(text);
    assert.notEqual(blank, text);
    assert.equal(blank.length, text.length);
    assert.deepEqual([...blank.matchAll(/\n/gu)].map((m) => m.index), [...text.matchAll(/\n/gu)].map((m) => m.index));
    assert.match(blank, /## Action Items\n\n- \[ \] Add an alert \(owner: Kim\)\n$/u);
  });

  it('reads a table after a plain label the model takes for a sub-heading, and a line right after a table, as written', () => {
    assertSameReading('# Outage on 2025-04-01\n\n## Timeline\n\nAction Items\n\n| Task | Notes |\n| --- | --- |\n| Add a canary | soon |\n', 'plain label');
    assertSameReading('# Outage on 2025-04-01\n\n## Timeline\n\n| Time | Event |\n| --- | --- |\n| 10:00 | Paged |\nTODO: check the runbook\n', 'line after rows');
  });

  it('agrees with a full parse on generated documents that hide items, labels, fences and headings in timelines', function () {
    this.timeout(120_000);
    const pieces = fc.constantFrom(
      '## Timeline', '### Timeline', '## Action Items', '### Follow-ups', '# Action Items', '## Timeline (UTC)', '| Time | Action Taken | Owner |\n| --- | --- | --- |\n| 10:00 | Rolled back | Ana |', '## Lessons Learned', '**Action items**:', '**Date**: 2025-04-01',
      '| Time | Event |\n| --- | --- |\n| 10:00 | Paged |\n| 10:05 | Rolled back |', '| Time | Event |\n| --- | --- |\n| 10:00 | 🚨 Paged, 🔥 on the dashboard |',
      'The replica fell behind 🐢 because a migration held a lock on the orders table 🔒.', '- [ ] Add a canary (owner: Ana, due: end of March)', '- [x] Rotate the key',
      '```\n## Action Items\n- [ ] not an item\n```', 'Action Items\n------------', 'Follow-up\n=========', '- 2025-04-01 10:00 Paged',
      '<details>\n\n- [ ] Hidden item\n\n</details>', 'TODO: check the runbook', '1. Restore the backup', '---\ntitle: Outage\ndate: 2025-04-01\n---',
      '> ## Action Items', '    ## Timeline', 'All times are UTC.', '__Owner__: Kim', 'Action Items', '| Task | Notes |\n| --- | --- |\n| Add a canary | soon |',
      '| Time | Event |\n| --- | --- |\n| 10:00 | Paged |\nTODO: check the runbook',
      // Prose in the sections that tell the incident, which the scan leaves unparsed unless it may hold items.
      '## Summary', '## Root Cause', '### What went wrong', 'The replica fell behind because a migration held a lock on the orders table.',
      'The replica fell behind because a migration held a lock,\nand the failover guard did not account for lag.',
      'Action point: improve the resiliency of the fork monitor when many nodes connect.', 'We will be making several changes to make sure this does not happen again.',
      'Firstly, we will add push alerts to the fork monitor for every node.', 'The following follow-ups remain open and we will track them:',
      '- Add a lag alert on every replica (owner: Ana)', '  The replica fell behind because a migration held a lock on the orders table.',
      'Follow-ups', 'Action Items:', 'See [the dashboard](https://example.com/d) for the lag graph over the whole incident.',
      // Bare web addresses, which the scan does not read as links, with markup around and inside them.
      '- [ ] Fix the lag alert https://github.com/org/repo/issues/12 (owner: Ana)', '- [ ] Draft the runbook at https://wiki.example.com/_drafts_/lag (due: 2025-05-01)',
      '- [ ] ~~Move www.example.com/status~~ to the new page', '- [ ] Check https://x.example.com/a*b* and **www.example.com** (owner: @kim)',
      '- [ ] Mail ana_lima@example.com about https://example.com/?a=1&amp;b=2', '* Follow-up: <https://example.com/t/9> *owner: Lee*', 'Tracking issue: https://jira.example.com/browse/OPS-1.',
    );
    fc.assert(
      fc.property(fc.array(pieces, { minLength: 1, maxLength: 12 }), (parts) => assertSameReading(`# Outage on 2025-04-01\n\n${parts.join('\n\n')}\n`, parts.join(' ⏎ '))),
      { numRuns: Number(process.env.RUNS ?? 400) },
    );
  });
});
