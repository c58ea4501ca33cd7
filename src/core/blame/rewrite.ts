// Blameless rewrites that fit where they land: the right case, article, tense and pronoun for the rest of the clause.
import type { BlameFinding } from './types';

/** Replace [start, end) of the span's text with `text`: may reach beyond the finding (an article before it, the sentence's end). */
export interface Rewrite {
  start: number;
  end: number;
  text: string;
}

interface Site {
  text: string;
  start: number;
  end: number;
  actual: string;
  sentenceStart: number;
  sentenceEnd: number;
  atSentenceStart: boolean;
}

/** Words before a label that the label's rewrite replaces too: "was classic engineer error" → "was a gap in our safeguards". */
const DETERMINERS = /(?:(?:^|\s)(?:the|this|that|a|an|another|some|his|her|their|my|our|your|classic|simple|pure|plain|obvious|typical|basic|just)\s+)+$/iu;
const OBJECT_PRONOUNS: Record<string, string> = { i: 'me', we: 'us', he: 'him', she: 'her', they: 'them', who: 'whom' };
/** Participles of finding or stopping a problem: the ones a question about the process ("What would have caught this?") fits. */
const CATCHING = /^(?:caught|noticed|spotted|tested|checked|double[- ]?checked|verified|validated|reviewed|flagged|detected|found|prevented|stopped|blocked)$/iu;
const CLAUSE_BREAK = /[,;:—–()]|\b(?:and|but|because|so|which|while|although|though)\b/iu;

const capitalize = (s: string): string => s.charAt(0).toUpperCase() + s.slice(1);

/** A subject moved after a verb: "We" → "us", "The team" → "the team"; names keep their capitals. */
function asObject(subject: string): string {
  const pronoun = OBJECT_PRONOUNS[subject.toLowerCase()];
  if (pronoun) return pronoun;
  return subject.replace(/^(?:The|A|An|Our|This|That|These|Those|Some|Every|Each|One)\b/u, (w) => w.toLowerCase());
}

/** The subject of "{S}{ADV} <verb…>": the words before the verb, without adverbs and asides in between. */
function subjectBefore(actual: string, verb: RegExp): string | null {
  const at = actual.search(verb);
  if (at <= 0) return null;
  return actual.slice(0, at).replace(/(?<![\s,])(?:[\s,]+(?:\p{L}+ly|just|also|still|then|again))+[\s,]*$/iu, '').trim() || null;
}

const SENTENCE_OPENING = /^[\s"'“‘(*_]*$/u;

/**
 * Case for where the rewrite lands: a capital at the start of a sentence; after a colon, a replaced label keeps the
 * original's case ("Root cause: Human error."), while a replaced name does not decide it ("Root cause: Tom forgot…").
 */
function fitCase(site: Site, text: string, start: number, mirror = false): string {
  if (SENTENCE_OPENING.test(site.text.slice(site.sentenceStart, start))) return capitalize(text);
  if (mirror && /:\s*$/u.test(site.text.slice(0, start)) && /\p{Lu}/u.test(site.text.charAt(start))) return capitalize(text);
  return text;
}

/** A noun phrase ("human error", "a rookie mistake") replaced by another, taking the determiners before it along. */
function nounPhrase(site: Site, singular: string, plural: string): Rewrite {
  const before = site.text.slice(0, site.start);
  const determiners = DETERMINERS.exec(before);
  const start = determiners ? site.start - determiners[0].replace(/^\s/u, '').length : site.start;
  const isPlural = /s$/iu.test(site.actual) && !/\b(?:an?)\s/iu.test(site.actual);
  return { start, end: site.end, text: fitCase(site, isPlural ? plural : singular, start, true) };
}

function replaceActual(site: Site, text: string): Rewrite {
  return { start: site.start, end: site.end, text: fitCase(site, text, site.start) };
}

type Fitter = (site: Site, expected: string | undefined) => Rewrite | null;

const SAFEGUARDS: Fitter = (site) => nounPhrase(site, 'a gap in our safeguards', 'gaps in our safeguards');

const FITTERS: Record<string, Fitter> = {
  'forgot-to': (site) => {
    const tense = /\b(?:forgets|forget)\b/iu.test(site.actual) ? 'has' : /\b(?:has|have)\s+forgot/iu.test(site.actual) ? 'has had' : 'had';
    return replaceActual(site, `the process ${tense} no step to`);
  },
  'should-have-known': (site) => {
    const subject = subjectBefore(site.actual, /(?<![\s,])[\s,]+(?:should|ought)\b/iu);
    return subject === null ? null : replaceActual(site, `nothing told ${asObject(subject)}`);
  },
  'should-have': (site) => {
    const participle = /(?:double[- ]?)?(?<!\p{L})\p{L}+$/u.exec(site.actual)?.[0] ?? '';
    if (!CATCHING.test(participle)) return null;
    const rest = site.text.slice(site.end, site.sentenceEnd);
    // A sentence that is only this clause becomes a question about the process; inside a longer one, plain narration.
    if (site.atSentenceStart && !CLAUSE_BREAK.test(rest) && /^[^.!?]*[.!]?\s*$/u.test(rest)) {
      const trimmed = rest.trimEnd();
      return { start: site.start, end: site.end + trimmed.length, text: `What would have ${participle}${trimmed.replace(/[.!]$/u, '')}?` };
    }
    return replaceActual(site, `nothing ${participle}`);
  },
  'supposed-to': (site) => {
    const subject = subjectBefore(site.actual, /(?<![\s,])[\s,]+(?:was|were)\s+(?:supposed|expected|meant)\b/iu);
    const verb = /\bto\s+([^]*)$/iu.exec(site.actual)?.[1];
    return subject === null || verb === undefined ? null : replaceActual(site, `nothing reminded ${asObject(subject)} to ${verb}`);
  },
  'was-overlooked': (site) => {
    const aux = /^(was|were|had\s+been|has\s+been|got|went)\b/iu.exec(site.actual)?.[1].toLowerCase().replace(/\s+/gu, ' ');
    const text = aux === 'was' || aux === 'were' ? `${aux} not caught` : aux === 'had been' || aux === 'has been' ? `${aux.split(' ')[0]} not been caught` : 'was not caught';
    return replaceActual(site, text);
  },
  'human-error': SAFEGUARDS,
  'operator-error': SAFEGUARDS,
  'human-failure': SAFEGUARDS,
  'user-error': (site) => nounPhrase(site, 'a usability gap', 'usability gaps'),
  'rookie-mistake': (site) => nounPhrase(site, 'an easy mistake to make', 'easy mistakes to make'),
  'fat-finger': (site) => {
    // As a verb ("X fat-fingered the count") the sentence still says who; only the noun has a sound replacement.
    if (/(?:ed|ing)$/iu.test(site.actual)) return null;
    return nounPhrase(site, 'a mistyped command', 'mistyped commands');
  },
  // "…, errantly thinking it was the replica": the sentence reads, and no longer judges, without the word.
  errantly: (site) => {
    const after = /^\s+/u.exec(site.text.slice(site.end))?.[0].length ?? 0;
    const before = after === 0 ? site.start - site.text.slice(0, site.start).trimEnd().length : 0;
    return { start: site.start - before, end: site.end + after, text: '' };
  },
};

/**
 * The rewrite of a finding inside its span's text, or null when no sound one exists. Entries without a fitter of their
 * own fall back to the vocabulary's `expected` in place of the matched text, with the case of where it lands.
 */
export function fitRewrite(text: string, finding: Pick<BlameFinding, 'id' | 'start' | 'end' | 'actual' | 'sentence'>, expected: string | undefined): Rewrite | null {
  const site: Site = {
    text,
    start: finding.start,
    end: finding.end,
    actual: finding.actual,
    sentenceStart: finding.sentence.start,
    sentenceEnd: finding.sentence.end,
    atSentenceStart: SENTENCE_OPENING.test(text.slice(finding.sentence.start, finding.start)),
  };
  const fitter = FITTERS[finding.id];
  if (fitter) return fitter(site, expected);
  return expected === undefined ? null : replaceActual(site, expected);
}
