// Shapes other tools export postmortems in, read end to end: a Google Docs download (bold lines for headings, a
// timeline of "**10:42** – …" lines in CET), an engineer's terse notes (Zulu clocks "0314z", "AI:" lines in one
// paragraph, one of them dropped), a retrospective export with a roster of roles, a blog post dated after its incident
// that tells its timeline in prose in Eastern Time. Each was written blind by someone who had not seen this code and
// annotated before it was run (docs/real-postmortems.md, "Exports, terse notes and blog posts").
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { lintPostmortem } from '../../../src/core/lint/engine';
import { findMoments } from '../../../src/core/metrics';
import { parsePostmortem } from '../../../src/core/model/parse';

const fixture = (name: string, folder = 'exports') => parsePostmortem(readFileSync(join(__dirname, '../../fixtures', folder, name), 'utf8'));
/** The lines the blaming-language rule reports on. */
const blamedLines = (name: string, folder = 'exports') => {
  const doc = fixture(name, folder);
  const lines = lintPostmortem(doc, { now: new Date('2026-12-01T00:00:00Z') })
    .filter((f) => f.ruleId === 'blaming-language')
    .map((f) => doc.text.slice(0, f.range.start).split('\n').length);
  return [...new Set(lines)];
};
const placeholders = (name: string) => {
  const doc = fixture(name);
  return lintPostmortem(doc, { now: new Date('2026-12-01T00:00:00Z') })
    .filter((f) => f.ruleId === 'placeholder')
    .map((f) => doc.text.slice(f.range.start, f.range.end));
};
const moments = (name: string) => {
  const found = findMoments(fixture(name));
  return Object.fromEntries((['started', 'detected', 'acknowledged', 'mitigated', 'resolved'] as const).map((k) => [k, found[k]?.time.toISOString().slice(0, 16) ?? null]));
};

describe('postmortems exported by other tools', () => {
  it('reads a Google Docs timeline under a bold heading with its zone in brackets, and what marks each moment', () => {
    // "job triggered manually" is work starting, not an alarm; "error rate below 1%" after "swapped back" is the mitigation.
    assert.deepEqual(moments('google-docs-export-bold-headings.md'), {
      started: '2026-02-17T09:14',
      detected: '2026-02-17T09:31',
      acknowledged: '2026-02-17T09:36',
      mitigated: '2026-02-17T10:20',
      resolved: '2026-02-17T12:05',
    });
  });

  it('reads Zulu clocks written "0314z", and a status page post is no page', () => {
    assert.deepEqual(moments('terse-zulu-timeline-ai-lines.md'), {
      started: '2026-03-17T02:51',
      detected: '2026-03-17T03:14',
      acknowledged: '2026-03-17T03:22',
      mitigated: '2026-03-17T03:47',
      resolved: '2026-03-17T04:15',
    });
  });

  it('reads each "AI:" line of a paragraph as an item, and not the one the team dropped', () => {
    const items = fixture('terse-zulu-timeline-ai-lines.md').actionItems;
    assert.deepEqual(items.map((i) => [i.owner, i.text.slice(0, 24)]), [
      ['@rkhan', 'reloader annotation on c'],
      ['@jlin', 'unmute + re-scope cert e'],
      ['@okafor', 'alert on cert-manager Ce'],
      ['@mpetrov', '2 independent issuers fo'],
      [null, 'runbook "manual cert pus'],
    ]);
  });

  it('reads the day a blog post names in its title over the date it was posted, and the zone its timeline declares', () => {
    const doc = fixture('blog-post-prose-timeline-et.md');
    assert.equal(doc.incidentDate, '2026-04-14');
    const found = moments('blog-post-prose-timeline-et.md');
    // "At 9:20 a.m. our latency alert paged the on-call engineer": "a.m." does not end the sentence.
    assert.equal(found.detected, '2026-04-14T13:20');
    // "… who acknowledged at 9:26 a.m. At 9:32 …": the stop of "a.m." before a capital ends the sentence.
    assert.equal(found.acknowledged, '2026-04-14T13:26');
    assert.equal(found.mitigated, '2026-04-14T14:41');
    assert.equal(found.resolved, '2026-04-14T16:05');
  });

  it('reads a table of a date and a time column in CEST, lead-up rows before the symptom, and no alarm in a channel name', () => {
    // "warning posts to #registry-alerts" paged nobody; "CI starts failing" on 04-22 00:05 CEST is the start (04-21 in UTC).
    assert.deepEqual(moments('mkdocs-tabs-task-list.md'), {
      started: '2026-04-21T22:05',
      detected: '2026-04-22T04:50',
      acknowledged: '2026-04-22T05:12',
      mitigated: '2026-04-22T06:30',
      resolved: '2026-04-22T09:45',
    });
  });

  it('reports the placeholders these shapes leave: an escaped "\\[link\\]", an editor\'s "TK", "$ ???", an owner "???" between dashes', () => {
    assert.deepEqual(placeholders('google-docs-export-bold-headings.md'), ['XX minutes', '[link\\]', 'TK']);
    assert.deepEqual(placeholders('terse-zulu-timeline-ai-lines.md'), ['???', '???']);
    // "(@lena-h, due TBD)" is action-item-due's: an item with no due date yet.
    assert.deepEqual(placeholders('mkdocs-tabs-task-list.md'), ['<fill in>']);
  });

  it('reads an owner in brackets beside a due date still to be set ("(@lena-h, due TBD)")', () => {
    const items = fixture('mkdocs-tabs-task-list.md').actionItems;
    assert.deepEqual(items.map((i) => [i.owner, i.due, i.done]), [
      ['Lena Hartmann', null, true],
      ['Lena Hartmann', null, true],
      ['Rafael Costa', '2026-05-08', false],
      ['@lena-h', null, false],
      ['Sam Patel', '2026-04-30', false],
      [null, '2026-05-31', false],
    ]);
  });

  it('reports the blaming sentences each writer meant, and none of their look-alikes', () => {
    // Not: "Kenji had to request it mid-incident", "@jlin had to patch the secret by hand" (what the system made them
    // do), "… to 40 TiB (Lena Hartmann)" (an owner), "The first responder went from page to diagnosis in twelve minutes,
    // which is the part we'd happily repeat" (praise), "Incident created by Kenji Watanabe via /rootly new" (the
    // incident's record), "tickets were closed as user error because auth-api logs `user error`" (the log misled them).
    assert.deepEqual(blamedLines('google-docs-export-bold-headings.md'), [44, 56]);
    assert.deepEqual(blamedLines('terse-zulu-timeline-ai-lines.md'), [52, 55, 56]);
    // "Apparently nobody on the CI team reads #registry-alerts": sarcasm at a team.
    assert.deepEqual(blamedLines('mkdocs-tabs-task-list.md'), [72, 85]);
    // "… written by Alex, a newer engineer on our reporting team, who failed to follow that documented checklist".
    assert.deepEqual(blamedLines('blog-post-prose-timeline-et.md'), [71, 79, 88]);
    assert.deepEqual(blamedLines('retrospective-export-roles-table.md', 'realistic'), []);
  });

  it('reads a paragraph item after "Some of this is already done." as done, with all its words', () => {
    const item = fixture('blog-post-prose-timeline-et.md').actionItems[0];
    assert.equal(item.done, true);
    assert.ok(item.text.startsWith('We have already added a lock_timeout of five seconds to every migration run by our deploy pipeline'), item.text);
  });

  it('reads "before the end of the second quarter" as a due date', () => {
    const item = fixture('blog-post-prose-timeline-et.md').actionItems.find((i) => i.text.includes('read replicas'));
    assert.equal(item?.due, '2026-06-30');
  });

  it('reads an Azure DevOps wiki: a follow-up table whose "Work Item" column holds the key and "Title" the task, and the day its heading names', () => {
    const doc = fixture('azure-devops-wiki-work-items.md');
    assert.deepEqual(doc.actionItems.map((i) => [i.text.slice(0, 30), i.owner, i.due, i.done]), [
      ['Update rotation runbook with r', 'Priya Raman', '2026-02-27', true],
      ['Rotation pipeline: keep previo', 'Tomasz Nowak', '2026-03-06', true],
      ['Add alert on mTLS handshake fa', 'Priya Raman', '2026-03-14', false],
      ['Force certificate refresh on o', 'Mei Lin', '2026-03-20', false],
      ['Inventory all consumers of kv-', 'Jordan Ellis', '2026-03-31', false],
      ['Game day: certificate rotation', null, '2026-04-30', false],
    ]);
    assert.equal(moments('azure-devops-wiki-work-items.md').started, '2026-02-24T14:01');
  });

  it('reads a Portuguese post-mortem: fields on sub-bullets, dates day first, a weekday before the date, BRT, its moments', () => {
    const doc = fixture('portuguese-post-mortem-fields.md');
    assert.equal(doc.incidentDate, '2026-06-03');
    assert.deepEqual(doc.actionItems.map((i) => [i.owner, i.due, i.done]), [
      ['Rafael Souza', '2026-06-10', true],
      ['Bruno Almeida', '2026-06-15', false],
      ['Juliana Costa', '2026-06-30', false],
      ['Marcos Oliveira', '2026-06-30', false],
      ['Bruno Almeida', '2026-06-12', true],
      ['Camila Ribeiro', '2026-09-30', false],
    ]);
    assert.deepEqual(moments('portuguese-post-mortem-fields.md'), {
      started: '2026-06-03T14:52',
      detected: '2026-06-03T14:58',
      acknowledged: '2026-06-03T15:03',
      mitigated: '2026-06-03T15:21',
      resolved: '2026-06-03T16:05',
    });
    // "Se o Rafael tivesse seguido o checklist …"; not "o alerta … disparou em 6 minutos e o plantão reconheceu".
    assert.deepEqual(blamedLines('portuguese-post-mortem-fields.md'), [60]);
  });

  it('reads a weekly review of two incidents, each timeline on the day its section names', () => {
    assert.deepEqual(moments('weekly-review-two-incidents.md'), {
      started: '2026-05-12T08:40',
      detected: '2026-05-12T08:52',
      acknowledged: '2026-05-12T08:55',
      mitigated: '2026-05-12T09:38',
      resolved: '2026-05-12T10:05',
    });
    const last = fixture('weekly-review-two-incidents.md').actionItems.at(-1);
    // "— Chloe Barnes — done Thu 14 May".
    assert.deepEqual([last?.owner, last?.done], ['Chloe Barnes', true]);
    // Not "We talked about whether this was operator error and agreed it isn't a useful framing".
    assert.deepEqual(blamedLines('weekly-review-two-incidents.md'), [45, 84]);
  });

  it('reads action items from an HTML table, and the incident resolved where a row declares it', () => {
    const doc = fixture('html-table-action-items.md');
    assert.deepEqual(doc.actionItems.map((i) => [i.text.slice(0, 24), i.owner, i.due, i.done]), [
      ['Add a canary step that u', 'Marcus Webb', '2026-05-01', true],
      ['Add a CI check that fail', 'Elena Ruiz', '2026-05-08', false],
      ['iOS: do not retry 413 re', null, '2026-05-29', false],
      ['Alert on per-platform up', 'Nadia Okafor', null, false],
      ['Require a second reviewe', 'Kevin Tran', '2026-04-24', true],
      ['Route "stuck upload" tic', 'Support Ops', '2026-06-30', false],
    ]);
    // "8:10pm Upload success rate back to baseline" is before "9:15pm … Incident resolved".
    assert.equal(moments('html-table-action-items.md').resolved, '2026-04-23T04:15');
  });

  it('reads a numbered report: "9. Recommendations" with a team in bold before "to", and its chronology', () => {
    const doc = fixture('numbered-report-recommendations.md');
    assert.deepEqual(doc.actionItems.map((i) => i.owner), [
      'Network Team',
      'Service Desk',
      'Network Team',
      'IT Service Management (CAB chair)',
      'Infrastructure Management with Procurement',
      'Clinical Systems and Nursing Practice',
      'Service Desk and Digital Communications',
      'Network Team with Estates',
    ]);
    // A controller that "reports configuration sync incomplete" detects nothing; "accepts the incident and opens the
    // bridge" acknowledges; "WLC-A back on 9.2.7 and active" mitigates.
    assert.deepEqual(moments('numbered-report-recommendations.md'), {
      started: '2026-03-10T07:14',
      detected: '2026-03-10T07:15',
      acknowledged: '2026-03-10T08:05',
      mitigated: '2026-03-10T09:52',
      resolved: '2026-03-10T16:00',
    });
    const blamed = blamedLines('numbered-report-recommendations.md');
    for (const line of [85, 87, 95, 97]) assert.ok(blamed.includes(line), `line ${line}`);
    // Not the review panel's roster, nor "commissioned by the Director of Digital Services".
    for (const line of [10, 107]) assert.ok(!blamed.includes(line), `line ${line}`);
  });
});
