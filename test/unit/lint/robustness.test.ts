import assert from 'node:assert/strict';
import fc from 'fast-check';
import { parsePostmortem } from '../../../src/core/model/parse';
import { lintPostmortem } from '../../../src/core/lint/engine';
import { applyFixes } from '../../../src/core/lint/fixes';

/** Lines postmortems are made of, including broken and unfinished ones. */
const FRAGMENTS = [
  '# Incident: [Incident title]', '## Timeline', '## Action Items', '## Root Cause', '### Impact', '**Severity**: SEV-2', '**Status**: fixed',
  '**Incident Commander**: Dana Reyes', '| Time | Event |', '|---|---|', '| 10:00 | Alert fired |', '| 09:50 | Deploy started |', '| HH:MM | [Next event] |',
  '| ??? |', '- [ ] Add an alert (owner: SRE, due: 2020-01-01)', '- [ ] Be more careful', '- [x] Done thing', '1. Increase limits', '> John forgot to test the upgrade.',
  'The engineer was careless.', '```', 'human error', '<!-- postmortem-disable-next-line -->', '<!-- postmortem-disable placeholder', '-->', '---', 'title: x', '',
  '* [03-26 23:04] deploy', '    indented code', '<div>', 'Owner: [Name] — Due: YYYY-MM-DD', 'Cost: $X,XXX', '\\*escaped\\* &amp; entity', '- Ünïcødé 🚨 [Name]',
];

describe('lint robustness (property)', () => {
  it('never fails a rule, keeps ranges inside the text, and applies its fixes cleanly on any mix of postmortem lines', () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...FRAGMENTS), { maxLength: 40 }), fc.constantFrom('\n', '\r\n'), (lines, eol) => {
        const text = lines.join(eol);
        const findings = lintPostmortem(parsePostmortem(text), { now: new Date('2024-11-15T12:00:00Z') });
        for (const finding of findings) {
          assert.doesNotMatch(finding.message, /rule failed/);
          assert.ok(finding.range.start >= 0 && finding.range.start <= finding.range.end && finding.range.end <= text.length, JSON.stringify(finding));
          for (const edit of [finding.fix?.edit, ...(finding.suggestions ?? []).map((s) => s.edit)]) {
            if (edit) assert.ok(edit.start >= 0 && edit.start <= edit.end && edit.end <= text.length, JSON.stringify(edit));
          }
        }
        const fixed = applyFixes(text, findings.flatMap((f) => (f.fix ? [f.fix.edit] : [])));
        parsePostmortem(fixed);
      }),
      { numRuns: 200 },
    );
  });
});
