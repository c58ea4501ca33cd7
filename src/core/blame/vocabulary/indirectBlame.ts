// Indirect blame: passive agents ("was overwritten by Ana"), hedges ("may have forgotten"), responsibility idioms, wrong actions without a trigger word.
import type { BlameEntry } from '../types';
import { ANYONE, DILIGENCE, DILIGENCE_PAST, OUTCOME, PEOPLE, PEOPLE_OR_NAMES, SIGNAL, SYSTEM_EXPLANATION, SYSTEM_REASON } from './fragments';

/** Passive auxiliaries: "was", "had been" … */
const PASSIVE = String.raw`(?:was|were|got|had\s+been|has\s+been|have\s+been)\s+(?:(?:accidentally|mistakenly|quietly|simply|hastily|apparently)\s+)?`;

/** Words after a passive "by <person>" that make the action a mistake rather than a neutral step. */
const MISTAKE_AFTER = String.raw`[^.;]{0,60}?\b(?:by\s+(?:mistake|accident)|without\s+(?:a\s+|an\s+|any\s+)?(?:\w+\s+)?(?:review|reviewer|approval|testing|tests|checking|asking|telling|migration|ticket|change\s+request|plan|rollback|backup)|and\s+(?:nobody|no\s+one|(?:was\s+|were\s+)?(?:never|not)\s+(?:re-?enabled|re-?checked|turned\s+back|restored|reverted|rolled\s+back|put\s+back|checked|verified|tested|reviewed|announced))|in\s+error|against\s+(?:the\s+)?(?:runbook|policy|process|advice))\b`;

/** Safe alternatives a person passed over ("instead of staging", "rather than the staged rollout"). */
const SAFE_ALTERNATIVE = String.raw`(?:staging|stage|the\s+sandbox|a\s+sandbox|the\s+replica|(?:a|the)\s+test\s+(?:cluster|environment|database|account)|(?:using\s+|following\s+)?(?:the\s+|a\s+)?(?:staged|canary|gradual|phased)\s+(?:rollout|release|deploy)|(?:a|the)\s+canary|(?:a|the)\s+dry[- ]run|(?:following\s+)?the\s+(?:runbook|playbook|documented|approved|agreed)\b|(?:a|the)\s+(?:fresh|new|separate|scratch|spare)\s+(?:instance|database|cluster|copy|server|volume))`;


export const INDIRECT_BLAME: readonly BlameEntry[] = [
  {
    id: 'passive-harm-by-person',
    category: 'blame-attribution',
    pattern: [
      String.raw`\b${PASSIVE}(?:overwritten|truncated|clobbered|corrupted|rushed(?:\s+(?:out|through|in))?|allowed\s+to\s+(?:lapse|expire|rot)|left\s+to\s+(?:lapse|expire|rot|fail)|force-pushed|leaked|exposed|mangled|mistyped|fumbled)\s+by\s+{O}`,
      String.raw`\b${PASSIVE}left\s+(?:un[\w-]+ed|exposed|open|broken|running|half-finished|in\s+place)(?:\s+(?!by\b)[^\s.;,]+){0,3}?\s+by\s+{O}`,
      String.raw`\b${PASSIVE}{VBN}(?:\s+(?!by\b)[^\s.;,]+){0,3}?\s+by\s+{O}(?=${MISTAKE_AFTER})`,
    ],
    actors: PEOPLE,
    notFollowedBy: SYSTEM_REASON,
    note: 'A passive sentence that ends "by <person>" after a harmful action still names a culprit; describe what allowed the action.',
    examples: ['The firewall rule was overwritten by an engineer during cleanup.', 'The schema was applied by Ruth by accident.'],
  },
  {
    id: 'judged-person',
    category: 'judgment-of-people',
    pattern: [
      String.raw`\b(?:impatient|stubborn|arrogant|complacent|hasty|clumsy|distracted|over-eager|overeager)\s+{O}`,
      String.raw`{P}\s+(?:attention(?:\s+to\s+detail)?|judge?ment|focus|diligence|competence|skills?|performance|communication|attitude|decision-making|effort|care)(?:\s+(?:on|during|in|with|around|for|about)\s+[^.;]{1,30}?)?\s+(?:is|was|has\s+been|were|are)\s+(?:\w+\s+)?(?:lacking|poor|bad|terrible|sloppy|subpar|inadequate|weak|questionable|insufficient|lax|awful|lousy|nonexistent|non-existent)\b`,
      String.raw`{S}{ADV}\s+(?:is|was|are|were)(?:n['’]t|\s+not|\s+never)\s+cut\s+out\s+for\b|{S}{ADV}\s+(?:is|was|are|were|has\s+been|have\s+been)\s+(?:a|an)\s+(?:real\s+|constant\s+|total\s+)?(?:liability|menace|hazard)\b`,
      String.raw`{P}\s+(?:stubbornness|arrogance|impatience|complacency|ego|indecision|indecisiveness|overconfidence|hubris|haste|hastiness)\b`,
      String.raw`{S}{ADV}\s+(?:has|had|have|shows?|showed)\s+(?:zero|poor|a\s+poor|a\s+weak|weak|no\s+real)\s+(?:understanding|knowledge|grasp)\s+of\b`,
      String.raw`{S}{ADV}\s+(?:is|was|are|were)\s+(?:just\s+|simply\s+|clearly\s+|obviously\s+)?not\s+(?:competent|capable|fit|trustworthy|reliable|careful\s+enough|good\s+enough)\b`,
      String.raw`{S}{ADV}\s+(?:is|was|are|were)\s+(?:just\s+|simply\s+)?too\s+(?:busy|lazy|tired|distracted|preoccupied|slow)\s+to\b`,
      String.raw`{S}{ADV}\s+(?:is|was|are|were|got|became|seemed)\s+(?:too\s+|very\s+|overly\s+)?(?:stubborn|arrogant|complacent|clumsy)\b`,
      // "Sam is great at shipping fast and less great at checking what he shipped."
      String.raw`{S}\s+(?:is|was)\s+(?:great|good|brilliant|excellent|quick|fast|superb)\s+at\s+[^.;]{1,40}?\s+and\s+(?:(?:much|far|a\s+lot)\s+)?(?:less|not\s+so|not\s+as|rather\s+less)\s+(?:great|good|brilliant|quick|careful|keen)\s+at\b`,
      // "The School of Computing Science has, yet again, demonstrated that it cannot be trusted with its own DNS zone."
      String.raw`{S}[^.;]{0,30}?\b(?:demonstrated|shown|proved|proven|showed)\s+(?:once\s+again\s+|again\s+)?that\s+(?:it|they|he|she)\s+(?:cannot|can['’]t|can\s+not|could\s+not|couldn['’]t)\s+be\s+trusted\b`,
      // "Yusuf is, to put it kindly, not a details person", "The fundraising lads, God love them, treat the live Stripe account
      // like a sandbox", "The Thursday helpline team have a bit of a reputation for not logging calls".
      String.raw`{S}\s+(?:is|are|was|were)\s*,?\s+(?:to\s+put\s+it\s+(?:kindly|politely|mildly|gently|charitably)\s*,\s*)?not\s+(?:exactly\s+)?(?:a|the\s+most)\s+(?:details?|detail-oriented|careful|process|checklist|documentation)\s+(?:person|guy|type|people|team)\b`,
      String.raw`{S}[^.;]{0,30}?\s+(?:treat|treats|treated|use|uses|used)\s+(?:the\s+|our\s+)?(?:live|prod|production)\s+(?:[\w-]+\s+){0,2}?(?:like|as)\s+(?:a|an|their|his|her)\s+(?:personal\s+)?(?:sandbox|playground|test\s+(?:bed|environment|system)|toy|scratchpad)\b`,
      String.raw`{S}{ADV}\s+(?:have|has|had)\s+(?:a\s+bit\s+of\s+|something\s+of\s+|quite\s+)?a\s+reputation\s+for\s+(?:not\s+\p{L}+ing|skipping|ignoring|forgetting|breaking|missing|leaving|cutting\s+corners|being\s+(?:late|slow|careless|sloppy))\b`,
      // "The trainee took the runbook a little too literally", "Insufficient care by the playout operator (S. Krause)".
      String.raw`{S}{ADV}\s+took\s+(?:the|our|his|her|their)\s+[\w-]+(?:\s+[\w-]+)?\s+(?:a\s+(?:little|bit)\s+|rather\s+|far\s+|much\s+)?too\s+literally\b`,
      String.raw`\b(?:insufficient|inadequate|a\s+lack\s+of|lack\s+of|poor|not\s+enough)\s+(?:care|diligence|attention|caution|thoroughness|vigilance)\s+(?:by|from|of|on\s+the\s+part\s+of)\s+{O}`,
      // "Amandine is certainly very motivated, but …", "The on-call of that night preferred to wait for the morning rather than
      // escalate", "Sheila gets the credit for this one:".
      String.raw`{S}\s+(?:is|was)\s+(?:certainly|no\s+doubt|undoubtedly|surely|very\s+probably)\s+(?:very\s+)?(?:motivated|enthusiastic|keen|well-meaning|talented|nice|friendly|hard-working|eager)\s*,\s+but\b`,
      String.raw`{S}{ADV}\s+(?:preferred|chose|decided)\s+to\s+(?:wait|improvise|sleep|carry\s+on|continue|keep\s+\p{L}+ing)\b[^.;]{0,40}?\s+(?:rather\s+than|instead\s+of)\s+(?:to\s+)?(?:escalat\w*|call\w*|pag\w*|ask\w*|wak\w*|roll\w*\s+back)\b`,
      String.raw`{S}\s+(?:gets|deserves|takes|earns)\s+(?:the\s+|full\s+)?credit\s+for\s+this\s+one\s*[:—–]`,
    ],
    actors: PEOPLE,
    negatable: true,
    note: 'Calling a person impatient or stubborn judges their character; describe the pressure or the missing safeguard.',
    examples: ['The deploy was pushed by an impatient engineer.', 'The reviewer was too stubborn to roll back.'],
  },
  {
    id: 'hedged-blame',
    category: 'blame-attribution',
    pattern: [
      String.raw`{S}{ADV}\s+(?:may|might|must|could|probably|likely|possibly)\s+(?:well\s+)?(?:have\s+)?(?:forgotten|forgot|neglected|skipped|ignored|overlooked|misread|botched|messed\s+up|misconfigured|fat-fingered|mistyped|mixed\s+up|broken|broke)\b`,
      String.raw`{S}{ADV}\s+(?:just\s+|simply\s+|blindly\s+|wrongly\s+|naively\s+|lazily\s+)assumed\b`,
      String.raw`{S}{ADV}\s+(?:had|has)\s+no\s+(?:idea|clue)\b|{S}{ADV}\s+(?:didn['’]t|did\s+not)\s+(?:really\s+)?know\s+what\s+(?:he|she|they|I)\s+(?:was|were)\s+doing\b`,
      String.raw`{S}{ADV}\s+(?:may|might|must|could|probably|likely|possibly)\s+(?:well\s+)?(?:have\s+)?{W}\s+(?:the|a)\s+wrong\b`,
      String.raw`{S}{ADV}\s+(?:seems|seemed|appears|appeared)\s+to\s+have\s+(?:forgotten|neglected|skipped|ignored|overlooked|misread|botched|messed\s+up)\b`,
      String.raw`{S}{ADV}\s+(?:may|might|must)\s+(?:well\s+)?(?:not|never)\s+(?:have\s+)?(?:${DILIGENCE_PAST}|opened|run|ran|bothered)\b`,
    ],
    actors: PEOPLE_OR_NAMES,
    notFollowedBy: SYSTEM_EXPLANATION,
    note: 'A hedge ("may have forgotten") still points at a person; say what was missing at the time.',
    examples: ['It seems Ruth may have forgotten to rotate the token.', 'The reviewer might not have read the diff.'],
  },
  {
    id: 'claimed-to',
    category: 'blame-attribution',
    pattern: [
      String.raw`{S}{ADV}\s+(?:never|didn['’]t|did\s+not|hadn['’]t|had\s+not)\s+(?:actually\s+|really\s+)?{W}[^.;]{0,60}?\b(?:he|she|they|I)\s+(?:claimed|said|swore|promised|told\s+us|insisted)\b`,
      // "Faith insists she followed the checklist, but the audit trail tells a different story."
      String.raw`{S}{ADV}\s+(?:insists|insisted|claims|claimed|maintains|maintained|swears|swore)\s+(?:that\s+)?(?:he|she|they)\s+(?:followed|ran|checked|tested|did|read|completed)\b[^.;]{0,60}?\bbut\s+(?:the\s+)?(?:audit\s+trail|logs?|records?|history|evidence|timeline|facts?)\b`,
      // "Samuel maintains he was not told about the freeze; the freeze was in his calendar."
      String.raw`{S}\s+(?:maintains|insists|claims|maintained|insisted|claimed|still\s+maintains|still\s+insists)\s+(?:that\s+)?(?:he|she|they)\s+(?:was|were|had)\s+(?:not|never)\s+(?:been\s+)?(?:told|informed|warned|notified|aware|made\s+aware)\b`,
      // "Same story every campaign: Conor swears it's tested, and it isn't."
      String.raw`{S}\s+(?:swears|swore|insists|insisted|claims|claimed|says|said|promises|promised)\s+(?:that\s+)?(?:it|this|the\s+[\w-]+)(?:['’]s|\s+is|\s+was|\s+has\s+been)\s+(?:been\s+)?(?:tested|checked|fine|ready|done|safe|reviewed)\s*,?\s+(?:and|but)\s+(?:it|this|that)\s+(?:is\s*n['’]t|is\s+not|was\s*n['’]t|was\s+not|never\s+is|never\s+was|has\s*n['’]t|has\s+not)\b`,
    ],
    actors: PEOPLE_OR_NAMES,
    note: 'Saying someone did not do what they claimed accuses them of lying; describe what the process recorded.',
    examples: ['Ruth never ran the checks she said she ran.'],
  },
  {
    id: 'responsible-at-end',
    category: 'blame-attribution',
    pattern: [
      String.raw`{S}{ADV}\s+(?:is|are|was|were)\s+(?:(?:solely|directly|ultimately|fully|partly|personally|clearly)\s+)?(?:responsible|accountable|liable)\s*(?=[.!|]|$)`,
      String.raw`\b(?:rests?|rested|lies|lay|falls?|fell|is|was|sits?|sat)\s+(?:(?:squarely|firmly|entirely|solely)\s+)?on\s+{P}\s+shoulders\b`,
      String.raw`\b(?:the|an?)\s+(?:engineer|developer|person|individual|employee|operator|admin|sre|dba|team\s+member|reviewer|contractor)s?\s+responsible(?=\s*(?:[.;!?)]|$)|\s+(?:has|have)\s+been\s+(?:spoken|talked|dealt|identified|removed|disciplined|warned|reprimanded|let\s+go)\b|\s+(?:will|should|must)\s+be\s+(?:spoken|talked|dealt|disciplined|removed|held))`,
      String.raw`\b(?:hold|holds|held|holding)\s+{O}\s+(?:(?:fully|directly|personally|solely)\s+)?(?:responsible|accountable|liable)\s+for\b`,
      String.raw`\b(?:culprits?|guilty\s+party)\s+(?:was|is|were|are)\s+{P}`,
      String.raw`\bon\s+{P}\s+watch\b`,
      String.raw`\b(?:traces?|traced|tracing|goes|went|comes|came|leads?|led)\s+back\s+to\s+{P}|\b(?:traces?|traced|tracing|goes|went|comes|came|leads?|led)\s+back\s+to\s+{O}(?=\s*(?:[.;,!)]|$))`,
      String.raw`{S}{ADV}\s+(?:owns?|owned)\s+(?:(?:this|the|that)\s+(?:failure|mistake|screw-?up|mess|data\s+loss)|(?:this|that)\s+(?:outage|incident|breakage|downtime))\b`,
      String.raw`{S}{ADV}\s+(?:is|are|was|were)\s+the\s+(?:ones|people|guys|folks|team|person)\s+(?:who|that)\s+(?:broke|caused|deleted|did|dropped|messed|took\s+down|started)\b`,
      String.raw`{S}{ADV}\s+(?<!(?:^|[^\p{L}])(?:I|[Ww]e)\s+)(?:takes?|took|accepts?|accepted)\s+(?:full|all|complete|personal|sole)\s+(?:responsibility|blame)\s+for\s+(?:the|this|that|our)\s+(?:[\w-]+\s+)?${OUTCOME}`,
    ],
    actors: PEOPLE_OR_NAMES,
    negatable: true,
    note: 'Naming who is responsible for an outage assigns blame; describe the conditions that allowed it.',
    examples: ['The engineers who merged it are responsible.', 'The failure rests on the payments team\'s shoulders.', 'The culprit was Ruth\'s script.'],
  },
  {
    id: 'wrong-action',
    category: 'blame-attribution',
    pattern: [
      String.raw`{S}{ADV}\s+{W}(?:\s+[^\s,.;]+){0,10}?\s+(?:instead\s+of|rather\s+than)\s+${SAFE_ALTERNATIVE}`,
      String.raw`{S}{ADV}\s+(?:mixed|mixes|mix)\s+up\b`,
      String.raw`{S}{ADV}\s+(?:confused|mistook|conflated)\s+(?:the|a|an|his|her|their|two)\s+`,
      String.raw`{S}{ADV}\s+(?!(?:being|been|be|is|was|were|are|got|get)\b){W}(?:\s+(?!(?:being|been|be|to)\b)[^\s.;]+){1,14}?\s+by\s+(?:mistake|accident)\b`,
      String.raw`{S}{ADV}\s+{W}(?:\s+[^\s.;]+){1,10}?,\s+(?:making|which\s+made|and\s+made)\s+(?:the\s+)?(?:outage|incident|things|it|matters|everything|situation|impact)\s+(?:much\s+|even\s+|far\s+|a\s+lot\s+)?worse\b`,
      // Not the cost of a recovery ("We restored a snapshot of our database, timestamped 13:17, losing less than a minute of
      // data"), and not a capitalised name of a thing before a preposition ("a Point in Time snapshot …, losing").
      String.raw`{S}{ADV}\s+(?!(?:restored|recovered|reverted|rolled|failed|rebuilt|recreated|re-created|replayed|resynced|re-synced|in|on|at|of|to|for|with|from|by|and|or|the|a|an)\b){W}(?:\s+[^\s.;]+){1,12}?,\s+(?:corrupting|breaking|deleting|wiping|crashing|overwriting|truncating|taking\s+down|knocking\s+out|bringing\s+down|losing)\b`,
      String.raw`{S}{ADV}\s+{W}(?:\s+[^\s.;]+){0,8}?\s+(?:on\s+a\s+(?:hunch|whim|gut\s+feeling)|for\s+no\s+(?:good\s+)?reason|out\s+of\s+(?:frustration|impatience|habit|boredom|pride|ego|stubbornness|laziness|spite)|just\s+to\s+see\s+what\s+would\s+happen)\b`,
      String.raw`{S}{ADV}\s+(?:fumbled|bungled|flubbed|butchered)\b|{S}{ADV}\s+(?:took|takes|taking)\s+(?:a|an|the)\s+(?:big\s+|huge\s+|needless\s+|unnecessary\s+)?(?:gamble|punt)\b|{S}{ADV}\s+gambled\s+(?:with|on)\b|{S}{ADV}\s+(?:took|takes|taking)\s+(?:a|an)\s+(?:big\s+|huge\s+|needless\s+|unnecessary\s+)?(?:chance|risk)\s+(?:with|on)\s+(?:production|prod|live|the\s+(?:primary|production\s+\w+))\b`,
      String.raw`{S}{ADV}\s+(?:totally\s+|completely\s+)?blanked\s+(?:on|out)\b`,
      String.raw`{S}{ADV}\s+(?:keeps|kept|keep)\s+(?:on\s+)?(?:shipping|breaking|pushing|merging|deploying|skipping|ignoring|forgetting|missing|bypassing|overriding)\b`,
      // "… so she stops skipping the approval step".
      String.raw`\bso\s+(?:that\s+)?{S}\s+(?:stops?|quits?|no\s+longer\s+keeps?)\s+(?:skipping|ignoring|forgetting|missing|bypassing|overriding|breaking|pushing|deploying|merging|cutting)\b`,
      String.raw`{S}{ADV}\s+(?:made|makes|making)\s+(?:a\s+)?(?:(?:real|complete|total|right)\s+)?(?:mess|hash|muddle|botch|dog['’]s\s+breakfast)\s+of\b`,
      String.raw`{S}{ADV}\s+(?:wasted|squandered|burned|burnt)\s+(?:\S+\s+){0,3}?(?:minutes|hours?|time|days?|an\s+hour|night|evening|morning|weekend|shift)\b`,
      String.raw`{S}{ADV}\s+(?:delayed|postponed|held\s+off(?:\s+on)?|put\s+off)\s+[^.;]{0,50}?\bhoping\b`,
    ],
    actors: PEOPLE_OR_NAMES,
    notFollowedBy: SYSTEM_REASON,
    note: 'Narrating a person\'s wrong action makes them the cause; describe what made that action easy and what would have caught it.',
    examples: [
      'Ruth ran the script against production instead of staging.',
      'Ruth mixed up the two hostnames.',
      'The IC wasted an hour on a DNS theory.',
    ],
  },
  {
    id: 'bypassed-safeguard',
    category: 'blame-attribution',
    pattern: [
      String.raw`{S}{ADV}\s+(?:approved|merged|reviewed|signed\s+off\s+on)\s+(?:his|her|their|my)\s+own\s+(?:pull\s+request|pr|change|merge\s+request|mr|patch|commit|deploy)`,
      String.raw`{S}{ADV}\s+{W}(?:\s+[^\s.;]+){0,10}?\s+to\s+(?:get\s+around|work\s+around|bypass|circumvent|sidestep|dodge|skip|avoid)\s+(?:the\s+|a\s+|our\s+)?(?:[\w-]+\s+){0,2}?(?:rules?|reviews?|process|checks?|polic(?:y|ies)|approvals?|freeze|gates?|tests?|ci|queue|requirement)\b`,
      String.raw`{S}{ADV}\s+(?:edited|changed|modified|patched|tweaked|hot-?fixed|hand-edited|tuned)\s+(?:the\s+)?(?:live|production|prod)\s+(?:[\w-]+\s+){0,2}?(?:directly|in\s+place)\b|{S}{ADV}\s+{W}(?:\s+[^\s.;]+){1,6}?\s+directly\s+(?:on|in)\s+(?:the\s+)?(?:box|server|host|production|prod|node|machine|live\s+\w+|primary)\b`,
      String.raw`{S}{ADV}\s+{W}(?:\s+[^\s.;]+){0,12}?\s+without\s+(?:running|checking|testing|reading|reviewing|verifying|looking\s+at|asking|telling|warning|alerting|announcing|consulting|notifying|informing)\s+(?:the|a|an|any|anyone|anybody|their|his|her)\b`,
      String.raw`{S}{ADV}\s+force-?push(?:ed)?\s+(?:over|to|onto|into)\s+(?:the\s+)?(?:main|master|trunk|release|production|prod)\b|{S}{ADV}\s+wiped\s+(?:out\s+)?(?:[\w-]+\s+){0,3}?(?:commits|history|(?:of\s+)?(?:\w+['’]s\s+)?work|backups?|production\s+data)\b`,
      String.raw`{S}{ADV}\s+(?:decided|chose|opted|elected)\s+not\s+to\s+(?:page|escalate|tell|inform|notify|alert|wake|call|roll\s+back|declare|test)\b`,
      String.raw`{S}{ADV}\s+(?:decided|chose|opted|elected|made\s+the\s+(?:call|decision)|took\s+it\s+upon\s+(?:himself|herself|themselves))\s+to\s+(?:skip|bypass|ignore|disable|turn\s+off|override|circumvent|forgo)\b`,
      String.raw`{S}{ADV}\s+(?:let|allowed|permitted)\s+(?:the\s+|his\s+|her\s+|their\s+)?[\w-]+(?:\s+[\w-]+)?\s+(?:to\s+)?(?:deploy|ship|merge|push|release|run|go)\b[^.;]{0,40}?\bwithout\s+(?:a\s+|any\s+)?(?:rollback|review|approval|tests?|testing|plan|canary|sign-?off|second|backup)`,
      String.raw`{S}{ADV}\s+(?:typed|ran|executed|pasted|issued|entered)\s+(?:the\s+|a\s+|an\s+)?(?:drop|delete|truncate|rm|destroy|wipe|purge|flush|reset|flushall|flushdb)\b[^.;]{0,30}?\b(?:in|into|on|against)\s+(?:the\s+)?(?:production|prod|live|primary)\b`,
      String.raw`{S}{ADV}\s+(?:shipped|deployed|released|merged|pushed|launched)\s+(?:[\w-]+\s+){1,4}?with\s+(?:the\s+|its\s+|all\s+)?(?:logging|monitoring|alerts?|alerting|tests?|validation|checks?|authentication|auth|tls|metrics|backups?|rate\s+limiting)\s+(?:turned\s+off|disabled|switched\s+off|commented\s+out|skipped|removed)\b`,
      String.raw`{S}{ADV}\s+(?:shipped|merged|deployed|released|pushed|approved|signed\s+off\s+on)\s+(?:[\w-]+\s+){1,6}?(?:with|despite|that\s+had|which\s+had)\s+(?:the\s+|its\s+)?(?:failing|failed|red|broken)\s+(?:tests?|checks?|builds?|ci)\b`,
      String.raw`{S}{ADV}\s+(?:didn['’]t|did\s+not|never)\s+even\s+(?:${DILIGENCE}|try|run|load\s+test|open|bother|glance)\b`,
    ],
    actors: PEOPLE_OR_NAMES,
    notFollowedBy: SYSTEM_REASON,
    note: 'Saying a person went around a safeguard blames them; describe why going around it was possible and looked reasonable at the time.',
    examples: [
      'Ruth approved her own pull request.',
      'Ruth merged the change with failing tests.',
    ],
  },
  {
    id: 'dismissed-warning',
    category: 'blame-attribution',
    pattern: [
      String.raw`{S}{ADV}\s+{W}(?:\s+[^\s.;]+){0,10}?\s+(?:against|despite|in\s+spite\s+of|ignoring)\s+(?:the\s+|everyone['’]s\s+|all\s+the\s+|all\s+|our\s+|explicit\s+|repeated\s+|multiple\s+|several\s+)?(?:[\w-]+\s+)?(?:advice|recommendations?|guidance|warnings|objections|pushback)\b`,
      String.raw`{S}{ADV}\s+(?:dismissed|discounted|wrote\s+off|brushed\s+aside)\s+(?:the\s+|all\s+the\s+|every\s+)?(?:[\w-]+\s+){0,3}?${SIGNAL}`,
      String.raw`{S}{ADV}\s+(?:blew|blows|ran|drove)\s+(?:right\s+|straight\s+)?(?:past|through)\s+(?:the\s+|all\s+the\s+|every\s+)?(?:[\w-]+\s+){0,3}?${SIGNAL}`,
      String.raw`{S}{ADV}\s+(?:brushed|waved|shrugged|laughed)\s+off\s+(?:the\s+|all\s+the\s+)?(?:[\w-]+\s+){0,3}?${SIGNAL}`,
      String.raw`{S}{ADV}\s+(?:kept\s+)?(?:insisted|insisting)\b[^.;]{1,80}?\b(?:and|but)\s+(?:wouldn['’]t|would\s+not|refused\s+to|won['’]t)\b`,
      String.raw`{S}{ADV}\s+(?:wouldn['’]t|would\s+not|refused\s+to)\s+(?:even\s+)?(?:look|listen|check|consider|escalate|roll\s+back|read|answer|respond|wait|join|help|engage|cooperate|acknowledge|share|page)\b`,
      String.raw`{S}{ADV}\s+{W}(?:\s+[^\s.;]+){0,8}?\s+because\s+(?:it|they|the\s+[\w-]+)\s+(?:was|were|kept)\s+(?:annoying|irritating|inconvenient|getting\s+in\s+the\s+way|in\s+(?:his|her|their|the)\s+way|slowing\s+(?:him|her|them|us)\s+down)`,
      // "Nandi acknowledged the gas alarm and carried on with her tea", "Michelle overruled the control room and restarted
      // the drive herself".
      String.raw`{S}{ADV}\s+(?:acknowledged|acked|silenced|muted|cleared|accepted)\s+(?:the\s+|an?\s+|all\s+the\s+)?(?:[\w-]+\s+){0,2}?(?:alarms?|alerts?|pages?|warnings?)\s+and\s+(?:then\s+|simply\s+|just\s+)?(?:carried\s+on|went\s+back|continued|returned)\s+(?:with|to)\b|{S}{ADV}\s+(?:overruled|overrode)\s+(?:the\s+)?(?:[\w-]+\s+){0,3}?(?:control\s+room|operators?|team|engineers?|on-?call|shift|objections?|advice)\b`,
    ],
    actors: PEOPLE_OR_NAMES,
    notFollowedBy: SYSTEM_REASON,
    note: 'Saying a person brushed off a warning blames them; describe why the warning did not look urgent or trustworthy.',
    examples: [
      'Ruth brushed off the disk warnings.',
      'Ruth kept insisting the cache was fine and would not look.',
    ],
  },
  {
    id: 'exposed-secret',
    category: 'blame-attribution',
    pattern: [
      String.raw`{S}{ADV}\s+(?:pasted|posted|committed|pushed|shared|leaked|checked\s+in|hard-?coded|exposed)\s+(?:the|a|an|his|her|their|our)?\s*(?:[\w-]+\s+){0,2}?(?:passwords?|secrets?|tokens?|keys?|credentials?)\s+(?:into|in|to|on)\s+(?:the|a|an)?\s*(?:[\w-]+\s+)?(?:public|shared|open|git|repo|repository|channel|slack|chat|wiki|ticket|issue|log|logs|code)\b`,
      String.raw`{S}{ADV}\s+(?:gave|gives|handed|sent|emailed|shared|posted|leaked|read)\s+(?:out\s+)?(?:the|a|an|his|her|their|our)?\s*(?:[\w-]+\s+){0,2}?(?:passwords?|secrets?|tokens?|keys?|credentials?)\s+(?:out\s+)?(?:to|with)\s+(?:a|an|the|every|any)?\s*(?:customers?|users?|third[- ]part(?:y|ies)|public|everyone|external|outsiders?)\b`,
      String.raw`{S}{ADV}\s+(?:copied|downloaded|saved|stored|exported|emailed|synced)\s+(?:the\s+|a\s+|all\s+the\s+)?(?:[\w-]+\s+){0,2}?(?:credentials?|secrets?|keys?|tokens?|passwords?|customer\s+data|database\s+dumps?|backups?)\s+(?:to|onto|on|into)\s+(?:his|her|their|my|a)\s+(?:own\s+|personal\s+)?(?:laptop|desktop|home|usb|phone|machine|drive|dropbox|gmail)\b`,
      String.raw`{S}{ADV}\s+hard-?coded\s+(?:the|a|an|his|her|their|our)?\s*(?:[\w-]+\s+){0,2}?(?:passwords?|secrets?|tokens?|keys?|credentials?)\b`,
      String.raw`{S}{ADV}\s+left\s+(?:the|a|an|his|her|their)\s+(?:[\w-]+\s+){0,3}?(?:exposed|unlocked|unpatched|unprotected|world-readable|public)\b`,
      String.raw`{S}{ADV}\s+left\s+(?:the|a|an|his|her|their)\s+(?:[\w-]+\s+){0,2}?(?:ports?|buckets?|endpoints?|console|database|db|ssh|shares?|firewall|security\s+group|admin\s+\w+|debug\s+\w+)\s+(?:wide\s+)?open\b`,
    ],
    actors: PEOPLE_OR_NAMES,
    notFollowedBy: SYSTEM_REASON,
    note: 'Saying a person exposed a secret or a port blames them; describe what made the exposure possible and unnoticed.',
    examples: [
      'Ruth left the debug port open over the weekend.',
      'Ruth hard-coded the API token.',
    ],
  },
  {
    id: 'disengaged',
    category: 'blame-attribution',
    pattern: [
      String.raw`{S}{ADV}\s+went\s+(?:silent|dark|missing|awol|quiet|mia)\b`,
      String.raw`{S}{ADV}\s+(?:sat\s+back|sat\s+on\s+(?:their|his|her)\s+hands|sat\s+idle|(?:stood\s+by|looked\s+on)(?=\s+(?:and|while|as)\b)|(?:just\s+)?(?:sat|stood)\s+(?:there|around)(?=\s+(?:while|doing\s+nothing)\b))\b`,
      String.raw`{S}{ADV}\s+(?:silenced|muted|disabled|snoozed|paused|stopped|killed|(?:turned|switched)\s+off|acked|acknowledged|deployed|shipped|merged|pushed|started|kicked\s+off)\b(?:[^.;]|\.(?=\S|\s+[a-z]))*?\band\s+(?:then\s+)?(?:went\s+(?:to\s+lunch|home|to\s+bed|offline|to\s+dinner)|left\s+for\s+(?:lunch|the\s+day|the\s+night|the\s+weekend)|walked\s+away|logged\s+off)\b`,
      String.raw`{S}{ADV}\s+(?:silenced|muted|disabled|snoozed)\s+(?:every|all|all\s+the|all\s+of\s+the)\s+(?:[\w-]+\s+)?(?:alerts?|alarms?|pages|monitors?|checks?|notifications)\b`,
      String.raw`{S}{ADV}\s+(?:never|rarely|seldom|hardly\s+ever)\s+(?:does|do|runs?|performs?|writes?|reads?|bothers?\s+(?:with|to\s+run))\s+(?:the\s+|any\s+)?(?:[\w-]+\s+){0,2}?(?:checks?|tests?|testing|reviews?|backups?|checklists?|runbooks?|dry[- ]runs?|canar(?:y|ies))\b(?!\s+(?:on|for|in|during|when|unless)\b)`,
      String.raw`{S}{ADV}\s+(?:was|were)\s+(?:completely\s+|totally\s+|fast\s+|sound\s+)?asleep\s+(?:during|through|for|at(?!\s+the\s+(?:wheel|switch)))\b`,
      String.raw`{S}{ADV}\s+(?:didn['’]t|did\s+not|never|wouldn['’]t|would\s+not)\s+lift\s+a\s+finger\b`,
      String.raw`{S}{ADV}\s+(?:dragged|drags|dragging)\s+(?:their|his|her|its|our)\s+feet\b`,
      String.raw`{S}{ADV}\s+(?:didn['’]t|did\s+not|never|wouldn['’]t)\s+(?:pick\s+up|show\s+up|turn\s+up|wake\s+up|answer\s+(?:the\s+)?(?:phone|page|pager))\b`,
      String.raw`{S}{ADV}\s+(?:deployed|shipped|merged|pushed|released)\b(?:[^.;]|\.(?=\S|\s+[a-z]))*?\band\s+(?:then\s+)?(?:logged\s+off|went\s+offline|left\s+for\s+the\s+(?:day|night|weekend)|went\s+home|signed\s+off|disappeared)\b`,
    ],
    actors: PEOPLE_OR_NAMES,
    notFollowedBy: SYSTEM_REASON,
    note: 'Saying a responder went quiet or did not pick up blames them; describe what the paging and hand-over did not provide.',
    examples: [
      'Ruth went silent for an hour during the incident.',
      'Ruth didn\'t pick up for 40 minutes.',
      'Ruth muted the disk alerts and logged off.',
      'The storage team sat around while the cluster rebalanced itself into the ground.',
    ],
  },
  {
    id: 'sanction',
    category: 'blame-attribution',
    pattern: String.raw`{S}{ADV}\s+(?:should|must|needs?\s+to|ought\s+to)\s+(?:be\s+kept\s+away\s+from|not\s+be\s+trusted\s+(?:to|near|on|with)|lose\s+(?:his|her|their)\s+(?:access|rights|permissions)|be\s+(?:removed|banned|barred)\s+from|never\s+be\s+(?:allowed|trusted|let))\b`,
    actors: PEOPLE_OR_NAMES,
    note: 'Proposing to restrict one person punishes them; propose a guardrail that protects everyone.',
    examples: ['Ruth should be kept away from the production console.'],
  },
  {
    id: 'half-baked',
    category: 'judgment-of-people',
    pattern: String.raw`\bhalf-?baked\b|\bhalf-?hearted(?:ly)?\b`,
    negatable: true,
    note: 'Calling work half-baked judges the people who did it; name what the plan was missing and why.',
    examples: ['The migration plan was half-baked.'],
  },
  {
    id: 'went-back-to-sleep',
    category: 'blame-attribution',
    pattern: String.raw`\b(?:went|goes|go|had\s+gone)\s+(?:straight\s+|right\s+)?back\s+to\s+(?:sleep|bed)\b`,
    negatable: true,
    note: 'Saying a responder went back to sleep blames them; describe why the page did not convey urgency.',
    examples: ['After the third page she went back to sleep.'],
  },
  {
    id: 'counterfactual-person',
    category: 'hindsight',
    pattern: [
      // "Had X read …" at the start of a sentence or clause is had-they's; these are the shapes it leaves: "had X been
      // watching", and "had X read" after a lead-in ("Contributing factor: had the reviewer read the diff, …").
      String.raw`\bhad\s+{O}\s+(?:just\s+|only\s+|simply\s+|actually\s+)?been\s+(?:paying\s+attention|more\s+careful|careful|awake|watching|looking|alert|attentive|more\s+attentive|on\s+the\s+ball)\b(?=[^.;]{0,80}?\b(?:would|wouldn['’]t|could|might)\b)`,
      String.raw`(?:^|[,;:(—–]\s*)had\s+{O}\s+(?:not|never)\s+(?:{VBN}|skipped|ignored|missed|forgotten|run|ran)\b(?=[^.;]{0,80}?\b(?:would|could|might)\b)`,
      String.raw`[:—–]\s*had\s+{O}\s+(?:just\s+|only\s+|simply\s+|actually\s+)?(?:{VBN}|read|run|ran)\b(?=[^.;]{0,80}?\b(?:would|wouldn['’]t|could|might)\b)`,
      String.raw`\b(?:anyone|anybody|any\s+(?:engineer|reviewer|one\s+of\s+us))\s+(?:who\s+(?:had\s+)?(?:\S+\s+){1,6}?|(?:looking|glancing|reading|checking|watching)\s+(?:\S+\s+){0,5}?)would(?:\s+have|['’]ve)\s+(?:seen|noticed|caught|known|spotted|realized|realised|found)\b`,
      String.raw`\b(?:someone|somebody|anyone|anybody|an?\s+(?:engineer|developer|reviewer|person|sre|operator))\s+with\s+(?:more|better|enough|any|real)\s+(?:experience|knowledge|context|training|care|attention|sense)\s+would(?:n['’]t|\s+not|\s+never|\s+have)\b`,
      String.raw`\b(?:a|any)\s+(?:more\s+)?(?:experienced|senior|careful|competent|attentive|diligent|seasoned)\s+{O}\s+would(?:n['’]t|\s+not|\s+never|\s+have)\b`,
      String.raw`{S}{ADV}\s+(?:never\s+should|should\s+never|shouldn['’]t|should\s+not)\s+have\s+been\s+(?:given|granted|allowed|trusted|hired|put|let|on\s+call|on\s+the\s+rotation|in\s+charge)\b`,
      String.raw`{S}{ADV}\s+(?:should|shouldn['’]t|ought)\s*(?:not\s+|never\s+|to\s+not\s+)?(?:to\s+)?have\s+been\s+(?!(?:getting|receiving|seeing|hearing|given|told)\b)\p{L}+ing\b`,
      // "Had the night shift controller actually looked at the trend, the sump would never have reached high-high", "if
      // the shift bosses actually captured their reports on time, the figures would not be wrong".
      String.raw`(?:^|[,;:(—–]\s*)(?:had|if)\s+{O}\s+(?:actually|just|only|simply|even|bothered\s+to)\s+(?:(?:had\s+)?(?:looked|read|checked|captured|followed|watched|tested|asked|listened|noticed|opened|glanced)|look|read|check|follow|watch|test|ask|listen|notice|open)\b(?=[^.;]{0,120}?\b(?:would|wouldn['’]t|could|might)\b)`,
      // "It would have sufficed that Manon compare the tariff file …", "A two-minute phone call from Kenny would have saved us three
      // hours", "One would expect a tech lead with ten years of seniority to know …".
      String.raw`\bit\s+would\s+have\s+(?:sufficed|been\s+enough)\s+(?:that|for)\s+{O}\s+(?:to\s+)?\p{L}{3,}\b`,
      String.raw`\b(?:a|one)\s+(?:[\w-]+\s+){0,2}?(?:phone\s+call|call|message|email|text|heads-up|check|look)\s+from\s+{O}\s+[^.;]{0,30}?would\s+have\s+(?:saved|spared|prevented|avoided)\b`,
      String.raw`\b(?:one|you|we|I)\s+would\s+(?:expect|think|hope)\s+(?:that\s+)?(?:a|an|any|our|the)\s+(?:[\w-]+\s+){0,3}?(?:engineer|lead|developer|admin|administrator|sre|dba|architect|manager|operator|analyst)\s+(?:with|of)\s+[^.;]{1,40}?\s+(?:to\s+)?(?:know|understand|realise|realize|check)\b`,
    ],
    actors: PEOPLE_OR_NAMES,
    note: 'A counterfactual about what a person should have done is hindsight; say what was missing at the time.',
    examples: ['Had the reviewer been paying attention, the typo would not have shipped.', 'Anybody who had opened the logs would have seen it.', 'Anybody reading the changelog would have spotted the breaking change.', 'Ruth should not have been editing prod by hand.'],
  },  {
    id: 'paying-attention',
    category: 'hindsight',
    // "Had the controller been paying attention, …": attention is a person's, whatever the role is called (after
    // counterfactual-person, which wins where both match).
    pattern: String.raw`\bhad\s+(?:the\s+|our\s+)?[\w-]+(?:\s+[\w-]+){0,3}?\s+been\s+paying\s+(?:more\s+|closer\s+|proper\s+)?attention\b`,
    negatable: true,
    note: 'A counterfactual about what people did ("if they had…") is hindsight; describe what the system lacked instead.',
    examples: ['Had the controller been paying attention, the conflicting clearance would never have been issued.'],
  },

  {
    id: 'nobody-bothered',
    category: 'hindsight',
    pattern: [
      String.raw`\b(?:no\s*one|nobody|none\s+of\s+(?:us|them|the\s+\w+))\b(?:\s+(?:on|in|from)\s+(?:the\s+)?(?:[\w-]+\s+){0,2}?(?:team|squad|rotation|shift))?\s+(?:took|bothered|cared|thought)\s+(?:the\s+time\s+|enough\s+)?to\b`,
      String.raw`\b(?:no\s*one|nobody|none\s+of\s+(?:us|them|the\s+\w+))\b(?:\s+(?:on|in|from)\s+(?:the\s+)?(?:[\w-]+\s+){0,2}?(?:team|squad|rotation|shift))?\s+(?:even\s+)?(?:lifted\s+a\s+finger|did\s+a\s+(?:single\s+)?thing)\b`,
      String.raw`\bwhy\s+did\s+(?:nobody|no\s*one|none\s+of\s+(?:us|them|the\s+\w+))(?:\s+(?:on|in|from)\s+(?:the\s+)?(?:[\w-]+\s+){0,2}?(?:team|squad|rotation|shift))?\s+(?:${DILIGENCE}|run|open)\b`,
      String.raw`\b(?:approved|merged|signed\s+off\s+on|shipped|deployed)\s+(?:a|an|the)\s+(?:[\w-]+\s+){0,2}?(?:that|which)\s+(?:neither\s+of\s+them|none\s+of\s+them|nobody|no\s+one|(?:he|she|they)\s+(?:had|has)\s+(?:not|never))\s+(?:had\s+|has\s+)?(?:\w+ly\s+)?(?:read|tested|checked|opened|reviewed|understood|run)\b`,
      String.raw`\b(?:no\s*one|nobody|none\s+of\s+(?:us|them|the\s+\w+))\s+(?:took|wanted|stepped\s+up\s+to\s+take|would\s+take)\s+ownership\b`,
      String.raw`\b(?:no\s*one|nobody|none\s+of\s+(?:us|them|the\s+\w+))\b(?:\s+(?:on|in|from)\s+(?:the\s+)?(?:[\w-]+\s+){0,2}?(?:team|squad|rotation|shift))?\s+(?:even|ever|so\s+much\s+as)\s+(?:${DILIGENCE_PAST}|opened|ran|saw|read)\b`,
      String.raw`\bnone\s+of\s+(?:the\s+|our\s+)?(?:[\w-]+\s+){0,2}?(?:reviewers?|engineers?|responders?|developers?|people|team\s+members|approvers?|admins?|operators?)\s+(?:\p{L}+ly\s+)?(?:noticed|caught|spotted|checked|read|flagged|questioned|saw|tested|looked|opened|ran)\b`,
      String.raw`\bnot\s+(?:a\s+single|one|even\s+one)\s+(?:of\s+(?:us|them|the\s+\w+)|(?:[\w-]+\s+)?(?:engineer|person|reviewer|developer|member|sre|responder|one|admin|operator)s?)(?:\s+(?:on|in|from)\s+(?:the\s+)?(?:[\w-]+\s+){0,2}?(?:team|squad|rotation|shift|call))?\s+(?:ever\s+)?(?:${DILIGENCE_PAST}|opened|ran|saw|knew|read)\b`,
    ],
    notFollowedBy: SYSTEM_EXPLANATION,
    note: 'Saying nobody bothered, or not a single person checked, blames everyone; describe what would have prompted the check.',
    examples: ['No one on the team took the time to read the notes.', 'Not a single reviewer opened the file.'],
  },
  {
    id: 'we-failed',
    category: 'blame-attribution',
    pattern: [
      String.raw`\bwe\s+(?:completely\s+|simply\s+|totally\s+)?failed\s+to\s+(?:test|check|verify|validate|review|read|follow|back\s+up|plan|communicate|escalate|update)\b[^.;]*\b(?:even\s+once|at\s+all|ever|for\s+(?:months|years))\b`,
      String.raw`\b(?:our|my)\s+(?:(?:big|biggest|main|real|first|key|fatal)\s+)?mistake\s+(?:was|is)\b`,
    ],
    note: 'Calling our own choice a mistake or failure judges people; describe what the team did not know and why.',
    examples: ['We failed to test the restore even once.', 'Our mistake was trusting the default.'],
  },
  {
    id: 'possessive-judgment',
    category: 'judgment-of-people',
    pattern: String.raw`{P}\s+(?:forgotten|botched|untested|unreviewed|careless|sloppy|half-finished|buggy|faulty|rushed|hasty|hand-edited|hand-rolled)\s+`,
    actors: PEOPLE_OR_NAMES,
    note: 'Attaching a judgment to a person\'s work ("Ruth\'s untested change") blames them; name the change and the missing check.',
    examples: ['The disk filled with Ruth\'s forgotten debug logging.', 'Checkout broke on Ruth\'s untested regex.'],
  },
  {
    id: 'needed-to-be-careful',
    category: 'hindsight',
    pattern: [
      String.raw`{S}{ADV}\s+needed\s+to\s+be\s+(?:(?:much|a\s+lot|far|a\s+bit)\s+)?more\s+(?:careful|attentive|thorough|diligent|cautious|vigilant)\b`,
      // "Really" marks the step as one the person owed, not one they took ("Bob needed to restart the pods twice").
      String.raw`{S}\s+really\s+needed\s+to\s+(?:double-check|check|verify|test|confirm|read|review|look\s+at|ask|wait\s+for|escalate)\b`,
    ],
    actors: ANYONE,
    note: 'Saying someone needed to be more careful is hindsight aimed at the person; say what check would have caught it.',
    examples: ['Ruth needed to be more careful with the shared credentials.', 'The approver really needed to read the diff.'],
  },
];
