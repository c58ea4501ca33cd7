import assert from 'node:assert/strict';
import fc from 'fast-check';
import { parseMarkdown } from '../../../src/core/markdown/parse';
import { classifySection } from '../../../src/core/model/sectionKinds';
import { buildSections, flattenSections, sectionLocator } from '../../../src/core/model/sections';
import { parseFixture } from './fixtures';
import { parsePostmortem } from '../../../src/core/model/parse';

describe('sections', () => {
  it('recognises section kinds from the names postmortems use', () => {
    const cases: Array<[string, string | null]> = [
      ['Executive Summary', 'summary'],
      ['What Happened?', 'timeline'],
      ['Timeline of events', 'timeline'],
      ['Why Did This Happen?', 'rootCause'],
      ['Root Cause Analysis', 'rootCause'],
      ['Contributing Factors', 'contributingFactors'],
      ['What Went Well', 'wentWell'],
      ["What Didn't Work?", 'wentWrong'],
      ['What Are We Doing Differently?', 'actionItems'],
      ['Corrective and Preventative Measures', 'actionItems'],
      ['Follow-ups', 'actionItems'],
      ['Actions', 'actionItems'],
      ["What we're doing about it", 'actionItems'],
      ['Actions Taken', null],
      ['Lessons Learned', 'lessonsLearned'],
      ['5 Whys', 'fiveWhys'],
      ['Sign-off', 'signOff'],
      ['Attendees', 'participants'],
      ['1. Impact', 'impact'],
      ['Troubleshooting FAQ', null],
      // GitLab's incident review template asks how the root cause was found and what triggered the incident here.
      ['Post Incident Analysis', 'rootCause'],
      ['Post-incident analysis', 'rootCause'],
      ['Incident Response Analysis', null],
      // Azure's post-incident reviews: the response told as a timeline, and what will make a recurrence less likely.
      ['How did we respond?', 'timeline'],
      ['How are we making incidents like this less likely or less impactful?', 'actionItems'],
      ['How can customers make incidents like this less impactful?', null],
      ['RCA', 'rootCause'],
      ['Analysis', 'rootCause'],
      ['What can be improved?', 'wentWrong'],
      ['Blast radius', 'impact'],
      ['Affected services', 'impact'],
      ['How we fixed it', 'resolution'],
      ['Problem statement', 'summary'],
    ];
    for (const [title, kind] of cases) assert.equal(classifySection(title), kind, title);
  });

  it('reads "Follow-up Questions" as questions for the review, whose list is no action items', () => {
    const doc = parsePostmortem('# Gateway\n\n## Action Items\n\n- [ ] Split the templates (owner: @dp)\n\n## Follow-up Questions\n\n- Why did the staging override not show in the preview?\n- Should rollouts pause on a rising 5xx rate?\n');
    assert.equal(doc.sections[0].children[1].kind, 'reviewQuestions');
    assert.deepEqual(doc.actionItems.map((item) => item.text), ['Split the templates']);
    assert.equal(classifySection('Follow-ups'), 'actionItems', 'follow-ups alone are still work');
  });

  it('builds the heading tree with ranges, children inheriting their parent kind', () => {
    const doc = parseFixture('gitops-shape.md');
    const all = flattenSections(doc.sections);
    const shortTerm = all.find((s) => s.title.startsWith('Short-term Actions'))!;
    assert.equal(shortTerm.effectiveKind, 'actionItems');
    assert.equal(doc.text.slice(shortTerm.headingRange.start, shortTerm.headingRange.end), '### Short-term Actions (Next 2 Weeks)');
    assert.ok(doc.text.slice(shortTerm.contentRange.start, shortTerm.contentRange.end).includes('Rotate DNS credentials'));
    assert.ok(!doc.text.slice(shortTerm.range.start, shortTerm.range.end).includes('Long-term'));
    const happened = all.find((s) => s.title === 'What Happened?')!;
    assert.deepEqual(happened.children.map((c) => c.title), ['Timeline', 'Impact']);
    const improvements = all.find((s) => s.title === 'Process Improvements')!;
    assert.equal(improvements.effectiveKind, 'lessonsLearned');
  });

  it('treats a bold "**Action Items**:" line as a section heading', () => {
    const doc = parseFixture('short-form-shape.md');
    const pseudo = flattenSections(doc.sections).filter((s) => s.pseudo).map((s) => [s.title, s.kind]);
    assert.deepEqual(pseudo, [['Lessons Learned', 'lessonsLearned'], ['Action Items', 'actionItems']]);
  });
});

describe('section names from documents written elsewhere', () => {
  it('recognises them', () => {
    const cases: Array<[string, string | null]> = [
      ['Resulting Action(s)', 'actionItems'],
      ['Remediations', 'actionItems'],
      ['Remediation(s)', 'actionItems'],
      ['Follow-up', 'actionItems'],
      ['How this happened', 'rootCause'],
      ['Root Causes', 'rootCause'],
      ['Lessons', 'lessonsLearned'],
      ['Background', 'summary'],
      ["What we're doing", 'actionItems'],
      ['What we are doing next', 'actionItems'],
      ['Zeitablauf', 'timeline'],
      ['Chronik', 'timeline'],
      ['Why', 'rootCause'],
      ['What we are doing differently', 'actionItems'],
      ['What the customer was doing', null],
    ];
    for (const [title, kind] of cases) assert.equal(classifySection(title), kind, title);
  });
});

describe('the section at an offset (sectionLocator)', () => {
  // Headings of every depth, bold pseudo-headings and text between them, in any order.
  const LINES = ['# Title', '## Summary', '### Detail', '#### Deeper', '## Timeline', '**Impact**', 'Some text.', '- item', '', '| a | b |\n|---|---|\n| 1 | 2 |'];
  const documents = fc.array(fc.constantFrom(...LINES), { minLength: 1, maxLength: 30 }).map((lines) => lines.join('\n\n'));

  it('finds the innermost section holding each offset, as a reading of every section would', () => {
    fc.assert(
      fc.property(documents, (text) => {
        const sections = buildSections(parseMarkdown(text), text.length);
        const locate = sectionLocator(sections);
        const all = flattenSections(sections);
        for (let offset = -1; offset <= text.length + 1; offset++) {
          // The innermost: of the sections holding the offset, the one that starts last (sections nest, never overlap).
          const holding = all.filter((s) => offset >= s.range.start && offset < s.range.end);
          const innermost = holding.reduce<(typeof all)[number] | null>((best, s) => (best === null || s.range.start >= best.range.start ? s : best), null);
          assert.equal(locate(offset), innermost, `offset ${offset} of ${JSON.stringify(text)}`);
        }
      }),
      { numRuns: 300 },
    );
  });
});
