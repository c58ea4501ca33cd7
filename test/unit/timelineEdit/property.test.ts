// Property: any sequence of edits leaves the table exactly as intended and every other line of the document untouched.
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { applyFixes } from '../../../src/core/lint/fixes';
import { parsePostmortem } from '../../../src/core/model/parse';
import { editableTimelines, editTimeline, type TimelineEditOperation } from '../../../src/core/timelineEdit';
import { displayWidth, encodeTableCell, normalizeCellValue } from '../../../src/core/timelineEdit/cells';

// Pipes, line breaks, wide characters, Markdown marks and HTML brackets; no backslash before a pipe (see encodeTableCell).
const cellValue = fc.string({ unit: fc.constantFrom('a', 'b', 'Z', ' ', '|', '\n', '<', '>', '*', '`', '-', ':', '1', 'é', '中', '🔥'), maxLength: 12 });
const timeValue = fc.oneof(
  fc.tuple(fc.integer({ min: 0, max: 23 }), fc.integer({ min: 0, max: 59 })).map(([h, m]) => `${String(h).padStart(2, '0')}:${String(m).padStart(2, '0')}`),
  cellValue,
);
const row = fc.tuple(timeValue, cellValue, cellValue);

const operation = (rows: number): fc.Arbitrary<TimelineEditOperation> => {
  const index = fc.integer({ min: 0, max: Math.max(0, rows - 1) });
  const always: fc.Arbitrary<TimelineEditOperation>[] = [fc.constant({ type: 'appendRow' as const }), fc.constant({ type: 'sortByTime' as const }), fc.constant({ type: 'formatTable' as const })];
  if (rows === 0) return fc.oneof(...always);
  return fc.oneof(
    ...always,
    fc.record({ type: fc.constant('setCell' as const), row: index, column: fc.integer({ min: 0, max: 2 }), value: fc.oneof(cellValue, timeValue) }),
    fc.record({ type: fc.constant('insertRow' as const), row: index, where: fc.constantFrom('above' as const, 'below' as const) }),
    fc.record({ type: fc.constant('deleteRow' as const), row: index }),
    fc.record({ type: fc.constant('duplicateRow' as const), row: index }),
    fc.record({ type: fc.constant('moveRow' as const), row: index, direction: fc.constantFrom('up' as const, 'down' as const) }),
  );
};

function tableSource(rows: readonly string[][], aligned: boolean): string {
  const header = ['Time', 'Event', 'Type'];
  const body = rows.map((cells) => cells.map(encodeTableCell));
  if (!aligned) return [header, ['---', '---', '---'], ...body].map((cells) => `| ${cells.join(' | ')} |`).join('\n');
  const widths = header.map((h, c) => Math.max(displayWidth(h), ...body.map((cells) => displayWidth(cells[c]))) + 1);
  const pad = (cells: string[]) => `|${cells.map((cell, c) => ` ${cell}${' '.repeat(widths[c] - displayWidth(cell))}`).join('|')}|`;
  return [pad(header), `|${widths.map((w) => '-'.repeat(w + 1)).join('|')}|`, ...body.map(pad)].join('\n');
}

/** What the operation means on a plain array of rows: the model the document must match afterwards. */
function intended(rows: string[][], op: TimelineEditOperation, times: Array<number | null>): string[][] {
  const next = rows.map((r) => [...r]);
  switch (op.type) {
    case 'setCell':
      next[op.row][op.column] = normalizeCellValue(op.value);
      return next;
    case 'insertRow':
      next.splice(op.where === 'above' ? op.row : op.row + 1, 0, [rows[op.row][0], '', '']);
      return next;
    case 'appendRow':
      return [...next, [rows.length > 0 ? rows[rows.length - 1][0] : '', '', '']];
    case 'deleteRow':
      next.splice(op.row, 1);
      return next;
    case 'duplicateRow':
      next.splice(op.row + 1, 0, [...rows[op.row]]);
      return next;
    case 'moveRow': {
      const other = op.direction === 'up' ? op.row - 1 : op.row + 1;
      if (other < 0 || other >= rows.length) return next;
      [next[op.row], next[other]] = [next[other], next[op.row]];
      return next;
    }
    case 'sortByTime': {
      let key = Number.NEGATIVE_INFINITY;
      return rows.map((cells, i) => ({ cells, i, key: (key = times[i] ?? key) })).sort((a, b) => a.key - b.key || a.i - b.i).map((r) => r.cells);
    }
    default:
      return next;
  }
}

/** The rows the operation may rewrite or remove (by index before the edit); every other row's line must come out byte-identical. */
function touched(op: TimelineEditOperation, count: number): Set<number> {
  switch (op.type) {
    case 'setCell':
    case 'deleteRow':
      return new Set([op.row]);
    case 'moveRow':
      return new Set([op.row, op.direction === 'up' ? op.row - 1 : op.row + 1]);
    case 'sortByTime':
    case 'formatTable':
      return new Set(Array.from({ length: count }, (_, i) => i));
    default:
      return new Set();
  }
}

describe('timeline edits (property)', function () {
  // Each run re-parses the document after every edit; the machine running the suite may be busy.
  this.timeout(120_000);
  it('random tables and edit sequences re-parse to the intended table, with no other text changed', () => {
    fc.assert(
      fc.property(fc.array(row, { maxLength: 6 }), fc.boolean(), fc.integer({ min: 1, max: 8 }).chain((n) => fc.array(fc.nat(), { minLength: n, maxLength: n })), fc.context(), (initial, aligned, seeds, ctx) => {
        let rows = initial.map((cells) => cells.map(normalizeCellValue));
        let text = `# Outage\n\n## Timeline\n\n${tableSource(rows, aligned)}\n\n## Root cause\n\nSee above | not a table.\n`;
        const before = text.slice(0, text.indexOf('| Time'));
        const after = text.slice(text.indexOf('\n\n## Root cause'));
        for (const seed of seeds) {
          const doc = parsePostmortem(text);
          const [timeline] = editableTimelines(doc);
          assert.deepEqual(timeline.rows.map((r) => r.cells), rows);
          const op = fc.sample(operation(rows.length), { seed, numRuns: 1 })[0];
          ctx.log(JSON.stringify(op));
          const lines = timeline.blocks.map((b) => text.slice(b.start, b.end));
          text = applyFixes(text, editTimeline(doc, 0, op));
          rows = intended(rows, op, timeline.rows.map((r) => r.time?.getTime() ?? null));
          const next = editableTimelines(parsePostmortem(text))[0];
          assert.deepEqual(next.rows.map((r) => r.cells), rows, `after ${JSON.stringify(op)}:\n${text}`);
          assert.ok(text.startsWith(before) && text.endsWith(after), 'text outside the table changed');
          const kept = lines.filter((_, i) => !touched(op, lines.length).has(i));
          const nextLines = next.blocks.map((b) => text.slice(b.start, b.end));
          for (const line of kept) assert.ok(nextLines.includes(line), `row ${JSON.stringify(line)} was rewritten by ${JSON.stringify(op)}`);
        }
      }),
      { numRuns: 100 },
    );
  });
});
