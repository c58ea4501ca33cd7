// Tells a postmortem from any other Markdown file, so README files and notes are not linted as postmortems.
import { flattenSections } from '../model/sections';
import type { PostmortemDocument, SectionKind } from '../model/types';
import { TELLING_FIELDS, TELLING_SECTIONS, TELLING_TITLE } from './tellingSigns';

export function looksLikePostmortem(doc: PostmortemDocument): boolean {
  const kinds = new Set(flattenSections(doc.sections).map((s) => s.kind).filter((k): k is SectionKind => k !== null && TELLING_SECTIONS.has(k)));
  if (kinds.size >= 2) return true;
  if (doc.metadata.some((field) => field.key !== null && TELLING_FIELDS.has(field.key))) return true;
  const title = doc.metadata.find((field) => field.key === 'title')?.value ?? '';
  return TELLING_TITLE.test(title) && (kinds.size >= 1 || doc.timelines.length > 0 || doc.timelineLists.length > 0 || doc.actionItems.length > 0);
}
