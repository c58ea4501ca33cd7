import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parsePostmortem } from '../../../src/core/model/parse';
import { lintPostmortem } from '../../../src/core/lint/engine';

const fixture = (name: string) => readFileSync(join(__dirname, '..', '..', 'fixtures', 'lint', 'required-sections', name), 'utf8');

describe('required-sections on documents written elsewhere', () => {
  it('offers stating the impact in the summary when neither says who or what was affected', () => {
    const findings = lintPostmortem(parsePostmortem(fixture('summary-without-impact.md'))).filter((f) => f.ruleId === 'required-sections');
    assert.equal(findings.length, 1);
    assert.match(findings[0].message, /no Impact section and its summary does not say who or what was affected: add a "## Impact" section, or state the impact in the summary/);
  });

  it('offers saying what caused it in the summary when no section, summary or "What went wrong" list says why it happened', () => {
    const text = '# Search degraded\n\n**Impact:** For 47 minutes, 12% of search requests failed.\n\n## Summary\n\nA reindex started while a node was being drained. The cluster lost quorum and requests timed out.\n\n## Timeline\n\n- 14:06 Alert fires\n- 14:53 Resolved\n\n## Actionables\n\n- Skip reindex runs while a node drains\n';
    const findings = lintPostmortem(parsePostmortem(text)).filter((f) => f.ruleId === 'required-sections');
    assert.deepEqual(findings.map((f) => f.message), ['The postmortem has no Root Cause section and neither its summary nor a "What went wrong" list says why it happened: add a "## Root Cause" section, or say what caused it in the summary (or turn this requirement off in the configuration).']);
  });

  it('reads the cause a post tells anywhere under "What happened", not only in its opening paragraph', () => {
    const text = '# The morning our sync engine ate your notes\n\nFor about 40 minutes our sync server overwrote new edits with stale copies for 1,400 users.\n\n## What happened\n\nTwo weeks ago we started rolling out sync v3, with a backfill behind a flag.\n\nThe backfill had a bug: it read each note from a replica a few minutes behind and wrote the result to the primary.\n\n## Timeline\n\n- 09:02 Deploy finishes\n- 09:41 Flag off\n\n## What we\'re changing\n\n1. Default data flags to off (owner: Dana)\n';
    assert.deepEqual(lintPostmortem(parsePostmortem(text)).filter((f) => f.ruleId === 'required-sections').map((f) => f.message), []);
  });

  it('reads a panel titled in bold on a line of its own as the section it names, and "returned 500s" as impact', () => {
    const text = '# CI uploads failing\n\n> **Summary**\n> Between 09:52 and 11:31 UTC CI pipelines failed because the database reached its storage quota.\n\n## Impact\n\nAbout 3,900 pipeline runs failed.\n\n## Root cause\n\nThe retention job failed silently.\n\n## Timeline\n\n- 09:52 Database read-only\n- 11:31 Resolved\n\n## Action items\n\n- [ ] Alert at 80% (owner: @kofi, due: 2026-05-02)\n';
    assert.deepEqual(lintPostmortem(parsePostmortem(text)).filter((f) => f.ruleId === 'required-sections').map((f) => f.message), []);
    const tldr = '# checkout 500s\n\n## TL;DR\n\ncheckout returned 500s for about 50 min. the pool defaulted to 5 connections.\n\n## why\n\nthe pool was too small.\n\n## timeline\n\n- 15:40 first 500s\n- 16:31 revert deployed\n\n## todo\n\n- [ ] @mira: bump the pool size\n';
    assert.deepEqual(lintPostmortem(parsePostmortem(tldr)).filter((f) => f.ruleId === 'required-sections').map((f) => f.message), []);
  });

  it('reads an overview that gives the share of requests failing, or the status codes returned, as stating the impact', () => {
    const body = '\n\n## Timeline\n\n| Time | Event |\n|---|---|\n| 09:12 | Monitor triggers |\n\n## Root Cause\n\nA pool limit leaked from staging.\n\n## Action Items\n\n- [ ] Split the templates (owner: @dp, due: 2026-10-16)\n';
    for (const overview of ['For 95 minutes, roughly 12% of requests through the API gateway returned 502 or 503.', 'The gateway returned 503 for an hour and a half.', 'Gateway 5xx rates rose to a tenth for an hour.', 'New documents stopped appearing in search for three hours. Existing results were unaffected.']) {
      const findings = lintPostmortem(parsePostmortem(`# Gateway\n\n## Overview\n\n${overview}${body}`)).filter((f) => f.ruleId === 'required-sections');
      assert.deepEqual(findings.map((f) => f.message), [], overview);
    }
    const silent = lintPostmortem(parsePostmortem(`# Gateway\n\n## Overview\n\nA pool limit changed in a config rollout.${body}`)).filter((f) => f.ruleId === 'required-sections');
    assert.equal(silent.length, 1, 'an overview that says nothing of what was affected still asks for Impact');
  });
});
