// Golden fixtures: real kubectl v1.32 output (test/fixtures/kubectl/real) and tables composed with kubectl's printer rules (composed/).
import assert from 'node:assert/strict';
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { eventToJson, parseKubectlEvents } from '../../../src/core/kubectl';

const root = join(__dirname, '../../fixtures/kubectl');

describe('kubectl golden fixtures', () => {
  for (const folder of ['real', 'composed']) {
    for (const file of readdirSync(join(root, folder)).filter((name) => name.endsWith('.txt'))) {
      it(`${folder}/${file}`, () => {
        const base = join(root, folder, file.replace(/\.txt$/, ''));
        const meta = JSON.parse(readFileSync(`${base}.meta.json`, 'utf8')) as { capturedAt: string };
        const expected = JSON.parse(readFileSync(`${base}.expected.json`, 'utf8')) as unknown;
        const result = parseKubectlEvents(readFileSync(`${base}.txt`, 'utf8'), { capturedAt: new Date(meta.capturedAt) });
        assert.deepEqual({ formats: result.formats, events: result.events.map(eventToJson) }, expected);
      });
    }
  }

  it('reads every real capture of the same events to the same rows', () => {
    const read = (name: string) => {
      const meta = JSON.parse(readFileSync(join(root, 'real', `${name}.meta.json`), 'utf8')) as { capturedAt: string };
      return parseKubectlEvents(readFileSync(join(root, 'real', `${name}.txt`), 'utf8'), { capturedAt: new Date(meta.capturedAt) }).events;
    };
    const exact = read('get-events-json');
    for (const name of ['get-events-yaml', 'events-v1-json', 'events-v1-yaml', 'kubectl-events-json']) {
      assert.deepEqual(read(name).map(eventToJson), exact.map(eventToJson), name);
    }
    // Relative ages land within the age's precision of the exact timestamps (72 repeats, 20m span → minute precision).
    const relative = read('kubectl-events');
    assert.equal(relative.length, exact.length);
    relative.forEach((event, i) => {
      assert.equal(event.reason, exact[i].reason);
      assert.ok(Math.abs(event.time!.getTime() - exact[i].time!.getTime()) < 60 * 60_000, event.reason);
    });
  });
});
