import assert from 'node:assert/strict';
import { parsePostmortem } from '../../../src/core/model/parse';
import type { SectionKind, Section } from '../../../src/core/model/types';
import { builtinTemplates } from '../../../src/core/templates/builtin';

function kinds(sections: Section[]): Set<SectionKind> {
  const found = new Set<SectionKind>();
  const walk = (list: Section[]) => {
    for (const s of list) {
      if (s.kind) found.add(s.kind);
      walk(s.children);
    }
  };
  walk(sections);
  return found;
}

const expectations: Record<string, { sections: SectionKind[]; timelineColumns: string[] }> = {
  gitops: {
    sections: ['summary', 'timeline', 'impact', 'rootCause', 'contributingFactors', 'wentWell', 'wentWrong', 'actionItems', 'lessonsLearned', 'metrics', 'references', 'signOff'],
    timelineColumns: ['time', 'description', 'action'],
  },
  'gds-incident-report': {
    sections: ['summary', 'impact', 'timeline', 'rootCause', 'detection', 'actionItems', 'reviewQuestions'],
    timelineColumns: ['time', 'eventType', 'description'],
  },
  short: {
    sections: ['summary', 'impact', 'timeline', 'rootCause', 'lessonsLearned', 'actionItems'],
    timelineColumns: ['time', 'description'],
  },
};

/** The headings of the GitOps seed template, in order; its closing "Notes" section is guidance, now in HTML comments. */
const GITOPS_SEED_HEADINGS = [
  '# Incident Postmortem: [Incident title]',
  '## Incident Overview', '## Executive Summary', '## What Happened?', '### Timeline', '### Impact',
  '## Why Did This Happen?', '### Root Cause Analysis', '### What Worked Well?', "### What Didn't Work?",
  '## What Are We Doing Differently?', '### Immediate Actions (Completed)', '### Short-term Actions (Next 2 Weeks)', '### Long-term Actions (Next 1-3 Months)',
  '## Lessons Learned', '### For [Team]', '### Process Improvements', '## Metrics', '## References', '## Sign-off',
];

describe('built-in templates', () => {
  it('gitops keeps the structure of the GitOps template, heading for heading', () => {
    const gitops = builtinTemplates.find((t) => t.name === 'gitops')!;
    const headings = parsePostmortem(gitops.text).ast.children.filter((n) => n.type === 'heading');
    assert.deepEqual(headings.map((h) => gitops.text.slice(h.position!.start.offset, h.position!.end.offset)), GITOPS_SEED_HEADINGS);
  });

  it('are the three documented ones, each with a label and a description', () => {
    assert.deepEqual(builtinTemplates.map((t) => t.name), Object.keys(expectations));
    for (const t of builtinTemplates) assert.ok(t.label && t.description && t.text.startsWith('# '), t.name);
  });

  for (const template of builtinTemplates) {
    describe(template.name, () => {
      const doc = parsePostmortem(template.text);
      const expected = expectations[template.name];

      it('has the metadata fields New Postmortem fills in', () => {
        const keys = doc.metadata.map((f) => f.key);
        for (const key of ['incidentId', 'date', 'severity', 'status'] as const) assert.ok(keys.includes(key), `${key} in ${keys.join(', ')}`);
      });

      it('has the sections of its source document', () => {
        const found = kinds(doc.sections);
        for (const kind of expected.sections) assert.ok(found.has(kind), `${kind} missing; found ${[...found].join(', ')}`);
      });

      it('has a timeline table the model recognises', () => {
        assert.equal(doc.timelines.length, 1);
        assert.deepEqual(doc.timelines[0].columns.map((c) => c.role), expected.timelineColumns);
      });

      it('has open action items whose owner and due date the model reads once filled in', () => {
        const filled = template.text
          .replace(/\[(Owner|Team or person)\]/g, 'Platform Team')
          .replace(/YYYY-MM-DD/g, '2024-10-25')
          .replace(/\[(Action[^\]]*)\]/g, 'Add a staging cluster');
        const open = parsePostmortem(filled).actionItems.filter((a) => !a.done);
        assert.ok(open.length > 0);
        for (const item of open) {
          assert.equal(item.owner, 'Platform Team', item.text);
          assert.equal(item.due, '2024-10-25', item.text);
        }
      });

      it('keeps its guidance and examples in HTML comments, out of the prose', () => {
        const prose = template.text.replace(/<!--[\s\S]*?-->/g, '');
        assert.ok(template.text.includes('<!--'));
        assert.doesNotMatch(prose, /\bExample\b/i);
      });
    });
  }
});
