// Everything a new postmortem needs, decided in one place for the editor command and the CLI.
import { fillTemplate, type NewPostmortemText } from './fill';
import { nextIncidentId, slugify, uniqueFileName } from './naming';
import type { PostmortemTemplate } from './template';

export interface NewPostmortemRequest {
  title: string;
  /** YYYY-MM-DD, already validated. */
  date: string;
  /** As written into the document ("P1-High"), or undefined to leave the template's placeholder. */
  severity?: string;
  status?: string;
  template: PostmortemTemplate;
  /** File names already in the postmortems folder. */
  existingFileNames: string[];
  /** Texts of postmortems that may hold incident ids of the same date (at least those whose name starts with it). */
  existingTexts: string[];
}

export interface NewPostmortem extends NewPostmortemText {
  fileName: string;
  incidentId: string;
}

export function createPostmortem(request: NewPostmortemRequest): NewPostmortem {
  const incidentId = nextIncidentId(request.date, [...request.existingFileNames, ...request.existingTexts]);
  const filled = fillTemplate(request.template.text, {
    title: request.title,
    incidentId,
    date: request.date,
    severity: request.severity,
    status: request.status,
  });
  return {
    ...filled,
    incidentId,
    fileName: uniqueFileName(request.date, slugify(request.title), request.existingFileNames),
  };
}

/** The postmortems worth reading for incident ids: those named after the same day. */
export function sameDayFileNames(date: string, fileNames: string[]): string[] {
  return fileNames.filter((n) => n.startsWith(date) && n.toLowerCase().endsWith('.md'));
}
