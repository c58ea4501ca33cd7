// Blame labels: words that name a person as the cause and end the inquiry ("human error", "PEBKAC").
import type { BlameEntry } from '../types';
import { SAFEGUARD_AGAINST } from './fragments';

/** After "human error" or "operator error", words that make it a measure of a task: "the human error rate". */
const ERROR_AS_A_MEASURE = String.raw`rates?|probabilit(?:y|ies)|research|studies|literature|budgets?|counts?|metrics?`;
/** … or a signal a device shows: "a human-error code (HE-12) on the HMI". */
const ERROR_AS_A_SIGNAL = String.raw`codes?|messages?|alarms?|events?|flags?`;
/** … or a control against it: "a human-error safeguard". */
const AGAINST_THE_ERROR = String.raw`[-\s]+(?:safeguards?|guards?|prompts?|proofing|prevention|checks?)\b`;

export const LABELS: readonly BlameEntry[] = [
  {
    id: 'human-error',
    category: 'blame-label',
    // Also as French, Spanish, Portuguese and German reports write it: "l'erreur humaine de l'astreinte", "menschliches Versagen".
    pattern: String.raw`\b(?:an?\s+)?human[- ]errors?\b|\berreurs?\s+humaines?\b|\berror(?:es)?\s+humanos?\b|\berros?\s+humanos?\b|\bmenschliche[sn]?\s+(?:versagen|fehler)\b`,
    negatable: true,
    notPrecededBy: SAFEGUARD_AGAINST,
    // "The human error rate of manual entry" measures a task, as the user-error entry's "error rate" does; "a
    // human-error safeguard" is a control against it.
    notFollowedBy: String.raw`\s+(?:is|was)(?:n['’]t|\s+not|\s+never)\b|\s+(?:${ERROR_AS_A_MEASURE}|${ERROR_AS_A_SIGNAL})\b|${AGAINST_THE_ERROR}`,
    note: '"Human error" names a person as the cause and ends the inquiry where it should start: why was the mistake possible and not caught?',
    expected: 'a gap in our safeguards',
    examples: ['Leaving the replica in maintenance mode was a human error.', 'The root cause was human error.'],
  },
  {
    id: 'non-compliance',
    category: 'blame-label',
    // "Root cause category: Staff non-compliance with procedure", "Personnel — individual non-compliance".
    // Also "Non-adherence by signalling staff to the possession protocol", "a lack of ownership from the payments team",
    // "a well-known casual attitude to dual control".
    pattern: String.raw`\bnon-?(?:adherence|compliance)\s+(?:by|of|from)\s+(?:the\s+)?(?:[\w-]+\s+){0,2}?(?:staff|personnel|individuals?|employees?|users?|operators?|operatives?|clinicians?|engineers?|team|crew|technicians?|signallers?|controllers?|traders?|drivers?|contractors?)\b|\black\s+of\s+(?:ownership|accountability|urgency|care|diligence|rigou?r|discipline|professionalism|engagement|attention)\s+(?:from|by|on\s+the\s+part\s+of|among|within|in)\s+(?:the\s+)?(?:[\w-]+\s+){0,3}?(?:team|teams|staff|desk|crew|department|engineers?|operators?|individual|individuals|squad|group)\b|\b(?:casual|lax|relaxed|cavalier|complacent)\s+attitude\s+(?:to|towards|about)\b|\b(?:staff|personnel|individual|employee|user|operator|human|clinician|engineer)\s+non-?compliance\b|\b(?:inadequate|insufficient|poor)\s+(?:competence|competency|diligence|attentiveness|vigilance)\s+(?:of|by|from)\s+(?:the\s+)?(?:operative|operator|engineer|staff|individual|employee|technician|analyst)\b`,
    negatable: true,
    notPrecededBy: SAFEGUARD_AGAINST,
    note: 'Labelling the cause as a person\'s non-compliance ends the inquiry; ask why the procedure was hard to follow or easy to skip.',
    examples: ['| Root cause category | Staff non-compliance with procedure | Confirmed |'],
  },

  {
    id: 'operator-error',
    category: 'blame-label',
    pattern: [
      String.raw`\b(?:an?\s+)?(?:operator|pilot|engineer|engineering|admin|administrator|developer|dba|personnel|staff|reviewer|sre|human)[- ](?:errors?|mistakes?|slips?|oversights?|negligence|carelessness|lapses?)\b`,
      // "User misunderstanding of the correct commit SHA was one part of the problem", "Operator misreading contributed".
      String.raw`\b(?:operator|engineer|developer|admin|administrator|user|human|reviewer|maintainer|staff)[- ](?:misunderstandings?|misreadings?|misjudge?ments?|confusion)\s+(?:(?:of|about)\s+[^.;]{1,80}?\s+)?(?:(?:was|were|is)\s+(?:(?:one|a|the|another)\s+)?(?:(?:main|key|major|primary|root|contributing|big)\s+)?(?:part|cause|factor|reason|contributor)|contributed|caused|led\s+to)\b`,
    ],
    negatable: true,
    // "The human error rate of manual entry" measures a task; "a human-error safeguard" is a control against it.
    notFollowedBy: String.raw`\s+(?:${ERROR_AS_A_MEASURE}|${ERROR_AS_A_SIGNAL}|logs?|states?|bits?|registers?)\b|${AGAINST_THE_ERROR}`,
    notPrecededBy: SAFEGUARD_AGAINST,
    note: 'Labelling the cause as a role\'s error blames the people in that role instead of the conditions they worked in.',
    expected: 'a gap in our safeguards',
    examples: ['Root cause: operator error during the failover.', 'This was classic engineer error.'],
  },
  {
    id: 'user-error',
    category: 'blame-label',
    pattern: String.raw`\b(?:an?\s+)?user[- ]errors?\b|\b(?:this|it|that)\s+was\s+(?:(?:just|simply|purely|really)\s+)?(?:a|an)\s+(?:user|customer|client|operator)\s+(?:problem|issue)\s*(?=[:;—–]|$)`,
    negatable: true,
    // "… closed as user error because auth-api logs `user error` …": a misreading the system's own words led to.
    notFollowedBy: String.raw`\s+(?:rate|rates|count|counts|message|messages|code|codes|page|pages|budget|response|responses|type)\b|\s+because\s+(?:the\s+|our\s+)?[\w-]+\s+(?:logs?|logged|reported|reports|said|says|showed|shows|returned|returns|printed|prints)\b`,
    note: '"User error" blames the person who used the system rather than the design that let the mistake happen.',
    expected: 'a usability gap',
    examples: ['Support closed the ticket as user error.'],
  },
  {
    id: 'pebkac',
    category: 'blame-label',
    pattern: String.raw`\b(?:pebkac|pebcak|pbkac|id-?10-?t|layer[- ]?(?:8|eight)\s+(?:issue|problem|error|failure)s?)\b|\bbetween\s+(?:the\s+)?keyboard\s+and\s+(?:the\s+)?chair\b`,
    note: 'Jokes like PEBKAC or "layer 8" say the person was the problem, which shuts down learning about the system.',
    examples: ['Classic PEBKAC, nothing to fix on our side.', 'It turned out to be a layer 8 issue.'],
  },
  {
    id: 'fat-finger',
    category: 'blame-label',
    pattern: String.raw`\bfat[- ]?finger(?:ed|ing|s)?\b|\bbrain[- ]?farts?\b|\bfinger\s+trouble\b`,
    negatable: true,
    note: 'Calling a slip a "fat finger" or "brain fart" pins it on the person; the useful question is why one keystroke could do this.',
    expected: 'a mistyped command',
    examples: ['Someone fat-fingered the replica count.', 'A brain fart during the cutover deleted the wrong volume.'],
  },
  {
    id: 'human-failure',
    category: 'blame-label',
    pattern: String.raw`\bhuman\s+(?:failure|mistake|fault|slip|lapse)s?\b|\b(?:a|the)\s+people\s+problem\b|\b(?:meatware|wetware)\s+(?:failure|error|problem|issue|bug)s?\b`,
    negatable: true,
    note: 'Naming "human failure" as a cause blames people and hides the missing guard rails.',
    expected: 'a gap in our safeguards',
    examples: ['The outage came down to human failure.', 'Honestly this is a people problem, not a tooling one.'],
  },
];
