import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { parsePostmortem } from '../../../src/core/model/parse';
import type { MetadataKey, PostmortemDocument } from '../../../src/core/model/types';
import { builtinTemplates } from '../../../src/core/templates/builtin';
import { createPostmortem } from '../../../src/core/templates/create';
import { fillTemplate } from '../../../src/core/templates/fill';
import { findTemplate, mergeTemplates, workspaceTemplate } from '../../../src/core/templates/template';

const fixture = (name: string) => readFileSync(`test/fixtures/templates/${name}`, 'utf8');
const builtin = (name: string) => findTemplate([...builtinTemplates], name)!;
const value = (doc: PostmortemDocument, key: MetadataKey) => doc.metadata.find((f) => f.key === key)?.value;
const fields = { title: 'Kubernetes upgrade blocked deployments', incidentId: 'INC-2024-10-18-001', date: '2024-10-18', severity: 'P1-High', status: 'Resolved' };

describe('filling in a template', () => {
  for (const name of ['gitops', 'gds-incident-report', 'short']) {
    it(`${name}: writes the title, incident id, date, severity and status`, () => {
      const doc = parsePostmortem(fillTemplate(builtin(name).text, fields).text);
      assert.equal(value(doc, 'incidentId'), 'INC-2024-10-18-001');
      assert.equal(value(doc, 'date'), '2024-10-18');
      assert.equal(value(doc, 'severity'), 'P1-High');
      assert.equal(value(doc, 'status'), 'Resolved');
      assert.equal(doc.incidentDate, '2024-10-18');
      assert.match(doc.sections[0].title, /Kubernetes upgrade blocked deployments$/);
    });
  }

  it('keeps a heading prefix around the title placeholder', () => {
    const { text } = fillTemplate(builtin('gds-incident-report').text, fields);
    assert.ok(text.startsWith('# Incident Report: Kubernetes upgrade blocked deployments\n'));
  });

  it('fills only the first field of a kind: the retro table keeps its own date', () => {
    const { text } = fillTemplate(builtin('gds-incident-report').text, fields);
    assert.match(text, /\| Retro date \| YYYY-MM-DD \|/);
    assert.match(text, /\| Date \| 2024-10-18 \|/);
  });

  it('points at the first placeholder left, past the filled metadata', () => {
    const { text, firstPlaceholder } = fillTemplate(builtin('gitops').text, fields);
    assert.ok(firstPlaceholder);
    assert.equal(text.slice(firstPlaceholder.start, firstPlaceholder.end), 'HH:MM');
    assert.match(text.slice(0, firstPlaceholder.start), /\*\*Duration\*\*: $/);
  });

  it('never points into an HTML comment', () => {
    const { text, firstPlaceholder } = fillTemplate(builtin('short').text, fields);
    const before = text.slice(0, firstPlaceholder!.start);
    assert.equal(before.lastIndexOf('<!--') < before.lastIndexOf('-->'), true);
  });

  it('leaves the severity placeholder when no severity is given', () => {
    const { text } = fillTemplate(builtin('gitops').text, { ...fields, severity: undefined });
    assert.match(text, /\*\*Severity\*\*: \[P0-Critical \| P1-High \| P2-Medium \| P3-Low\]/);
  });

  it('writes front matter values as valid YAML, quoting where needed', () => {
    const { text } = fillTemplate(fixture('front-matter.md'), { ...fields, title: 'DNS: resolver outage', severity: 'SEV2 (High)' });
    const doc = parsePostmortem(text);
    assert.equal(doc.frontMatter?.error, null);
    assert.equal(doc.frontMatter?.data?.title, 'DNS: resolver outage');
    assert.equal(doc.frontMatter?.data?.severity, 'SEV2 (High)');
    assert.equal(value(doc, 'incidentId'), 'INC-2024-10-18-001');
    assert.equal(value(doc, 'status'), 'Resolved');
    assert.doesNotMatch(text, /^# /m, 'the title lives in the front matter; no heading is added');
  });

  it('adds a heading to a template that has neither a heading nor a title field', () => {
    const { text } = fillTemplate(fixture('no-heading.md'), fields);
    assert.ok(text.startsWith('# Kubernetes upgrade blocked deployments\n\n**Incident ID**: INC-2024-10-18-001'));
  });

  it('escapes a pipe written into a table cell', () => {
    const template = workspaceTemplate('table.md', '# [Title]\n\n| Title | [Title] |\n| --- | --- |\n| Date | YYYY-MM-DD |\n');
    const { text } = fillTemplate(template.text, { ...fields, title: 'API | gateway down' });
    const doc = parsePostmortem(text);
    assert.equal(value(doc, 'date'), '2024-10-18');
    assert.match(text, /\| Title \| API \\\| gateway down \|/);
  });
});

describe('workspace templates', () => {
  it('come first, and replace a built-in template of the same name', () => {
    const mine = workspaceTemplate('gitops.md', '# [Incident title]\n');
    const merged = mergeTemplates([mine, workspaceTemplate('team.md', '# Team\n')], [...builtinTemplates]);
    assert.deepEqual(merged.map((t) => `${t.source}:${t.name}`), ['workspace:gitops', 'workspace:team', 'builtin:gds-incident-report', 'builtin:short']);
    assert.equal(findTemplate(merged, 'GitOps.md'), mine);
  });
});

describe('creating a postmortem', () => {
  it('numbers incidents of the same day and never reuses a file name', () => {
    const request = { title: 'Checkout latency', date: '2024-10-18', template: builtin('short'), existingFileNames: [] as string[], existingTexts: [] as string[] };
    const first = createPostmortem(request);
    const second = createPostmortem({ ...request, existingFileNames: [first.fileName], existingTexts: [first.text] });
    assert.equal(first.fileName, '2024-10-18-checkout-latency.md');
    assert.equal(first.incidentId, 'INC-2024-10-18-001');
    assert.equal(second.fileName, '2024-10-18-checkout-latency-2.md');
    assert.equal(second.incidentId, 'INC-2024-10-18-002');
  });
});
