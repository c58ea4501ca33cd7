// parsePostmortem: Markdown text in, the typed postmortem model out, with source offsets for everything.
import type { Heading, Root, RootContent } from 'mdast';
import { parseMarkdown, plainText, rangeOf, REPARSE_CHARS, SECTION_CHARS } from '../markdown/parse';
import type { SectionCache } from '../markdown/sectionCache';
import { FIRST_NAME_SET } from '../blame/lexicon';
import { linkTextsOnly, withoutAsides } from '../text/brackets';
import { LineIndex } from '../text/lines';
import { parseCalendarDate, parseTimelineTime, utcDate, UTC_ZONE, WRITTEN_YEAR, writtenZone, type DeclaredZone } from '../time/parseTime';
import { extractActionItems } from './actionItems';
import { readFrontMatter } from './frontMatter';
import { extractMetadata, headingFields } from './metadata';
import { dayThePostNames, dayTheProseNames, tellingParagraphs } from './proseDay';
import { buildSections, flattenSections, sectionLocator } from './sections';
import { extractTimelines } from './timeline';
import { extractTimelineLists, sectionZone } from './timelineLists';
import type { ActionItem, MetadataField, MetadataKey, PostmortemDocument, Section } from './types';

export function metadataValue(fields: MetadataField[], key: MetadataKey): MetadataField | undefined {
  return fields.find((f) => f.key === key);
}

/** Names from Participants / Incident Commander / attendance fields and sections: these are people, not systems. */
function collectPeople(fields: MetadataField[], participantListItems: string[]): string[] {
  const values = fields
    .filter((f) => f.key === 'participants' || f.key === 'incidentCommander' || f.key === 'technicalLead' || f.key === 'author' || f.key === 'owner')
    .map((f) => f.value);
  const names = [...values, ...participantListItems]
    // "Esk ([@esk](https://hachyderm.io/@esk))": a link's text, not its address, names the person.
    .map(linkTextsOnly)
    .flatMap((v) => v.split(/,|;|\band\b|\/|\n/))
    .map((n) => withoutAsides(n).replace(/^[\s@*_-]+/, '').replace(/(?<![\s*_.])[\s*_.]+$/, '').trim())
    .filter((n) => n !== '' && !/^\[.*\]$/.test(n) && !/^(tbd|n\/a|none|list of people involved)$/i.test(n));
  return [...new Set(names)];
}

/** "January 23rd, 2019 Prow Outage", "2021-06-28: External ID Migration": many postmortems date themselves in the title. */
function dateInTitle(title: string): string | null {
  const match = /\b\d{4}-\d{2}-\d{2}\b|\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.? \d{1,2}(?:st|nd|rd|th)?,? \d{4}\b|\b\d{1,2}(?:st|nd|rd|th)? (?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*,? \d{4}\b/i.exec(title);
  return match ? parseCalendarDate(match[0]) : null;
}

/**
 * The day a moment field names, or null: "**Started**: 2026-03-02 23:10 UTC" dates the incident when no Date field does.
 */
function momentDate(fields: MetadataField[], key: MetadataKey = 'startedAt'): string | null {
  const field = metadataValue(fields, key);
  const parsed = field ? parseTimelineTime(field.value, null) : null;
  return parsed?.hasDate ? parsed.instant.toISOString().slice(0, 10) : null;
}

/**
 * The zone the document writes its times in, when a moment or date field names one ("**Reported:** 3 Sep 2026, 07:45
 * BST"): a timeline that declares no zone of its own is on the same clock as the fields above it. UTC when none names
 * one.
 */
function documentZone(fields: MetadataField[], sections: Section[], text: string): DeclaredZone {
  for (const key of ['startedAt', 'detectedAt', 'acknowledgedAt', 'mitigatedAt', 'resolvedAt', 'date'] as const) {
    const field = metadataValue(fields, key);
    const zone = field === undefined ? null : writtenZone(field.value);
    if (zone !== null) return zone;
  }
  // "## Timeline" over "All times are Eastern Time (ET) on Tuesday, April 14, 2026.": the clocks the prose tells without
  // a zone are in it too.
  for (const section of flattenSections(sections)) {
    if (section.kind !== 'timeline') continue;
    const zone = sectionZone(section, text);
    if (zone !== null) return zone;
  }
  return UTC_ZONE;
}

/**
 * "Heidi to add a canary", "Maria Lopez will audit the roles", "**Kim**: add a canary": a name we know as a person's (a
 * participant, or a common first name) at the start of an item.
 */
function namedAtStart(itemText: string, people: string[]): string | undefined {
  const known = people.find((p) => new RegExp(`^${p.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}\\s+(?:to|will|should)\\s+\\S`).test(itemText));
  if (known) return known;
  // "Nóva to send …" where the participants list "Kris Nóva": one of a known person's names.
  const word = /^(\p{Lu}[\p{Ll}'’-]{2,})\s+(?:to|will)\s+\p{Ll}/u.exec(itemText)?.[1];
  if (word && people.some((p) => p.split(/\s+/u).includes(word))) return word;
  // "Ed and Caroline to write …", "Ana, Joe & Mei will …": every name a first name we know.
  const named = NAMES_AT_START.exec(itemText);
  if (named && named[1].split(/(?:(?<!\s)\s+)?(?:,|&|\band\b)\s*/).every((name) => FIRST_NAME_SET.has(name.split(/\s+/)[0].toLowerCase()))) return named[1];
  // "Developers to come up with …", "Leads to review …": the people of a role, not "Customers to be notified".
  return ROLE_AT_START.exec(itemText)?.[1];
}

const NAME = String.raw`[A-Z][a-z]+(?:\s+[A-Z][a-z]+)?`;
const NAMES_AT_START = new RegExp(String.raw`^(${NAME}(?:(?:\s*,\s*|\s*&\s*|\s+and\s+)${NAME}){0,3})(?:\s+(?:to|will)\s+|:\s+)[a-z]`);
const ROLE_AT_START = /^((?:Developers|Engineers|Devs|Leads|Tech leads|Team leads|Managers|SREs|Ops|On-?call|Support|Security|Architects|Admins|Sysadmins|Testers|Maintainers))\s+(?:to|will)\s+(?!be\b)[a-z]/;

/** A person at the start of an item ("Heidi to add a canary") owns it. */
function withNamedOwner(item: ActionItem, people: string[], text: string): ActionItem {
  const person = namedAtStart(item.text, people);
  if (!person) return item;
  const at = text.indexOf(person, item.range.start);
  return {
    ...item,
    owner: person,
    ownerRange: at === -1 || at > item.range.end ? null : { start: at, end: at + person.length },
    text: item.text.slice(person.length).replace(/^(?:\s+(?:to|will|should)\s+|:\s+)/, ''),
  };
}

export interface ParseOptions {
  /** The parsed pieces of this document's previous version, to reuse those an edit left unchanged (see sectionCache.ts). */
  sections?: SectionCache;
  /** The text's tree, when the caller has parsed it already (the workspace scan parses a shorter copy, see scan.ts). */
  ast?: Root;
}

export function parsePostmortem(text: string, options: ParseOptions = {}): PostmortemDocument {
  const ast = options.ast ?? parseMarkdown(text, options.sections === undefined ? SECTION_CHARS : REPARSE_CHARS, options.sections);
  const lines = new LineIndex(text);
  const sections = buildSections(ast, text.length);
  const at = sectionLocator(sections);

  let frontMatter: PostmortemDocument['frontMatter'] = null;
  const yamlNode = ast.children.find((n) => n.type === 'yaml');
  if (yamlNode && yamlNode.type === 'yaml') {
    frontMatter = { range: rangeOf(yamlNode), ...readFrontMatter(yamlNode.value) };
  }

  const metadata = [...extractMetadata(ast, text, at), ...headingFields(ast, text, flattenSections(sections))];
  const firstHeading = ast.children.find((n): n is Heading => n.type === 'heading' && n.depth === 1);
  if (!metadataValue(metadata, 'title') && firstHeading) {
    const range = rangeOf(firstHeading);
    const title = plainText(firstHeading).trim();
    const valueStart = text.indexOf(title, range.start);
    metadata.push({
      key: 'title',
      label: 'Title',
      value: title,
      source: 'bold-line',
      range,
      valueRange: valueStart === -1 ? range : { start: valueStart, end: valueStart + title.length },
    });
  }
  const dateField = metadataValue(metadata, 'date');
  // The title field, or the first heading when that field names none ("| **Incident** | #4790 |" read as the title).
  const titleDate = dateInTitle(metadataValue(metadata, 'title')?.value ?? '') ?? (firstHeading ? dateInTitle(plainText(firstHeading)) : null);
  const fieldDate = dateField ? parseCalendarDate(dateField.value) : null;
  // A blog post's front matter dates the post ("date: 2026-04-17"); a title naming an earlier day ("… unavailable on
  // April 14, 2026") names the incident's.
  const postDate = dateField?.source === 'front-matter' && fieldDate !== null && titleDate !== null && titleDate < fieldDate;
  const incidentDate = (postDate ? titleDate : fieldDate) ?? momentDate(metadata) ?? titleDate;
  const referenceDate = incidentDate ? utcDate(incidentDate) : null;

  const participantListItems: string[] = [];
  for (const node of ast.children as RootContent[]) {
    if (node.type === 'list' && at(rangeOf(node).start)?.effectiveKind === 'participants') {
      for (const item of node.children) participantListItems.push(plainText(item).trim());
    }
  }

  const people = collectPeople(metadata, participantListItems);
  // A later moment's day ("Reported: 2026-11-18 10:42 UTC") is the nearest day known to a timeline of times alone, when
  // nothing dates the incident: its times counted from year 2000 were 9,818 days before that detection. It also names
  // the year of due dates written without one.
  const momentDay = (['detectedAt', 'acknowledgedAt', 'mitigatedAt', 'resolvedAt'] as const).map((key) => momentDate(metadata, key)).find((day) => day !== null) ?? null;
  const timelineDay = incidentDate ?? momentDay;
  const zone = documentZone(metadata, sections, text);
  const timelines = extractTimelines(ast, text, at, timelineDay, zone);
  const timelineLists = extractTimelineLists(ast, text, sections, timelineDay, zone);
  // "Due: end of March" needs a year: the incident's, or failing that the first timeline entry that writes one ("Sep 30,
  // 9:02 PM" names a day of no known year: due dates read against it were 26 years overdue).
  const firstTimelineDate = [...timelines.flatMap((t) => t.rows), ...timelineLists.flatMap((l) => l.entries)].find((e) => e.hasDate && e.time && WRITTEN_YEAR.test(e.timeText))?.time ?? null;
  const datedList = timelineLists.find((l) => l.dateLine !== undefined)?.dateLine;
  // Failing all of those, the day the opening or summary says it happened on ("… occurred on November 12, 2026").
  // Then the day the document says it was written or published on ("*Last updated: October 9, 2026*").
  const fallbackDay = referenceDate !== null ? null : firstTimelineDate ? firstTimelineDate.toISOString().slice(0, 10) : datedList ?? momentDay ?? dayTheProseNames(tellingParagraphs(ast, at).map(({ text }) => text)) ?? dayThePostNames(ast);
  const actionsReference = referenceDate ?? (fallbackDay ? utcDate(fallbackDay) : null);
  const actionItems = extractActionItems(ast, { text, lines, sectionAt: at, referenceDate: actionsReference }).map((item) => {
    // "Define acceptance tests : Chris F create story": when the owner text starts with a known person, that person owns it.
    const person = item.owner ? people.find((p) => item.owner!.startsWith(`${p} `)) : undefined;
    if (person && item.ownerRange) return { ...item, owner: person, ownerRange: { start: item.ownerRange.start, end: item.ownerRange.start + person.length } };
    return item.owner === null ? withNamedOwner(item, people, text) : item;
  });

  return {
    text,
    ast,
    frontMatter,
    metadata,
    sections,
    timelines,
    timelineLists,
    actionItems,
    people,
    incidentDate,
    zone,
  };
}
