// Arguments the metrics commands accept from automation and tests, so every prompt can be skipped; validated on receipt.
import { z } from 'zod';

const isoTime = z.string().refine((value) => !Number.isNaN(Date.parse(value)), 'an ISO 8601 time, e.g. 2026-03-02T10:45:00Z');

export const fillMetricsArgsSchema = z.strictObject({
  /** The postmortem (default: the active editor's document). */
  uri: z.string().optional(),
});

export const draftStatusUpdateArgsSchema = z.strictObject({
  uri: z.string().optional(),
  kind: z.enum(['update', 'resolved']).optional(),
  format: z.enum(['plain', 'slack']).optional(),
  /** The time of the update (default: now). */
  now: isoTime.optional(),
});

export const copyStatusUpdateArgsSchema = z.strictObject({
  /** The draft document (default: the active editor's, else the latest draft). */
  draftUri: z.string().optional(),
  /** When it was posted, the time of the timeline row (default: now). */
  now: isoTime.optional(),
});

export const statsReportArgsSchema = z.strictObject({
  /** YYYY-MM-DD: only incidents that started on or after this day. */
  since: z.string().regex(/^\d{4}-\d{2}-\d{2}$/).optional(),
  /** A folder's URI: only the postmortems under it (the Explorer's context menu passes the folder clicked). */
  folder: z.string().optional(),
});
