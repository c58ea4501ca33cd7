// Finds action items: list items in action sections, task-list items anywhere, and rows of action tables.
import type { Heading, List, ListItem, Node, Root, Table, TableCell, TableRow, Parent, RootContent } from 'mdast';
import { nodesOfType } from '../markdown/walk';
import { plainText, rangeOf } from '../markdown/parse';
import type { LineIndex } from '../text/lines';
import { htmlTables } from '../markdown/htmlTable';
import { CLOSED_UNDONE_WORDS, DONE_PHRASES, DUE_LABEL, DUE_LABEL_BEFORE, isPlaceholderValue, OWNER_LABEL, OWNER_LABEL_BEFORE, PRIORITY_TAG, readActionFields, STATUS_LABEL } from './actionFields';
import type { ActionItem, Section, TextRange } from './types';
import { parseDueDate } from '../time/dueDate';
import { isTemplateInstruction } from '../text/templateInstructions';
import { classifySection, foldLetters } from './sectionKinds';

interface Context {
  text: string;
  lines: LineIndex;
  sectionAt: (offset: number) => Section | null;
  referenceDate: Date | null;
}

/** An item that only says there is nothing to do is not an action item. */
const EMPTY_ITEM = /^(n\/?a\b.*|none( at this time| yet| for now)?|nothing( to do)?|tbd|-|—|as above|see above|see below|no( \w+)? (actions?|action items|follow[- ]?ups?)\b[^.]*)\.?$/i;
/** A section whose name says its items are finished ("Immediate Actions (Completed)", "Done"); not "What could be done …". */
const COMPLETED_SECTION = /\b(completed|(?<!\b(?:be|to|being|get|gets|getting)\s)done|finished|resolved|already (taken|implemented))\b/i;
/** "Done" in the other languages action items are read in, folded (foldLetters): Norwegian "utført", German "erledigt". */
const DONE_WORDS_ELSEWHERE = 'gjort|utfort|ferdig|fullfort|klart?|avslutad|avslutat|afsluttet|faerdig|erledigt|fertig|abgeschlossen|gedaan|klaar|afgerond|hecho|hecha|terminado|terminada|completado|completada|fait|termine|feito|feita|concluido|concluida|fatto|completato|valmis|zrobione|gotowe';

/**
 * A label alone over a list of what is finished, compared folded: "✅ Done:", "Completed:", Norwegian "✅ Gjort:",
 * German "Erledigt:", Spanish "Hecho:" (not "🚧 To do:").
 */
const DONE_LABEL_LEAD_IN = new RegExp(String.raw`^[\W_]*(?:already\s+)?(?:done|completed?|finished|${DONE_WORDS_ELSEWHERE})[\W_]*:\s*$`, 'u');
/** A sentence introducing finished work: "The following action items are already completed:". */
const COMPLETED_LEAD_IN = /\b(already|have been|has been|were)\s+(done|completed|implemented|fixed|taken|made|shipped)\b[^.]*:\s*$/i;
/** A lead-in that lists what the team has done about it: "out of an abundance of caution, we have taken these actions today:". */
const TAKEN_ACTIONS_LEAD_IN = /\bwe(?:['’]ve|\s+have)\s+(?:now\s+|already\s+|also\s+)?(?:taken|implemented)\s+(?:the\s+following|these|several|some|a\s+few|two|three|four|five)\s+(?:[\w-]+\s+)?(?:actions|steps|measures|mitigations)\b(?![^.:]{0,80}\b(?:along\s+with|and\s+(?:more|further|planned)|plan|will)\b)[^.:]{0,80}:\s*$/i;
/** "We learned this the hard way and immediately put measures in place:": the list after it is work done. */
const MEASURES_IN_PLACE = /\b(?:put|puts|putting)\s+(?:(?:the\s+following|these|several|some|new|additional|further)\s+)?(?:measures|safeguards|controls|mitigations|changes|fixes)\s+in\s+place\b[^.:]{0,60}:\s*$/i;
/** Checkbox lists under these headings choose a value ("- [x] SEV2"), they are not tasks. */
const CHOICE_SECTION = /\b(severity|priority|status|impact|level|sev|classification)\b/i;
/** "AI (dropped): move to 1y certs …": a labelled line the team decided against, no action item. */
const DROPPED_LABEL = /^\s*(?:action items?|action points?|ai|follow[- ]?ups?|todo)\s*\(\s*(?:dropped|cancell?ed|rejected|declined|won['’]t (?:do|fix)|wontfix|not doing|abandoned|parked)\s*\)\s*:/i;
/** A paragraph that labels itself as an action item. */
const ACTION_LABEL = /^\s*(?:(action items?|action points?|actions? (?:planned|taken)|ai|follow[- ]?ups?|todo)\s*:|\[\s*(?:action items?|follow[- ]?ups?)\s*\]:?)\s*/i;
/** "Action taken:", "Actions taken:" as a label in the lessons of a report: what follows was done after the incident. */
const TAKEN_LABEL = /^\s*actions? taken\s*:/i;
/**
 * A template's checklist for finishing the report itself ("Sections above are filled out", "Incident title and
 * after-action report is cleaned up", "All actionable items above have linked GitHub Issues"): not follow-up work.
 */
const REPORT_CHECKLIST = /^(?:all\s+)?(?:(?:the\s+)?(?:sections?|fields?|(?:actionable\s+|action\s+)?items?)\s+above\b|(?:the\s+)?incident\s+has\s+been\s+(?:dealt\s+with|resolved|closed|mitigated)\b|[^.\n]{0,40}\b(?:after[- ]action\s+report|post-?mortem|incident\s+report|this\s+(?:report|document|doc))\s+(?:is|are|has\s+been|have\s+been)\s+(?:filled|cleaned|written|completed|reviewed|published|updated|shared)\b)/i;
/** A template's task of writing the report itself ("- [ ] write an incident report"), the document being read. */
const REPORT_TASK = /^(?:write|draft|publish|complete|finish)\s+(?:up\s+)?(?:an?|the|this)\s+(?:incident\s+report|post-?mortem|after[- ]action\s+report|incident\s+review)\s*\.?$/i;
/** A bold label alone on its line that introduces a list of actions: "**Actions planned:**", "**Action items:**". */
const ACTIONS_LEAD_IN = /^(?:actions? (?:planned|taken)|action (?:items?|points?)|follow[- ]?ups?|next steps)\s*:?$/i;
/** A sentence that ends by introducing action items: "We weathered the storm and created follow up action items:". */
const ACTIONS_ENDING_LEAD_IN = /\b(?:action\s+(?:items?|points?)|follow[- ]?up\s+(?:actions?|items?|tasks?))\s*:\s*$/i;
/** A sentence that introduces a list of work its authors commit to: "Going forward, we will do the following:". */
const COMMITTED_LEAD_IN = /\bthe following\b[^.]*:\s*$|(?:^|[.!?]\s+)(?:we|the team)\s+(?:will|are going to|plan to)(?:\s+(?:also|now|next))?\s*:\s*$/i;
/**
 * A sentence that introduces the changes made or planned so that it does not happen again: "To prevent similar issues in
 * the future, we've made a few changes along with more long term improvements:".
 */
const PREVENTIVE_LEAD_IN = /\bto\s+(?:prevent|avoid)\b[^.:]{0,80}?\b(?:in\s+the\s+future|again|recurr\w*|from\s+happening)\b[^.:]{0,40}?,\s*we(?:['’]ve|\s+have|\s+will|['’]ll|\s+are)?\s+[^.:]{0,80}?\b(?:changes|improvements|fixes|steps|measures|actions)\b[^.:]{0,60}:\s*$/i;
/** A paragraph announcing follow-up work in prose: "we'll be making several changes to make sure this doesn't happen again", "We are making several changes as a result of this event". */
const ANNOUNCES_CHANGES = /\bwe(?:\s+will|\s+are going to|[’']ll|\s+are|[’']re)\s+(?:be\s+)?(?:making|make)\s+(?:several|some|a few|a number of|these|the following)?\s*(?:changes|improvements|fixes)\b/i;
/** A sentence that opens as one of the changes its paragraph announced: "First, we have changed …", "Second, we will …". */
const ORDINAL_SENTENCE = /^(?:first(?:ly)?|second(?:ly)?|third(?:ly)?|fourth(?:ly)?|fifth(?:ly)?|next|finally|lastly|in addition|additionally)\b,?\s/i;
/** A paragraph that opens as one of those announced changes: "Secondly, we'll add …", "To start with, all SDKs will …". */
const ORDINAL_OPENER = /^(?:to start with|first(?:ly)?|second(?:ly)?|third(?:ly)?|next|then|finally|lastly|in addition|as a (?:more )?(?:long|short)[- ]term (?:solution|fix|measure))\b[^.]*?\b(?:will|[’']ll|plan to|are going to)\b/i;
/**
 * Whether a paragraph outside the action sections may be read as, or lead to, action items: an "Action point:" label,
 * a lead-in, prose that announces changes and then tells them, says what will still be done or is planned or under way,
 * opens with a task's verb ("Publish a document …") or tells the prevention work ("To prevent this in the future, … was
 * created"). The workspace scan leaves every other plain paragraph of the sections that tell the incident unparsed (see
 * actions/scan.ts).
 */
export function paragraphMayHoldActions(text: string): boolean {
  return ACTION_LABEL.test(text) || ACTIONS_LEAD_IN.test(text) || ACTIONS_ENDING_LEAD_IN.test(text) || COMMITTED_LEAD_IN.test(text) || PREVENTIVE_LEAD_IN.test(text) || ANNOUNCES_CHANGES.test(text) || ORDINAL_OPENER.test(text) || holdsLabelledSentence(text) || tellsWorkAhead(text) || opensWithImperative(text) || PREVENTION_TOLD.test(text);
}
/** A parenthesised period in a group heading: "Long-term Improvements (Target: Q4 2025 - Q1 2026)". */
const HEADING_PERIOD = /\(([^()]{2,60})\)\s*$/;
/** Words that name a group of items rather than an item ("- Short term" with sub-items). */
const GROUP_WORDS = /^((short|medium|long)[ -]term|immediate|investigation|analysis|discussion|hypothes[ie]s|process|tooling|technical|monitoring|alerting|documentation|people|communications?|prevention|detection|mitigation|follow[ -]?ups?|testing|infrastructure|engineering|product|operations)( actions| items| fixes)?:?$/i;
/** Sections whose tables describe the incident, not work to do, even with a "Who" or "When" column. */
const DESCRIPTIVE_KINDS = new Set(['timeline', 'participants', 'impact', 'detection', 'resolution', 'metrics', 'summary']);

/** Text of a list item as a reader sees it, one line per source line, nested lists excluded. */
function itemText(item: ListItem): string {
  return item.children
    .filter((child) => child.type !== 'list')
    .map((child) => lineText(child))
    .join('\n');
}

function lineText(node: Parent | RootContent): string {
  if (node.type === 'break') return '\n';
  if ('value' in node && typeof node.value === 'string') return node.type === 'html' ? '' : node.value;
  if ('children' in node) return (node.children as RootContent[]).map(lineText).join('');
  return '';
}

/**
 * Finds where a field value sits in the source, searching the item's range only: the first place its label is just
 * before it ("(owner: TBD, due: TBD)"), else the first place it is.
 */
function locate(text: string, range: TextRange, value: string | null, label: RegExp): TextRange | null {
  if (!value) return null;
  const within = text.slice(range.start, range.end);
  let first = -1;
  for (let index = within.indexOf(value); index !== -1; index = within.indexOf(value, index + 1)) {
    if (first === -1) first = index;
    if (label.test(within.slice(Math.max(0, index - 40), index))) {
      first = index;
      break;
    }
  }
  return first === -1 ? null : { start: range.start + first, end: range.start + first + value.length };
}

/** "Example: add an alert on queue depth": a template's sample item, left in; not a task of this incident. */
const SAMPLE_ITEM = /^(?:example|e\.g\.|for example|sample(?: item)?)\s*[:—–-]\s/i;

/** "Workaround: TBD": a field left to fill in, listed among the items; not a task (the placeholder rule reports it). */
const UNFILLED_FIELD = /^[\p{L}][\p{L} /-]{0,30}:\s*(?:tbd|tba|tbc|todo|\?+)\.?$/iu;

/** An item from its text; null when the text says nothing is to be done or is an unfilled template line. */
function fromText(raw: string, range: TextRange, searchEnd: number, source: ActionItem['source'], checked: boolean | null, doneByContext: boolean, ctx: Context): ActionItem | null {
  const line = raw.trim();
  if (line === '' || EMPTY_ITEM.test(line) || isTemplateInstruction(raw) || REPORT_CHECKLIST.test(line) || REPORT_TASK.test(line) || SAMPLE_ITEM.test(line)) return null;
  const fields = readActionFields(raw, ctx.referenceDate);
  if (fields.text === '' || isPlaceholderValue(fields.text) || EMPTY_ITEM.test(fields.text) || FILE_REFERENCE.test(fields.text) || UNFILLED_FIELD.test(fields.text)) return null;
  const searchRange = { start: range.start, end: searchEnd };
  return {
    range,
    line: ctx.lines.positionAt(range.start).line,
    text: fields.text,
    owner: fields.owner,
    ownerRange: locate(ctx.text, searchRange, fields.ownerText, OWNER_LABEL_BEFORE),
    due: fields.due,
    dueRange: locate(ctx.text, searchRange, fields.dueText, DUE_LABEL_BEFORE),
    dueApproximate: fields.dueApproximate,
    // An explicit checkbox wins over the section's or the lead-in's word.
    // Outside a table (whose status column says what is done), an item told in the past tense ("Migrated the node …") or
    // the present perfect ("In the past 3 weeks we have migrated 1800 servers …") is done, unless it goes on to what is
    // still to come ("We have already taken steps … and we will continue to extend …").
    done: checked === true || (checked !== false && (fields.done || doneByContext || DONE_AS_PAST.test(fields.text) || (DONE_AS_PERFECT.test(fields.text) && !STILL_TO_COME.test(fields.text)))),
    ticket: fields.ticket,
    source,
    section: ctx.sectionAt(range.start),
  };
}

/**
 * A sentence inside prose that labels itself as follow-up work: "… had no test coverage by construction. Follow-up: a
 * prod-shaped smoke job running the real frontend image." The label's sentence, without the label, is the item.
 */
const LABELLED_SENTENCE = /(?<=[.!?)]\s{1,4})(?:follow[- ]?ups?|action\s+items?|next\s+steps?)\s*:\s*(\S[^]{0,238}?(?:[.!?](?=\s|$)|$))/iu;

/** Whether a text holds a labelled sentence; most prose has no colon, and a look for one is much cheaper than the expression. */
function holdsLabelledSentence(text: string): boolean {
  return text.includes(':') && LABELLED_SENTENCE.test(text);
}

/**
 * Where a sentence read from a node's text starts in the node's Markdown `source`: found by its first words, as markup
 * later in the sentence makes the source differ from what was read; -1 when they are not written as read.
 */
function sentenceStart(source: string, sentence: string): number {
  return source.indexOf(sentence.slice(0, 16));
}

/**
 * The items a labelled sentence inside a paragraph or list item names, placed where their words are written: one, or
 * one for each owned clause the sentence joins with semicolons.
 */
function labelledSentenceItems(node: RootContent | ListItem, text: string, source: ActionItem['source'], ctx: Context): ActionItem[] {
  const match = LABELLED_SENTENCE.exec(text);
  if (match === null) return [];
  const { start, end } = rangeOf(node);
  const at = sentenceStart(ctx.text.slice(start, end), match[1]);
  const range = at === -1 ? { start, end } : { start: start + at, end };
  return ownedClauses(match[1], range, ctx.text).flatMap((clause) => fromText(clause.text, clause.range, end, source, null, false, ctx) ?? []);
}

/**
 * A sentence of a Resolution that tells the prevention work: "To prevent such a situation in the future, a new block-fill
 * algorithm was created …" (done) or "… a limit will be added …" (still to do).
 */
const PREVENTION_TOLD = /^\s*to\s+(?:prevent|avoid)\s+[^.]{0,80}?\b(?:in\s+the\s+future|again|recurr\w*|from\s+happening)\b,\s+(?:[^.]{0,200}?\b(?:(was|were|has\s+been|have\s+been)|will\s+be)\s+(?:[a-z]+ly\s+)?(?:created|added|implemented|introduced|deployed|built|written|changed|updated|released|enabled|improved|set\s+up)\b|we(?:(['’]ve|\s+have)|\s+will|['’]ll|\s+are|['’]re)\s+(?:also\s+|now\s+|already\s+|since\s+)?(?!(?:been|not|no|never|still|seen|had)\b)[a-z]{3,}(?:ed|en|ing|wn|lt|de|ut)?\b)/i;
/**
 * The item of a paragraph that tells the prevention work (PREVENTION_TOLD), or null: its first sentence, done when told
 * as done ("was created", "we have added").
 */
function preventionItem(node: RootContent, plain: string, ctx: Context): ActionItem | null {
  const prevention = PREVENTION_TOLD.exec(plain);
  if (prevention === null) return null;
  const first = FIRST_SENTENCE.exec(plain)?.[0] ?? plain;
  return first.length <= 400 ? fromText(first, rangeOf(node), rangeOf(node).end, 'paragraph', null, prevention[1] !== undefined || prevention[2] !== undefined, ctx) : null;
}

/** Work the authors have done so that it does not happen again: "We improved our upgrade testing to avoid this in the future". */
const PREVENTIVE_WORK_DONE = /^\s*we(?:['’]ve|\s+have)?\s+(?:now\s+|also\s+|since\s+)?(?:improved|added|implemented|introduced|set\s+up|created|updated|changed|enabled|deployed|configured|automated|built|wrote|extended|hardened)\b[^.\n]{0,120}?\bto\s+(?:avoid|prevent|stop|catch|detect)\b[^.\n]{0,80}?\b(?:in\s+the\s+future|again|recurr\w*|from\s+happening)\b/i;

/** A line that only points at where the work lives ("File: `src/lib/schemas.ts`"): a detail of the item above it, not a task. */
const FILE_REFERENCE = /^(?:files?|paths?|locations?|docs?|documentation)\s*:\s*[^\s,]+(?:\s*,\s*[^\s,]+)*$/i;

/** Sub-bullets that only hold a field of their item: "  - Owner: @pat", "  - Due: 2026-03-10". */
/** A sub-line giving one of an item's fields, in any language the fields are read in ("- Responsável: …", "- Prazo: …"). */
const FIELD_LINE = new RegExp(String.raw`^\s*(?:${OWNER_LABEL}|${DUE_LABEL}|${STATUS_LABEL})\s*:`, 'i');

/** A ticket's key or number alone ("OPS-880", "#412"), as a link's text before an item's task. */
const TICKET_KEY = /^\[?(?:#\d{1,9}|[A-Z][A-Z0-9]{1,9}-\d{1,9})\]?:?$/u;
/** A priority alone in brackets ("[P1]"), before an item's task. */
const PRIORITY_KEY = new RegExp(String.raw`^[[(]${PRIORITY_TAG}[\])]:?$`, 'i');
/** A note after a crossed-off task that says why it was closed: "won't do, Finance has no on-call", "done in #12". */
const CLOSING_NOTE = new RegExp(String.raw`^(?:${CLOSED_UNDONE_WORDS}|done|completed|fixed|finished|implemented|merged|shipped|resolved)\b`, 'iu');

/**
 * An item written ~~struck through~~ is one its authors have crossed off, a note after it too ("~~Increase worker
 * count~~ (superseded by the split above)", "~~Page Finance~~ won't do, no on-call"), and the ticket before it
 * ("[OPS-880](…) ~~Page Finance~~") or its priority ("[P1] ~~Raise the limit~~ — dropped").
 */
function isStruckThrough(item: ListItem): boolean {
  const paragraph = item.children.find((c) => c.type === 'paragraph');
  if (!paragraph || paragraph.type !== 'paragraph') return false;
  let content = paragraph.children.filter((c) => !(c.type === 'text' && c.value.trim() === ''));
  const task = content.findIndex((c) => c.type === 'delete' || !(TICKET_KEY.test(plainText(c).trim()) || PRIORITY_KEY.test(plainText(c).trim())));
  if (task > 0) content = content.slice(task);
  const struck = content.findIndex((c) => c.type !== 'delete');
  if (struck === -1) return content.length > 0;
  const note = content.slice(struck).map((c) => plainText(c)).join('').trim();
  return struck > 0 && (/^[([—–:-]/u.test(note) || CLOSING_NOTE.test(note));
}

/** A sub-bullet that only says its item is finished: "  - This has been done: team@example.org", "  - Done in #412". */
const DONE_LINE = /^\s*(?:(?:this|it)\s+(?:has|have)\s+(?:already\s+)?been\s+(?:done|completed|implemented|fixed|deployed)|(?:done|completed|fixed|finished)\b)/i;

function fromListItem(item: ListItem, source: ActionItem['source'], doneByContext: boolean, ctx: Context): ActionItem | null {
  const range = rangeOf(item);
  const subLines = item.children
    .filter((c): c is List => c.type === 'list')
    .flatMap((list) => list.children.map((sub) => itemText(sub)));
  const fieldLines = subLines.filter((line) => FIELD_LINE.test(line));
  const doneBySubLine = subLines.some((line) => DONE_LINE.test(line));
  const contentEnd = fieldLines.length ? range.end : (item.children.find((c) => c.type === 'list')?.position?.start.offset ?? range.end);
  const found = fromText([itemText(item), ...fieldLines].join('\n'), range, contentEnd, source, item.checked ?? null, doneByContext || doneBySubLine || isStruckThrough(item) || labelReportsDone(item), ctx);
  return found === null || found.owner !== null ? found : withBoldOwner(found, item);
}

/**
 * "1. **Service Desk** to configure a ServiceNow rule …", "**IT Service Management (CAB chair)** to require …": a name set
 * in bold before "to" and a verb owns the item.
 */
function withBoldOwner(found: ActionItem, item: ListItem): ActionItem {
  const paragraph = item.children[0];
  if (paragraph?.type !== 'paragraph') return found;
  const [label, after] = paragraph.children;
  if (label?.type !== 'strong' || after?.type !== 'text' || !/^\s+to\s+\p{Ll}{2,}/u.test(after.value) || /^\s+to\s+(?:the|a|an|our|their|this|that|be)\b/u.test(after.value)) return found;
  const owner = plainText(label).trim();
  if (owner.length > 80 || !/^\p{Lu}/u.test(owner) || !found.text.startsWith(owner)) return found;
  return { ...found, owner, ownerRange: rangeOf(label), text: found.text.slice(owner.length).replace(/^\s+to\s+/u, '') };
}

/** "- **Rule encoded** in …", "- **Baseline coverage added** in …": a bold label that says the work is done. */
function labelReportsDone(item: ListItem): boolean {
  const first = item.children[0];
  const label = first?.type === 'paragraph' ? first.children[0] : undefined;
  return label?.type === 'strong' && reportsDoneState(plainText(label).trim());
}

/** A sentence that says what will be done: "We should expand this to …", "We need to …", "We will …". */
const DIRECTIVE = /\b(?:we|you|they|the team)\s+(?:should|need to|must|will|shall|are going to)\b/i;
/** The same said of the work itself: "A new decommissioning process will be created …" (and see PLANS_TO). */
const WORK_COMMITTED = /\b(?:will|shall|must|is going to|are going to)\s+be\s+(?:[a-z]+ly\s+)?(?:[a-z]{3,}(?:ed|en|wn|lt|nt|de|ut)|(?:re)?run|(?:re)?set|(?:re)?done|kept|held|put)\b/i;
/** A change announced as planned: "A future change is for the bot to expose a metrics endpoint …", "The next step will be …". */
const PLANNED_CHANGE = /\b(?:a|one|another|the|our)\s+(?:future|planned|upcoming|next)\s+(?:change|improvement|fix|step)\s+(?:is|will\s+be)\b/i;
/** Where one sentence of a paragraph ends and the next begins. */
const SENTENCE_BREAK = /(?<=[.!?])\s+(?=[A-Z])/u;
/** The first sentence of a paragraph (up to 240 characters), when another follows it. */
const FIRST_SENTENCE = /^[^]{0,239}?[.!?](?=\s+[A-Z])/u;
/** A paragraph that commits its authors to more work: "longer term we shall look to see …", "we intend to …". */
const COMMITMENT = /\b(?:we|team|teams)\s+(?:shall|will|intends? to|plans? to|(?:is|are) going to)\b/i;
/** Work told as under way: "The Python Software Foundation is hiring an infrastructure engineer", "we're rolling out 2FA". */
const WORK_UNDER_WAY = /\b(?:is|are|['’]re)\s+(?:now\s+|currently\s+|also\s+|actively\s+)?(?:hiring|adding|building|working\s+on|looking\s+into|rolling\s+out|introducing|implementing|investigating|evaluating|exploring|planning\s+to)\b/i;

/** Work an organisation plans: "Chia plans to have a 3rd party security company perform …". */
const PLANS_TO = /\bplans?\s+to\b/i;

/** A sentence that says what will still be done: "The team will investigate …", "The missed epoch will be extended …". */
const FUTURE_WORK = /\b(?:we|team|teams)\s+(?:shall|will|intends?\s+to|plans?\s+to|(?:is|are)\s+going\s+to)\b|\b(?:will|shall)\s+be\s+(?:[a-z]+ly\s+)?[a-z]{3,}(?:ed|en|wn|lt|nt|de|ut)\b/i;

/**
 * Whether a sentence says what will still be done, is planned or is under way: "The team will investigate …", "Chia plans
 * to …", "Chia Network is actively working on …". The Resolution pass reads such a paragraph as a follow-up, so the
 * workspace scan must not skip it (paragraphMayHoldActions).
 */
function tellsWorkAhead(text: string): boolean {
  return FUTURE_WORK.test(text) || PLANS_TO.test(text) || WORK_UNDER_WAY.test(text);
}

/** A lead-in that gives its list to a team: "The cheqd product team will address the following items …:". */
const TEAM_LEAD_IN = /^\s*(?:the\s+)?((?:[\w-]+\s+){0,3}team)\s+(?:shall|will|intends? to|plans? to|is going to)\b/i;

/** A column header that names what the table holds as action items, wherever the table is ("Action Item", "Follow-up", "Remediation Action Required"). */
const NAMES_ACTIONS_HEADER = /^\W*(?:(?:follow[- ]?up|corrective|preventive|remediation)\s+)?(?:action\s+items?|actions?|follow[- ]?ups?|remediations?)(?:\s+(?:required|needed|planned|to\s+take))?\W*$/i;
// Header names are compared folded (foldLetters): "Åtgärd" is "atgard", "Fällig" is "fallig". Each list ends with the
// same names in other languages postmortems are written in (Norwegian, Danish, Swedish, German, Dutch, French, Spanish,
// Portuguese, Italian, Finnish, Polish).
const ACTION_HEADER = /\b(action items?|actions?|items?|tasks?|description|what|follow[- ]?ups?|remediations?|todo|title|summary|improvements?|changes?|fix(es)?|recommendations?|measures?|steps?|work|aksjon(er|spunkt(er)?)?|tiltak|handlingspunkt(er)?|atgard(er)?|massnahmen?|aktion(en|spunkte?)?|actie(s|punt(en)?)?|maatregel(en)?|accion(es)?|acao|acoes|azion[ei]|toimenpiteet|toimenpide|dzialani[ea])\b/i;
const OWNER_HEADER = /\b(owners?|owned by|owning( teams?| groups?| squads?)?|assignees?|assigned( to)?|responsible|accountable|dri|who|point of contact|poc|eier|ejer|ansvarlig|ansvarig|agare|verantwortlich(e|er)?|zustandig|eigenaar|verantwoordelijke?|responsable|proprietaire|responsavel|responsabile|vastuuhenkilo|vastuussa|odpowiedzialny)\b/i;
/** Headers that name who only in a table already known to hold actions: elsewhere a "Team" column describes, it does not assign. */
const OWNER_HEADER_IN_ACTIONS = /^(teams?|leads?|contacts?)$/i;
/** "Target" names a date alone or as "Target date"; "Target Ref / Artifact" names what a row is about. */
const DUE_HEADER = /\b(due( date| by)?|deadline|target( date| by| completion( date)?| quarter)?(?!\s*[a-z])|eta|by when|when|expected( completion)? (date|by)|planned (date|by|for)|completion date|timeframe|frist|tidsfrist|fallig|termin|fecha( limite)?|echeance|date limite|prazo|scadenza|maaraaika)\b|^(?:by|bis(?: wann)?)$/i;
const STATUS_HEADER = /\b(status|state|done|tilstand|zustand|estado|statut|stato|tila)\b/i;

/** Whether a table with these header cells can be read as a table of action items (an owner, due or status column). */
export function isActionTableHeader(names: readonly string[]): boolean {
  return names.map(foldLetters).some((n) => OWNER_HEADER.test(n) || DUE_HEADER.test(n) || STATUS_HEADER.test(n));
}
/** A column of tracking keys: "Ticket", "Jira", "Work Item" (Azure DevOps, whose "Title" column holds the task). */
const TICKET_HEADER = /\b(bug|ticket|issue|jira|link|tracking|work\s+items?)\b/i;
/** A status that closes an item without doing it ("Won't do", "Cancelled", "Superseded by #12"): no longer open work. */
const CLOSED_UNDONE = new RegExp(String.raw`^\W*(?:${CLOSED_UNDONE_WORDS})\b`, 'i');

/** A status cell that says finished: "Done", "✅ Done", "Done (2026-02-20)", "Closed"; not "Not done". */
const DONE_STATUS = new RegExp(String.raw`^\W*(?:(done|complete|completed|closed|fixed|resolved|finished|shipped|merged|deployed|released|implemented|landed|yes|${DONE_WORDS_ELSEWHERE})\b|\[x\])`, 'i');
function isDoneStatus(cell: string): boolean {
  const status = cell.replace(/[*_`]/g, '').trim();
  if (CLOSED_UNDONE.test(status)) return true;
  if (/\bnot\b|n't\b/i.test(status)) return false;
  return DONE_STATUS.test(foldLetters(status)) || /✅|✔|✓|☑|:white_check_mark:|:heavy_check_mark:/.test(cell);
}

/** A cell that holds only a done word, in any column: "Done", "Closed", Norwegian "[Utført](…)", German "Erledigt" (folded). */
const DONE_CELL = new RegExp(`^(?:done|closed|${DONE_WORDS_ELSEWHERE})$`);

/** A status word written into another cell, as in `| Bug 5554823 **DONE** |`. */
const STATUS_WORD_DONE = /\b(DONE|COMPLETED?|CLOSED|FIXED)\b/;

/** Whether a cell other than the item's own says it is done: a status word in it, or a done word alone; not "not done". */
function isDoneCell(cell: string): boolean {
  // A check mark beside a ticket in its tracking cell ("[CART-881](…) ✅") says the tracked work is done.
  return !/\bnot\b/i.test(cell) && (STATUS_WORD_DONE.test(cell) || DONE_CELL.test(foldLetters(cell.replace(/[*_`]/g, '').trim())) || /(?:✅|✔️?|☑️?)\s*$/u.test(cell));
}
const STATUS_WORD = /\b(DONE|COMPLETED?|CLOSED|FIXED|TODO|OPEN|IN PROGRESS|WIP|BLOCKED)\b/g;

/** "Notifications lead." written as a sentence: the period is not part of the name ("J. Doe" and "Acme Inc." keep theirs). */
function ownerFromCell(cell: string): string {
  // "Owner: Sarah (SRE), Tom (Platform)": the column's own label written again in the cell.
  const owner = cell.replace(/\s+/g, ' ').replace(/^\s*(?:owners?|assignees?|assigned to)\s*:\s*/i, '');
  return /[a-z]{3}\.$/i.test(owner) && !/\b(?:inc|ltd|co|corp)\.$/i.test(owner) ? owner.slice(0, -1) : owner;
}

function ticketFromCell(cell: string): string | null {
  const ticket = cell.replace(STATUS_WORD, '').replace(/\s+/g, ' ').trim();
  return isPlaceholderValue(ticket) ? null : ticket;
}

/** "2026-03-01 (was 2026-02-20)": the date a due cell starts with; "Q3 2023" and "end of March" are approximate. */
function leadingDueDate(cell: string, reference: Date | null): ReturnType<typeof parseDueDate> {
  return parseDueDate(cell, reference) ?? parseDueDate(cell.replace(/(?:(?<!\s)\s+)?[([].*$/, ''), reference);
}

/** The text of a node without its struck-out parts. */
function standingText(node: Node): string {
  if (node.type === 'delete') return '';
  if ('children' in node) return (node as Parent).children.map(standingText).join('');
  return plainText(node);
}

/** A table whose first column holds times is a timeline, whatever its other columns are called. */
function firstColumnHoldsTimes(table: Table): boolean {
  const rows = table.children.slice(1);
  const timed = rows.filter((row) => /^\s*(\d{4}-\d{2}-\d{2}[ T])?\d{1,2}:?\d{2}\b/.test(plainText(row.children[0] ?? { type: 'text', value: '' })));
  return rows.length > 0 && timed.length >= rows.length / 2;
}

/** A date in numbers, day or month first: "15/05/2026", "08.05.2026". */
const NUMERIC_DATE = /^(\d{1,2})[/.](\d{1,2})[/.](\d{4})\b/u;

/**
 * A due date in numbers read day first ("08/05/2026" is 8 May), as a column whose other dates can only be read so
 * ("15/05/2026") writes them.
 */
function dayFirstAsIso(value: string): string {
  return value.replace(NUMERIC_DATE, (whole, day: string, month: string, year: string) => (Number(month) > 12 ? whole : `${year}-${month.padStart(2, '0')}-${day.padStart(2, '0')}`));
}

/**
 * A table whose header row is a title in one cell ("| **Corrective and preventative measures** | | | |", as Confluence
 * exports a merged header) and whose first row names the columns in bold: that row is the header.
 */
function titledTableRows(table: Table): TableRow[] {
  const [title, names] = table.children;
  const filled = (row: TableRow) => row.children.filter((cell) => plainText(cell).trim() !== '');
  const bold = (cell: TableCell) => cell.children.length > 0 && cell.children.every((c) => c.type === 'strong' || (c.type === 'text' && c.value.trim() === ''));
  const titled = names !== undefined && filled(title).length <= 1 && filled(names).length >= 2 && filled(names).every(bold);
  return titled ? table.children.slice(1) : table.children;
}

/** The first column of a roster of the incident's roles. */
const ROSTER_HEADER = /^(?:(?:incident\s+)?roles?|position|rôle|rolle|rol)$/;

function fromTable(table: Table, ctx: Context, inActionSection: boolean): ActionItem[] {
  const [header, ...rows] = titledTableRows(table);
  if (!header) return [];
  const kind = ctx.sectionAt(rangeOf(table).start)?.effectiveKind ?? null;
  const names = header.children.map((c) => foldLetters(plainText(c).trim()));
  // A table whose column names its rows as actions holds them in any section (a "Resolution" that lists follow-ups).
  if (!inActionSection && ((kind !== null && DESCRIPTIVE_KINDS.has(kind) && !names.some((n) => NAMES_ACTIONS_HEADER.test(n))) || firstColumnHoldsTimes(table))) return [];
  let ownerCol = names.findIndex((n) => OWNER_HEADER.test(n));
  if (ownerCol === -1 && inActionSection) ownerCol = names.findIndex((n) => OWNER_HEADER_IN_ACTIONS.test(n));
  const dueCol = names.findIndex((n) => DUE_HEADER.test(n));
  // A Jira export's "Resolution" column ("Fixed", "Won't Fix", "Unresolved") is the status when no column is named so and
  // its cells are a word or two; one that tells how each problem is resolved is the task's text.
  const namedStatus = names.findIndex((n) => STATUS_HEADER.test(n));
  const resolutionCol = names.indexOf('resolution');
  const shortCells = (i: number) => rows.every((row) => plainText(row.children[i] ?? { type: 'text', value: '' }).trim().split(/\s+/).length <= 2);
  const statusCol = namedStatus !== -1 ? namedStatus : resolutionCol !== -1 && shortCells(resolutionCol) ? resolutionCol : -1;
  const ticketCol = names.findIndex((n) => TICKET_HEADER.test(n));
  let textCol = names.findIndex((n, i) => ACTION_HEADER.test(n) && i !== ownerCol && i !== dueCol && i !== statusCol && (i !== ticketCol || !names.some((m, j) => j !== i && ACTION_HEADER.test(m))));
  if (textCol === -1) textCol = names.findIndex((_, i) => i !== ownerCol && i !== dueCol && i !== statusCol && i !== ticketCol);
  // Owner/Due columns make any table an action table; in an action section a table of items is enough, and elsewhere a
  // column that names its rows as actions beside a Status column.
  const textName = names[textCol] ?? '';
  // "| Role | Assignee |" with "Incident Commander | Maria Santos": who held which role, a roster and no task.
  if (ROSTER_HEADER.test(textName)) return [];
  if (textCol === -1 || (ownerCol === -1 && dueCol === -1 && !(inActionSection && ACTION_HEADER.test(textName)) && !(statusCol !== -1 && NAMES_ACTIONS_HEADER.test(textName)))) return [];
  const items: ActionItem[] = [];
  const dayFirst = dueCol !== -1 && rows.some((row) => Number(NUMERIC_DATE.exec(plainText(row.children[dueCol] ?? { type: 'text', value: '' }).trim())?.[1] ?? 0) > 12);
  for (const row of rows) {
    const cell = (i: number) => (i === -1 ? '' : plainText(row.children[i] ?? { type: 'text', value: '' }).trim());
    // "~~2026-10-01~~ 2026-12-20", "~~Kim~~ Lee": a value struck out and replaced; the one left standing counts.
    const standing = (i: number) => (i === -1 || !row.children[i] ? '' : standingText(row.children[i]).trim());
    const text = cell(textCol);
    if (text === '' || EMPTY_ITEM.test(text) || isPlaceholderValue(text)) continue;
    const range = rangeOf(row);
    const ownerRaw = standing(ownerCol);
    const dueRaw = standing(dueCol);
    const status = standing(statusCol);
    const cellRange = (i: number) => (i === -1 || !row.children[i] ? null : rangeOf(row.children[i]));
    const ticketText = cell(ticketCol);
    const inline = readActionFields(text, ctx.referenceDate);
    const textCell = row.children[textCol];
    const struck = textCell !== undefined && textCell.children.length > 0 && textCell.children.every((c) => c.type === 'delete' || (c.type === 'text' && c.value.trim() === ''));
    const dueDate = dueCol !== -1 && !isPlaceholderValue(dueRaw) ? leadingDueDate(dayFirst ? dayFirstAsIso(dueRaw) : dueRaw, ctx.referenceDate) : null;
    items.push({
      range,
      line: ctx.lines.positionAt(range.start).line,
      text: inline.text,
      owner: ownerCol !== -1 && !isPlaceholderValue(ownerRaw) ? ownerFromCell(ownerRaw) : null,
      ownerRange: cellRange(ownerCol),
      due: dueDate?.date ?? null,
      dueRange: cellRange(dueCol),
      dueApproximate: dueDate?.approximate ?? false,
      done: struck || isDoneStatus(status) || inline.done || row.children.some((c, i) => i !== textCol && isDoneCell(plainText(c))),
      statusRange: cellRange(statusCol),
      ticket: ticketFromCell(ticketText) ?? inline.ticket,
      source: 'table',
      section: ctx.sectionAt(range.start),
    });
  }
  return items;
}

function isActionSection(section: Section | null): boolean {
  return section?.effectiveKind === 'actionItems';
}

/** A list item that is only a label ("Short term:", "Short term") with sub-items is a group, not an item. */
function isGroupLabel(item: ListItem): boolean {
  if (!item.children.some((c) => c.type === 'list')) return false;
  const label = itemText(item).trim();
  // A sentence ending in a colon ("We are redesigning our review process, to introduce measures which will:") is an item
  // whose sub-bullets are its details; a label is short.
  const plain = label.replace(/[*_]/g, '');
  if ((/:\s*$/.test(label) && label.split(/\s+/).length <= 6) || GROUP_WORDS.test(plain)) return true;
  // "- QA" over "- look for other early-return bugs like this", "- Fixes" over "- Use an exception to …": one word that is
  // not a task's verb, over tasks of their own ("- Observability improvements" over its tasks is an item, as reviewers read).
  return /^[\p{L}/&-]+$/u.test(plain) && !TASK_VERB.test(plain) && item.children.some((c) => c.type === 'list' && c.children.some(isSubTask));
}

/** "**Follow-up actions**:", "Next steps": a list item whose label names a section of actions, so its sub-items are actions. */
function labelNamesActions(item: ListItem): boolean {
  const label = itemText(item).replace(/[*_:]/g, '').trim();
  return label.length > 0 && label.length <= 60 && !label.includes('\n') && classifySection(label) === 'actionItems';
}

/**
 * A block that holds items of its own: a table with an owner, due or status column, or a list with an item that is only
 * a label naming actions and has its actions nested under it ("- **Follow-up actions**:").
 */
function holdsOtherItems(node: RootContent): boolean {
  if (node.type === 'table') return isActionTableHeader((node.children[0]?.children ?? []).map((cell) => plainText(cell).trim()));
  return node.type === 'list' && node.children.some((item) => labelNamesActions(item) && item.children.some((child) => child.type === 'list'));
}

/**
 * A list whose last item is only a label naming actions ("- **Review actions**:"), with the actions in the list after
 * it, not indented under it.
 */
function endsWithActionsLabel(list: List): boolean {
  const last = list.children[list.children.length - 1];
  return last !== undefined && last.children.length === 1 && labelNamesActions(last) && labelledInlineAction(last) === null;
}

/** "Follow-up: …", "AI: …" opening a list item in plain text. */
const PLAIN_ITEM_LABEL = /^\s*(?:follow[- ]?ups?|action\s+(?:items?|points?)|ai)\s*:\s*(?=\S)/i;

/**
 * `- **Follow-up**: add disk alerts`, `- Follow-up: add disk alerts`: a label naming actions, with the action after it
 * on the same line.
 */
function labelledInlineAction(item: ListItem): string | null {
  const paragraph = item.children[0];
  if (!paragraph || paragraph.type !== 'paragraph') return null;
  const first = paragraph.children[0];
  if (first?.type === 'text' && PLAIN_ITEM_LABEL.test(first.value)) return lineText(paragraph).replace(PLAIN_ITEM_LABEL, '');
  if (first?.type !== 'strong') return null;
  const label = plainText(paragraph.children[0]).replace(/:\s*$/, '').trim();
  if (label.length > 60 || classifySection(label) !== 'actionItems') return null;
  const rest = paragraph.children.slice(1).map(lineText).join('').replace(/^\s*:?\s*/, '');
  return rest.trim() === '' ? null : rest;
}

/** "3)", "#3", "AI-3:" before a heading's text: the heading is one numbered item of a list written as headings. */
const ITEM_NUMBER = /^\s*(?:\d{1,3}[.):]|\(\d{1,3}\)|#\d{1,3}\b|(?:ai|action)[ -]?\d{1,3}\s*[:.)-]?)\s*/i;
/** "Follow-up: add disk alerts", "Action item (Grace): …": a heading that labels itself as one action. */
const ITEM_LABEL_HEADING = /^\s*(?:follow[- ]?ups?|action(?: items?)?|ai|todo)\s*(?:\([^)]*\))?\s*:\s*\S/i;
/** An owner written into a heading: "@kfischer", "(owner: @ops)". */
const OWNER_IN_HEADING = /(?:^|\s)@[A-Za-z0-9][\w.-]*|\((?:owner|assignee|dri)\s*:/i;

/**
 * A heading that is itself an action item: it labels itself ("Follow-up: …"), or, under an action section, it is numbered,
 * names an owner, or is a leaf with only prose under it ("### Alert on token failures" + a paragraph of detail).
 */
function headingItemTitle(heading: Heading, section: Section, body: RootContent[]): string | null {
  const title = plainText(heading).trim();
  if (ITEM_LABEL_HEADING.test(title)) return title;
  if (section.effectiveKind !== 'actionItems' || section.kind !== null) return null;
  const numbered = ITEM_NUMBER.exec(title);
  const text = numbered ? title.slice(numbered[0].length) : title;
  // "2) TODO Configuration Management": the marker says the item is still to do, not that the heading is a To-do section.
  if (text === '' || GROUP_WORDS.test(text.replace(HEADING_PERIOD, '').trim()) || classifySection(text.replace(/^(?:TODO|FIXME)\b[:\s]*/u, '')) !== null) return null;
  // Numbered items are sometimes written one heading level deeper than the one before: "### 2)" then "#### 3)".
  if (numbered || OWNER_IN_HEADING.test(text)) return text;
  // "### Repo2docker" over "Limit memory available to build pods.": a component's name over its tasks groups them.
  const first = body.find((n) => n.type === 'paragraph');
  if (/^\S+(?:\s\S+)?$/u.test(text) && !TASK_VERB.test(text.toLowerCase()) && first && TASK_VERB.test(plainText(first).trim().toLowerCase())) return null;
  // Its prose may list options it weighs ("we have two options here:" over "- MOTD" / "- Release Notes").
  const prose = (n: RootContent, i: number) => n.type === 'paragraph' || n.type === 'html' || (n.type === 'list' && body[i - 1]?.type === 'paragraph' && OPTIONS_LEAD_IN.test(plainText(body[i - 1]).trim()));
  return section.children.length === 0 && body.every(prose) ? text : null;
}

/** A heading's own part of its section: up to its first sub-heading. */
function ownRange(section: Section): TextRange {
  return { start: section.range.start, end: section.children[0]?.range.start ?? section.range.end };
}

/** The lines under a heading item that give its fields ("Due: Jul 17, 2023"), and whether its prose says it is done. */
function headingItemDetails(body: RootContent[]): { fieldLines: string[]; done: boolean } {
  // "Priority: High · Owner: Identity Team · Target: within 30 days": fields sharing a line, kept apart by a middle dot.
  const lines = body.flatMap((n) => (n.type === 'list' ? n.children.map((item) => itemText(item)) : [lineText(n)])).flatMap((t) => t.split(/\n|(?<!\s)\s+[·•]\s+/u));
  // Runs of blanks as one, as an item's own text is read: the done phrases start with `\s*`, tried from every blank of a run.
  const prose = lines.join('\n').replace(/[^\S\n]{2,}/g, ' ');
  return { fieldLines: lines.filter((line) => FIELD_LINE.test(line)), done: DONE_PHRASES.some((phrase) => prose.search(phrase) !== -1) };
}

/**
 * An item told as work already done: present perfect ("We've significantly tightened our release workflows", "In the
 * past 3 weeks we have migrated 1800 servers"), not
 * work begun or decided ("we have started to …", "we have decided to …") nor only tracked ("We have added a backlog task
 * to …").
 */
const DONE_AS_PERFECT = /^(?:(?:in|over|during)\s+the\s+(?:past|last)\s+(?:[a-z0-9]+\s+){0,2}?(?:days?|weeks?|months?|years?)(?:\s*,\s*|\s+)|since\s+then(?:\s*,\s*|\s+))?(?:we|the\s+team)(?:['’]ve|\s+have|\s+has)\s+(?:(?:now|already|since|also|significantly|substantially|completely|fully)\s+)?(?!(?:started|begun|decided|planned|agreed|chosen|committed|opted|asked|proposed)\b)(?:[a-z-]{3,}(?:ed|en|ne|wn|ilt|ent|ade|ote|ut|et)|set|put|run|got|sent)\b(?!\s+to\b)(?!\s+(?:an?|the)\s+(?:(?:backlog|follow[- ]?up|jira|github)\s+)?(?:ticket|issue|task|plan|card|story|epic|item)\b)/i;
/** Work still to come, later in an item told as done: "… and we will continue to extend …". */
const STILL_TO_COME = /\b(?:will|going\s+to|plan(?:s|ning)?\s+to|continue\s+to)\b/i;
/**
 * "The vulnerable Action has been disabled and removed": done, unless what has been done is only to plan or track it, or
 * the words sit in a clause ("Alert when a job has been disabled for a week").
 */
const DONE_AS_PASSIVE_PERFECT = /^(?:(?!\b(?:when|if|once|after|before|until|whenever|unless|that|which|where|whether)\b)[^.;:\n]){0,80}?\b(?:has|have)\s+(?:now\s+|already\s+|also\s+|since\s+)?been\s+(?!(?:requested|proposed|planned|scheduled|identified|discussed|suggested|raised|opened|filed|created|logged|assigned|considered|tracked|prioriti[sz]ed|added\s+to\s+(?:the\s+)?(?:backlog|roadmap))\b)[a-z-]{3,}(?:ed|en|wn|lt|nt|de|ut)\b/i;
/**
 * An item told as work done in the simple past passive: "All compromised hosts were swiftly identified, removed from
 * Jenkins, and rebuilt", "Comprehensive audits were carried out across 140 Jenkins jobs".
 */
const DONE_AS_PASSIVE_PAST = /^(?:(?!\b(?:when|if|once|after|before|until|whenever|unless|that|which|where|whether|so|because|since|why|how)\b)[^.;:\n]){0,80}?\b(?:was|were)\s+(?:[a-z]+ly\s+)?(?:[a-z-]{3,}(?:ed|en|wn|lt)|carried\s+out|set\s+up|put\s+in\s+place|rolled\s+out|built|made|run|sent)\b(?!\s+(?:to|by\s+(?:mistake|accident)|as\s+(?:a|the)\s+(?:cause|result)))/i;
/** Work reported done with "already": "The major piece of future prevention was added already: …", "was already fixed". */
/**
 * Work told as done by its authors: "Finally, we have already replaced the failed disk", "We've added an alert". Not what
 * they learned or saw ("we have learned", "we've seen"), nor work named only as a kind ("we've implemented immediate
 * remediations"), which the sentences around it tell.
 */
const DONE_BY_US = /^(?:(?!\b(?:when|if|once|after|before|until|unless|that|which|whether)\b)[^.;:\n]){0,40}?\bwe\s*(?:have|['’]ve)\s+(?:now\s+|already\s+|also\s+|since\s+)?(?!(?:been|not|no|never|seen|had|learned|learnt|found|noticed|observed|heard|received|decided|asked|identified|tried)\b)[a-z-]{3,}(?:ed|en|wn|lt|nt|de|ut)\b(?!\s+(?:(?:immediate|some|several|various|many|multiple|a\s+few|a\s+number\s+of|the\s+following)\s+)?(?:remediations|changes|improvements|fixes|steps|measures|mitigations|actions)\b)/i;
/**
 * Work its authors tell as under way, in an action section: "We are lowering the rebalance bandwidth …", "We're also
 * adding an alert …". Not what they see, hope or feel ("we are seeing fewer errors", "we are confident").
 */
const WE_ARE_DOING = /\bwe\s*(?:are|['’]re)\s+(?:now\s+|also\s+|currently\s+|actively\s+)?(?!(?:seeing|hoping|sorry|aware|confident|committed|grateful|happy|glad|going|still|not|looking\s+forward|continuing\s+to\s+(?:see|monitor|watch)|monitoring|watching|waiting|thinking)\b)[a-z]{3,}ing\b/i;

/** A sentence that reports the work as done: "has been replaced", "was already fixed", "we have added". */
function reportsDone(sentence: string): boolean {
  return DONE_AS_PASSIVE_PERFECT.test(sentence) || DONE_ALREADY_PASSIVE.test(sentence) || DONE_BY_US.test(sentence);
}

/** A sentence (of at most 240 characters) that commits to work, tells it under way or reports it done. */
function commits(sentence: string): boolean {
  return sentence.length <= 240 && (DIRECTIVE.test(sentence) || WORK_COMMITTED.test(sentence) || PLANS_TO.test(sentence) || PLANNED_CHANGE.test(sentence) || OUGHT_TO_BE.test(sentence) || WORK_UNDER_WAY.test(sentence) || WE_ARE_DOING.test(sentence) || reportsDone(sentence));
}

/**
 * The items the sentences `told` of a paragraph are, each running from where it starts to where the next one does (the
 * paragraph when not found as written).
 */
function sentenceItems(node: RootContent, told: readonly string[], done: (sentence: string) => boolean, ctx: Context): ActionItem[] {
  const { start, end } = rangeOf(node);
  const source = ctx.text.slice(start, end);
  const starts = told.map((sentence) => sentenceStart(source, sentence));
  return told.flatMap((sentence, i) => {
    const from = starts[i] === -1 ? 0 : starts[i];
    const next = starts.slice(i + 1).find((at) => at > from);
    const range = { start: start + from, end: next === undefined ? end : start + source.slice(0, next).trimEnd().length };
    return fromText(sentence, range, end, 'paragraph', null, done(sentence), ctx) ?? [];
  });
}
const DONE_ALREADY_PASSIVE = /\b(?:was|were)\s+(?:already\s+[a-z]{3,}(?:ed|en|wn|lt)|[a-z]{3,}(?:ed|en|wn|lt)\s+already)\b/i;
/** What ought to be done, said of the work: "Unexplained outages … should be given a higher priority". */
const OUGHT_TO_BE = /\bshould\s+(?:now\s+|also\s+|always\s+)?be\s+(?:[a-z]+ly\s+)?(?:[a-z]{3,}(?:ed|en|wn|lt)|set|put|run|kept|made)\b/i;
/** A post's closing words, not work: "Anyway, that's it", "We would like to thank …", "If you have any questions …", "If you feel that a policy is problematic …", "… are our highest priorities." */
const CLOSING_WORDS = /^(?:(?:(?:anyway|so|well|and),?\s+)?that['’]?s\s+(?:it|all)\b|we(?:['’]d|\s+would)\s+(?:like\s+to\s+)?(?:thank|express)|thanks?\b|thank\s+you\b|a\s+(?:big|huge|special)\s+thank|if\s+you\s+have\s+(?:any\s+)?(?:questions|concerns|feedback|comments)|if\s+you\s+(?:feel|think|believe|notice|would\s+like)\b|(?:please\s+)?(?:feel\s+free|don['’]t\s+hesitate|do\s+not\s+hesitate)\s+to\b|(?:the\s+)?[^.!?\n]{0,80}\b(?:is|are)\s+(?:always\s+)?our\s+(?:highest|top|first|number\s+one)\s+priorit(?:y|ies)\b)/i;
/** A short label before an item's sentence: "Set up alerting: ", "Improve internal documentation and automation: ". */
const ITEM_LABEL = /^[^:.\n]{2,60}:\s+(?=\p{Lu})/u;
/** An item told as done with "already" first: "Already added the fix to avoid this route being deleted", "Already run the script …". */
const DONE_ALREADY = /^already\s+(?:[a-z-]{2,}(?:ed|en|ne|wn|ilt|un|ent|ade|ote|ut|et|ght)|run|done|made|sent|set|put)\b/i;
/** An item that opens with a verb in the past tense ("Increased …", "Switched to pnpm 10", "Sent communications …"). */
const PAST_TENSE_START = /^(?:(?:re-?)?[a-z]{2,}(?<!ee)ed|sent|built|made|wrote|rewrote|ran|took|gave|held|kept|spun|brought|found|rolled\s+out)\b/i;
/** What work only planned or tracked is made into: "a plan", "a ticket", "the issue". */
const TRACKING = String.raw`(?:an?|the)\s+(?:(?:backlog|follow[- ]?up|jira|github)\s+)?(?:ticket|issue|task|plan|bug|card|story|epic|request|proposal|rfc|jira|item)\b`;
/** Work only planned or tracked, told in the past tense: "Made a plan to add load shedding", "Created a ticket to …". */
const PLANNED_OR_TRACKED = new RegExp(String.raw`^(?:we\s+(?:have\s+)?)?\S+\s+${TRACKING}`, 'i');
/**
 * An item told in the past tense, its verb then what it acted on: "Migrated the Asia node to a larger server", "Wrote a
 * load simulation test", "Set up much more exhaustive alerting", "We updated our spec file to …", "We tweaked/adjusted the
 * internal pull limit". Not a goal named by an
 * adjective ("Improved alerting"), a need ("We need a better way …"), nor work only planned or tracked ("Made a plan to
 * …", "Created a ticket to …").
 */
const DONE_AS_PAST = new RegExp(String.raw`^(?:we\s+(?:have\s+)?)?(?!(?:need|feed|seed|speed|proceed|exceed|succeed|bleed)\b)(?:re-?)?(?:[a-z]{2,}(?:ed)(?:\/[a-z]{2,}ed)?|set\s+up|wrote|built|made|ran|put|took|got|rewrote|rebuilt|moved)\s+(?!${TRACKING})(?:the|a|an|our|all|more|much|some|every|each|two|three|\d+)\s`, 'iu');

/**
 * Done read from the list an item is in: where every item already known to be done is told in the past tense (and at
 * least one is), an item told the same way is done too: "✅ Reverted the change", "✅ Issued credits", "Sent
 * communications to all 305 affected teams". A list of plans written with "-ed" words ("Improved runbooks") has no item
 * marked done, so none is read as done; an unticked checkbox stays open.
 */
function doneLikeSiblings(own: readonly { item: ActionItem; checkbox: boolean }[]): void {
  for (const { item } of own) if (!item.done && [item.text, withoutLabel(item.text)].some(toldAsDoneWork)) item.done = true;
  const toldAsDone = (text: string): boolean => PAST_TENSE_START.test(text) || DONE_AS_PERFECT.test(text);
  const done = own.filter(({ item }) => item.done);
  if (!done.every(({ item, checkbox }) => checkbox || toldAsDone(item.text)) || !done.some(({ item }) => toldAsDone(item.text))) return;
  for (const { item } of own) if (!item.done && PAST_TENSE_START.test(item.text) && !PLANNED_OR_TRACKED.test(item.text)) item.done = true;
}

/**
 * A bullet that tells work done and then, in a sentence of its own, work still to come: "Set up alerting: We have set up
 * a GitHub Actions workflow … We're also looking into setting up a prober …". Read as one item, the work still to come
 * would be hidden in a done item (or the work done in an open one): the bullet is read as two, the first done, the
 * second open from the sentence that tells what is to come, placed where its words are written.
 */
function splitWorkStillToCome(own: readonly { item: ActionItem; checkbox: boolean }[], ctx: Context): ActionItem[] {
  const added: ActionItem[] = [];
  for (const { item, checkbox } of own) {
    if (checkbox || item.source !== 'list') continue;
    const sentences = item.text.split(SENTENCE_BREAK);
    if (sentences.length < 2 || !toldAsDoneWork(withoutLabel(sentences[0]))) continue;
    const ahead = sentences.findIndex((sentence, i) => i > 0 && tellsWorkAhead(sentence) && !toldAsDoneWork(sentence));
    if (ahead === -1) continue;
    const rest = sentences.slice(ahead).join(' ');
    const at = sentenceStart(ctx.text.slice(item.range.start, item.range.end), sentences[ahead]);
    if (at <= 0) continue;
    const start = item.range.start + at;
    added.push({ ...item, range: { start, end: item.range.end }, line: ctx.lines.positionAt(start).line, text: rest, done: false });
    item.text = sentences.slice(0, ahead).join(' ');
    item.range = { start: item.range.start, end: item.range.start + ctx.text.slice(item.range.start, start).trimEnd().length };
    item.done = true;
  }
  return added;
}

/** After a label of its own ("Set up alerting: We have set up a GitHub Actions workflow …"), the sentence tells the state. */
function withoutLabel(text: string): string {
  return text.replace(ITEM_LABEL, '');
}

/** A sentence that tells work as done: in the present perfect, a passive perfect or past, or with "already" first. */
function toldAsDoneWork(sentence: string): boolean {
  return DONE_AS_PERFECT.test(sentence) || DONE_AS_PASSIVE_PERFECT.test(sentence) || DONE_AS_PASSIVE_PAST.test(sentence) || DONE_ALREADY.test(sentence);
}

/**
 * A lead-in that gives the list to readers outside the team ("Node operators should do all of the following:", "We
 * recommend that users …", "What you can do:"): advice to them, not the team's action items.
 */
const ADVICE_LEAD_IN = /^(?:(?:all\s+)?(?:node\s+operators|validators|users|customers|readers|self-hosters|you)\s+(?:should|must|are\s+(?:advised|encouraged|urged)\s+to|may\s+want\s+to)\b|(?:we\s+)?(?:strongly\s+)?(?:recommend|advise|encourage|urge|suggest)\s+(?:that\s+)?(?:all\s+)?(?:node\s+operators|validators|users|customers|you)\b|what\s+(?:you|users|customers|operators)\s+(?:can|should)\s+do\b|if\s+you\s+(?:run|use|operate|host)\b)/i;
/** Recommendations for readers outside the team: "we have a few recommendations for npm package maintainers and users:". */
const RECOMMENDATIONS_FOR_OTHERS = /\brecommendations?\s+(?:to|for)\s+(?:[\w-]+\s+){0,3}?(?:maintainers|users|customers|operators|developers|administrators|admins|self-hosters|readers|everyone|the\s+community)\b/i;

/**
 * A lead-in that says what caused the incident and lists the causes ("All of the errors were due to missing test cases
 * to prevent regression of functionality:"): what went wrong, not what will be done, even under "Prevention".
 */
const CAUSES_LEAD_IN = /\b(?:(?:was|were|is|are)\s+(?:all\s+|mostly\s+|mainly\s+|largely\s+)?(?:due\s+to|caused\s+by|the\s+results?\s+of|because\s+of)|(?:came|stemmed|resulted)\s+from)\b[^.]{0,300}:\s*$/i;

/**
 * A lead-in that lists what a search found ("The resulting list of requests contained the following:", "The logs showed
 * these requests:"): findings, not work, even under "Remediation".
 */
const FINDINGS_LEAD_IN = /\b(?:contained|showed|revealed|returned|yielded|turned\s+up)\s+(?:the\s+following|these|this|[\w-]+\s+(?:requests|entries|results|items|hits|matches|records|events))\b[^.:]{0,100}:\s*$/i;
/** A lead-in that lists options to choose from, not work to do: "we have two options here:", "The alternatives are:". */
const OPTIONS_LEAD_IN = /\b(?:(?:two|three|four|several|a\s+few|some|the|these|our)\s+)?(?:options|alternatives|choices)\b[^.:]{0,40}:\s*$/i;

/** A lead-in that introduces the kinds or priorities items are sorted by ("Actions fall under three types. Types:"). */
const KINDS_LEAD_IN = /\b(?:types?|kinds?|categor(?:y|ies)|priorit(?:y|ies)|levels?|legend|definitions?|labels?)\b[^\n]{0,80}:\s*$/i;
/** "Prevent - Prevent similar issues from occurring.", "P0 - Critical for …": a term, a dash, what it means. */
const TERM_AND_MEANING = /^[\w-]{1,15}(?:\s[\w-]{1,15})?\s+[-—–:]\s+\S/;

/** A list that defines the terms the action items use (types, priorities), after a lead-in saying so: not items. */
function isDefinitionList(list: List, leadIn: string): boolean {
  return KINDS_LEAD_IN.test(leadIn) && list.children.every((item) => TERM_AND_MEANING.test(itemText(item)));
}

/** The text just before a node among the root's children, to read lead-ins ending in a colon. */
function precedingParagraphText(children: RootContent[], index: number): string {
  for (let i = index - 1; i >= 0; i--) {
    const node = children[i];
    if (node.type === 'paragraph') return plainText(node).trim();
    if (node.type === 'list') {
      // A lead-in can sit inside the list item above: "1. **Add metrics**\nWe plan to alert on:".
      const last = node.children[node.children.length - 1];
      const paragraphs = last?.children.filter((c) => c.type === 'paragraph') ?? [];
      return paragraphs.length ? plainText(paragraphs[paragraphs.length - 1]).trim() : '';
    }
    if (node.type !== 'html') return '';
  }
  return '';
}

/** Verbs a task starts with, in the imperative: what a sub-bullet that is a task of its own opens with. */
const TASK_VERB = /^(?:add|create|write|reach\s+out|implement|update|set\s+up|investigate|document|fix|remove|migrate|enable|disable|build|automate|schedule|collect|modify|ensure|define|establish|introduce|replace|rotate|publish|communicate|train|audit|upgrade|deprecate|extend|increase|reduce|limit|track|evaluate|configure|deploy|move|split|review|test|verify|monitor|alert|notify|file|open|run|switch|change|make|use)\b/iu;
/**
 * What follows a task's verb in the imperative: what it acts on ("File a bug …", "Publish a document …"), not what its
 * noun does ("Change was reverted", "Fix patches were shared", "Test failed").
 */
const AFTER_IMPERATIVE = /^\s+(?:a|an|the|all|any|every|each|our|their|this|these|those|some|more|new|clear|better|regular)\s/iu;

function opensWithImperative(text: string): boolean {
  const verb = TASK_VERB.exec(text);
  return verb !== null && /^\p{Lu}/u.test(text) && AFTER_IMPERATIVE.test(text.slice(verb[0].length));
}

/** The lines of a plain paragraph when each opens with a task's verb in the imperative, or null. */
function imperativeLines(node: RootContent, text: string): ParagraphLine[] | null {
  const lines = plainParagraphLines(node, text);
  return lines !== null && lines.every((line) => opensWithImperative(line.text)) ? lines : null;
}

/**
 * A heading item titled as a state reached, not a task: a short noun phrase ending in a past participle ("Cron cleanup
 * scheduled", "Alerts configured @dma", "Postmortem documented"), where a task opens with its verb ("Configure alerts").
 */
function reportsDoneState(title: string): boolean {
  const words = title.replace(/(?<!\s)\s+(?:\(?@\S+\)?|\[[a-z-]+\])/gu, '').trim().split(/\s+/u);
  if (words.length < 2 || words.length > 5 || TASK_VERB.test(words[0].toLowerCase()) || words.some((w) => /^(?:not|never|yet|still|be|being)$/iu.test(w))) return false;
  const last = words[words.length - 1].toLowerCase().replace(/(?<![.!])[.!]+$/u, '');
  return /^(?!un)\p{L}{3,}(?:ed|en)$/u.test(last) && !/^(?:need|needed|should|must|to)$/u.test(words[words.length - 2].toLowerCase());
}

/**
 * A link to a tracked issue and nothing else ("https://github.com/org/repo/issues/6105"): a follow-up of its own. A pull
 * request's link under an item is the work that did it, not more work.
 */
const ISSUE_LINK = /^https?:\/\/\S+\/(?:issues|browse|tickets?)\/\S+$/u;

/** Whether a sub-bullet reads as a task of its own: an imperative or a tracked issue's link, with nothing under it. */
function isSubTask(item: ListItem): boolean {
  if (item.children.length !== 1 || item.children[0].type !== 'paragraph') return false;
  const text = itemText(item).trim();
  return TASK_VERB.test(text) || ISSUE_LINK.test(text);
}

/**
 * Bullet lists that hold the details of a numbered item: written unindented between "1." and "2.", remark reads them
 * as lists of their own. The numbering that carries on after them, or a lead-in ending in ":", gives them away.
 */
function detailLists(children: RootContent[], sectionAt: (offset: number) => Section | null): Set<List> {
  const details = new Set<List>();
  for (let i = 0; i < children.length; i++) {
    const node = children[i];
    if (node.type !== 'list' || node.ordered) continue;
    const before = children.slice(0, i).reverse().find((n) => n.type === 'list' || n.type === 'heading');
    if (!before || before.type !== 'list' || !before.ordered) continue;
    // A heading between them (a bold "**Action Items:**" line too) starts a list of its own.
    if (sectionAt(rangeOf(before).start) !== sectionAt(rangeOf(node).start)) continue;
    const after = children.slice(i + 1).find((n) => n.type === 'list' || n.type === 'heading');
    const continues = after?.type === 'list' && after.ordered && after.start === (before.start ?? 1) + before.children.length;
    if (continues || precedingParagraphText(children, i).endsWith(':')) details.add(node);
  }
  return details;
}

/** A list item that is only a link to a heading of the document ("[Remediations](#remediations)"): a contents entry. */
function isContentsEntry(item: ListItem): boolean {
  const [first] = item.children;
  return first?.type === 'paragraph' && first.children.length === 1 && first.children[0].type === 'link' && first.children[0].url.startsWith('#');
}

/** A table of contents: every item links to a heading of the document. Its entries name sections, not actions. */
function isTableOfContents(list: List): boolean {
  return list.children.length > 0 && list.children.every(isContentsEntry);
}

/** A name alone: "Damien", "Ola Hansen". */
const NAME_ALONE = /^\p{Lu}[\p{L}'’-]*(?: \p{Lu}[\p{L}'’-]*){0,2}$/u;

/** The author's sign-off written as a list ("- Damien") as the document's last block: a signature, not an action. */
function isSignOff(list: List, last: boolean): boolean {
  if (!last || list.children.length !== 1) return false;
  const item = list.children[0];
  return item.children.length === 1 && NAME_ALONE.test(itemText(item).trim());
}

/** `<details><summary>Postmortem review notes</summary>`: a folded part of a section, named by its summary. */
const DETAILS_OPEN = /^<details\b[^>]*>\s*<summary\b[^>]*>([^<]{1,120})<\/summary>/iu;

/**
 * The blocks folded inside a `<details>` block, with the summary that names them: review notes folded under a list of
 * actions are notes, not more actions.
 */
function foldedUnder(children: readonly RootContent[]): Map<RootContent, string> {
  const folded = new Map<RootContent, string>();
  let summary: string | null = null;
  for (const node of children) {
    if (node.type === 'html') {
      const opened = DETAILS_OPEN.exec(node.value.trim());
      if (opened !== null) summary = opened[1].trim();
      if (/<\/details>/iu.test(node.value)) summary = null;
    } else if (summary !== null) {
      folded.set(node, summary);
    }
  }
  return folded;
}

export function extractActionItems(root: Root, ctx: Context): ActionItem[] {
  const items: ActionItem[] = [];
  const collectList = (list: List, inActionSection: boolean, doneByContext: boolean) => {
    const section = ctx.sectionAt(rangeOf(list).start);
    const choices = !inActionSection && CHOICE_SECTION.test(section?.title ?? '');
    // This list's own items, for reading done from their siblings once all are read.
    const own: { item: ActionItem; checkbox: boolean }[] = [];
    for (const item of list.children) {
      if (item.checked !== null && item.checked !== undefined) {
        const found = choices ? null : fromListItem(item, 'task', doneByContext, ctx);
        if (found) items.push(found);
        if (found && item.checked === true) own.push({ item: found, checkbox: true });
      } else if (inActionSection && !isGroupLabel(item)) {
        const found = fromListItem(item, 'list', doneByContext, ctx);
        if (found) items.push(found);
        if (found) own.push({ item: found, checkbox: false });
      } else if (!inActionSection && !item.children.some((c) => c.type === 'list')) {
        // "- **Follow-up**: add disk alerts", or "- We improved our CI to avoid this kind of issue in the future":
        // preventive work already done, wherever it is listed.
        const inline = labelledInlineAction(item);
        const text = inline ?? itemText(item);
        const preventive = inline === null && PREVENTIVE_WORK_DONE.test(text);
        if (inline !== null || preventive) {
          const clauses = inline === null ? [{ text, range: rangeOf(item) }] : ownedClauses(text, rangeOf(item), ctx.text);
          for (const clause of clauses) {
            const found = fromText(clause.text, clause.range, rangeOf(item).end, 'list', null, preventive || doneByContext, ctx);
            if (found) items.push(found);
          }
        } else {
          items.push(...labelledSentenceItems(item, text, 'list', ctx));
        }
      }
      // "- [ ] Ensure that alerting is in place for:" with "- [ ] Warp Speed" under it: the sub-items are parts of the item.
      if (item.checked !== null && item.checked !== undefined && itemText(item).trim().endsWith(':')) continue;
      for (const child of item.children) {
        if (child.type !== 'list') continue;
        // Sub-bullets of an item are its details (task-list sub-items still count), unless the parent is a group label
        // or each of them is a task of its own ("- Improve probe coverage" over "- Create a dashboard", "- Write a wiki
        // article").
        const parentIsItem = inActionSection && !isGroupLabel(item);
        collectList(child, (inActionSection && (!parentIsItem || child.children.every(isSubTask))) || (!inActionSection && labelNamesActions(item)), doneByContext);
      }
    }
    doneLikeSiblings(own);
    items.push(...splitWorkStillToCome(own, ctx));
  };
  // "Actions taken:" in the response is what responders did; in the lessons of a report it is follow-up work already done.
  const takenMeansFollowUp = (label: string, offset: number) => !TAKEN_LABEL.test(label) || ['lessonsLearned', 'actionItems'].includes(ctx.sectionAt(offset)?.effectiveKind ?? '');
  const isCompletedSection = (offset: number) => {
    const section = ctx.sectionAt(offset);
    return section !== null && isActionSection(section) && COMPLETED_SECTION.test(section.title);
  };

  const children = root.children as RootContent[];
  // Each top-level block's text as a reader sees it, read once: the passes below look at the same paragraphs again.
  const texts = new Map<RootContent, string>();
  const textOf = (node: RootContent): string => texts.get(node) ?? texts.set(node, plainText(node)).get(node) ?? '';
  const details = detailLists(children, ctx.sectionAt);
  const sectionsWithItems = new Set<Section | null>();
  const sectionsWithOtherLists = new Set<Section | null>();
  // Where a heading is itself an item, what is under it is that item's detail, not more items.
  const headingItemRanges: TextRange[] = [];
  // The document's last block (HTML comments and link definitions after it aside), where a sign-off stands.
  let lastBlock = children.length - 1;
  while (lastBlock > 0 && (children[lastBlock].type === 'html' || children[lastBlock].type === 'definition')) lastBlock--;
  const folded = foldedUnder(children);
  children.forEach((node, index) => {
    const start = rangeOf(node).start;
    const summary = folded.get(node);
    const inActionSection = summary === undefined ? isActionSection(ctx.sectionAt(start)) : classifySection(summary) === 'actionItems';
    // Heading items are found in order and never nest (what is under one is skipped here), so only the last can hold this.
    const lastHeadingItem = headingItemRanges[headingItemRanges.length - 1];
    if (lastHeadingItem !== undefined && start > lastHeadingItem.start && start < lastHeadingItem.end) return;
    // A paragraph's text, read once for the tests below.
    const paragraph = node.type === 'paragraph' ? textOf(node) : '';
    if (node.type === 'heading') {
      const section = ctx.sectionAt(start);
      if (!section || section.headingRange.start !== start) return;
      const range = ownRange(section);
      // The blocks after the heading (its content starts where the heading ends) up to the end of its own range, read
      // forward from it rather than all blocks filtered again: n² over n headings.
      let end = index + 1;
      while (end < children.length && rangeOf(children[end]).start < range.end) end++;
      const body = children.slice(index + 1, end);
      // "### Documentation improvements" over "None.": a group with nothing in it, not an item.
      if (body.length > 0 && body.every((n) => n.type === 'paragraph' && EMPTY_ITEM.test(textOf(n).trim()))) return;
      const title = headingItemTitle(node, section, body);
      if (title === null) return;
      // Its detail ends where other items begin: an action table, or a list under a label naming actions ("#### 1) Pin
      // the kernel @mhernandez" over "| Action | Owner | Due |"). Those are read as items of their own.
      const others = body.findIndex(holdsOtherItems);
      const own = others === -1 ? body : body.slice(0, others);
      const itemRange = others === -1 ? range : { start: range.start, end: rangeOf(own[own.length - 1] ?? node).end };
      const details = headingItemDetails(own);
      const found = fromText([title, ...details.fieldLines].join('\n'), itemRange, itemRange.end, 'heading', null, details.done || isCompletedSection(start) || reportsDoneState(title), ctx);
      if (found) {
        items.push(found);
        headingItemRanges.push(itemRange);
        sectionsWithItems.add(section);
      }
    } else if (node.type === 'list') {
      if ((inActionSection && details.has(node)) || isTableOfContents(node) || isSignOff(node, index === lastBlock)) return;
      const leadIn = precedingParagraphText(children, index);
      if (isDefinitionList(node, leadIn) || ADVICE_LEAD_IN.test(leadIn) || RECOMMENDATIONS_FOR_OTHERS.test(leadIn) || CAUSES_LEAD_IN.test(leadIn) || FINDINGS_LEAD_IN.test(leadIn) || OPTIONS_LEAD_IN.test(leadIn)) {
        // The section's list holds findings, causes, advice, options or definitions: its paragraphs tell that, not actions
        // one each.
        sectionsWithOtherLists.add(ctx.sectionAt(start));
        return;
      }
      const before = items.length;
      const leadInNode = children.slice(0, index).reverse().find((n) => n.type !== 'html');
      // A lead-in of its own (not the last line of the list above) can make a list of actions outside an action section.
      const takenActions = TAKEN_ACTIONS_LEAD_IN.test(leadIn) || MEASURES_IN_PLACE.test(leadIn);
      const introducesActions = (leadInNode?.type === 'paragraph' && (((ACTIONS_LEAD_IN.test(leadIn) || ACTIONS_ENDING_LEAD_IN.test(leadIn)) && takenMeansFollowUp(leadIn, start)) || (COMMITTED_LEAD_IN.test(leadIn) && COMMITMENT.test(leadIn)) || PREVENTIVE_LEAD_IN.test(leadIn) || takenActions)) || (leadInNode?.type === 'list' && endsWithActionsLabel(leadInNode));
      collectList(node, inActionSection || introducesActions, isCompletedSection(start) || COMPLETED_LEAD_IN.test(leadIn) || DONE_LABEL_LEAD_IN.test(foldLetters(leadIn)) || takenActions || (introducesActions && TAKEN_LABEL.test(leadIn)));
      // The team the lead-in gives the list to owns the items that name no owner of their own.
      const team = introducesActions && leadInNode?.type === 'paragraph' ? TEAM_LEAD_IN.exec(leadIn)?.[1] : undefined;
      if (team !== undefined) for (const item of items.slice(before)) item.owner ??= team;
      if (items.length > before) sectionsWithItems.add(ctx.sectionAt(start));
    } else if (node.type === 'table') {
      const leadIn = precedingParagraphText(children, index);
      const found = fromTable(node, ctx, inActionSection || ACTIONS_LEAD_IN.test(leadIn) || ACTIONS_ENDING_LEAD_IN.test(leadIn));
      items.push(...found);
      if (found.length) sectionsWithItems.add(ctx.sectionAt(start));
    } else if (node.type === 'paragraph' && ACTION_LABEL.test(paragraph) && takenMeansFollowUp(paragraph, start)) {
      // "**Action item:** Declare incidents earlier. Owner: @lucas", anywhere in the document; "Action taken:" is done, and so
      // is an "Action point:" whose sub-bullet says "This has been done".
      const next = children[index + 1];
      const doneBelow = next?.type === 'list' && next.children.some((item) => DONE_LINE.test(itemText(item)));
      const taken = TAKEN_LABEL.test(paragraph);
      // "**Action taken:**" alone on its line: the paragraph after it is the action.
      const labelOnly = lineText(node).replace(ACTION_LABEL, '').trim() === '' && next?.type === 'paragraph';
      // "AI: Leo to … by Oct 31." / "AI: Dana to … — due 2026-11-15.": a label opening each line of the paragraph, an item each.
      const lines = plainParagraphLines(node, ctx.text);
      // A line the team dropped ("AI (dropped): …") is one of them, and no item.
      const labelledLines = lines !== null && lines.length >= 2 && lines.every((line) => ACTION_LABEL.test(line.text) || DROPPED_LABEL.test(line.text)) ? lines.filter((line) => ACTION_LABEL.test(line.text)) : null;
      const sources = labelledLines?.map((line) => ({ text: line.text, range: line.range })) ?? [{ text: lineText(labelOnly ? next : node), range: rangeOf(labelOnly ? next : node) }];
      for (const source of sources.flatMap((line) => ownedClauses(line.text.replace(ACTION_LABEL, ''), line.range, ctx.text))) {
        const found = fromText(source.text, source.range, source.range.end, 'paragraph', null, taken || doneBelow, ctx);
        if (found) {
          items.push(found);
          sectionsWithItems.add(ctx.sectionAt(start));
        }
      }
    } else if (node.type === 'html' && /<table\b/i.test(node.value)) {
      // A table written in HTML (a wiki's export): read as the Markdown table it stands for.
      const leadIn = precedingParagraphText(children, index);
      for (const table of htmlTables(node, start)) {
        const found = fromTable(table, ctx, inActionSection || ACTIONS_LEAD_IN.test(leadIn) || ACTIONS_ENDING_LEAD_IN.test(leadIn));
        items.push(...found);
        if (found.length) sectionsWithItems.add(ctx.sectionAt(start));
      }
    } else if (node.type === 'paragraph' && !inActionSection && holdsLabelledSentence(paragraph)) {
      const found = labelledSentenceItems(node, paragraph, 'paragraph', ctx);
      items.push(...found);
      if (found.length > 0) sectionsWithItems.add(ctx.sectionAt(start));
    } else {
      // Containers (block quotes, footnotes) can hold task lists too.
      for (const list of nodesOfType<List>(node, 'list')) collectList(list, false, false);
    }
  });

  // "**Audit flag evaluations** (P1)" over "Owner: @noor" and "Due: 2026-10-17" lines, after an action table or list: one
  // more item, written as a titled paragraph of fields (a section of such paragraphs alone is read below).
  children.forEach((node) => {
    if (node.type !== 'paragraph' || node.children[0]?.type !== 'strong') return;
    const section = ctx.sectionAt(rangeOf(node).start);
    if (!section || !isActionSection(section) || !sectionsWithItems.has(section)) return;
    const lines = lineText(node).split('\n');
    if (lines.length < 2 || !lines.slice(1).every((line) => FIELD_LINE.test(line))) return;
    const found = fromText(lines.join('\n'), rangeOf(node), rangeOf(node).end, 'paragraph', null, false, ctx);
    if (found) items.push(found);
  });
  // After the list of an action section, a paragraph that commits to more work ("longer term we shall look at …") is one more.
  children.forEach((node, index) => {
    if (node.type !== 'paragraph') return;
    const section = ctx.sectionAt(rangeOf(node).start);
    if (!section || !isActionSection(section) || !sectionsWithItems.has(section)) return;
    const previous = children.slice(0, index).reverse().find((n) => n.type !== 'definition' && n.type !== 'html');
    if (previous?.type !== 'list' || ctx.sectionAt(rangeOf(previous).start) !== section) return;
    const text = textOf(node).trim();
    if (text.length > 240 || text.endsWith(':') || !COMMITMENT.test(text)) return;
    const found = fromText(lineText(node), rangeOf(node), rangeOf(node).end, 'paragraph', null, false, ctx);
    if (found) items.push(found);
  });

  // An action section written as short paragraphs, one action each, and no list or table: each paragraph is an item.
  children.forEach((node) => {
    if (node.type !== 'paragraph') return;
    const section = ctx.sectionAt(rangeOf(node).start);
    // Also a sub-heading that names what its tasks are about ("### Repo2docker"), under an action section.
    const grouped = section !== null && section.kind === null && section.effectiveKind === 'actionItems' && !headingItemRanges.some((r) => r.start === section.range.start);
    // Under a bold label too ("**Next steps**" over "We will move …"), but not the label's own line.
    if (!section || (section.kind !== 'actionItems' && !grouped) || sectionsWithItems.has(section) || sectionsWithOtherLists.has(section)) return;
    if (section.pseudo && section.headingRange.start === rangeOf(node).start) return;
    // "Below are steps we are committed to taking": the introduction of the items under its sub-headings.
    if (section.children.some((child) => sectionsWithItems.has(child))) return;
    const text = textOf(node).trim();
    const lines = wrappedTaskLines(node, ctx.text);
    if (lines) {
      for (const line of lines) {
        const found = fromText(line.text, line.range, line.range.end, 'paragraph', null, isCompletedSection(line.range.start), ctx);
        if (found) items.push(found);
      }
      return;
    }
    if (text.endsWith(':') || ACTION_LABEL.test(text) || node.children[0]?.type === 'strong') return;
    // A paragraph all in italics says what the section is for ("_Recommendations for other teams …_") or notes on it.
    if (node.children.every((child) => child.type === 'emphasis' || (child.type === 'text' && child.value.trim() === ''))) return;
    // The post's closing words under "Moving Forward": thanks, an invitation to get in touch, what the team values.
    if (CLOSING_WORDS.test(text)) return;
    // A paragraph told as sentences that each say what will be done ("The bug will be fixed in this PR …. Additionally, we
    // will re-execute …. Once all tests are completed, it will be applied …"): each sentence is an item. A longer one that
    // says what will be done as a whole (up to 400 characters) is one item; one that only opens so ("A new
    // decommissioning process will be created that …. This will likely involve …"): its first sentence is the item, the
    // rest its detail. Another longer one is someone's reasoning.
    // Under an action heading, a sentence that reports the prevention work done ("The major piece of future prevention was
    // added already: …") or says what ought to be ("Unexplained outages … should be given a higher priority") is one too.
    const sentences = text.split(SENTENCE_BREAK);
    if (sentences.length > 1 || text.length > 240) {
      const first = FIRST_SENTENCE.exec(text)?.[0];
      const whole = text.length <= 240 || (text.length <= 400 && DIRECTIVE.test(text));
      // A paragraph that opens with why and then says what will be done, twice or more ("Regardless of intent, the team
      // would like to reiterate …. We will be adding a policy …. We will be deciding on its wording …"): the sentences that
      // say so are the items. With one such sentence, the paragraph is the item, its opening what "this" refers to.
      const committing = sentences.length > 2 && !commits(sentences[0]) ? sentences.filter(commits) : [];
      const told = sentences.length > 1 && sentences.every(commits) ? sentences : committing.length > 1 ? committing : whole ? null : first !== undefined && commits(first) ? [first] : [];
      if (told !== null) {
        const completed = isCompletedSection(rangeOf(node).start);
        items.push(...sentenceItems(node, told, (sentence) => completed || reportsDone(sentence), ctx));
        return;
      }
    }
    const found = fromText(lineText(node), rangeOf(node), rangeOf(node).end, 'paragraph', null, isCompletedSection(rangeOf(node).start), ctx);
    if (found) items.push(found);
  });
  // A Mitigation or Resolution section that says, a line or a sentence each, what will still be done ("The missed epoch will
  // be extended to the next batch …" / "The team will investigate the root cause …", "Publish a document …") or what was
  // done so it does not happen again: follow-ups, not the response told.
  children.forEach((node) => {
    if (node.type !== 'paragraph') return;
    const section = ctx.sectionAt(rangeOf(node).start);
    if (!section || section.pseudo || section.effectiveKind !== 'resolution') return;
    // "Publish a document of rules for the channel's admins" / "File a bug with the vendor …, until then …": lines of a
    // paragraph that each open with a task's verb say what is still to do; each line's first sentence is an item.
    const tasks = imperativeLines(node, ctx.text);
    if (tasks !== null) {
      for (const line of tasks) {
        const first = FIRST_SENTENCE.exec(line.text)?.[0] ?? line.text;
        const found = first.length <= 300 ? fromText(first, line.range, line.range.end, 'paragraph', null, false, ctx) : null;
        if (found) items.push(found);
      }
      return;
    }
    const plain = textOf(node).trim();
    if (PREVENTION_TOLD.test(plain)) {
      const found = preventionItem(node, plain, ctx);
      if (found) items.push(found);
      return;
    }
    if (sectionsWithItems.has(section)) return;
    const lines = wrappedTaskLines(node, ctx.text);
    // One sentence, hard-wrapped or not, that says what will still be done or is under way: "More training will be conducted
    // in the future …", "Chia plans to have a 3rd party security company perform …", "Chia Network is actively working on …".
    const text = plain.replace(/\s+/gu, ' ');
    if (lines === null && text.length <= 300 && !SENTENCE_BREAK.test(text) && tellsWorkAhead(text)) {
      const found = fromText(text, rangeOf(node), rangeOf(node).end, 'paragraph', null, false, ctx);
      if (found) items.push(found);
      return;
    }
    if (lines === null || !lines.every((line) => FUTURE_WORK.test(line.text))) return;
    for (const line of lines) {
      const found = fromText(line.text, line.range, line.range.end, 'paragraph', null, false, ctx);
      if (found) items.push(found);
    }
  });
  // "To prevent this from happening again, we have added a check …" in a report with no section for follow-ups (a monthly
  // availability report's incident, a summary): the prevention work it tells is an item. Its first sentence only.
  children.forEach((node) => {
    if (node.type !== 'paragraph') return;
    const section = ctx.sectionAt(rangeOf(node).start);
    if (section !== null && (isActionSection(section) || ['resolution', 'timeline'].includes(section.effectiveKind ?? ''))) return;
    const plain = textOf(node).trim();
    // "To prevent similar issues in the future, we've made a few changes:": the lead-in of a list, read with it.
    const found = plain.endsWith(':') ? null : preventionItem(node, plain, ctx);
    if (found) items.push(found);
  });
  // Changes announced in prose and then told one paragraph each ("To start with, …", "Secondly, we'll …"), outside action sections.
  let announced = false;
  for (const node of children) {
    if (node.type === 'heading') announced = false;
    if (node.type !== 'paragraph') continue;
    const text = textOf(node).trim();
    const section = ctx.sectionAt(rangeOf(node).start);
    if (ANNOUNCES_CHANGES.test(text)) {
      announced = true;
      // "We are making several changes as a result of this event. First, we have changed …. Second, we will add …": told in
      // the same paragraph, one sentence each.
      const told = isActionSection(section) ? [] : text.split(SENTENCE_BREAK).filter((sentence) => ORDINAL_SENTENCE.test(sentence) && commits(sentence));
      items.push(...sentenceItems(node, told, reportsDone, ctx));
    } else if (announced && !isActionSection(section) && ORDINAL_OPENER.test(text)) {
      const found = fromText(lineText(node), rangeOf(node), rangeOf(node).end, 'paragraph', null, false, ctx);
      if (found) items.push(found);
    }
  }
  for (const item of items) if (item.due === null) applyHeadingPeriod(item, ctx.referenceDate);
  // "Potential Action Items" brainstormed before an "Action Items" list the team committed to: only the commitments.
  const isCommitment = (item: ActionItem) => !CANDIDATE_SECTION.test(ctx.sectionAt(item.range.start)?.title ?? '');
  const commitments = items.filter(isCommitment);
  const committed = commitments.length > 0 ? commitments : items;
  return dayFirstThroughout(committed.sort((a, b) => a.range.start - b.range.start), ctx.text);
}

/**
 * A document whose items write a due date in numbers day first ("Prazo: 30/06/2026") writes them all so: its
 * "10/06/2026" is 10 June, not 6 October (as a table's due column is read, see fromTable).
 */
function dayFirstThroughout(items: ActionItem[], text: string): ActionItem[] {
  const written = items.map((item) => {
    const due = item.dueRange === null ? '' : text.slice(item.dueRange.start, item.dueRange.end).trim();
    return NUMERIC_DATE.exec(due)?.[0] === due ? due : null;
  });
  if (!written.some((due) => due !== null && Number(NUMERIC_DATE.exec(due)?.[1]) > 12)) return items;
  return items.map((item, i) => {
    const due = written[i];
    const iso = due === null ? due : dayFirstAsIso(due);
    return iso === null || iso === due ? item : { ...item, due: iso };
  });
}

/** A section of candidate actions, not yet committed to. */
const CANDIDATE_SECTION = /^\W*(?:potential|possible|candidate|proposed|suggested)\s+(?:action\s+items?|actions|follow-?ups?|remediations?|improvements?)\b/iu;

/** A clause that opens with who will do it: "@yara will add …", "Tom to document …", "the SRE team will …". */
const OWNED_CLAUSE = /^(?:@[\w.-]+|(?:the\s+)?\p{Lu}[\p{L}'-]*(?:\s\p{Lu}[\p{L}'-]*){0,2}(?:\s+team)?)\s+(?:will|to|is\s+going\s+to|shall)\s+\p{Ll}/u;

/**
 * One line that joins commitments with semicolons ("@yara will add an alert by 2026-09-06; @tom will move the cleanup
 * into the service by 2026-09-20"): one item each, each at its own words, when every part names who will do it.
 */
function ownedClauses(text: string, range: TextRange, source: string): ParagraphLine[] {
  const parts = text.split(';').map((part) => part.trim());
  if (parts.length < 2 || !parts.every((part) => OWNED_CLAUSE.test(part))) return [{ text, range }];
  const within = source.slice(range.start, range.end);
  let from = 0;
  return parts.map((part) => {
    const at = within.indexOf(part, from);
    if (at === -1) return { text: part, range };
    from = at + part.length;
    return { text: part, range: { start: range.start + at, end: range.start + at + part.length } };
  });
}

/** A line of a paragraph's source: its text without the blanks around it, and where that text is. */
interface ParagraphLine {
  text: string;
  range: TextRange;
}

/** The source lines of a paragraph of plain text (no markup but line breaks), or null for any other node. */
function plainParagraphLines(node: RootContent, text: string): ParagraphLine[] | null {
  if (node.type !== 'paragraph' || node.children.some((c) => c.type !== 'text' && c.type !== 'break')) return null;
  const { start, end } = rangeOf(node);
  const lines: ParagraphLine[] = [];
  let offset = start;
  for (const raw of text.slice(start, end).split('\n')) {
    const lead = raw.length - raw.trimStart().length;
    lines.push({ text: raw.trim(), range: { start: offset + lead, end: offset + raw.trimEnd().length } });
    offset += raw.length + 1;
  }
  return lines;
}

/**
 * Tasks written one a line with no list marker ("Add more thorough testing …" / "Minimize the number of …"): the lines
 * are one Markdown paragraph, but each starts a sentence with a capital and ends one, so each line is an item (a line
 * ended with a hard break may be a longer sentence).
 */
function wrappedTaskLines(node: RootContent, text: string): ParagraphLine[] | null {
  const lines = plainParagraphLines(node, text);
  if (lines === null || lines.length < 2) return null;
  // Lines ended with a hard break ("  ") were set apart by their author: each may be a longer sentence.
  const broken = node.type === 'paragraph' && node.children.some((c) => c.type === 'break');
  const sentence = (line: string, last: boolean) => /^[A-Z]/.test(line) && line.length <= (broken ? 400 : 240) && (last || /[.!?)]$/.test(line));
  return lines.every((line, i) => sentence(line.text, i === lines.length - 1)) ? lines : null;
}

/** An item under "Long-term Improvements (Q4 2025 - Q1 2026)" is due by the end of the period its heading names. */
function applyHeadingPeriod(item: ActionItem, reference: Date | null): void {
  if (item.section?.effectiveKind !== 'actionItems') return;
  const period = HEADING_PERIOD.exec(item.section.title)?.[1];
  if (!period) return;
  // The end of a range ("Q4 2025 - Q1 2026"), after an optional "Target:".
  const last = period.replace(/^\s*(?:target|due|eta|by)\s*:?\s*/i, '').split(/(?<!\s)\s+(?:-|–|—|to|until)\s+/).pop() ?? '';
  const due = parseDueDate(last, reference);
  if (!due) return;
  item.due = due.date;
  item.dueApproximate = due.approximate;
  item.dueFromHeading = period.trim();
}
