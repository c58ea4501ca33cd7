// A risky action with its safeguard missing, pinned on a person: "Pavel truncated the table with no snapshot first".
import type { BlameEntry } from '../types';
import { ACTION_PAST, ANYONE, CHANGE_NOUN, PEOPLE_OR_NAMES, PROTECTION, SAFETY_NET, SYSTEM_REASON } from './fragments';


/** A person's action in the past tense, with up to a few words of object after it. */
const ACTED = String.raw`{S}{ADV}\s+(?:(?:had|has|have)\s+)?${ACTION_PAST}(?:\s+[^\s.;|]+(?:\.[^\s.;|]+)*){0,14}?`;

export const UNSAFE_ACTIONS: readonly BlameEntry[] = [
  {
    id: 'action-without-safeguard',
    category: 'blame-attribution',
    pattern: [
      // "… with no snapshot first", "… without even opening the diff", "…, no canary, no announcement".
      String.raw`${ACTED}(?:\s+|\s*[,—–:-]+\s*)(?:with\s+(?:no|zero)|without(?:\s+(?:a|an|any|ever|even|first|actually|to|so\s+much\s+as))*|no|zero)\s+(?:[\w-]+\s+){0,3}?${SAFETY_NET}\b`,
      // "Ana shipped it on a failing pipeline", "Toby merged while the build was still red".
      String.raw`${ACTED}\s+(?:while|even\s+though|although|though|when|with|on|despite|over)\s+(?:the\s+|a\s+|an\s+|its\s+)?(?:[\w-]+\s+){0,2}?(?:(?:ci|build|builds|pipeline|canary|tests?|checks?|health\s*checks?|alerts?|dashboards?|graphs?)\s+(?:was\s+|were\s+|being\s+|showing\s+)?(?:still\s+)?(?:red|failing|broken|firing|on\s+fire)|(?:failing|failed|red|broken)\s+(?:ci|builds?|pipelines?|canary|canaries|tests?|checks?))\b`,
      // "… with the dry-run flag off", "… with the safety check turned off".
      String.raw`${ACTED}\s+with\s+(?:the\s+|its\s+|all\s+)?(?:[\w-]+\s+){0,2}?(?:dry-?run|safety|confirmation|protection|guard|safeguard|validation|check|lock)s?\s+(?:flag\s+|mode\s+|check\s+|prompt\s+)?(?:turned\s+off|switched\s+off|off|disabled|removed|bypassed|skipped)\b`,
      // "Kofi rotated the password and told nobody", "… and never turned them back on".
      String.raw`${ACTED}\s+and\s+(?:then\s+)?(?:told|informed|warned|asked|notified|consulted)\s+(?:nobody|no\s*one|no-one)\b`,
      String.raw`${ACTED}\s+and\s+(?:then\s+)?never\s+(?:(?:turned|switched|put|set|changed)\s+(?:it|them|that|those)\s+back|re-?enabled|restored|reverted|undid)\b`,
      // "approved by Diego, who clearly didn't look at the diff".
      String.raw`,\s+who\s+(?:\p{L}+ly\s+)?(?:did\s*n['’]?t|did\s+not|never|had\s*n['’]?t|had\s+not)\s+(?:even\s+|actually\s+|really\s+)?(?:look|read|check|test|run|open|review|bother|verify)\b`,
      // "Rosalind signed off on a migration she never actually ran".
      String.raw`{S}{ADV}\s+(?:signed\s+off\s+on|approved|merged|shipped|released|passed|accepted|deployed|promoted|closed)\s+(?:[^\s.;,]+\s+){1,5}?(?:that\s+|which\s+)?(?:he|she|they|I)\s+(?:had\s+)?(?:\p{L}+ly\s+)?never\s+(?:\p{L}+ly\s+)?(?:ran|run|opened|read|tested|looked\s+at|checked|reviewed|tried|built|saw|seen)\b`,
      // "Ulla disabled the schema check to get her release out".
      String.raw`{S}{ADV}\s+(?:disabled|turned\s+off|switched\s+off|muted|silenced|commented\s+out|removed|killed|paused)\s+(?:the\s+|a\s+|an\s+|all\s+|his\s+|her\s+|their\s+)?(?:[\w-]+\s+){0,2}?${PROTECTION}\b[^.;]{0,40}?\b(?:(?:just\s+)?to\s+["“]?(?:make|get|let|see|test|speed|save|avoid|silence|push|ship|deploy|merge|finish|go)|so\s+(?:that\s+)?(?:he|she|they|I|his|her|their)\b)`,
      // "Pia's migration went out with no backup and no rollback plan".
      String.raw`{P}\s+(?:[\w-]+\s+){0,2}?${CHANGE_NOUN}\s+(?:went\s+out|went\s+live|shipped|was\s+(?:deployed|shipped|merged|released|rolled\s+out|pushed))\s+(?:with\s+(?:no|zero)|without(?:\s+(?:a|an|any))?)\s+(?:[\w-]+\s+){0,3}?${SAFETY_NET}\b`,
      // "Hennie rebooted the SCADA primary with the standby already out of service", "Busisiwe patched all four HMI
      // servers at the same time instead of one at a time".
      String.raw`${ACTED}\s+with\s+(?:the|its|our)\s+(?:standby|backup|secondary|redundant|spare|other|second)\s+(?:[\w-]+\s+){0,2}?(?:already\s+|still\s+)?(?:out\s+of\s+service|down|offline|broken|unavailable|in\s+maintenance|isolated)\b`,
      // "Jess restored the backup over the live database rather than to a side instance".
      String.raw`{S}{ADV}\s+(?:restored|reloaded|loaded|imported|replayed|applied|ran|pushed|wrote|copied|deployed)(?:\s+[^\s.;|]+){0,12}?\s+(?:instead\s+of|rather\s+than)\s+(?:to\s+|on\s+|into\s+|onto\s+)?(?:a|an|the)\s+(?:[\w-]+\s+)?(?:side|separate|scratch|spare|test|staging|new|parallel|standby|restore|temporary|temp)\s+(?:instance|copy|database|db|server|host|environment|box|table|schema|cluster|node|volume)\b`,
      String.raw`${ACTED}\s+(?:instead\s+of|rather\s+than)\s+(?:one\s+(?:at\s+a\s+time|by\s+one|after\s+(?:the\s+)?(?:other|another))|in\s+sequence|sequentially|in\s+turn|in\s+batches|canar(?:y|ying)|(?:a\s+)?(?:staged|phased)\s+(?:rollout|deploy\w*)|(?:on\s+)?(?:a|one)\s+(?:canary|pilot|single)\b|(?:with\s+)?a\s+rolling\s+(?:restart|update|deploy\w*|upgrade))\b`,
      // "Fatima starts the cert rotation on PROD instead of INT": the wrong environment, named with the right one.
      String.raw`{S}{ADV}\s+\p{L}+(?:s|ed)(?:\s+[^\s.;|]+){0,8}?\s+(?:on|against|in|to|into)\s+(?:the\s+)?(?:prod|production|live|prd)\b(?:\s+(?:cluster|database|db|environment|env|system|servers?))?\s+(?:instead\s+of|rather\s+than)\s+(?:the\s+)?(?:int|integration|staging|stage|test|testing|dev|qa|uat|sandbox|pre-?prod)\b`,
      // A timeline cell in the present: "| 11:20 | Harold (contractor) runs DELETE without a WHERE clause on pacing_state |".
      String.raw`^\W*{S}(?:\s*\([^)|]{1,30}\))?\s+(?:runs|drops|deletes|truncates|pushes|deploys|applies|executes|restarts|merges|ships|disables|removes|wipes|reboots)\s+(?:[^\s|]+\s+){0,6}?(?:with\s+(?:no|zero)|without(?:\s+(?:a|an|any))?|[^\s|:,]*[:,—–-]\s*(?:no|zero))\s+(?:[\w-]+\s+){0,3}?${SAFETY_NET}\b`,
      // "Lorcan went ahead and upgraded PHP on the server with nobody around to check the site afterwards."
      String.raw`{S}{ADV}\s+(?:went\s+ahead\s+and\s+)?${ACTION_PAST}(?:\s+[^\s.;|]+){0,10}?\s+with\s+(?:nobody|no\s*one|no-one)\s+(?:else\s+)?(?:around|there|online|on\s+hand|watching|awake|available)\b`,
      // "| 20:14 | Sven pushes the untested ticker template to the graphics engine |".
      String.raw`{S}{ADV}\s+(?:pushes|pushed|deploys|deployed|ships|shipped|releases|released|merges|merged|rolls\s+out|rolled\s+out|applies|applied|flashes|flashed|installs|installed|loads|loaded)\s+(?:(?:the|an|a|his|her|their)\s+)?(?:completely\s+|entirely\s+)?(?:untested|unreviewed|unapproved|half-finished)\b`,
      // "The contractor ran TRUNCATE on the billing staging table, except that it was not the staging table."
      String.raw`{S}{ADV}\s+${ACTION_PAST}[^.;]{1,80}?,\s+except\s+(?:that\s+)?(?:it|this|that)\s+(?:was\s+not|wasn['’]t)\s+(?:the|a)\b`,
      // "Mohamed reset the RTU to factory defaults without exporting the configuration", "… without posting the notice".
      String.raw`{S}{ADV}\s+(?:(?:had|has|have)\s+)?(?:${ACTION_PAST}|reset|updated|upgraded|patched|restarted|rebooted|reinstalled|flashed|reimaged|opened|started|kicked\s+off)(?:\s+[^\s.;|]+(?:\.[^\s.;|]+)*){0,12}?\s+without\s+(?:first\s+)?(?:isolating|exporting|backing\s+up|saving|draining|snapshotting|posting|announcing|(?:taking|making)\s+a\s+(?:[\w-]+\s+)?(?:backup|snapshot|copy)|notifying|informing|warning)\b`,
      // "The network team patched both core switches at once, leaving no path at all for the telemetry."
      String.raw`${ACTED}\s*,\s+leaving\s+(?:no|nothing|zero|none)\b`,
      // "Manpreet pushed the new load-shed table to the controllers before Planning had signed it off."
      String.raw`${ACTED}\s+before\s+(?:the\s+)?[\w-]+(?:\s+[\w-]+)?\s+(?:had\s+)?(?:signed\s+(?:it\s+|them\s+)?off|approved\s+(?:it|them)|reviewed\s+(?:it|them)|tested\s+(?:it|them))\b`,
      // "| 16:40 | Logan turns on debug tagging for all 40,000 points, tells no one, goes home |".
      String.raw`{S}{ADV}\s+\p{L}+s\b[^|.;]{1,80}?,\s*(?:and\s+)?tells\s+(?:nobody|no\s*one|no-one)\b`,
    ],
    cue: [
      String.raw`\bwith\s+(?:no|zero)\b|\bwithout\b|[,—–:-]\s*(?:no|zero)\b`,
      String.raw`\b(?:red|failing|firing|on\s+fire)\b|\b(?:failed|broken)\s+(?:ci|builds?|pipelines?|canary|canaries|tests?|checks?)\b`,
      String.raw`\bwith\b[^.;]*\b(?:off|disabled|removed|bypassed|skipped)\b`,
      String.raw`\b(?:nobody|no\s*one|no-one)\b`,
      String.raw`\bnever\b`,
      String.raw`\bwho\b`,
      String.raw`\bnever\b`,
      String.raw`\b(?:disabled|turned|switched|muted|silenced|commented|removed|killed|paused)\b`,
      String.raw`['’]s\s[^.;]*\b(?:no|zero|without)\b`,
      String.raw`\bwith\s+(?:the|its|our)\s+(?:standby|backup|secondary|redundant|spare|other|second)\b`,
      String.raw`\b(?:instead\s+of|rather\s+than)\b`,
      String.raw`\b(?:instead\s+of|rather\s+than)\b`,
      String.raw`\b(?:instead\s+of|rather\s+than)\b`,
      String.raw`\b(?:without|with\s+(?:no|zero))\b|[:,—–-]\s*(?:no|zero)\b`,
      String.raw`\bwith\s+(?:nobody|no\s*one|no-one)\b`,
      String.raw`\b(?:untested|unreviewed|unapproved|half-finished)\b`,
      String.raw`\bexcept\b`,
      String.raw`\bwithout\s+(?:first\s+)?(?:isolating|exporting|backing|saving|draining|snapshotting|posting|announcing|taking|making|notifying|informing|warning)\b`,
      String.raw`\bleaving\s+(?:no|nothing|zero|none)\b`,
      String.raw`\bbefore\b`,
      String.raw`\btells\s+(?:nobody|no\s*one|no-one)\b`,
    ],
    actors: PEOPLE_OR_NAMES,
    notFollowedBy: SYSTEM_REASON,
    note: 'Narrating a person\'s risky action together with the safeguard they went without blames them; ask why the action was possible without it.',
    examples: ['@pavel truncated the events table with no snapshot first.', '@ana shipped it on a failing pipeline.', '@kofi rotated the password and told nobody.', '| 14:37 | @ines starts the cert rotation on PROD instead of INT |'],
  },
  {
    id: 'acted-alone',
    category: 'blame-attribution',
    pattern: [
      // "Marek decided on his own to turn off the cache", "disabled the flag on her own initiative".
      String.raw`{S}{ADV}\s+(?:decided|chose|opted|went\s+ahead)\s+(?:all\s+)?on\s+(?:his|her|their)\s+own\s+to\b`,
      String.raw`${ACTED}\s+(?:all\s+)?on\s+(?:his|her|their)\s+own\s+(?:initiative|authority|say-?so)\b`,
      // "Selin took it upon herself to rewrite the failover script".
      String.raw`{S}{ADV}\s+took\s+it\s+(?:up)?on\s+(?:himself|herself|themselves|themself)\s+to\b`,
      // "Hugo restarted the broker without draining it first": the step that comes first, skipped.
      String.raw`${ACTED}\s+without\s+(?:\p{L}+ing)(?:\s+[^\s.;,]+){0,3}?\s+first\b`,
      // "Ola ran the stress test against production".
      String.raw`{S}{ADV}\s+(?:ran|kicked\s+off|started|fired\s+off|launched|pointed)\s+(?:the\s+|a\s+|an\s+|his\s+|her\s+|their\s+)?(?:[\w-]+\s+){0,2}?(?:load|stress|soak|chaos|perf(?:ormance)?|benchmark|scale)\s+(?:tests?|runs?|scripts?|jobs?|suites?)\s+(?:against|on|at)\s+(?:the\s+)?(?:prod|production|live)\b`,
    ],
    cue: [
      String.raw`\bon\s+(?:his|her|their)\s+own\b`,
      String.raw`\bon\s+(?:his|her|their)\s+own\b`,
      String.raw`\bupon\b|\btook\s+it\s+on\b`,
      String.raw`\bwithout\b[^.;]*\bfirst\b`,
      String.raw`\b(?:prod|production|live)\b`,
    ],
    actors: PEOPLE_OR_NAMES,
    notFollowedBy: SYSTEM_REASON,
    note: 'Saying a person acted alone, skipped the usual first step or tested against production blames them; ask what made acting alone possible and what the safe path would have been.',
    examples: ['@marek decided on his own to turn off the cache.', '@hugo restarted the broker without draining it first.'],
  },
  {
    id: 'warned-beforehand',
    category: 'hindsight',
    // "Pia was warned in review that this would drop the sessions".
    pattern: String.raw`{S}{ADV}\s+(?:was|were|had\s+been|has\s+been)\s+(?:warned|told|cautioned)\s+(?:in\s+(?:the\s+)?(?:design\s+|code\s+|pr\s+)?review|beforehand|in\s+advance|ahead\s+of\s+time|repeatedly|more\s+than\s+once|several\s+times|twice)\s+that\s+(?:this|it|the\s+(?:[\w-]+\s+){0,2}?(?:change|migration|script|deploy|config|query|command|patch))\s+(?:would|could|might|will)\b`,
    cue: String.raw`\b(?:warned|told|cautioned)\b`,
    actors: PEOPLE_OR_NAMES,
    note: 'Saying a person had been warned puts the outcome on them in hindsight; ask why the warning did not stop the change on its own.',
    examples: ['@pia was warned in review that this would drop the sessions.'],
  },
  {
    id: 'let-it-lapse',
    category: 'blame-attribution',
    pattern: [
      String.raw`{S}{ADV}\s+(?:let|allowed)\s+(?:the|our|a|an|his|her|their|it|them)(?:\s+[\w'’-]+){0,3}?\s+(?:to\s+)?(?:expire|lapse|run\s+out)\b`,
      // "Pia let the security patch sit for a month", "Leo left the fix sitting in review for two weeks".
      String.raw`{S}{ADV}\s+(?:let|left)\s+(?:the|our|a|an|his|her|their|it|them)(?:\s+[\w'’-]+){0,3}?\s+(?:sit|sitting|rot|rotting|linger|lingering|languish|languishing|gather\s+dust|gathering\s+dust)\s+(?:for|in|on|untouched|unreviewed|unmerged|since)\b`,
    ],
    cue: [String.raw`\b(?:let|allowed)\b`, String.raw`\b(?:let|left)\b`],
    actors: ANYONE,
    notFollowedBy: SYSTEM_REASON,
    note: 'Saying someone let a registration or certificate lapse blames them; ask why renewal depended on a person remembering.',
    examples: ['@kofi let the domain registration lapse.'],
  },
  {
    id: 'unsafe-action-told',
    category: 'blame-attribution',
    pattern: [
      // "Orla restored the old backup over the live SharePoint library with no snapshot of the current state."
      String.raw`{S}{ADV}\s+(?:restored|reloaded|imported|copied|synced|overwrote)\b(?:\s+[^\s.;|]+){0,12}?\s+(?:with\s+(?:no|zero)|without(?:\s+(?:a|an|any|first\s+taking\s+a|taking\s+a))?)\s+(?:[\w-]+\s+){0,3}?${SAFETY_NET}\b`,
      // "Deirdre emailed the admin credentials spreadsheet to the whole staff list, unencrypted"
      String.raw`{S}{ADV}\s+(?:emailed|sent|posted|shared|pasted|uploaded|published|forwarded)\s+[^.;]{0,60}?\b(?:credentials?|passwords?|secrets?|api\s+keys?|tokens?|personal\s+data|pii)\b[^.;]{0,60}?\b(?:unencrypted|in\s+(?:plain\s*text|the\s+clear)|publicly)\b`,
      // "Ahmed restarted the flue-gas condenser with the bypass still open"
      String.raw`${ACTED}\s+with\s+(?:the|its)\s+(?:[\w-]+\s+)?(?:bypass|valve|breaker|isolator|isolation|door|hatch|interlock|guard|drain|vent|damper)s?\s+still\s+(?:open|closed|engaged|on)\b`,
      // "Mikael, without authorisation, switches pump group B to manual."
      String.raw`{S}\s*,\s*without\s+(?:any\s+)?(?:authori[sz]ation|permission|approval|sign-?off|a\s+change\s+(?:ticket|request|record))\s*,\s*\p{L}+(?:s|ed)\b`,
      // "Oskar opens V-118 at full speed, skipping the slow-open procedure, and …"
      String.raw`{S}{ADV}\s+\p{L}+(?:s|ed)\b[^.;|]{0,80}?,\s*(?:skipping|bypassing|ignoring)\s+(?:the\s+|our\s+|a\s+)?(?:[\w-]+\s+){0,3}?(?:procedure|process|checklist|runbook|sop|steps?|protocol|instructions?|review|approval)\b`,
    ],
    actors: PEOPLE_OR_NAMES,
    note: 'Telling what a person did around a safeguard (no snapshot, secrets sent in the clear, a step skipped) makes them the cause; say why the safeguard was optional.',
    examples: ['Orla restored the old backup over the live library with no snapshot of the current state.', 'Deirdre emailed the admin credentials spreadsheet to the whole staff list, unencrypted.', 'Mikael, without authorisation, switches pump group B to manual.'],
  },
];
