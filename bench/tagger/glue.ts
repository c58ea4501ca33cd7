// Turns a part-of-speech tagged clause into its actor: one set of rules shared by every tagger, so the taggers differ only in their tags.
import { classifyPossessor, classifySubject, type PeopleIndex } from '../../src/core/blame/actors';
import { DEPARTMENTS, ROLE_NOUNS, TEAM_NOUNS } from '../../src/core/blame/lexicon';

/** Universal-dependencies-style coarse tags; both taggers are mapped onto these. */
export type Pos = 'NOUN' | 'PROPN' | 'PRON' | 'DET' | 'ADJ' | 'NUM' | 'VERB' | 'AUX' | 'ADP' | 'ADV' | 'PART' | 'CONJ' | 'PUNCT' | 'X';

export interface Tagged {
  text: string;
  start: number;
  end: number;
  pos: Pos;
  /** The tagger believes this word names a person (compromise's #Person); wink's lite model has no such tag. */
  person?: boolean;
  /** A possessive ("Ana's"): compromise keeps it in the word, wink splits "'s" off as PART. */
  possessive?: boolean;
}

export type GoldClass = 'person' | 'role' | 'team' | 'system' | 'none';

export interface ActorGuess {
  /** The noun phrase found as the actor ('' for none). */
  text: string;
  cls: GoldClass;
  agent: boolean;
}

const NONE: ActorGuess = { text: '', cls: 'none', agent: false };
const BE = /^(?:is|are|was|were|be|been|being|am|'s|get|gets|got|gotten|has|have|had)$/iu;
const BE_PASSIVE = /^(?:is|are|was|were|be|been|being|am|get|gets|got|gotten)$/iu;
const COPULA = /^(?:is|are|was|were|be|been|am|'s)$/iu;
const SUBORDINATORS = /^(?:after|before|when|while|once|because|since|if|although|though|as|despite|until|during)$/iu;
const PRONOUNS = /^(?:i|he|she|him|her|they|them|you|whoever|someone|somebody|anyone|anybody)$/u;
const NP_POS = new Set<Pos>(['NOUN', 'PROPN', 'PRON', 'DET', 'ADJ', 'NUM']);

const roles = plural(ROLE_NOUNS);
const teams = new Set([...plural(TEAM_NOUNS), ...DEPARTMENTS]);
function plural(words: readonly string[]): Set<string> {
  return new Set(words.flatMap((w) => [w, `${w}s`, `${w}es`]));
}

/**
 * Maps the project's ActorKind for a phrase to the gold classes: the project says 'person' for people, roles and teams
 * alike, so the head word is looked up in the project's own role and team lists to tell them apart.
 */
export function goldClass(kind: string, text: string, taggerSaysPerson = false): GoldClass {
  const head = (/([\p{L}\p{N}@'’_-]+)\W*$/u.exec(text)?.[1] ?? '').replace(/['’]s?$/u, '').toLowerCase();
  switch (kind) {
    case 'we':
      return 'team';
    case 'person':
    case 'nobody':
      if (PRONOUNS.test(head)) return 'person';
      if (roles.has(head) || head === 'on-call' || head === 'oncall') return 'role';
      if (teams.has(head)) return 'team';
      return 'person';
    case 'unknown-name':
      return 'person';
    case 'system':
      return 'system';
    default:
      return taggerSaysPerson ? 'person' : 'none';
  }
}

/** The project's classification of a phrase, with the tagger's person tag as a tie-breaker for words the lexicon does not know. */
function classify(phrase: string, people: PeopleIndex, taggerSaysPerson: boolean): GoldClass {
  const actor = classifySubject(phrase, people);
  const person = taggerSaysPerson && (actor.kind === 'other' || actor.kind === 'unknown-name');
  return goldClass(actor.kind, phrase, person);
}

/** The index of the main verb: the given word, or the first verb after a leading subordinate clause. */
function mainVerb(tokens: readonly Tagged[], verb: string | undefined): number {
  if (verb !== undefined) {
    const i = tokens.findIndex((t) => t.text.toLowerCase() === verb.toLowerCase());
    if (i >= 0) return i;
  }
  let from = 0;
  if (tokens.length > 0 && SUBORDINATORS.test(tokens[0].text)) {
    const comma = tokens.findIndex((t) => t.text === ',');
    if (comma > 0) from = comma + 1;
  }
  for (let i = from; i < tokens.length; i++) {
    const t = tokens[i];
    if (t.pos === 'VERB') return i;
    if (t.pos === 'AUX') {
      // An auxiliary followed by a verb is not the main verb ("was dropped", "should have checked").
      let j = i + 1;
      while (j < tokens.length && (tokens[j].pos === 'AUX' || tokens[j].pos === 'ADV' || tokens[j].pos === 'PART')) j++;
      return j < tokens.length && tokens[j].pos === 'VERB' ? j : i;
    }
  }
  return -1;
}

/** The noun phrase that ends at `end` (inclusive), walking back over nouns, adjectives, determiners and possessives. */
function phraseEndingAt(tokens: readonly Tagged[], end: number): [number, number] | null {
  let e = end;
  while (e >= 0 && !NP_POS.has(tokens[e].pos) && tokens[e].pos !== 'PART') e--;
  if (e < 0) return null;
  let s = e;
  while (s > 0 && (NP_POS.has(tokens[s - 1].pos) || tokens[s - 1].possessive || (tokens[s - 1].pos === 'PART' && /^['’]s?$/u.test(tokens[s - 1].text)))) s--;
  return [s, e];
}

/** The noun phrase that starts at `start`. */
function phraseStartingAt(tokens: readonly Tagged[], start: number): [number, number] | null {
  let e = start;
  // A pronoun after the first word starts a relative clause ("the engineer who ran the script").
  while (e < tokens.length && (NP_POS.has(tokens[e].pos) || tokens[e].possessive) && !(e > start && tokens[e].pos === 'PRON')) e++;
  return e > start ? [start, e - 1] : null;
}

/** Joins words split at a hyphen ("on-call", "Eun-ji", "cert-manager"): both taggers split some of them. */
export function joinHyphenated(clause: string, tokens: readonly Tagged[]): Tagged[] {
  const out: Tagged[] = [];
  for (const t of tokens) {
    const prev = out[out.length - 1];
    const prevPrev = out[out.length - 2];
    if (prev !== undefined && prev.text === '-' && prevPrev !== undefined && prevPrev.end === prev.start && prev.end === t.start) {
      out.splice(out.length - 2, 2, { ...t, start: prevPrev.start, text: clause.slice(prevPrev.start, t.end), person: prevPrev.person || t.person });
    } else if (prev !== undefined && clause.slice(prev.end, t.start) === '-' && t.pos !== 'PUNCT') {
      out.splice(out.length - 1, 1, { ...t, start: prev.start, text: clause.slice(prev.start, t.end), person: prev.person || t.person });
    } else out.push(t);
  }
  return out;
}

/** Finds the actor of a tagged clause: the by-agent of a passive, else the subject (its possessor when the subject is a thing). */
export function actorFromTags(clause: string, tagged: readonly Tagged[], people: PeopleIndex, verb?: string): ActorGuess {
  const tokens = joinHyphenated(clause, tagged);
  if (tokens.length === 0) return NONE;
  const v = mainVerb(tokens, verb);
  const slice = (s: number, e: number): string => clause.slice(tokens[s].start, tokens[e].end);
  const anyPerson = (s: number, e: number): boolean => tokens.slice(s, e + 1).some((t) => t.person === true);
  if (v < 0) {
    // No verb ("Marta's fault"): the first noun phrase.
    const np = phraseStartingAt(tokens, tokens.findIndex((t) => NP_POS.has(t.pos)));
    return np === null ? NONE : phraseActor(clause, tokens, np, people, false);
  }
  // The auxiliaries before the verb, skipping adverbs and "not".
  let a = v - 1;
  const aux: Tagged[] = [];
  while (a >= 0) {
    const t = tokens[a];
    if (t.pos === 'AUX' || (BE.test(t.text) && t.pos !== 'PRON' && t.pos !== 'NOUN')) aux.push(t);
    else if (!((t.pos === 'ADV' || t.pos === 'PART') && !/^['’]s?$/u.test(t.text))) break;
    a--;
  }
  const verbToken = tokens[v];
  const participle = !/ing$/iu.test(verbToken.text);
  const bePassive = aux.some((t) => BE_PASSIVE.test(t.text)) && participle && !COPULA.test(verbToken.text);
  // "PR approved by the reviewer": a participle right before "by" is a passive without its auxiliary.
  const byAt = tokens.findIndex((t, i) => i > v && i <= v + 2 && t.text.toLowerCase() === 'by');
  const byAgent = byAt > v && (bePassive || (participle && byAt === v + 1));
  if (byAgent) {
    const np = phraseStartingAt(tokens, byAt + 1);
    if (np !== null) {
      const text = slice(np[0], np[1]);
      return { text, cls: classify(text, people, anyPerson(np[0], np[1])), agent: true };
    }
  }
  let end = a;
  // "Otto, our deploy bot, deployed …": skip the apposition between commas.
  if (end >= 0 && tokens[end].text === ',') {
    const apposition = phraseEndingAt(tokens, end - 1);
    if (apposition !== null && apposition[0] > 0 && tokens[apposition[0] - 1].text === ',') end = apposition[0] - 2;
    else end = end - 1;
  }
  const np = end >= 0 ? phraseEndingAt(tokens, end) : null;
  if (np === null) return NONE;
  const agent = !bePassive && !COPULA.test(verbToken.text);
  return phraseActor(clause, tokens, np, people, agent);
}

function phraseActor(clause: string, tokens: readonly Tagged[], [s, e]: [number, number], people: PeopleIndex, agent: boolean): ActorGuess {
  const text = clause.slice(tokens[s].start, tokens[e].end);
  const taggerPerson = tokens.slice(s, e + 1).some((t) => t.person === true);
  const cls = classify(text, people, taggerPerson);
  // "Eun-ji's migration took checkout down": a person's work as the subject puts the person in the frame.
  const possessive = tokens.slice(s, e).findIndex((t) => t.possessive || (t.pos === 'PART' && /^['’]s?$/u.test(t.text)));
  if (possessive >= 0 && (cls === 'system' || cls === 'none')) {
    const owner = clause.slice(tokens[s].start, tokens[s + possessive].end).replace(/\s*['’]s?$/u, '');
    const kind = classifyPossessor(owner, people).kind;
    const ownerPerson = tokens.slice(s, s + possessive + 1).some((t) => t.person === true);
    return { text: owner, cls: goldClass(kind, owner, ownerPerson), agent: false };
  }
  return { text, cls, agent };
}
