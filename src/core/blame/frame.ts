// Judges the frame of a whole sentence: whether it presents a person, role or team as the fault, with a linear model
// trained on the labelled sentences in test/fixtures/blame (`npm run train:blame`). The vocabulary's patterns catch
// the wording they were written for; the model catches new wording of the same frames ("Ana's shortcut is what
// corrupted the account", "Tomás, as usual, assumed the migration would be quick").
import { FIRST_NAME_SET, PRODUCT_NAMES, ROLE_NOUNS, ROLES_WITHOUT_PLURAL, SYSTEM_NOUNS, TEAM_NOUNS, WORD_NAMES } from './lexicon';
import { isHonorificName, isManagerOfThings, products, type PeopleIndex } from './actors';

/** The trained weights, as `scripts/train-blame-frame.ts` writes them. */
export interface FrameModel {
  /** A sentence is reported when the model's probability is above this. */
  threshold: number;
  /** Each feature is hashed into one of `buckets` weights (a power of two). */
  buckets: number;
  /** Each weight is a 4-bit signed level: weight = level × scale. */
  scale: number;
  /** The levels, run-length coded (see encodeLevels). */
  levels: string;
}

/** A model ready to score: its levels decoded once. */
export interface LoadedFrameModel {
  threshold: number;
  mask: number;
  scale: number;
  weights: Int8Array;
}

/**
 * Levels are -7..7 and most are 0 (buckets no feature fell in). Each character of the code stands for a run of up to
 * RUN zeros followed by one non-zero level, or for RUN + 1 zeros: a sixth smaller than base64 once zipped in the
 * .vsix. Characters are printable ASCII without `"` and `\`, so the code sits in JSON as it is.
 */
const RUN = 5;
const NON_ZERO = [-7, -6, -5, -4, -3, -2, -1, 1, 2, 3, 4, 5, 6, 7];
const SKIP = (RUN + 1) * NON_ZERO.length;
const symbol = (n: number): string => String.fromCharCode(n < 57 ? 35 + n : 36 + n);
const symbolValue = (code: number): number => (code < 92 ? code - 35 : code - 36);

export function encodeLevels(levels: ArrayLike<number>): string {
  let out = '';
  let run = 0;
  for (let i = 0; i < levels.length; i++) {
    if (levels[i] === 0) {
      run++;
      continue;
    }
    for (; run > RUN; run -= RUN + 1) out += symbol(SKIP);
    out += symbol(run * NON_ZERO.length + NON_ZERO.indexOf(levels[i]));
    run = 0;
  }
  return out;
}

export function decodeLevels(code: string, length: number): Int8Array {
  const levels = new Int8Array(length);
  let at = 0;
  for (let i = 0; i < code.length; i++) {
    const n = symbolValue(code.charCodeAt(i));
    if (n === SKIP) {
      at += RUN + 1;
      continue;
    }
    at += Math.floor(n / NON_ZERO.length);
    levels[at++] = NON_ZERO[n % NON_ZERO.length];
  }
  return levels;
}

export function loadFrameModel(model: FrameModel): LoadedFrameModel {
  return { threshold: model.threshold, mask: model.buckets - 1, scale: model.scale, weights: decodeLevels(model.levels, model.buckets) };
}

/** FNV-1a: a feature's bucket. */
export function featureHash(feature: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < feature.length; i++) {
    h ^= feature.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}

/** Where a person, role or team is named in a sentence: what the finding points at. */
export interface FramedActor {
  start: number;
  end: number;
  text: string;
  /** Nobody in particular: "someone", or a role in the plural ("operations engineers"). */
  generic: boolean;
}

export interface SentenceFeatures {
  features: string[];
  /** The first person, role or team named, or null when the sentence names none (the model is then not asked). */
  actor: FramedActor | null;
}

/**
 * Words for a group or for anyone ("members", "everyone") and pronouns that often stand for a vendor, a system or the
 * writer ("they", "I") do not name someone a sentence could blame; "he", "she" and "someone" do.
 */
const NOT_ACTORS = new Set(['they', 'them', 'i', 'me', 'member', 'people', 'everyone', 'everybody', 'anyone', 'anybody', 'human', 'folk', 'staff']);
const PRONOUNS = new Set(['he', 'she', 'him', 'they', 'them', 'i', 'me']);
const singularRoles = new Set(ROLE_NOUNS);
const roles = new Set(ROLE_NOUNS.filter((r) => !NOT_ACTORS.has(r)).flatMap((r) => (PRONOUNS.has(r) || ROLES_WITHOUT_PLURAL.has(r) ? [r] : [r, `${r}s`])));
/** Team words that are also ordinary nouns ("broad security", "support for IPv6"): a team only before "team". */
const TEAM_OR_THING = new Set(['security', 'support', 'networking', 'infra', 'engineering', 'ops', 'devops', 'secops', 'sec', 'qa', 'org', 'department']);
const teams = new Set(TEAM_NOUNS.filter((t) => !TEAM_OR_THING.has(t)));
/** Titles before a name ("Mr. Nakamura", "Dr Okafor"): the capitalised word after one is a person. */
const TITLES = new Set(['mr', 'mrs', 'ms', 'miss', 'dr']);
/** The words that stand for an actor in any document (roles, teams, first names) and the titles before a name. */
const ACTOR_WORDS = new Set([...roles, ...teams, ...FIRST_NAME_SET, ...TITLES]);
const systems = new Set([...SYSTEM_NOUNS.flatMap((s) => [s, `${s}s`]), ...PRODUCT_NAMES]);

/** Words, @handles, quotation marks and ?/! (one pass, linear). */
const TOKEN = /@[\w.-]+|[\p{L}\p{N}][\p{L}\p{N}'’_-]*|["“”]|[?!]/gu;
const ACTOR_CLASS = /^(?:PER|ROLE|TEAM)/u;
const GENERIC = new Set(['someone', 'somebody', 'whoever']);
/**
 * Real postmortems mention people in general all the time ("operations engineers respond to alarms"): a sentence whose
 * only actor is nobody in particular needs the model to be this sure.
 */
export const GENERIC_THRESHOLD = 0.97;

/**
 * A passive of looking after something, or credit for the work, ending just before an actor: "has been closely monitored
 * by the entire …", "Further sleuthing and details by @jwhitlock" (not "acknowledged by Grace and then nothing happened").
 */
const CARE_BY = /\b(?:monitored|signed|co-signed|countersigned|watched|supported|coordinated|led|triaged|investigated|resolved|fixed|mitigated|restored|recovered|answered|sleuthing|debugging|digging|analysis|investigation|details|research|findings)\s+by\s+(?:the\s+|our\s+|an?\s+|two\s+|several\s+)?(?:[\p{L}-]+\s+){0,3}$/iu;

/** Care not taken after all: "signed by Jana Novak without her opening a single report". */
const CARE_WITHOUT = /^[^.;,]{0,20}\bwithout\b/iu;

/**
 * Rest given to an actor: "We let the European team go to bed", "sent the on-call engineer home". The words before the
 * actor and the words after it (RESTED_AFTER) together.
 */
const RESTED_BEFORE = /\b(?:let|sent|allowed|told|asked)\s+(?:the\s+|our\s+)?(?:[\p{L}-]+\s+){0,2}$/iu;
const RESTED_AFTER = /^[\s-]+(?:to\s+)?(?:go\s+(?:to\s+(?:bed|sleep)|home|off\s+shift|and\s+(?:rest|sleep))|get\s+some\s+(?:rest|sleep)|rest|sleep|home)\b/iu;
/** Watch kept by an actor: "our American SRE kept tabs on everything", "the on-call kept an eye on the queue". */
const KEPT_WATCH = /^\s+(?:kept|keeps|keeping)\s+(?:tabs|an\s+eye|watch|a\s+close\s+eye)\b/iu;
/**
 * Improvement work an actor is doing: "the Taskcluster team has been deploying an improvement to the scope checks",
 * "the infra team is rolling out a fix" (not "has been deploying broken builds").
 */
const IMPROVING = /^\s+(?:has|have|had|is|are|was|were)\s+(?:been\s+)?(?:deploying|rolling\s+out|shipping|implementing|building|working\s+on|preparing|introducing)\s+(?:an?\s+|the\s+|some\s+|several\s+)?(?:[\p{L}-]+\s+)?(?:improvements?|fix(?:es)?|upgrades?|enhancements?|mitigations?|safeguards?)\b/iu;
/**
 * An actor who wrote or proposed the repair: "A team member wrote the fix, another one reviewed it", "administrator
 * @chartgerink both proposed the fix and …" (not "wrote the fix that broke billing").
 */
const REPAIRED = /^(?:\s+@[\w.-]+|\s+\p{Lu}[\p{L}'’-]*){0,2}(?:\s+(?:member|members|mate|lead))?(?:\s+(?:both|also|then|quickly|promptly|soon|later))?\s+(?:wrote|implemented|prepared|developed|authored|proposed|drafted|submitted|opened)\s+(?:a|the|an)\s+(?:[\p{L}-]+\s+)?(?:fix|patch|workaround|mitigation|hotfix)(?!\s+(?:that|which)\b|\s*,\s+which\b)/u;

/**
 * The one who found the problem: "Sebastian noticed that we still had a build backlog", "Marco Castelluccio noticed that
 * the method sent him an email". Up to two more words of a name may stand between the actor and the verb.
 */
const FOUND_IT = /^(?:\s+\p{Lu}[\p{L}'’.-]*){0,2}\s+(?:(?:first|quickly|then|later|also|eventually|soon)\s+)?(?:noticed|spotted|detected|caught|flagged|reported|raised\s+(?:the\s+)?alarm|alerted\s+(?:us|the\s+team))\b/u;
/**
 * Word of the problem that came from an actor, ending just before it: "Notification from security team regarding leaked
 * credentials", "reported by a customer", "a heads-up from the network team".
 */
const NOTICE_FROM = /\b(?:notifications?|notified|reports?|reported|alerts?|alerted|heads[- ]up|tip[- ]?off|warnings?|warned|flagged)\s+(?:by|from)\s+(?:the\s+|our\s+|an?\s+|their\s+)?(?:[\p{L}-]+\s+){0,3}$/iu;
/**
 * Who may hold two roles at once: "They could of course be the same person" (not "this is the same engineer who took
 * down SSO", which points at someone).
 */
const SAME_ONE = /\b(?:could|can|may|might|would|will)\s+(?:[\p{L}-]+\s+){0,3}?be\s+(?:all\s+|both\s+)?the\s+same\s+$/iu;
/**
 * A rule for whoever holds a role, not a story of what someone did: "If worker threads hold raw pointers to an object,
 * the owner must ensure those workers have finished". The sentence opens with its condition (after a label, perhaps).
 */
const RULE_FOR_ROLE = /^\s+(?:must|shall|needs\s+to|has\s+to)\s+(?!(?:have|be|not|never|stop|learn|answer|explain|apologi[sz]e)\b)[\p{L}-]+/iu;
const CONDITION_FIRST = /^\W*(?:[\p{L}][\p{L} -]{0,40}:\W*)?(?:if|when|whenever|once|before|after|where|unless)\b/iu;
/**
 * Words before an actor made to act by something else: "made the operator look in the wrong place" (not "made by Rory",
 * and not "Nobody forced Trevor to …", which is sarcasm).
 */
export const MADE_TO_ACT = /\b(?:made|makes|making|drove|drives|driving|prompted|prompting|misled|misleading)\s+(?!(?:by|from)\b)(?:the\s+|our\s+|an?\s+|their\s+)?(?:[\p{L}-]+\s+){0,2}?$/iu;
/**
 * Words before an actor whom someone else would not give something, or refused it: "The vendor would not give our engineer
 * the logs", "They would not provide CNI Employee with additional details", "denied the on-call access". What the
 * sentence tells is the other's refusal; the one refused (and the "he" or "she" after) did nothing. Giving is not enough:
 * "we gave a junior dev write access" and "don't give Ferdi prod access" cast doubt on the one given it.
 */
const REFUSED = /\b(?:(?:would|could|did)\s*(?:not\s+|n['’]t\s+)(?:give|provide|grant|send|offer|show)|(?:refused|declined)\s+to\s+(?:give|provide|grant|send|offer|show)|denied|refused)\s+(?:the\s+|our\s+|an?\s+|their\s+|its\s+|his\s+|her\s+)?(?:(?!(?:by|from|to|up|out|in|back|because|as|since|when|while|after|before|that|which|who|and|but|or|so|if|for|with|at|on|of)\s)[\p{L}-]+\s+){0,2}?$/iu;
/**
 * Words after an actor who was not told something: "The network team was not told about the maintenance window", "the
 * on-call had not been paged". Nothing reached them; they did not act. (Being told and going ahead anyway is blame: "Kwame
 * was told about the checklist".)
 */
const NOT_TOLD_AFTER = /^\s+(?:(?:was|were|is|are)(?:n['’]t|\s+not|\s+never)|(?:had|has|have)(?:n['’]t|\s+not|\s+never)\s+been)\s+(?:(?:ever|even|properly|clearly|fully)\s+)?(?:told|informed|warned|notified|consulted|shown|invited|alerted|paged|included|copied|made\s+aware)\b/iu;
/** Words before a role someone is said not to hold: "because he is not a manager on the account", "was not listed as an admin". */
const NOT_IN_ROLE = /\b(?:(?:is|was|are|were)\s+not|isn['’]t|wasn['’]t|aren['’]t|weren['’]t)\s+(?:(?:listed|named|registered|set\s+up|added)\s+as\s+)?(?:an?|the)\s+(?:[\p{L}-]+\s+)?$/iu;
/**
 * Words before a role that a stored thing names: "A stored field naming an owner is a convenience", "a ticket assigning
 * the on-call". The role is the thing's value, not someone who acted.
 */
const NAMED_BY_A_THING = /\b(?:fields?|columns?|labels?|tags?|records?|rows?|entr(?:y|ies)|settings?|attributes?|keys?|values?|tickets?|forms?|templates?|rules?|polic(?:y|ies))\s+(?:naming|listing|identifying|assigning|designating|mentioning|requiring)\s+(?:an?\s+|the\s+)?$/iu;
/** The words before a team word that say whose member was just named: "Matt Hauff of the Chia Network team". */
const OF_THE_TEAM = /\bof\s+(?:the\s+|our\s+)?(?:[\p{L}-]+\s+){0,3}$/u;

/**
 * Thanks given by the actor: "The SRE team would like to thank our hosting provider". Only the one who thanks: "Thanks to
 * Vinh's shortcut" and "I would like to thank Megan for her creative interpretation" are sarcasm about whom they thank.
 */
const THANKS_GIVEN = /^[\s\p{L}'’-]{0,30}?\b(?:would\s+like\s+to|wants?\s+to|wish(?:es)?\s+to)\s+(?:thank|express\s+(?:our|their|its|his|her|my)\s+(?:gratitude|thanks))\b/iu;

/**
 * A sentence that says who holds a role, with the person's title: "The primary system administrator is Jason Smith, the
 * current CTO at Nodejitsu, …". Its role and its name are an introduction, not the fault.
 */
const INTRODUCTION = /^\W*(?:[Tt]he|[Oo]ur)\s+(?:[\p{L}-]+\s+){0,3}?([\p{L}-]+)\s+(?:is|was)\s+\[?\p{Lu}[\p{L}'’-]*(?:\s+\p{Lu}[\p{L}'’-]*){0,2}\]?(?:\([^)\s]*\))?\s*,\s+(?:the|a|an|our|their)\s+((?:[\p{L}-]+\s+){0,2}[\p{L}-]+)\b/u;

function isIntroduction(text: string): boolean {
  const m = INTRODUCTION.exec(text);
  return m !== null && singularRoles.has(m[1].toLowerCase()) && m[2].split(/\s+/u).some((word) => singularRoles.has(word.toLowerCase()) || TITLES_HELD.test(word)) && !/,\s+who\b/iu.test(text);
}

/**
 * A byline closing a cited title: "How GitHub's upgrade broke Bazel builds by Jay Conrod", "December 2025 Bazel Central
 * Registry Outage by John Cater". The word before "by" is not a participle ("was deleted by John Cater" is not one).
 */
const BYLINE = /(?<![\p{L}-](?:ed|en|wn|lt|ne|de|ut|ught|un)\s)\bby\s+\p{Lu}[\p{L}'’.-]*(?:\s+\p{Lu}[\p{L}'’.-]*){0,2}\s*[.!]?\s*$/u;

function inByline(text: string, actor: FramedActor): boolean {
  const byline = BYLINE.exec(text);
  // A title has no clause of its own before the byline: "the culprit was found: commit 7c1e2 by Linh" is not one.
  return byline !== null && actor.start >= byline.index && !/\b(?:is|are|was|were|been|be)\b|[:"“”]|\b(?:commit|change|pr|patch|push|deploy|edit)\s/iu.test(text.slice(0, byline.index));
}

/** Titles an apposition gives a person ("the current CTO", "our co-founder"). */
const TITLES_HELD = /^(?:cto|ceo|cfo|coo|cio|ciso|vp|founder|co-?founder|cofounder|director|head|chair|president|maintainer|owner|author|creator)$/iu;

/** A domain's ending right after a word: the word names a website ("GitLab.com"), not a person. */
const WEBSITE = /^\.(?:com|org|net|io|dev|app|co|cloud|ai|land|sh|gov|edu)\b/u;

/** "which lead to": the verb (often written for "led"), not a lead. */
const LEAD_TO = /^\s+to\b/u;

/**
 * "the trainee account", "admin credentials", "your personal one, rather than the admin one": a role word naming what an
 * account or a right is for, not a person.
 */
const ROLES_THING = /^[\s-]+(?:accounts?|users?|roles?|groups?|credentials?|tokens?|logins?|permissions?|access|keys?|profiles?|mailbox(?:es)?|privileges?|rights|pages?|consoles?|panels?|dashboards?|portals?|ui|interfaces?|screens?|views?|apis?|endpoints?|tools?|settings|menus?|docs|guides?|handbooks?|manuals?|runbooks?|channels?|rotas?|schedules?|ones?\b(?!\s+(?:day|night|morning|evening|afternoon|weekend|week|time)\b))\b/iu;

/** What a team word names when it is what belongs to the team: "the NOC queue", "the SRE dashboard". */
const TEAMS_THING = /^[\s-]+(?:cards?|interfaces?|ports?|planes?|modules?|networks?|queues?|inbox(?:es)?|mailbox(?:es)?|dashboards?|boards?|wiki|pages?|channels?|rotas?|schedules?|calendars?|tickets?|backlogs?|runbooks?|consoles?|accounts?|distribution\s+lists?|email\s+lists?)\b/iu;

/** Things of a person's that a possessive names, up to three words on: "the operator's claude.ai remote settings". */
const OWNED_SETTINGS = /^\s+(?:[\w.-]+\s+){0,3}?(?:settings|config|configuration|preferences|dotfiles|kubeconfig)\b/iu;

/** A part of a device a role word may name ("the UPS management card", "the admin interface"). */
const HARDWARE_PART = /^[\s-]+(?:cards?|interfaces?|ports?|modules?)\b/iu;

/** What "dev" names when it is an environment, not a developer: "the rogue dev container", "Dev workloads", "Dev/CI". */
const DEV_ENVIRONMENT = /^\s*\/\s*(?:ci|cd|staging|stage|test|prod|production|uat|preprod|local|sandbox)\b|^[\s-]+(?:containers?|workloads?|environments?|envs?|clusters?|namespaces?|servers?|branch(?:es)?|builds?|instances?|databases?|dbs?|sites?|stacks?|machines?|box(?:es)?|nodes?|pods?|deployments?|apps?|versions?|mode|setups?|data|traffic|jobs?|services?)\b/iu;

/** Whether a role word names a thing by what follows it ("which lead to", "the trainee account", "a dev container"). */
function namesAThing(role: string, next: string): boolean {
  return (role === 'lead' && LEAD_TO.test(next)) || (role === 'dev' && DEV_ENVIRONMENT.test(next)) || ROLES_THING.test(next);
}

/** How many words after an actor, and before it, count as what the actor did or what was said of them. */
const AFTER = 5;
const BEFORE = 4;

/**
 * The sentence as the model sees it: each word lower-cased, except people (PER), roles (ROLE), teams (TEAM), systems
 * (SYS), numbers (NUM) and quotation marks (Q), which stand for their class so that what is learned about "Ana
 * corrupted" holds for every name. Features are the words, word pairs, and the words near each actor.
 */
export function sentenceFeatures(text: string, people: PeopleIndex): SentenceFeatures {
  const { tokens, actor } = sentenceTokens(text, people);
  return { features: featuresOf(tokens, actor), actor };
}

/** The sentence's words as the model sees them, and the actor it names. */
function sentenceTokens(text: string, people: PeopleIndex): { tokens: string[]; actor: FramedActor | null } {
  const tokens: string[] = [];
  let actor: FramedActor | null = null;
  if (/^\s*\|/u.test(text)) tokens.push('<row>');
  if (/^\s*[-*+] /u.test(text)) tokens.push('<li>');
  if (/^\s*>/u.test(text)) tokens.push('<q>');
  let titled = false;
  let previous = '';
  // Words left in which a role word says what the reader is: "you are the only person with write access to your pods".
  let aboutReader = 0;
  // Whether the sentence has named who found the problem or who looked after it.
  let credited = false;
  // Whether the sentence has named someone refused something (REFUSED): a pronoun after stands for them.
  let refusedSomeone = false;
  for (const m of text.matchAll(TOKEN)) {
    let word = m[0];
    const possessive = /['’]s$/u.test(word);
    if (possessive) word = word.slice(0, -2);
    const lower = word.toLowerCase();
    const before = previous;
    previous = lower;
    // "Mr. Nakamura", "Dr Okafor": the title and the capitalised name after it are one person.
    const afterTitle = titled && /^\p{Lu}/u.test(word);
    titled = TITLES.has(lower);
    if (titled) continue;
    let token: string;
    // "GitLab.com", "deno.land": a website, even where the organisation signs the post as its author.
    if (WEBSITE.test(text.slice(m.index + m[0].length, m.index + m[0].length + 8)) || people.isSoftware(word)) token = 'SYS';
    else if (afterTitle || word.startsWith('@') || people.has(word) || isHonorificName(word) || (FIRST_NAME_SET.has(lower) && (/^\p{Lu}/u.test(word) || !WORD_NAMES.has(lower)))) token = 'PER';
    else if (/^[ap]m$/u.test(lower) && tokens.at(-1) === 'NUM') token = 'NUM';
    // "roll 'em over": "them", shortened, not an engineering manager.
    else if (lower === 'em' && /['’]/u.test(text[m.index - 1] ?? '')) token = 'them';
    // "The certificate manager", "a package manager": software that manages a kind of thing, not a manager.
    else if (isManagerOfThings(lower, before)) token = 'SYS';
    else if (roles.has(lower) && !namesAThing(lower, text.slice(m.index + m[0].length, m.index + m[0].length + 14))) token = 'ROLE';
    else if (teams.has(lower)) token = 'TEAM';
    else if (systems.has(lower)) token = 'SYS';
    else if (/^\p{N}/u.test(word)) token = 'NUM';
    else if (/^["“”]$/u.test(word)) token = 'Q';
    else token = lower;
    // The words around an actor word, read by the tests below: at most 60 characters before it and 40 after it.
    const actorWord = ACTOR_CLASS.test(token);
    const behind = actorWord ? text.slice(Math.max(0, m.index - 60), m.index) : '';
    const ahead = actorWord ? text.slice(m.index + m[0].length, m.index + m[0].length + 40) : '';
    // "the NOC queue", "the SRE dashboard", "the UPS management card": a team or role word naming what belongs to it is not
    // who acted.
    const owned = token === 'TEAM' ? TEAMS_THING : token === 'ROLE' ? HARDWARE_PART : null;
    // "the operator's claude.ai remote settings": what a role's possessive owns, when it is a thing of theirs, is the subject.
    const ownsSettings = possessive && token === 'ROLE' && OWNED_SETTINGS.test(ahead);
    const namesWhatItOwns = (owned !== null && owned.test(ahead.slice(0, 14))) || ownsSettings;
    // A first name written in lower case ("with that said", "an amber alert") is the word, not someone who acted; the
    // model's features keep the token it was trained with.
    const wordNotName = token === 'PER' && /^\p{Ll}/u.test(word) && !people.has(word);
    const describesReader = aboutReader > 0 && token === 'ROLE';
    // "They could of course be the same person": who may hold two roles; "made the operator look in the wrong place": who
    // was made to act; "would not give our engineer the logs": who was refused something; "he is not a manager":
    // a role someone does not hold; "If …, the owner must ensure …": whoever holds a role in a rule; "the team was not told
    // …": who was not told. None of them is the one who acted.
    const refused = actorWord && REFUSED.test(behind);
    const notTheAgent = actorWord && (refused || (refusedSomeone && PRONOUNS.has(lower)) || (token === 'ROLE' && NOT_IN_ROLE.test(behind)) || NOT_TOLD_AFTER.test(ahead) || SAME_ONE.test(behind) || MADE_TO_ACT.test(behind) || NAMED_BY_A_THING.test(behind) || (token === 'ROLE' && CONDITION_FIRST.test(text) && RULE_FOR_ROLE.test(ahead)));
    // "the Postgres team treats corruption bugs seriously", "deleted by the NPM team": a named product's team is another
    // organisation's.
    const othersTeam = token === 'TEAM' && before !== undefined && products.has(before);
    // "closely monitored by the entire operations team", "triaged by two engineers": the agent of care, not of a fault; and
    // "let the European team go to bed": who was given rest; "our SRE kept tabs on everything": who kept watch; "the team
    // has been deploying an improvement", "a team member wrote the fix": who improves things (the fix may come a few
    // words after a name, so REPAIRED reads further than `ahead`).
    const agentOfCare = actorWord && ((CARE_BY.test(behind) && !CARE_WITHOUT.test(ahead)) || (RESTED_BEFORE.test(behind) && RESTED_AFTER.test(ahead.slice(0, 30))) || KEPT_WATCH.test(ahead.slice(0, 30)) || IMPROVING.test(ahead) || REPAIRED.test(text.slice(m.index + m[0].length, m.index + m[0].length + 80)));
    // "Marco noticed that the method sent him an email", "Notification from security team": the one who found it, and the
    // pronouns for them after; and
    // "investigated by Matt Hauff of the Chia Network team": the team the credited person is of.
    const finder: boolean = actorWord && (FOUND_IT.test(ahead) || NOTICE_FROM.test(behind) || (credited && (PRONOUNS.has(lower) || (token === 'TEAM' && OF_THE_TEAM.test(behind)))));
    credited ||= finder || agentOfCare;
    refusedSomeone ||= refused;
    aboutReader = lower === 'you’re' || lower === "you're" || ((lower === 'are' || lower === 'were') && before === 'you') ? 4 : aboutReader - 1;
    if (actorWord && !namesWhatItOwns && !wordNotName && !describesReader && !notTheAgent && !agentOfCare && !finder && !othersTeam && (actor === null || actor.generic)) {
    const generic = token === 'ROLE' && (GENERIC.has(lower) || (lower.endsWith('s') && !singularRoles.has(lower)));
      if (actor === null || !generic) actor = { start: m.index, end: m.index + m[0].length, text: m[0], generic };
    }
    tokens.push(possessive ? `${token}'s` : token);
  }
  return { tokens, actor: actor !== null && (isIntroduction(text) || inByline(text, actor) || THANKS_GIVEN.test(text.slice(actor.end, actor.end + 80))) ? null : actor };
}

/**
 * Whether a word of the sentence could stand for a person, role or team: what `sentenceTokens` reads as an actor, less
 * the tests that rule one out. Nine sentences in ten name no one, and this spares the model reading them word by word.
 */
function mayNameSomeone(text: string, people: PeopleIndex): boolean {
  for (const m of text.matchAll(TOKEN)) {
    const word = m[0].endsWith("'s") || m[0].endsWith('’s') ? m[0].slice(0, -2) : m[0];
    const lower = word.toLowerCase();
    if (ACTOR_WORDS.has(lower) || word.startsWith('@') || people.has(word) || isHonorificName(word)) return true;
  }
  return false;
}

/** The words, word pairs and words near each actor of a sentence's tokens. */
function featuresOf(tokens: readonly string[], actor: FramedActor | null): string[] {
  const features = new Set<string>(['bias']);
  for (let i = 0; i < tokens.length; i++) {
    features.add(`u:${tokens[i]}`);
    if (i + 1 < tokens.length) features.add(`b:${tokens[i]} ${tokens[i + 1]}`);
    if (!ACTOR_CLASS.test(tokens[i])) continue;
    for (let j = i + 1; j < Math.min(tokens.length, i + 1 + AFTER); j++) if (!ACTOR_CLASS.test(tokens[j])) features.add(`A>${tokens[j]}`);
    for (let j = Math.max(0, i - BEFORE); j < i; j++) features.add(`${tokens[j]}>A`);
  }
  features.add(actor === null ? 'no:actor' : 'has:actor');
  return [...features];
}

/** Why a sentence the model reports blames: the whole sentence, not one phrase, carries it. */
export const FRAME_NOTE = 'The sentence as a whole presents this person or team as the cause; say what happened and what allowed it, with the system as the subject.';

/** The model's probability that the sentence frames its actor as the fault. */
export function frameProbability(model: LoadedFrameModel, features: readonly string[]): number {
  let z = 0;
  for (const feature of features) z += model.weights[featureHash(feature) & model.mask];
  return 1 / (1 + Math.exp(-z * model.scale));
}

/** The actor a sentence frames as the fault, or null: only sentences that name a person, role or team are judged. */
export function framedActor(model: LoadedFrameModel, text: string, people: PeopleIndex): FramedActor | null {
  if (!mayNameSomeone(text, people)) return null;
  const { tokens, actor } = sentenceTokens(text, people);
  if (actor === null) return null;
  const threshold = actor.generic ? Math.max(model.threshold, GENERIC_THRESHOLD) : model.threshold;
  return frameProbability(model, featuresOf(tokens, actor)) > threshold ? actor : null;
}
