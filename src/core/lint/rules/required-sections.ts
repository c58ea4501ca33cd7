// Rule: the sections every postmortem must have (configurable; default summary, impact, timeline, root cause, action items).
import * as z from '../../zod';
import type { List, Paragraph } from 'mdast';
import { eachNode, nodesOfType } from '../../markdown/walk';
import type { PostmortemDocument, Section, SectionKind, TextRange } from '../../model/types';
import { flattenSections } from '../../model/sections';
import { classifySection, normaliseHeading } from '../../model/sectionKinds';
import { plainText, rangeOf } from '../../markdown/parse';
import { defineRule } from '../defineRule';
import { proseIsEnglish } from '../../text/language';

/** The heading a missing section gets when inserted, one per kind the model recognises. */
const SECTION_HEADINGS: Record<SectionKind, string> = {
  summary: 'Summary',
  impact: 'Impact',
  timeline: 'Timeline',
  rootCause: 'Root Cause',
  contributingFactors: 'Contributing Factors',
  wentWell: 'What Went Well',
  wentWrong: 'What Went Wrong',
  actionItems: 'Action Items',
  lessonsLearned: 'Lessons Learned',
  metrics: 'Metrics',
  references: 'References',
  signOff: 'Sign-off',
  detection: 'Detection',
  resolution: 'Resolution',
  fiveWhys: 'Five Whys',
  reviewQuestions: 'Review Questions',
  participants: 'Participants',
  notes: 'Notes',
};

/** Shorter than this, a paragraph before the first heading is a byline or a note, not a summary. */
const MIN_INTRODUCTION_LENGTH = 80;

const SECTION_KINDS = Object.keys(SECTION_HEADINGS) as [SectionKind, ...SectionKind[]];

/** Sections that answer the same question under another name: a five-whys analysis is a root cause analysis. */
const ALSO_SATISFIED_BY: Partial<Record<SectionKind, readonly SectionKind[]>> = {
  rootCause: ['contributingFactors', 'fiveWhys'],
};

/**
 * Headings that tell the story of the incident in prose: where no Summary exists, they are the summary. Also a heading
 * of question words that opens with "what" ("What, How, When and Why", "What and why").
 */
const NARRATIVE_TITLE = /\bwhat happened\b|\bincident (description|details|overview)\b|^(the )?incident$|^what(?:,? (?:and )?(?:how|when|why|where|who)){1,4}\??$/i;

/**
 * Headings of a section that tells in prose what comes next ("## What's next?"): the follow-up is there, even when no
 * sentence of it reads as a task (Cloudflare's assurances, a status page set up).
 */
const WHATS_NEXT_TITLE = /^(?:so\s+)?what(?:['’]s|\s+is|\s+comes|\s+happens)\s+next\b/iu;

/**
 * Words that say what the incident did to users or the service: a summary with one of them states the impact, as most
 * short published postmortems do ("all services using Okta got affected", "emails were delayed by 40 minutes", "all
 * Services … return status 503 messages").
 */
const IMPACT_STATEMENT = /\b(?:(?:status|http|error)\s+(?:codes?\s+)?[45]\d\d|returned\s+(?:an?\s+)?(?:http\s+)?[45](?:\d\d|xx)s?\b|[45]xx(?:\s+|-)(?:errors?|responses?|rates?|codes?)|\d+(?:\.\d+)?\s?%\s+of\s+(?:[\w-]+\s+){0,3}?(?:requests|calls|queries|traffic|users|customers|sessions|logins|jobs|builds|orders|payments|transactions|messages)|[45]\d\d\s+(?:errors?|responses?|status(?:es)?|messages?|codes?)|no (?:[\w-]+ ){0,2}?(?:traffic|requests|connections) (?:(?:was|were|to be|being) )?(?:received|routed|served|processed|delivered)|(?:bad|broken|degraded|inconsistent|unhealthy) state|(?:which|that) (?:do|does|did)(?:n[’']t| not) (?:support|load|render|accept)|(?:un)?affect(?:ed|ing)|stopped (?:appearing|showing up|working|loading|responding|updating|syncing|arriving)|impact(?:ed|ing)?|unavailable|unreachable|unresponsive|offline|from being (?:sent|served|delivered|processed|routed)|prevent(?:s|ed|ing)? (?!(?:this|it|that|similar|such|recurrence|a recurrence)\b)(?:the |a |an |our |their |users? |customers? )?(?:[\w-]+ ){0,3}?from (?:progressing|syncing|synchronizing|starting|loading|connecting|logging in|accessing|sending|receiving|processing|completing|running|working)\b|(?:would|did)(?:n[’']t| not) (?:start|load|respond|connect|boot|work|resolve|serve)|went down|(?:was|were|is|are|been) down\b(?! to\b)|(?:came|was|were) back (?:online|up)|(?:waited|queued|stuck|pending) (?:for|up to|over|more than|about|around) |crash(?:ed|es)|crash-?loop(?:s|ed|ing)?|inaccessible|not (?:accessible|available|reachable|searchable)|not (?:being )?(?:shipped|delivered|sent|processed|ingested|indexed|synced|published)|outages?|downtime|down for|could(?:n[’']t| not)|unable to|(?:were|was) not able|fail(?:s|ed|ing|ures?)?|errors?|timeouts?|timed out|declined|degraded|stall(?:ed|s)?|halt(?:ed|s)?|compromise[sd]?|slow(?:ed|er|ness)?|delayed|delays?|lost|loss of|broke|broken|disrupt(?:ed|ion)|left without|caused (?:issues|problems|an? (?:[\w-]+ ){0,3}?(?:issue|problem))|customers?|users?|no-?op|no (?:\w+[- ])?impact|(?:alerts?|alarms?) (?:were|was|kept) (?:being )?(?:triggered|fired|firing|raised)|bypass(?:ed|es|ing)?|exploit(?:s|ed|able)?|(?:allow(?:ed|s|ing)?|let|lets) (?:an? |the )?(?:adversary|adversaries|attackers?|third[- ]party|malicious)|(?:adversary|adversaries|attackers?|malicious (?:users?|actors?|part(?:y|ies))) (?:could|can|may|might|would|(?:was|were) able to)|(?:were|was|been|being) (?:exposed|leaked|exfiltrated)|exposing)\b/i;

/**
 * Prose that names the cause it goes on to give: "the actual root cause was …", "The exact cause of events was:", "The
 * issue was that …"; not "the cause is still unknown".
 */
const CAUSE_NAMED = /\b(?:actual|real|underlying|true|exact|main|primary|root)\s+(?:root\s+)?causes?(?:\s+of\s+(?:the\s+)?[\w-]+(?:\s+[\w-]+)?)?\s+(?:was|were|is|are)\b(?!\s+(?:still\s+)?(?:unknown|unclear|not|under|being|yet|undetermined|tbd|to\s+be))|\bthe\s+(?:issue|problem)\s+(?:was|is)\s+that\b/i;
/**
 * Words that say why it happened: a summary or a "What went wrong" list with one of them tells the root cause, as short
 * published reports do ("A bug in the GKE resource quota was preventing…", "an outage caused by a Denial-of-Service attack").
 */
const CAUSE_STATEMENT = /\b(?:(?:pr|pull request|change|commit|deploy(?:ment)?|script|job|pipeline|update|upgrade|migration|release) (?:[\w-]+ ){0,3}?(?:destroyed|deleted|removed|broke|overwrote|disabled|wiped|dropped) |(?:wasn[’']t|was not|weren[’']t|were not|hadn[’']t|had not|isn[’']t|is not) [^.,;\n]{1,80}, so (?:this|the|that|it|every|all|no|our)|caused by|because|due to|made (?:the |it |them )?(?:[\w-]+ ){0,3}?(?:crash|fail|hang|break|stall)\b|(?:code|check|validation|logic|function|handler|service|script|job) (?:[\w-]+ ){0,4}?failed to (?:check|validate|verify|handle|account for|reject|sanitize|enforce|limit)|(?:root|underlying) (?:cause|issue|problem)|contribut(?:ed|ing) to|result(?:ed|ing)? from|triggered by|stem(?:med|ming|s)? from|a (?:[\w-]+ ){0,2}?bug(?: (?:in|where|that)|(?=:))|affected by (?:an? |the )(?:[\w-]+ )?(?:outage|failure|incident|problem|issue|bug|fault|disruption)s? (?:of|at|in|with|on) |(?:was|were) (?:[\w-]+ )?(?:changed|set|updated|configured|deployed|deleted|removed|applied|merged|pushed) (?:by mistake|in error|incorrectly|wrongly)|(?:ran|run|running) out of|filled up|(?:took|pushed|put|go|went|going) (?:us |it |them )?(?:over|past|above|beyond) (?:an? |the |our |its )?(?:[\w-]+ ){0,3}?(?:limit|quota|threshold)s?|exceed(?:ed|ing|s)? (?:an? |the |our |its |their )?(?:[\w-]+ ){0,3}?(?:limit|quota)s?|exhaust(?:ed|ing|s)? (?:the |its |their |all )?(?:[\w-]+ ){0,2}?(?:memory|disk|connections?|file descriptors|descriptors|quota|capacity|pool|threads|cpu|resources|storage|inodes)|(?:issue|problem|fault) (?:was|is) with (?:the|a|an|our) |(?:were|was|are|is) not (?:correctly |properly )?configured (?:with (?:the )?(?:correct|right)|correctly|properly)|(?:incorrectly|improperly|wrongly) configured|(?:wasn[’']t|was not|weren[’']t|were not) (?:fully |entirely |quite )?aware (?:of|that|in|which)\b|(?:dropped|removed|deprecated|disabled) support for|support for (?:[\w.-]+ ){1,4}?(?:was|were|has been|had been) (?:dropped|removed|deprecated|disabled)|turned out to be|the (?:cause|reason) (?:was|is)|reason was|(?:we|team|engineers?|it was) (?:determined|found|discovered|identified) that|attack (?:pattern|vector)|misconfigur(?:ed|ation)|(?:inadvertently|ultimately|directly) led to|(?:led|leading) to|(?:caused|causing|induced|inducing|resulting in|resulted in|preventing)(?= \S+ \S)|relate[sd]? to|(?:found out|revealed|showed) that|(?:a |an |the )?(?:unintended |unexpected )?side[- ]effects? of|narrow(?:ed)? (?:this|it) down to|(?:affected by|exploit(?:ed|ing|s)?) (?:the |a |an )?(?:[\w-]+ ){0,3}vulnerabilit(?:y|ies)|CVE-\d{4}-\d{4,}|(?:security\s+)?breach(?:es|ed)?|(?:inadvertently|accidentally|unintentionally|mistakenly|incorrectly|wrongly|erroneously)\s+[\w-]+|leaked|exposing|gained\s+(?:unauthori[sz]ed\s+)?access|malicious|malware|typosquat\w*|phishing|ill\s+intent|stolen\s+(?:credentials?|tokens?|passwords?|keys?)|(?:was|were|is|are)\s+the\s+(?:root|underlying|main|primary|actual)\s+causes?)\b/i;

/** Clock times ("15:09 UTC", "at 9:14"): an opening paragraph with several of them tells the timeline in prose. */
const CLOCK_TIME = /\b\d{1,2}:\d{2}\b/g;
const PROSE_TIMELINE_TIMES = 3;

/** Paragraphs of prose between the title and the first section heading: the summary in many published postmortems. */
function introduction(doc: PostmortemDocument): TextRange[] {
  const ranges: TextRange[] = [];
  for (const [index, node] of doc.ast.children.entries()) {
    if (node.type === 'heading' && node.depth > 1) break;
    if (node.type !== 'paragraph') continue;
    const start = node.position?.start.offset ?? 0;
    const end = node.position?.end.offset ?? 0;
    const holdsMetadata = doc.metadata.some((field) => field.range.start >= start && field.range.start < end);
    // A one-line description right under the title ("# ISSUE NAME" over "Password compromise of an employee's Okta
    // account.") is the summary even when short, and so is one right after front matter, which holds the title of a blog
    // post ("On July 8th, the Open Build Service experienced a service degradation.").
    const underTitle = ranges.length === 0 && ['heading', 'yaml'].includes(doc.ast.children[index - 1]?.type ?? '');
    const long = end - start >= MIN_INTRODUCTION_LENGTH || (underTitle && end - start >= 30 && doc.text.slice(start, end).trim().split(/\s+/u).length >= 5);
    if (!holdsMetadata && long) ranges.push({ start, end });
  }
  return ranges;
}

/** A bold label and the part of the document it heads. */
interface LabelledField {
  /** What the label names, or null for a label of no section ("**Identified**:"). */
  kind: SectionKind | null;
  /** Whether the field says what was found (FOUND_LABEL, not how it was noticed): it may state the cause. */
  found: boolean;
  range: TextRange;
}

/** A field that says what was found ("**Identified**: Prometheus was OOMKilled, causing …"): it may state the cause. */
const FOUND_LABEL = /^(?:identified|cause identified|findings?|diagnosis|what we found)$/iu;
/** How a problem was noticed: a notification, an alert, a report by someone. */
const NOTICED = /^(?:an?\s+|the\s+)?(?:notifications?|alerts?|alarms?|reports?|pages?|pingdom|pagerduty|monitoring|(?:\S+\s+){0,3}?(?:reported|noticed|alerted|flagged|raised))\b/iu;

/** A field written as a bold label ("**Impact**: …", "- **Root cause**: …") or a bold paragraph names a section too. */
function labelledFields(doc: PostmortemDocument): LabelledField[] {
  const fields: LabelledField[] = [];
  eachNode(doc.ast, (node, parent) => {
    if (node.type !== 'paragraph') return true;
    const [first, next] = (node as Paragraph).children;
    if (first?.type !== 'strong') {
      fields.push(...plainLabelledLines(doc.text, node as Paragraph));
      return false;
    }
    const label = plainText(first).trim();
    // A label with a colon, alone, or alone on its line over what it heads ("> **Summary**" over the panel's lines).
    const colon = label.endsWith(':') || (next?.type === 'text' && /^[ \t]*[:\n]/.test(next.value)) || next === undefined || next.type === 'break';
    const kind = colon && label.length <= 40 ? classifySection(label.replace(/:$/, '')) : null;
    // "- **Context**:" over sub-bullets: the field is the whole list item, its sub-bullets are its content.
    const whole = parent?.type === 'listItem' ? parent : node;
    // "**Identified**: Notification from security team …" tells how it was noticed, not what was found.
    const found = colon && FOUND_LABEL.test(label.replace(/:$/, '').trim()) && !NOTICED.test(plainText(node).slice(plainText(first).length).replace(/^\s*:?\s*/u, ''));
    if (kind !== null || found) fields.push({ kind, found, range: { start: whole.position?.start.offset ?? 0, end: whole.position?.end.offset ?? 0 } });
    return false;
  });
  return fields;
}

/** A line of a chat-style summary: "Cause: the disk filled …", "Impact: about 3,100 uploads failed". */
const PLAIN_LABEL = /^([A-Z][\w /-]{1,30}):\s+\S/u;

/** The fields of a paragraph whose every line (two or more) opens with a plain label, each line the field it names. */
function plainLabelledLines(text: string, paragraph: Paragraph): LabelledField[] {
  const { start, end } = rangeOf(paragraph);
  const lines = text.slice(start, end).split('\n');
  if (lines.length < 2 || !lines.every((line) => PLAIN_LABEL.test(line.trim()))) return [];
  let at = start;
  return lines.flatMap((line) => {
    const range = { start: at, end: at + line.length };
    at += line.length + 1;
    const kind = classifySection(PLAIN_LABEL.exec(line.trim())![1]);
    return kind === null ? [] : [{ kind, found: false, range }];
  });
}

/** Where the document summarises the incident: its introduction, Summary sections and fields, or a "What happened" section. */
function summaries(doc: PostmortemDocument, reading: Reading): TextRange[] {
  const sections = flattenSections(doc.sections)
    .filter((section) => section.kind === 'summary' || NARRATIVE_TITLE.test(section.title))
    .map((section) => section.contentRange);
  const fields = reading.labelled.filter((field) => field.kind === 'summary').map((field) => field.range);
  return [...reading.introduction, ...sections, ...fields, ...openingSection(doc)];
}

/**
 * The first section under the title when its heading names no kind ("## Downtime on the afternoon of 3rd of August"):
 * the story of the incident opens the document there, as an introduction would.
 */
function openingSection(doc: PostmortemDocument): TextRange[] {
  const [first] = flattenSections(doc.sections).filter((section) => section.depth > 1);
  if (!first || first.kind !== null || NARRATIVE_TITLE.test(first.title)) return [];
  const before = doc.ast.children.filter((node) => node.type === 'paragraph' && (node.position?.end.offset ?? 0) <= first.headingRange.start);
  const prose = doc.ast.children.some((node) => node.type === 'paragraph' && (node.position?.start.offset ?? 0) >= first.contentRange.start && (node.position?.end.offset ?? 0) <= first.contentRange.end && (node.position?.end.offset ?? 0) - (node.position?.start.offset ?? 0) >= MIN_INTRODUCTION_LENGTH);
  return before.length === 0 && prose ? [first.contentRange] : [];
}

/** The sections titled "What happened?". */
function whatHappenedSections(doc: PostmortemDocument): Section[] {
  return flattenSections(doc.sections).filter((section) => /^what happened$/u.test(normaliseHeading(section.title)));
}

/** The first paragraph of each "What happened?" section: short reports open it with what users saw. */
function whatHappened(doc: PostmortemDocument): TextRange[] {
  return whatHappenedSections(doc).flatMap((section) => {
    const first = doc.ast.children.find((node) => node.type === 'paragraph' && (node.position?.start.offset ?? 0) >= section.contentRange.start && (node.position?.end.offset ?? 0) <= section.contentRange.end);
    return first?.position ? [{ start: first.position.start.offset ?? 0, end: first.position.end.offset ?? 0 }] : [];
  });
}

/** A closing section that sums up what went wrong ("## Conclusion"). */
const CONCLUSION_TITLE = /^(?:conclusions?|in conclusion|analysis|discussion)$/u;

/** Where the document explains what went wrong: its title, summaries, the opening of "What happened?", "What went wrong", impact, resolution and conclusion. */
function explanations(doc: PostmortemDocument, reading: Reading): TextRange[] {
  const sections = flattenSections(doc.sections);
  const wentWrong = sections
    .filter((section) => section.kind === 'wentWrong' || section.kind === 'resolution' || section.kind === 'impact' || (section.kind === null && CONCLUSION_TITLE.test(normaliseHeading(section.title))))
    .map((section) => section.contentRange);
  // A title can state the cause: "Upgrading ingress-nginx caused brief outage in carbonplan".
  const title = sections.find((section) => section.depth === 1)?.headingRange;
  const fields = reading.labelled.filter((field) => field.kind === 'wentWrong' || field.kind === 'resolution' || field.kind === 'impact' || field.found).map((field) => field.range);
  // The whole of "What happened", where a post tells how it came about ("The backfill had a bug: …").
  const happened = whatHappenedSections(doc).map((section) => section.contentRange);
  return [...reading.summaries, ...happened, ...wentWrong, ...fields, ...(title ? [title] : [])];
}

/**
 * The prose of each section, paragraphs only (code blocks hold log timestamps): a "How did it happen?" section that tells
 * the story with its clock times ("At 3:28 PM UTC …", "At 3:43 PM …") is the timeline.
 */
function narratedSections(doc: PostmortemDocument): string[] {
  // Each section's own part (up to its first sub-section) is disjoint from the others and in document order: one sweep.
  const own = flattenSections(doc.sections)
    .map((section) => ({ start: section.contentRange.start, end: section.children[0]?.range.start ?? section.contentRange.end }))
    .sort((a, b) => a.start - b.start);
  const prose = own.map(() => '');
  let at = 0;
  for (const node of doc.ast.children) {
    if (node.type !== 'paragraph') continue;
    const start = node.position?.start.offset ?? 0;
    const end = node.position?.end.offset ?? 0;
    while (at < own.length && own[at].end <= start) at++;
    if (at < own.length && start >= own[at].start && end <= own[at].end) prose[at] += `${doc.text.slice(start, end)}\n`;
  }
  return prose;
}

/**
 * What the rule reads of one document besides its headings, each piece worked out once per lint and only when a section
 * missing by heading asks for it: several kinds read the same summaries, introduction and section prose.
 */
class Reading {
  private labelledFields?: LabelledField[];
  private introductionRanges?: TextRange[];
  private summaryRanges?: TextRange[];
  private whatHappenedRanges?: TextRange[];
  private narratedProse?: string[];

  constructor(private readonly doc: PostmortemDocument) {}

  get labelled(): LabelledField[] {
    return (this.labelledFields ??= labelledFields(this.doc));
  }

  get introduction(): TextRange[] {
    return (this.introductionRanges ??= introduction(this.doc));
  }

  get summaries(): TextRange[] {
    return (this.summaryRanges ??= summaries(this.doc, this));
  }

  get whatHappened(): TextRange[] {
    return (this.whatHappenedRanges ??= whatHappened(this.doc));
  }

  get narrated(): string[] {
    return (this.narratedProse ??= narratedSections(this.doc));
  }
}

/** A list item that opens with a clock time, bold or not: "**00:27 UTC:** Django starts …", "14:02 — paged". */
const TIMED_ITEM = /^\s*(?:\d{4}-\d{2}-\d{2}[ T])?\d{1,2}:\d{2}\b/u;

/** Whether the document holds a list with at least PROSE_TIMELINE_TIMES items that open with a clock time. */
function hasTimedList(doc: PostmortemDocument): boolean {
  return nodesOfType<List>(doc.ast, 'list').some((list) => list.children.filter((item) => TIMED_ITEM.test(plainText(item))).length >= PROSE_TIMELINE_TIMES);
}

/** The kinds a heading of several parts names, one per part ("Response, Cause, Prevention"); none for a heading of one. */
function namedParts(title: string): SectionKind[] {
  // Split at the joiners alone and trimmed after: blanks around a joiner looked for from every blank of a run were
  // quadratic (0.7 s for a heading with 12,000 blanks).
  const parts = title.split(/,|&|\/|\band\b|\+/u).map((part) => part.trim()).filter((part) => part !== '');
  if (parts.length < 2 || parts.length > 4) return [];
  return parts.map((part) => classifySection(part)).filter((kind): kind is SectionKind => kind !== null);
}

function hasSection(doc: PostmortemDocument, kind: SectionKind, reading: Reading): boolean {
  const kinds = [kind, ...(ALSO_SATISFIED_BY[kind] ?? [])];
  const sections = flattenSections(doc.sections);
  if (sections.some((section) => section.kind !== null && kinds.includes(section.kind))) return true;
  // "## Response, Cause, Prevention", "## Root Cause and Remediation": a heading that names several parts holds each.
  if (sections.some((section) => namedParts(section.title).some((part) => kinds.includes(part)))) return true;
  if (reading.labelled.some((field) => field.kind !== null && kinds.includes(field.kind))) return true;
  // A timeline (table or list) or a list of action items counts even where its heading is worded unusually.
  // A short report may tell its times in its opening paragraph ("released at 15:09 UTC … reverted by 15:56 UTC").
  // So may a list of timed events under another heading ("## Leadup" over "- **00:27 UTC:** Django starts …").
  if (kind === 'timeline') return doc.timelines.length > 0 || doc.timelineLists.length > 0 || [...reading.introduction.map((range) => doc.text.slice(range.start, range.end)), ...reading.narrated].some((prose) => (prose.match(CLOCK_TIME) ?? []).length >= PROSE_TIMELINE_TIMES) || hasTimedList(doc);
  if (kind === 'actionItems') return doc.actionItems.length > 0 || sections.some((section) => WHATS_NEXT_TITLE.test(section.title.trim()));
  if (kind === 'summary') return reading.summaries.length > 0;
  // A summary, or the opening of "What happened?", that says who or what was affected answers the Impact question.
  if (kind === 'impact') return [...reading.summaries, ...reading.whatHappened].some((range) => IMPACT_STATEMENT.test(doc.text.slice(range.start, range.end)));
  // A summary or a "What went wrong" list that says why it happened answers the Root Cause question, and so does prose
  // anywhere that names the cause ("the actual root cause was deeper. The exact cause of events was:").
  if (kind === 'rootCause') return explanations(doc, reading).some((range) => CAUSE_STATEMENT.test(doc.text.slice(range.start, range.end))) || reading.narrated.some((prose) => CAUSE_NAMED.test(prose));
  return false;
}

/** The share of a document's content in HTML blocks above which its sections cannot be read. */
const HTML_SHARE = 0.5;

/**
 * Whether the document is written mostly in HTML (a post exported from a blog engine: `<p>`, `<ul><li>`, `<h3>`): its
 * sections and their content are markup the model does not read, so whether most of them are missing cannot be told.
 * Only the timeline is judged there, by the clock times its text holds. HTML comments (a template's instructions) are
 * not content.
 */
function writtenInHtml(doc: PostmortemDocument): boolean {
  let html = 0;
  let all = 0;
  for (const node of doc.ast.children) {
    if (node.type === 'yaml' || (node.type === 'html' && node.value.trimStart().startsWith('<!--'))) continue;
    const length = (node.position?.end.offset ?? 0) - (node.position?.start.offset ?? 0);
    all += length;
    if (node.type === 'html') html += length;
  }
  return all > 0 && html / all >= HTML_SHARE;
}

/** The clock times ("14:05") in a document's HTML blocks. */
function htmlClockTimes(doc: PostmortemDocument): number {
  return doc.ast.children.reduce((n, node) => n + (node.type === 'html' ? (node.value.match(CLOCK_TIME) ?? []).length : 0), 0);
}

function missingMessage(kind: SectionKind, heading: string): string {
  if (kind === 'impact') {
    return `The postmortem has no Impact section and its summary does not say who or what was affected: add a "## ${heading}" section, or state the impact in the summary (or turn this requirement off in the configuration).`;
  }
  if (kind === 'rootCause') {
    return `The postmortem has no ${heading} section and neither its summary nor a "What went wrong" list says why it happened: add a "## ${heading}" section, or say what caused it in the summary (or turn this requirement off in the configuration).`;
  }
  return `The postmortem has no ${heading} section: add a "## ${heading}" section (or turn this requirement off in the configuration).`;
}

export const requiredSections = defineRule({
  id: 'required-sections',
  description: 'The postmortem has every required section.',
  why: 'Each section answers a question reviewers will ask (what happened, who was affected, why, what changes); a missing one usually means the question was skipped, not that it had no answer.',
  tags: ['structure'],
  defaultLevel: 'warning',
  options: z.strictObject({
    sections: z
      ._default(z.array(z.enum(SECTION_KINDS)), ['summary', 'impact', 'timeline', 'rootCause', 'actionItems'])
      .register(z.globalRegistry, { description: 'Section kinds every postmortem must have. Headings are recognised by meaning: "Executive Summary" and "Overview" are a summary, "Follow-ups" are action items.' }),
  }),
  check({ doc, options, report }) {
    const title = doc.sections[0]?.headingRange ?? { start: 0, end: 0 };
    const end = doc.text.length;
    const separator = doc.text.endsWith('\n\n') ? '' : doc.text.endsWith('\n') ? '\n' : '\n\n';
    const html = writtenInHtml(doc);
    const reading = new Reading(doc);
    // Sections are recognised by what their English headings mean: in a postmortem written in another language
    // ("## Tidslinje", "## Tiltak") whether one is missing cannot be told. Read only once a section seems missing.
    let english: boolean | undefined;
    for (const kind of options.sections) {
      if (html && (kind !== 'timeline' || htmlClockTimes(doc) >= PROSE_TIMELINE_TIMES)) continue;
      if (hasSection(doc, kind, reading)) continue;
      if (!(english ??= proseIsEnglish(doc.ast))) return;
      const heading = SECTION_HEADINGS[kind];
      report({
        range: title,
        message: missingMessage(kind, heading),
        expected: heading,
        suggestions: [{ title: `Add a "${heading}" section at the end`, edit: { start: end, end, text: `${separator}## ${heading}\n\n` } }],
      });
    }
  },
});
