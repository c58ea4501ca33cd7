// Finds blaming language in prose, sentence by sentence: phrases and patterns from the vocabulary, checked for who the actor is.
import { ACRONYM, classifyObject, classifyPossessor, classifySentenceSubject, classifySubject, PeopleIndex, type Actor } from './actors';
import { compileEntry, expandPattern, phraseEntry, type CompiledEntry } from './compile';
import { compactWhitespace, WINDOW, windowStarts } from './bounded';
import { FRAME_NOTE, framedActor, loadFrameModel, MADE_TO_ACT } from './frame';
import { softwareNames } from './software';
import frameWeights from './frame-weights.json';
import { requiredLiterals } from './literals';
import { LiteralFilter } from './prefilter';
import { fitRewrite } from './rewrite';
import { splitSentences, maskMarkup } from './sentences';
import type { BlameCategory, BlameContext, BlameFinding, ProseSpan } from './types';
import { BLAME_VOCABULARY, SOFTWARE_AND_TERMS, ARGUING_AGAINST_BLAME, META_GUARDS, SYSTEM_CAUSE_AFTER } from './vocabulary';
import { TextMemo } from '../text/memo';

/** Every expression below is registered with the pre-filter: it runs on a sentence only when the sentence holds its literals. */
const FILTER = new LiteralFilter();

/** An entry with the pre-filter's handle of each of its matchers, all in the entry's group. */
interface PlannedEntry {
  compiled: CompiledEntry;
  group: number;
  handles: readonly number[];
}

function planned(compiled: CompiledEntry): PlannedEntry {
  const group = FILTER.group();
  return { compiled, group, handles: compiled.matchers.map((matcher) => FILTER.add(matcher.requirement, group)) };
}

interface Guard {
  regex: RegExp;
  handle: number;
}

function guard(regex: RegExp): Guard {
  return { regex, handle: FILTER.add(requiredLiterals(regex.source)) };
}

const COMPILED: readonly PlannedEntry[] = BLAME_VOCABULARY.map((entry) => planned(compileEntry(entry)));
const FRAME_MODEL = loadFrameModel(frameWeights);
/** Configured extra phrases, compiled once each (a configuration holds at most a thousand). */
const EXTRA_PHRASES = new Map<string, PlannedEntry>();
const META = [...META_GUARDS, ...ARGUING_AGAINST_BLAME].map((source) => guard(new RegExp(expandPattern(source), 'i')));
/** Phrases where a blaming word describes software ("the scheduler was careless"): findings inside them are dropped. */
const EXEMPT = SOFTWARE_AND_TERMS.map((source) => guard(new RegExp(expandPattern(source), 'gi')));
/** A system cause after a person's action ("… because the deploy tool defaulted to …") makes the sentence about the system. */
const SYSTEM_CAUSE = new RegExp(expandPattern(SYSTEM_CAUSE_AFTER), 'i');
/** How far before its verb a subject (eight words and a few asides) can start. */
const SUBJECT_REACH = 300;
/** An actor that names a group or everyone rather than one person ("all engineers", "the whole rotation"). */
const GROUP = /^(?:all|every|each|any|the\s+whole|whole|the\s+entire|entire)\b|\b(?:everyone|everybody|engineers|people|staff|teams|developers|responders|contractors|all)\b/iu;
/** A negation in the few words before a match ("not careless", "no human error", "wasn't Mike's fault", "a bug rather than any kind of user error"). */
const NEGATION = /(?:\b(?:no|not|never|without|nobody|neither|nor|hardly|rather\s+than|instead\s+of|as\s+opposed\s+to|pas|nicht|kein(?:e|en)?)\b|n['’]t\b)(?:\s+\S+){0,3}\s*$/iu;

const ADVICE: Record<BlameCategory, string> = {
  'blame-attribution': 'Describe what happened and what allowed it, not who did it.',
  hindsight: 'Say what was missing at the time (information, a check, an alert), not what someone should have done.',
  'blame-label': 'Name the gap in tooling or process that made the mistake possible.',
  'judgment-of-people': 'Describe the action and its context without judging the person.',
  custom: 'Rephrase it, or add it to allowedWords if it is fine here.',
};

/**
 * Findings by prose text, kept between runs over the versions of one document (the editor keeps one per open
 * document): a span's findings depend only on its text and the context, so an edit re-checks only the spans it changed.
 */
export class BlameCache {
  private context = '';
  private memo = new TextMemo<readonly BlameFinding[]>();

  /** Starts a run with `context`; findings cached under another context are dropped. */
  begin(context: BlameContext): void {
    const key = JSON.stringify([context.people, context.software ?? [], context.extraPhrases ?? [], context.allowedWords ?? [], context.frame !== false]);
    if (key !== this.context) {
      this.context = key;
      this.memo = new TextMemo();
    }
    this.memo.begin();
  }

  findings(text: string, find: () => readonly BlameFinding[]): readonly BlameFinding[] {
    return this.memo.get(text, find);
  }

  private softwareMemo = new TextMemo<readonly string[]>();

  /** The names `pieces` show to be software (softwareNames), each piece's kept between runs: a run over one version. */
  software(pieces: readonly string[]): string[] {
    this.softwareMemo.begin();
    return [...new Set(pieces.flatMap((piece) => this.softwareMemo.get(piece, () => softwareNames(piece))))];
  }
}

/**
 * Finds sentences that blame a person or team. `prose` is either one string (Markdown or plain text) or the prose
 * spans of a document; offsets in each finding are relative to the span's text. A `cache` reuses the findings of
 * spans already checked with the same context.
 */
export function findBlamingLanguage(prose: readonly ProseSpan[] | string, context: BlameContext, cache?: BlameCache): BlameFinding[] {
  const spans = typeof prose === 'string' ? [{ text: prose }] : prose;
  const people = new PeopleIndex(context.people, context.software);
  const entries = [...COMPILED, ...(context.extraPhrases ?? []).filter((p) => p.trim() !== '').map(extraPhrase)];
  const allowed = new AllowedWords(context.allowedWords ?? []);
  const frame = context.frame !== false;
  cache?.begin(context);
  const findings: BlameFinding[] = [];
  spans.forEach((span, index) => {
    // Every phrase and the model's actors are words: a span without a letter ("09:41", "—") holds none.
    if (!HAS_LETTER.test(span.text)) return;
    const found = cache === undefined ? spanFindings(span.text, entries, people, allowed, frame) : cache.findings(span.text, () => spanFindings(span.text, entries, people, allowed, frame));
    for (const f of found) findings.push({ ...f, span: index, sentence: { ...f.sentence } });
  });
  return findings;
}

const HAS_LETTER = /\p{L}/u;

/**
 * The words before a reported clause that opens with "they": who reported it, "The vendor" in "The vendor acknowledged
 * that they had not tested …". Bounded, so linear.
 */
const REPORTED_BY = /^(\S.{0,80}?)\s+(?:said|says|told\s+us|confirmed|acknowledged|admitted|reported|explained|stated|noted|wrote|announced|informed\s+us|mentioned|replied|responded|clarified|found)\s+(?:that\s+)?$/iu;

/** What the subject of a sentence is when it names no one: a "they" after it stands for that. */
const THINGS_AS_SUBJECT = new Set<Actor['kind']>(['system', 'other']);

/** The findings of one span's text (with span 0). */
function spanFindings(spanText: string, entries: readonly PlannedEntry[], people: PeopleIndex, allowed: AllowedWords, frame: boolean): BlameFinding[] {
  const findings: BlameFinding[] = [];
  const masked = maskMarkup(spanText);
  let previous = '';
  for (const sentence of splitSentences(masked)) {
    const compact = compactWhitespace(masked.slice(sentence.start, sentence.end));
    // "The threads were not touched. They survived intact, still listing …": "they" stands for what the sentence before
    // was about; when that was no person (threads, a vendor, the servers), neither is "they".
    const before = previous;
    previous = compact.text;
    let theyAreThings: boolean | undefined;
    const standsForThings = (subject: string | undefined, upToMatchEnd: string): boolean => {
      if (subject === undefined || !/(?:^|\s)they$/iu.test(subject.trim())) return false;
      // "The vendor acknowledged (that) they had not tested …": what the sentence reports of its own subject (the words
      // taken for the subject may run from the reporter to "they").
      const they = /\bthey\b/iu.exec(upToMatchEnd);
      const reporter = they === null ? undefined : REPORTED_BY.exec(upToMatchEnd.slice(0, they.index))?.[1];
      if (reporter !== undefined) return THINGS_AS_SUBJECT.has(classifySentenceSubject(reporter, people).kind);
      if (before === '' || !/^they$/iu.test(subject.trim())) return false;
      theyAreThings ??= THINGS_AS_SUBJECT.has(classifySentenceSubject(before, people).kind);
      return theyAreThings;
    };
    // Back to offsets in the span's text: a start maps to its character, an end to just after the last one.
    const offsets = compact.offsets;
    const startAt = (i: number): number => sentence.start + (offsets === null ? i : offsets[i]);
    const endAt = (i: number): number => (i === 0 ? sentence.start : sentence.start + (offsets === null ? i - 1 : offsets[i - 1]) + 1);
    const matches: BlameFinding[] = [];
    const exempt: { start: number; end: number }[] = [];
    let arguesAgainstBlame = false;
    for (const from of windowStarts(compact.text.length)) {
      const text = compact.text.slice(from, from + WINDOW);
      FILTER.scan(text.toLowerCase());
      if (META.some((meta) => FILTER.holds(meta.handle) && meta.regex.test(text))) {
        arguesAgainstBlame = true;
        continue;
      }
      for (const { compiled, group, handles } of entries) {
        // Most entries have no matcher whose literals the text holds: skip them before setting up a match.
        if (!FILTER.groupHolds(group)) continue;
        for (const match of matchEntry(compiled, handles, text, people)) {
          const start = startAt(from + match.start);
          const end = endAt(from + match.end);
          const actual = spanText.slice(start, end);
          if (allowed.blocks(actual) || standsForThings(match.captures.subject, compact.text.slice(0, from + match.end))) continue;
          if (compiled.entry.category === 'blame-attribution' && SYSTEM_CAUSE.test(text.slice(match.end))) continue;
          if (INDIRECT_QUESTION.test(text.slice(Math.max(0, match.start - 80), match.start))) continue;
          if (compiled.entry.category === 'judgment-of-people' && judgesSoftware(text.slice(0, match.start), text.slice(match.start, match.end), text.slice(match.end, match.end + 60), people)) continue;
          const found = finding(compiled, 0, start, end, actual, sentence, match.captures, from + match.start === 0, spanText);
          matches.push(match.leadingName !== undefined && from === 0 ? { ...found, leadingName: match.leadingName } : found);
        }
      }
      for (const { regex, handle } of EXEMPT) if (FILTER.holds(handle)) for (const m of text.matchAll(regex)) exempt.push({ start: startAt(from + m.index), end: endAt(from + m.index + m[0].length) });
    }
    const kept = withoutOverlaps(matches.filter((f) => !exempt.some((e) => e.start < f.end && f.start < e.end)));
    for (const f of kept) findings.push(f);
    // New wording of a blaming frame that no pattern knows: the model judges the sentence as a whole. Not where the
    // sentence argues against blame, or a pattern found software described in human words. The model, which skips the
    // many sentences that name no one, runs before the sentence-wide tests that can only take a finding away.
    if (frame && kept.length === 0 && !arguesAgainstBlame && exempt.length === 0 && compact.text.length <= WINDOW) {
      const label = CAUSE_LABEL_CELL.exec(masked.slice(Math.max(0, sentence.start - 40), sentence.start));
      const framed = frameFinding(compact.text, people, sentence, startAt, endAt, spanText, label === null ? '' : `${label[1]}: `);
      if (framed !== null && !NOT_FOR_THE_MODEL.some((kind) => kind.test(compact.text)) && !quotesWording(compact.text) && !allowed.blocks(framed.actual)) findings.push(framed);
    }
  }
  return findings;
}

interface EntryMatch {
  start: number;
  end: number;
  captures: Record<string, string>;
  /** The word read as a name we do not know, when it is the one blamed and only a label or nothing is before it. */
  leadingName?: string;
}

/** What may stand before a sentence's first word: marks, a number, a label ("Regression: "). */
const BEFORE_FIRST_WORD = /^[^\p{L}]*(?:\p{L}[\p{L} -]{0,40}:[^\p{L}]*)?$/u;

function extraPhrase(phrase: string): PlannedEntry {
  let entry = EXTRA_PHRASES.get(phrase);
  if (entry === undefined) {
    entry = planned(compileEntry(phraseEntry(phrase)));
    EXTRA_PHRASES.set(phrase, entry);
  }
  return entry;
}

/**
 * All places in one sentence (the text FILTER last scanned) where an entry matches and its actor condition holds.
 * `handles` are the pre-filter's for the entry's matchers.
 */
function matchEntry(compiled: CompiledEntry, handles: readonly number[], sentence: string, people: PeopleIndex): EntryMatch[] {
  const { entry } = compiled;
  const results: EntryMatch[] = [];
  for (let index = 0; index < compiled.matchers.length; index++) {
  if (!FILTER.holds(handles[index])) continue;
  const { regex, probe, cue } = compiled.matchers[index].expressions();
  if (cue !== null && !cue.test(sentence)) continue;
  const rest = probe === null ? null : probe.exec(sentence);
  if (probe !== null && rest === null) continue;
  // A match's subject ends where its rest begins, at or after the probe's first hit: start looking a subject's
  // length before that hit instead of at the start of a long sentence.
  regex.lastIndex = rest === null ? 0 : Math.max(0, rest.index - SUBJECT_REACH);
  let m: RegExpExecArray | null;
  while ((m = regex.exec(sentence)) !== null) {
    const matchStart = m.index;
    let start = m.index;
    // A phrase ends before sentence punctuation that a trailing word pattern swallowed ("the QA team.").
    const end = m.index + m[0].replace(/(?<![.,;:!?])[.,;:!?]+$/u, '').length;
    // On a rejected match, retry after the rejected subject (a shorter subject ends in the same head word, so it
    // would be rejected too); without one, retry one character later.
    const actorEnd = m.indices?.groups?.subject?.[1] ?? m.indices?.groups?.possessor?.[1];
    regex.lastIndex = actorEnd ?? m.index + 1;
    if (compiled.notFollowedBy?.test(sentence.slice(end))) continue;
    if (compiled.notPrecededBy?.test(sentence.slice(0, matchStart))) continue;
    if (entry.negatable && NEGATION.test(clauseBefore(sentence, matchStart))) continue;
    if (isMention(sentence, matchStart, end)) continue;
    const captures: Record<string, string> = {};
    // An alternative without a subject, object or possessor ("Be more careful…") needs no actor check.
    const actor = entry.actors ? actorOf(m, sentence, people) : null;
    if (actor !== null) {
      if (!entry.actors?.includes(actor.actor.kind)) continue;
      if (entry.individual && GROUP.test(actor.actor.text)) continue;
      captures[actor.group] = actor.actor.text;
      if (actor.group !== 'object') start = actor.offset + actor.actor.start;
    }
    if (results.some((r) => r.start < end && start < r.end)) continue;
    const leading = actor !== null && actor.actor.kind === 'unknown-name' && !/\s/u.test(actor.actor.text) && BEFORE_FIRST_WORD.test(sentence.slice(0, start));
    results.push(leading ? { start, end, captures, leadingName: actor.actor.text } : { start, end, captures });
    regex.lastIndex = end;
  }
  }
  return results;
}

/** A system's acronym right after a subject: "The Stripe CLI", "the GitHub API". */
const SYSTEM_ACRONYM_AFTER = /^\s+(?:CLI|API|SDK|UI|DNS|VPN|CDN|DB|CI|LB|ALB|ELB|NLB|WAF|IdP|SSO|OS|VM)s?\b/u;

function actorOf(m: RegExpExecArray, sentence: string, people: PeopleIndex): { group: string; actor: Actor; offset: number } | null {
  const groups = m.groups ?? {};
  const indices = m.indices?.groups ?? {};
  for (const group of ['subject', 'object', 'possessor'] as const) {
    const phrase = groups[group];
    const at = indices[group];
    if (phrase === undefined || at === undefined) continue;
    let actor =
      group === 'subject' ? classifySubject(phrase, people) : group === 'object' ? classifyObject(phrase, people) : classifyPossessor(phrase, people);
    if (group === 'subject' && actor.kind === 'other' && /\b(?:and|but|then|or)$/iu.test(phrase.trim())) {
      // "X appears to be offline and is not responsive": the verb's subject is the sentence's subject.
      const first = classifySentenceSubject(sentence, people);
      if (first.kind !== 'other') return { group, actor: first, offset: 0 };
    }
    // "The Stripe CLI kept listening to the wrong account": the subject runs on into a system acronym ("CLI", "API"),
    // which the pattern read as the verb.
    if (group === 'subject' && actor.kind !== 'system' && SYSTEM_ACRONYM_AFTER.test(sentence.slice(at[1], at[1] + 8))) actor = { ...actor, kind: 'system' };
    // "Three family physicians' offices reported …": a plural possessive owns the noun after it, which the pattern read
    // as the verb; the people are not the subject.
    if (group === 'subject' && /s['’]$/u.test(phrase)) actor = { ...actor, kind: 'other' };
    // "a lot of people that had not updated", "many users never saw it": people at large, not someone to blame.
    const from = at[0] + actor.start;
    if (actor.kind === 'person' && CROWD.test(`${sentence.slice(Math.max(0, from - 24), from)}${actor.text}`.replace(/(?<!\s)\s+(?:that|who|which)$/iu, ''))) actor = { ...actor, kind: 'other' };
    // "The deploy tool let anyone push to production without review": whoever a thing lets act is no one in particular.
    if (actor.kind === 'person' && LET_ANYONE.test(`${sentence.slice(Math.max(0, from - 24), from)}${actor.text}`)) actor = { ...actor, kind: 'other' };
    // "That made it hard to read and made the operator look in the wrong place": who was made to act by something else is
    // not the cause.
    if (group === 'subject' && actor.kind === 'person' && MADE_TO_ACT.test(sentence.slice(Math.max(0, from - 40), from))) actor = { ...actor, kind: 'other' };
    return { group, actor, offset: at[0] };
  }
  return null;
}

/** Anyone at all, let or allowed to act: "let anyone push", "allowed any engineer to", "permits everybody to". */
const LET_ANYONE = /\b(?:let|lets|letting|allowed|allows|allowing|permitted|permits|permitting|enabled|enables|enabling)\s+(?:anyone|anybody|everyone|everybody|any\s+[\p{L}-]+)$/iu;

/** People in general with a quantifier that makes them a crowd rather than someone in particular. */
const CROWD = /\b(?:a\s+lot\s+of|lots\s+of|many|most|some|plenty\s+of|thousands\s+of|hundreds\s+of|millions\s+of|several|a\s+few|a\s+number\s+of|a\s+majority\s+of|enough)\s+(?:people|users|folks|customers|farmers|players|members|node\s+operators|validators)$/iu;

/**
 * A reader's question of an FAQ ("Is there any way for an admin to tell who uses it?", "How can an operator check
 * their version?"), an open question of ownership ("Who should sign off changes during the exam window?") or of who was
 * told ("Was anyone on the storage team told the NAS was near capacity?"): it asks how work is or was arranged, not who
 * failed. Not "How could Ravi not see this?", nor "Who should have caught this?".
 */
const READER_QUESTION = /^\W*(?:(?:open\s+question\s*:\s*)?(?:who|which\s+(?:team|group|role|person|department))\s+should\b(?!\s+have\b)|(?:was|were)\s+(?:anyone|anybody|someone)\b[^?]{0,60}?\b(?:told|informed|notified|warned|aware|paged|alerted)\b|which\s+(?:version|copy|revision|edition|page|tab|window|terminal|environment|branch|build|release|document|doc|file|link|dashboard|runbook|procedure|step|host|server|cluster|number|list|sheet)\b|(?:is|are)\s+there\s+(?:any\s+|an?\s+)?(?:way|option|setting|tool|mechanism|means|reason)\b|(?:how|where)\s+(?:can|do|does|should)\b)(?![^?]*(?:\bnot\b|n['’]t\b|\bnever\b))[^?]*\?\W*$/iu;

/**
 * Work told as done as agreed ("following the checklist the exams secretary had signed off", "with the principal's
 * approval") or a person named as who knows more ("Sinéad may have more context on the old NAS"): the model, which
 * weighs the name and the action, is not asked about such a sentence. Not "instead of following the runbook", nor a
 * talk "about following the checklist".
 */
const DONE_AS_AGREED = /\b(?<!\b(?:not|without|instead\s+of|rather\s+than|stop|stopped|skip|skipped|ignore|ignored|ignoring|about|like|likes|liked|of|on|in|at|for|into)\s+)(?:following|per|according\s+to)\s+the\s+(?:[\w-]+\s+){0,4}?(?:checklist|runbook|procedure|playbook|sop)\b|\bwith\s+(?:the\s+)?[\p{L}-]+['’]s\s+(?:approval|sign-off|go-ahead|permission)\b/iu;
const KNOWS_MORE = /\b(?:may|might|would|will|should)\s+(?:have|know)\s+(?:more\s+|the\s+|some\s+|further\s+)?(?:context|background|history|details)\b/iu;
/**
 * Credit for the recovery or for finding the fault: "Initial node restoration was performed by @Joe Banks", "The bug
 * was caught because an admin noticed flags that shouldn't coexist". Who recovered or noticed is not who is blamed.
 */
const CREDITED = /\b(?:restoration|recovery|mitigation|remediation|rollback|failover|fix|investigation|triage|clean-?up|response)\s+(?:was|were|has\s+been|had\s+been)\s+(?:\w+ly\s+)?(?:performed|done|carried\s+out|led|handled|completed|driven|coordinated|run)\s+by\b|\b(?:was|were)\s+(?:(?:first|quickly|eventually|only)\s+)?(?:caught|found|detected|spotted|noticed|discovered|identified)\s+(?:because|when|after|as)\s+(?:(?:an?|the|our|one\s+of\s+(?:the|our))\s+)?[\p{L}@'’-]+(?:\s+[\p{L}'’-]+)?\s+(?:noticed|spotted|saw|reported|flagged|found|caught)\b/iu;
/**
 * Someone told about it: "I've let our Storage team know that you've run into this". Not someone told about a person's
 * part in it ("We've let HR know about Tevita's part in this").
 */
const LET_KNOW = /\b(?:let|lets|letting)\s+(?:(?:our|the|your|their|his|her|my)\s+)?(?:[\p{L}@'’-]+\s+){0,2}know\b(?!\s+about\s+[\p{L}@'’-]+['’]s?\s+(?:part|role|mistake|error|conduct|actions?|behaviou?r|share)\b)/iu;
/**
 * Too few people for the work, a staffing gap: "only having one person on-call", "a single engineer with access". Not
 * "Sven was the only person with access …", which names who.
 */
const STAFFING = /\b(?:one|a\s+single)\s+(?:person|engineer|admin(?:istrator)?|responder|maintainer|sre|operator)\s+(?:on[- ]?call|on\s+shift|available|with\s+(?:access|the\s+rights?))\b/iu;
/**
 * A counterfactual told as someone's question ("Priya wondered if she should have paged the database team earlier", "we
 * asked whether on-call could have caught it"): asking is not judging (see INDIRECT_QUESTION).
 */
const ASKED_COUNTERFACTUAL = /\b(?:ask(?:ed|s)?|wonder(?:ed|s)?|question(?:ed|s)?|consider(?:ed|s)?|debat(?:ed|es))\s+(?:[\p{L}'’-]+\s+){0,4}?(?:whether|if)\s+[^.;?!]{0,60}?\b(?:should|could|would|might)\s+have\b/iu;
/**
 * Another company telling us what it knows ("The vendor's support team told us they had seen the same issue with two
 * other customers"): a source of information, not a cause. The patterns still read what is told.
 */
const TOLD_US = /\b(?:vendor|provider|supplier|partner|contractor|upstream|third[- ]party|cloud|hosting|cdn|isp|registrar)(?:['’]s)?\s+(?:[\p{L}-]+\s+){0,3}?(?:told|tells|informed|informs|notified|notifies|assured|assures|advised|advises|confirmed\s+to)\s+(?:us|me|our\s+team|the\s+team)\b/iu;
/**
 * What the team had not done before ("Nobody on the team had operated this cluster during a failover before", "The team
 * had never run the restore"): the experience the system relied on, not a person as the cause. The patterns still read
 * the sentence ("Nobody bothered to check"), and people described by it ("keeps sending engineers who have never seen
 * one before") are still judged.
 */
const NOT_DONE_BEFORE = /\b(?<!\b(?:who|that)\s+)(?:(?:had|has|have)\s+never\s+(?:before\s+)?(?:operated|done|run|performed|practi[sc]ed|handled|seen|tried|rehearsed|exercised|dealt\s+with|worked\s+with|used)|(?:had|has|have)\s+(?:ever\s+)?(?:operated|done|run|performed|practi[sc]ed|handled|seen|tried|rehearsed|exercised|dealt\s+with|worked\s+with|used)\b[^.;]{0,60}?\bbefore\b|for\s+the\s+first\s+time\b)/iu;
/**
 * A process that rested on one person's knowledge ("We relied on Dmitri's memory of how the failover worked"): a single
 * point of knowledge, a condition of the system, not the person as the cause.
 */
const RELIED_ON_SOMEONE = /\b(?:we|the\s+(?:team|process|procedure|runbook|rotation))\s+(?:had\s+)?(?:relied|depended|rested|leaned)\s+(?:entirely\s+|only\s+|solely\s+|heavily\s+)?on\s+[\p{L}@][\p{L}'’.-]*['’]s?\s+(?:memory|knowledge|experience|expertise|recollection|notes|judgement|judgment|availability)\b/iu;
/** Sentences the frame model is not asked about (see each). */
const NOT_FOR_THE_MODEL = [READER_QUESTION, DONE_AS_AGREED, KNOWS_MORE, CREDITED, LET_KNOW, STAFFING, ASKED_COUNTERFACTUAL, TOLD_US, NOT_DONE_BEFORE, RELIED_ON_SOMEONE];

/**
 * An indirect question right before a finding: "Lea asked if she should have rolled back sooner", "we considered whether
 * the people on shift made poor choices". Asking is not judging; "one might ask whether Stefan has ever read the
 * runbook" asks nobody.
 */
const INDIRECT_QUESTION = /\b(?<!\b(?:one|you)\s+(?:might|may|could|would)\s+)(?:ask(?:ed|s|ing)?|wonder(?:ed|s|ing)?|consider(?:ed|s|ing)?|discuss(?:ed|es|ing)?|check(?:ed|s|ing)?|question(?:ed|s|ing)?|debat(?:ed|es|ing)|explor(?:ed|es|ing))(?:\s+[\p{L}'’-]+){0,4}?\s+(?:whether|if)\s+(?:(?:the|a|an|our|their|his|her)\s+)?$|\b(?:rather\s+than|instead\s+of|not)\s+(?:asking\s+)?(?:why|whether|who)\s+(?:(?:the|a|an|our|their|his|her)\s+)?$/iu;

/** A clause's first words, up to seven, where a clause starts: the subject of what follows them. */
const CLAUSE_SUBJECT = String.raw`(?:^|[.;:!?(|]\s*|\b(?:and|but|because|so|while)\s+)((?:[\p{L}\p{N}@'’_-]+\s+){0,6}?[\p{L}\p{N}@'’_-]+)\s+`;
/** The subject of a judgment said of it: "The PCRF was careless with …", "The search indexer got lazy under load". */
const JUDGED_SUBJECT = new RegExp(String.raw`${CLAUSE_SUBJECT}(?:is|was|were|are|got|gets|getting|seems|seemed|became|becomes|has\s+been|have\s+been|had\s+been|can\s+be|could\s+be)(?:\s*,\s*[^,.;]{1,25},)?\s+(?:(?:\w+ly|too|very|so|quite|rather|pretty|downright|a\s+bit|a\s+little|all\s+but)\s+)?$`, 'iu');
/** The subject of a judgment said of what it made or has: "The validation library made a stupid assumption". */
const MAKING_SUBJECT = new RegExp(String.raw`${CLAUSE_SUBJECT}(?:made|makes|has|had)\s+(?:(?:an?|some|the)\s+)?(?:\w+ly\s+)?$`, 'iu');
/** What software has or does, judged before or as a subject: "a careless default", "The SDK's error handling". */
const SOFTWARE_WORKINGS = String.raw`defaults?|behaviou?rs?|logic|implementations?|heuristics?|timeouts?|algorithms?|regex(?:es)?|parsing|caching|paging|routing|logging|error\s+handling|validation|backoff|wrappers?|helpers?|librar(?:y|ies)|sdks?|(?:overload|congestion|flow|admission|rate|traffic)\s+control|load\s+shedding|auto-?updat\w*`;
/** A judgment word before what software has or does: "a careless default", "negligent retry behaviour". */
const SOFTWARE_THING = new RegExp(String.raw`^(?:-looking)?\s+(?:[\w-]+\s+)?(?:${SOFTWARE_WORKINGS}|settings?|config(?:uration)?s?|retry|retries|parser|schema|bugs?|encodings?|formatting|(?:error\s+)?messages?|payloads?|headers?|mappings?|markup|edge\s+cases?|corner\s+cases?|off-by-ones?|race\s+conditions?|regressions?|quirks?|cache\s+keys?)\b(?!\s+(?:changes?|edits?|push|commits?|updates?|tweaks?|flips?))`, 'iu');
/** A subject that is what software does: "The SDK's error handling", "the retry logic". */
const SOFTWARE_SUBJECT = new RegExp(String.raw`\b(?:${SOFTWARE_WORKINGS}|exception\s+handling|retry\s+polic(?:y|ies))\s*$`, 'iu');
/** What only software is judged about: "The bidder is careless with memory under load". */
const SOFTWARE_CONCERN = /^\s+(?:with|about)\s+(?:\p{L}+ing\s+)?(?:its\s+|the\s+)?(?:memory|heap|buffers?|allocations?|connections?|sockets?|threads?|file\s+(?:handles|descriptors)|retries|garbage)\b/iu;
/** The subject of a judgment that is a verb phrase: "The PGW dropped the ball on session cleanup". */
const ACTING_SUBJECT = new RegExp(String.raw`${CLAUSE_SUBJECT}(?:\w+ly\s+)?$`, 'iu');
/** A judgment that qualifies a verb ("dropped the ball", "stupidly evaluates"): its subject is the clause's. */
const VERB_JUDGMENT = /^(?:dropped|drops|fumbled|fumbles|\p{L}+ly)\b/iu;
/** "It was irresponsible to skip the dry run": the pronoun stands for what was done. */
const PRONOUN_SUBJECTS = new Set(['it', 'this', 'that', 'which', 'these', 'those', 'there', 'what']);
/** What people do, not software, even where the lexicon counts it as a system word: "The deploy was sloppy". */
const ACTS = new Set(['change', 'changes', 'deploy', 'deploys', 'deployment', 'deployments', 'rollout', 'release', 'migration', 'patch', 'fix', 'hotfix', 'review', 'reviews', 'commit', 'merge', 'plan', 'planning', 'decision', 'handover', 'handoff', 'work', 'test', 'tests', 'testing', 'config', 'configuration', 'command', 'update', 'upgrade', 'restore', 'failover', 'response', 'process', 'procedure', 'call', 'choice', 'notes', 'runbook', 'cause']);

/**
 * Whether a judgment word ("careless", "negligent", "lazy", "dropped the ball") is said of software: its clause's subject
 * is a system ("The payment gateway was irresponsible with its retries") or an acronym that is not a role or team.
 * What people did ("The deploy was sloppy", "Deploying on a Friday night was reckless") stays judged.
 */
function judgesSoftware(before: string, judged: string, after: string, people: PeopleIndex): boolean {
  if (SOFTWARE_CONCERN.test(after)) return true;
  // "The RTU has been careless with its clock": what "its" refers to is a thing.
  if (/^\s+(?:with|about|in|on|at)\s+its\b/iu.test(after)) return true;
  // "a careless default", "negligent retry behaviour", unless a person made it ("Ana wrote sloppy validation logic",
  // "sloppy validation by Ana").
  if (SOFTWARE_THING.test(after)) {
    const by = /^\s+(?:[\w-]+\s+){1,3}?by\s+([^,.;]{1,40})/u.exec(after);
    if (classifySentenceSubject(before, people).kind !== 'person' && (by === null || classifyObject(by[1], people).kind !== 'person')) return true;
  }
  const tail = before.slice(-120);
  const m = VERB_JUDGMENT.test(judged) ? ACTING_SUBJECT.exec(tail) : (JUDGED_SUBJECT.exec(tail) ?? MAKING_SUBJECT.exec(tail));
  if (m === null) return false;
  const words = m[1].trim().split(/\s+/u);
  const head = words[words.length - 1].toLowerCase().replace(/['’]s$/u, '');
  // "Deploying on a Friday night was reckless", "Forgetting the flag was …": a gerund clause is what someone did.
  const gerundClause = /^\p{L}+ing$/iu.test(words[0]) && /^(?:the|a|an|on|to|in|at|with|without|our|their|his|her|this|that|it|up|out|off|down|into|from)$/iu.test(words[1] ?? '');
  if (ACTS.has(head) || gerundClause || PRONOUN_SUBJECTS.has(head)) return false;
  // "The library's error handling is, to put it kindly, sloppy": what software does, unless it is a person's.
  if (SOFTWARE_SUBJECT.test(m[1])) {
    const owner = /(?<![\p{L}\p{N}@._-])([\p{L}\p{N}@._-]+)['’]s?\s+(?:[\w-]+\s+){0,2}?[\w-]+$/u.exec(m[1].trim());
    if (owner === null || classifyPossessor(owner[1], people).kind !== 'person') return true;
  }
  const subject = classifySubject(m[1], people);
  if (subject.kind === 'system') return true;
  return subject.kind === 'other' && ACRONYM.test(words[words.length - 1]);
}

/** Words that introduce a quotation as wording to talk about ("the sentence "…"", "phrases like "…""). */
const QUOTED_AS_WORDING = /\b(?:sentence|phrase|phrases|word|words|wording|line|row|entry|cell|heading|term|label|expression|question|comment|like|such\s+as|saying|asking|calling\s+it|(?:to|not\s+to)\s+(?:say|write|use|call\s+(?:it|this))|(?:review|draft|version|report|write-?up|timeline|entry|summary|text|title|heading|row)(?:\s+of\s+(?:this|the|our)(?:\s+[\w-]+)?)?\s+(?:said|says|read|reads|stated|claimed)|(?:don['’]t|do\s+not|did\s+not|didn['’]t|never|avoid|stop)\s+(?:write|say|use|writing|saying|using)|(?:error|message|log|exception|response|output|prompt|banner|screen|page)\s+(?:said|says|read|reads|showed|shows|returned|returns|printed|prints)|(?:error|log|warning|exception)(?:\s+(?:message|line|text|string|output))?|think|thinking)\s*[:,]?\s*$/iu;
/** What follows a quotation that is being discussed, not said ("…" is the kind of question we avoid). */
const DISCUSSED_AFTER = /^\s*(?:is|are|was|were|isn['’]t|gets?|got|won['’]t|doesn['’]t|tends|makes|leads|shuts|appears|stops)\b/iu;

/**
 * Words that introduce a quotation as wording an earlier draft used or that a phrase stands for ("An earlier draft of this
 * said "…"", "The phrase "…"", "We removed the line "…""): the sentence is about the writing, so the frame model does
 * not judge it. Not a person's own words ("his commit message said "trivial"").
 */
const WORDING_DISCUSSED = /(?:\b(?:earlier|previous|first|old|original|initial)\s+(?:draft|version|review|write-?up|timeline|outline|report)(?:\s+of\s+(?:this|the|our)(?:\s+[\w-]+)?)?\s+(?:said|says|read|reads|stated|claimed|called\s+it)|\b(?:the|a)\s+(?:phrase|phrasing|wording|sentence|row|line|entry|cell)(?:\s+like)?|\b(?:don['’]t|do\s+not|did\s+not|didn['’]t|never|avoid(?:ed)?|chose\s+not\s+to|decided\s+not\s+to)\s+(?:write|say|use)|\b(?:removed|deleted|dropped|rewrote|struck|cut|reworded)\s+the\s+(?:line|sentence|phrase|wording))\s*[:,]?\s*$/iu;

/** What follows a quotation whose wording is being judged: '"Darren's change caused the outage" reads as blame'. */
const WORDING_JUDGED = /^\s*(?:reads|read|sounds|comes\s+across|lands)\s+(?:as|like)\s+(?:blame|blaming|an?\s+accusation|finger-?pointing|an?\s+attack)\b|^\s*(?:now|instead)\s+(?:reads|says)\b|^\s*is\s+(?:pure\s+|just\s+)?(?:hindsight|blame|blaming|finger-?pointing)\b|^\s*(?:blames|points\s+(?:a\s+finger|at\s+(?:a|one)\s+person)|assigns\s+blame)\b/iu;

/** Whether the sentence quotes wording in order to talk about it ("An earlier draft of this said "human error …""). */
function quotesWording(sentence: string): boolean {
  // Only the words just before each quotation: a run of quotation marks must not cost the square of its length.
  for (const q of sentence.matchAll(/["“]([^"”\n]{1,80})["”]/gu)) {
    if (WORDING_DISCUSSED.test(sentence.slice(Math.max(0, q.index - 80), q.index))) return true;
    if (WORDING_JUDGED.test(sentence.slice(q.index + q[0].length, q.index + q[0].length + 40))) return true;
  }
  return false;
}

/**
 * Whether [start, end) sits inside a short quotation: a word being talked about ("the word "careless""), not used.
 * Quoted sentences (the template's bad examples) are longer and still count.
 */
function isMention(sentence: string, start: number, end: number): boolean {
  // Single ASCII quotes count only when they cannot be apostrophes ("Ken's edit to Ravi's config" quotes nothing).
  for (const q of sentence.matchAll(/["“‘]([^"”’\n]{1,80})["”’]|(?<![\p{L}\p{N}])'([^'\n]{1,40})'(?![\p{L}\p{N}])/gu)) {
    const quoted = q[1] ?? q[2];
    const from = q.index;
    const to = q.index + q[0].length;
    if (from <= start && end <= to && (quoted.trim().split(/\s+/u).length <= 3 || QUOTED_AS_WORDING.test(sentence.slice(0, from)) || DISCUSSED_AFTER.test(sentence.slice(to)) || WORDING_JUDGED.test(sentence.slice(to, to + 40)))) return true;
  }
  return false;
}

/** The text from the start of the clause holding `at` up to `at` (negations further back do not apply). */
function clauseBefore(sentence: string, at: number): string {
  const before = sentence.slice(0, at);
  const cut = Math.max(...[',', ';', ':', '—', '–', '(', ' but ', ' and '].map((mark) => before.lastIndexOf(mark)));
  return cut < 0 ? before : before.slice(cut + 1);
}

function finding(
  compiled: CompiledEntry,
  span: number,
  start: number,
  end: number,
  actual: string,
  sentence: { start: number; end: number },
  captures: Record<string, string>,
  atSentenceStart: boolean,
  spanText: string,
): BlameFinding {
  const { entry } = compiled;
  // A subject moved from the start of the sentence into the middle loses its capital ("The team" → "told the team").
  const inline = (text: string): string => text.replace(/^(?:The|A|An|Our|This|That|These|Those|Some|Every|Each|One)\b/u, (w) => w.toLowerCase());
  let expected = entry.expected?.replace(/\$<(\w+)>/gu, (_, name: string) => inline(captures[name] ?? ''));
  if (expected !== undefined && atSentenceStart) expected = expected.charAt(0).toUpperCase() + expected.slice(1);
  const rewrite = fitRewrite(spanText, { id: entry.id, start, end, actual, sentence }, expected);
  const tryRewrite = rewrite === null ? '' : rewrite.text === '' ? ` Try the sentence without "${actual}".` : ` Try "${rewrite.text}".`;
  // A note that already says what to do instead ("…; describe what made it easy to miss") needs no generic advice.
  const advice = /;\s*(?:describe|say|ask|name|explain)\b/iu.test(entry.note) ? '' : ` ${ADVICE[entry.category]}`;
  const message = `Blaming language "${actual}": ${entry.note}${advice}${tryRewrite}`;
  return {
    span, start, end, sentence: { ...sentence }, id: entry.id, category: entry.category, message, note: entry.note, actual,
    ...(expected === undefined ? {} : { expected }),
    ...(rewrite === null ? {} : { rewrite }),
  };
}

/** A table row's label cell right before a cell: "| Root cause | Lea's config change |" reads "Root cause: Lea's …". */
const CAUSE_LABEL_CELL = /\|[ \t]*((?:root[ \t]+)?causes?|trigger|caused[ \t]+by|contributing[ \t]+factors?)[ \t]*\|[ \t]*$/iu;

/**
 * A finding (with span 0) for a sentence the frame model reads as pinning the fault on its actor; it points at the actor.
 * The model reads the sentence after `label` (a table row's label cell), and the actor must be in the sentence.
 */
function frameFinding(
  text: string,
  people: PeopleIndex,
  sentence: { start: number; end: number },
  startAt: (i: number) => number,
  endAt: (i: number) => number,
  spanText: string,
  label: string,
): BlameFinding | null {
  const actor = framedActor(FRAME_MODEL, `${label}${text}`, people);
  if (actor === null || actor.start < label.length) return null;
  // "Had the capacity dashboard included the cluster, the planning team would have seen …": a counterfactual about a system.
  const condition = COUNTERFACTUAL_CONDITION.exec(text);
  if (condition !== null && classifySubject(condition[1], people).kind === 'system') return null;
  // "People have asked me whether the intern was at fault": asking is not judging.
  const before = text.slice(Math.max(0, actor.start - label.length - 80), actor.start - label.length);
  if (INDIRECT_QUESTION.test(before)) return null;
  const after = text.slice(actor.end - label.length, actor.end - label.length + 40);
  // "Kenji had to request it mid-incident", "@jlin had to patch the secret by hand": what the system made them do; an
  // owner in brackets after a task ("… to 40 TiB (Lena Hartmann)", "(owner: TBD)"); a sentence that praises.
  const named = text.slice(actor.start - label.length, actor.end - label.length);
  const assignee = (before.endsWith('(') && OWNER_CLOSES.test(after)) || OWNER_LABEL_BEFORE.test(before) || (OWNER_WORD.test(named) && /^\s*:/u.test(after));
  if (IMPOSED.test(after) || assignee || PRAISE.test(text) || SERVED_BY_OTHERS.test(before) || ROSTER.test(text) || otherLanguage(text)) return null;
  const start = startAt(actor.start - label.length);
  const end = endAt(actor.end - label.length);
  const actual = spanText.slice(start, end);
  const message = `Blaming language "${actual}": ${FRAME_NOTE}`;
  return { span: 0, start, end, sentence: { ...sentence }, id: 'framed-as-cause', category: 'blame-attribution', message, note: FRAME_NOTE, actual };
}

/** Right after the actor: something the situation made them do. */
const IMPOSED = /^\s+had\s+to\s+(?!have\b)|^\s+(?:was|were)\s+(?:forced|left)\s+to\b/iu;
/**
 * An actor in brackets closing a task ("… to 40 TiB (Lena Hartmann)"), after an owner's label ("(owner: Kim"), or the
 * label itself ("(owner: <fill in>)"): the one who will do it.
 */
const OWNER_CLOSES = /^(?:\s+\p{Lu}[\p{L}'’-]*){0,3}\s*\)\s*[.;]?\s*$/u;
const OWNER_LABEL_BEFORE = /\(\s*(?:owner|assignee|assigned\s+to|dri)\s*:\s*$/iu;
const OWNER_WORD = /^(?:owner|assignee|dri)$/iu;
/**
 * Right before the actor: someone the text says did a process's part ("commissioned by the Director of Digital
 * Services", "chaired by …") or was helped ("Estates staff helped the Network Team reach …"); not "thanks to", often
 * sarcastic ("thanks to Brendon's driver "update"").
 */
const SERVED_BY_OTHERS = /\b(?:(?:commissioned|requested|chaired|sponsored|prepared|authored|written|reviewed|facilitated|signed\s+off|accepted)\s+by|helped|helping|supported)\s+(?:the\s+)?(?:\p{Lu}[\p{L}-]*\s+){0,3}$/u;
/** A roster: names each followed by a role in brackets ("Dr Tom Feeney (CCIO), Karen Holt (Service Desk Team Leader)"). */
const ROSTER = /\)\s*,\s*(?:and\s+)?(?:Dr\.?\s+|Mr\.?\s+|Ms\.?\s+|Mrs\.?\s+)?\p{Lu}[\p{L}'’-]*(?:\s+\p{Lu}[\p{L}'’-]*){0,3}\s*\(/u;
/**
 * The frame model reads English: a sentence with none of its commonest words and several of another language's ("o
 * alerta de taxa de erro disparou em 6 minutos") is not for it.
 */
const ENGLISH = /\b(?:the|was|were|is|are|and|that|with|has|had|have|to|of)\b/iu;
const FOREIGN_WORDS = /(?<![\p{L}])(?:o|os|as|do|da|dos|das|em|não|com|para|el|los|las|del|y|le|les|des|du|et|est|une|der|die|das|und|ist|nicht|mit)(?![\p{L}])/giu;

function otherLanguage(text: string): boolean {
  return !ENGLISH.test(text) && (text.match(FOREIGN_WORDS)?.length ?? 0) >= 2;
}
/** A sentence that praises what the people in it did. */
const PRAISE = /\b(?:correctly|the\s+right\s+call|(?:good|great)\s+call|well\s+done|kudos|(?:happily|gladly)\s+repeat|went\s+well|quick\s+thinking)\b/iu;

/** A counterfactual's condition and its subject: "Had the capacity dashboard included …,", "If the alert had fired …,". */
const COUNTERFACTUAL_CONDITION = /^\W*(?:had|if)\s+((?:the|our|its|a|an)\s+(?:[\w-]+\s+){0,3}?[\w-]+)\s+(?:had\s+)?(?:been|shown|included|fired|paged|caught|flagged|covered|listed|warned|existed|worked|run|blocked|checked|[\w-]+ed)\b[^,;]{0,120},/iu;

/** Keeps the earliest, then longest, of overlapping findings: one phrase gets one diagnostic. */
function withoutOverlaps(findings: BlameFinding[]): BlameFinding[] {
  const sorted = [...findings].sort((a, b) => a.start - b.start || b.end - a.end);
  const kept: BlameFinding[] = [];
  for (const f of sorted) if (!kept.some((k) => k.start < f.end && f.start < k.end)) kept.push(f);
  return kept;
}

const isWordChar = (c: string | undefined): boolean => c !== undefined && /[\p{L}\p{N}]/u.test(c);
const normalise = (text: string): string => text.toLowerCase().replace(/\s+/gu, ' ');

/**
 * The allowed words and phrases as one set: a finding is dropped when any whole-word stretch of its text is in it.
 * One set lookup per stretch keeps a list of tens of thousands of words as fast as a list of three.
 */
class AllowedWords {
  private readonly phrases: Set<string>;
  private readonly longest: number;

  constructor(words: readonly string[]) {
    this.phrases = new Set(words.map((w) => normalise(w.trim())).filter((w) => w !== ''));
    this.longest = [...this.phrases].reduce((max, w) => Math.max(max, w.length), 0);
  }

  blocks(actual: string): boolean {
    if (this.phrases.size === 0) return false;
    const text = normalise(actual);
    for (let i = 0; i < text.length; i++) {
      if (isWordChar(text[i - 1])) continue;
      for (let j = i + 1; j <= Math.min(text.length, i + this.longest); j++) {
        if (!isWordChar(text[j]) && this.phrases.has(text.slice(i, j))) return true;
      }
    }
    return false;
  }
}
