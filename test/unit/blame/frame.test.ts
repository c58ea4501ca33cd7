// The frame model: judged on sentences written for this test (none is in a corpus), and kept in step with its data.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { findBlamingLanguage } from '../../../src/core/blame';
import { decodeLevels, encodeLevels } from '../../../src/core/blame/frame';
import { fileHash, newWriterScore, TRAINED_ON, trainingFiles } from '../../../scripts/train-blame-frame';

const people = ['Oksana', 'Bertrand', '@lmoreau'];
const framed = (text: string): string[] => findBlamingLanguage(text, { people }).filter((f) => f.id === 'framed-as-cause').map((f) => f.actual);
const anyFinding = (text: string, frame = true): boolean => findBlamingLanguage(text, { people, frame }).length > 0;

describe('blaming-language frame model', () => {
  it('reports most new wording that pins an outcome on a person, pointing at the person', () => {
    const sentences = [
      'Ledger totals went negative right after Oksana reworked the rounding helper on her own.',
      '| 04:12 | Bertrand, unprompted, rebuilds the search index on the primary during peak | search down |',
      "Once again it was @lmoreau's late-night tinkering that left the queue wedged.",
    ];
    // Three sentences written before the model was first run on them: two were reported until sets L and M joined the
    // training data, which moved "Oksana reworked … on her own" from p 0.99 to 0.80; the robust figure is the next test.
    assert.ok(sentences.filter((s) => anyFinding(s)).length >= 1, sentences.filter((s) => !anyFinding(s)).join('\n'));
    assert.ok(sentences.some((s) => framed(s).length > 0 && !anyFinding(s, false)), 'at least one is found only by the model');
  });

  it('holds precision to the target and recall near it on a writer it has not learned from: each independent set scored by a model trained without it', function () {
    // Thirteen models are trained: seconds on a quiet machine, more on a busy one. Pooled recall was 0.860 until set AI
    // (a writer whose blame is almost all implied; 0.542 on its first run) joined the pool: 0.844 with it. With the
    // writers of the fifth session, features seen once dropped and the weights scaled below their top half percent:
    // P 0.959 / R 0.874 (0.961 / 0.858 scaled by the largest weight); 0.958 / 0.872 once BA and BB joined and features seen in fewer than three examples were dropped (0.879 with two).
    this.timeout(300_000);
    const { precision, recall } = newWriterScore();
    assert.ok(precision >= 0.92 && recall >= 0.86, `pooled over the independent sets: P ${precision.toFixed(3)} R ${recall.toFixed(3)}`);
  });

  it('leaves neutral narration, owners and thanks alone', () => {
    for (const s of [
      'At 04:12 Bertrand rebuilt the search index on the replica, as the runbook says.',
      '- [ ] Add a dry-run flag to the rounding migration (owner: Oksana, due: 2025-03-01)',
      'Thanks to @lmoreau for spotting the wedged queue within minutes.',
      'Oksana rolled the change back and checkout recovered at 10:42.',
    ]) assert.deepEqual(framed(s), [], s);
  });

  it('is off with `frame: false`: the vocabulary alone', () => {
    const s = 'Ledger totals went negative right after Oksana reworked the rounding helper on her own.';
    assert.equal(findBlamingLanguage(s, { people, frame: false }).some((f) => f.id === 'framed-as-cause'), false);
  });

  it('was trained on the current corpora (run `npm run train:blame` after changing one)', () => {
    const trainedOn = JSON.parse(readFileSync(TRAINED_ON, 'utf8')) as Record<string, string>;
    const current = Object.fromEntries(trainingFiles().map((f) => [f, fileHash(f)]));
    assert.deepEqual(trainedOn, current);
  });

  it('stores its weights in a code that decodes to exactly the levels written', () => {
    const level = fc.oneof(fc.constant(0), fc.constant(0), fc.integer({ min: -7, max: 7 }));
    fc.assert(
      fc.property(fc.array(level, { maxLength: 300 }), fc.nat(20), (levels, trailingZeros) => {
        const all = [...levels, ...new Array<number>(trailingZeros).fill(0)];
        assert.deepEqual([...decodeLevels(encodeLevels(all), all.length)], all);
        assert.ok(!/["\\]/u.test(encodeLevels(all)), 'no character that JSON would escape');
      }),
    );
  });

  it('reads a role word that names an account or a right as a thing, not a person', () => {
    assert.deepEqual(findBlamingLanguage('How did the trainee account get write access to billing?', { people: [] }), []);
    assert.equal(findBlamingLanguage('How did the trainee get write access to billing?', { people: [] }).length, 1);
  });

  it('does not take someone another party refused, or a role someone does not hold, for the one who acted', () => {
    // Written for this test, after a real report's "They would not provide CNI Employee with additional details because
    // he is not a manager on the account" was reported.
    for (const s of [
      'The registrar would not give Bertrand the transfer code because he was not listed as an admin on the domain.',
      'Their support desk refused the on-call engineer any details, since she is not a manager on the contract.',
      'The bank denied our operator access to the statement until Monday.',
    ]) assert.deepEqual(findBlamingLanguage(s, { people }), [], s);
    // Giving someone access, or saying not to, still casts doubt on them; a role someone is said to hold is theirs.
    for (const s of [
      'Honestly, what did we expect when we gave a junior dev write access to the payments database?',
      "Lesson learned: don't give Bertrand prod access.",
      'The cause was an operator who ran the wrong command.',
    ]) assert.ok(findBlamingLanguage(s, { people }).length > 0, s);
  });
});

