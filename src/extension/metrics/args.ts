// Arguments the metrics commands accept from automation and tests, so every prompt can be skipped; validated on receipt.
import * as z from '../../core/zod';

const isoTime = z.string().check(z.refine((value) => !Number.isNaN(Date.parse(value)), 'an ISO 8601 time, e.g. 2026-03-02T10:45:00Z'));

export const fillMetricsArgsSchema = z.strictObject({
  /** The postmortem (default: the active editor's document). */
  uri: z.optional(z.string()),
});

export const draftStatusUpdateArgsSchema = z.strictObject({
  uri: z.optional(z.string()),
  kind: z.optional(z.enum(['update', 'resolved'])),
  format: z.optional(z.enum(['plain', 'slack'])),
  /** The time of the update (default: now). */
  now: z.optional(isoTime),
});

export const copyStatusUpdateArgsSchema = z.strictObject({
  /** The draft document (default: the active editor's, else the latest draft). */
  draftUri: z.optional(z.string()),
  /** When it was posted, the time of the timeline row (default: now). */
  now: z.optional(isoTime),
});

export const statsReportArgsSchema = z.strictObject({
  /** YYYY-MM-DD: only incidents that started on or after this day. */
  since: z.optional(z.string().check(z.regex(/^\d{4}-\d{2}-\d{2}$/))),
  /** A folder's URI: only the postmortems under it (the Explorer's context menu passes the folder clicked). */
  folder: z.optional(z.string()),
});
