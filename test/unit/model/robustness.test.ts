import assert from 'node:assert/strict';
import fc from 'fast-check';
import { parsePostmortem } from '../../../src/core/model/parse';
import { flattenSections } from '../../../src/core/model/sections';
import type { PostmortemDocument, TextRange } from '../../../src/core/model/types';
import { fixture } from './fixtures';

function ranges(doc: PostmortemDocument): TextRange[] {
  return [
    ...doc.metadata.flatMap((f) => [f.range, f.valueRange]),
    ...flattenSections(doc.sections).flatMap((s) => [s.range, s.headingRange, s.contentRange]),
    ...doc.timelines.flatMap((t) => [t.range, ...t.rows.flatMap((r) => [r.range, ...r.cells.map((c) => c.range)])]),
    ...doc.actionItems.flatMap((a) => [a.range, ...(a.ownerRange ? [a.ownerRange] : []), ...(a.dueRange ? [a.dueRange] : [])]),
  ];
}

/** Lines that look like postmortem Markdown, so random documents reach the interesting code paths. */
const markdownLine = fc.oneof(
  fc.constantFrom('## Timeline', '## Action Items', '### Follow-ups', '**Action Items**:', '---', '', '| Time | Event |', '|---|---|', '```', '<!-- x -->'),
  fc.tuple(fc.constantFrom('**Date**: ', '**Owner**: ', '- [ ] ', '- [x] ', '1. ', '| ', '* ', '> '), fc.string({ maxLength: 40 })).map(([a, b]) => a + b),
  fc.tuple(fc.constantFrom('10:00', '0730', '23:59 UTC', '2026-01-02 03:04', '99:99', '[???]'), fc.string({ maxLength: 20 })).map(([t, s]) => `| ${t} | ${s} |`),
  fc.string({ maxLength: 60 }),
);

describe('model robustness', () => {
  it('never throws, and every range lies inside the text, for arbitrary Markdown-like input', () => {
    fc.assert(
      fc.property(fc.array(markdownLine, { maxLength: 40 }), (lines) => {
        const text = lines.join('\n');
        const doc = parsePostmortem(text);
        for (const r of ranges(doc)) {
          assert.ok(r.start >= 0 && r.start <= r.end && r.end <= text.length, `range ${r.start}-${r.end} outside 0-${text.length}`);
        }
      }),
      { numRuns: 300 },
    );
  });

  it('never throws on arbitrary text', () => {
    fc.assert(fc.property(fc.string({ maxLength: 400 }), (text) => void parsePostmortem(text)), { numRuns: 300 });
  });

  it('reads a document with Windows line endings like one with Unix line endings', () => {
    const unix = parsePostmortem(fixture('gitops-shape.md'));
    const windows = parsePostmortem(fixture('gitops-shape.md').replace(/\n/g, '\r\n'));
    assert.deepEqual(
      windows.actionItems.map((i) => [i.text, i.owner, i.due, i.done]),
      unix.actionItems.map((i) => [i.text, i.owner, i.due, i.done]),
    );
    assert.deepEqual(windows.timelines[0].rows.map((r) => r.time?.toISOString()), unix.timelines[0].rows.map((r) => r.time?.toISOString()));
  });
});
