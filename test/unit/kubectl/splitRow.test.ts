// Property: cutting a row where its header's columns start (the shortcut nearly every row takes) gives the cells that
// reading the row's fields gives, on rows printed as kubectl's tabwriter prints them and on rows that are not.
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { cellsFromFields, parseHeader, splitRow } from '../../../src/core/kubectl/columns';

const HEADERS = [
  'LAST SEEN   TYPE      REASON    OBJECT          MESSAGE',
  'NAMESPACE   LAST SEEN   TYPE      REASON        OBJECT                        SUBOBJECT              SOURCE             MESSAGE                 FIRST SEEN   COUNT   NAME',
  'Type     Reason     Age   From               Message',
];

/** Cell text as kubectl prints it, and text that breaks the layout: gaps, emoji, tabs, long words, nothing. */
const cellText = fc.oneof(
  fc.constantFrom('', '5m', '3m12s (x4 over 9m)', 'Warning', 'BackOff', 'pod/web-1', 'spec.containers{api}', 'kubelet, node-1', '<none>', 'api-0.17a0', '12'),
  fc.string({ unit: fc.constantFrom('a', 'Z', ' ', '  ', ':', '🚨', 'é', '中', '\t', '-', '"'), maxLength: 30 }),
);

/** Pads each cell to its header column (as tabwriter does), sometimes one space short or long, sometimes not at all. */
function printed(header: string, cells: readonly string[], shift: readonly number[]): string {
  const starts = (parseHeader(header) ?? []).map((c) => c.start);
  let line = '';
  cells.forEach((cell, i) => {
    const target = Math.max(0, (starts[i] ?? 0) + (shift[i] ?? 0));
    const width = Array.from(line).length;
    line += ' '.repeat(Math.max(i === 0 ? 0 : 1, target - width)) + cell;
  });
  return line;
}

describe('splitting a kubectl row into cells', () => {
  it('cuts at the column starts only where reading the fields gives the same cells', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...HEADERS),
        fc.array(cellText, { minLength: 1, maxLength: 12 }),
        fc.array(fc.oneof({ arbitrary: fc.constant(0), weight: 8 }, { arbitrary: fc.integer({ min: -3, max: 3 }), weight: 1 }), { maxLength: 12 }),
        (header, cells, shift) => {
          const columns = parseHeader(header);
          assert.ok(columns);
          const line = printed(header, cells.slice(0, columns.length), shift);
          assert.deepStrictEqual(splitRow(line, columns), cellsFromFields(line, columns), JSON.stringify(line));
        },
      ),
      { numRuns: 3000 },
    );
  });
});
