// Rows whose spacing was lost: cut by the words each kind of column can hold instead of by offsets.
import type { Column, ColumnRole } from './columns';

/**
 * Cuts a row whose spacing was lost (pasted through chat or a web page, columns one space apart): each
 * column takes the words its kind of value can have, the message takes the rest.
 */
export function splitRowByWords(line: string, columns: readonly Column[]): string[] | null {
  const words = line.trim().split(/\s+/);
  const cells: string[] = columns.map(() => '');
  const messageIndex = columns.findIndex((c) => c.role === 'message');
  let left = 0;
  for (let i = 0; i < messageIndex; i++) {
    const taken = wordsFor(columns[i].role, words, left);
    if (taken === null) return null;
    cells[i] = words.slice(left, left + taken).join(' ');
    left += taken;
  }
  let right = words.length;
  for (let i = columns.length - 1; i > messageIndex; i--) {
    if (right <= left) return null;
    // Columns after the message (wide output's FIRST SEEN, COUNT, NAME) are one word each.
    cells[i] = words[--right];
  }
  if (right < left) return null;
  cells[messageIndex] = words.slice(left, right).join(' ');
  return cells;
}

const AGE_WORD = /^(?:<unknown>|<invalid>|(?:\d+[ydhms])+)$/;
const WEEKDAY = /^(?:Mon|Tue|Wed|Thu|Fri|Sat|Sun),$/;
const FIELD_PATH = /[{.]/;

function wordsFor(role: ColumnRole, words: readonly string[], at: number): number | null {
  const word = words[at];
  if (word === undefined) return null;
  switch (role) {
    case 'lastSeen':
    case 'firstSeen':
    case 'age':
      if (/^\(x\d+$/.test(words[at + 1] ?? '') && /^(?:over|from|starting)$/.test(words[at + 2] ?? '') && /\)$/.test(words[at + 3] ?? '')) return 4;
      // kubectl 1.0 printed timestamps: "Thu, 09 Apr 2015 22:01:40 +0000".
      return WEEKDAY.test(word) ? 6 : 1;
    case 'subobject':
      // kubectl 1.0 named the pause container "implicitly required container POD".
      if (word === 'implicitly' && words[at + 1] === 'required' && words[at + 2] === 'container' && words[at + 3] !== undefined) return 4;
      return FIELD_PATH.test(word) && !AGE_WORD.test(word) ? 1 : 0;
    case 'source': {
      if (word.startsWith('{')) {
        const close = words.findIndex((w, i) => i >= at && w.endsWith('}'));
        return close === -1 ? null : close - at + 1;
      }
      return word.endsWith(',') ? 2 : 1;
    }
    default:
      return 1;
  }
}
