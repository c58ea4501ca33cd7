// Tables written in HTML inside a Markdown document (`<table>…<tr><td>…</td></tr>…</table>`, as wiki exports write
// them), read as the Markdown tables they stand for: rows of cells holding their text, each placed where its content
// is in the document, so what is read from a cell points at it.
import type { Html, Table, TableCell, TableRow } from 'mdast';

/** A row's or a cell's tag, opening or closing. Linear: every class stops at the tag's end. */
const TAG = /<(\/?)(table|tr|td|th)\b[^<>]*>/gi;
/** Any tag inside a cell: its words stay, its markup goes. */
const INNER_TAG = /<[^<>]*>/g;
const ENTITIES: Record<string, string> = { '&amp;': '&', '&lt;': '<', '&gt;': '>', '&quot;': '"', '&#39;': "'", '&apos;': "'", '&nbsp;': ' ' };

function point(offset: number): { line: number; column: number; offset: number } {
  // Only offsets are read from these nodes (lines are counted from the document's text where they are needed).
  return { line: 1, column: 1, offset };
}

function cellOf(source: string, start: number, end: number, offset: number): TableCell {
  const value = source
    .slice(start, end)
    .replace(INNER_TAG, ' ')
    .replace(/&(?:amp|lt|gt|quot|#39|apos|nbsp);/g, (entity) => ENTITIES[entity])
    .replace(/\s+/g, ' ')
    .trim();
  const position = { start: point(offset + start), end: point(offset + end) };
  return { type: 'tableCell', children: value === '' ? [] : [{ type: 'text', value, position }], position };
}

/** The tables of an HTML block, at `offset` in the document; none when it holds no complete table. */
export function htmlTables(node: Html, offset: number): Table[] {
  const source = node.value;
  const tables: Table[] = [];
  let rows: TableRow[] | null = null;
  let cells: TableCell[] | null = null;
  let tableStart = 0;
  let rowStart = 0;
  let cellStart = -1;
  for (const tag of source.matchAll(TAG)) {
    const closing = tag[1] === '/';
    const name = tag[2].toLowerCase();
    const at = tag.index;
    const after = at + tag[0].length;
    if (name === 'table') {
      if (!closing) {
        rows = [];
        tableStart = at;
      } else if (rows !== null) {
        if (rows.length > 0) tables.push({ type: 'table', align: rows[0].children.map(() => null), children: rows, position: { start: point(offset + tableStart), end: point(offset + after) } });
        rows = null;
      }
    } else if (name === 'tr') {
      if (!closing) {
        cells = [];
        rowStart = at;
      } else if (cells !== null && rows !== null) {
        rows.push({ type: 'tableRow', children: cells, position: { start: point(offset + rowStart), end: point(offset + after) } });
        cells = null;
      }
    } else if (!closing) {
      cellStart = after;
    } else if (cellStart !== -1 && cells !== null) {
      cells.push(cellOf(source, cellStart, at, offset));
      cellStart = -1;
    }
  }
  return tables;
}
