// Arguments the kubectl commands accept from automation and tests, so every prompt can be skipped; validated on receipt.
import { z } from 'zod';
import { parseCaptureTime } from '../../core/kubectl/captureTime';

const isoTime = z.string().refine((value) => parseCaptureTime(value) !== null, 'an ISO 8601 time, e.g. 2026-05-04T12:20:00Z');

/** Which events to merge: all, warnings only, or the given positions in the parsed (time-sorted) list. */
const selection = z.union([z.literal('all'), z.literal('warnings'), z.array(z.number().int().nonnegative())]);

export const pasteArgsSchema = z.object({
  /** Text to read instead of the clipboard. */
  text: z.string().optional(),
  /** When kubectl printed the text; skips the capture-time prompt. */
  capturedAt: isoTime.optional(),
  select: selection.optional(),
  /** The Markdown document to merge into (default: the active editor's). */
  uri: z.string().optional(),
  /** Ask what the arguments leave out, as for a person (the timeline editor passes what was pasted into it). */
  interactive: z.boolean().optional(),
});
export type PasteArgs = z.infer<typeof pasteArgsSchema>;

export const importArgsSchema = z.object({
  context: z.string().optional(),
  /** A namespace, or "*" for all namespaces. */
  namespace: z.string().optional(),
  select: selection.optional(),
  uri: z.string().optional(),
});
export type ImportArgs = z.infer<typeof importArgsSchema>;

export type EventSelection = z.infer<typeof selection>;

export function invalidArgs(command: string, error: z.ZodError): Error {
  return new Error(`${command}: invalid arguments: ${error.issues.map((i) => `${i.path.join('.') || 'args'}: ${i.message}`).join('; ')}`);
}
