import assert from 'node:assert/strict';
import { parseDueDate } from '../../../src/core/time/dueDate';

const incident = new Date(Date.UTC(2023, 5, 21));

describe('due dates as action items write them', () => {
  it('reads exact dates in the orders people write them', () => {
    for (const [text, date] of [['Jul 17, 2023', '2023-07-17'], ['17/07/2023', '2023-07-17'], ['2023-07-17', '2023-07-17'], ['17 July 2023', '2023-07-17'], ['by July 17', '2023-07-17']]) {
      assert.deepEqual(parseDueDate(text, incident), { date, approximate: false }, text);
    }
  });

  it('reads a period as its last day, marked approximate, the year taken from the incident when not written', () => {
    const cases: Array<[string, string]> = [
      ['Q3 2023', '2023-09-30'],
      ['Q2', '2023-06-30'],
      ['Q1', '2024-03-31'],
      ['end of March', '2024-03-31'],
      ['end of July', '2023-07-31'],
      ['by the end of August 2023', '2023-08-31'],
      ['mid-April 2024', '2024-04-15'],
      ['H2 2023', '2023-12-31'],
      ['end of 2023', '2023-12-31'],
    ];
    for (const [text, date] of cases) assert.deepEqual(parseDueDate(text, incident), { date, approximate: true }, text);
  });

  it('reads a part of a month as the day it ends by: early by the 10th, mid by the 15th, late by the last; "before June" by May\'s last', () => {
    const cases: Array<[string, string]> = [
      ['early May 2024', '2024-05-10'],
      ['the beginning of May 2024', '2024-05-10'],
      ['mid-May 2024', '2024-05-15'],
      ['late May 2024', '2024-05-31'],
      ['before June 2024', '2024-05-31'],
      ['before January 2025', '2024-12-31'],
    ];
    for (const [text, date] of cases) assert.deepEqual(parseDueDate(text, incident), { date, approximate: true }, text);
  });

  it('reads a day counted from the incident ("Friday", "EOW", "next week", "EOM", "EOQ", "in 2 weeks"), marked approximate', () => {
    // 2023-06-21 is a Wednesday.
    const cases: Array<[string, string]> = [
      ['Friday', '2023-06-23'],
      ['by Friday', '2023-06-23'],
      ['next Friday', '2023-06-30'],
      ['Monday', '2023-06-26'],
      ['Wednesday', '2023-06-28'],
      ['EOW', '2023-06-23'],
      ['end of the week', '2023-06-23'],
      ['next week', '2023-06-30'],
      ['by end of next week', '2023-06-30'],
      ['EOM', '2023-06-30'],
      ['end of next month', '2023-07-31'],
      ['EOQ', '2023-06-30'],
      ['next quarter', '2023-09-30'],
      ['in 2 weeks', '2023-07-05'],
      ['two weeks from now', '2023-07-05'],
      ['within 10 days', '2023-07-01'],
    ];
    for (const [text, date] of cases) assert.deepEqual(parseDueDate(text, incident), { date, approximate: true }, text);
    // From a Saturday, the coming Friday is the next week's, and "next Friday" is the same day.
    const saturday = new Date(Date.UTC(2023, 5, 24));
    assert.deepEqual(['Friday', 'next Friday', 'EOW', 'next week'].map((t) => parseDueDate(t, saturday)?.date), ['2023-06-30', '2023-06-30', '2023-06-30', '2023-06-30']);
    assert.equal(parseDueDate('Friday', null), null, 'no date to count from');
  });

  it('gives no date for words that are not one, or a period with no year to anchor it', () => {
    for (const text of ['ASAP', 'next sprint', 'TBD', 'Q5 2023', '']) assert.equal(parseDueDate(text, incident), null, text);
    assert.equal(parseDueDate('end of March', null), null);
  });
  it('reads periods and months as French, German and Spanish write them', () => {
    const cases: Array<[string, string, boolean]> = [['fin juin 2026', '2026-06-30', true], ["fin d'août 2026", '2026-08-31', true], ['T3 2026', '2026-09-30', true], ['Ende Juni 2026', '2026-06-30', true], ['finales de marzo 2026', '2026-03-31', true], ['15 mai 2026', '2026-05-15', false]];
    for (const [text, date, approximate] of cases) assert.deepEqual(parseDueDate(text, incident), { date, approximate }, text);
    assert.equal(parseDueDate('fin de semaine', incident), null, 'the end of a week in no year');
  });
});
