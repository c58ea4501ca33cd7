// The Action Items tree over a large workspace: the first scan (parse every postmortem, then filter and group) and the
// update after one file changes (parse that file, then filter and group everything again). Files are read as the view
// reads files not open in an editor (workspaceIndex.ts: scanWithinBudget, parseForActionScan).
import { actionEntries, type ActionEntry } from '../../src/core/actions/entries';
import { filterActionEntries } from '../../src/core/actions/filter';
import { groupActionEntries } from '../../src/core/actions/group';
import { parseForActionScan } from '../../src/core/actions/scan';
import { postmortem } from '../documents';
import type { BenchCase } from '../harness';

const POSTMORTEMS = 1000;
const TODAY = '2026-03-01';
/** A short real-world postmortem: 15 timeline rows, 6 action items, 4 paragraphs (about 3 KB). */
export const files = Array.from({ length: POSTMORTEMS }, (_, i) => ({ file: `postmortems/${String(i).padStart(4, '0')}.md`, text: postmortem(15, 6, 4).replace('Replication lag', `Incident ${i}`) }));

export function tree(entries: ActionEntry[]): number {
  return groupActionEntries(filterActionEntries(entries, { openOnly: true }, TODAY), 'due', TODAY).length;
}

export const actionItemCases: BenchCase[] = [
  {
    name: `action items tree, first scan of ${POSTMORTEMS} postmortems (${(files[0].text.length / 1024).toFixed(0)} KB each)`,
    targetMs: 2000,
    iterations: 3,
    run: () => tree(files.flatMap(({ file, text }) => actionEntries(file, parseForActionScan(text)))),
  },
  {
    name: `action items tree, update after one of ${POSTMORTEMS} postmortems changed`,
    targetMs: 50,
    setup: () => new Map(files.map(({ file, text }) => [file, actionEntries(file, parseForActionScan(text))])),
    run: (input) => {
      const byFile = input as Map<string, ActionEntry[]>;
      const changed = files[POSTMORTEMS / 2];
      byFile.set(changed.file, actionEntries(changed.file, parseForActionScan(`${changed.text}\n- [ ] One more follow-up (owner: Ana Lima, due: 2026-04-01)\n`)));
      return tree([...byFile.values()].flat());
    },
  },
];
