// Turns vocabulary entries (regular-expression sources with placeholders) into compiled matchers.
import { requiredLiterals, type Requirement } from './literals';
import type { BlameEntry } from './types';

/** One word of prose: letters and digits, with inner apostrophes, dots, hyphens; or an @handle. */
const WORD = String.raw`(?:@[\w.-]+|[\p{L}\p{N}][\p{L}\p{N}'’_./-]*)`;

/** Adverbs that may sit between a subject and its verb ("John then forgot", "the engineer in question wasn't"). */
const ADVERB = String.raw`(?:\p{L}+ly|then|also|just|again|still|once|even|already|in\s+question|on\s+call|responsible|concerned|involved|themselves|himself|herself|myself|apparently|clearly|probably|actually|really|simply|ultimately|unfortunately|later|somehow)`;

/** Irregular past participles (regular ones end in -ed). "had" and "been" are left out on purpose: see {VBN}. */
const IRREGULAR_PARTICIPLES = [
  'known', 'seen', 'caught', 'done', 'taken', 'written', 'gone', 'given', 'made', 'told', 'read', 'sent', 'built',
  'kept', 'left', 'set', 'put', 'understood', 'thought', 'brought', 'shut', 'spent', 'found', 'heard', 'held',
  'meant', 'paid', 'shown', 'spoken', 'begun', 'broken', 'chosen', 'driven', 'forgotten', 'frozen', 'hidden',
  'thrown', 'withdrawn', 'undone', 'run', 'rerun', 're-run', 'woken', 'sought', 'taught', 'got', 'gotten', 'led',
  'lost', 'stood', 'won', 'foreseen', 'rewritten', 'hit', 'cut', 'let', 'spotted', 'split', 'torn', 'drawn', 'ridden',
];

/**
 * Participles that also work as adjectives before a noun: "we should have automated tests" recommends having them
 * (forward-looking), while "we should have automated the tests" is hindsight.
 */
const ATTRIBUTIVE_PARTICIPLES = [
  'automated', 'dedicated', 'documented', 'detailed', 'improved', 'centralized', 'centralised', 'structured',
  'scheduled', 'versioned', 'signed', 'managed', 'integrated', 'updated', 'consolidated', 'unified', 'shared',
  'isolated', 'limited', 'restricted', 'protected', 'encrypted', 'labelled', 'labeled', 'tagged', 'pinned',
  'advanced', 'enhanced', 'extended', 'expanded', 'distributed', 'replicated', 'mandated', 'required', 'enforced',
  'published', 'tested', 'staged', 'gated', 'monitored', 'defined', 'written', 'named', 'scoped', 'templated',
  'parameterized', 'parameterised', 'supported', 'guaranteed', 'known', 'reserved', 'planned', 'read', 'set', 'built',
  'written', 'hidden', 'frozen', 'broken', 'paid', 'shared', 'left', 'cut', 'split',
];

/** Words that start a noun phrase or a prepositional phrase, so a participle before them is a verb. */
const PHRASE_STARTERS = [
  'the', 'a', 'an', 'this', 'that', 'these', 'those', 'it', 'them', 'him', 'her', 'our', 'their', 'his', 'its', 'my',
  'your', 'in', 'on', 'to', 'for', 'with', 'before', 'after', 'by', 'as', 'at', 'from', 'about', 'up', 'out', 'off',
  'down', 'back', 'over', 'earlier', 'sooner', 'first', 'more', 'all', 'any', 'some', 'each', 'every', 'both',
  'whether', 'if', 'and', 'or', 'but', 'when', 'into', 'against', 'instead', 'properly', 'again',
];

const participle = (attributive: readonly string[]): string =>
  String.raw`(?:(?!(?:${attributive.join('|')})(?:\s+|-)(?!(?:${PHRASE_STARTERS.join('|')})\b)[\p{L}])(?:(?:\p{L}+-)?\p{L}{2,}(?<!e)ed|succeeded|exceeded|proceeded|agreed|freed|${IRREGULAR_PARTICIPLES.join('|')})\b)`;

/** A past participle; "read access" and "read-only access" are nouns with an adjective, not hindsight. */
const PARTICIPLE = participle(['read', 'write']);
/** A past participle that is not an adjective before a noun, for "we should have …". */
const PARTICIPLE_NOT_ADJECTIVE = participle(ATTRIBUTIVE_PARTICIPLES);

/** Words that may be part of a verb phrase without starting a new clause. */
const VERB_PHRASE = String.raw`(?:(?:\s+["“”'‘’]?(?!(?:that|was|were|is|are|been|being|which|who|because|after|when|while|and|but|so|then)\b)${WORD}["“”'‘’]?){1,6}?)`;

/**
 * A name set off between commas after its role ("The playout operator, Nadine Fuchs, confirmed …"): one to three words, none
 * of them a word that opens a phrase of its own ("regardless of seniority", "for example") or one of the asides above
 * ("again", "of course": one reading only, or a run of them would be read in every way). The expressions ignore case,
 * so this cannot ask for capitals.
 */
const NAME_ASIDE = String.raw`(?:(?!(?:again|once|yet|as|of|course|predictably|apparently|clearly|unfortunately|however|naturally|obviously|typically|honestly|frankly|who|our|the|a|an|his|her|their|regardless|including|especially|except|for|in|on|at|with|without|by|from|to|if|when|where|whether|not|no|even|all|both|each|every|any|some|and|or|but|so|then|now|here|there|too|please|say|i\.e|e\.g|this|that|these|those|it|they|we|you|he|she|which|what|whose)\b)[\p{L}][\p{L}'’.-]*(?:\s+|(?=\s*[,—–]))){1,3}`;

const PLACEHOLDERS: Record<string, string> = {
  '{S}': String.raw`(?<![\p{L}\p{N}@'’_-])(?<subject>${WORD}(?:\s+${WORD}){0,7}?)`,
  '{O}': String.raw`(?<object>${WORD}(?:\s+${WORD}){0,5})`,
  // A name may hold an apostrophe before two letters ("O'Malley's", "D'Souza's"); the possessive "'s" is never part of it.
  '{P}': String.raw`(?<![\p{L}\p{N}@'’_-])(?<possessor>(?:${WORD}\s+){0,3}?(?:@[\w.-]+|[\p{L}\p{N}](?:[\p{L}\p{N}_.-]|['’](?=\p{L}{2}))*)(?:['’]s|s['’])|\b(?:his|her|their|my)\b)`,
  '{ADV}': String.raw`(?:\s+${ADVERB}|\s*[,—–]\s*(?:as\s+usual|as\s+always|once\s+again|yet\s+again|again|of\s+course|predictably|apparently|clearly|unfortunately|however|it\s+seems|in\s+the\s+end|naturally|obviously|typically|honestly|frankly|who\s+[^,—–]{1,40}|as\s+[^,—–]{1,40}|(?:our|the|a|an|his|her|their)\s+[^,—–]{1,40}|${NAME_ASIDE})\s*[,—–])*`,
  '{VBN}': PARTICIPLE,
  '{VBNA}': PARTICIPLE_NOT_ADJECTIVE,
  '{VP}': VERB_PHRASE,
  '{W}': WORD,
};

/** The expressions of a matcher, built the first time they are asked for. */
export interface MatcherExpressions {
  readonly regex: RegExp;
  /**
   * A cheaper expression that must match somewhere for `regex` to match: the pattern without its leading subject or
   * possessor, whose lazy word-by-word search is what costs time. Most sentences fail the probe.
   */
  readonly probe: RegExp | null;
  /** The entry's cue for this source: when it does not match the sentence, the source cannot either. */
  readonly cue: RegExp | null;
}

export interface Matcher {
  /** Literals the text must hold for `regex` and `cue` to match (see literals.ts): most sentences hold none of them. */
  readonly requirement: Requirement;
  expressions(): MatcherExpressions;
}

export interface CompiledEntry {
  entry: BlameEntry;
  matchers: readonly Matcher[];
  notFollowedBy?: RegExp;
  notPrecededBy?: RegExp;
}

/** Letters of the Latin, Greek and Cyrillic scripts: what names and words in an English postmortem are made of. */
const LETTERS = String.raw`A-Za-z\u00C0-\u00D6\u00D8-\u00F6\u00F8-\u024F\u0370-\u03FF\u0400-\u04FF`;
const UPPERCASE = String.raw`A-Z\u00C0-\u00D6\u00D8-\u00DE`;
const CLASSES: Record<string, string> = { L: LETTERS, N: '0-9', Lu: UPPERCASE };

/**
 * Rewrites \p{L}, \p{N} and \p{Lu} as explicit ranges so patterns can run without the "u" flag: V8 runs
 * case-insensitive Unicode expressions tens of times slower, and a postmortem has hundreds of sentences.
 */
function withoutUnicodeClasses(source: string): string {
  let inClass = false;
  return source.replace(/\\p\{(L|N|Lu)\}|\\[^]|\[|\]/g, (token: string, property: string | undefined) => {
    if (property !== undefined) return inClass ? CLASSES[property] : `[${CLASSES[property]}]`;
    if (token === '[') inClass = true;
    else if (token === ']') inClass = false;
    return token;
  });
}

/**
 * The placeholders with their classes rewritten once: each is whole (its brackets balanced), so rewriting it apart
 * from the pattern around it gives the same text, and the vocabulary's thousand patterns no longer rewrite it again.
 */
const EXPANSIONS: Record<string, string> = Object.fromEntries(Object.entries(PLACEHOLDERS).map(([name, source]) => [name, withoutUnicodeClasses(source)]));

/** Expands the placeholders of a pattern into a regular-expression source. */
export function expandPattern(pattern: string): string {
  return withoutUnicodeClasses(pattern).replace(/\{(?:S|O|P|ADV|VBNA|VBN|VP|W)\}/g, (p) => EXPANSIONS[p]);
}

export function compileEntry(entry: BlameEntry): CompiledEntry {
  return {
    entry,
    // Top-level alternatives of a pattern with actors become separate matchers: each may capture its own subject, and
    // each gets its own probe.
    matchers: (typeof entry.pattern === 'string' ? [entry.pattern] : entry.pattern).flatMap((source, index) => {
      const cue = typeof entry.cue === 'string' ? entry.cue : entry.cue?.[index];
      const cueRequirement = cue === undefined ? [] : requiredLiterals(cue);
      return (/\{[SOP]\}/u.test(source) ? splitAlternatives(source) : [source]).map((part) => new LazyMatcher(part, cue, cueRequirement));
    }),
    notFollowedBy: entry.notFollowedBy === undefined ? undefined : new RegExp(`^(?:${expandPattern(entry.notFollowedBy)})`, 'i'),
    notPrecededBy: entry.notPrecededBy === undefined ? undefined : new RegExp(`(?:${expandPattern(entry.notPrecededBy)})$`, 'i'),
  };
}

/**
 * A matcher whose expressions are built the first time a sentence holds its literals. Loading the vocabulary only
 * reads the literals (the pre-filter's); expanding and parsing some three thousand long expressions, most of which a
 * document never runs, was about half of loading it.
 */
class LazyMatcher implements Matcher {
  readonly requirement: Requirement;
  private built: MatcherExpressions | undefined;

  constructor(private readonly source: string, private readonly cueSource: string | undefined, cueRequirement: Requirement) {
    // Read before expansion: a placeholder holds no literal, and the expanded source is ten times longer.
    this.requirement = [...requiredLiterals(source), ...cueRequirement];
  }

  expressions(): MatcherExpressions {
    this.built ??= {
      regex: new RegExp(expandPattern(this.source), /\{[SOP]\}/u.test(this.source) ? 'gid' : 'gi'),
      probe: probeFor(this.source),
      cue: this.cueSource === undefined ? null : new RegExp(expandPattern(this.cueSource), 'i'),
    };
    return this.built;
  }
}

/**
 * The part of a pattern after its subject or possessor: it must match somewhere for the whole pattern to match, and it
 * is far cheaper to search for than a subject of up to eight words. Only valid when the pattern has no top-level "|".
 */
function probeFor(source: string): RegExp | null {
  if (hasTopLevelAlternative(source)) return null;
  const actor = /\{[SP]\}(?:\{ADV\})?/u.exec(source);
  if (actor === null) return null;
  // Leading optional spaces and brackets are dropped too: the rest still has to match, and an unanchored probe that
  // starts with `\s*\(?\s*` can split a run of spaces in quadratically many ways at each of its positions.
  const rest = source.slice(actor.index + actor[0].length).replace(/^(?:\\s[*+?]|\\\(\?)+/u, '');
  try {
    return new RegExp(expandPattern(rest), 'i');
  } catch {
    return null; // the actor sat inside a group: no cheap probe, the full pattern still runs
  }
}

function hasTopLevelAlternative(source: string): boolean {
  return splitAlternatives(source).length > 1;
}

/** Splits a regular-expression source at its top-level "|" (outside groups and character classes). */
function splitAlternatives(source: string): string[] {
  const parts: string[] = [];
  let depth = 0;
  let inClass = false;
  let from = 0;
  for (let i = 0; i < source.length; i++) {
    const c = source[i];
    if (c === '\\') i++;
    else if (inClass) inClass = c !== ']';
    else if (c === '[') inClass = true;
    else if (c === '(') depth++;
    else if (c === ')') depth--;
    else if (c === '|' && depth === 0) {
      parts.push(source.slice(from, i));
      from = i + 1;
    }
  }
  parts.push(source.slice(from));
  return parts;
}

/** A configured extra phrase as an entry: whole words, any run of spaces between them. */
export function phraseEntry(phrase: string): BlameEntry {
  const words = phrase.trim().split(/\s+/u).map((w) => w.replace(/[.*+?^${}()|[\]\\]/gu, '\\$&'));
  return {
    id: 'extra-phrase',
    category: 'custom',
    pattern: String.raw`(?<![\p{L}\p{N}])${words.join(String.raw`\s+`)}(?![\p{L}\p{N}])`,
    negatable: true,
    note: 'This workspace lists it as blaming language.',
    examples: [phrase],
  };
}
