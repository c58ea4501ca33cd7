import assert from 'node:assert/strict';
import { formatMinutes, parseWrittenDuration } from '../../../src/core/metrics/duration';

describe('metrics: written durations', () => {
  it('reads the ways people write durations', () => {
    const cases: Array<[string, number | null]> = [
      ['5 minutes', 5], ['2 hours', 120], ['1 hour 25 minutes', 85], ['2h 15m', 135], ['2h15m', 135], ['90 min', 90], ['1.5 hours', 90],
      ['01:35', 95], ['26:10', 1570], ['~2 hours', 120], ['2 hours (within acceptable range)', 120], ['1 day 2 hours', 1560],
      ['10:00 - 12:00 (2 hours)', 120], ['HH:MM', null], ['[Time from start of impact to first alert or report]', null], ['10:00 - 12:00', null], ['TBD', null],
    ];
    for (const [text, minutes] of cases) assert.equal(parseWrittenDuration(text)?.minutes ?? null, minutes, text);
  });

  it('writes minutes in the long, clock and short styles', () => {
    assert.equal(formatMinutes(5, 'long'), '5 minutes');
    assert.equal(formatMinutes(60, 'long'), '1 hour');
    assert.equal(formatMinutes(135, 'long'), '2 hours 15 minutes');
    assert.equal(formatMinutes(0, 'long'), '0 minutes');
    assert.equal(formatMinutes(1501, 'long'), '1 day 1 hour 1 minute');
    assert.equal(formatMinutes(95, 'clock'), '01:35');
    assert.equal(formatMinutes(135, 'short'), '2h 15m');
    assert.equal(formatMinutes(45, 'short'), '45m');
  });
});
