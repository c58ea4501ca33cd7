// The timeline editor's messages between host and webview, as zod schemas: both sides validate what they receive.
// zod/mini: the same validation, without the 260 KB of error-message locales in the webview bundle.
import * as z from 'zod/mini';
import { KEY_MOMENTS } from './keyMoments';

const index = z.int().check(z.minimum(0), z.maximum(1_000_000));

export const operationSchema = z.discriminatedUnion('type', [
  z.strictObject({ type: z.literal('setCell'), row: index, column: index, value: z.string().check(z.maxLength(100_000)) }),
  z.strictObject({ type: z.literal('insertRow'), row: index, where: z.enum(['above', 'below']) }),
  z.strictObject({ type: z.literal('appendRow') }),
  z.strictObject({ type: z.literal('deleteRow'), row: index }),
  z.strictObject({ type: z.literal('duplicateRow'), row: index }),
  z.strictObject({ type: z.literal('moveRow'), row: index, direction: z.enum(['up', 'down']) }),
  z.strictObject({ type: z.literal('sortByTime') }),
  z.strictObject({ type: z.literal('convertToTable') }),
  z.strictObject({ type: z.literal('formatTable') }),
  z.strictObject({ type: z.literal('markMoment'), row: index, moment: z.enum(KEY_MOMENTS) }),
]);

/** What the webview asks for. Edits name the document version they were made against: a stale one is refused. */
export const webviewMessageSchema = z.discriminatedUnion('type', [
  z.strictObject({ type: z.literal('ready') }),
  z.strictObject({ type: z.literal('edit'), version: index, timeline: index, operation: operationSchema }),
  z.strictObject({ type: z.literal('undo') }),
  z.strictObject({ type: z.literal('redo') }),
  /** kubectl output pasted into the table (or, without text, the clipboard's), merged as the paste command does. */
  z.strictObject({ type: z.literal('pasteKubectlEvents'), text: z.optional(z.string().check(z.maxLength(64 * 1024 * 1024))) }),
  /** Sent after each render, so the host (and its tests) know what the user sees. */
  z.strictObject({ type: z.literal('rendered'), version: index, timeline: z.nullable(index), rows: index }),
]);
export type WebviewMessage = z.infer<typeof webviewMessageSchema>;

const timelineViewSchema = z.strictObject({
  kind: z.enum(['table', 'list', 'headings']),
  /** "Timeline · table · line 12", for the picker. */
  label: z.string(),
  columns: z.array(z.strictObject({ name: z.string(), role: z.enum(['time', 'date', 'description', 'eventType', 'action', 'source', 'other']) })),
  rows: z.array(z.strictObject({ cells: z.array(z.string()), timeError: z.nullable(z.string()), moments: z.array(z.enum(KEY_MOMENTS)) })),
});
export type TimelineView = z.infer<typeof timelineViewSchema>;

/** What the host tells the webview: the document as it now is, or that an edit was refused. */
export const hostMessageSchema = z.discriminatedUnion('type', [
  z.strictObject({ type: z.literal('document'), version: index, timelines: z.array(timelineViewSchema), eventTypes: z.array(z.string()), select: z.optional(index) }),
  z.strictObject({ type: z.literal('rejected'), reason: z.string() }),
]);
export type HostMessage = z.infer<typeof hostMessageSchema>;
