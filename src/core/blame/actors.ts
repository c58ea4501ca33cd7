// Decides whether a phrase names a person (or team) or a system, so "John failed to check" blames and "the alert failed to notify" does not.
import type { ActorKind } from './types';
import { DEPARTMENTS, FIRST_NAME_SET, PRODUCT_NAMES, ROLE_NOUNS, ROLES_WITHOUT_PLURAL, SYSTEM_NOUNS, TEAM_NOUNS, WORD_NAMES } from './lexicon';

export interface Actor {
  kind: ActorKind;
  /** Offset in the phrase where the noun phrase naming the actor begins (leading clause words are skipped). */
  start: number;
  /** The noun phrase naming the actor, as written. */
  text: string;
}

interface Token {
  word: string;
  lower: string;
  start: number;
  end: number;
}

/** Words that cannot be inside a noun phrase: a subject search stops at them. */
const CLAUSE_WORDS = new Set([
  'after', 'before', 'at', 'on', 'in', 'when', 'while', 'because', 'since', 'then', 'so', 'and', 'but', 'or', 'that',
  'which', 'who', 'whom', 'if', 'as', 'once', 'until', 'during', 'of', 'with', 'by', 'for', 'from', 'to', 'later',
  'earlier', 'yesterday', 'today', 'tonight', 'also', 'however', 'meanwhile', 'eventually', 'finally', 'first',
  'next', 'where', 'there', 'here', 'now', 'unfortunately', 'apparently', 'although', 'though', 'why', 'how',
  'is', 'was', 'were', 'are', 'be', 'been', 'being', 'had', 'has', 'have', 'did', 'does', 'do', 'not', 'into', 'onto',
  'about', 'against', 'again', 'than', 'instead', 'despite', 'without', 'through', 'over', 'under', 'up', 'down',
  'out', 'off', 'per', 'via', 'unless', 'whether', 'yet', 'still', 'just', 'even', 'only', 'clearly', 'obviously',
  'probably', 'ultimately', 'initially', 'originally', 'later', 'soon', 'quickly', 'immediately', 'again',
]);

/** A clause word, unless it is written as the name of someone the document names ("Per", "Will", "Don"). */
function isClauseWord(token: Token, people: PeopleIndex): boolean {
  return CLAUSE_WORDS.has(token.lower) && !(/^\p{Lu}\p{Ll}/u.test(token.word) && people.has(token.word.replace(/['’]s?$/u, '')));
}

/** Words after the head that do not change who the phrase names ("the engineer in question", "on-call themselves"). */
const TRAILING_FILLERS = /(?<!\s)(?:\s+(?:in\s+question|on\s+call|on\s+duty|at\s+the\s+time|themselves|himself|herself|myself|alone|also|too|again|then|who|that|which|both|all|each|together))+$/iu;

const OBJECT_PRONOUNS = new Set(['them', 'him', 'me', 'us']);

const DETERMINERS = new Set(['the', 'a', 'an', 'our', 'their', 'his', 'her', 'my', 'your', 'this', 'that', 'one', 'some', 'any', 'another', 'each', 'every']);

const roles = withPlurals(ROLE_NOUNS);
const teams = new Set(TEAM_NOUNS);
const systems = withPlurals(SYSTEM_NOUNS);
/** Named products, lower-cased ("postgres", "npm"). */
export const products: ReadonlySet<string> = new Set(PRODUCT_NAMES);
const departments = new Set(DEPARTMENTS);

function withPlurals(words: readonly string[]): Set<string> {
  const set = new Set<string>();
  for (const word of words) {
    set.add(word);
    if (!ROLES_WITHOUT_PLURAL.has(word)) set.add(`${word}s`);
    set.add(`${word}es`);
  }
  return set;
}

function tokenize(phrase: string): Token[] {
  const tokens: Token[] = [];
  for (const m of phrase.matchAll(/@[\w.-]+|[\p{L}\p{N}][\p{L}\p{N}'’_./-]*/gu)) {
    const word = m[0].replace(/(?<![.'’])[.'’]+$/u, '');
    tokens.push({ word, lower: word.toLowerCase(), start: m.index, end: m.index + word.length });
  }
  return tokens;
}

/** A name with a Japanese, Korean or Hindi honorific after a hyphen: the name, then the honorific. */
const HONORIFIC = /^(\p{L}[\p{L}'’-]*?)-(san|sama|kun|chan|sensei|senpai|ssi|nim|ji)$/iu;

/** The name and the honorific of "Tanaka-san", or null; a word without a hyphen has none. */
function honorificOf(word: string): RegExpExecArray | null {
  return word.includes('-') ? HONORIFIC.exec(word) : null;
}

/** "Kobayashi-san": an honorific only ever follows a person's name ("-ji" may end a given name, as in "Eun-ji"). */
export function isHonorificName(word: string): boolean {
  const honorific = honorificOf(word);
  return honorific !== null && /^\p{Lu}/u.test(word) && honorific[2].toLowerCase() !== 'ji';
}

/** People from the document, as lower-case tokens and full names. */
export class PeopleIndex {
  private readonly names = new Set<string>();
  private readonly shortNames = new Set<string>();
  private readonly software: ReadonlySet<string>;

  /** `software`: names, lower-cased, that the document shows to be software (see software.ts). */
  constructor(people: readonly string[], software: readonly string[] = []) {
    this.software = new Set(software);
    for (const person of people) {
      const clean = person.replace(/^@/u, '').trim();
      // Template placeholders ("[Name]") name nobody.
      if (clean === '' || /[[\]]/u.test(clean)) continue;
      const words = clean.split(/[\s,]+/u).map((p) => p.replace(/^@/u, ''));
      // "Platform Team" is a person-like entry, but "platform" alone must stay a system word.
      // "the Hachyderm Infra team" names a team: its other words ("Hachyderm", the organisation) are not people.
      const team = words.some((w) => teams.has(w.toLowerCase()));
      const parts = [clean, ...(team ? [] : words.filter((w) => !systems.has(w.toLowerCase()) && !roles.has(w.toLowerCase())))];
      for (const part of parts) {
        if (part.length >= 3) this.names.add(part.toLowerCase());
        else if (part.length > 0) this.shortNames.add(part); // initials ("AN") only match exactly
      }
    }
  }

  /** Whether the document shows `word` to be software, and does not list it among its people. */
  isSoftware(word: string): boolean {
    return this.software.size > 0 && !word.startsWith('@') && this.software.has(word.toLowerCase()) && !this.has(word);
  }

  has(word: string): boolean {
    const bare = word.startsWith('@') ? word.slice(1) : word;
    if (this.names.has(bare.toLowerCase()) || this.shortNames.has(bare)) return true;
    // "Tanaka-san", "Sharma-ji", "Min-jun-ssi": the name with an honorific is the person listed as "Tanaka".
    const named = honorificOf(bare);
    return named !== null && this.names.has(named[1].toLowerCase());
  }
}

/** Classifies the noun phrase that ends `phrase` (a subject: "After the deploy, the DBA team" → the DBA team). */
export function classifySubject(phrase: string, people: PeopleIndex): Actor {
  const trimmed = phrase.replace(TRAILING_FILLERS, '');
  let tokens = tokenize(trimmed);
  // "Whoever set the TTL to a week": the subject is whoever did it, a person.
  const whoever = tokens.findIndex((t) => t.lower === 'whoever');
  if (whoever >= 0) return { kind: 'person', start: tokens[whoever].start, text: trimmed.slice(tokens[whoever].start).trim() };
  // "The contractor who ran the script": the relative clause describes the subject; the subject comes before "who".
  let who = tokens.length - 1;
  while (who > 0 && tokens[who].lower !== 'who') who--;
  const relative = tokens.slice(who + 1);
  if (who > 0 && relative.length <= 5 && !relative.some((t) => isClauseWord(t, people))) tokens = tokens.slice(0, who);
  // "the person solving the problem", "the engineer running the script": a participle's phrase describes the person before
  // it (not "the contractor onboarding checklist", a compound).
  const participle = tokens.findIndex((t, i) => i > 0 && /^\p{Ll}{3,}ing$/u.test(t.word) && DETERMINERS.has(tokens[i + 1]?.lower ?? '') && !isThingWord(t) && headKind(tokens.slice(0, i), people) === 'person');
  if (participle > 0 && tokens.length - participle <= 4 && !tokens.slice(participle).some((t) => isClauseWord(t, people))) tokens = tokens.slice(0, participle);
  // "The contractor hired to re-cable the rack", "the engineer assigned to the migration": a past participle's phrase
  // describes the person before it too.
  const described = tokens.findIndex((t, i) => i > 0 && /^\p{Ll}{3,}ed$/u.test(t.word) && ['to', 'by', 'with', 'for'].includes(tokens[i + 1]?.lower ?? '') && headKind(tokens.slice(0, i), people) === 'person');
  if (described > 0 && tokens.length - described <= 6 && !tokens.slice(described + 2).some((t) => isClauseWord(t, people))) tokens = tokens.slice(0, described);
  let first = tokens.length;
  while (first > 0 && !isClauseWord(tokens[first - 1], people)) first--;
  // "the changelog that mobile devs do not follow": a relative clause about a thing, whose subject is not the actor
  // of the sentence.
  const linker = tokens[first - 1]?.lower;
  if ((linker === 'that' || linker === 'which') && first >= 3 && DETERMINERS.has(tokens[first - 3].lower)) {
    return { kind: 'other', start: tokens[first].start, text: '' };
  }
  // "The folks in QA", "someone in finance", "the engineer on duty": a person word, then where they sit.
  if (first >= 2 && first < tokens.length && ['in', 'on', 'from', 'at', 'of'].includes(linker ?? '')) {
    let owner = first - 1;
    while (owner > 0 && !isClauseWord(tokens[owner - 1], people)) owner--;
    const holder = tokens.slice(owner, first - 1);
    const holderHead = holder[holder.length - 1]?.lower ?? '';
    if (holder.length > 0 && !OBJECT_PRONOUNS.has(holderHead) && headKind(holder, people) === 'person' && headKind(tokens.slice(first), people) !== 'system') {
      return classifyTokens(holder, trimmed, people);
    }
  }
  const subject = tokens.slice(first);
  // Object pronouns never start a clause: in "to prevent them from being triggered", "them" is not the actor.
  if (subject.length > 0 && OBJECT_PRONOUNS.has(subject[subject.length - 1].lower)) return { kind: 'other', start: subject[0].start, text: '' };
  return classifyTokens(subject, trimmed, people);
}

/** Classifies the noun phrase that starts `phrase` (an object: "by the DBA team during the migration" → the DBA team). */
export function classifyObject(phrase: string, people: PeopleIndex): Actor {
  const tokens = tokenize(phrase);
  let end = 0;
  // The phrase ends at a clause word, a participle ("by the engineer running the script"), or a determiner that starts
  // the next phrase.
  const isNoun = (t: Token): boolean => teams.has(t.lower) || roles.has(t.lower) || systems.has(t.lower) || departments.has(t.lower);
  // A participle right after a determiner modifies the noun after it: "with the handling contractor", "the receiving team".
  const ends = (t: Token, at: number): boolean =>
    isClauseWord(t, people) || (/^\p{L}{3,}ing$/u.test(t.lower) && !isNoun(t) && !DETERMINERS.has(tokens[at - 1]?.lower ?? '')) || DETERMINERS.has(t.lower);
  while (end < tokens.length && (end === 0 || !ends(tokens[end], end))) {
    // A person word not followed by a noun it modifies ends the phrase: "by the infrastructure team led to …" names
    // the team, while "the DBA team migration" names a migration.
    const next = tokens[end + 1];
    const possessive = /['’]s?$/u.test(tokens[end].word);
    if (!possessive && headKind(tokens.slice(0, end + 1), people) === 'person' && (next === undefined || !(isThingWord(next) || describedByTeamWord(tokens[end], next)))) {
      return classifyTokens(tokens.slice(0, end + 1), phrase, people);
    }
    end++;
  }
  return classifyTokens(tokens.slice(0, end), phrase, people);
}

function isThingWord(token: Token): boolean {
  return systems.has(token.lower) || products.has(token.lower) || /['’]s?$/u.test(token.word);
}

/**
 * "networking faults", "support tickets", "networking state": a lower-case plural after a lower-case team word, or any
 * lower-case noun after one that names a field, is what the team word describes, unless it names people itself ("the
 * support folks", "engineering leads").
 */
function describedByTeamWord(word: Token, next: Token): boolean {
  if (!teams.has(word.lower) || !/^\p{Ll}/u.test(word.word) || teams.has(next.lower) || roles.has(next.lower)) return false;
  // A team word that names a field ("networking", "engineering") describes any noun after it: "bad networking state".
  return /^\p{Ll}{3,}s$/u.test(next.word) || (/ing$/u.test(word.lower) && /^\p{Ll}{3,}$/u.test(next.word));
}

/** Classifies a possessor ("John's", "the DBA team's", "their"). */
export function classifyPossessor(phrase: string, people: PeopleIndex): Actor {
  if (/^(?:his|her|their|my)$/iu.test(phrase)) return { kind: 'person', start: 0, text: phrase };
  const bare = phrase.replace(/['’]s?$/u, '');
  return classifySubject(bare, people);
}

/**
 * The first noun phrase of a sentence, for a verb whose own subject was elided by "and": in
 * "@bob appears to be offline and is not responsive", the subject of "is not responsive" is @bob.
 */
export function classifySentenceSubject(sentence: string, people: PeopleIndex): Actor {
  // "Problem: the handler performed upserts but never checked them": a label before the colon is not the subject.
  const label = /^\s*\p{L}[\p{L} -]{0,30}:\s+/u.exec(sentence)?.[0].length ?? 0;
  const tokens = tokenize(sentence.slice(label)).map((t) => ({ ...t, start: t.start + label, end: t.end + label }));
  if (['no', 'none', 'nobody', 'noone'].includes(tokens[0]?.lower ?? '')) return { kind: 'nobody', start: 0, text: tokens[0].word };
  for (let n = 1; n <= Math.min(4, tokens.length); n++) {
    // "VSware's sync agent gave up … and never told anyone": when what a possessive owns is software, that is the
    // subject; otherwise the owner is ("Dana's deputy went home": Dana's, when nothing tells what a deputy is).
    if (n < tokens.length && /['’]s$/u.test(tokens[n - 1].word)) {
      const owned = ownedBy(tokens, n, sentence, people);
      if (owned !== null) return owned;
    }
    const actor = classifyTokens(tokens.slice(0, n), sentence, people);
    if (actor.kind !== 'other') return actor;
  }
  return { kind: 'other', start: 0, text: '' };
}

/** What the possessive ending at `tokens[at - 1]` owns, in up to three words after it, when that is software. */
function ownedBy(tokens: Token[], at: number, source: string, people: PeopleIndex): Actor | null {
  for (let end = at + 1; end <= Math.min(at + 3, tokens.length); end++) {
    const actor = classifyTokens(tokens.slice(at, end), source, people);
    if (actor.kind === 'system') return actor;
  }
  return null;
}

function classifyTokens(tokens: Token[], source: string, people: PeopleIndex): Actor {
  if (tokens.length === 0) return { kind: 'other', start: 0, text: '' };
  const start = tokens[0].start;
  const text = source.slice(start, tokens[tokens.length - 1].end);
  const kind = headKind(tokens, people);
  return { kind, start, text };
}

/** What a program named "… manager" manages: "the certificate manager", "a secrets manager". */
const MANAGED_THINGS = /^(?:archive|backup|certificate|cert|package|secrets?|password|task|window|resource|cluster|node|connection|session|license|licence|volume|entity|state|device|lifecycle|key|dependency|workload|policy|memory|display|file|download|update|plugin|extension|queue|job|version|schema|lease|lock|partition|disk|pool|container|cache|buffer|boot|heap|log|shard|replica|token|quota|firmware|driver)$/u;

/** Whether `word` after `previous` (both lower-cased) names software that manages a kind of thing, not a manager. */
export const isManagerOfThings = (word: string, previous: string): boolean => (word === 'manager' || word === 'managers') && MANAGED_THINGS.test(previous);

/**
 * Heads that are software (or a change) alone and people after one of these words: helpdesk agents, a crew controller
 * on a shift, the people on the night shift or "C shift", a field or MSP technician, the help or service desk, the tech
 * or front office, a crane or truck driver, a yard or night-shift planner (the query planner is software). Keyed by the
 * singular.
 */
const PEOPLE_AFTER = new Map<string, RegExp>([
  ['agent', /^(?:help-?desk|desk|support|service|sales|call|care|booking|travel|counter|gate|handling|ticket|check-?in|ramp|station|ground|centre|center|contact)$/u],
  ['controller', /^(?:duty|night|day|shift|crew|traffic|ops|operations|movement|movements|dispatch|station|ramp|load|network-operations)$/u],
  ['shift', /^(?:night|day|weekend|morning|evening|late|early|overnight|graveyard|swing|b|c|d)$/u],
  ['desk', /^(?:help|service|front|support|reception|it|trading|news|dispatch)$/u],
  ['office', /^(?:tech|technology|it|front|district|transportation|payroll|admissions|registry|records)$/u],
  ['driver', /^(?:crane|truck|bus|forklift|train|tram|taxi|delivery|straddle|reach-?stacker|lorry|van|tractor|shuttle|excavator|digger|dumper|loader|bulldozer|ambulance|tanker|coach|minibus)$/u],
  ['planner', /^(?:night-shift|day-shift|shift|yard|vessel|berth|rail|crew|workforce|duty|night|day|maintenance|production|event|media|financial|travel)$/u],
  ['tech', /^(?:msp|field|desk|support|helpdesk|help-desk|on-?site|night|remote|repair|service|network|it|level-one|l1|l2|bench|datacenter|dc)$/u],
]);

/** An acronym ("MFA", "PCRF"): a technology, unless the lists above name it a role or team. */
export const ACRONYM = /^\p{Lu}{2,6}s?$/u;

/** What "support" is when it is a feature, not a team: "the multi-region support", "IPv6 support", "native support". */
const FEATURE_MODIFIER = /^(?:(?:multi|cross|dual|inter)-[\p{L}\p{N}-]+|native|built-in|builtin|partial|experimental|initial|added|improved|proper|official|beta|preview|ipv\d|unicode|utf-?8|arm(?:64)?|x86(?:_64)?|wasm|gpu|http\/?\d?|tls|ssl|sso|oauth|oidc|saml|ldap|sql|json|yaml|csv)$/u;

/** Months that are also first names ("Jan", "May", "June", "April", "August"), and their short forms. */
const MONTH_NAMES = new Set(['jan', 'feb', 'mar', 'apr', 'april', 'may', 'jun', 'june', 'jul', 'july', 'aug', 'august', 'sep', 'sept', 'oct', 'nov', 'dec']);

function headKind(tokens: Token[], people: PeopleIndex): ActorKind {
  if (tokens.length === 0) return 'other';
  const head = tokens[tokens.length - 1];
  const word = head.word.replace(/['’]s?$/u, '');
  const lower = word.toLowerCase();
  if (word.startsWith('@') || tokens.some((t) => t.lower === 'whoever')) return 'person';
  // "@alex you broke staging": a direct address.
  if (lower === 'you' && tokens.some((t) => t.word.startsWith('@') || people.has(t.word))) return 'person';
  if (DETERMINERS.has(lower) || isClauseWord(head, people)) return 'other';
  // "Project/Packages did not show up": words joined by a slash name things, not a person.
  if (word.includes('/')) return 'other';
  // "through 19:04 UTC on 8 Jan failed to …": a month after a day's number is a date, not Jan.
  if (MONTH_NAMES.has(lower) && tokens.length > 1 && /^\d{1,2}(?:st|nd|rd|th)?$/u.test(tokens[tokens.length - 2].word)) return 'other';
  if (people.has(word)) return 'person';
  if (people.isSoftware(word)) return 'system';
  // "We'd", "we've", "we're": the same first person, contracted.
  if (lower === 'we' || lower === 'us' || lower === 'ourselves' || /^we['’](?:d|ve|re|ll)$/u.test(lower)) return 'we';
  if (tokens[0].lower === 'no' && tokens.length > 1) return 'nobody';
  // "No deploy without review", "Never merge on a Friday": a rule's first word, capitalised, is not a name.
  if (tokens.length === 1 && (lower === 'no' || lower === 'never' || lower === 'always' || lower === 'please')) return 'other';
  if (lower === 'nobody' || lower === 'noone' || (lower === 'one' && tokens.length >= 2 && tokens[tokens.length - 2].lower === 'no')) return 'nobody';
  if (word === 'IT') return 'person';
  if (lower === 'on-call' || lower === 'oncall') return 'person';
  // "The Kafka operator" is a Kubernetes operator, a program; "the operator" is a person.
  if ((lower === 'operator' || lower === 'operators') && tokens.some((t) => products.has(t.lower) || /^[A-Z][a-z]+[A-Z]/u.test(t.word))) return 'system';
  // "The certificate manager", "the package manager": software that manages a kind of thing, not a manager.
  if (isManagerOfThings(lower, tokens[tokens.length - 2]?.lower ?? '')) return 'system';
  if (lower === 'support' && /^\p{Ll}/u.test(word) && tokens.length > 1 && FEATURE_MODIFIER.test(tokens[tokens.length - 2].lower)) return 'other';
  if (teams.has(lower) || roles.has(lower)) return 'person';
  // Words that name software alone and people after the right word: "a support agent", "the night duty controller",
  // "the night shift", "the MSP tech".
  const modifiers = PEOPLE_AFTER.get(lower.replace(/s$/u, ''));
  if (modifiers !== undefined && modifiers.test(tokens[tokens.length - 2]?.lower ?? '')) return 'person';
  if (departments.has(lower) && /^\p{Lu}/u.test(word)) return 'person';
  if (products.has(lower)) return 'system';
  if (systems.has(lower)) return 'system';
  if (FIRST_NAME_SET.has(lower) && (/^\p{Lu}/u.test(word) || !WORD_NAMES.has(lower))) return 'person';
  // "Kobayashi-san": an honorific only ever follows a person's name ("-ji" may end a given name, as in "Eun-ji").
  if (isHonorificName(word)) return 'person';
  // "CVE-2019-9901", "INC-4521", "v3.5": an identifier with digits in it, not a name (handles start with "@").
  if (/\p{N}/u.test(word)) return 'other';
  // "Chen Wei": a known first name followed by a capitalised word is a full name.
  const before = tokens[tokens.length - 2];
  if (before !== undefined && /^\p{Lu}/u.test(word) && /^\p{Lu}/u.test(before.word) && FIRST_NAME_SET.has(before.lower)) return 'person';
  // A capitalised word we do not know may be a name, unless it is shaped like a common noun ("Caching", "Replication").
  if (/(?:ing|tion|sion|ment|ness|ity|ance|ence|ism|ics|ogy|ure|age)$/u.test(lower)) return 'other';
  // An acronym ("MFA", "TLS") names a technology; people listed by their initials were matched above.
  if (ACRONYM.test(word)) return 'other';
  // A title-case phrase with a participle in it ("Pending Rewards", "Remaining Balances") is a heading's words, not a name.
  if (tokens.length > 1 && tokens.some((t) => /^\p{Lu}\p{Ll}+ing$/u.test(t.word))) return 'other';
  // "Added flags to …", "Restarted the pods": a timeline row's verb, capitalised, not a name (names that end so are known).
  if (tokens.length === 1 && /^\p{Lu}\p{Ll}{2,}ed$/u.test(word)) return 'other';
  // "Hellman Kubernetes IaC": a name given to a system, with the technology in it.
  if (tokens.some((t) => products.has(t.lower) || systems.has(t.lower))) return 'system';
  if (/^\p{Lu}/u.test(word) && tokens.every((t) => !DETERMINERS.has(t.lower) || t === tokens[0])) return 'unknown-name';
  return 'other';
}
