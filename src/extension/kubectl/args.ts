// Arguments the kubectl commands accept from automation and tests, so every prompt can be skipped; validated on receipt.
import * as z from '../../core/zod';
import { parseCaptureTime } from '../../core/kubectl/captureTime';

const isoTime = z.string().check(z.refine((value) => parseCaptureTime(value) !== null, 'an ISO 8601 time, e.g. 2026-05-04T12:20:00Z'));

/** Which events to merge: all, warnings only, or the given positions in the parsed (time-sorted) list. */
const selection = z.union([z.literal('all'), z.literal('warnings'), z.array(z.number().check(z.int(), z.nonnegative()))]);

export const pasteArgsSchema = z.object({
  /** Text to read instead of the clipboard. */
  text: z.optional(z.string()),
  /** When kubectl printed the text; skips the capture-time prompt. */
  capturedAt: z.optional(isoTime),
  select: z.optional(selection),
  /** The Markdown document to merge into (default: the active editor's). */
  uri: z.optional(z.string()),
  /** Ask what the arguments leave out, as for a person (the timeline editor passes what was pasted into it). */
  interactive: z.optional(z.boolean()),
});
export type PasteArgs = z.infer<typeof pasteArgsSchema>;

export const importArgsSchema = z.object({
  context: z.optional(z.string()),
  /** A namespace, or "*" for all namespaces. */
  namespace: z.optional(z.string()),
  select: z.optional(selection),
  uri: z.optional(z.string()),
});
export type ImportArgs = z.infer<typeof importArgsSchema>;

export type EventSelection = z.infer<typeof selection>;

export function invalidArgs(command: string, error: z.core.$ZodError): Error {
  return new Error(`${command}: invalid arguments: ${error.issues.map((i) => `${i.path.join('.') || 'args'}: ${i.message}`).join('; ')}`);
}
