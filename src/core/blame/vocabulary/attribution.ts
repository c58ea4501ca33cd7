// Blame attribution: a person or team named as the cause ("John forgot to test the upgrade", "the DBA team is to blame").
import type { BlameEntry } from '../types';

/** Words for a view the post reports others holding: "frustration that …", "complaints that …". */
const REPORTED_VIEW = String.raw`(?:frustration|complaints?|criticism|perception|impression|accusations?|claims?|feeling|sentiment)`;
import { ACTION_PAST, ANYONE, CHANGE_NOUN, DET, DILIGENCE, DILIGENCE_ING, DILIGENCE_PAST, NOT_OUTCOME, OUTCOME, PEOPLE, PEOPLE_OR_NAMES, PLANNED_WORK, SAFEGUARD, SIGNAL, SYSTEM_EXPLANATION } from './fragments';

/** A fix or a find come upon by luck ("We worked around the root cause by accident", "we accidentally found the cause"): no one's fault. */
const NOT_A_LUCKY_FIND = String.raw`(?!(?:found|discovered|fixed|solved|resolved|worked\s+around|stumbled|noticed|uncovered|figured|caught|spotted|learned|learnt)\b)`;

/** Praise of the same person right after "X that triggered the incident": "… was quick to identify it", "… reported it". */
const PRAISED_AFTER = String.raw`(?!\s+(?:(?:was|were)\s+(?:also\s+)?(?:quick|the\s+first|first|fast|prompt|swift)\s+to|(?:also\s+)?(?:noticed|spotted|flagged|raised|reported|caught|identified|declared|escalated|fixed|reverted|rolled\s+back|repaired|restored)\b))`;

/** Who a duty can be pushed onto: "the user", "each employee", "our customers". */
const EACH = String.raw`(?:the|each|every|our|individual|all)(?:\s+individual)?`;
/** The people a service serves, outside the team: "the claimant", "advertisers", "our merchants". */
const SERVED = String.raw`(?:donors?|supporters?|researchers?|faculty|scientists?|borrowers?|cardholders?|policyholders?|account\s+holders?|viewers?|residents?|visitors?|consumers?|beneficiaries|beneficiary|investors?|carriers?|shipping\s+lines?|airlines?|suppliers?|businesses|filers?|seniors|pensioners?|retirees?|recipients?|parents?|families|guardians?|teachers?|principals?|front\s+offices?|hauliers?|forwarders?|brokers?|shippers?|consignees?|passengers?|travell?ers?|clients?|claimants?|taxpayers?|citizens?|applicants?|merchants?|sellers?|buyers?|shoppers?|advertisers?|publishers?|partners?|tenants?|subscribers?|members?|patients?|students?|agencies|agency|integrators?|callers?|employers?|players?|drivers?|riders?|guests?|dealers?|dealerships?|stations?|broadcasters?|affiliates?|resellers?|franchisees?|distributors?|listeners?|artists?|creators?|musicians?)`;
/** The people served, users and customers among them. */
const SERVED_PEOPLE = String.raw`(?:users?|customers?|${SERVED})`;
const DUTY_BEARER = String.raw`(?:users?|customers?|volunteers?|employees?|clinicians?|nurses?|doctors?|physicians?|pharmacists?|wards?|clinics?|practices?|operators?|engineers?|developers?|admins?|administrators?|staff|reviewers?|on-?call(?:\s+engineers?)?|humans?|people|person\s+on\s+call|${SERVED})`;
/** Vigilance as a duty: being careful, noticing, checking. */
const VIGILANCE = String.raw`(?:be\s+(?:more\s+)?(?:vigilant|careful|alert|aware|cautious|on\s+(?:guard|the\s+lookout))|notice|spot|catch|check|double-check|verify|make\s+sure|ensure|confirm|read\s+(?:the|our)|remember|pay\s+(?:more\s+)?attention|stay\s+safe|watch\s+(?:out|for)|avoid|detect|recogni[sz]e|validate|review|keep\s+(?:their|its|his|her)\s+[\w-]+(?:\s+[\w-]+)?\s+(?:current|up\s+to\s+date|updated))\b`;

export const ATTRIBUTION: readonly BlameEntry[] = [
  {
    id: 'to-blame',
    category: 'blame-attribution',
    pattern: String.raw`{S}(?:\s+(?:is|was|are|were))?\s+(?:(?:partly|partially|solely|entirely|largely|mostly|completely|also|clearly|squarely)\s+)?to\s+blame\b`,
    actors: PEOPLE_OR_NAMES,
    notPrecededBy: String.raw`\b(?:git|svn|hg)\s+$`,
    note: 'Saying a person or team is to blame makes the postmortem about who, not what; it discourages candour next time.',
    examples: ['The DBA team is to blame for the outage.', "Honestly, Priya's to blame here."],
  },
  {
    id: 'blame-lies-with',
    category: 'blame-attribution',
    pattern: [
      String.raw`\b(?:blame|fault)\s+(?:here\s+|for\s+(?:\S+\s+){1,4}?)?(?:lies|lay|rests|rested|falls|fell|belongs|goes|went|is|was|sits|sat)\s+(?:(?:squarely|solely|entirely|partly|firmly)\s+)?(?:with|on|to)\s+{O}`,
      String.raw`\bresponsibility\s+for\s+(?:the|this|that|our|today['’]s)\s+(?:[\w-]+\s+)?${OUTCOME}\s+(?:lies|lay|rests|rested|falls|fell|belongs|goes|went|is|was)\s+(?:(?:squarely|solely|entirely|partly|firmly)\s+)?(?:with|on|to)\s+{O}`,
      String.raw`\bcourtesy\s+of\s+{P}|\b(?:the\s+)?(?:[\w-]+\s+)?(?:outage|incident|failure|breakage|mess|downtime)\s+(?:is|was)\s+(?:all\s+)?(?:his|hers|theirs)\s*[.!]*$`,
      String.raw`\bexpect(?:ed)?\s+(?:much\s+)?(?:better|more)\s+(?:from|of)\s+{O}`,
      String.raw`\bclean(?:ing|ed|s)?\s+up\s+after\s+{O}`,
      String.raw`\b(?:unacceptable|inexcusable|unforgivable|embarrassing|shameful)\s+(?:that|for|of)\s+{O}|\b(?:unacceptable|inexcusable|unforgivable)\s+lapse\b`,
      // "… and his bad advice is what took the primary datastore offline".
      String.raw`{P}\s+(?:bad|wrong|poor|faulty|terrible|misguided)\s+(?:advice|guidance|call|instructions?|decision)\s+(?:is\s+what|was\s+what|caused|took|led\s+to|broke|brought)\b`,
      // "Ops team finally bothers to look at the ticket", "Someone … silenced the alert rather than escalating it".
      String.raw`{S}{ADV}\s+finally\s+(?:bothers?|bothered|deigns?|deigned)\s+to\b|{S}{ADV}\s+\p{L}+ed\b[^.;]{0,60}?\brather\s+than\s+(?:escalating|paging|calling|rolling\s+back|reverting|checking|following)\b`,
      // "great job by whoever decided 5 connections was plenty for prod": praise for a decision, as sarcasm.
      String.raw`\b(?:great|nice|good|fantastic|brilliant|stellar)\s+(?:job|work|call|thinking)\s*,?\s+(?:by|from)\s+whoever\s+(?:decided|thought|figured|chose|assumed)\b`,
      String.raw`\bthanks\s+to\s+{O}\s*,?\s+(?:we|the\s+\w+|customers|users|everyone)\s+(?:lost|had\s+to|spent|were\s+down|was\s+down|missed|suffered|broke)\b`,
      // "Thanks to Priyanka's change to the retry settings, the payment service hammered the database."
      String.raw`^\W*thanks\s+to\s+{P}\s+(?:[\w-]+\s+)?(?:change|push|deploy|config|migration|update|typo|mistake|query|script|commit|release|tweak)\b[^,;.]{0,60},\s+[^.;]{0,60}?\b(?:hammered|overloaded|broke|crashed|failed|went\s+down|(?:was|were)\s+down|stopped|lost|corrupted|flooded|timed\s+out)\b`,
      String.raw`\b(?:this|that|the|it)\s+(?:whole\s+|entire\s+)?(?:mess|outage|incident|failure|screw-?up)\s+(?:is|was)\s+(?:all\s+|entirely\s+|squarely\s+|completely\s+|totally\s+|fully\s+|100\s*%\s+)?on\s+{O}`,
      String.raw`\b(?:lies|lay|rests|rested|is|was|falls|fell)\s+(?:squarely\s+|firmly\s+)?at\s+the\s+(?:feet|door|doorstep)\s+of\s+{O}`,
      // "What went wrong was the facilities technician", "the thing that failed was Ana".
      String.raw`\b(?:what|the\s+(?:thing|part|one\s+thing))\s+(?:that\s+)?(?:went\s+wrong|failed|broke|let\s+us\s+down)\s+(?:here\s+)?(?:was|is)\s+{O}(?=\s*[.!;]|\s*$)`,
      // "This was not a tooling gap; Sven knew the procedure", "not a tooling issue; it was Furkan".
      String.raw`\b(?:this|it|that)\s+was\s+not\s+(?:a|an)\s+(?:tooling|process|system|systems|technical|platform|infrastructure|code|software|monitoring)\s+(?:gap|issue|problem|failure|fault|bug)\s*[;:,—–-]+\s*(?:it\s+was\s+)?{O}`,
      // "The outcome is on them", "it did exactly what Callum told it to do".
      String.raw`\b(?:the\s+)?(?:outcome|result|consequences?|fallout|damage|rest)\s+(?:is|are|was|were)\s+(?:all\s+)?on\s+(?:them|him|her)\b`,
      String.raw`\b(?:did|does|was\s+doing)\s+exactly\s+what\s+{O}\s+(?:told|asked|configured|instructed|set\s+up)\s+it\b`,
      // "The late delivery is on them, not on the routing service", "that is not a bug, that is them", "Root cause: Hương".
      String.raw`\bis\s+on\s+(?:them|him|her)\s*,\s*not\s+(?:on\s+)?(?:the|our|us|any)\b`,
      String.raw`\b(?:that|this|it)(?:['’]s|\s+is|\s+was)\s+(?:them|him|her)\s*[.!]*$`,
      String.raw`\b(?:root\s+cause|cause|culprit|trigger)\s*[:—–]\s*{O}(?=\s*(?:\(|[.;!]|$))`,
      // "We lost 3,000 orders because one person could not wait until Monday".
      String.raw`\bbecause\s+(?:one|a\s+single|some|a\s+certain)\s+(?:person|engineer|developer|individual|colleague)\s+(?:could\s*n['’]?t|could\s+not|would\s*n['’]?t|would\s+not|did\s*n['’]?t|did\s+not|refused\s+to|had\s+to|decided\s+to)\b`,
      // "Areum was in charge of the event calendar, so the overlapping events are on her".
      String.raw`\b(?:so|therefore|which\s+means)\s+(?:the\s+)?(?:[\w-]+\s+){0,4}?(?:is|are|was|were)\s+on\s+(?:her|him|them)\s*[.!]*$`,
      // "Responsibility for the lost marks lies squarely with the module leader": only said with squarely, solely, ….
      String.raw`\bresponsibility\s+for\s+[^.;]{1,50}?\s+(?:lies|lay|rests|rested|falls|fell|sits|sat)\s+(?:squarely|solely|entirely|firmly|wholly|fully)\s+(?:with|on)\s+{O}`,
      // "The backup failure can be attributed to Hannah, who disabled the job".
      String.raw`\b(?:can|could|must|should|is|was|may)\s+(?:be\s+)?(?:(?:directly|largely|wholly|entirely|mainly|partly)\s+)?(?:attributed|attributable|ascribed|traced)\s+to\s+{O}\s*(?:,\s*who\b|[.;]|$)`,
      // "The responsibility for the 6-hour delay of the billing run rests with the data engineering team."
      String.raw`\bresponsibility\s+for\s+(?:the|this|that)\s+(?:[\w-]+\s+){0,3}?(?:delay|outage|failure|incident|loss|breach|downtime|disruption|errors?|mistakes?)\b[^.;]{0,40}?\s+(?:lies|lay|rests|rested|falls|fell)\s+(?:with|on)\s+{O}`,
      // "We found the culprit: it was the new guy on the help desk, Deshawn."
      String.raw`\b(?:found|identified|caught|have)\s+(?:the|our)\s+culprit\s*[:—–,]\s*(?:it\s+was\s+|it['’]s\s+)?{O}`,
    ],
    actors: PEOPLE_OR_NAMES,
    negatable: true,
    note: 'Placing blame on a person or team makes the postmortem about who, not what.',
    examples: ['The blame lies squarely with the release team.', 'Fault for the outage rests with Marcus.', 'This whole mess is on the platform team.'],
  },
  {
    id: 'blamed',
    category: 'blame-attribution',
    pattern: [
      String.raw`\bblam(?:e|ed|es|ing)\s+{O}\s+for\b`,
      String.raw`{S}{ADV}\s+(?:blamed|blames|is\s+blaming|are\s+blaming|were\s+blaming)\s+(?:the|a|an|our|their|his|her|@|\p{Lu})`,
      String.raw`{S}{ADV}\s+(?:was|were|is|are|got|gets|has\s+been|have\s+been)\s+(?:(?:partly|largely|rightly|widely)\s+)?blamed\b`,
      String.raw`{S}{ADV}\s+(?:gets|got|takes|took|deserves|deserved|shares|shared|bears|bore)\s+(?:(?:the|some|most|all|much)\s+(?:of\s+the\s+)?)?blame\b`,
    ],
    actors: PEOPLE_OR_NAMES,
    negatable: true,
    notPrecededBy: String.raw`\b(?:git|svn|hg)\s+$`,
    // Blame someone else laid, told to be set right: "Customers blamed the courier for the missing parcels, but our
    // service had printed the labels with the wrong depot code."
    notFollowedBy: String.raw`[^.;]{0,120}?,\s*but\s+(?:in\s+fact\s+|actually\s+|in\s+reality\s+|really\s+)?(?:our|the|its|it)\s+(?:[\w-]+\s+){0,3}?(?:had|was|were|did|turned\s+out)\b`,
    note: 'Blaming a person or team for an outage makes people hide details next time.',
    examples: ['Management blamed the network team for the outage.', 'Sarah got the blame for the expired certificate.'],
  },
  {
    id: 'on-person',
    category: 'blame-attribution',
    pattern: String.raw`\b(?:this|that|it)\s+(?:one\s+)?(?:is|was)\s+(?:all\s+|entirely\s+|squarely\s+|totally\s+)?on\s+{O}(?=\s*(?:[.,;:!?)]|$|\s+(?:and|but|alone|though|again)\b))`,
    actors: PEOPLE,
    note: '"This one is on <person>" assigns the outage to a person instead of to the conditions that allowed it.',
    examples: ['This is on @jsmith.'],
  },
  {
    id: 'it-was-them-who',
    category: 'blame-attribution',
    pattern: String.raw`\bit\s+(?:was|is)\s+{O}(?:\s*,\s*not\s+[^,]{1,40},)?\s+(?:who|that)\s+(?:deleted|dropped|broke|caused|forgot|pushed|merged|deployed|removed|wiped|misconfigured|disabled|skipped|ignored|missed|approved|introduced|changed|ran|made\s+the|took\s+down|left|turned\s+off|switched\s+off|muted|silenced|edited|rotated|flipped|modified|tweaked|touched|signed\s+off|rolled\s+out|dropped|pressed|clicked|hit|typed|executed|applied|triggered)\b`,
    actors: PEOPLE,
    note: '"It was <person> who…" singles out a culprit; describe the action and what allowed it.',
    examples: ['It was Wen Li who deleted the production bucket.'],
  },
  {
    id: 'passive-by-person',
    category: 'blame-attribution',
    pattern: [
      String.raw`\b(?:was|were|got|had\s+been|has\s+been|have\s+been)\s+(?:(?:accidentally|mistakenly|carelessly|completely|simply|repeatedly|wrongly|incorrectly)\s+)?(?:broken|missed|ignored|overlooked|forgotten|botched|skipped|bypassed|mishandled|misconfigured|misread|wiped|deleted|dropped|removed|disabled)\s+by\s+{O}`,
      // Timeline cells drop the verb: "Pager ignored by @dbrennan for the third time".
      String.raw`\b(?:pages?|pager|alerts?|warnings?|pings?|messages?|escalations?|tickets?)\s+(?:(?:again|repeatedly|once\s+more)\s+)?(?:ignored|missed|dismissed|snoozed|overlooked)\s+by\s+{O}`,
    ],
    actors: PEOPLE,
    notFollowedBy: SYSTEM_EXPLANATION,
    note: 'A passive sentence that still ends "by <person>" names a culprit; describe what allowed the action.',
    examples: ['The alert was ignored by the on-call engineer for over an hour.', 'The config was accidentally wiped by an engineer during cleanup.'],
  },
  {
    id: 'persons-fault',
    category: 'blame-attribution',
    pattern: [
      String.raw`{P}\s+(?:own\s+)?(?:fault|doing)\b`,
      String.raw`\bfault\s+of\s+{O}`,
      String.raw`{S}{ADV}\s+(?:is|was|are|were)\s+(?:(?:partly|partially|solely|entirely|largely|clearly|also)\s+)?at\s+fault\b`,
    ],
    actors: PEOPLE_OR_NAMES,
    negatable: true,
    note: 'Saying it was someone\'s fault assigns blame to a person instead of explaining how the failure was possible.',
    examples: ["It was Mike's fault.", 'The on-call engineer was at fault.', 'This is entirely the fault of the QA team.', "The outage was Theo's doing."],
  },
  {
    id: 'responsible-for-outage',
    category: 'blame-attribution',
    pattern: String.raw`{S}{ADV}\s+(?:is|was|are|were)\s+(?:(?:solely|directly|entirely|personally|partly|ultimately|fully)\s+)?responsible\s+for\s+(?:causing\s+|creating\s+|introducing\s+)?(?:the|this|that|an?|our|today['’]s|yesterday['’]s)\s+(?:(?:[\w-]+\s+)?${OUTCOME}\b|loss\s+of\b|(?:mis\w+|broken|failed|failing|lost|corrupted|bad|wrong|incorrect|leaked|expired|deleted|dropped|botched)\s+\w+)`,
    actors: PEOPLE_OR_NAMES,
    notFollowedBy: NOT_OUTCOME,
    note: 'Naming the person responsible for an outage turns the review into a search for culprits.',
    examples: ['The networking team is responsible for this outage.', 'Omar was directly responsible for the data loss.'],
  },
  {
    id: 'caused-the-outage',
    category: 'blame-attribution',
    pattern: [
      String.raw`{S}{ADV}\s+(?:caused|triggered|started|created)\s+(?:the|this|that|an?|our|today['’]s)\s+(?:[\w-]+\s+)?${OUTCOME}\b${PRAISED_AFTER}`,
      // Not when what follows praises the same person: "The engineer that triggered the incident was quick to identify the
      // situation ahead of the alerts."
      String.raw`{S}\s*\(?\s*(?:who|that)\s+(?:caused|broke|started|triggered|took\s+down)\s+(?:this|it|that|everything|prod|production|the\s+(?:[\w-]+\s+)?${OUTCOME})${PRAISED_AFTER}`,
    ],
    actors: PEOPLE,
    notFollowedBy: NOT_OUTCOME,
    note: 'Saying a person caused the outage stops at the person; ask what made their action able to cause it.',
    examples: ['Kevin caused the outage when he resized the volume.', 'The intern caused this incident.', '| Owner | @yli (who caused this) |'],
  },
  {
    id: 'caused-by-person',
    category: 'blame-attribution',
    pattern: [
      // Not what opened the incident's own record: "Incident created by Kenji via /rootly new", "channel started by …".
      String.raw`\b(?:caused|triggered|introduced)\s+by\s+{O}|(?<!\b(?:incident|ticket|channel|issue|page|doc|document|report|postmortem|retrospective|room|bridge|call|meeting|thread|war\s+room)\s+)\b(?:started|created)\s+by\s+{O}`,
      // "The duplicate payments are attributable to Arjun, who re-submitted the batch."
      String.raw`\b(?:are|is|was|were)\s+(?:directly\s+|entirely\s+|wholly\s+|solely\s+|largely\s+)?attributable\s+to\s+{O}`,
      // "Responsible for the rollback delay: Amandine, who kept the only copy on her laptop."
      String.raw`^\W*responsible\s+for\s+[^:.;]{1,50}:\s*{O}`,
      // "Due to them being tied up in the backlog": a plural pronoun before a gerund names the things just mentioned.
      String.raw`\b(?:because\s+of|due\s+to|on\s+account\s+of|(?:the\s+)?(?:direct\s+)?result\s+of)\s+(?!them\s+\p{L}+ing\b){O}`,
      // "The issue is that they should not have been able to …": a clause follows, judged by its own words.
      String.raw`\b(?:root\s+)?(?:cause|problem|issue)\s+(?:is|was)\s+(?:simply\s+)?(?!that\s){O}`,
      // Only a short noun phrase ("Root cause: the DBA team."): a clause after the colon ("Root cause: Lena deployed
      // version 4.2.1 to all regions.") is judged by its own words.
      String.raw`\b(?:root\s+)?cause\s*:\s*(?=(?:\S+\s+){0,2}[^\s.;,)]+(?:\s*[.;,)]|\s*$)){O}(?=\s*(?:[.;,)]|$))`,
      String.raw`\bwho\s+(?:broke|caused|deleted|did|started)\s+(?:it|this|that)\s*[:?]\s*{O}`,
      String.raw`\b(?:because|since|after)\s+{S}\s+had\s+(?:already\s+)?(?:deleted|removed|wiped|dropped|disabled|turned\s+off|overwritten|overwrote|modified|broken|misconfigured|forgotten|skipped|ignored)\b`,
      String.raw`\b(?:comes?|came|boils?|boiled|(?:is|was|were|are)\s+(?:entirely\s+|all\s+|largely\s+)?)\s*down\s+to\s+{O}`,
      // "D8: the team is thanked, with the exception of Tomáš, whose change caused all of this".
      String.raw`{O}\s*,\s+whose\s+(?:[\w-]+\s+)?${CHANGE_NOUN}\s+(?:caused|broke|triggered|started|took\s+down|brought\s+down)\b`,
      String.raw`{S}{ADV}\s+(?:is|was|are|were)\s+(?:the\s+)?(?:(?:main|real|only|whole|sole|root|primary)\s+)?(?:reason|cause|why)\b`,
      // "The outage was the handiwork of the security department", "asked who is responsible; the answer is the OT desk".
      String.raw`\b(?:the\s+)?handiwork\s+of\s+{O}|\bwho\s+(?:is|was)\s+(?:responsible|to\s+blame|at\s+fault)\s*[;:,—–]\s*the\s+answer\s+(?:is|was)\s+{O}`,
      // "Dr. Fein asked who was responsible, and the answer is Nathan", "traces back to one place, and that place is Tomasz",
      // "ask anyone who was behind the change and you will hear the same name: Beth".
      String.raw`\bwho\s+(?:was|is)\s+(?:responsible|to\s+blame|at\s+fault|behind\s+(?:it|this|the\s+[\w-]+(?:\s+[\w-]+)?))\s*,\s+and\s+the\s+answer\s+(?:is|was)\s+{O}`,
      String.raw`\bback\s+to\s+one\s+(?:place|person|thing)\s*,\s+and\s+that\s+(?:place|person|thing)\s+is\s+{O}`,
      String.raw`\bthe\s+same\s+name\s*:\s*{O}`,
    ],
    actors: PEOPLE,
    // "were only spotted by deployment failures (but not caused by them)": a cause denied.
    notPrecededBy: String.raw`\b(?:not|never|n't)\s+(?:\w+ly\s+)?$`,
    // "Due to people taking time to upgrade": people at large (users, the public) are not a culprit.
    individual: true,
    note: 'Attributing the cause to a person hides the conditions that made the action harmful.',
    examples: ['The outage was caused by an engineer running the wrong script.', 'The rollout stalled because of the DBA team.', 'Rosa is the reason the site went down.'],
  },
  {
    id: 'persons-mistake',
    category: 'blame-attribution',
    pattern: [
      String.raw`{P}\s+(?:(?:own|careless|stupid|silly|big|huge|fatal|costly|obvious|simple|honest|little|small|initial)\s+)?(?:mistakes?|errors?|blunders?|negligence|carelessness|oversights?|screw-?ups?|slip-?ups?|fumbles?|typos?|lapses?|failures?|misjudge?ments?|mishandling|inaction|indifference|apathy|inattention|incompetence|laziness|sloppiness|recklessness)\b`,
      String.raw`\bon\s+{P}\s+part\b`,
      String.raw`{P}\s+(?:commit|change|pr|deploy|deployment|push|merge|config|script|query|migration|patch|hotfix|release|rollout|command|typo)\s+(?:broke|caused|took\s+down|deleted|corrupted|crashed|wiped|triggered|brought\s+down|knocked\s+out)\b`,
      String.raw`\b(?:mistake|error|fault|blame|screw-?up|blunder|oversight)\s+(?:was|is)\s+(?:entirely\s+|all\s+|solely\s+|clearly\s+)?{P}(?=\s*(?:[.;,!):]|$))`,
      String.raw`\b(?:failure|mistake|error|problem|fault|issue|blame)\s+(?:was|is|lies|lay)\s+(?:\w+\s+)?on\s+{P}\s+(?:side|end)\b`,
      String.raw`{P}\s+lack\s+of\s+(?:experience|knowledge|understanding|care|attention|judge?ment|skills?|competence|diligence|rigou?r|awareness|focus|discipline|ownership|accountability|urgency|follow-?through|preparation|professionalism)\b`,
      String.raw`{P}\s+(?:refusal|reluctance|unwillingness)\s+to\b`,
      String.raw`{P}\s+(?:inability|failure)\s+to\s+(?:follow|read|understand|communicate|listen|take\s+feedback)\b`,
      String.raw`{P}\s+(?:arrogance|ego|attitude\s+problem)\b`,
      String.raw`{P}\s+(?:attitude|behaviou?r|temperament)\b(?=[^.;]{0,50}\b(?:problem|issue|caused|led\s+to|is\s+why|was\s+why|unacceptable|toxic|made\s+(?:it|things)\s+worse))`,
      // "The behaviour of the front-end team, who deployed on a Friday evening against advice, was unacceptable."
      String.raw`\b(?:attitude|behaviou?r|conduct)\s+of\s+{O}(?=[^.;]{0,80}\b(?:was|is|were|are)\s+(?:(?:simply|frankly|completely|totally)\s+)?(?:unacceptable|inexcusable|unprofessional|toxic|the\s+(?:problem|issue|cause)))`,
      String.raw`{P}\s+(?:decision|choice|call|refusal|reluctance|inability|unwillingness)\s+to\s+(?:skip|ignore|bypass|disable|not|override|rush|delete|remove|drop|deploy\s+(?:anyway|on\s+a\s+friday)|push\s+(?:straight|directly))\b`,
      String.raw`{P}\s+(?:bad|broken|botched|rushed|sloppy|shoddy|careless|faulty|buggy|untested|reckless|hasty|poor|wrong|dodgy|half-baked)\s+(?:[\w-]+\s+)?(?:deploy|deployment|change|commit|config|configuration|merge|push|release|migration|decision|call|code|fix|hotfix|patch|pr|script|query|command|rollout|rollback|upgrade|judge?ment|planning|work|response|handling|review|cleanup|restart|failover)s?\b`,
      // "An unauthorized change made by a member of the credit team", "Maya's unannounced reboot of the head node".
      String.raw`\b(?:unauthori[sz]ed|unapproved|unannounced|undocumented|unreviewed|untested|unsanctioned|out-of-process)\s+(?:[\w-]+\s+){0,2}?(?:changes?|deploys?|deployments?|edits?|reboots?|restarts?|commits?|pushes|releases?|migrations?|actions?|scripts?|queries|query|modifications?|updates?)\s+(?:(?:was|were)\s+)?(?:made\s+|performed\s+|run\s+|done\s+|pushed\s+|carried\s+out\s+)?by\s+{O}`,
      String.raw`{P}\s+(?:unauthori[sz]ed|unapproved|unannounced|undocumented|unreviewed|untested|unsanctioned|out-of-process)\s+(?:[\w-]+\s+){0,2}?(?:changes?|deploys?|deployments?|edits?|reboots?|restarts?|commits?|pushes|releases?|migrations?|actions?|scripts?|queries|query|modifications?|updates?)\b`,
    ],
    actors: PEOPLE_OR_NAMES,
    negatable: true,
    notFollowedBy: String.raw`\s+(?:rate|rates|message|messages|code|codes|budget|log|logs|handling|page|pages|count|spike|response|responses|output|reporting|tracking|mode|domain|threshold|modes|injection|tolerance)\b`,
    notPrecededBy: String.raw`\b(?:report(?:ing|s)?|admit(?:ting|s)?|learn(?:ing|s)?\s+from|own(?:ing)?\s+up\s+to|shar(?:e|es|ing)|discuss(?:ing|es)?)\s+$`,
    note: 'Pinning the mistake on a named person or team invites blame rather than a look at the system.',
    examples: ["- @hnguyen's bad deploy at 09:10", 'The engineer stopped the command after noticing their mistake.', "Sam's typo in the config took down checkout.", 'This was an oversight on the DBA team’s part.'],
  },
  {
    id: 'mistake-by',
    category: 'blame-attribution',
    pattern: [
      // "Errors from Cloudinary" are what a service returned, not a person's mistakes; "failures for people who were booted
      // off" are what people met.
      String.raw`\b(?:mistakes?|errors?|blunders?|oversights?|lapses?|slip-?ups?|typos?|misreadings?|misjudge?ments?|missteps?|mix-?ups?|fumbles?|failures?|inaction|negligence|carelessness|refusal|inability|unwillingness)\s+(?:(?:was|were)\s+)?(?:made\s+)?(?:by|from(?<!\berrors?\s+from)|of|for(?<!\b(?:errors?|failures?)\s+for)|on\s+the\s+part\s+of)\s+{O}`,
      String.raw`\b(?:poor|bad|wrong|questionable|reckless|careless|hasty)\s+(?:decisions?|choices?|calls?|judge?ments?|work|planning|execution)\s+(?:(?:was|were)\s+)?(?:made\s+)?(?:by|from|of|on\s+the\s+part\s+of)\s+{O}`,
      String.raw`\b(?:insufficient|inadequate|poor|bad|sloppy|careless|incomplete|late|slow|lack\s+of|no|missing|negligent)\s+(?:testing|communication|review|reviewing|planning|monitoring|oversight|coordination|attention|documentation|escalation|response|handover|handoff|follow-?up|verification|validation|diligence)\s+(?:by|from|of|on\s+the\s+part\s+of)\s+{O}`,
    ],
    actors: PEOPLE_OR_NAMES,
    negatable: true,
    note: 'Attributing a mistake to a person makes the finding about them instead of the conditions around the mistake.',
    examples: ['A typo by the on-call engineer removed the route.', 'It was an oversight on the part of the release team.'],
  },
  {
    id: 'duty-on-people',
    category: 'blame-attribution',
    pattern: [
      String.raw`\b(?:up\s+to|on|the\s+(?:responsibility|job|duty)\s+of)\s+${EACH}\s+(?:[\w-]+['’]s\s+)?${DUTY_BEARER}\s+to\s+${VIGILANCE}`,
      String.raw`\b(?:ultimately|squarely|entirely|solely)\s+(?:on|up\s+to|with|the\s+responsibility\s+of)\s+${EACH}\s+${DUTY_BEARER}\b`,
      // "Ultimately it is on the customer to keep the app updated", "It's on the guild leaders to back up their banks".
      String.raw`\b(?:(?:ultimately|squarely|entirely|solely)\s*,?\s+)?(?:it['’]s|it\s+is|it\s+was)\s+(?:ultimately\s+|squarely\s+|entirely\s+)?(?:on|up\s+to|the\s+responsibility\s+of)\s+(?:${EACH}\s+)?(?:(?:downstream|end|individual|external|guild|team|account|shop|store)\s+)?(?:${DUTY_BEARER}|leaders?|owners?)\s+to\s+(?:${VIGILANCE}|keep|update|back\s+up|pin|patch|upgrade|secure|protect|retry|validate)`,
      String.raw`\bthe\s+onus\s+(?:is|was|lies|rests|falls|fell)\s+(?:\w+\s+)?on\s+${EACH}\s+${DUTY_BEARER}\b`,
      // "Borrowers are responsible for reading their disclosures", "Applicants are ultimately accountable for the
      // accuracy of their stated income", "Merchants … are expected to read the changelog": the people served, not staff.
      String.raw`\b(?:${EACH}\s+)?(?:(?:downstream|end|individual|external)\s+)?${SERVED_PEOPLE}\s+(?:(?:who|that)\s+[^,.;]{1,60}?\s+)?(?:are|is|were|was)\s+(?:ultimately\s+|solely\s+|entirely\s+|themselves\s+|always\s+)?(?:(?:responsible|accountable)\s+for\s+(?:reading|checking|keeping|verifying|validating|updating|maintaining|backing\s+up|protecting|securing|understanding|knowing|making\s+sure|ensuring|the\s+accuracy|their\s+own)|expected\s+to\s+(?:read|check|keep|verify|validate|update|know|understand))\b`,
      // "It is the researcher's responsibility to keep copies of their data".
      String.raw`\b(?:it['’]s|it\s+is|it\s+was|is|was|remains)\s+(?:ultimately\s+|squarely\s+|entirely\s+|solely\s+|always\s+)?(?:the|each|every|our)\s+(?:(?:downstream|end|individual|external)\s+)?${DUTY_BEARER}['’]s?\s+(?:own\s+)?(?:responsibility|job|duty)\s+to\b`,
      // "Protecting their credentials is ultimately the customer's responsibility"; "Keeping the API keys safe is, in the
      // end, on the developers who use them".
      String.raw`\b(?:spotting|catching|noticing|detecting|avoiding|recogni[sz]ing|staying\s+safe\s+from|protecting|securing|guarding\s+against)\s+[^.;]{1,40}?\s+(?:is|was)\s*(?:,[^,.;]{1,25},)?\s+(?:\w+\s+)?(?:the|each|every|our)\s+${DUTY_BEARER}['’]s?\s+(?:own\s+)?(?:responsibility|job|duty)\b`,
      String.raw`\bkeeping\s+[^.;]{1,40}?\s+(?:safe|secure|private|secret|protected)\s+(?:is|was)\s*(?:,[^,.;]{1,25},)?\s+(?:\w+\s+)?(?:(?:on|up\s+to|the\s+(?:responsibility|job|duty)\s+of)\s+${EACH}\s+${DUTY_BEARER}|(?:the|each|every|our)\s+${DUTY_BEARER}['’]s?\s+(?:own\s+)?(?:responsibility|job|duty))\b`,
      // "Detecting phishing is, in the end, the responsibility of each customer": an aside between commas too.
      String.raw`\b(?:spotting|catching|noticing|detecting|avoiding|recogni[sz]ing|staying\s+safe\s+from|protecting|securing|guarding\s+against)\s+[^.;]{1,40}?\s+(?:is|was)\s*(?:,[^,.;]{1,25},)?\s+(?:\w+\s+)?(?:on|up\s+to|the\s+(?:responsibility|job|duty)\s+of)\s+${EACH}\s+${DUTY_BEARER}\b`,
      // "It is ultimately for the customer to notice", "customers who did not sign up cannot reasonably expect …",
      // "business customers who missed the notice are, frankly, on their own".
      String.raw`\b(?:it['’]s|it\s+is|it\s+was)\s+(?:ultimately\s+|entirely\s+|squarely\s+)?for\s+${EACH}\s+${DUTY_BEARER}\s+to\s+${VIGILANCE}`,
      String.raw`\b${SERVED_PEOPLE}\s+(?:who|that)\s+[^,.;]{1,100}?\s+(?:cannot|can['’]t|could\s*n['’]?t|should\s*n['’]?t)\s+(?:reasonably\s+|really\s+)?expect\b`,
      String.raw`\b${SERVED_PEOPLE}\s+(?:who|that)\s+[^,.;]{1,60}?\s+(?:are|is|were|was)\s*,?\s+(?:\w+ly\s*,\s+)?on\s+their\s+own\s*[.!]*$`,
      // "Shoppers who run ad blockers have to take responsibility for that choice", "they need to be more patient".
      String.raw`\b${SERVED_PEOPLE}\s+(?:who|that)\s+[^,.;]{1,60}?\s+(?:have|has|need|needs|must)\s+to\s+take\s+responsibility\b`,
      String.raw`\b(?:they|${SERVED_PEOPLE})\s+(?:really\s+|just\s+|simply\s+)?(?:need|needs|have|has)\s+to\s+be\s+more\s+(?:patient|careful|attentive|vigilant|cautious)\b`,
      // "Plant users must state their requirements properly or live with the result", "IT cannot be responsible for data
      // kept on local disks".
      String.raw`\b(?:[\w-]+\s+)?${DUTY_BEARER}\s+(?:must|should|need\s+to|have\s+to)\s+[^.;]{1,80}?\bor\s+live\s+with\s+(?:the\s+)?(?:result|results|consequences)\b|\b(?:IT|we|engineering|operations|the\s+platform\s+team)\s+(?:cannot|can['’]t)\s+be\s+(?:held\s+)?responsible\s+for\s+(?:data|files|anything|what)\b`,
      // "It is ultimately on the metallurgy users to save their own spreadsheets", "site users have to take
      // responsibility for what they plug in".
      String.raw`\b(?:ultimately|squarely|entirely|solely)\s+(?:on|up\s+to)\s+${EACH}\s+[\w-]+\s+${DUTY_BEARER}\s+to\b|\b${DUTY_BEARER}\s+(?:really\s+|simply\s+|just\s+)?(?:have|has|need|needs|must)\s+to\s+take\s+(?:(?:more|some|full)\s+)?responsibility\s+for\b`,
      // "Employers who upload malformed files are the real source of these breaks", "members who ignored the SMS are
      // largely the authors of their own delays", "the member was, on review, simply not reading the correspondence".
      String.raw`\b(?:${EACH}\s+)?${SERVED_PEOPLE}\s+(?:(?:who|that)\s+[^,.;]{1,120}?\s+)?(?:are|is|were|was)\s*,?\s+(?:[^,.;]{1,20},\s+)?(?:largely\s+|partly\s+|mostly\s+|really\s+)?(?:the\s+(?:real|true|actual|main)\s+(?:source|cause)|the\s+authors?\s+of\s+(?:their|his|her)\s+own|(?:simply|just)\s+not\s+(?:reading|checking|paying\s+attention))\b`,
      // "Customers must learn to book their slots in time".
      String.raw`\b(?:${EACH}\s+)?${SERVED_PEOPLE}\s+(?:must|need\s+to|have\s+to|should)\s+(?:simply\s+|just\s+|really\s+|finally\s+)?learn\s+to\b`,
      // "The duplicate charges are on them, not on us", "users who refuse to update are choosing to stay on the broken
      // version", "if account holders protected their phones properly, this would not exist", "the seller who pasted
      // their token into a public repo created this exposure", "clinicians who relied on the EPR alone must accept their
      // share of responsibility".
      String.raw`\b(?:are|is|was|were)\s+on\s+them\s*,?\s+not\s+(?:on\s+)?us\b`,
      String.raw`\b${SERVED_PEOPLE}\s+(?:who|that)\s+[^,.;]{1,80}?\s+(?:are|is|were|was)\s+(?:simply\s+|just\s+)?choosing\s+to\b`,
      String.raw`\bif\s+(?:${EACH}\s+)?${SERVED_PEOPLE}\s+(?:had\s+)?(?:protected|secured|checked|read|updated|kept|followed|used)\s+(?:their|his|her)\s+[^.;]{1,40}?\s+(?:properly|correctly|carefully|securely|responsibly)\b`,
      String.raw`\b${SERVED_PEOPLE}\s+(?:who|that)\s+[^,.;]{1,100}?\s+(?:created|caused)\s+(?:this|the)\s+(?:exposure|incident|outage|problem|mess|breach|leak)\b`,
      String.raw`\b(?:those|${DUTY_BEARER})\s+(?:who|that)\s+[^.;]{1,120}?\s+(?:must|should)\s+(?:accept|bear|take)\s+(?:their\s+|some\s+|a\s+)?(?:share\s+of\s+|part\s+of\s+|of\s+)?(?:the\s+)?(?:responsibility|blame)\b`,
      // "It is the responsibility of the customer's EDI department to validate its own schedules", "families who missed the
      // notice should have been checking the app", "if principals read the bulletin, they would have known", "we can't be
      // expected to chase them".
      String.raw`\bthe\s+(?:responsibility|job|duty)\s+of\s+(?:the\s+)?${SERVED_PEOPLE}['’]s?\s+(?:[\w-]+\s+){0,2}?(?:department|team|office|staff|users?|people)\s+to\s+${VIGILANCE}`,
      String.raw`\b${SERVED_PEOPLE}\s+(?:who|that)\s+[^,.;]{1,80}?\s+should\s+have\s+(?:been\s+)?(?:checking|reading|watching|checked|read|watched|known|updated|paid\s+attention)\b`,
      String.raw`\bif\s+(?:${EACH}\s+)?${SERVED_PEOPLE}\s+(?:had\s+)?(?:read|checked|opened|followed|watched)\b[^.;]{1,60}?,?\s+(?:they|he|she)\s+would\s+have\s+(?:known|seen|noticed|caught)\b`,
      String.raw`\bwe\s+(?:can['’]t|cannot|can\s+not)\s+be\s+expected\s+to\s+(?:chase|babysit|remind|hand-?hold|check\s+on|run\s+after|telephone|phone|call|ring|email|contact|warn)\s+(?:them|every|each|all)\b`,
      // "The citizen should have saved their application", "seniors … could have avoided the lockouts by reading the
      // guidance", "recipients clicked Submit several times, as the page clearly instructed", "merchants … chose not to read
      // the circular", "because customers did not update the app despite repeated prompts", "not the bank's role to protect
      // customers from their own decision".
      String.raw`\b(?:the|a|each|every)\s+${SERVED_PEOPLE}\s+should\s+have\s+(?:saved|read|checked|kept|updated|verified|confirmed|followed|waited|backed\s+up|known)\b`,
      String.raw`\b${SERVED_PEOPLE}\b[^.;]{0,80}?\bcould\s+have\s+avoided\s+[^.;]{1,40}?\s+by\s+(?:simply\s+|just\s+)?(?:reading|checking|following|waiting|updating|saving)\b`,
      String.raw`\b${SERVED_PEOPLE}\b[^.;]{1,100}?\bas\s+the\s+(?:page|screen|form|notice|letter|email|message|guidance|instructions?|app|portal)\s+(?:clearly|plainly|explicitly)\s+(?:instructed|stated|said|explained|asked)\b`,
      String.raw`\b${SERVED_PEOPLE}\b[^.;]{0,100}?\b(?:chose|decided|elected|opted)\s+not\s+to\s+(?:read|check|follow|update|heed|open|act\s+on)\b`,
      String.raw`\bbecause\s+(?:the\s+|our\s+|some\s+|many\s+)?${SERVED_PEOPLE}\s+(?:did\s*n['’]?t|did\s+not|failed\s+to|never)\s+(?:update|read|check|follow|install|verify)\b[^.;]{0,60}?\bdespite\b`,
      String.raw`\bnot\s+(?:the\s+[\w-]+['’]s|our)\s+(?:role|job|responsibility)\s+to\s+protect\s+${SERVED_PEOPLE}\s+from\s+(?:their|them)`,
      // "… the ones who did not are responsible for their own failed payments."
      String.raw`\b(?:the\s+ones|those)\s+who\s+(?:did\s*n['’]?t|did\s+not|didn['’]t)\b[^.;]{0,20}?\s+(?:are|is|were)\s+(?:solely\s+|entirely\s+)?responsible\s+for\s+(?:their|its)\s+own\b`,
      // "Clinics that did not read our release notes are responsible for the gaps", "those who didn't own that outcome",
      // "most of the failed visits came from patients who ignored the connection test", "patients who use shared computers
      // are, frankly, inviting the mix-up", "… and that is their choice".
      String.raw`\b(?:${SERVED_PEOPLE}|clinics?|practices?|wards?)\s+(?:who|that)\s+(?:did\s*n['’]?t|did\s+not|never|failed\s+to|refused\s+to)\b[^.;]{1,60}?\s+(?:are|is)\s+(?:solely\s+|entirely\s+)?responsible\s+for\b`,
      String.raw`\bthose\s+who\s+(?:did\s*n['’]?t|did\s+not)\s+own\s+(?:that|the|this)\s+(?:outcome|result|failure|delay)\b`,
      String.raw`\b(?:came|come|comes|stem(?:med|s)?)\s+from\s+${SERVED_PEOPLE}\s+who\s+(?:ignored|skipped|did\s*n['’]?t|did\s+not|never|refused)\b`,
      String.raw`\b${SERVED_PEOPLE}\s+(?:who|that)\s+[^,.;]{1,80}?\s+(?:are|is)\s*,?\s+(?:\w+ly\s*,\s+)?(?:inviting|asking\s+for)\b`,
      String.raw`\band\s+that\s+(?:is|was)\s+their\s+(?:choice|problem|decision|lookout)\b`,
      // "Clients need to start checking their own campaign caps instead of expecting us to catch overspend", "If the
      // advertiser had set up their conversion API correctly, none of the attribution numbers would be off."
      String.raw`\b${SERVED_PEOPLE}\s+(?:need|needs|have|has|ought|must)\s+(?:to\s+)?(?:start\s+)?(?:checking|check|watching|watch|reading|read|validating|validate|monitoring|monitor|reviewing|review|testing|test)\s+(?:their|its)\s+own\b[^.;]{0,60}?\binstead\s+of\s+(?:expecting|relying\s+on|waiting\s+for|asking)\s+us\b`,
      String.raw`\bif\s+(?:the|our|a|an|each|every)\s+${SERVED_PEOPLE}\s+had\s+(?:\p{L}+ly\s+)?(?:set\s+up|configured|used|followed|implemented|read|entered|typed|integrated|installed)\b[^.;]{0,60}?\b(?:correctly|properly|right|as\s+documented)\b`,
      // "Volunteers are responsible for keeping the app updated on their own phones", "If callers can't wait on hold for five
      // minutes, that's not something the helpline can be expected to fix.", "each donor's job to make sure their card …".
      String.raw`\b${DUTY_BEARER}\s+(?:are|is)\s+(?:solely\s+|entirely\s+|personally\s+)?responsible\s+for\s+(?:keeping|checking|making\s+sure|reading|updating|watching)\b[^.;]{0,60}?\b(?:their|his|her)\s+own\b`,
      String.raw`\bif\s+${SERVED_PEOPLE}\s+(?:can['’]t|cannot|can\s+not|won['’]t|will\s+not|don['’]t|do\s+not)\s+[^.;]{1,50}?,\s+(?:that['’]s|that\s+is|it['’]s|it\s+is)\s+(?:not\s+(?:something|our\s+problem|on\s+us)|their\s+(?:problem|lookout))\b`,
      String.raw`\b${EACH}\s+${DUTY_BEARER}['’]s?\s+(?:own\s+)?(?:job|responsibility|duty)\s+to\s+${VIGILANCE}`,
      // "The smart-TV users affected could have avoided the failures by reinstalling the app", "The hotel operators … bear the
      // responsibility for their guests seeing a black screen", "It is not our job to compensate for cable operators who
      // ignore our signalling changes", "Keeping the firmware current is the viewers' own duty", "those who ignored the notices
      // cannot expect us to fix their boxes".
      String.raw`\b${SERVED_PEOPLE}(?:\s+[\w-]+){0,2}?\s+could\s+(?:easily\s+|simply\s+)?have\s+(?:avoided|prevented|fixed|solved|spared\s+themselves)\b[^.;]{0,60}?\bby\s+(?:simply\s+|just\s+)?\p{L}+ing\b`,
      String.raw`\b${DUTY_BEARER}\b[^.;]{0,80}?\s+(?:bear|bears|carry|carries)\s+(?:the\s+|full\s+|sole\s+)?responsibility\s+for\s+(?:their|the)\b`,
      String.raw`\bnot\s+(?:our|the\s+[\w-]+['’]s)\s+(?:role|job|responsibility)\s+to\s+(?:compensate\s+for|make\s+up\s+for|cover\s+for|babysit)\s+(?:[\w-]+\s+){0,3}?${DUTY_BEARER}\s+(?:who|that)\b`,
      String.raw`\b(?:is|was|remains)\s+(?:the\s+)?${DUTY_BEARER}['’]s?\s+own\s+(?:responsibility|job|duty|problem|lookout)\b`,
      String.raw`\b(?:${SERVED_PEOPLE}|those|anyone)\s+(?:who|that)\s+[^.;]{1,50}?\s+(?:cannot|can['’]t|can\s+not)\s+expect\s+us\s+to\b`,
      // "A user who reads the notification properly would have understood", "The elderly customers who called could have used the
      // app like everyone else", "customers who are not capable of reading their own display".
      String.raw`\b(?:a|any)\s+${SERVED_PEOPLE}\s+who\s+(?:reads?|checks?|looks?|read|checked|looked)\b[^.;]{0,40}?\s+(?:properly|carefully|correctly)\s+would\s+have\s+(?:understood|known|seen|noticed|realised|realized)\b`,
      String.raw`\b${SERVED_PEOPLE}\b[^.;]{0,60}?\s+could\s+(?:just\s+|simply\s+|easily\s+)?have\s+(?:used|read|checked|tried|followed)\b[^.;]{0,40}?\b(?:like\s+everyone\s+else|like\s+everybody\s+else)\b`,
      String.raw`\b${SERVED_PEOPLE}\s+who\s+(?:are|were)\s+(?:not\s+capable\s+of|incapable\s+of|unable\s+to\s+even|too\s+(?:lazy|careless)\s+to)\b`,
      // "The duplicate records are a ward problem, not an IT one", "It's ultimately the referrer's job to check …, not ours".
      String.raw`\b(?:are|is)\s+(?:a|an)\s+(?:ward|user|customer|client|staff|department|clinic|store|branch)\s+problem\s*,\s+not\s+(?:an?\s+)?(?:it|our|ops|platform|engineering|tech)\b`,
      String.raw`\b(?:the|each|every)\s+[\w-]+(?:er|or|ist|ant|ent)['’]s\s+(?:job|responsibility|duty)\s+to\s+${VIGILANCE}[^.;]{0,60}?,\s+not\s+ours\b`,
    ],
    negatable: true,
    note: 'Putting the duty to notice or avoid the failure on users or operators makes their vigilance the safeguard; say what the system will do instead.',
    examples: ['Staying safe from phishing is ultimately on the user.', 'Ultimately, it is up to the user to be vigilant.', "Protecting their credentials is ultimately the customer's responsibility.", 'Keeping the API keys safe is, in the end, on the developers who use them.'],
  },
  {
    id: 'brought-it-on-themselves',
    category: 'blame-attribution',
    pattern: [
      String.raw`\b(?:only\s+)?ha(?:ve|s|d)\s+(?:only\s+|nobody\s+but\s+|no\s*one\s+but\s+|no-one\s+but\s+)?(?:themselves|himself|herself|yourselves|yourself)\s+to\s+(?:thank|blame)\b`,
      // "It is their own responsibility that the cart broke for them".
      String.raw`\b(?:is|was|['’]s)\s+(?:\w+ly\s+)?their\s+own\s+(?:responsibility|fault|doing|lookout|problem)\b`,
      // "Broadcasters who chose the public internet must accept that picture quality is their problem", "customers who
      // ignored the email have no grounds to complain", "viewers using ad-blockers accept the consequences", "it is up
      // to them to use the official store".
      String.raw`\b(?:is|was|becomes)\s+(?:entirely\s+|solely\s+|simply\s+)?their\s+(?:problem|lookout|headache)\b|\b(?:has|have|had)\s+no\s+(?:grounds|right|business|reason|cause)\s+to\s+complain\b`,
      // "Listeners who kept pressing play made the retry storm worse", "the artists who complained had not filled in their
      // forms in the first place".
      String.raw`\b${SERVED_PEOPLE}\s+(?:who|that)\s+[^,.;]{1,80}?\s+(?:made\s+(?:the\s+|it\s+|things\s+)?(?:[\w-]+\s+){0,3}?worse\b|(?:had\s*n['’]?t|had\s+not|did\s*n['’]?t|did\s+not|(?<!\bshould\s)never)\b[^.;]{0,80}?\bin\s+the\s+first\s+place\b)`,
      String.raw`\b${SERVED_PEOPLE}\s+(?:who|that)\s+[^,.;]{1,80}?\s+(?:should|must|will|can)\s+(?:carry|bear|pay|absorb|cover)\s+(?:the\s+)?(?:cost|costs|consequences|price)\b|\b(?:entirely|solely|wholly|fully)\s+(?:attributable|due)\s+to\s+(?:their|his|her)\s+own\b|\b(?:the\s+)?(?:customers?|users?|tenants?|${SERVED})\b[^.;]{0,80}?\bmust\s+(?:now\s+)?accept\s+the\s+consequences\b`,
      String.raw`\b${SERVED_PEOPLE}\s+(?:who|that|using|with|on)\s+[^,.;]{1,80}?\s+(?:must\s+|have\s+to\s+|should\s+|will\s+have\s+to\s+)?accept\s+the\s+(?:consequences|risks?)\b|\b(?:it['’]s|it\s+is)\s+up\s+to\s+them\s+to\s+(?:use|read|check|keep|update|install|follow|make\s+sure|ensure|stay|upgrade|back\s+up)\b`,
      String.raw`\bmade\s+(?:this|the|that)\s+(?:\w+\s+)?(?:problem|mess|situation)\s+for\s+themselves\b`,
      String.raw`\b(?:brought|bring|brings|bringing)\s+(?:[\w-]+\s+){1,4}?(?:up)?on\s+(?:themselves|himself|herself|yourselves|yourself)\b`,
      String.raw`\b(?:get|gets|got|getting)\s+what\s+(?:they|he|she|you)\s+(?:deserved?|signed\s+up\s+for|asked\s+for|bargained\s+for)\b|\bdeserves?\s+what\s+(?:happens|happened|comes|came)\b`,
      String.raw`\bthat['’]s\s+the\s+risk\s+(?:they|he|she)\s+(?:chose|took|accepted)\b|\btaking\s+(?:that|the|this)\s+risk\s+on\s+(?:themselves|himself|herself)\b`,
      String.raw`\b(?:that|this|it)(?:['’]s|\s+is|\s+was)\s+(?:entirely\s+|squarely\s+|all\s+)?on\s+(?:them|him|her)\s*[.!]*$`,
      // "If customers had read the upgrade guide, …", "Customers who bought it twice should have read the screen".
      String.raw`\b(?:if\s+(?:the\s+|our\s+)?(?:users|customers|${SERVED})\s+had|had\s+(?:the\s+|our\s+)?${SERVED_PEOPLE})\s+(?:simply\s+|just\s+|only\s+|actually\s+)?(?:read|checked|noticed|followed|updated|paid\s+attention|reloaded|refreshed|retried|waited|upgraded)\b`,
      // "Customers really ought to read our notices before phoning", "Sellers … need to read the guide more carefully":
      // what the people served must do, said as a reproach (an upgrade notice says what they should do, plainly).
      String.raw`^(?:the\s+|our\s+|some\s+)?(?:users|customers|${SERVED})\b[^.;]{0,100}?\s+(?:(?:really|simply|just)\s+(?:do\s+)?(?:ought\s+to|need\s+to|should|must|have\s+to)\s+(?:learn\s+to\s+)?(?:read|check|follow|pay\s+attention|update|upgrade|look|watch|keep\s+an\s+eye)\b|(?:ought\s+to|need\s+to|needs\s+to|should|must|have\s+to)\s+(?:read|check|follow|do|handle|treat)\b[^.;]{0,60}?\bmore\s+(?:carefully|closely|attentively)\b|(?:ought\s+to|need\s+to|needs\s+to|should|must|have\s+to)\s+(?:take|show|pay)\s+more\s+(?:care|attention)\b)`,
      String.raw`^(?:the\s+|our\s+|some\s+)?(?:users|customers|${SERVED})\b[^.;]{0,80}?\s+should\s+have\s+(?:noticed|checked|double-checked|read|known|verified|confirmed)\b`,
      String.raw`\bnot\s+our\s+problem\s*[.!]*$|\b(?:that|this|it)(?:['’]s|\s+is|\s+was)\s+(?:\w+ly\s+)?their\s+(?:own\s+)?problem(?:\s*,\s*not\s+ours)?\s*[.!]*$|\b(?:are|is|was|were)\s+(?:\w+ly\s+)?their\s+(?:own\s+)?problem\s*,\s*not\s+ours\b`,
      // "Our monitoring is fine. The people reading it are the problem."
      String.raw`^(?:the|our)\s+(?:people|person|humans?|engineers?|operators?|staff)\s+(?:[\w-]+\s+){0,3}?(?:are|is|were|was)\s+the\s+(?:real\s+|actual\s+)?problem\b`,
      // "Your change, your outage."
      String.raw`\byour\s+(?:change|deploy|code|commit|pr|push|release|config),\s+your\s+(?:outage|problem|mess|incident|fix|pager)\b`,
      // "Users who disable cookies … are the actual problem here", "Employers submitting malformed files are the real root cause".
      String.raw`^(?:(?:ultimately|frankly|honestly|in\s+the\s+end)\s*,?\s+)?(?:the\s+|our\s+|some\s+)?${SERVED_PEOPLE}\b[^.;]{0,100}?\s+(?:(?:are|were|is|was)\s+(?:the\s+(?:(?:actual|real|true|single\s+biggest|biggest|main|weakest)\s+)?(?:problem|issue|risk|root\s+cause|cause|link)|the\s+ones?\s+responsible|responsible\s+for\s+(?:any|their|the|what)|to\s+blame)|bears?\s+(?:the\s+)?(?:responsibility|blame))\b`,
      String.raw`\b(?:the|our|each|every|some)\s+${SERVED_PEOPLE}\s+(?:should|ought\s+to)(?:\s+(?:really|probably|just|clearly))?\s+have\s+(?:noticed|caught|checked|double-checked|spotted|read\s+(?:the|it|our|their)|seen|known|verified|tested|confirmed)\b`,
      String.raw`\bnot\s+our\s+problem\s*[,;:]\s*(?:they|he|she|the\s+[\w-]+)\s+(?:need|needs|should|must|ha(?:ve|s)\s+to)\b`,
      // "Users who saved their passwords in the browser caused their own lockouts."
      String.raw`\b${SERVED_PEOPLE}\s+who\s+[^.;]{1,60}?\s+caused\s+their\s+own\b`,
      // "The customer ignored our deprecation notices for six months": the notices' reach is ours to fix.
      String.raw`\b(?:the|our|some|many|these|those)\s+${SERVED_PEOPLE}\s+(?:(?:simply|just|repeatedly|had)\s+)?(?:ignored|disregarded|dismissed)\s+(?:our|the|all|every|several|repeated|multiple)\s+(?:[\w-]+\s+){0,2}?(?:notices?|warnings?|emails?|notifications?|announcements?|reminders?)\b`,
    ],
    note: 'Saying the people the service serves caused their own trouble puts the fault on them; say what the service could do so the same action goes right.',
    examples: ['Taxpayers who left their return until the last evening have only themselves to thank.', 'Agencies that upload huge creatives get what they deserve.', 'Users who disable cookies are the actual problem here.', 'The customer should have noticed the spike in their own dashboard.'],
  },
  {
    id: 'self-inflicted',
    category: 'blame-attribution',
    pattern: String.raw`\bself[- ]inflicted\s+by\s+{O}`,
    actors: PEOPLE_OR_NAMES,
    note: 'Calling an outage self-inflicted by a team makes the team the cause; say what let the change through.',
    examples: ['This outage was entirely self-inflicted by the maintenance department.'],
  },
  {
    id: 'made-a-mistake',
    category: 'blame-attribution',
    pattern: String.raw`{S}{ADV}\s+(?:made|has\s+made|had\s+made|have\s+made|keeps?\s+making|kept\s+making|(?:is|are|was|were)\s+making)\s+(?:an?\s+|the\s+(?:same\s+)?|another\s+|several\s+|multiple\s+|some\s+|a\s+few\s+)?(?:(?:big|huge|critical|costly|fatal|serious|simple|small|careless|stupid|obvious)\s+)?(?:mistakes?|errors?|blunders?|typos?|misjudge?ments?|slip-?ups?|(?:bad|poor|wrong|questionable|reckless|terrible|awful|horrible|stupid|dumb|careless)\s+(?:decisions?|calls?|choices?))\b`,
    actors: PEOPLE_OR_NAMES,
    note: 'Saying a person made a mistake stops the analysis at them; explain what made the mistake possible and unnoticed.',
    examples: ['Person X made a mistake in the rollout.', 'The operator made an error while resizing the pool.'],
  },
  {
    id: 'destroyed-production',
    category: 'blame-attribution',
    pattern: [
      String.raw`{S}{ADV}\s+(?:deleted|dropped|wiped|removed|truncated|destroyed|overwrote|erased|purged|corrupted|nuked)\s+(?:the|our|a|an|all(?:\s+the)?|every)\s+(?:[\w-]+\s+)?(?:production|prod|live|customer|customers['’]?|user|users['’]?|primary|main|master)\b`,
      String.raw`{S}{ADV}\s+(?:pushed|merged|deployed|shipped|committed|applied|made|wrote|released|introduced|rolled\s+out)\s+(?:a|an|the|this|that|his|her|their)\s+(?:[\w-]+\s+){0,2}?(?:change|commit|config|configuration|patch|update|pr|fix|hotfix|migration|script|release|query|rule)\s+(?:that|which)\s+(?:broke|caused|took\s+down|deleted|corrupted|crashed|wiped|disabled|brought\s+down|knocked\s+out)\b`,
    ],
    actors: PEOPLE,
    note: 'Naming the person whose action destroyed production data or broke a service makes them the cause; describe what let one action do this.',
    examples: ['Somebody on the data team deleted the production index.', 'Mina pushed a change that broke login.'],
  },
  {
    id: 'harmful-action',
    category: 'blame-attribution',
    pattern: String.raw`{S}{ADV}\s+(?:leaked|exposed|crashed|corrupted|lost(?!\s+(?:his|her|their|my)\s|\s+(?:a|an|one|two|three|four|several|\d+|half\s+a)\s+(?:day|days|hours?|mornings?|afternoons?|evenings?|nights?|weeks?|shifts?)\s+of\s+(?:work|time|productivity|development|effort|progress)\b)|destroyed|overloaded|flooded|knocked\s+out|brought\s+down|locked\s+(?:us|everyone|customers|users)\s+out\s+of)\s+(?:the|our|a|an|all(?:\s+the)?|every|both|customer|customers['’]?|user|users['’]?|production|prod|his|her|their|it|\d+)\b`,
    actors: PEOPLE,
    note: 'Making a person the subject of the harm ("Bob leaked the key") makes them the cause; describe what made the harm possible.',
    // "Developers functionally lost a day of work": time lost is what the people suffered, not what they did ("the team
    // lost a day of uploads" is still data lost).
    examples: ['The intern crashed the cluster with a fork bomb.', 'Tom leaked the API key in a screenshot.'],
  },
  {
    id: 'broke-prod',
    category: 'blame-attribution',
    pattern: [
      String.raw`{S}{ADV}\s+(?:broke|has\s+broken|had\s+broken|took\s+down|knocked\s+over|nuked|trashed|blew\s+away)\s+(?:the\s+|our\s+|all\s+(?:of\s+)?)?(?:prod|production|build|builds|main|master|staging|site|website|everything|database|db|cluster|api|app|checkout|payments|login|deploys|ci)\b`,
      String.raw`{S}{ADV}\s+(?:took|takes|has\s+taken|had\s+taken)\s+down\s+(?:the|our|their|a|an|all|both|every|several)\s+(?:[\w-]+\s+){0,2}?[\w-]+`,
      String.raw`{S}{ADV}\s+(?:broke|breaks|has\s+broken|had\s+broken|keeps?\s+breaking|(?:is|are|was|were)\s+(?:always|constantly|forever)\s+breaking)\s+(?:the|our|their|a|an|both|every|several|two|three)\s+(?!(?:news|ice|tie|glass|seal)\b)(?:[\w-]+\s+){0,2}?[\w-]+(?!\s+(?:into|down|up|apart|out)\b)(?=\s*(?:[.,;:!?)]|$|\s+(?:again|today|yesterday|twice|once|for|by|with|when|while|in|on|during|after|before|and|but)\b))`,
      // "In plain terms, Amal broke salary crediting for 40,000 customers."
      String.raw`{S}{ADV}\s+broke\s+[^.;]{1,60}?\s+for\s+(?:\d[\d,]*|all|every|thousands|hundreds|millions|tens\s+of\s+thousands)\b`,
    ],
    actors: PEOPLE,
    notFollowedBy: PLANNED_WORK,
    note: 'Saying a person broke production blames them for what the system allowed one change to do.',
    examples: ['John broke the build again.', 'Somebody took down production on Friday.', 'Once more, the data team broke the nightly ETL.'],
  },
  {
    id: 'accidentally',
    category: 'blame-attribution',
    pattern: String.raw`{S}{ADV}\s+(?:accidentally|mistakenly|errantly|erroneously|inadvertently|unintentionally|wrongly|incorrectly|unknowingly|unwittingly|blindly|hastily|prematurely)\s+${NOT_A_LUCKY_FIND}{W}`,
    actors: ANYONE,
    note: 'Framing an action as someone\'s accident puts the cause in the person; describe what made the wrong action easy.',
    examples: ['We accidentally deleted a row from the architectures table.', 'An engineer errantly wiped the database.', 'The reviewer incorrectly assumed the flag was off.'],
  },
  {
    id: 'by-mistake',
    category: 'blame-attribution',
    pattern: String.raw`{S}{ADV}\s+${NOT_A_LUCKY_FIND}{W}{VP}\s+by\s+(?:mistake|accident)\b`,
    actors: ANYONE,
    note: 'Saying a person did something by mistake blames them; describe what made the mistaken action easy to take.',
    examples: ['Alice deleted the production bucket by mistake.'],
  },
  {
    id: 'wrong-target',
    category: 'blame-attribution',
    pattern: [
      String.raw`{S}{ADV}\s+{W}{VP}?\s+(?:on|against|to|in|into|from)\s+the\s+wrong\s+(?:host|server|cluster|database|db|environment|env|machine|region|branch|account|project|namespace|node|box|terminal|window|tab|instance|workspace|context|table|file|directory|folder|bucket|repo|repository|site|service|subscription|zone|vpc)s?\b`,
      String.raw`{S}{ADV}\s+(?:typed|ran|entered|used|pasted|executed|applied|chose|picked|selected|clicked|pushed|deployed|set|edited|changed|configured|updated|restarted|deleted|removed|dropped|merged|rolled\s+back|promoted|targeted|types|runs|enters|uses|pastes|executes|applies|chooses|picks|selects|clicks|pushes|deploys|sets|edits|changes|configures|updates|restarts|deletes|removes|drops|merges|rolls\s+back|promotes|targets)\s+(?:the|a)\s+wrong\b`,
      String.raw`{S}{ADV}\s+(?:gave|provided|sent|posted|told|published|announced)\s+(?:\S+\s+){0,2}?(?:wrong|incorrect|inaccurate|misleading|false)\b`,
      String.raw`{S}{ADV}\s+(?!(?:found|finds|identified|identifies|spotted|spots|noticed|notices|discovered|discovers|fixed|fixes|replaced|replaces|corrected|corrects|caught|catches|reverted|reverts|flagged|flags|reported|reports|removed|removes|traced|traces|explained|explains)\b)(?:\p{L}{2,}ed|ran|hit|put|set|cut|chose|took|made|shut|wrote|\p{L}{3,}s)\s+(?:the|a)\s+wrong\b`,
      // "The analyst keyed the amount in cents instead of dollars", "hardcoded the end date in UTC instead of JST".
      String.raw`{S}{ADV}\s+(?:typed|keyed|entered|hard-?coded|approved|configured|set|scheduled|wired|paid|charged|priced)\s+(?:\S+\s+){1,6}?instead\s+of\b`,
    ],
    actors: PEOPLE_OR_NAMES,
    note: 'Saying a person acted on the wrong host blames them; ask why the right and wrong targets looked alike.',
    examples: ['Ravi ran the cleanup script against the wrong cluster.', 'The operator typed the wrong command into the console.'],
  },
  {
    id: 'without-review',
    category: 'blame-attribution',
    pattern: [
      String.raw`\b(?:approved|merged|deployed|reviewed|signed\s+off|pushed|shipped|applied)\s+by\s+{O}\s+without\b`,
      // Pushing or committing straight to the main branch skips review; deploying "to master" names what was deployed.
      String.raw`{S}{ADV}\s+(?:pushed|pushes|committed|commits|merged|merges)\s+(?:\S+\s+){0,3}?(?:straight|directly)\s+(?:to|into|on)\s+(?:main|master|the\s+main\s+branch)\b`,
      // Not a reviewed fix shipped as a hotfix: "A team member wrote the fix, another one reviewed it and we then deployed
      // the patch directly to production."
      String.raw`(?<!\b(?:reviewed|approved)\b[^.;]{0,80})(?![^.;]{0,80}?\b(?:reviewed|approved)\b[^.;]{0,40}?\b(?:pushed|pushes|committed|deployed|deploys|merged|merges|applied|shipped)\b){S}{ADV}\s+(?:pushed|pushes|committed|deployed|deploys|merged|merges|applied|shipped)\s+(?:\S+\s+){0,3}?(?:straight|directly)\s+(?:to|into|on)\s+(?:prod|production)\b`,
      String.raw`{S}{ADV}\s+{W}{VP}?\s*\(?\s*without\s+(?:any\s+|a\s+|proper\s+|first\s+|even\s+|properly\s+)?(?:(?:running|executing|doing|getting|waiting\s+for)\s+(?:the\s+|any\s+|a\s+)?)?(?:[\w-]+\s+)?(?:review|reviewing|code\s+review|approval|testing|tests|test|checking|double-checking|check|telling|asking|notifying|informing|announcing|a\s+second\s+pair|consulting|coordinat\w+|verification|verifying|validating|confirming|looking|reading|investigating|permission|sign-?off|signoff|go-ahead|thinking|ci|canary|green\s+build|build|anyone|others|handing\s+over|handover|a\s+handover|handoff|a\s+handoff|escalating|notice|warning|saying\s+anything|a\s+word)\b(?!\s+(?:needing|having|being\s+(?:asked|required)|required)\s+to\b)`,
      // Not automation praised: "deployed into production by Buildkite without anyone needing to SSH anywhere".
      // "Harrison raised the paging gateway's rate limit in prod without load testing it": a longer object.
      String.raw`{S}{ADV}\s+{W}(?:\s+[^\s;|]+){7,10}?\s+without\s+(?:any\s+|a\s+|first\s+|even\s+|properly\s+)?(?:[\w-]+\s+)?(?:review|reviewing|code\s+review|approval|testing|tests|checking|double-checking|telling\s+anyone|asking\s+anyone|sign-?off|signoff|a\s+change\s+(?:ticket|request)|a\s+dry[- ]run)\b`,
    ],
    actors: PEOPLE_OR_NAMES,
    note: 'Saying a person acted without review or testing blames them for a gate the process did not enforce.',
    examples: ['Tom merged the change without review.', 'The DBA dropped the index without telling anyone.', '| 11:03 | Aaliyah deploys the hotfix without waiting for CI | - |'],
  },
  {
    id: 'bad-change',
    category: 'blame-attribution',
    pattern: [
      String.raw`{S}{ADV}\s+(?:pushed|merged|deployed|shipped|committed|applied|introduced|rolled\s+out|wrote|submitted|ran|executed|released|signed\s+off\s+on|approved)\s+(?:a|an|the|his|her|their)\s+(?:bad|broken|buggy|faulty|untested|wrong|incorrect|half-baked|unreviewed|dodgy)\b`,
      String.raw`{S}{ADV}\s+(?:keeps?|kept)\s+(?:pushing|shipping|merging|deploying|committing|releasing|writing)\s+(?:\S+\s+)?(?:bad|broken|buggy|faulty|untested|unreviewed|half-baked|sloppy)\b`,
      String.raw`{S}{ADV}\s+(?:failed|let\s+down)\s+(?:us|the\s+team|everyone|our\s+customers|customers)\b`,
      String.raw`{S}{ADV}\s+let\s+(?:us|the\s+team|the\s+side|everyone|our\s+customers|customers)\s+down\b`,
      // Not an open question of ownership: "which team should own the export?".
      String.raw`(?<!\b(?:which|what|whose)\s+)(?!(?:which|what|whose)\b){S}{ADV}\s+(?:needs?\s+to|must|should|has\s+to|have\s+to)\s+(?:own|take\s+(?:the\s+)?(?:blame|responsibility|ownership)\s+for|answer\s+for)\s+(?:this|the|that|it|their|his|her)\s*(?:[\w-]+\s+)?(?:failure|outage|incident|mistake|error|mess|data\s+loss|downtime|screw-?up)?\b(?!\s+(?:drill|runbook|follow-?up|actions?|items?|fix|review|process|migration|rollout|service)\b)`,
    ],
    actors: PEOPLE,
    note: 'Pairing a person with a "bad" change makes them the cause; describe the change and why nothing stopped it.',
    examples: ['Lena pushed a bad config to every region.'],
  },
  {
    id: 'introduced-bug',
    category: 'blame-attribution',
    pattern: String.raw`{S}{ADV}\s+(?:introduced|wrote|added|committed|created|shipped)\s+(?:the|a|an|this)\s+(?:[\w-]+\s+){0,2}?(?:bug|regression|typo|defect|mistake|vulnerability|breaking\s+change|misconfiguration|leak|deadlock|race\s+condition)\b`,
    actors: PEOPLE,
    notFollowedBy: String.raw`\s+(?:fix|fixes|test|tests|report|reports|bounty|tracker|label|template)\b`,
    note: 'Naming who introduced the bug makes the finding about a person; describe how the bug got past review and tests.',
    examples: ['Ahmed introduced the regression in the retry logic.'],
  },
  {
    id: 'it-turns-out',
    category: 'blame-attribution',
    pattern: String.raw`\bit\s+(?:turns|turned)\s+out\s+(?:that\s+)?{S}\s+(?:had|has|was|did|never|ran|made|\p{L}{2,}ed)\b`,
    actors: PEOPLE,
    note: '"It turns out that <person> did X" reveals a culprit; describe the action and why it had the effect it did.',
    examples: ['It turns out that @jlee had used terraform import on the shared state.'],
  },
  {
    id: 'culprit',
    category: 'blame-attribution',
    pattern: [
      String.raw`\b(?:culprit|guilty\s+party|responsible\s+party|person\s+responsible|one\s+responsible)\s+(?:was|is|turned\s+out\s+to\s+be)\s+{O}`,
      String.raw`{S}{ADV}\s+(?:was|is|were)\s+the\s+(?:culprit|guilty\s+party|responsible\s+party|one\s+responsible|one\s+who\s+(?:broke|caused|deleted|forgot|missed|skipped|ignored|disabled|misconfigured|introduced|removed|wiped|overwrote|(?:turned|switched)\s+off))\b`,
    ],
    actors: PEOPLE_OR_NAMES,
    note: 'Looking for a culprit among people turns a postmortem into a trial.',
    examples: ['The culprit was the night-shift operator.', 'Greg was the one who broke it.', 'Farah was the one who switched off the retention job.'],
  },
  {
    id: 'unresponsive',
    category: 'blame-attribution',
    pattern: [
      String.raw`{S}{ADV}\s+(?:was|were|is|are|went|remained|stayed|appears\s+to\s+be|appeared\s+to\s+be|seemed\s+to\s+be|seems\s+to\s+be)\s+(?:completely\s+|totally\s+|also\s+|still\s+)?(?:unresponsive|not\s+responsive|unreachable|not\s+reachable|nowhere\s+to\s+be\s+found|missing\s+in\s+action|mia|awol)\b`,
      String.raw`{S}{ADV}\s+(?:disappeared|vanished|went\s+missing|went\s+dark|went\s+awol|ghosted)\b`,
    ],
    actors: PEOPLE,
    note: 'Saying a person was unresponsive or disappeared blames them; describe the escalation path that was missing.',
    examples: ['@nkumar appears to be offline and is not responsive on Slack.', 'Things got worse, tony disappeared somewhere.'],
  },
  {
    id: 'slept-through',
    category: 'blame-attribution',
    pattern: String.raw`{S}{ADV}\s+(?:slept|sleeps)\s+through\b`,
    actors: ANYONE,
    note: 'Saying someone slept through the page blames them; ask why one missed page left the incident unattended.',
    examples: ['The secondary on-call slept through three pages.'],
  },
  {
    id: 'too-slow',
    category: 'blame-attribution',
    pattern: [
      // "The on-call engineer was slow to acknowledge", and as a log row writes it: "Duty engineer slow to escalate".
      String.raw`{S}{ADV}\s+(?:(?:was|were)\s+)?(?:too\s+|very\s+|extremely\s+)?(?:slow|late)\s+to\s+(?:respond|react|notice|act|acknowledge|ack|escalate|engage|join|answer|realize|realise|roll\s+back)\b`,
      String.raw`{S}{ADV}\s+took\s+(?:far\s+|way\s+|much\s+)?too\s+long\s+to\s+(?:respond|react|notice|act|acknowledge|escalate|join|answer|realize|realise)\b`,
      String.raw`{S}\s+finally\s+(?:acknowledges|acknowledged|responds|responded|joins|joined|answers|answered|acks|acked|escalates|escalated|notices|noticed|shows\s+up|showed\s+up|reacts|reacted)\b`,
      // "The on-call was paged at 01:10 and first responded at 02:45, which is where most of the overspend came from."
      String.raw`{S}{ADV}\s+(?:was|were|got)\s+(?:paged|called|alerted|notified)\s+at\s+\d{1,2}[:.h]?\d{2}\b[^.;]{0,20}?\s+and\s+(?:only\s+|first\s+)?(?:responded|acknowledged|acked|joined|answered|replied|reacted)\s+at\s+\d{1,2}[:.h]?\d{2}\b[^.;]{0,20}?,?\s+which\s+(?:is|was)\s+where\s+(?:most|much|all|the\s+bulk|a\s+lot|half|the\s+majority)\s+of\b`,
    ],
    actors: PEOPLE_OR_NAMES,
    note: 'Saying a person was too slow judges their response instead of what delayed it.',
    examples: ['The on-call engineer was slow to acknowledge the page.', 'Support took too long to escalate.'],
  },
  {
    id: 'did-nothing',
    category: 'blame-attribution',
    pattern: String.raw`{S}{ADV}\s+(?:(?:[^.;]{1,60}?,\s+)?(?:tested|checked|verified|reviewed|documented)\s+nothing\b|sits\s+on\s+(?:(?:the|an?)\s+)?(?:[\w-]+\s+){0,2}?(?:alarm|alert|page|ticket|warning|incident|escalation|case)s?\b|did\s+nothing|sat\s+on\s+(?:the|it|this|that)(?!\s+(?:[\w-]+\s+)?(?:bridge|call|channel|war\s*room|zoom|meet|line|huddle|rota|panel|committee|board)\b)|just\s+watched|stood\s+by|(?:chose|decided|opted)\s+to\s+(?:wait\s+and\s+see|do\s+nothing|not\s+act|sit\s+on\s+it)|(?:silenced|muted|snoozed|dismissed|acked|acknowledged)\s+(?:it|them|the\s+\w+)\s+and\s+went\s+back\s+to\s+(?:sleep|bed))\b`,
    actors: PEOPLE,
    note: 'Saying a person did nothing blames them; describe what they knew and what would have prompted action.',
    examples: ['The release manager sat on the ticket for a week.'],
  },
  {
    id: 'forgot-to',
    category: 'blame-attribution',
    pattern: String.raw`{S}{ADV}\s+(?:forgot|(?:had|has|have)\s+(?:forgotten|forgot)|forgets|forget)\s+to\b`,
    actors: PEOPLE_OR_NAMES,
    note: 'Saying someone forgot puts the cause in their memory rather than in the process that relied on it.',
    expected: 'the process had no step to',
    examples: ['John forgot to test the upgrade.', 'The release manager forgot to renew the certificate.'],
  },
  {
    id: 'unaware',
    category: 'blame-attribution',
    pattern: [
      // "he wasn't fully aware in which workspace he was working", "Stefan was unaware that keys expire".
      String.raw`{S}{ADV}\s+(?:was|were)(?:n['’]t|\s+not)\s+(?:(?:fully|completely|entirely|really)\s+)?aware\b`,
      String.raw`{S}{ADV}\s+(?:was|were)\s+(?:(?:completely|entirely|totally)\s+)?unaware\b`,
      // "Paul deployed the queue, not realising the code had not been reverted".
      String.raw`{S}{ADV}\s+{W}(?:\s+[^\s,.;:!?]+){0,5},?\s+(?:not|without)\s+reali[sz]ing\b`,
    ],
    actors: PEOPLE_OR_NAMES,
    note: 'Saying someone did not know or realise puts the cause in what they knew, not in what the system showed them.',
    examples: ['Paul deployed the queue, not realising the code had not been reverted.', 'The engineer was not fully aware which workspace the shell was in.'],
  },
  {
    id: 'forgot',
    category: 'blame-attribution',
    pattern: String.raw`{S}{ADV}\s+(?:forgot|(?:had|has|have)\s+(?:forgotten|forgot))\b(?!\s+(?:nothing|none)\b)`,
    actors: PEOPLE_OR_NAMES,
    note: 'Saying someone forgot puts the cause in their memory rather than in the process that relied on it.',
    examples: ['I forgot what the original quota request was for.', 'Maria forgot about the second region.'],
  },
  {
    id: 'neglected',
    category: 'blame-attribution',
    pattern: String.raw`{S}{ADV}\s+(?:neglected|neglects|neglect|has\s+neglected|had\s+neglected)\b`,
    actors: ANYONE,
    note: 'Saying someone neglected a task blames them; describe why the task was easy to leave undone.',
    examples: ['The platform team neglected the deprecation notices.'],
  },
  {
    id: 'overlooked',
    category: 'blame-attribution',
    pattern: String.raw`{S}{ADV}\s+(?:overlooked|overlooks|has\s+overlooked|had\s+overlooked)\b`,
    actors: ANYONE,
    note: 'Saying someone overlooked something blames them; describe what made it easy to overlook.',
    examples: ['@alice overlooked a critical piece of the final phase.'],
  },
  {
    id: 'against-policy',
    category: 'blame-attribution',
    pattern: String.raw`{S}{ADV}\s+{W}(?:\s+[^\s,.;]+){0,8}?,?\s+(?:against|in\s+violation\s+of|in\s+breach\s+of|contrary\s+to|in\s+defiance\s+of|despite)\s+(?:the\s+|our\s+|company\s+|team\s+)?(?:[\w-]+\s+)?(?:policy|policies|process|procedure|guidance|guidelines|rules?|runbook|freeze|advice|instructions)\b`,
    actors: PEOPLE_OR_NAMES,
    note: 'Saying a person acted against policy casts them as a rule-breaker; ask why the policy was not enforced by the tooling.',
    examples: ['@kpatel deployed on a Friday afternoon against policy.'],
  },
  {
    id: 'misconfigured',
    category: 'blame-attribution',
    pattern: String.raw`{S}{ADV}\s+(?:misconfigured|misread|misjudged|misunderstood|mistyped|misinterpreted|mislabell?ed|mishandled|misnamed|mis-?typed)\b`,
    actors: PEOPLE_OR_NAMES,
    note: 'Saying a person misconfigured or misread something puts the error in them; describe what made the wrong setting look right.',
    examples: ['An engineer on the platform team misconfigured the load balancer.'],
  },
  {
    id: 'made-it-worse',
    category: 'blame-attribution',
    pattern: [
      String.raw`{S}{ADV}\s+(?:made|making)\s+(?:things|it|everything|matters|the\s+(?:situation|outage|incident|problem))\s+(?:much\s+|even\s+|a\s+lot\s+)?worse\b`,
      String.raw`{P}\s+(?:[\w-]+\s+){0,2}?(?:rollback|roll-?back|fix|hotfix|change|restart|workaround|intervention|attempt)\s+(?:only\s+)?made\s+(?:things|it|everything|matters|the\s+(?:situation|outage|incident|problem))\s+(?:much\s+|even\s+|a\s+lot\s+)?worse\b`,
      String.raw`{S}{ADV}\s+(?:delayed|prolonged|slowed\s+down|held\s+up|derailed)\s+(?:the\s+|our\s+)?(?:investigation|recovery|response|resolution|diagnosis|triage)\b`,
      String.raw`{S}{ADV}\s+(?:panicked|froze\s+up|lost\s+(?:his|her|their|my)\s+(?:head|cool|nerve))\b`,
      String.raw`{S}{ADV}\s+left\s+(?:the\s+|it\s+|them\s+)?(?:[\w-]+\s+){0,2}?unattended\b`,
      String.raw`{S}{ADV}\s+{W}(?:\s+[^\s,.;]+){0,6}?\s+instead\s+of\s+(?:following|investigating|escalating|rolling\s+back|checking|reading|asking|listening|helping|responding|looking|watching|monitoring)\b`,
    ],
    actors: PEOPLE,
    note: 'Saying a person made things worse or delayed the fix blames them for the outcome; describe what they saw and why their action made sense then.',
    examples: ['The engineer on call panicked and made things worse.', '@sgarcia argued with the incident commander instead of following instructions.'],
  },
  {
    id: 'unauthorized',
    category: 'blame-attribution',
    pattern: [
      String.raw`{S}{ADV}\s+(?:made|pushed|deployed|ran|applied|did)\s+(?:an?\s+|the\s+|several\s+)?unauthori[sz]ed\b`,
      String.raw`\bunauthori[sz]ed\s+(?:change|deploy|deployment|access|modification|action|push|merge)s?\s+(?:by|from)\s+{O}`,
      String.raw`{S}{ADV}\s+(?:violated|breached|broke|ignored|flouted)\s+(?:the|our|a|company|team)\s+(?:[\w-]+\s+)?(?:policy|policies|process|procedure|rules?|freeze|protocol|guidelines)\b`,
      String.raw`{S}{ADV}\s+(?:was|were)\s+not\s+(?:authori[sz]ed|allowed|permitted|supposed)\s+to\b`,
      String.raw`{S}{ADV}\s+(?:is|was|are|were)\s+guilty\s+of\b`,
      String.raw`{S}{ADV}\s+(?:has|have)\s+been\s+(?:removed|taken\s+off|pulled)\s+from\s+(?:the\s+)?(?:on-?call|rotation|team|project|access)`,
    ],
    actors: PEOPLE,
    note: 'Calling a person\'s action unauthorized or a violation casts them as an offender; ask why the tooling allowed it.',
    examples: ['The contractor made an unauthorized change to the production firewall.', 'The DBA violated the change freeze.'],
  },
  {
    id: 'ignoring-the-rule',
    category: 'blame-attribution',
    pattern: String.raw`{S}{ADV}\s+{W}(?:\s+[^\s,.;]+){0,8}?,\s*(?:ignoring|disregarding|bypassing|skipping|despite)\s+(?:the|our|all|every|his|her|their|a)\s+(?:[\w'’-]+\s+){0,3}?(?:rules?|policy|policies|process|warnings?|alerts?|checklist|runbook|reviews?|tests?|objections?|advice|freeze)\b`,
    actors: PEOPLE_OR_NAMES,
    note: 'Saying a person acted "ignoring the rule" casts them as a rule-breaker; ask why the rule was easy to break.',
    examples: ["Wanjiru merged it at 17:55 on a Friday, ignoring the team's no-Friday-deploys rule."],
  },
  {
    id: 'ignored',
    category: 'blame-attribution',
    pattern: String.raw`{S}{ADV}\s+(?:(?:has|have|had)\s+)?(?:ignored|ignores|ignore|disregarded|disregards|took\s+no\s+(?:notice|heed)\s+of|(?:chose|decided|saw\s+fit|elected)\s+to\s+(?:ignore|disregard)|(?:keeps?|kept|were|was|are|is|have\s+been|has\s+been)\s+(?:ignoring|disregarding))\s+(?:${DET}(?:[\w'’-]+\s+){0,2}?${SIGNAL}|them|it|those|these|this|that|everything|all\s+of\s+(?:them|it))\b`,
    actors: ANYONE,
    notFollowedBy: SYSTEM_EXPLANATION,
    note: 'Saying someone ignored a warning blames them; ask why the warning did not stand out or seemed safe to ignore.',
    examples: ['Dave ignored the disk-space alerts for a week.'],
  },
  {
    id: 'skipped',
    category: 'blame-attribution',
    pattern: [
      String.raw`{S}{ADV}\s+(?:skipped|skips|skip|bypassed|bypasses|bypass|circumvented|overrode|overrides|chose\s+to\s+skip|decided\s+to\s+skip|decided\s+to\s+bypass|went\s+around)\s+${DET}(?:[\w-]+\s+){0,2}?${SAFEGUARD}\b`,
      // "Julien n'a pas respecté la procédure de redémarrage", "no siguió el procedimiento".
      String.raw`{S}\s+(?:n['’]a\s+pas\s+(?:respecté|suivi|appliqué)|no\s+(?:siguió|respetó|cumplió)|non\s+ha(?:nno)?\s+(?:rispettato|seguito|applicato))\s+(?:la|le|les|el|los|las|il|i|gli)\s+(?:procédure|procedimiento|procedura|consigne|runbook|checklist|protocole|protocolo|protocollo)s?\b`,
      // "de beheerder heeft de waarschuwingen genegeerd", "ha ignorato gli avvisi", "ignorerade varningarna".
      String.raw`\b(?:heeft|hebben|had|hadden)\s+(?:de\s+|alle\s+)?(?:waarschuwingen|waarschuwing|meldingen|alarmen|signalen)\s+genegeerd\b|\b(?:waarschuwingen|waarschuwing|meldingen|alarmen|signalen)\s+(?:heeft|hebben|had|hadden)\s+genegeerd\b|\bha(?:nno)?\s+ignorato\s+(?:gli|le|i|l['’])\s*(?:avvisi|allarmi|avvertimenti|segnalazioni)\b|\bignorerade\s+(?:varningarna|varningen|larmen|larmet)\b`,
    ],
    actors: PEOPLE_OR_NAMES,
    note: 'Saying a person skipped a safeguard blames them for a gate the process let them skip.',
    examples: ['Priya skipped the canary stage to save time.'],
  },
  {
    id: 'missed',
    category: 'blame-attribution',
    pattern: String.raw`{S}{ADV}\s+(?:completely\s+|totally\s+|simply\s+)?(?:missed|misses|failed\s+to\s+see|failed\s+to\s+spot)\s+${DET}(?:[\w-]+\s+){0,2}?${SIGNAL}\b`,
    actors: PEOPLE_OR_NAMES,
    notFollowedBy: SYSTEM_EXPLANATION,
    note: 'Saying a person missed a signal blames them; ask why the signal was easy to miss.',
    examples: ['Sarah missed the page because her phone was on silent.'],
  },
  {
    id: 'did-not-check',
    category: 'blame-attribution',
    pattern: [
      String.raw`{S}{ADV}\s+(?:did\s*n['’]?t|did\s+not|(?:do\s*n['’]?t|do\s+not|does\s*n['’]?t|does\s+not)(?!\s+(?:think|anticipate|expect|believe|know|see|plan|understand|care\s+about\s+(?:the\s+)?(?:details|formatting)))|never|failed\s+to|fails\s+to|neglected\s+to|omitted\s+to|refused\s+to|chose\s+not\s+to|decided\s+not\s+to|declined\s+to)\s+(?:even\s+|actually\s+|properly\s+|fully\s+|really\s+|bother\s+to\s+)?(?:(?:try|attempt)\s+to\s+)?(?:${DILIGENCE}|${DILIGENCE_PAST})\b`,
      String.raw`{S}{ADV}\s+(?:never|had\s*n['’]?t|had\s+not|had\s+never|has\s*n['’]?t|has\s+not|has\s+never|have\s*n['’]?t|have\s+not)\s+(?:even\s+|actually\s+|properly\s+|yet\s+|once\s+)?${DILIGENCE_PAST}\b`,
      String.raw`{S}{ADV}\s+never\s+(?:even\s+|actually\s+|properly\s+)?(?:follows|checks|tests|reads|reviews|updates|documents|monitors|responds|answers|escalates|communicates|announces|verifies|validates)\b`,
      String.raw`{S}{ADV}\s+(?:did\s*n['’]?t|did\s+not|never|failed\s+to|do\s*n['’]?t|does\s*n['’]?t)\s+take\s+(?:\S+\s+){1,4}?seriously\b`,
      // Not a complaint the post reports: "a lot of frustration that the crates.io team is not listening to the concerns".
      String.raw`(?<!\b${REPORTED_VIEW}\s+(?:\S+\s+){0,7}\S{0,40})(?![^.;]{0,60}?\b${REPORTED_VIEW}\s+that\b){S}{ADV}\s+(?:(?:was|were|is|are)\s*n['’]t\s+|(?:was|were|is|are)\s+not\s+|not\s+|never\s+)${DILIGENCE_ING}\b`,
      // "… written by Alex, a newer engineer on our reporting team, who failed to follow that documented checklist": "who"
      // says it is a person, named or not.
      String.raw`(?<=,\s{1,3})who\s+(?:then\s+|also\s+|simply\s+)?(?:failed|neglected|forgot|omitted)\s+to\s+${DILIGENCE}\b`,
      // "Apparently nobody on the CI team reads #registry-alerts": sarcasm at a team.
      String.raw`\bapparently\s*,?\s+(?:nobody|no\s+one)\s+(?:on|in|from|at)\s+(?:the\s+)?(?:[\w-]+\s+){0,2}?(?:team|squad|crew|rotation|desk)\s+(?:reads|checks|looks\s+at|watches|monitors|follows|bothers|cares)\b`,
    ],
    notFollowedBy: SYSTEM_EXPLANATION,
    actors: PEOPLE_OR_NAMES,
    note: 'Saying a person did not check, test or tell puts the gap in them instead of in the process that relied on it.',
    examples: ['@jdoe did not alert others that the work touched the Terraform state.', 'The security team failed to review the change.', 'The migration was written by Alex, a newer engineer on our reporting team, who failed to follow that documented checklist.', 'Apparently nobody on the CI team reads #registry-alerts.'],
  },
  {
    id: 'their-job',
    category: 'blame-attribution',
    pattern: [
      // "Grace was responsible for confirming the bank's maintenance window, and did not."
      String.raw`{S}{ADV}\s+(?:was|were|is)\s+(?:the\s+one\s+)?responsible\s+for\s+\p{L}+ing\b[^.;]{0,80}?,?\s+(?:and|but)\s+(?:did\s*n['’]?t|did\s+not|never\s+did|failed\s+to|never)\b`,
      String.raw`{P}\s+job\s+to\s+(?:notice|catch|spot|check|know|see|watch)\b`,
      String.raw`{P}\s+(?:responsibility|job)\b[^.;]{0,40}?\band\s+(?:he|she|they)\s+(?:failed|didn['’]?t|did\s+not|never|dropped\s+it|blew\s+it)\b`,
    ],
    actors: PEOPLE,
    note: '"It was their job to notice" assigns blame for a miss; ask what would have made the problem noticeable.',
    examples: ["It's the on-call engineer's job to notice these things, and he didn't."],
  },
  {
    id: 'failed-to',
    category: 'blame-attribution',
    pattern: String.raw`{S}{ADV}\s+(?:failed|fails|neglected)\s+to\s+(?!(?:reproduce|find|locate|connect|reach|access|log|start|restore|recover|get|obtain|acquire|download|upload|load|open|contact|wake|identify|determine|pinpoint|isolate|resolve|fix|mitigate|complete|finish|make\s+it|join|attend)\b)\p{L}+`,
    actors: PEOPLE,
    notFollowedBy: SYSTEM_EXPLANATION,
    note: 'Saying a person or team failed to do something puts the gap in them instead of in the process that relied on them.',
    examples: ["Naveen's team failed to migrate off the deprecated API in time."],
  },
  {
    id: 'let-it-through',
    category: 'blame-attribution',
    pattern: [
      String.raw`{S}{ADV}\s+(?:let|allowed|lets|allows)\s+(?:the|a|an|this|that|these|those|it|them|two|several)\s+(?:[\w-]+\s+){0,2}?(?:through|slip(?:\s+through)?|slide|pass|go\s+unnoticed|get\s+through|into\s+production|into\s+prod)\b`,
      String.raw`{S}{ADV}\s+(?:merged|approved|shipped|reviewed|deployed|pushed)\s+(?:\S+\s+){0,3}?(?:himself|herself|themselves)\b`,
    ],
    actors: PEOPLE,
    note: 'Saying a person let a bug through or approved their own change blames them for a gate the process did not hold.',
    examples: ['The QA team let the regression through.', "@bwright's change was never reviewed because he merged it himself."],
  },
  {
    id: 'rushed',
    category: 'blame-attribution',
    pattern: String.raw`{S}{ADV}\s+(?:rushed|hurried)\s+(?:the|a|an|this|his|her|their|through|out|it)\b`,
    actors: PEOPLE,
    note: 'Saying a person rushed judges them; describe the time pressure and what made rushing possible.',
    examples: ['The release manager rushed the deploy before the holiday.'],
  },
  {
    id: 'let-it-expire',
    category: 'blame-attribution',
    pattern: String.raw`{S}{ADV}\s+(?:let|allowed)\s+(?:the|our|a|an|his|her|their)\s+(?:[\w-]+\s+)?(?:certificate|cert|domain|licen[cs]e|token|key|subscription|contract|credentials?|password|secret|quota|budget|disk|battery|batteries|pager|phone)s?\s+(?:to\s+)?(?:expire|lapse|run\s+out|fill\s+up|die|run\s+down|drain)\b`,
    actors: ANYONE,
    note: 'Saying someone let a certificate expire blames them; ask why renewal depended on a person remembering.',
    examples: ['The infra team let the wildcard certificate expire.'],
  },
  {
    id: 'held-accountable',
    category: 'blame-attribution',
    // "Our users hold us accountable" is a company answering to its users, not people being held to blame.
    pattern: String.raw`\b(?:held|hold|holding)\s+(?!us\b|ourselves\b)(?:\S+\s+){0,3}?accountable\b|\bheads?\s+(?:will|should|must|need\s+to|are\s+going\s+to)\s+roll\b|\bdisciplinary\s+(?:action|measures?|process|hearing)\b|\breprimand(?:ed|s)?\b|\bpunish(?:ed|ing|ment)\b(?!\s+(?:(?:the|our|all|every|legitimate|solo|innocent|real|paying|honest|new)\s+){0,2}(?:players?|users?|customers?|clients?|traffic|requests?|us|merchants?|subscribers?|callers?|patients?|members?|citizens?|applicants?)\b)`,
    negatable: true,
    note: 'Talk of punishment or holding people accountable for an outage tells everyone to hide their mistakes.',
    examples: ['Someone needs to be held accountable for this.', 'Heads will roll after this one.'],
  },
  {
    id: 'fired',
    category: 'blame-attribution',
    pattern: [
      String.raw`{S}{ADV}\s+(?:was|were|got|will\s+be|should\s+be|must\s+be|has\s+been|have\s+been|is\s+being|needs?\s+to\s+be|to\s+be)\s+(?:fired|disciplined|written\s+up|let\s+go|demoted|suspended|sacked|retrained|re-trained|reprimanded|spoken\s+to|talked\s+to)\b`,
      // "We have since retrained the engineer involved", "reminded the team to be careful": the sanction said actively.
      String.raw`\b(?:retrained|re-trained|disciplined|reprimanded|demoted|sacked)\s+(?!(?:with|on|for|in|using|from|by|to|against|over|at|as|after|and|because)\b){O}(?=\s*(?:[.,;:!?)]|$)|\s+(?:and|but|to|on|in|for|after|because|so|about|over|with)\b)`,
      String.raw`\b(?:reminded|told|advised|warned|asked)\s+{O}\s+to\s+be\s+(?:more\s+)?(?:careful|attentive|vigilant|diligent)\b`,
      // Not "them": "We have talked with them about it, they have whitelisted us" is a vendor talked to.
      String.raw`\b(?:spoke|spoken|talked|talk|speak|had\s+a\s+(?:word|talk|conversation|chat))\s+(?:to|with)\s+(?!them\b){O}\s+about\s+(?:this|it|the\s+(?:incident|outage|mistake|error|issue|change)|what\s+happened|his|her|their)\b`,
    ],
    actors: PEOPLE_OR_NAMES,
    negatable: true,
    note: 'Punishing the person who made a mistake guarantees the next one is hidden.',
    examples: ['The contractor who ran the script was let go.', 'Oskar needs to be retrained on the deploy tooling.', "We've spoken to @ebrown about the incident.", 'We have since retrained the engineer involved.'],
  },
  {
    id: 'served-people-as-cause',
    category: 'blame-attribution',
    // "Residents who give a cross street instead of an address are the real reason the lookups fail", "users who send
    // photos are the ones breaking the gateway".
    pattern: String.raw`\b(?:${SERVED_PEOPLE}|the\s+public)\s+(?:who|that)\s+[^.;]{1,60}?\s+(?:are|were)\s+(?:the\s+ones\s+(?:breaking|causing|crashing|flooding|overloading)|the\s+(?:real\s+|actual\s+|main\s+|whole\s+|true\s+)?(?:reason|cause|problem)\b)`,
    cue: String.raw`\b(?:the\s+ones|reason|cause|problem)\b`,
    note: 'Calling the people a service serves the cause of its failure puts the fault on them; describe what the service should do with what they send.',
    examples: ['Residents who give a cross street instead of an address are the real reason the lookups fail.', 'Users who upload photos are the ones breaking the gateway.'],
  },
  {
    id: 'must-accept-responsibility',
    category: 'blame-attribution',
    // "The associate who clicked the phishing link must accept responsibility for the compromise."
    pattern: [
      String.raw`{S}{ADV}\s+(?:must|should|needs?\s+to|has\s+to|have\s+to|will\s+have\s+to|ought\s+to)\s+(?:accept|take|bear|shoulder|own)\s+(?:full\s+|the\s+|some\s+|personal\s+|the\s+full\s+)?(?:responsibility|blame|consequences|accountability)\s+for\s+(?:the|this|that|his|her|their)\s+(?:[\w-]+\s+){0,2}?(?:compromise|outage|incident|breach|loss|damage|failure|mistake|error|leak|downtime|disruption|mess|misdelivery|overpayment)\b`,
      // The duty handed back to others: "that is their duty, not ours", "we can't babysit them", "their crashes are their
      // own problem", "carriers need to do their jobs".
      String.raw`\b(?:that|this|it)\s+(?:is|was|['’]s)\s+their\s+(?:duty|job|responsibility)\s*,?\s+not\s+ours\b|\bwe\s+(?:can['’]?t|cannot|can\s+not|shouldn['’]t\s+have\s+to|should\s+not\s+have\s+to)\s+babysit\b|\b(?:is|are)\s+their\s+own\s+(?:problem|lookout|fault|doing)\b|\b(?:need|needs|have|has)\s+to\s+(?:do|start\s+doing)\s+their\s+(?:jobs?|job\s+properly)\b`,
      // "Departments that insist on keeping servers under desks must accept that outages such as this one are their responsibility, not ours."
      String.raw`\b(?:must|should|will\s+have\s+to|need\s+to|needs\s+to|have\s+to|has\s+to)\s+accept\s+that\b[^.;]{1,60}?\b(?:is|are)\s+(?:their|his|her)\s+(?:own\s+)?(?:responsibility|problem|fault|doing|lookout)\b`,
    ],
    cue: [
      String.raw`\b(?:accept|take|bear|shoulder|own)\s+(?:\w+\s+)?(?:responsibility|blame|consequences|accountability)\b`,
      String.raw`\b(?:their|babysit)\b`,
      String.raw`\baccept\s+that\b`,
    ],
    actors: PEOPLE,
    note: 'Demanding that a person accept responsibility for the damage makes them its cause; describe what let one click or one command do that much harm.',
    examples: ['The associate who clicked the phishing link must accept responsibility for the compromise.', 'The stations ought to have tested against the new API; that is their duty, not ours.', 'The fire districts need to keep their own units patched; we can\'t babysit them.'],
  },
  {
    id: 'mistakes-by-person',
    category: 'blame-attribution',
    pattern: [
      // "Mistakes were made, chiefly by Zara."
      String.raw`\bmistakes?\s+(?:were|was|have\s+been|had\s+been)\s+made\b[^.;]{0,20}?\bby\s+{O}`,
      // "The errant SQL can be traced, line for line, to Cerys's laptop."
      String.raw`\btraced\b[^.;]{0,30}?\bto\s+{P}\s+(?:own\s+)?(?:laptop|machine|terminal|workstation|keyboard|desk|account|login|session|shell)\b`,
    ],
    cue: [String.raw`\bmade\b`, String.raw`\btraced\b`],
    actors: PEOPLE,
    note: 'Placing the mistake with a person ("mistakes were made, chiefly by X", "traced to X\'s laptop") makes them the cause; describe what let the mistake reach production.',
    examples: ['Mistakes were made, chiefly by @zara.', "The errant SQL can be traced, line for line, to @cerys's laptop."],
  },
  {
    id: 'conduct-judged',
    category: 'judgment-of-people',
    pattern: [
      // "The review panel found Fiona's judgement on the night to be below the standard expected of a senior engineer."
      String.raw`{P}\s+(?:judg(?:e)?ment|performance|conduct|decision-making|competence|professionalism)\b[^.;]{0,40}?\s(?:(?:to\s+be|was|were|is|fell|falls|as)\s+)?(?:well\s+)?(?:below|short\s+of|beneath)\s+(?:the\s+)?(?:standard|expectations?|level|bar|what\s+(?:is|was|we)\s+expect)`,
      // "The transmission team's attitude on the bridge was dismissive and slowed down the whole recovery."
      String.raw`{P}\s+attitude\s+(?:(?:on|during|in|towards?|to|at)\s+[^.;]{1,40}?\s)?(?:was|is|were|has\s+been)\s+(?:[\w-]+\s+)?(?:dismissive|unhelpful|obstructive|poor|unprofessional|defensive|arrogant|hostile|negative|lax|casual|cavalier|uncooperative|disappointing)\b`,
      // "… arose from an officer's departure from documented procedure."
      String.raw`{P}\s+(?:departure|deviation|departing|deviating|straying)\s+from\s+(?:the\s+)?(?:documented\s+|agreed\s+|standard\s+|approved\s+|established\s+|required\s+)?(?:procedure|process|protocol|runbook|method|policy|practice|instructions?)`,
      // "Infrastructure really needed to test the failover before declaring it production-ready, and they didn't."
      String.raw`{S}{ADV}\s+(?:really\s+|clearly\s+|obviously\s+)?needed\s+to\s+[^.;]{1,80}?,?\s+and\s+(?:they|he|she)\s+(?:did\s*n['’]?t|did\s+not|never\s+did|had\s*n['’]?t|had\s+not)\b`,
      // "In hindsight, the planning team needed to notice that the window overlapped with Buen Fin."
      String.raw`\bin\s+hindsight\s*,?\s+{S}\s+(?:really\s+|clearly\s+)?needed\s+to\s+(?:notice|spot|catch|see|realise|realize|know|check)\b`,
      // "Had the vendor liaison bothered to forward the advisory, …"
      String.raw`\bhad\s+{S}\s+(?:even\s+|just\s+|only\s+)?bothered\s+to\b`,
      // "Nobody on Infrastructure took the AVL alarm seriously until …"
      String.raw`\b(?:nobody|no\s*one|no-one)\s+(?:on|in|from|at)\s+(?:the\s+)?[\w-]+(?:\s+[\w-]+)?\s+(?:took|takes|treated|was\s+taking)\s+(?:the|an?|this|that|our|it|them)\b[^.;]{0,40}?\bseriously\b`,
      // "[03:12] @mtorres: ok whoever just pushed to the SBC config, yes you, roll it back now"
      String.raw`\bwhoever\s+(?:just\s+)?\p{L}+ed\b[^.;]{0,60}?,\s*yes\s+(?:you|him|her|them)\b`,
      // "Caused by a change made by a member of the Infrastructure team".
      String.raw`\bcaused\s+by\s+(?:a|an|the)\s+(?:[\w-]+\s+){0,2}?(?:change|edit|update|push|deploy|command|script|action)\s+(?:made|pushed|run|applied|done|deployed|executed)\s+by\s+(?:a\s+member\s+of\s+|someone\s+(?:in|on|from)\s+|one\s+of\s+)?{O}`,
      // "A bit more patience from Sanne and the failover would have completed on its own."
      String.raw`\b(?:a\s+(?:bit|little)\s+|a\s+lot\s+|much\s+|some\s+)?more\s+(?:patience|care|attention|caution|thought|discipline|diligence|focus)\s+(?:from|by|on\s+the\s+part\s+of)\s+{O}`,
      // "Yuna tends to rush changes when she wants to leave on time", "Donghyun was half-asleep through the whole incident".
      String.raw`{S}{ADV}\s+tends\s+to\s+(?:rush|skip|ignore|cut\s+corners|forget|miss|panic|overreact|guess|wing\s+it|cowboy)\b`,
      String.raw`{S}{ADV}\s+(?:was|were|seemed|looked)\s+(?:half[- ]asleep|checked\s+out|zoned\s+out|not\s+paying\s+attention)\b`,
      // "The QA lead needed to catch this; it is literally on the regression checklist."
      String.raw`{S}{ADV}\s+(?:really\s+|clearly\s+)?needed\s+to\s+(?:catch|spot|notice)\s+(?:this|that|it)\b`,
      // "Did nobody on QA actually open the game on a Galaxy before approving 3.2?", "guess whose script it was each time".
      String.raw`\bdid\s+(?:nobody|no\s*one|not\s+one\s+person)\s+(?:in|on|from|at)\s+(?:the\s+)?[\w-]+(?:\s+[\w-]+)?\s+(?:actually|even|ever)\s+\p{L}+[^?]{0,120}\?`,
      String.raw`\bguess\s+(?:whose|who)\b`,
      // "By rights the 03:12 page was hers to pick up", "a quick glance at the change calendar would have told Sergio …",
      // "Lucía seemed more interested in finishing her shift than in fixing the outage".
      String.raw`\b(?:was|is)\s+(?:his|hers|theirs)\s+to\s+(?:pick\s+up|answer|handle|catch|fix|own|deal\s+with|escalate)\b`,
      String.raw`\ba\s+(?:quick|simple|brief|single|five-second|two-minute)\s+(?:glance|look|check|read)\s+(?:at\s+)?[^.;]{1,60}?\s+would\s+have\s+(?:told|shown|warned|saved|stopped)\s+{O}`,
      String.raw`{S}{ADV}\s+(?:was|were|seemed|seems|is|appeared|looked)\s+(?:a\s+lot\s+|far\s+|much\s+)?more\s+(?:interested|concerned|focused|keen)\s+(?:in|on|with|about)\s+[^.;]{1,60}?\s+than\s+(?:in|on|with|about)\b`,
      // "Lessons learned: Gurpreet needed to escalate at 01:00, not at 04:30."
      String.raw`{S}{ADV}\s+(?:really\s+)?needed\s+to\s+(?:escalate|page|call|act|respond|roll\s+back)\b[^.;]{0,40}?,\s*not\s+(?:at|after|by)\b`,
      // "Was anyone in networks ever going to mention they'd changed the firewall?"
      String.raw`\b(?:was|were)\s+(?:anyone|anybody|someone)\s+(?:in|on|from)\s+[\w-]+(?:\s+[\w-]+)?\s+ever\s+going\s+to\b[^?]{0,100}\?`,
      // "Ticket … resolution: user X deleted the table; … user advised to be more careful."
      String.raw`\b(?:user|operator|engineer|employee|staff\s+member|technician)\s+(?:was\s+|has\s+been\s+)?(?:advised|told|reminded|asked|warned)\s+to\s+be\s+more\s+(?:careful|attentive|vigilant|diligent)\b`,
      // "Reading the release notes would have taken Nikko ten minutes", "Princess does not take security controls seriously".
      String.raw`\b(?:reading|checking|a\s+(?:quick\s+)?look\s+at)\s+[^.;]{1,40}?\s+would\s+have\s+taken\s+{O}`,
      String.raw`{S}{ADV}\s+(?:does\s*n['’]?t|does\s+not|did\s*n['’]?t|did\s+not|never)\s+(?:take|took)\s+[^.;]{1,40}?\s+seriously\b`,
      // "A single call to NOC from Elikem before he pulled that cable would have saved us the whole night", "weak technical
      // leadership in the Charging Systems unit", "Revenue Assurance needs to do its job", "wasting Billing's time",
      // "Interesting that the logs for Sena's session end exactly ten minutes before …".
      String.raw`\ba\s+(?:single|quick|simple|one)\s+(?:call|message|email|text|ping|word|heads-?up)\s+(?:to\s+[\w-]+(?:\s+[\w-]+)?\s+)?from\s+{O}[^.;]{0,60}?\s+would\s+have\b`,
      String.raw`\b(?:weak|poor|absent|lacking|inadequate)\s+(?:technical\s+)?(?:leadership|management|supervision)\s+(?:in|of|at|from)\b`,
      String.raw`\bneeds?\s+to\s+do\s+(?:its|their|his|her)\s+(?:job|jobs)\b`,
      String.raw`\bwasting\s+(?:[\w-]+['’]s\s+|our\s+|everyone['’]s\s+|everybody['’]s\s+)time\b`,
      String.raw`^\W*(?:interesting|curious|odd|strange)\s+(?:that|how)\s+[^.;]{0,40}?{P}\s+[\w-]+`,
    ],
    cue: [String.raw`\b(?:below|short\s+of|beneath)\b`, String.raw`\battitude\b`, String.raw`\b(?:departure|deviation|departing|deviating|straying)\b`, String.raw`\bneeded\s+to\b`, String.raw`\bhindsight\b`, String.raw`\bbothered\b`, String.raw`\bseriously\b`, String.raw`\byes\s+(?:you|him|her|them)\b`, String.raw`\bcaused\s+by\b`, String.raw`\b(?:patience|care|attention|caution|thought|discipline|diligence|focus)\b`, String.raw`\btends\s+to\b`, String.raw`\b(?:asleep|checked\s+out|zoned|attention)\b`, String.raw`\bneeded\s+to\b`, String.raw`\bdid\s+(?:nobody|no\s*one|not\s+one)\b`, String.raw`\bguess\b`, String.raw`\bto\s+(?:pick|answer|handle|catch|fix|own|deal|escalate)\b`, String.raw`\bwould\s+have\b`, String.raw`\bmore\s+(?:interested|concerned|focused|keen)\b`, String.raw`\bnot\s+(?:at|after|by)\b`, String.raw`\bever\s+going\s+to\b`, String.raw`\bmore\s+(?:careful|attentive|vigilant|diligent)\b`, String.raw`\bwould\s+have\s+taken\b`, String.raw`\bseriously\b`, String.raw`\bwould\s+have\b`, String.raw`\b(?:leadership|management|supervision)\b`, String.raw`\bdo\s+(?:its|their|his|her)\s+jobs?\b`, String.raw`\bwasting\b`, String.raw`\b(?:interesting|curious|odd|strange)\b`],
    actors: PEOPLE,
    note: "Judging a person's conduct or attitude, or pinning the incident on their departure from procedure, makes the review about them; describe what happened and what made it likely.",
    examples: ["The panel found @fiona's judgement on the night to be below the standard expected.", "The transmission team's attitude on the bridge was dismissive.", 'Nobody on the infrastructure team took the alarm seriously until the map went blank.'],
  },
  {
    id: 'cause-pinned-on-person',
    category: 'blame-attribution',
    // "The number-portability sync stopped the moment the integration team rotated the credentials."
    pattern: [
      String.raw`\b(?:stopped|broke|failed|died|went\s+down|fell\s+over|collapsed|started\s+failing|backed\s+up|went\s+dark|fell\s+apart)\s+(?:the\s+(?:moment|minute|second|instant)|as\s+soon\s+as|right\s+after|straight\s+after|the\s+second)\s+{S}\s+(?:had\s+)?\p{L}+ed\b`,
      // "Bram's PLC download to the inlet pumps is what tripped all three pumps", "X pushed the firmware at 07:00 and that
      // is what knocked out every outstation", "…, and that was the start of the whole thing".
      String.raw`{P}\s+(?:[\w-]+\s+){0,3}?(?:${CHANGE_NOUN}|downloads?|uploads?|upgrades?|updates?|maintenance|work|script|query|migration)\b[^.;]{0,60}?\s+(?:is|was)\s+what\s+(?:tripped|broke|caused|took\s+down|knocked\s+out|started|triggered|brought\s+down|killed|crashed|stopped)\b`,
      String.raw`{S}{ADV}\s+(?:(?:had|has|have)\s+)?${ACTION_PAST}[^.;]{1,80}?,?\s+and\s+that\s+(?:is|was)\s+(?:what\s+(?:tripped|broke|caused|took\s+down|knocked\s+out|started|triggered|brought\s+down|killed|crashed|stopped)|the\s+start\s+of)\b`,
      // "The overflow came from Ingrid switching the station to local control and leaving it there."
      String.raw`\b(?:${OUTCOME}|overflow|flood(?:ing)?|trip|outage)\s+(?:[\w-]+\s+){0,4}?(?:came|comes|stemmed|stems|resulted|arose|started)\s+from\s+{O}\s+(?!being\b)\p{L}+ing\b`,
      // "The certificate expired because the platform team took it off the renewal list."
      String.raw`\b(?:expired|failed|broke|crashed|went\s+down|stopped|tripped|overflowed|went\s+offline)\s+because\s+{S}\s+(?:had\s+)?(?:took|pulled|removed|deleted|dropped|disabled|turned\s+off|switched\s+off|changed|moved|forgot|skipped)\b`,
      // "The matchmaking outage traces back to one person", "… is the live-ops planner's misconfiguration of the table".
      String.raw`\b(?:traces?|traced|comes?|came|goes|went|boils|boiled)\s+(?:back\s+|down\s+)?to\s+one\s+(?:person|engineer|individual|man|woman|developer|operator|admin)\b`,
      String.raw`\broot\s+cause\b[^.;]{0,60}?\s(?:is|was)\s+{P}\s+(?:[\w-]+\s+)?(?:misconfiguration|mistake|error|typo|oversight|slip|blunder|misreading)\b`,
      // "The storage team's Ceph rebalance is what made every course page take 40 seconds", "the cache flush you ran at
      // 11:00 is what emptied everyone's sessions", "your cron change just took out the gradebook".
      String.raw`{P}\s+(?:[\w-]+\s+){0,3}?(?:rebalance|flush|restart|reboot|purge|cleanup|clean-?up|reindex|failover|cutover|reconfiguration|rollout)\b[^.;]{0,40}?\s+(?:is|was)\s+what\s+(?:made|emptied|wiped|filled|slowed|tripped|broke|caused|took\s+down|knocked\s+out|killed|crashed|stopped)\b`,
      String.raw`\b(?:the|that|this)\s+(?:[\w-]+\s+){0,3}?(?:${CHANGE_NOUN}|flush|restart|reboot|purge|script|query|command|migration)\s+you\s+(?:just\s+)?(?:ran|pushed|did|made|deployed|applied|started|kicked\s+off|merged)\b[^.;]{0,40}?\s+(?:is|was)\s+what\b`,
      String.raw`\byour\s+(?:[\w-]+\s+){0,2}?(?:${CHANGE_NOUN}|script|migration|query|cron\s+(?:job|change)|deploy)\s+(?:just\s+)?(?:took\s+out|took\s+down|broke|killed|wiped|crashed|emptied|knocked\s+out|nuked|trashed)\b`,
      // "BigBlueButton is down again thanks to the storage team's maintenance", "all courtesy of the telecom group's …".
      String.raw`\b(?:is|are|was|were|went|going)\s+(?:down|broken|offline|out|stale|dark)\s+(?:again\s+)?(?:thanks\s+to|courtesy\s+of)\s+{P}\s+[\w-]+`,
      String.raw`\ball\s+courtesy\s+of\s+{P}\s+[\w-]+`,
      // "User impact caused by Marta's misconfiguration, not a platform issue."
      String.raw`\bcaused\s+by\s+{P}\s+(?:[\w-]+\s+)?(?:misconfiguration|mistake|error|typo|oversight|slip|blunder|carelessness|negligence)\b`,
      // "ok so this one's on Kevin, he bounced the primary".
      String.raw`\bthis\s+one['’]s\s+on\s+{O}`,
      // "Everything after 02:15 is downstream of what Bea did to the sign-on policy", "Vince applied the policy to the whole
      // /16, that's our outage", "300 agents in not-ready because of you".
      String.raw`\bdownstream\s+of\s+(?:what\s+{S}\s+(?:did|changed|pushed|ran|deployed|broke)|{P}\s+[\w-]+)`,
      String.raw`{S}{ADV}\s+${ACTION_PAST}[^.;]{0,80}?,\s*that['’]s\s+(?:our|the|your)\s+(?:outage|incident|problem|culprit|cause|root\s+cause)\b`,
      String.raw`\bbecause\s+of\s+you\s*[.!?]*$`,
      // "… filled its archive disk overnight, and all of that was Logan's debug tagging", "| 04:10 | Aroha changes the DNS with
      // no notice to anyone, cause of the outage |".
      String.raw`\ball\s+(?:of\s+)?(?:that|this|it)\s+(?:was|is)\s+{P}\s+[\w-]+`,
      String.raw`{S}{ADV}\s+\p{L}+(?:s|ed)\b[^|.;]{0,80}?,\s*(?:the\s+)?(?:root\s+)?cause\s+of\s+(?:the|this)\s+(?:outage|incident|failure|problem)\b`,
      // "Mediation stopped picking up CDRs because Selasi repointed the collectors", "the issue was introduced by the
      // Integration team's certificate swap", "| 02:14 | Kojo re-runs the bill cycle job; this is what double-charged …",
      // "the fix Elorm applied caused the same failure", "unable to recharge for 3h, thanks to Dela's script".
      String.raw`\b(?:stopped|failed|broke|crashed|went\s+down|died)(?:\s+[\w-]+){0,4}?\s+because\s+{S}\s+(?:had\s+)?(?:repointed|pointed|moved|changed|reconfigured|loaded|deleted|dropped|disabled|removed|overwrote)\b`,
      String.raw`\b(?:introduced|caused|triggered|started|created)\s+by\s+{P}\s+(?:[\w-]+\s+)?(?:${CHANGE_NOUN}|swap|script|migration|update|upgrade|deploy\w*|maintenance)\b`,
      String.raw`{S}{ADV}\s+\p{L}+s\b[^|.;]{1,80}?;\s*(?:this|that)\s+(?:is|was)\s+what\s+(?:[\w-]+ed|took\s+down|knocked\s+out|broke)\b`,
      String.raw`\bthe\s+(?:fix|change|patch|script|update|workaround)\s+{S}\s+(?:applied|pushed|made|ran|wrote|deployed)\s+(?:caused|broke|took\s+down|triggered|brought\s+down)\b`,
      String.raw`\b(?:unable|down|failed|lost|broken|outage|offline)\b[^|.;]{0,80}?\bthanks\s+to\s+{P}\s+(?:[\w-]+\s+)?(?:script|change|push|deploy|config|migration|update|typo|mistake|query)\b`,
    ],
    cue: [
      String.raw`\b(?:moment|minute|second|instant|as\s+soon\s+as|right\s+after|straight\s+after)\b`,
      String.raw`\bis\s+what\b|\bwas\s+what\b`,
      String.raw`\band\s+that\s+(?:is|was)\b`,
      String.raw`\bfrom\b`,
      String.raw`\bbecause\b`,
      String.raw`\bto\s+one\b`,
      String.raw`\broot\s+cause\b`,
      String.raw`\b(?:is|was)\s+what\b`,
      String.raw`\byou\b[^.;]*\bwhat\b`,
      String.raw`\byour\b`,
      String.raw`\b(?:thanks\s+to|courtesy\s+of)\b`,
      String.raw`\bcourtesy\s+of\b`,
      String.raw`\bcaused\s+by\b`,
      String.raw`\bone['’]s\s+on\b`,
      String.raw`\bdownstream\s+of\b`,
      String.raw`\bthat['’]s\s+(?:our|the|your)\b`,
      String.raw`\bbecause\s+of\s+you\b`,
      String.raw`\ball\s+(?:of\s+)?(?:that|this|it)\b`,
      String.raw`\bcause\s+of\b`,
      String.raw`\bbecause\b`,
      String.raw`\bby\b`,
      String.raw`\bis\s+what\b|\bwas\s+what\b`,
      String.raw`\bthe\s+(?:fix|change|patch|script|update|workaround)\b`,
      String.raw`\bthanks\s+to\b`,
    ],
    actors: PEOPLE_OR_NAMES,
    note: 'Timing or telling a failure as what a person did ("the moment X rotated the key", "X\'s download is what tripped the pumps", "your change took it out") makes them its cause; say what the action changed and why nothing caught it.',
    examples: ['The sync stopped the moment the integration team rotated the credentials.'],
  },
  {
    id: 'cause-in-persons-work',
    category: 'blame-attribution',
    pattern: [
      // "the network interruption was the result of deficient work by the Nätdrift crew on duty", "the delay … was down to
      // slow reactions in the control room"
      String.raw`\b(?:(?:the\s+)?(?:direct\s+)?result\s+of|due\s+to|caused\s+by|down\s+to|because\s+of|owing\s+to)\s+(?:the\s+)?(?:poor|deficient|sloppy|careless|substandard|sub-standard|shoddy|inadequate|negligent|slow|late|poor-quality|bad|lax|rushed|hasty)\s+(?:work(?:manship)?|reactions?|responses?|handling|execution|judge?ments?|decision(?:-making|s)?|performance|supervision|practices?)\s+(?:by|from|of|in|on\s+the\s+part\s+of)\s+(?:the\s+(?:control\s+room|service\s+desk|help\s*desk|dispatch(?:\s+desk)?|switchboard|front\s+desk|night\s+shift|day\s+shift|shift)\b|{O})`,
      // "It was the fuel-handling team's conveyor speed change that starved boiler 2", "traced to Seán's firewall rule", "Darragh's
      // VLAN reshuffle took attendance down"
      String.raw`\bit\s+was\s+{P}\s+(?:[\w-]+\s+){0,3}?${CHANGE_NOUN}\s+(?:that|which)\b`,
      String.raw`\btraced\s+(?:back\s+)?to\s+{P}\s+(?:[\w-]+\s+){0,3}?${CHANGE_NOUN}\b`,
      String.raw`{P}\s+(?:[\w-]+\s+){0,3}?${CHANGE_NOUN}\s+(?:took|brought|knocked|pulled|kicked)\s+(?:[^\s.;]+\s+){1,6}?(?:down|offline)\b`,
      // "Root cause: the valve closure performed by the Nätdrift crew at Kvarngatan"
      String.raw`\broot\s+cause\s*(?:was|is|:)\s*[^.;]{0,60}?\b(?:performed|carried\s+out|done|made|executed|initiated|triggered)\s+by\s+{O}`,
      // "Flow alarms … start seconds after Anders pushes his new PID tuning"
      String.raw`\b(?:start|starts|started|begin|begins|began|fire|fires|fired|spike|spikes|spiked)\s+(?:\w+\s+)?(?:seconds|minutes|moments|right|immediately|just)\s+(?:after|once)\s+{S}\s+\p{L}+(?:s|ed)\b`,
    ],
    actors: PEOPLE,
    note: "Pinning the cause on a person's work (their change, their poor reactions) makes them the cause; describe the change and what let it do harm.",
    examples: ["It was the fuel-handling team's speed change that starved boiler 2.", "Attendance sync fails on all sites, traced to Sean's firewall rule from Friday.", 'The interruption was the result of deficient work by the night crew.'],
  },
];
