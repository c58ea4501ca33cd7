// The paragraphs that tell what happened, and the day they say it happened on: "… the service disruption that occurred
// in the Frankfurt region on November 12, 2026."
import type { Paragraph, Root, RootContent } from 'mdast';
import { plainText, rangeOf } from '../markdown/parse';
import { FULL_YEAR, parseCalendarDate } from '../time/parseTime';
import type { Section, SectionKind } from './types';

/** Where prose tells the incident: the opening, the summary and what it says happened, not the causes or the plans. */
const TELLING: ReadonlySet<SectionKind | null> = new Set<SectionKind | null>([null, 'summary', 'impact', 'timeline', 'resolution']);

/** A date as prose writes it: "November 12, 2026", "12 November 2026", "2026-11-12" (with an optional weekday). */
export const PROSE_DATE = String.raw`(?:[A-Za-z]+,?[ \t]+)?(?:[A-Za-z]+[ \t]+\d{1,2}(?:st|nd|rd|th)?(?:,?[ \t]+\d{4})?|\d{1,2}(?:st|nd|rd|th)?[ \t]+[A-Za-z]+(?:[ \t]+\d{4})?|\d{4}-\d{2}-\d{2})`;
/** "… occurred in the Frankfurt region on November 12, 2026": a day the prose says something happened on. */
const ON_DATE = new RegExp(String.raw`\b[Oo]n[ \t]+(${PROSE_DATE})`);

/** A top-level paragraph that tells what happened, with its plain text. */
export interface TellingParagraph {
  paragraph: Paragraph;
  text: string;
}

/** The top-level paragraphs that tell what happened, with their plain text. */
export function tellingParagraphs(root: Root, sectionAt: (offset: number) => Section | null): TellingParagraph[] {
  return (root.children as RootContent[])
    .filter((node): node is Paragraph => node.type === 'paragraph' && TELLING.has(sectionAt(rangeOf(node).start)?.effectiveKind ?? null))
    .map((paragraph) => ({ paragraph, text: plainText(paragraph) }));
}

/** The first day those paragraphs say something happened on, as YYYY-MM-DD, when it names its year; else null. */
export function dayTheProseNames(texts: readonly string[]): string | null {
  for (const text of texts) {
    const written = ON_DATE.exec(text)?.[1];
    if (written === undefined || !FULL_YEAR.test(written)) continue;
    const day = parseCalendarDate(written);
    if (day !== null) return day;
  }
  return null;
}

/** "*Last updated: October 9, 2026*", "Posted October 28, 2026": when the document was written or published. */
const PUBLISHED_ON = new RegExp(String.raw`\b(?:last\s+updated|updated|posted|published|written)(?:\s+on)?\s*:?\s*(${PROSE_DATE})`, 'i');

/**
 * The day a top-level paragraph says the document was written, updated or published on, as YYYY-MM-DD, when it names
 * its year: near enough to the incident to give its year to due dates written without one ("Oct 24"). Else null.
 */
export function dayThePostNames(root: Root): string | null {
  for (const node of root.children as RootContent[]) {
    if (node.type !== 'paragraph') continue;
    const written = PUBLISHED_ON.exec(plainText(node))?.[1];
    if (written === undefined || !FULL_YEAR.test(written)) continue;
    const day = parseCalendarDate(written);
    if (day !== null) return day;
  }
  return null;
}

