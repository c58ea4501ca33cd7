import assert from 'node:assert/strict';
import { classifySection } from '../../../src/core/model/sectionKinds';
import { flattenSections } from '../../../src/core/model/sections';
import { parseFixture } from './fixtures';

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
    ];
    for (const [title, kind] of cases) assert.equal(classifySection(title), kind, title);
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
    ];
    for (const [title, kind] of cases) assert.equal(classifySection(title), kind, title);
  });
});
