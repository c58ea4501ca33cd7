// Template placeholders as data: what unfilled template text looks like, and what to write instead (read by the model, the lint rules and the templates).
import { KeptResults } from './memo';

export interface PlaceholderPattern {
  /** Matches one placeholder; must be global. */
  pattern: RegExp;
  /** What belongs there, for the message: "replace it with …". */
  expected: string;
  /** A quick look for what every match holds: the pattern runs only on text that passes it. */
  mayMatch?: (text: string) => boolean;
}

/** Text holding any of the literals (as written). */
const anyOf =
  (...literals: string[]) =>
  (text: string): boolean =>
    literals.some((literal) => text.includes(literal));

/** What a stand-in number counts; a bare capital X or N before one of these is a template's variable, not prose. */
const COUNTED = String.raw`(?:minutes?|mins?|hours?|hrs?|days?|seconds?|secs?|users?|customers?|requests?|orders?|accounts?|people|clients?|merchants?|tenants?|sites?|hosts?|nodes?|pods?|instances?|errors?|transactions?|builds?|jobs?|messages?|emails?|percent)`;
/** "approximately 'x' minutes", "~Y minutes", "X% of requests", "__ minutes", "~??? orders": a stand-in for a number, and what it counts. */
const VARIABLE_COUNT = new RegExp(String.raw`(?:\b(?:approximately|approx\.|about|around|roughly|over|nearly)\s+|~[ \t]?)?(?:'[xXnNyY]{1,3}'|"[xXnNyY]{1,3}"|‘[xXnNyY]{1,3}’|\b(?:X{1,3}|N{1,2}|Y{1,2})\b|(?<![\w_])_{2,}(?![\w_])|(?<![\w?])\?{2,4}(?![\w?]))(?:\s+${COUNTED}\b|[ \t]?%)`, 'g');

/** `[Name]`, `[2-3 sentence summary …]`: bracketed text, a placeholder only when it reads as an instruction. */
const BRACKETED: PlaceholderPattern = { pattern: /\[[^\[\]\n]{2,200}\]/g, expected: 'the real text', mayMatch: anyOf('[') };

/** Checked in order; where two patterns match overlapping text the earlier wins, so longer shapes come first. */
export const PLACEHOLDER_PATTERNS: readonly PlaceholderPattern[] = [
  { pattern: /\bINC-YYYY-MM-DD-N+\b/g, expected: 'the incident ID', mayMatch: anyOf('YYYY') },
  { pattern: /\bYYYY[-/.]MM[-/.]DD(?:[T ]HH:MM(?::SS)?)?\b/g, expected: 'a date such as 2024-10-18', mayMatch: anyOf('YYYY') },
  { pattern: /\b(?:DD|MM)[-/.](?:MM|DD)[-/.]YYYY\b/g, expected: 'a date such as 2024-10-18', mayMatch: anyOf('YYYY') },
  { pattern: /\b(?:HH:MM(?::SS)?|HH:mm(?::ss)?|hh:mm(?::ss)?)\b/g, expected: 'a time such as 10:42', mayMatch: anyOf('HH:', 'hh:') },
  // "22:XX", "2X:XX", "XX:XX": the minutes never filled in, nor the hour (or half of it).
  { pattern: /\b(?:[01]?\d|2[0-4]|[0-2Xx][Xx]):(?:XX|xx)(?![\w:])/g, expected: 'the time it happened, or "time unknown"', mayMatch: anyOf(':XX', ':xx') },
  // "Time TBC", "owner TBD": a value still to be confirmed (a due date "due TBD" is action-item-due's).
  { pattern: /\b(?:[Tt]ime|[Dd]ate|[Oo]wner|[Cc]ause|ETA|[Dd]etails?)\s+(?:TBC|TBD|TBA)\b/g, expected: 'the value once it is known', mayMatch: anyOf('TBC', 'TBD', 'TBA') },
  // "- Workaround: TBD": a field whose whole value is still to be decided.
  { pattern: /(?<=\p{L}\)?[ \t]?:[ \t]{0,3})(?:TBD|TBC|TBA|tbd|tbc|tba|[àa] (?:compléter|définir|confirmer)|por (?:definir|completar))(?=[ \t]*\.?[ \t]*(?:\n|$))/gu, expected: 'the value once it is known (or say why it is not known yet)', mayMatch: anyOf('TB', 'tb', 'à ', 'por ') },
  // "Time to detection: ?": a field answered with a question mark.
  { pattern: /(?<=\p{L}:[ \t]{0,3})\?{1,3}(?=[ \t]*(?:\n|$))/gu, expected: 'the value (or "unknown")', mayMatch: anyOf('?') },
  // "## Timeline (all times PST) DATE RANGE", "# ISSUE NAME": a template's variable in capitals, never filled in (not a
  // label such as "SERVICE NAME:" or a column "| SERVICE NAME |").
  { pattern: /(?<![\p{Lu}\d_-] ?)\b(?:ISSUE|INCIDENT)\s(?:NAME|TITLE)\b(?![ \t]*[:|]|\s\p{Lu})/gu, expected: "the incident's own title", mayMatch: anyOf('ISSUE', 'INCIDENT') },
  { pattern: /(?<![\p{Lu}\d_-] ?)\b(?:DATE|TIME|SERVICE|TEAM|OWNER|CUSTOMER|PRODUCT|COMPONENT|SYSTEM|PERSON|PROJECT|REGION|CLUSTER)\s(?:RANGE|NAME|TITLE)\b(?![ \t]*[:|]|\s\p{Lu})/gu, expected: 'the real value', mayMatch: anyOf('RANGE', 'NAME', 'TITLE') },
  // "the hub is ?????", "After returning to working order, ????", "total $ ???", "… access list — ??? — next sprint": a
  // run of question marks after a sentence's words, a currency sign or a dash, standing for what was not known yet (not
  // "why???"; a cell or line of only "???" is a whole unfilled block).
  { pattern: /(?<=(?:\p{L}[,:]?|[$€£]|[—–])[ \t]{1,3})\?{3,}(?=[\s.,;:)]|$)/gu, expected: 'what happened (or "unknown")', mayMatch: anyOf('???') },
  // "(Grafana screenshot TK)": the editor's mark for what is to come, in capitals after a word, before a stop or the end.
  { pattern: /(?<=\p{L}[ \t])(?:TK|TKTK)(?=[ \t]*(?:[).,;:\]]|\n|$))/gu, expected: 'the missing content', mayMatch: anyOf('TK') },
  // "- Engineering Lead: _________________": a line left to sign or fill in by hand.
  { pattern: /(?<=\p{L}\)?:[ \t]{0,3})_{3,}(?=[ \t]*(?:\n|$))/gu, expected: 'the name or value', mayMatch: anyOf('___') },
  { pattern: /\$X[X,.]*(?![A-Za-z])/g, expected: 'an amount, or "unknown"', mayMatch: anyOf('$X') },
  // "- Revenue impact: $AMOUNT": a field whose whole value is a template's variable.
  { pattern: /(?<=\p{L}\)?:[ \t]{0,3})\$[A-Z][A-Z_]{2,30}(?=[ \t]*\.?[ \t]*(?:\n|$))/gu, expected: 'the value (or "unknown")', mayMatch: anyOf('$') },
  // "approximately 'x' minutes", "N users", "XX customers": a letter standing in for a number, followed by what it counts.
  { pattern: VARIABLE_COUNT, expected: 'the number (or "unknown")' },
  // `{{ summary }}`, `{{owner}}`: a template engine's slot still holding its name (a filled slot has a sentence in it). Not
  // a site generator's own variables (`{{ site.baseurl }}`, `{{ page.title }}` in a Jekyll post), which it fills when it
  // builds the page.
  { pattern: /\{\{\s*(?!(?:site|page|layout|jekyll|paginator|include|post)\.)[A-Za-z_][\w.-]*(?:\s+[\w.-]+){0,2}\s*\}\}/g, expected: 'the real text', mayMatch: anyOf('{{') },
  // "On {date}, the {service} returned errors": a format string's slot, a lower-case name in single braces (not `${x}`,
  // not an attribute's value `article={post}`, not "{{ … }}" above, not a set or an object such as "{a, b}" or "{ id: 1 }").
  { pattern: /(?<![{$%#\\\w=])\{[a-z][a-z0-9_]{1,30}(?:[ -][a-z0-9_]{1,30}){0,2}\}(?!\})/g, expected: 'the real text', mayMatch: anyOf('{') },
  // "**Incident commander:** @name", "(owner: @owner)": a handle standing for whoever it will be.
  { pattern: /(?<![\w@.-])@(?:name|owner|handle|username|someone|person|assignee)(?![\w@-])/g, expected: "the person's or team's handle", mayMatch: anyOf('@') },
  // "INC-XXXX", "JIRA-XXX": a ticket's number never filled in.
  { pattern: /\b[A-Z][A-Z0-9]{1,9}-(?:X{3,}|N{3,}|#{3,}|\?{3,})(?![\w-])/g, expected: 'the incident or ticket number', mayMatch: anyOf('-X', '-N', '-#', '-?') },
  // "[Yuvi to fill in the right technical information]", "(details to be added)": a note left for someone to finish.
  { pattern: /[\[(][^\[\]()\n]{0,60}?\bto\s+(?:fill\s+(?:in|out)|be\s+(?:filled(?:\s+in)?|added|completed|confirmed|written|determined|updated))\b[^\[\]()\n]{0,80}[\])]/g, expected: 'the missing content', mayMatch: (text) => text.includes('to') && anyOf('[', '(')(text) },
  // "(need more information here)", "[more details to come]": a gap the author meant to come back to.
  { pattern: /[\[(]\s*(?:(?:we\s+)?needs?\s+(?:more\s+)?(?:info(?:rmation)?|details?|context)|more\s+(?:details?|info(?:rmation)?)\s+(?:to\s+come|needed|soon|later))\b[^\[\]()\n]{0,40}[\])]/gi, expected: 'the missing content', mayMatch: anyOf('[', '(') },
  // `[Name]`, `[2-3 sentence summary …]`, `[P0-Critical | P1-High]`: an instruction in brackets (see INSTRUCTION_WORDS).
  BRACKETED,
];

/**
 * Bracketed text is a placeholder only when it reads like a template instruction: it offers choices (`a | b`), asks for a
 * number of sentences, or starts with one of these words. Other bracketed text (an undefined link reference such as
 * `[Discussion in #ops]`, a chat timestamp `[07:16 AM]`) is the author's own.
 */
const INSTRUCTION_WORDS = new Set([
  'name', 'names', 'date', 'time', 'duration', 'describe', 'description', 'briefly', 'list', 'link', 'links', 'insert', 'add',
  'enter', 'fill', 'explain', 'summarize', 'summarise', 'summary', 'incident', 'severity', 'status', 'owner', 'action',
  'actions', 'affected', 'who', 'what', 'how', 'why', 'when', 'where', 'which', 'something', 'effect', 'impact', 'mean',
  'failed', 'next', 'factor', 'detection', 'resolution', 'root', 'team', 'service', 'services', 'systems', 'releases',
  'your', 'placeholder', 'tbd', 'todo', 'the', 'e.g', 'example', 'number', 'amount', 'url', 'ticket', 'title',
  // The same asked in French and Spanish: "[lien à ajouter]", "[insérer la date]", "[añadir enlace]".
  'lien', 'insérer', 'ajouter', 'nom', 'décrire', 'enlace', 'insertar', 'añadir', 'nombre', 'describir',
]);

/** What a template asks for after "the": "[The technical cause]", "[the reason it failed]". */
const ASKED_AFTER_THE = new Set(['cause', 'causes', 'reason', 'reasons', 'problem', 'issue', 'fix', 'change', 'changes', 'trigger', 'customers', 'users']);

/** "[Action item] rejected launches should get their own label": a bracketed kind before the sentence it labels. */
const ITEM_LABEL = /^\[\s*(?:action\s+items?|follow[- ]?ups?)\s*\]$/i;

function isLeadingLabel(text: string, start: number, end: number): boolean {
  return ITEM_LABEL.test(text.slice(start, end)) && /^\s*$/.test(text.slice(text.lastIndexOf('\n', start - 1) + 1, start)) && /^:?[ \t]+\S/.test(text.slice(end, end + 3));
}

function isInstruction(bracketed: string): boolean {
  const inner = bracketed.slice(1, -1).trim();
  if (inner.includes(' | ') || /^\d+\s*[-–]\s*\d+ (sentence|word|line|paragraph)/i.test(inner)) return true;
  if (!/^[a-z]/i.test(inner)) return false;
  // "[What was the fix?]", "[Hvordan ble feilen oppdaget?]": a template's question, in any language, for the author.
  if (/^\p{L}\S*\s.*\?$/u.test(inner)) return true;
  const words = inner.toLowerCase().match(/[a-z][a-z.]*/g)?.map((word) => word.replace(/\.$/, '')) ?? [];
  // "[the affected service]", "[the date]" ask for something; "[the cloud vendor]" in a quoted email, "[The morning]"
  // for a time, are the author's own words in brackets: after "the", another word must say what is asked for.
  if (words[0] === 'the') return words.slice(1).some((word) => (word !== 'the' && INSTRUCTION_WORDS.has(word)) || ASKED_AFTER_THE.has(word));
  return INSTRUCTION_WORDS.has(words[0]);
}

/**
 * A block (a paragraph, a table cell) whose whole content is a marker that it is unfinished: "TODO", "TBD.", "???",
 * "FIXME"; or a line that starts with one as a note to self ("TODO: k-dev email"). Capitals only for the note form, so
 * "todo: list" in prose is left alone.
 */
const BARE_BLOCK = /^\s*(todo|tbd|tba|tbc|fixme|xxx+|\?{2,}|…|\.{3}|wip|work in progress|coming soon|more to come|to (?:come|follow)|to be (?:written|completed|added|confirmed|determined))\s*[.!:]?\s*$/i;
const NOTE_TO_SELF = /(?:^|\n)[ \t]*(TODO|FIXME|TBD|XXX)(?=[ \t]*:)/g;
/** What a GitHub issue form writes for a field nobody answered ("_No response_"), as a block's whole content. */
const NO_RESPONSE = /^\s*(no response)\s*$/i;
/** A template's sample entry as a block's whole content: "Item A", "Item 2", "Example item", "Sample entry". */
const SAMPLE_ENTRY = /^\s*((?:[Ii]tem|[Ee]ntry|[Pp]oint|[Bb]ullet|[Ee]xample|[Ss]ample)\s+(?:[A-Z]|\d{1,2})|(?:[Ee]xample|[Ss]ample)\s+(?:item|entry|point|text))\s*[.:]?\s*$/;
/** Words of the lorem-ipsum filler text; two in one sentence make it filler, not someone's Latin. */
const LOREM = /\b(?:lorem|ipsum|dolor|consectetur|adipiscing|eiusmod|incididunt|reprehenderit|explicabo|fugiat|voluptate|voluptatem|exercitation|ullamco|aliquip|consequat|cupidatat|proident|deserunt|laborum|perspiciatis|accusantium|doloremque|laudantium|aperiam|architecto|beatae|impedit|facere)\b/gi;

/** The sentence of lorem-ipsum filler in a block's text, from its first filler word to the sentence's end, or null. */
function loremFiller(text: string): PlaceholderMatch | null {
  const words = [...text.matchAll(LOREM)];
  if (new Set(words.map((w) => w[0].toLowerCase())).size < 2) return null;
  const start = words[0].index ?? 0;
  const stop = /[.!?](?=\s|$)/u.exec(text.slice(words[1].index ?? start));
  const end = stop === null ? text.trimEnd().length : (words[1].index ?? start) + stop.index + 1;
  return { start, end, text: text.slice(start, end), expected: "the real content: this is the template's filler text" };
}

/** Unfinished-work markers in a block's text: the whole block, or notes to self at the start of its lines. */
export function findBarePlaceholders(text: string): PlaceholderMatch[] {
  const wholeBlock = (marker: RegExpExecArray, expected: string): PlaceholderMatch[] => {
    const start = text.indexOf(marker[1]);
    return [{ start, end: start + marker[1].length, text: marker[1], expected }];
  };
  const whole = BARE_BLOCK.exec(text);
  if (whole) return wholeBlock(whole, 'the missing content (or say why it is not known yet)');
  const unanswered = NO_RESPONSE.exec(text);
  if (unanswered) return wholeBlock(unanswered, 'the answer (the form this came from left the field unanswered)');
  const sample = SAMPLE_ENTRY.exec(text);
  if (sample) return wholeBlock(sample, "the real entry: this is the template's sample");
  const filler = loremFiller(text);
  if (filler) return [filler];
  return [...text.matchAll(NOTE_TO_SELF)].map((m) => {
    const start = (m.index ?? 0) + m[0].length - m[1].length;
    return { start, end: start + m[1].length, text: m[1], expected: 'what the note was a reminder for' };
  });
}

/** HTML elements people really write inline in Markdown; any other lone `<word>` is a template's placeholder. */
const INLINE_HTML_ELEMENTS = new Set([
  'a', 'abbr', 'b', 'br', 'cite', 'code', 'del', 'details', 'div', 'em', 'hr', 'i', 'img', 'ins', 'kbd', 'mark', 'p', 'pre',
  'q', 's', 'samp', 'small', 'span', 'strong', 'sub', 'summary', 'sup', 'table', 'td', 'th', 'tr', 'tt', 'u', 'var', 'wbr',
  'center', 'font', 'section', 'figure', 'figcaption', 'picture', 'source', 'video', 'audio', 'ul', 'ol', 'li', 'dl', 'dt', 'dd',
]);

const DEMONSTRATIVES = new Set(['this', 'that', 'these', 'those']);

/** `<link>`, `<date>`, `<your name>`, `<insert dashboard>`: an angle-bracket placeholder, which Markdown reads as an HTML tag. */
export function isAnglePlaceholder(html: string): boolean {
  const match = /^<([A-Za-z][\w-]{0,30})((?:\s+[A-Za-z][\w-]{0,30}){0,5})\s*\/?>$/.exec(html.trim());
  if (!match) return false;
  const tag = match[1].toLowerCase();
  // "changed <this file> on <this server>": a writer's stand-ins in an example of how to write, not a template's slot
  // (templates ask for "<your name>", "<link>", "<service>").
  if (INLINE_HTML_ELEMENTS.has(tag) || DEMONSTRATIVES.has(tag)) return false;
  // Words after the tag name are attributes to HTML but words to a reader: "<your name>", "<link to dashboard>".
  return INSTRUCTION_WORDS.has(tag) || ['insert', 'your', 'date', 'link', 'url', 'owner', 'person', 'value', 'number', 'tbd'].includes(tag) || match[2].trim() !== '';
}

export interface PlaceholderMatch {
  start: number;
  end: number;
  text: string;
  expected: string;
}

/** Every placeholder in a piece of text, in order, without overlaps. */
export function findPlaceholders(text: string): PlaceholderMatch[] {
  const matches: PlaceholderMatch[] = [];
  for (const { pattern, expected, mayMatch } of PLACEHOLDER_PATTERNS) {
    if (mayMatch !== undefined && !mayMatch(text)) continue;
    for (const match of text.matchAll(pattern)) {
      const start = match.index ?? 0;
      const end = start + match[0].length;
      if (pattern === BRACKETED.pattern && (!isInstruction(match[0]) || isLeadingLabel(text, start, end))) continue;
      if (matches.some((m) => start < m.end && m.start < end)) continue;
      matches.push({ start, end, text: match[0], expected });
    }
  }
  return matches.sort((a, b) => a.start - b.start);
}

/** Values that say "nobody yet" rather than naming someone or something: words, `@owner`, `<owner>`, `{{owner}}`, `XXX`. */
const EMPTY_VALUE = /^(?:tbd|tba|tbc|todo|wip|n\/?a|none|nobody|unknown|unassigned|to be (?:assigned|decided|determined|confirmed)|à (?:définir|déterminer|confirmer)|por (?:definir|determinar|asignar)|offen|owner|name|due|date|due date|someone|@(?:name|owner|handle|user(?:name)?|someone|person|assignee|who|todo|tbd|me|you)|\?+|-+|—|–|\.{3}|…|<[^<>]*>|\{\{?\s*[\w.-]+(?:\s+[\w.-]+){0,2}\s*\}\}?|x{3,})$/i;

/**
 * Whether a field value is not filled in yet: missing in substance (isPlaceholderValue) or still holding a template's
 * slot somewhere in it ("SEV-{{ severity }}"), which the placeholder rule reports.
 */
export function holdsPlaceholder(value: string): boolean {
  return isPlaceholderValue(value) || findPlaceholders(value).length > 0;
}

/** Whether a field value is missing in substance: blank, "TBD", or nothing but template placeholders. */
export function isPlaceholderValue(value: string | null): boolean {
  if (value === null) return true;
  return placeholderValues.get(value, () => isPlaceholderText(value));
}

/** Values already judged: the model and the rules ask about every owner, due date and item text on each lint. */
const placeholderValues = new KeptResults<boolean>(10_000);

function isPlaceholderText(value: string): boolean {
  // Emphasis, and a mark or emoji before the value ("🚧 WIP").
  const trimmed = value.trim().replace(/^[*_`]+/, '').replace(/(?<![*_`])[*_`]+$/, '').trim().replace(/^[^\p{L}\p{N}@?<{_.…—–-]+(?=\p{L})/u, '');
  if (trimmed === '' || EMPTY_VALUE.test(trimmed)) return true;
  const rest = findPlaceholders(trimmed).reduceRight((text, m) => text.slice(0, m.start) + text.slice(m.end), trimmed);
  return rest.replace(/[\s,;|()]/g, '') === '' || EMPTY_VALUE.test(rest.trim());
}
