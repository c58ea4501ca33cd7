import assert from 'node:assert/strict';
import { dueBucket, isCalendarDate, isOverdue, localToday, relativeDue, daysFromToday } from '../../../src/core/actions/dates';

const open = (due: string | null) => ({ due, done: false });

describe('action item due dates', () => {
  it('says how far away a due date is in words', () => {
    const today = '2026-02-22';
    assert.equal(relativeDue(open('2026-02-25'), today), 'in 3 days');
    assert.equal(relativeDue(open('2026-02-17'), today), '5 days overdue');
    assert.equal(relativeDue(open('2026-02-21'), today), '1 day overdue');
    assert.equal(relativeDue(open('2026-02-22'), today), 'due today');
    assert.equal(relativeDue(open('2026-02-23'), today), 'due tomorrow');
    assert.equal(relativeDue(open('2026-06-30'), today), 'in 4 months');
    assert.equal(relativeDue(open('2025-01-01'), today), '1 year overdue');
    assert.equal(relativeDue(open('2025-02-23'), today), '1 year overdue', 'twelve months of 30 days are a year');
    assert.equal(relativeDue(open('2026-12-01'), today), 'in 9 months');
    assert.equal(relativeDue({ due: '2026-02-01', done: true }, today), 'was due 2026-02-01');
    assert.equal(relativeDue(open(null), today), null);
  });

  it('counts calendar days across a month end and a leap day', () => {
    assert.equal(relativeDue(open('2028-03-01'), '2028-02-28'), 'in 2 days');
    assert.equal(relativeDue(open('2026-01-31'), '2026-02-01'), '1 day overdue');
  });

  it('puts items in Overdue, This week (next 7 days), Later and No date; a done item is never overdue', () => {
    const today = '2026-02-22';
    assert.equal(dueBucket(open('2026-02-21'), today), 'overdue');
    assert.equal(dueBucket(open('2026-02-22'), today), 'thisWeek');
    assert.equal(dueBucket(open('2026-02-28'), today), 'thisWeek');
    assert.equal(dueBucket(open('2026-03-01'), today), 'later');
    assert.equal(dueBucket(open(null), today), 'noDate');
    assert.equal(dueBucket({ due: '2026-02-01', done: true }, today), 'later');
    assert.equal(isOverdue({ due: '2026-02-01', done: true }, today), false);
    assert.equal(isOverdue(open('2026-02-01'), today), true);
  });

  it('takes today in local time and validates YYYY-MM-DD calendar dates', () => {
    assert.equal(localToday(new Date(2026, 1, 22, 23, 59)), '2026-02-22');
    assert.equal(daysFromToday('2026-02-22', 7), '2026-03-01');
    assert.equal(isCalendarDate('2026-02-28'), true);
    assert.equal(isCalendarDate('2026-02-30'), false);
    assert.equal(isCalendarDate('2026-2-3'), false);
    assert.equal(isCalendarDate('tomorrow'), false);
  });
});
