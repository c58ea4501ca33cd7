import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { parsePostmortem } from '../../../src/core/model/parse';
import type { PostmortemDocument, Section, SectionKind } from '../../../src/core/model/types';
import { expandSnippet } from './expandSnippet';

interface Snippet {
  prefix: string;
  description: string;
  body: string | string[];
}

const snippets = JSON.parse(readFileSync('snippets/markdown.json', 'utf8')) as Record<string, Snippet>;
const byPrefix = new Map(Object.values(snippets).map((s) => [s.prefix, s]));
const bodyOf = (prefix: string) => {
  const body = byPrefix.get(prefix)?.body;
  assert.ok(body, `no snippet ${prefix}`);
  return Array.isArray(body) ? body.join('\n') : body;
};
const expand = (prefix: string, values?: Record<number, string>) => expandSnippet(bodyOf(prefix), values);

function sectionKinds(doc: PostmortemDocument): SectionKind[] {
  const kinds: SectionKind[] = [];
  const walk = (list: Section[]) => list.forEach((s) => (s.kind && kinds.push(s.kind), walk(s.children)));
  walk(doc.sections);
  return kinds;
}

const metadata = (doc: PostmortemDocument) => Object.fromEntries(doc.metadata.map((f) => [f.key, f.value]));

describe('snippets/markdown.json', () => {
  it('is valid JSON of snippets, each with a pm- prefix, a description and a body', () => {
    assert.ok(Object.keys(snippets).length >= 15);
    for (const [name, s] of Object.entries(snippets)) {
      assert.match(s.prefix, /^pm-[a-z0-9-]+$/, name);
      assert.ok(typeof s.description === 'string' && s.description.length > 10, name);
      assert.ok(typeof s.body === 'string' || (Array.isArray(s.body) && s.body.every((l) => typeof l === 'string')), name);
    }
    assert.equal(byPrefix.size, Object.keys(snippets).length, 'prefixes are unique');
  });

  it('has every body well-formed: tab stops closed, only known variables', () => {
    for (const s of Object.values(snippets)) assert.doesNotThrow(() => expand(s.prefix), s.prefix);
  });

  describe('bodies parse into the document model', () => {
    it('pm-postmortem: a whole postmortem', () => {
      const doc = parsePostmortem(expand('pm-postmortem'));
      for (const kind of ['summary', 'timeline', 'impact', 'rootCause', 'wentWell', 'wentWrong', 'actionItems', 'lessonsLearned'] as const) {
        assert.ok(sectionKinds(doc).includes(kind), kind);
      }
      assert.equal(metadata(doc).date, '2024-10-18');
      assert.equal(metadata(doc).severity, 'P0-Critical');
      assert.equal(doc.timelines.length, 1);
      // The action item is an unfilled template line until its text is written in.
      assert.equal(doc.actionItems.length, 0);
      assert.equal(parsePostmortem(expand('pm-postmortem').replace('[Action]', 'Add a staging cluster')).actionItems.length, 1);
    });

    it('pm-metadata: the incident fields', () => {
      const fields = metadata(parsePostmortem(expand('pm-metadata')));
      assert.deepEqual(
        { id: fields.incidentId, date: fields.date, severity: fields.severity, status: fields.status },
        { id: 'INC-2024-10-18-001', date: '2024-10-18', severity: 'P0-Critical', status: 'Resolved' },
      );
      assert.ok('incidentCommander' in fields && 'participants' in fields);
    });

    it('pm-timeline and pm-row: rows at the current instant, read as UTC', () => {
      const table = parsePostmortem(`**Date**: 2024-10-18\n\n## Timeline\n\n${expand('pm-timeline')}${expand('pm-row')}\n`).timelines;
      assert.equal(table.length, 1);
      assert.deepEqual(table[0].rows.map((r) => r.time?.toISOString()), ['2024-10-18T08:42:00.000Z', '2024-10-18T08:42:00.000Z']);
    });

    it('pm-row-typed: a row of a table with an event type column', () => {
      const text = `**Date**: 2024-10-18\n\n## Timeline\n\n| Time | Event Type | Description |\n| --- | --- | --- |\n${expand('pm-row-typed')}\n`;
      const [row] = parsePostmortem(text).timelines[0].rows;
      assert.equal(row.eventType, 'operator');
      assert.equal(row.time?.toISOString(), '2024-10-18T08:42:00.000Z');
    });

    it('pm-action: an open action item whose owner and due date the model reads', () => {
      const [filled] = parsePostmortem(`## Action Items\n\n${expand('pm-action', { 1: 'Platform Team', 2: '2024-10-25', 3: 'Add a staging cluster' })}\n`).actionItems;
      assert.deepEqual([filled.owner, filled.due, filled.done, filled.text], ['Platform Team', '2024-10-25', false, 'Add a staging cluster']);
      const [unfilledFields] = parsePostmortem(`## Action Items\n\n${expand('pm-action', { 3: 'Add a staging cluster' })}\n`).actionItems;
      assert.deepEqual([unfilledFields.owner, unfilledFields.due], [null, null], 'placeholders are not an owner or a date');
      assert.deepEqual(parsePostmortem(`## Action Items\n\n${expand('pm-action')}\n`).actionItems, [], 'an unfilled template line is not an item yet');
    });

    const sections: Array<[string, SectionKind[]]> = [
      ['pm-factors', ['contributingFactors']],
      ['pm-5whys', ['fiveWhys']],
      ['pm-went-well', ['wentWell', 'wentWrong']],
      ['pm-metrics', ['metrics']],
      ['pm-lessons', ['lessonsLearned']],
      ['pm-signoff', ['signOff']],
      ['pm-review-questions', ['reviewQuestions', 'rootCause', 'detection']],
    ];
    for (const [prefix, kinds] of sections) {
      it(`${prefix}: ${kinds.join(', ')}`, () => {
        const found = sectionKinds(parsePostmortem(expand(prefix)));
        for (const kind of kinds) assert.ok(found.includes(kind), `${kind} in ${found.join(', ')}`);
      });
    }

    for (const prefix of ['pm-update', 'pm-resolved']) {
      it(`${prefix}: a status message kept verbatim in a code block, not read as metadata`, () => {
        const doc = parsePostmortem(expand(prefix));
        assert.equal(doc.ast.children.length, 1);
        assert.equal(doc.ast.children[0].type, 'code');
        assert.match(expand(prefix), /^```text\n\[INCIDENT (UPDATE|RESOLVED) - 2024-10-18 10:42\+02:00\]\n/);
        assert.deepEqual(doc.metadata, []);
      });
    }

    it('pm-severity-table: a four-level table that is not mistaken for a timeline', () => {
      const doc = parsePostmortem(expand('pm-severity-table'));
      const table = doc.ast.children[0];
      assert.equal(table.type, 'table');
      assert.equal(table.type === 'table' && table.children.length, 5);
      assert.deepEqual(doc.timelines, []);
      assert.deepEqual(doc.metadata, [], 'not a metadata table either');
    });
  });
});
