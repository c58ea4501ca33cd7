// What a new postmortem needs from the user, validated the same way for the command palette, command arguments and the CLI.
import { lightFormat, isValid, parse } from 'date-fns';
import * as z from '../zod';

export const STATUSES = ['Investigating', 'Monitoring', 'Resolved'] as const;
export const DEFAULT_STATUS = 'Resolved';

/**
 * A value written into a template must stay on its line: a new line or another control character would let it add
 * headings or break the metadata ("Resolved\n## Injected").
 */
export function validateOneLine(label: string, value: string): string | null {
  // eslint-disable-next-line no-control-regex -- control characters are exactly what is being refused
  if (/[\u0000-\u001f\u007f-\u009f\u2028\u2029]/u.test(value)) return `${label} must be one line of text, without line breaks or control characters.`;
  if (value.length > 200) return `Keep ${label.toLowerCase()} under 200 characters.`;
  return null;
}

export function validateTitle(title: string): string | null {
  if (title.trim() === '') return 'Give the incident a title, e.g. "Kubernetes upgrade blocked deployments".';
  const oneLine = validateOneLine('The title', title);
  if (oneLine) return oneLine;
  if (title.length > 200) return 'Keep the title under 200 characters; details go in the summary.';
  return null;
}

export function validateDate(date: string): string | null {
  const parsed = parse(date, 'yyyy-MM-dd', new Date(0));
  if (!isValid(parsed) || lightFormat(parsed, 'yyyy-MM-dd') !== date) return 'Write the date as YYYY-MM-DD, e.g. 2024-10-18.';
  return null;
}

/** Today in the user's time zone: the day they would name if asked. */
export function today(now: Date): string {
  return lightFormat(now, 'yyyy-MM-dd');
}

/** The arguments `postmortem.new` accepts for automation; every field optional, unknown fields rejected. */
export const newPostmortemArgsSchema = z.partial(
  z.strictObject({
    title: z.string().check(z.refine((t) => validateTitle(t) === null, { message: 'title must be non-empty and under 200 characters' })),
    date: z.string().check(z.refine((d) => validateDate(d) === null, { message: 'date must be YYYY-MM-DD' })),
    severity: z.string().check(z.refine((v) => validateOneLine('Severity', v) === null, { message: 'severity must be one line without control characters' })),
    status: z.string().check(z.refine((v) => validateOneLine('Status', v) === null, { message: 'status must be one line without control characters' })),
    template: z.string().check(z.refine((v) => validateOneLine('Template', v) === null, { message: 'template must be one line without control characters' })),
  }),
);

export type NewPostmortemArgs = z.infer<typeof newPostmortemArgsSchema>;
