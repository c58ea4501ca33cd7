// The quick look the editor takes before loading the engine must never miss what the engine would act on.
import assert from 'node:assert/strict';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { looksLikePostmortem } from '../../../src/core/lint/detect';
import { mayBePostmortem } from '../../../src/core/lint/mayBePostmortem';
import { metricsSections } from '../../../src/core/metrics/written';
import { parsePostmortem } from '../../../src/core/model/parse';
import { flattenSections } from '../../../src/core/model/sections';
import { editableTimelines } from '../../../src/core/timelineEdit/timelines';

const root = resolve(__dirname, '../../..');

function markdownUnder(folder: string): string[] {
  return readdirSync(folder).flatMap((name) => {
    const path = join(folder, name);
    if (statSync(path).isDirectory()) return markdownUnder(path);
    return /\.(md|markdown)$/.test(name) ? [path] : [];
  });
}

/** Diagnostics (by content), the timeline editor's and the metrics' CodeLenses, hovers and code actions. */
function engineActsOn(text: string): boolean {
  const doc = parsePostmortem(text);
  return looksLikePostmortem(doc) || editableTimelines(doc).length > 0 || metricsSections(doc).length > 0 || flattenSections(doc.sections).some((s) => s.kind === 'timeline');
}

describe('the quick look before loading the engine (mayBePostmortem)', () => {
  it('says yes to every Markdown file of the repository the engine acts on', () => {
    const files = ['test/fixtures', 'templates', 'docs', 'media'].flatMap((folder) => markdownUnder(join(root, folder)));
    assert.ok(files.length > 100, `${files.length} files`);
    const acted = files.filter((file) => engineActsOn(readFileSync(file, 'utf8')));
    const missed = acted.filter((file) => !mayBePostmortem(readFileSync(file, 'utf8'))).map((file) => relative(root, file));
    assert.deepEqual(missed, []);
    assert.ok(acted.length > 50, `${acted.length} files the engine acts on`);
  });

  it('says yes to each way a postmortem or a timeline can be written', () => {
    for (const text of [
      '# Cache outage\n\n- [ ] Add an alert\n',
      'Notes\n\n**Incident ID**: INC-1\n',
      'Notes\n\n| Time | Event |\n| --- | --- |\n| 10:00 | Errors |\n',
      '---\nseverity: P1\n---\n\nText.\n',
      'Notes\n\n**Timeline**:\n\n- 10:00 errors\n',
      'Notes\n\nTimeline\n========\n\n- 10:00 errors\n',
      '> ## Timeline\n>\n> - 10:00 errors\n',
      'Notes\n\nSome text.\n\nTimeline\n\n- 10:00 errors\n',
      'pm-',
      '',
    ]) {
      assert.equal(mayBePostmortem(text), true, JSON.stringify(text));
    }
  });

  it('says no to a README or a guide, so they do not load the engine', () => {
    assert.equal(mayBePostmortem('# Project\n\n## Install\n\nRun `npm ci`, then `npm test`.\n\n## Usage\n\nCall it from your code.\n\n## License\n\nMIT\n'), false);
    assert.equal(mayBePostmortem('# Contributing\n\nOpen a pull request; a maintainer reviews it within a week.\n\n```sh\nnpm run build\n```\n'), false);
  });
});
