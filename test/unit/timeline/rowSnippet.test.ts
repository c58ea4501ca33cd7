import assert from 'node:assert/strict';
import { parsePostmortem } from '../../../src/core/model/parse';
import { timelineRowSnippet } from '../../../src/core/timeline/rowSnippet';

const NOW = new Date('2026-03-02T20:51:00Z');

function rowAfter(table: string): string | null {
  const text = `# Outage\n\n**Date**: 2026-03-02\n\n## Timeline\n\n${table}\n`;
  return timelineRowSnippet(parsePostmortem(text), text.length, NOW);
}

describe('pm-row in the table\'s own style', () => {
  it('writes a time-only UTC table\'s time as HH:mm, with one tab stop per column', () => {
    assert.equal(rowAfter('| Time (UTC) | Event |\n|---|---|\n| 10:02 | Rollout started |'), '| ${1:20:51} | ${2:[What happened]} |$0');
  });

  it('keeps a date, a "UTC" suffix, and extra columns', () => {
    assert.equal(rowAfter('| Time | Event |\n|---|---|\n| 2026-03-02 10:02 | Rollout started |'), '| ${1:2026-03-02 20:51} | ${2:[What happened]} |$0');
    assert.equal(rowAfter('| Time | Event | Source |\n|---|---|---|\n| 10:02 UTC | Rollout started | deploy bot |'), '| ${1:20:51 UTC} | ${2:[What happened]} | ${3:-} |$0');
  });

  it('gives nothing away from a timeline table', () => {
    const text = '# Outage\n\n## Summary\n\nNo table here.\n';
    assert.equal(timelineRowSnippet(parsePostmortem(text), text.length, NOW), null);
  });
});
