// The timeline editor's host side on a 2,000-row timeline: what opening costs (the document as the webview's message)
// and one edit's round trip (edits from the model, applied, the document re-read and sent back).
import { applyFixes } from '../../src/core/lint/fixes';
import { parsePostmortem } from '../../src/core/model/parse';
import type { PostmortemDocument } from '../../src/core/model/types';
import { editTimeline, timelineViews } from '../../src/core/timelineEdit';
import { postmortem } from '../documents';
import type { BenchCase } from '../harness';

export const timelineEditorDocument = postmortem(2000, 12, 12);

/** The message the host posts: parse, views, and the structured clone postMessage makes (JSON here). */
export function documentMessage(text: string): string {
  return JSON.stringify({ type: 'document', version: 1, timelines: timelineViews(parsePostmortem(text)), eventTypes: [] });
}

export const timelineEditorCases: BenchCase[] = [
  {
    name: 'timeline editor, open: 2,000-row timeline to the webview message',
    targetMs: 1500,
    iterations: 10,
    run: () => documentMessage(timelineEditorDocument),
  },
  {
    // The host keeps the model of the version it last sent, so an edit parses once: the changed document.
    name: 'timeline editor, one cell edit round trip, 2,000 rows',
    targetMs: 1500,
    iterations: 10,
    setup: () => parsePostmortem(timelineEditorDocument),
    run: (doc) => {
      const edits = editTimeline(doc as PostmortemDocument, 0, { type: 'setCell', row: 1000, column: 1, value: 'Replica lag back under threshold' });
      return documentMessage(applyFixes(timelineEditorDocument, edits));
    },
  },
];
