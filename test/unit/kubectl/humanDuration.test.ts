// kubectl's HumanDuration: formatting matches apimachinery's, parsing inverts it.
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { formatHumanDuration, parseHumanDuration } from '../../../src/core/kubectl';
import { parseAgeCell } from '../../../src/core/kubectl/humanDuration';

const s = 1000;
const m = 60 * s;
const h = 60 * m;
const d = 24 * h;

describe('HumanDuration', () => {
  it('formats like kubectl at every precision step', () => {
    const cases: Array<[number, string]> = [
      [0, '0s'], [-1500, '0s'], [-2500, '<invalid>'], [45 * s, '45s'], [119 * s, '119s'], [2 * m, '2m'],
      [3 * m + 12 * s, '3m12s'], [9 * m + 59 * s, '9m59s'], [10 * m + 30 * s, '10m'], [18 * m, '18m'], [179 * m, '179m'],
      [3 * h + 5 * m, '3h5m'], [7 * h, '7h'], [9 * h + 59 * m, '9h'], [47 * h, '47h'], [2 * d + 4 * h, '2d4h'], [3 * d, '3d'],
      [8 * d, '8d'], [364 * d, '364d'], [729 * d, '729d'], [735 * d, '2y5d'], [365 * 3 * d, '3y'], [365 * 9 * d + 100 * d, '9y'],
    ];
    for (const [ms, text] of cases) assert.equal(formatHumanDuration(ms), text, `${ms}ms`);
  });

  it('reads ages, the older short ages and the special values', () => {
    assert.deepEqual(parseHumanDuration('3m12s'), { kind: 'elapsed', ms: 3 * m + 12 * s });
    assert.deepEqual(parseHumanDuration('2y5d'), { kind: 'elapsed', ms: 735 * d });
    assert.deepEqual(parseHumanDuration('5h'), { kind: 'elapsed', ms: 5 * h });
    assert.deepEqual(parseHumanDuration('<unknown>'), { kind: 'unknown' });
    assert.deepEqual(parseHumanDuration('<invalid>'), { kind: 'invalid' });
    for (const text of ['', 'm', '3x', '5m3h', 'Normal', '12']) assert.equal(parseHumanDuration(text), null, text);
  });

  it('reads the "(xN over M)" form of kubectl events and describe', () => {
    assert.deepEqual(parseAgeCell('4m53s (x72 over 20m)'), {
      last: { kind: 'elapsed', ms: 4 * m + 53 * s },
      count: 72,
      first: { kind: 'elapsed', ms: 20 * m },
    });
    assert.equal(parseAgeCell('4m53s (x72)'), null);
  });

  it('parses back what it formats, never later than the real duration and within its precision', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 20 * 365 * d }), (ms) => {
        const text = formatHumanDuration(ms);
        const age = parseHumanDuration(text);
        assert.ok(age && age.kind === 'elapsed', text);
        assert.equal(formatHumanDuration(age.ms), text);
        assert.ok(age.ms <= ms, `${text} reads as ${age.ms} > ${ms}`);
        // HumanDuration keeps about two significant units: never off by more than ~1/8 of the value (or a second).
        assert.ok(ms - age.ms <= Math.max(s, ms / 8 + d), `${text} loses too much of ${ms}`);
      }),
    );
  });
});

describe('age cells of kubectl 1.7 development builds', () => {
  it('reads "(x3 from 1h)" and "(x2 starting 1h)" like "(x3 over 1h)"', () => {
    assert.equal(parseAgeCell('1h (x3 from 1h)')?.count, 3);
    assert.equal(parseAgeCell('1h (x2 starting 1h)')?.count, 2);
  });
});
