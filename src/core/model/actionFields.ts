// Reads owner, due date, ticket and done state out of an action item's text, in every format postmortems use.
import { isPlaceholderValue as isTemplatePlaceholder } from '../text/placeholders';
import { KeptResults } from '../text/memo';
import { ISO_WEEK_TEXT, parseDueDate, RELATIVE_DUE_TEXT } from '../time/dueDate';
import { FIRST_NAME_SET } from '../blame/lexicon';

export interface ActionFields {
  text: string;
  owner: string | null;
  /** The owner as written in the source, to locate it. */
  ownerText: string | null;
  due: string | null;
  /** The due date names a period ("Q3 2023", "end of March"): `due` is its last day. */
  dueApproximate: boolean;
  dueText: string | null;
  ticket: string | null;
  done: boolean;
}

// Each ends with the same labels in the languages the action sections are read in (German "Verantwortlich" / "fällig",
// Spanish "responsable" / "fecha límite", French "échéance", Norwegian "ansvarlig" / "frist", …).
export const OWNER_LABEL = String.raw`owner|owners|assignee|assigned to|assigned|responsible|dri|who|lead|point of contact|poc|verantwortlich|zust[aä]ndig|responsable|respons[aá]vel|responsabile|eigenaar|verantwoordelijke|ansvarlig|ansvarig|[aä]gare|eier|ejer|vastuuhenkil[oö]|odpowiedzialny`;
export const DUE_LABEL = String.raw`due date|due|deadline|target date|target|eta|by when|when|complete by|done by|expected date|expected by|(?:estimated|expected|target) completion(?: date)?|f[aä]llig(?:keit)?|frist|termin|fecha l[ií]mite|fecha|[eé]ch[eé]ance|date limite|prazo|scadenza|m[aä][aä]r[aä]aika|uiterlijk`;
/** A field's label just before its value ("owner: ", "**Due**: "): where the value is, when its words occur twice. */
export const OWNER_LABEL_BEFORE = new RegExp(String.raw`\b(?:${OWNER_LABEL})\W{0,6}$`, 'i');
export const DUE_LABEL_BEFORE = new RegExp(String.raw`\b(?:${DUE_LABEL})\W{0,6}$`, 'i');

const MONTHS = String.raw`(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)`;
/** A date as people write due dates: 2026-03-15, 2026/03/15, Mar 15 2026, March 15, 2026, 15 March 2026, Mar 15. */
const WEEKDAY = String.raw`(?:(?:mon|tue|wed|thu|fri|sat|sun)[a-z]*\.?,?\s+)?`;
/** A period named as a due date: "end of March", "Q3 2023", "H2 2024". */
const PERIOD_TEXT = String.raw`(?:(?:the\s+)?end\s+of\s+(?:${MONTHS}|q[1-4]|the\s+year|the\s+(?:first|second|third|fourth)\s+quarter)(?:,?\s+\d{4})?|q[1-4]\s+\d{4}|h[12]\s+\d{4})`;
const DATE_TEXT = String.raw`(?:${PERIOD_TEXT}|\d{4}-\d{1,2}-\d{1,2}|\d{4}/\d{1,2}/\d{1,2}|\d{1,2}/\d{1,2}(?:/\d{2,4})?|${WEEKDAY}${MONTHS}\.?\s+\d{1,2}(?:st|nd|rd|th)?(?:,?\s+\d{4})?|${WEEKDAY}\d{1,2}(?:st|nd|rd|th)?\s+(?:of\s+)?${MONTHS}\.?(?:,?\s+\d{4})?)`;
/**
 * A date, a day counted from the document's ("Friday", "EOW", "next week") or a quarter or half of its year ("Q1"):
 * only where a word or a group says it is when the item is due ("by Friday", "(due EOW)", "(Platform team, Q1)"), never
 * a weekday alone at the start of a task.
 */
const DUE_TEXT = String.raw`(?:${DATE_TEXT}|${RELATIVE_DUE_TEXT}|${ISO_WEEK_TEXT}(?![\w-])|(?:q[1-4]|h[12])(?![\w-]))`;
/**
 * `Owner: X`, `**Owner**: X |`, `(owner: @x, due D)`: a label, a colon, and a value up to the next separator or label;
 * words in parentheses after it are about the value ("Owner: Dana (platform)"), not part of the task; ", by 2026-12-01"
 * after it is the date it is due by.
 */
const LABELLED = new RegExp(
  String.raw`(?:^|[\s([|,;.—–·•-])(${OWNER_LABEL}|${DUE_LABEL})(?:\s*[:=]|\s+[—–-](?=\s))\s*(\[[^\]\n]*\]|[^|\n;()[\]]*?)(?:\s*\([A-Za-z][A-Za-z &/.-]{0,30}\))?(?=\s*(?:[|\n;()[\]]|,\s*(?:${OWNER_LABEL}|${DUE_LABEL}|status)\b|,\s*(?:by|before)\s+${DUE_TEXT}|\s+(?:${OWNER_LABEL}|${DUE_LABEL}|status)\s*[:=]|\.\s|\.$|\s[—–·•]\s|$))`,
  'gi',
);
/**
 * A half or a quarter closing the item: "start a production runbook in H1", "add heartbeat monitoring during the H1
 * sprints", "move the queue in Q3 2023".
 */
const CLOSING_PERIOD = /\b(?:in|during|by)\s+(?:the\s+)?(h[12]|q[1-4])(?:\s+sprints?)?(?:\s+(?:of\s+)?(\d{4}))?[.!]?\s*$/i;
const BY_DATE = new RegExp(String.raw`\b(?:by|before|due|no later than)\s+(?:the\s+)?(${DUE_TEXT})\b`, 'i');
const HANDLE = String.raw`@[A-Za-z0-9][\w.-]*(?:/[\w.-]+)?`;
/**
 * "@alice: add an alert", "@alice to add an alert", "@sre-team add an alert", "@nova and @hazel to plan the migration"
 * (both own it); not the notification keywords.
 */
const LEADING_HANDLE = new RegExp(String.raw`^(?!@(?:here|channel|everyone|all)\b)(${HANDLE}(?:(?:\s*,\s*|\s+and\s+|\s*&\s*)${HANDLE})*)(?::|\s+(?:to\b|will\b|[—–-]\s)?)`);
/**
 * "… assigned to @bob", "… owned by Jane Doe", "owner @nina": an owner without a colon. Here and below, a run of blanks
 * and commas is read from its start only (the look-behind): tried from every character of a long run, it was quadratic.
 */
const ASSIGNED = new RegExp(String.raw`(?<![\s,;])[\s,;]*\b(?:(?:assigned to|owned by|owner is)\s+(?:the\s+)?(${HANDLE}|(?:[A-Z][\w-]*\s+){1,2}team\b|[A-Z][\w.'-]*(?:\s+[A-Z][\w.'-]*)*)|(?:owner|assignee|dri)\s+(${HANDLE}))`, 'i');
/** Shapes readActionFields tries on every item, built once (what each reads is said where it is used). */
const WHOLE_HANDLE = new RegExp(`^${HANDLE}$`);
const WHOLE_DATE = new RegExp(`^${DATE_TEXT}$`, 'i');
const GROUP_DATE = new RegExp(`^(?:by\\s+|due\\s+)?(${DUE_TEXT})$`, 'i');
/** A due date after an owner's name and a comma: ", Dec 1st", ", by 12/1", ", before the next release" (not a date). */
const OWNER_THEN_DUE = new RegExp(String.raw`,\s*(?:(?:by|due|no\s+later\s+than)\s+)?(${DUE_TEXT})\s*$|,\s*((?:by|before|until|no\s+later\s+than)\s+[^,]{1,60}?)\s*$`, 'i');
const WHOLE_OWNER_LABEL = new RegExp(`^(${OWNER_LABEL})$`, 'i');
const LEADING_DATE = new RegExp(`^(${DATE_TEXT})\\b\\s*(.*)$`, 'is');
/** A tracked change or issue: "PR #2231", "#2231", "OPS-42". */
const TICKET_REFERENCE = String.raw`(?:(?:PR|MR|pull request|issue|ticket)\s*)?(?:#\d+|[A-Z][A-Z0-9]{1,9}-\d+)`;
/** One written after an owner's handle, perhaps in parentheses: "(PR #2231)", "#2231". */
const TICKET_NOTE = String.raw`(?:\(${TICKET_REFERENCE}\)|${TICKET_REFERENCE})`;
const HANDLE_THEN_DATE = new RegExp(String.raw`(?<![,\s])[,\s]+(${HANDLE})[,\s]+(?:(?:by|due)\s+)?(${DATE_TEXT})\s*\.?$`, 'i');

/** A dash-separated segment naming the owner and when, or the owner and a ticket: "— @nk, due 10/15", "— @tb (PR #2231)". */
const HANDLE_SEGMENT = new RegExp(String.raw`^(${HANDLE})(?:\s*,\s*|\s+)(?:(?:(?:by|due)\s+)?(${DUE_TEXT})|(${TICKET_NOTE}))\.?$`, 'i');
/** A GitLab label: `~"needs-decision"`, `~documentation`. */
const GITLAB_LABEL = /(?<=\S)\s+~(?:"[^"\n]{1,40}"|[a-z][\w:-]{1,30}\b)/gu;
const DATE_IN_PARENTHESES = new RegExp(String.raw`\((?:(?:by|due|eta|target|before)\s+)?(${DUE_TEXT})\)`, 'i');
/** A date in parentheses closing an item ("… @kim (ETA end of Q2)"). */
const CLOSING_DATE_IN_PARENTHESES = new RegExp(String.raw`\s*${DATE_IN_PARENTHESES.source}\s*\.?$`, 'i');
const TRAILING_HANDLE = new RegExp(String.raw`(?:\((${HANDLE})(?:\s*,\s*(${TICKET_REFERENCE}))?\)|\s(${HANDLE}(?:(?:\s*,\s*|\s+and\s+|\s*[&+]\s*)${HANDLE}){0,4})(?:(?:\s*,\s*|\s+)(${TICKET_NOTE}))?)(?:\s+\[[a-z][a-z-]{2,15}\])?\s*$`);
/** An arrow and a name closing an item: "→ Kim", "-> Kim Lee". */
const ARROW_TO_NAME = /\s(?:→|->|=>)\s*(\p{Lu}\p{Ll}+(?:\s\p{Lu}\p{Ll}+)?)\s*\.?$/u;
/** Words before a handle that tell someone about the item instead of giving it to them: "/cc @ana", "ping @ivo", "FYI @li". */
const NOTIFIED_BEFORE = /(?:^|[\s(/,;])(?:cc|fyi|ping|thanks(?:\s+to)?|thx|via|h\/t)\s*:?\s*$/i;
/** "AI: …", "ACTION: …", "Action item (Grace): …", "TODO(alice): …": a label before the task, perhaps naming the owner. */
const LEADING_LABEL = /^\s*(?:(?:AI|action(?: items?)?|follow[- ]?ups?)\s*(?:\(([^)]+)\))?\s*:|TODO\(([^)]+)\)\s*:?)\s*/i;
/** "[#2226]: Add logging", "OPS-12 — Add logging": the tracking issue written before the task; it is the ticket, not the text. */
// "#123: …", "OPS-42 — …", "[GH-101 (Done)]: …" (the status beside it captured); and a Bugzilla bug before its summary
// ("bug 1537907 Reconsider tighter schemas …"); and the address of an issue written before the task
// ("https://gitlab.example.com/g/p/-/issues/8812 - Lint every migration").
const LEADING_TICKET = /^\s*\[?(?:#\d{1,9}|[A-Z][A-Z0-9]{1,9}-\d{1,9})(\s\((?:[Dd]one|DONE|[Cc]ompleted?|[Cc]losed|[Ff]ixed|[Rr]esolved)\))?\]?\s*(?::|[—–]|-(?=\s))\s*|^\s*\[?[Bb]ug\s+\d{4,9}\]?\s*(?:[:—–]\s*|-\s+|(?=\p{Lu}))|^\s*<?https?:\/\/\S{1,200}?\/(?:issues|pull|merge_requests|browse)\/[\w-]{1,30}>?\s*(?::|[—–]|-(?=\s))\s*/u;
/** "Platform team: add a check", "The SRE team to add a check"; and see LEADING_NAMED_TEAM. */
const LEADING_TEAM = /^((?:the\s+)?[A-Z][\w&/-]*(?:\s+[\w&/-]+){0,2}\s+(?:team|squad|group|guild|crew|on-?call))\s*(?::|\s+(?=(?:to|will)\b))/i;
/** "Team Payments to trim the matrix", "Team Atlas: add a check": a team named after the word. */
const LEADING_NAMED_TEAM = /^((?:[Tt]he\s+)?[Tt]eam\s+\p{Lu}[\p{L}\p{N}&/-]*)\s*(?::|\s+(?=(?:to|will)\b))/u;
/**
 * "[dustin] finish this: …", "(tc team) add heartbeat monitoring", "(cloudops, tc, releng) start a runbook": who takes the
 * item, in brackets before it (see readLeadingGroup).
 */
const LEADING_GROUP = /^[([]([^()[\]\n]{1,60})[)\]]\s+(?=\S)/u;
/** A nickname as chat handles are written: one lower-case word; "garndt?" names a tentative owner. */
const NICKNAME = /^\p{Ll}[\p{Ll}\d_.-]{1,19}\??$/u;
/** Lower-case words bracketed before an item that tag it rather than name who takes it ("[wip]", "(optional)", "[p1]"). */
/** A priority an item is tagged with: "P0", "SEV2", "High". */
export const PRIORITY_TAG = String.raw`(?:p[0-4]|sev[0-4]|high|medium|low|critical|urgent)`;
/** "[P0] Cache DNS lookups …", "(High) Add an alert …": the priority in brackets before the task, not part of it. */
const LEADING_PRIORITY = new RegExp(String.raw`^\s*[[(]${PRIORITY_TAG}[\])]\s*`, 'i');
const ITEM_TAGS = /^(?:optional|required|wip|done|todo|tbd|tbc|blocked|bug|fix|feature|infra|ops|docs?|security|monitoring|alerting|testing|tests?|process|tooling|ci|cd|high|medium|low|critical|minor|major|urgent|now|later|next|short-term|mid-term|long-term|p[0-4]|sev[0-4]|stretch|maybe|idea|question|proposal|proposed|planned|ongoing|in-progress|complete|completed|fixed|open|closed|new|update|note|draft|x|n\/a|na|none|edit|done\?)$/u;
/**
 * A closing note that gives the item to someone by name: "(Rasmus call for meeting)", "(Priya to follow up)", "(Ana will
 * draft it)", "(Tomás owns this)". A name, then "to"/"will" and a verb, or a verb of taking the work on.
 */
const TRAILING_PERSON_TASK = /\((\p{Lu}\p{Ll}[\p{L}'’-]*(?:\s\p{Lu}\p{Ll}[\p{L}'’-]*)?)\s(?:(?:to|will)\s\p{Ll}{2,}|calls?\s(?:for\s)?(?:a\s)?meeting|owns?|drives?|leads?|coordinates?|organi[sz]es?|follows?\sup)\b[^()]{0,60}\)\s*\.?$/u;
/** "(Alice, 2026-03-01)", "(SRE team, by 3/15)", "(@kim, @lee)", "[@pat]" at the end of an item. */
const TRAILING_GROUP = /(?:(?<!\s)\s+)?[([]([^()[\]]{1,80})[)\]]\s*\.?$/;
/**
 * What keeps an item's trailing fields apart: a spaced dash or a middle dot ("— @kim — 2026-03-15", "· Due 14 Oct
 * 2026"); captured, so the segments left in the task keep a middle dot they were written with.
 */
const SEGMENT_SEPARATOR = /((?<!\s)\s+(?:[—–·•]|--?)\s+)/;
/** When an item is due, said without naming a day: "next sprint", "ASAP", "Sprint 44", "next release". */
const VAGUE_DUE = /^(?:asap|soon|later|(?:this|next|the next)\s+(?:sprint|release|cycle|iteration|milestone)|sprint\s+\d{1,4})$/i;
/** A segment saying the item is still open ("Outstanding", "Not started"): its status, not part of its task. */
const OPEN_SEGMENT = /^(?:outstanding|open|to ?do|not started|in[ -]progress|ongoing|pending|planned|blocked|wip|in review)$/i;
/** A segment saying nobody owns the item yet, or it has no date: what the item lacks, not part of its task. */
/** Fields in braces closing an item, holding a label or a handle: "{owner: jo, due: 2026-11-01}", "{@kim, 2026-12-01}". */
const BRACED_FIELDS = /\{((?=[^{}\n]*(?:@|\b(?:owner|assignee|due|dri|eta)\s*:))[^{}\n]{1,80})\}(?=[ \t]*(?:\.[ \t]*)?$)/i;
/** An icon labelling a field segment ("— 👤 @omar — 📅 2026-04-01"): who, when, the target. */
const FIELD_ICON = /^(?:👤|👥|🧑(?:\u200d💻)?|📅|📆|🗓\ufe0f?|⏰|⏳|🎯)\s*/u;
const NO_OWNER_SEGMENT = /^(?:unassigned|unowned|no owner(?: yet)?|no assignee|nobody|owner needed|needs an owner)$/i;
const NO_DUE_SEGMENT = /^no (?:due )?date(?: set)?$/i;
/** The label of an item's status field, in the languages the action sections are read in ("Status", "Estado", "Situação"). */
export const STATUS_LABEL = String.raw`status|estado|situa[cç][aã]o|stato|[eé]tat|statut`;
/** A status field that says the item is still open: "Status: In progress", "| Status: Open", "(in progress)". */
const OPEN_STATUS_FIELD = new RegExp(
  String.raw`(?:^|(?<=[\s|;,(])|(?<=\S)\s+)\**(?:${STATUS_LABEL})\**\s*:\**\s*(?:[^\p{L}\p{N}\s*]{1,3}\s*)?(?:in[ -]progress|open|to ?do|not started|ongoing|pending|planned|blocked|wip|in review|started|new|em andamento|em progresso|pendente|a fazer|en curso|en progreso|pendiente|por hacer|en cours|à faire|in corso|da fare|offen|in bearbeitung)(?![\p{L}])\.?(?=\s*(?:[|;,)\n]|$))|(?:(?<!\s)\s+)?\(\s*(?:in[ -]progress|ongoing|not started|wip|in review|pending)\s*\)`,
  'gimu',
);
/** A person's name as a segment of its own: "Jordan", "Sam Lee". */
const NAME_SEGMENT = /^\p{Lu}[\p{Ll}'’-]+(?:\s\p{Lu}[\p{Ll}'’-]+)?$/u;
/** A month's name, which a common first name can also be ("May", "Jan"). */
const WHOLE_MONTH = new RegExp(`^${MONTHS}$`, 'i');
/** A dash-separated segment saying the item is finished, perhaps when: "— done", "— done Thu 14 May", "— completed 2026-03-02". */
const DONE_SEGMENT = /^(?:done|completed|finished|shipped|merged)(?:\s+(?:on\s+)?[^\s—–][^—–]{0,29})?$/i;
/** A dash-separated segment naming a person, perhaps their team, and when: "— Priya Shah (Platform), by 2026-12-01". */
const NAME_THEN_DATE = new RegExp(String.raw`^([^\s,()]+(?:\s[^\s,()]+)?)(?:\s\([^()]{1,30}\))?\s*,\s*(?:(?:by|due)\s+)?(${DUE_TEXT})\.?$`, 'i');
const TICKET = /\b([A-Z][A-Z0-9]{1,9}-\d+)\b|(?:^|\s|\(|\[)(#\d+)\b|\b(?:issues|pull|merge_requests)\/(\d+)/;
/**
 * "Done" as written in Norwegian, Swedish, Danish, German, Dutch, Spanish, French, Portuguese, Italian, Finnish and
 * Polish, with or without its accents.
 */
const DONE_WORDS_WRITTEN = String.raw`gjort|utf[øo]rt|ferdig|fullf[øo]rt|klart?|avslutad|avslutat|afsluttet|f[æa]rdig|erledigt|fertig|abgeschlossen|gedaan|klaar|afgerond|hech[oa]|terminad[oa]|completad[oa]|fait|termin[ée]e?|feit[oa]|conclu[íi]d[oa]|fatto|completato|valmis|zrobione|gotowe`;
/** Check marks people put before or after a finished item. */
const CHECK_MARK = String.raw`(?:✅|✔️?|✓|☑️?|:white_check_mark:|:heavy_check_mark:|:ballot_box_with_check:)`;
/** Marks that say an item is finished, removed from its text: "(done)", "(Done as of …)", "[DONE]", "— Status: Done", a check mark. */
const DONE_MARKS: readonly RegExp[] = [
  /(?:(?<!\s)\s+)?\(\s*(?:done|completed?|fixed|resolved|shipped)\b[^)]*\)/gi,
  // "(merged)", "(implemented)", "(PR merged)", "(ticket closed)": the work or its ticket finished.
  /(?:(?<!\s)\s+)?\(\s*(?:(?:pr|mr|pull\s+request|ticket|issue|fix|change)\s+)?(?:merged|implemented|landed|deployed|closed|in\s+place)\s*\)/gi,
  /(?:(?<!\s)\s+)?\[\s*(?:done|completed?)\s*\]/gi,
  // "(added an @emergency role on Discord)", "(documented it in the runbook)" closing the item: what was done about it;
  // a verb and one word ("(updated weekly)") describes the thing instead.
  /\(\s*(?:added|implemented|deployed|merged|enabled|created|configured|documented|updated|removed|switched|migrated|moved|rolled out)\s+[^\s()]+\s[^()]*\)\.?\s*$/gi,
  /(?:(?<!\s)\s+)?(?:[—–-]\s*)?\bstatus\s*:\s*(?:(?:✅|✔️?|✓|☑️?|🟢)\s*)?(?:done|completed?|closed|fixed|resolved)\b\.?/giu,
  // "Status: ✅ concluída", "Estado: terminado": the same in the languages the action sections are read in.
  new RegExp(String.raw`(?:(?<!\s)\s+)?(?:[—–-]\s*)?(?:${STATUS_LABEL})\s*:\s*(?:(?:✅|✔️?|✓|☑️?|🟢)\s*)?(?:${DONE_WORDS_WRITTEN})(?![\p{L}])\.?`, 'giu'),
  /(?:(?<!\s)\s+)?[—–·•-]\s*(?:done|completed|implemented|fixed|merged|shipped|resolved|closed)\s*(?:\.\s*)?$/gi,
  // "— done 2026-03-15", "– completed on 3 March", "— done Thu 14 May": finished, and when.
  /(?:(?<!\s)\s+)?[—–·•-]\s*(?:done|completed|fixed|merged|shipped|closed)\s+(?:on\s+)?(?:(?:mon|tue|tues|wed|thu|thur|thurs|fri|sat|sun)(?:day)?\.?,?\s+)?(?:\d{4}-\d{2}-\d{2}|\d{1,2}[/.]\d{1,2}[/.]\d{2,4}|\p{L}{3,9}\.?\s\d{1,2}(?:,?\s\d{4})?|\d{1,2}\s\p{L}{3,9}(?:\s\d{4})?)\s*\.?\s*$/giu,
  // "— erledigt", "(hecho)", "— utført": the same closing done word in the languages the action sections are read in.
  new RegExp(String.raw`(?:(?<!\s)\s+)?(?:[—–-]\s*|\(\s*)(?:${DONE_WORDS_WRITTEN})\s*\)?\s*\.?\s*$`, 'giu'),
  // "… (owner: Kim, by 2026-12-01). Done.": a last sentence of one word that says it is finished.
  /(?<=[.!])\s+(?:done|completed|implemented|fixed|merged|shipped|resolved)\s*[.!]?\s*$/gi,
  // "Add the canary [x]": a ticked box written after the task.
  /(?<=\S)\s+\[[xX]\]\s*$/g,
  new RegExp(String.raw`^\s*${CHECK_MARK}\s*|(?:(?<!\s)\s+)?${CHECK_MARK}\s*(?:done|completed?|fixed)?\s*$`, 'gi'),
  // "* [*] ensure the Auth service reports to Sentry": a box ticked with a star, which Markdown does not read as a task.
  /^\s*\[\*\]\s+/g,
  // DONE in capitals only: "what can be done" is not a status.
  /(?:(?<!\s)\s+)?(?<!\bNOT )\bDONE\b(?! BY\b)/g,
];
/**
 * Finished work said in words: "this has already been done", "Completed on 2023-07-20", "Done: …", "fixed in #412", "we
 * already do this".
 */
export const DONE_PHRASES: readonly RegExp[] = [
  /\b(?:this|it|which)\s+(?:(?:has|have)\s+(?:already\s+)?been|(?:was|is)\s+already)\s+(?:done|completed|implemented|fixed|deployed|shipped|merged|released|rolled out|in place)\b[^\n]*/gi,
  // "(already done)" at the end of the item's line (a note may follow on the next); not "(possibly already done)".
  /(?=[(a])(?<!\b(?:possibl[ey]|maybe|probably|perhaps|might\s+be|may\s+be)\s+)\(?\balready\s+(?:done|completed|implemented|fixed|deployed|shipped|merged|in place)\b\)?\.?[^\S\n]*(?=\n|$)/gi,
  // "Completed on 2023-07-20: raise the threshold", "(merged in #123)", ": fixed in v2.3.1": the date ends at a colon and
  // a blank (a time's colon is not one), or the parenthesis it opened with.
  /(?:^|[,;:(—–-]\s*)(?:completed|done|finished|fixed|implemented|merged|shipped|deployed|resolved|landed)\s+(?:on|in|as of|since|by|via)\s+(?=(?:[^,;:()\n]|:(?!\s))*\d)(?:[^,;:()\n]|:(?!\s))*\)?(?::\s+)?/gim,
  // "— fixed in the maintenance playbook", "- done via Terraform": a note after a dash closing the item, saying where it
  // was done.
  /(?<=\S)\s+[—–-]\s+(?:done|completed|fixed|finished|implemented|merged|shipped|deployed|resolved|landed|addressed)\s+(?:in|on|by|via|with|through)\s+\S[^\n]*$/gim,
  // "— in place since Oct 12", "— live since 2026-10-12".
  /\s*[,;—–-]\s*(?:in\s+place|live|enabled|rolled\s+out)\s+since\s+[^,;()\n]*\d[^,;()\n]*$/gim,
  /^[^\S\n]*(?:done|completed|fixed|finished)\s*[:—–]\s*/gim,
  // "… vs. regular launch failures. Note: on investigation, we already do this so …": found to be the case already.
  /(?:(?<!\s)\s+)?(?:\bnote:\s*)?(?:on\s+(?:further\s+|closer\s+)?investigation,?\s*|it\s+turns\s+out\s+(?:that\s+)?)?\b(?:we\s+already\s+do\s+(?:this|that|it|so)|this\s+is\s+already\s+(?:the\s+case|so))\b[^\n]*/gi,
  // "… in the current metrics. _Done in Grafana_.": a last sentence that says where it was done.
  /(?<=[.!])\s+(?:done|completed|implemented|deployed|fixed)\s+(?:in|on|via|with)\s+[^.\n]{1,40}\.?\s*$/gi,
];
/**
 * Words that close an item without doing it: a Status of "Won't do", "Duplicate" or "Out of scope", or the same words in
 * brackets after a list item ("(won't do)", "[cancelled]").
 */
export const CLOSED_UNDONE_WORDS = String.raw`won['’]?t (?:do|fix|be done)|wontfix|cancell?ed|superseded|duplicate|obsolete|(?:not|no longer) (?:needed|required|applicable|planned)|dropped|rejected|declined|abandoned|descoped|out of scope`;
/** Of the closing words, those that also describe a task ("dropped connections", "duplicate alerts"). */
const DESCRIPTIVE_CLOSED = 'dropped|abandoned|duplicate';
/**
 * Closed without being done, as a bracketed mark: "(won't do)", "[cancelled]", "(superseded by #88)", "(not needed
 * after the migration)". A word that can also describe the task closes it only when it ends the mark or a reason follows
 * it ("(duplicate of #12)", "(dropped: too costly)"), not in "(dropped connections)" or "(abandoned by the old cluster)".
 */
const CLOSED_MARK = new RegExp(
  String.raw`[([]\s*(?:(?!(?:${DESCRIPTIVE_CLOSED})\b)(?:${CLOSED_UNDONE_WORDS})\b|(?:${DESCRIPTIVE_CLOSED})(?:\s*[)\]:;,—–]|\s+-\s|(?<=duplicate)\s+of\b|\s+(?:because|in favou?r of|see|per)\b))`,
  'i',
);
/** "(Done as of 2021-06-30)" written in bold. */
const DONE_AS_OF = /(?:\(\s*|(?<!\s)\s+)?done as of\b[^)\n]*\)?/gi;

/** An empty box drawn before a task (the unticked counterpart of CHECK_MARK). */
const OPEN_BOX = /^\s*(?:⬜|☐|🔲|◻|▢)\uFE0F?\s*/u;

/** A value nobody filled in; a whole value in square brackets (`[Assignee]`) is never a real owner or date either. */
export function isPlaceholderValue(value: string): boolean {
  const v = value.replace(/[*_`]/g, '').trim();
  return /^\[[^\]]*\]$/.test(v) || isTemplatePlaceholder(v);
}

const NAME = /^[A-Z][\w'.-]*(?:\s+[A-Z][\w'.-]*){0,2}$/;
/** "SRE team", "the platform squad", "on-call": a short phrase that names a team, not a clause that ends in one. */
const TEAM = /^(?:the\s+)?(?:[\w&/-]+\s+){0,2}(team|squad|group|guild|crew|sre|on-?call)$/i;
/** TEAM as bracketed before an item: also several ("cloudops teams"); a bare "(SRE)" is not taken there. */
const BRACKETED_TEAM = /^(?:the\s+)?(?:[\w&/-]+\s+){0,2}(?:teams?|squad|group|guild|crew|on-?call)$/iu;

/**
 * The owners bracketed before an item: handles, teams ("tc team", "cloudops teams") and chat nicknames, each part of the
 * group one of them. "(Optional) …", "[CVE-2019-9901] …", "(Already planned) …", "[11:00] …" name nobody.
 */
function readLeadingGroup(text: string): { rest: string; owner: string; ownerText: string } | null {
  const match = LEADING_GROUP.exec(text);
  if (!match) return null;
  const parts = match[1].split(/(?:(?<!\s)\s+)?(?:,|\band\b|&)\s*/u).map((p) => p.trim().replace(/\?$/u, '')).filter((p) => p !== '');
  const owns = (part: string) => WHOLE_HANDLE.test(part) || BRACKETED_TEAM.test(part) || (NICKNAME.test(part) && !ITEM_TAGS.test(part));
  if (parts.length === 0 || !parts.every(owns)) return null;
  return { rest: text.slice(match[0].length), owner: parts.join(', '), ownerText: parts[0] };
}

/**
 * A trailing "(…)" or "[…]" that holds only owners and a date: handles always count; a plain name counts with a date
 * beside it or when it names a team, so "(PostgreSQL)" is not taken for an owner.
 */
/** A due date left to be set: "due TBD", "ETA: ?", "TBC". */
const UNSET_DUE = /^(?:(?:due|by|eta|target)\s*:?\s*)?(?:tbd|tbc|tba|\?{1,3}|unknown)$/i;

function readTrailingGroup(text: string, referenceDate: Date | null): { rest: string; owner: string | null; ownerText: string | null; due: string | null; dueApproximate: boolean; dueText: string | null } | null {
  const match = TRAILING_GROUP.exec(text);
  if (!match) return null;
  // "(@kim / @lee)": a slash between handles joins them too.
  const parts = match[1].split(/(?:(?<!\s)\s+)?(?:,|;|\band\b|\/(?=\s*@))\s*|(?<!\s)\s+(?=(?:by|due)\s)/).map((p) => p.trim()).filter((p) => p !== '');
  const owners: string[] = [];
  let dueText: string | null = null;
  let sawPlainName = false;
  for (const part of parts) {
    const dateMatch = GROUP_DATE.exec(part);
    if (dateMatch && dueText === null) dueText = dateMatch[1];
    // "(@finance-eng, next sprint)": when beside an owner, a time that names no day ("ASAP", "Sprint 44").
    else if (dueText === null && VAGUE_DUE.test(part)) dueText = part;
    else if (WHOLE_HANDLE.test(part)) owners.push(part);
    // "(@lena-h, due TBD)": a due date still to be set is none, and leaves the owner beside it standing.
    else if (UNSET_DUE.test(part)) continue;
    else if (TEAM.test(part) || NAME.test(part)) {
      owners.push(part);
      sawPlainName = sawPlainName || !TEAM.test(part);
    } else return null;
  }
  if (owners.length === 0 && (dueText === null || VAGUE_DUE.test(dueText))) return null;
  // "[Dana]", "(Priya Shah)": a plain name alone counts when it opens with a common first name (not "(May)", a month).
  const knownNames = owners.every((o) => TEAM.test(o) || WHOLE_HANDLE.test(o) || (FIRST_NAME_SET.has(o.split(' ')[0].toLowerCase()) && !WHOLE_MONTH.test(o.split(' ')[0])));
  if (sawPlainName && dueText === null && !owners.some((o) => TEAM.test(o)) && !knownNames) return null;
  const parsed = dueText ? parseDueDate(dueText, referenceDate) : null;
  const due = parsed?.date ?? null;
  const dueApproximate = parsed?.approximate ?? false;
  // "(2026-03-15)" alone: a due date, no owner.
  if (owners.length === 0) return { rest: text.slice(0, match.index), owner: null, ownerText: null, due, dueApproximate, dueText };
  return { rest: text.slice(0, match.index), owner: owners.join(', '), ownerText: owners[0], due, dueApproximate, dueText };
}

function isOwnerLabel(label: string): boolean {
  return WHOLE_OWNER_LABEL.test(label.trim());
}

function cleanOwner(raw: string): string | null {
  const owner = raw.replace(/[*_`]/g, '').replace(/\s+/g, ' ').trim().replace(/(?<![.,:])[.,:]+$/, '');
  return isPlaceholderValue(owner) ? null : owner;
}

/**
 * A template slot the author filled but left its braces around ("{{ Start writing after-action reports }}"): the words
 * are the item. A slot still holding its name ("{{ summary }}") is a placeholder and stays.
 */
const FILLED_SLOT = /\{\{\s*([^{}\n]{12,400}?)\s*\}\}|^\s*\{\{\s*(?=[^{}\n]{12})/g;

function collapse(text: string): string {
  return text
    .replace(FILLED_SLOT, (_slot, words: string | undefined) => words ?? '')
    // Brackets a field was read out of ("Add an alert (owner: Kim)"), not a call's ("Update `add_known_models()`").
    .replace(/(?<![\w\])])(?:\([\s,;]*\)|\[[\s,;]*\])/g, '')
    .replace(/(?:(?<!\s)\s+)?\|\s*(\|\s*)*/g, ' | ')
    .replace(/[ \t]+/g, ' ')
    // Punctuation left doubled where a field was read out, but not an ellipsis ("model_cost_map=...", "Wait... then").
    .replace(/([.,;·•])((?:\s*[.,;·•])+)/g, (run: string, first: string, rest: string) => (first === '.' && rest === '..' ? run : first))
    .split('\n')
    .map((l) => l.trim())
    .filter((l) => l !== '' && !/^[|,;.—–:·•-]+$/.test(l))
    .join(' ')
    // "Add a drill — due 2026-11-15." read out leaves "Add a drill —.": the dash goes, the full stop stays.
    .replace(/(?<!\s)\s+[—–-]+\s*(?=\.$)/, '')
    // The trailing run is read from its start only (the look-behind): tried from every character of a long run that
    // does not reach the end, it was quadratic.
    .replace(/^[\s|,;:.—–·•-]+|(?<![\s|,;:—–·•→>-])(?:[\s|,;:—–·•→-]|[-=]>)+$/g, '')
    // The sentence's period after a field read out of its end ("… on the mailing list by 2026-12-20.").
    .replace(/(?<!\s)\s+\.$/u, '.')
    .trim();
}

/**
 * @param rawText the item's text as a reader sees it (Markdown emphasis removed), lines separated by "\n"
 * @param referenceDate the incident date, so "Mar 15" gets a year
 */
export function readActionFields(rawText: string, referenceDate: Date | null): ActionFields {
  return readFields.get(`${referenceDate?.getTime() ?? ''}|${rawText}`, () => readFieldsAnew(rawText, referenceDate));
}

/** A first sentence saying part of what follows is done: "Some of this is already done.", "Most of these are in place." */
const PARTLY_DONE_LEAD = /^\s*(?:some|part|parts|most|much|half)\s+of\s+(?:this|these|it|them|the\s+work)\s+(?:is|are|has\s+been|have\s+been)\s+(?:already\s+)?(?:done|in\s+place|complete|completed|finished|shipped)\s*[.:]\s+/i;

/** Items already read, by reference date and text: the editor reads every item again after each edit. */
const readFields = new KeptResults<ActionFields>(5_000);

function readFieldsAnew(rawText: string, referenceDate: Date | null): ActionFields {
  // Runs of blanks become one: several patterns below start with `\s*`, which retries from every blank of a long run.
  // Every blank `\s` matches counts (no-break and ideographic spaces too), not only spaces and tabs.
  // "⬜ Move email to its own queue", "☐ Review …": a box drawn open before the task says only that it is still to do.
  const itemText = rawText.replace(/[^\S\n]{2,}/g, ' ').replace(/\n\s+/g, '\n').replace(OPEN_BOX, '')
    // "Add an alert {owner: jo, due: 2026-11-01}": fields in braces closing the item are read as in brackets.
    .replace(BRACED_FIELDS, (_whole, inner: string) => `(${inner})`)
    // "Some of this is already done. We have already added …": a lead-in about the list, not this item's status.
    .replace(PARTLY_DONE_LEAD, '');
  let done = false;
  // Said-in-words completion goes first: "Completed on 2023-07-20" names when it was done, not when it is due.
  let rest = DONE_PHRASES.reduce((text, phrase) => text.replace(phrase, () => {
    done = true;
    return '';
  }), itemText);
  let owner: string | null = null;
  let ownerText: string | null = null;
  let due: string | null = null;
  let dueApproximate = false;
  let dueText: string | null = null;
  let sawOwnerLabel = false;
  const readDue = (value: string): string | null => {
    const parsed = parseDueDate(value, referenceDate);
    dueApproximate = parsed?.approximate ?? false;
    return parsed?.date ?? null;
  };

  rest = rest.replace(LABELLED, (whole, label: string, value: string) => {
    const lead = whole.slice(0, whole.length - whole.trimStart().length) + (/^[([|,;.—–-]/.test(whole.trimStart()) ? whole.trimStart()[0] : '');
    if (isOwnerLabel(label)) {
      sawOwnerLabel = true;
      // "(owner: @f, Dec 1st)", "(owner: @d, before the next release)": what follows the name is when it is due.
      const tail = OWNER_THEN_DUE.exec(value);
      if (tail !== null) {
        value = value.slice(0, tail.index);
        if (due === null && dueText === null) {
          dueText = tail[1] ?? tail[2];
          due = readDue(dueText);
        }
      }
      if (owner === null) {
        ownerText = value.trim() || null;
        owner = cleanOwner(value);
      }
    } else if (due === null && dueText === null) {
      // "Due: 2026-02-01 Add alert": the date is the value, what follows it is the task.
      const leadingDate = LEADING_DATE.exec(value.trim());
      const dateValue = leadingDate ? leadingDate[1] : value.trim();
      dueText = dateValue || null;
      due = isPlaceholderValue(dateValue) ? null : readDue(dateValue);
      if (leadingDate && leadingDate[2]) return `${lead} ${leadingDate[2]}`;
    }
    return lead;
  });

  // "Status: In progress" as a field of its own, "(in progress)": the item is open, and that is not part of its task.
  rest = rest.replace(OPEN_STATUS_FIELD, '');

  const ticketLead = LEADING_TICKET.exec(rest);
  if (ticketLead) {
    rest = rest.slice(ticketLead[0].length);
    // "[GH-101 (Done)]: create a management domain …": the status written beside the ticket.
    if (ticketLead[1] !== undefined) done = true;
  }
  const label = LEADING_LABEL.exec(rest);
  if (label) {
    const named = (label[1] ?? label[2])?.trim();
    if (named && owner === null && !sawOwnerLabel) {
      owner = cleanOwner(named);
      ownerText = named;
      sawOwnerLabel = true;
    }
    rest = rest.slice(label[0].length);
  }
  if (!sawOwnerLabel) {
    const assigned = ASSIGNED.exec(rest);
    // The pattern ignores case for its words ("Owned by", "owner is"); the name after them is capitalised or a handle
    // ("an owner is a convenience, not a boundary" names nobody).
    if (assigned && (assigned[2] !== undefined || /^(?:@|\p{Lu})/u.test(assigned[1] ?? ''))) {
      ownerText = (assigned[1] ?? assigned[2]).trim().replace(/(?<![.,;:])[.,;:]+$/, '');
      owner = cleanOwner(ownerText);
      sawOwnerLabel = true;
      rest = rest.slice(0, assigned.index) + rest.slice(assigned.index + assigned[0].length);
    }
  }
  if (!sawOwnerLabel) {
    const team = LEADING_TEAM.exec(rest.trim()) ?? LEADING_NAMED_TEAM.exec(rest.trim());
    if (team) {
      owner = ownerText = team[1].trim();
      sawOwnerLabel = true;
      rest = rest.trim().slice(team[0].length).replace(/^\s*(?:to|will)\s+/i, '');
    }
  }
  if (!sawOwnerLabel) {
    const leading = LEADING_HANDLE.exec(rest.trim());
    if (leading) {
      owner = ownerText = leading[1];
      rest = rest.trim().slice(leading[0].length);
    }
  }
  if (!sawOwnerLabel && owner === null) {
    const group = readLeadingGroup(rest.trim());
    if (group) {
      ({ owner, ownerText } = group);
      rest = group.rest;
    }
  }

  // "Add alert — @alice — 2026-03-15": dash-separated trailing segments holding a handle or a date; a name ("— Jordan —
  // end of July") when a date is one of them.
  // Split keeping each separator, so the segments left in the task keep the ones they were written with.
  const pieces = rest.split(SEGMENT_SEPARATOR);
  if (pieces.length > 1) {
    const kept = [{ separator: '', text: pieces[0] }];
    // Where a name segment was kept, in case no date segment makes it the owner.
    let named = -1;
    let datedSegment = false;
    for (let at = 2; at < pieces.length; at += 2) {
      const segment = pieces[at];
      const separator = pieces[at - 1];
      // "— · Due 14 Oct 2026": what was between the two separators was read already (an "Assigned to …").
      const s = segment.trim().replace(/^[·•]\s*/u, '').replace(FIELD_ICON, '');
      if (s === '' || OPEN_SEGMENT.test(s) || NO_DUE_SEGMENT.test(s)) continue;
      if (NO_OWNER_SEGMENT.test(s)) {
        if (owner === null && !sawOwnerLabel) ownerText ??= s;
        continue;
      }
      const dueSegment: RegExpExecArray | null = due === null && dueText === null ? GROUP_DATE.exec(s) : null;
      const nameThenDate: RegExpExecArray | null = owner === null && !sawOwnerLabel && due === null && dueText === null ? NAME_THEN_DATE.exec(s) : null;
      if (nameThenDate !== null && NAME_SEGMENT.test(nameThenDate[1])) {
        owner = ownerText = nameThenDate[1];
        dueText = nameThenDate[2];
        due = readDue(nameThenDate[2]);
        datedSegment = true;
      } else if (owner === null && !sawOwnerLabel && named === -1 && NAME_SEGMENT.test(s)) {
        named = kept.push({ separator, text: segment }) - 1;
      } else if (owner === null && !sawOwnerLabel && WHOLE_HANDLE.test(s)) {
        owner = ownerText = s;
      } else if (owner === null && !sawOwnerLabel && HANDLE_SEGMENT.test(s)) {
        const [, handle, date, ticketNote] = HANDLE_SEGMENT.exec(s) ?? [];
        owner = ownerText = handle;
        if (date !== undefined && due === null && dueText === null) {
          dueText = date;
          due = readDue(date);
          datedSegment = true;
        }
        // The ticket stays with the task it tracks.
        if (ticketNote !== undefined) kept[kept.length - 1].text += ` ${ticketNote}`;
      } else if (owner === null && ownerText === null && !sawOwnerLabel && /^\[(name|owner|assignee|who|team( or person)?)\]$/i.test(s)) {
        ownerText = s;
      } else if (DONE_SEGMENT.test(s)) {
        // "— Chloe Barnes — done Thu 14 May": finished, a field like a date, so the name beside it owns the item.
        done = true;
        datedSegment = true;
      } else if (dueSegment !== null || (due === null && dueText === null && /^(yyyy-mm-dd|\[date\]|\[due( date)?\])$/i.test(s))) {
        // "— 2026-03-15", "· Due 14 Oct 2026", "— by end of July".
        const value: string = dueSegment?.[1] ?? s;
        dueText = value;
        due = isPlaceholderValue(value) ? null : readDue(value);
        datedSegment = true;
      } else {
        kept.push({ separator, text: segment });
      }
    }
    if (named !== -1 && datedSegment && owner === null) owner = ownerText = kept.splice(named, 1)[0].text.trim();
    // "Sam - rotate the signing keys - 03/15": a first name first, then the task ("Monitoring - add disk alerts" names a
    // group).
    else if (datedSegment && owner === null && !sawOwnerLabel && kept.length >= 2 && NAME_SEGMENT.test(kept[0].text.trim()) && FIRST_NAME_SET.has(kept[0].text.trim().split(' ')[0].toLowerCase())) owner = ownerText = (kept.shift()?.text ?? '').trim();
    // Dashes are joined as one kind ("Monitoring — add disk alerts"); a middle dot stays.
    rest = kept.map((piece, i) => (i === 0 ? piece.text : (/[·•]/u.test(piece.separator) ? piece.separator : ' — ') + piece.text)).join('');
  }

  // "Add a load test, @judy, 2026-03-20" / "Add a load test @judy 2026-03-20".
  if (owner === null && !sawOwnerLabel && due === null && dueText === null) {
    const tail = HANDLE_THEN_DATE.exec(rest);
    if (tail) {
      owner = ownerText = tail[1];
      dueText = tail[2];
      due = readDue(tail[2]);
      rest = rest.slice(0, tail.index);
    }
  }

  if (owner === null && !sawOwnerLabel) {
    const group = readTrailingGroup(rest, referenceDate);
    if (group) {
      rest = group.rest;
      owner = group.owner;
      ownerText = group.ownerText;
      if (group.dueText !== null && due === null && dueText === null) {
        due = group.due;
        dueApproximate = group.dueApproximate;
        dueText = group.dueText;
      }
    }
  }

  if (due === null && dueText === null) {
    const by = BY_DATE.exec(rest);
    if (by) {
      dueText = by[1];
      due = readDue(by[1]);
      rest = rest.slice(0, by.index) + rest.slice(by.index + by[0].length);
    }
  }

  // "As a more long term solution (Q2 2024), we'll move …": a period in parentheses inside the sentence is when it is due;
  // the words stay, as they are part of the sentence.
  if (due === null && dueText === null) {
    const inner = DATE_IN_PARENTHESES.exec(rest);
    if (inner) {
      dueText = inner[1];
      due = readDue(inner[1]);
    }
  }

  // "start a Taskcluster production runbook in H1": a half or a quarter closing the sentence is when it is due (of the
  // document's year when it names none); the words stay, as they are part of the sentence.
  if (due === null && dueText === null) {
    const period = CLOSING_PERIOD.exec(rest);
    if (period) {
      dueText = period[2] === undefined ? period[1] : `${period[1]} ${period[2]}`;
      due = readDue(dueText);
    }
  }

  // Done marks go before the owner is looked for at the end: "… @asato — done 2026-03-15", "… @kim (done)".
  for (const mark of [DONE_AS_OF, ...DONE_MARKS]) {
    rest = rest.replace(mark, () => {
      done = true;
      return '';
    });
  }
  // GitLab's labels (~"needs-decision", ~documentation) tag the issue; the bracket a field was read from ("… @jmarsh
  // (due: …)") is left open at the end.
  rest = rest.replace(GITLAB_LABEL, '').replace(/\s*(?:\(\s*\)|\[\s*\]|[([])\s*$/u, '');

  // GDS style "Define acceptance tests : Chris F": the part after a spaced colon names who does it.
  if (owner === null && !sawOwnerLabel) {
    const spaced = /^(.+?)\s+:\s+(.+)$/.exec(rest.trim());
    if (spaced && !/\n/.test(spaced[2])) {
      ownerText = spaced[2].trim();
      owner = cleanOwner(spaced[2]);
      rest = spaced[1];
    } else {
      // "Rotate the signing key @kfischer", "Add disk alerts (@ops)": a handle closing the item names its owner, also
      // before a category tag ("Better alerting on CPU load @dma [detect]").
      // "… @lfontaine (ETA end of Q2)": the date read above may close the item after the handle.
      const closing = due === null ? rest.trim() : rest.trim().replace(CLOSING_DATE_IN_PARENTHESES, '');
      const found = TRAILING_HANDLE.exec(closing);
      const trailing = found !== null && !NOTIFIED_BEFORE.test(closing.slice(0, found.index + (found[1] === undefined ? 1 : 0))) ? found : null;
      const person = trailing ? null : TRAILING_PERSON_TASK.exec(rest.trim());
      if (trailing) {
        // "— @kim & @lee", "@kim and @lee": both own it.
        owner = ownerText = trailing[1] ?? trailing[3].split(/\s*(?:,|\band\b|&|\+)\s*/).join(', ');
        // A ticket beside the handle ("@tbui (PR #2231)", "(@tbui, PR #2231)") stays with the task it tracks.
        const ticketNote = trailing[2] !== undefined ? `(${trailing[2]})` : trailing[4];
        rest = `${closing.slice(0, trailing.index)}${ticketNote === undefined ? '' : ` ${ticketNote}`}`;
      } else if (person) {
        // "(Rasmus call for meeting)", "(Priya to follow up)": the note stays in the text; the name is its owner.
        owner = ownerText = person[1];
      } else {
        // "Rotate the images weekly → Kim": an arrow handing the item to a name (a common first name, not a month).
        const handed = ARROW_TO_NAME.exec(rest.trim());
        const first = handed?.[1].split(' ')[0] ?? '';
        if (handed && FIRST_NAME_SET.has(first.toLowerCase()) && !WHOLE_MONTH.test(first)) {
          owner = ownerText = handed[1];
          rest = rest.trim().slice(0, handed.index);
        }
      }
    }
  }

  const ticketMatch = TICKET.exec(itemText);
  const ticket = ticketMatch ? (ticketMatch[1] ?? ticketMatch[2] ?? `#${ticketMatch[3]}`) : null;
  // Closed without being done: the words stay, as they say why.
  if (CLOSED_MARK.test(rest)) done = true;
  return { text: collapse(rest.replace(LEADING_PRIORITY, '')), owner, ownerText, due, dueApproximate: due !== null && dueApproximate, dueText, ticket, done };
}
