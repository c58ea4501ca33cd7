// What a new postmortem needs from the user, validated the same way for the command palette, command arguments and the CLI.
import { format, isValid, parse } from 'date-fns';
import { z } from 'zod';

export const STATUSES = ['Investigating', 'Monitoring', 'Resolved'] as const;
export const DEFAULT_STATUS = 'Resolved';

export function validateTitle(title: string): string | null {
  if (title.trim() === '') return 'Give the incident a title, e.g. "Kubernetes upgrade blocked deployments".';
  if (title.length > 200) return 'Keep the title under 200 characters; details go in the summary.';
  return null;
}

export function validateDate(date: string): string | null {
  const parsed = parse(date, 'yyyy-MM-dd', new Date(0));
  if (!isValid(parsed) || format(parsed, 'yyyy-MM-dd') !== date) return 'Write the date as YYYY-MM-DD, e.g. 2024-10-18.';
  return null;
}

/** Today in the user's time zone: the day they would name if asked. */
export function today(now: Date): string {
  return format(now, 'yyyy-MM-dd');
}

/** The arguments `postmortem.new` accepts for automation; every field optional, unknown fields rejected. */
export const newPostmortemArgsSchema = z
  .object({
    title: z.string().refine((t) => validateTitle(t) === null, { message: 'title must be non-empty and under 200 characters' }),
    date: z.string().refine((d) => validateDate(d) === null, { message: 'date must be YYYY-MM-DD' }),
    severity: z.string(),
    status: z.string(),
    template: z.string(),
  })
  .partial()
  .strict();

export type NewPostmortemArgs = z.infer<typeof newPostmortemArgsSchema>;
