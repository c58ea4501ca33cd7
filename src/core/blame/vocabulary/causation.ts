// A person's action named as the cause, with no judgment word: "the outage traces back to one choice Marta made".
import type { BlameEntry } from '../types';
import { ACTION_PAST, BAD_OUTCOME, CHANGE_NOUN, OUTCOME, PEOPLE, PEOPLE_OR_NAMES, SYSTEM_EXPLANATION } from './fragments';

/** A clause saying something went wrong: "the queue backed up", "search went dark", "the outage started". */
const WENT_WRONG = String.raw`(?:broke|crashed|failed|stalled|froze|died|tripped|overflowed|overran|overshot|halted|stood\s+still|(?:came|ground)\s+to\s+a\s+(?:halt|standstill)|ran\s+blind|(?:was|were)\s+locked\s+out|(?:went|goes|go)\s+(?:down|dark|blank|quiet|sideways|offline|wrong|red|bad|south|haywire|through\s+the\s+roof)|stopped\s+(?:working|responding|serving|loading|resolving|syncing|replicating|flowing|arriving|posting|printing|running|moving)|(?:started|began)\s+(?:failing|erroring|timing\s+out|crashing|dropping|returning\s+errors)|(?:errors?|error\s+rates?|latency|5xx|timeouts?|failures?|p99|cpu|memory|lag|retries)\s+(?:[\w-]+\s+)?(?:doubled|tripled|jumped|climbed|soared|rose|surged|spiked|exploded|shot\s+up|went\s+up)|fell\s+over|fell\s+off\s+a\s+cliff|(?:disappeared|vanished|went\s+missing)|(?:started|began)\s+(?:double-?counting|over-?counting|duplicating|over-?spending|over-?charging|mis-?routing)|backed\s+up|(?:built|builds)\s+up|blew\s+up|melted\s+down|spiked|piled\s+up|ran\s+out\s+of\s+[\w-]+|lost(?:\s+[\w-]+){1,4}?|(?:was|were)\s+(?:down|broken|lost|corrupted|deleted|gone)|(?:${OUTCOME}|stampede|spike|backlog|storm|herd|lag|split[- ]brain|trouble|errors|timeouts|failures|crashes|rejections|it\s+all|all\s+of\s+(?:this|it)|this|everything|the\s+whole\s+thing)\s+(?:\w+\s+)?(?:(?:on|of|in|at|for|to)\s+(?:[\w-]+\s+){1,5}?)?(?:started|began|happened|kicked\s+off))`;

/** A word after a subject that can be its verb: not an article, a pronoun or a form of "be". */
const VERB_WORD = String.raw`(?!(?:the|a|an|this|that|these|those|it|its|their|his|her|our|was|were|is|are|be|been|being)\b)\p{L}+(?:-\p{L}+)?`;

/** What ties the bad outcome to the action after it. */
const WHEN = String.raw`(?:because|when|once|after|the\s+moment|the\s+(?:day|night|morning|afternoon|evening|week)|(?:the\s+)?(?:very\s+)?(?:minute|second|instant)|as\s+soon\s+as|right\s+after|shortly\s+after|minutes\s+after|seconds\s+after|just\s+after|immediately\s+after|directly\s+after|soon\s+after)`;

/**
 * What a person's change did when it did harm, after the change is named: "broke login", "cut the feed to billing",
 * "locked everyone out", "took checkout down", "started the whole cascade" (`started` lists what it started), "sent every
 * carrier to one stack". Not "cut the recovery time" or "locked down the bucket".
 */
const harmDone = (started: string): string =>
  String.raw`(?:(?:broke|crashed|wiped|deleted|corrupted|caused|triggered|emptied|flooded)\b|cut\s+(?:off\b|(?:the|our|all|every)\s+(?:[\w-]+\s+){0,3}?(?:link|links|feed|feeds|connection|connections|power|access|line|lines|route|routes|traffic|supply|network|connectivity)\b)|locked\b(?!\s+down)|(?:took|brought|knocked)\s+(?:[\w-]+\s+){0,4}?(?:down|out|over|offline)\b|started\s+(?:the\s+|this\s+)?(?:whole\s+)?(?:${started})\b|sent\s+(?:all|every|each|\d))`;

export const CAUSATION: readonly BlameEntry[] = [
  {
    id: 'person-action-as-cause',
    category: 'blame-attribution',
    pattern: [
      // "The migration broke because Pavel ran it twice", "search went dark the moment Joaquim flipped the alias".
      String.raw`\b${WENT_WRONG}(?:\s+[^.;]{0,40}?)?\s+${WHEN}\s+{S}\s+(?:(?:had|has)\s+)?${ACTION_PAST}`,
      // "Root cause: Lena changed the replica count to zero", "Trigger — Bo pushed the certificate"; not when a clause
      // after it names what the system did with the action ("…, and the pipeline deployed it everywhere at once").
      String.raw`\b(?:(?:the\s+)?(?:root|direct|proximate|primary|main)\s+cause(?:\s+(?:section|statement|analysis)\s+(?:can|could|will)\s+be\s+(?:brief|short|simple))?|cause|trigger|culprit)\s*(?::|[—–]|-(?=\s))\s*{S}\s+(?:(?:had|has)\s+(?:just\s+)?)?${ACTION_PAST}(?![^.;]{0,80}?,\s+(?:and|but|while|when|so)\s+(?:the|a|an|its|our|their)\s)`,
      // "Everything was stable until @tvance rewrote the retry policy".
      String.raw`\b(?:was|were|looked|seemed|ran|worked|stayed)\s+(?:\w+\s+)?(?:fine|green|ok|okay|healthy|stable|normal|quiet|smooth(?:ly)?|calm)\s+(?:[^.;]{0,30}?\s)?until\s+{S}\s+["“]?${ACTION_PAST}`,
      // "Latency went through the roof right after Bettina's deploy", "all of this started with Ken's edit".
      String.raw`\b${WENT_WRONG}(?:\s+[^.;]{0,40}?)?,?\s+(?:${WHEN}|with|following|since|right\s+when|just\s+when|within\s+(?:a\s+few\s+|\w+\s+)?(?:seconds|minutes|hours?)\s+of)\s+{P}\s+(?:[\w-]+\s+){0,2}?${CHANGE_NOUN}\b`,
      // "The outage traces back to one change Lina made", "it all goes back to a command Ngozi typed".
      String.raw`\b(?:(?:traces?|traced|goes|went|comes|came|leads?|led|points?|pointed)\s+(?:all\s+the\s+way\s+|straight\s+|directly\s+|right\s+)?back|points?|pointed|pointing)\s+to\s+(?:one|a|an|the|that|this|a\s+single)\s+(?:[\w-]+\s+){0,2}?(?:${CHANGE_NOUN}|batch|job|line|file|run|entry|setting|parameters?|values?|data|list)\s+(?:that\s+|which\s+)?{S}\s+(?:\w+ly\s+)?(?:re-|un-|mis-)?(?:made|ran|pushed|took|did|wrote|applied|typed|approved|merged|deployed|shipped|\p{L}+ed)\b`,
      // "It all comes back to Ravi editing the TTLs by hand".
      String.raw`\b(?:traces?|traced|go|goes|went|come|comes|came|leads?|led)\s+(?:(?:straight|directly|right|all\s+the\s+way)\s+)?(?:back|directly|straight)\s+to\s+{O}\s+\p{L}{3,}ing\b`,
      // "Celeste's edit to the firewall rules is the root cause".
      String.raw`{P}\s+["“]?(?:[\w-]+\s+){0,2}?${CHANGE_NOUN}["”]?(?:\s+(?:to|on|of|in|with)\s+[^.;]{1,40}?)?\s+(?:is|was|were)\s+(?:the\s+|a\s+)?(?:(?:root|main|real|direct|proximate|primary|only|likely|obvious)\s+)?(?:cause|culprit|trigger|reason|source)\b`,
      // "Eun-ji's migration took checkout down", "Olu's "quick fix" broke login".
      String.raw`{P}\s+["“]?(?:[\w-]+\s+){0,2}?${CHANGE_NOUN}["”]?(?:\s+(?:to|on)\s+[^.;]{1,40}?)?\s+(?:(?:is|was)\s+what\s+)?(?:cost\s+us\b|${harmDone('chain|cascade|incident|outage|avalanche')})`,
      // "The trigger for the incident was Oduor's bulk SMS campaign".
      String.raw`\b(?:(?:root|direct|main)\s+)?(?:cause|trigger)\s+(?:of|for)\s+(?:the|this)\s+(?:incident|outage|failure|breach|data\s+loss)\s+(?:is|was)\s+{P}\s+(?:[\w-]+\s+){0,3}?(?:${CHANGE_NOUN}|campaign|job|run|batch)\b`,
      // "Since Tariq's refactoring of the lookup, unlocks have been failing".
      String.raw`\bsince\s+{P}\s+(?:[\w-]+\s+){0,2}?${CHANGE_NOUN}\b[^.;]{0,80}?\b(?:has|have)\s+been\s+(?:failing|broken|erroring|timing\s+out|down|crashing|flaky|unstable|degraded|dropping)\b`,
      // "Thanks to Kenji's cleanup script, all customer avatars are gone".
      String.raw`\bthanks\s+to\s+{P}\s+(?:[\w-]+\s+){0,3}?["“]?(?:${CHANGE_NOUN}|optimi[sz]ations?|improvements?|ideas?|experiments?)["”]?\s*,\s+[^.;]{0,60}?\b(?:gone|lost|down|broken|deleted|wiped|corrupted|failed|missing|offline|dead|dropped|crashed|stopped)\b`,
      // "Mr. Takahashi's firmware push to the PLC gateways is what stopped the presses", "the intern's script is what
      // sent 40,000 notifications": what the action did, said as what it was.
      String.raw`{P}\s+["“]?(?:[\w-]+\s+){0,2}?${CHANGE_NOUN}["”]?(?:\s+(?:to|on|for|in|of)\s+[^.;]{1,50}?)?\s+(?:is|was)\s+what\s+(?!(?:fixed|saved|restored|resolved|helped|rescued|recovered|stabili[sz]ed|mitigated|caught|unblocked|found|solved|revealed|showed|exposed|surfaced|detected)\b)(?:\p{L}+ed|sent|took|brought|broke|froze|shut|cut|knocked|threw|kept|left|made)\b`,
      // "After Mr. Fujii re-cabled the server room, four production lines lost contact with the historian".
      String.raw`(?:^|[.;:]\s*)\W*(?:after|once|as\s+soon\s+as|(?:shortly|right|just|minutes|seconds|immediately|soon)\s+after|the\s+moment)\s+{S}\s+(?:had\s+)?(?:re-|un-|de-|mis-|over-)?${ACTION_PAST}[^.;]{0,80}?,\s+(?:[^.;]{0,60}?\s)?(?:lost\s+(?:contact|connection|connectivity|power|data|access|sync)|crashed|failed|broke|froze|halted|stood\s+still|(?:came|ground)\s+to\s+a\s+(?:halt|standstill)|fell\s+over|went\s+(?:dark|black|offline|blank)|stopped\s+(?:working|responding|serving|loading|syncing|producing))\b`,
      // "The new dispatch rule from Youssef sent every carrier to one stack", "a one-line edit by Maarten broke the gate".
      String.raw`\b(?:the|a|an|that|this|one)\s+(?:[\w-]+\s+){0,2}?${CHANGE_NOUN}\s+(?:from|by)\s+{O}\s+${harmDone('chain|cascade|incident|outage')}`,
      // "The break went unnoticed for a week because the Finance team stopped reading the exceptions email."
      String.raw`\bbecause\s+{S}\s+(?:had\s+)?(?:stopped|quit|gave\s+up)\s+(?:reading|checking|watching|monitoring|answering|looking\s+at|following|opening|responding\s+to)\b`,
      // "Marcelo's "just a restart" at 19:40 turned into a four-hour outage", "the supplier's Tuesday change was the one
      // that broke things".
      String.raw`{P}\s+(?:["“][^"”]{1,40}["”]|(?:[\w-]+\s+){0,3}?${CHANGE_NOUN})(?:\s+[^.;]{0,20}?)?\s+turned\s+into\s+(?:a|an)\s+(?:[\w-]+\s+){0,3}?(?:outage|incident|disaster|mess|fire|sev-?\d|p\d)\b`,
      String.raw`{P}\s+(?:[\w-]+\s+){0,3}?${CHANGE_NOUN}\s+(?:was|is)\s+the\s+one\s+that\s+(?:broke|took|brought|knocked|caused|started|triggered|wiped|deleted|corrupted)\b`,
      // "The planners in Werk 1 are the real cause here", "the bad filter he added Friday", timeline rows in the present:
      // "Trevor's content filter push takes the testing domain down".
      String.raw`{S}{ADV}\s+(?:are|is|was|were)\s+the\s+(?:real|true|actual|main|root)\s+(?:cause|source|culprits?)\b`,
      String.raw`\bthe\s+(?:bad|wrong|broken|faulty|buggy)\s+(?:[\w-]+\s+)?(?:filter|config|rule|value|change|setting|query|script|entry|parameter|mapping)\s+(?:that\s+)?(?:he|she)\s+(?:had\s+)?(?:added|wrote|pushed|made|entered|set|changed|loaded)\b`,
      String.raw`{P}\s+["“]?(?:[\w-]+\s+){0,2}?${CHANGE_NOUN}["”]?\s+(?:breaks|crashes|wipes|deletes|corrupts|empties|floods|(?:takes|brings|knocks)\s+(?:[\w-]+\s+){0,4}?(?:down|out|offline))\b`,
      // "Paul's manual edit to the .env file is why the mail relay stopped sending", "After Camille's cleanup script ran, the
      // audit logs for October were gone".
      String.raw`{P}\s+(?:[\w-]+\s+){0,2}?${CHANGE_NOUN}(?:\s+(?:to|on|of|in|for)\s+[^.;]{1,50}?)?\s+(?:is|was)\s+(?:exactly\s+|precisely\s+)?why\s+[^.;]{0,50}?\b(?:stopped|failed|broke|crashed|went\s+(?:down|dark|offline)|lost|froze|halted|died)\b`,
      String.raw`\bafter\s+{P}\s+(?:[\w-]+\s+){0,2}?${CHANGE_NOUN}\s+(?:ran|went\s+out|was\s+(?:applied|deployed|merged|run))\s*,\s+[^.;]{0,80}?\b(?:were|was)\s+(?:gone|lost|deleted|missing|empty|corrupted|wiped)\b`,
      // "Diego's load test was pointed at production."
      String.raw`{P}\s+(?:[\w-]+\s+){0,2}?(?:test|script|job|query|benchmark|load\s+test|migration)\s+was\s+(?:pointed|aimed|run)\s+(?:at|against)\s+(?:prod|production|the\s+live\b|live\b)`,
      // "All of the overspend traces back to one edit: Hannah raising the daily cap", "Stefan's rollout of the new ID graph is
      // where every match-rate problem comes from".
      String.raw`\b(?:traces?|traced|goes|went|comes|came|leads?|led)\s+(?:(?:straight|directly|right|all\s+the\s+way)\s+)?back\s+to\s+(?:one|a|a\s+single|the)\s+(?:[\w-]+\s+)?${CHANGE_NOUN}\s*[:—–]\s*{S}\s+\p{L}{3,}ing\b`,
      String.raw`{P}\s+(?:[\w-]+\s+){0,2}?${CHANGE_NOUN}(?:\s+(?:to|on|of|in|for)\s+[^.;]{1,50}?)?\s+(?:is|was)\s+where\s+(?:every|all|each|most|the|our)\b[^.;]{0,60}?\b(?:comes?|came|stems?|stemmed|started|starts|began|begins)\b`,
      // "The data protection breach arose because a member of the admissions team emailed the spreadsheet to a personal address."
      String.raw`\b(?:breach|outage|incident|failure|loss|leak|exposure|disruption|corruption|overspend|downtime)\s+(?:arose|occurred|happened|came\s+about|started|began)\s+(?:because|when|after)\s+{S}\s+(?:had\s+)?${ACTION_PAST}`,
      // "The intern's cron job is the reason why the sitemap was regenerated every minute."
      String.raw`{P}\s+(?:[\w-]+\s+){0,2}?(?:job|cron\s+job|cronjob|script|tool|automation|bot)\s+(?:is|was)\s+(?:the\s+)?(?:(?:real|main|whole|only)\s+)?reason\s+(?:why|that)\b`,
      // "Nikau's shortcut in the referral triage logic cost three patients their first appointment date."
      String.raw`{P}\s+(?:[\w-]+\s+){0,2}?${CHANGE_NOUN}(?:\s+(?:to|on|in|of|for)\s+[^.;]{1,50}?)?\s+cost\s+(?:\w+\s+){0,3}?(?:patients|customers|users|players|passengers|clients|members|students|people|families|callers)\b`,
    ],
    cue: [
      String.raw`\b(?:broke|crashed|vanished|disappeared|missing|failed|stalled|froze|died|tripped|overflowed|overran|overshot|halted|stood|came|ground|ran|locked|went|goes|go|fell|backed|built|builds|blew|melted|spiked|piled|ran\s+out|lost|down|broken|corrupted|deleted|gone|started|began|happened|kicked|stopped|doubled|tripled|jumped|climbed|soared|rose|surged|exploded|shot|blank)\b[^.;]*\b(?:because|when|once|after|moment|minute|second|instant|soon|day|night|morning|afternoon|evening|week)\b`,
      String.raw`\b(?:cause|trigger|culprit)\b[^.;:]{0,40}[:—–-]`,
      String.raw`\buntil\b`,
      String.raw`\b(?:broke|crashed|vanished|disappeared|missing|failed|stalled|froze|died|overran|overshot|halted|stood|came|ground|went|goes|go|fell|backed|built|builds|blew|melted|spiked|piled|ran\s+out|lost|down|broken|corrupted|deleted|gone|started|began|happened|kicked|stopped|doubled|tripled|jumped|climbed|soared|rose|surged|exploded|shot|blank)\b[^;]*['’]s\s`,
      String.raw`\b(?:back|points?|pointed|pointing)\s+to\s+(?:one|a|an|the|that|this)\b`,
      String.raw`\b(?:back|directly|straight)\s+to\s+(?:\S+\s+){1,3}\p{L}{3,}ing\b`,
      String.raw`['’]s\s[^.;]*\b(?:cause|culprit|trigger|reason|source)\b`,
      String.raw`['’]s?\s[^.;]*\b(?:broke|crashed|wiped|deleted|corrupted|caused|triggered|took|brought|knocked|cost|cut|emptied|flooded|locked|started|sent)\b`,
      String.raw`\b(?:cause|trigger)\s+(?:of|for)\b`,
      String.raw`\bsince\b[^.;]*\bbeen\b`,
      String.raw`\bthanks\s+to\b`,
      String.raw`\bwhat\b`,
      String.raw`^\W*(?:after|once|as|shortly|right|just|minutes|seconds|immediately|soon|the\s+moment)\b`,
      String.raw`\b(?:from|by)\b[^.;]*\b(?:broke|crashed|wiped|deleted|corrupted|caused|triggered|cut|emptied|flooded|locked|took|brought|knocked|started|sent)\b`,
      String.raw`\bbecause\b[^.;]*\b(?:stopped|quit|gave)\b`,
      String.raw`\bturned\s+into\b`,
      String.raw`\bthe\s+one\s+that\b`,
      String.raw`\b(?:real|true|actual|main|root)\s+(?:cause|source|culprits?)\b`,
      String.raw`\b(?:he|she)\s+(?:had\s+)?(?:added|wrote|pushed|made|entered|set|changed|loaded)\b`,
      String.raw`\b(?:breaks|crashes|wipes|deletes|corrupts|empties|floods|takes|brings|knocks)\b`,
      String.raw`\bwhy\b`,
      String.raw`^\W*after\b|\bafter\b[^.;]*['’]s\s`,
      String.raw`\b(?:pointed|aimed|run)\s+(?:at|against)\b`,
      String.raw`\bback\s+to\b[^.;]*[:—–]`,
      String.raw`\bis\s+where\b|\bwas\s+where\b`,
      String.raw`\b(?:arose|occurred|happened|about|started|began)\s+(?:because|when|after)\b`,
      String.raw`\breason\s+(?:why|that)\b`,
      String.raw`['’]s\s[^.;]*\bcost\b`,
    ],
    actors: PEOPLE,
    notFollowedBy: SYSTEM_EXPLANATION,
    note: 'Naming a person\'s action as what set the outage off makes them the cause; describe the action and what let it do harm.',
    examples: ['The migration broke because @pkaur ran it twice.', 'It all goes back to a command @ngozi typed on the bastion host.', 'Latency spiked right after @bettina\'s deploy.'],
  },
  {
    id: 'harm-was-theirs',
    category: 'blame-attribution',
    // "The broken build was @pkaur's, and it blocked every release", "Owning a
    // change by name in the predicate marks a person even when the document does not list them.
    pattern: String.raw`\b(?:the|this|that)\s+(?:[\w-]+\s+){0,2}?(?:change|commit|query|script|release|deploy|error|mistake|bug|typo|config|push|migration|pr|patch|build|command)\s+(?:was|is)\s+{P}\s*(?:[,;—–]?\s+and\s+(?:it|that|this)\s+(?:\w+\s+){0,2}?(?:locked|broke|crashed|took|went\s+out|caused|deleted|wiped|corrupted|filled|knocked|brought|failed|blocked|paged))`,
    cue: String.raw`\b(?:was|is)\s+\S+['’]s?\b`,
    actors: PEOPLE_OR_NAMES,
    note: 'Saying the harmful change was a person\'s makes them the cause; describe the change and what let it do harm.',
    examples: ["The runaway query was @bartek's, and it locked the accounts table."],
  },
  {
    id: 'action-then-consequence',
    category: 'blame-attribution',
    pattern: [
      // "Arvid bumped the pool size, which is why the database ran out of connections" (not "…, which is what finally
      // stopped the rebalance storm").
      String.raw`{S}{ADV}\s+(?:(?:had|has)\s+)?(?!(?:said|says|explained|mentioned|noted|told|wrote|asked|showed|pointed|found|noticed|thinks|thought|believes|believed|suggested|argued|reported|flagged|raised|escalated|warned|spotted|caught)\b)${VERB_WORD}(?:\s+[^\s.;]+){0,12}?,?\s+(?:which|and\s+that|and\s+this|that)\s+(?:is|was|['’]s)\s+(?:exactly\s+|precisely\s+)?(?:the\s+(?:whole\s+|entire\s+|full\s+|short\s+)?(?:story|reason|explanation)\s+(?:of\s+)?)?(?:what|why|how|when)\s+(?!(?:we|they|the\s+team|i)\s+(?:first\s+)?(?:learned|learnt|found|noticed|discovered|knew|heard|spotted|caught|saw)\b)(?!(?:finally\s+|eventually\s+|quickly\s+)?(?:stopped|ended|halted|fixed|resolved)\s+(?:the\s+)?(?:[\w-]+\s+){0,2}?(?:storms?|outage|errors?|bleeding|incident|loops?|floods?|impact|failures?|cascade)\b)(?:[^.;]{0,40}?\b)?${BAD_OUTCOME}\b`,
      // "Fatima prioritised her own feature and the recovery was delayed because of it".
      String.raw`{S}{ADV}\s+${VERB_WORD}(?:\s+[^\s.;]+){0,12}?\s+and\s+[^.;]{0,50}?\b(?:delayed|lost|broke|failed|down|worse|stalled|suffered)\b[^.;]{0,20}?\bbecause\s+of\s+(?:it|that|this|(?:him|her|them))\b`,
      // "… deleted the staging namespace, which turned out to be prod".
      String.raw`{S}{ADV}\s+(?:deleted|dropped|wiped|truncated|restarted|drained|ran|changed|edited|modified|removed|killed|rebooted|scaled)\s+[^.;]{1,60}?,\s+which\s+(?:turned\s+out\s+to\s+be|was\s+(?:actually|in\s+fact|really))\s+(?:the\s+)?(?:prod|production|live|primary|the\s+live)\b`,
      // "Mr. Ono cleared the alarm log before anyone could examine it, which has made this investigation far more
      // difficult", "… re-uploaded the replay four times, which filled the ingest disk".
      String.raw`{S}{ADV}\s+(?:decided\s+to\s+\p{L}+|(?:had\s+)?${ACTION_PAST})\b[^.;]{1,80}?,\s+which\s+(?:then\s+|in\s+turn\s+)?(?:(?:has\s+|had\s+)?made\s+[^.;]{1,60}?\b(?:harder|more\s+difficult|impossible|much\s+worse|worse)|(?:filled|crashed|broke|took\s+down|knocked\s+out|wiped|corrupted|overloaded|flooded|exhausted|deleted|locked|doubled|tripled|duplicated)\b)`,
      // "Mr. Takada pulled the patch cord, believing it to be unused", "ran his script against what he believed was
      // the preprod index", "it was loaded onto the wrong press by Mr. Kawamura".
      String.raw`{S}{ADV}\s+(?:had\s+)?${ACTION_PAST}\b[^.;]{1,80}?,\s+(?:wrongly\s+|mistakenly\s+)?(?:believing|thinking|assuming|convinced|sure)\s+(?:that\s+)?(?:it|they|them|this|that|the\s+[\w-]+)\s+(?:to\s+be\s+|was\s+|were\s+|is\s+)?(?:unused|spare|safe|idle|empty|a\s+test|staging|preprod|pre-?production|the\s+(?:test|staging|preprod|spare|old|backup))\b|\b(?:against|on|in|to|from)\s+what\s+(?:he|she|they)\s+(?:believed|thought|assumed|took\s+to\s+be)\s+(?:was|were|to\s+be)\b`,
      String.raw`\b(?:the|a)\s+wrong\s+[\w-]+(?:\s+[\w-]+)?\s+by\s+{O}`,
      // "Niels truncated the transactions log to free disk space, and so we have no record of which trucks left."
      String.raw`{S}{ADV}\s+(?:had\s+)?${ACTION_PAST}\b[^.;]{1,80}?,\s+and\s+so\s+(?:now\s+)?(?:we|the\s+[\w-]+|our\s+[\w-]+)\s+(?:have|had|has)\s+no\s+(?:record|records|log|logs|trace|backup|copy|data|way)\b`,
      // "Mei pasted the customer list into the wrong Slack channel", "Yuki did the wrong command".
      String.raw`{S}{ADV}\s+(?!(?:was|were|is|are|be|been|picked|flagged|noticed|spotted|found|caught|saw|identified|reported|chased|followed|suspected|blamed|suggested)\b)(?:(?:spent|wasted|lost)\s+(?:[^\s.;,]+\s+){1,8}?(?:on|in|with|chasing|debugging|looking\s+at)|${VERB_WORD}(?:\s+[^\s.;,]+){0,5}?)\s+(?:the|a)\s+wrong\s+(?!(?:path|lead|direction|track|theory|trail|idea|conclusion|thing\s+to\s+blame)\b)[\w-]+`,
      // "Dr Kapoor's junior doctors carried on ordering on paper, which goes a long way to explaining the duplicates",
      // "Kate changed something on the Tuesday and we haven't had a reliable feed since", "Wagner shut down the partition
      // before checking whether anything still pointed at it", "Bronwen arrives, sees the backlog, and does nothing until
      // her stand-up".
      String.raw`{S}{ADV}\s+${VERB_WORD}(?:\s+[^\s.;]+){0,14}?,?\s+which\s+(?:goes\s+a\s+long\s+way\s+(?:to|towards)\s+explaining|(?:largely\s+|mostly\s+|partly\s+)?explains)\s+(?:the\s+|our\s+)?(?:[\w-]+\s+){0,2}?(?:duplicates?|duplicated|delays?|delayed|loss|lost|outage|failures?|errors?|breach|backlog|missing|double|corrupt\w*)\b`,
      String.raw`{S}{ADV}\s+(?:changed|touched|did|tweaked|edited)\s+something\b[^.;]{0,40}?\s+and\s+(?:we|it|the\s+[\w-]+)\s+(?:have\s*n['’]?t|haven['’]t|has\s*n['’]?t|hasn['’]t|have\s+not|has\s+not)\s+(?:had|worked|been)\b`,
      String.raw`{S}{ADV}\s+(?:shut\s+down|deleted|dropped|removed|decommissioned|wiped|truncated|disabled|retired|turned\s+off|switched\s+off)\s+[^.;]{1,60}?\s+before\s+(?:checking|confirming|verifying|asking|finding\s+out)\s+(?:whether|if)\b`,
      String.raw`{S}{ADV}\s+(?:[^.;|]{1,60}?,\s+(?:and\s+)?)?(?:does|did)\s+nothing\s+(?:until|for|about\s+it\s+until)\b`,
      // "The night custodian flipped the breaker to plug in a heater, and that's the whole story", "Nadine let the shift carry
      // on with the scanner offline, and we paid for it", "Uwe starts the mass upload despite the warning", "Katrin was too
      // busy with her own project to look at the replication status".
      String.raw`{S}{ADV}\s+${VERB_WORD}(?:,?\s+[^\s.;,]+){0,24}?,?\s+and\s+(?:that['’]s|that\s+is)\s+the\s+whole\s+story\b`,
      String.raw`{S}{ADV}\s+${VERB_WORD}(?:,?\s+[^\s.;,]+){0,24}?,?\s+and\s+(?:we|the\s+[\w-]+)\s+(?:all\s+)?paid\s+(?:for\s+it|the\s+price)\b`,
      String.raw`{S}{ADV}\s+(?:starts|started|ran|runs|pushed|pushes|deployed|deploys|restarted|restarts|deleted|deletes|released|releases|merged|merges|continued|continues|proceeded|proceeds|went\s+ahead)\b[^.;|]{0,60}?\s+(?:despite|in\s+spite\s+of|regardless\s+of)\s+(?:the\s+|a\s+|an\s+|all\s+|repeated\s+|clear\s+|several\s+)?(?:warnings?|alerts?|objections?|advice|instructions?|red\s+flags?)\b`,
      String.raw`{S}{ADV}\s+(?:was|were)\s+too\s+busy\s+(?:with\s+[^.;]{1,40}?\s+)?to\s+(?:look|check|notice|respond|answer|read|review|follow|escalate)\b`,
      // "Stéphanie went ahead with the swap while the rest of us were in the briefing", "Hugo closed the ticket as 'won't
      // fix'", "@hamad_noc … simply did not act", "the staff overrode the verification warning and paid out", "Rashid
      // disregarded the explicit instruction of the CAB chair".
      String.raw`{S}{ADV}\s+went\s+ahead\s+(?:with\s+[^.;]{1,40}?\s+)?(?:while|before|without|despite|anyway|regardless)\b`,
      String.raw`{S}{ADV}\s+closed\s+(?:the\s+|our\s+)?(?:ticket|issue|alert|finding|report|case)\s+as\s+["“](?:won['’]t\s+fix|wontfix|not\s+a\s+bug|works\s+as\s+(?:intended|designed)|user\s+error|no\s+action|duplicate)`,
      String.raw`{S}{ADV}\s+(?:was\s+[^.;]{1,40}?\s+and\s+)?(?:simply\s+|just\s+)?(?:did\s*n['’]?t|did\s+not)\s+act\b`,
      String.raw`{S}{ADV}\s+(?:overrode|ignored|dismissed|bypassed|clicked\s+through)\s+(?:the\s+)?(?:[\w-]+\s+){0,3}?(?:warning|alert|alarm|prompt|check)\s+and\s+`,
      String.raw`{S}{ADV}\s+(?:disregarded|ignored|defied|overrode|contravened)\s+(?:the\s+)?(?:explicit\s+|clear\s+|direct\s+|written\s+)?(?:instructions?|orders?|direction|advice|guidance)\b`,
      // "Patrick reran the backfill twice, doubling every record", "Zoe switched off the lookup … and left it off", "runs
      // kubectl delete believing he is in staging", "Owen tells no one and logs off", "kept telling patients to clear their
      // cache instead of escalating", "… is the one who pushed the bad template", "and yet Chloe did exactly that".
      String.raw`{S}{ADV}\s+(?:re-?ran|ran|ran\s+again)\s+[^.;]{1,60}?\s+twice\s*,\s+(?:doubling|duplicating|corrupting|wiping|deleting)\b`,
      String.raw`{S}{ADV}\s+(?:switched|turned)\s+off\s+[^.;]{1,60}?\s+and\s+left\s+it\s+(?:off|disabled)\b`,
      String.raw`\b(?:believing|thinking|assuming|convinced)\s+(?:that\s+)?(?:he|she)\s+(?:is|was)\s+(?:in|on|connected\s+to|logged\s+into)\s+(?:the\s+)?(?:staging|test|dev|preprod|pre-?production|sandbox)\b`,
      String.raw`{S}{ADV}\s+(?:tells|told)\s+(?:no\s*one|nobody|no-one)\s+and\s+(?:logs|logged|goes|went|leaves|left)\b`,
      String.raw`{S}{ADV}\s+kept\s+\p{L}+ing\b[^.;]{1,60}?\binstead\s+of\s+(?:escalating|calling|paging|asking|checking|rolling\s+back)\b`,
      String.raw`{S}{ADV}\s+(?:is|was)\s+the\s+(?:one|person)\s+who\s+(?:broke|caused|deleted|introduced|pushed\s+the\s+(?:bad|broken|faulty|wrong|buggy))\b`,
      String.raw`\band\s+yet\s+{S}\s+did\s+(?:exactly|precisely|just)\s+that\b`,
      // "Clodagh imported the CSV twice, and there's your double-booked shifts", "Tadhg switched off the firewall plugin on
      // Monday and the spam sign-ups started within the hour".
      String.raw`{S}{ADV}\s+${ACTION_PAST}(?:\s+[^\s.;]+){0,10}?\s*,?\s+and\s+there['’]s\s+(?:your|the|our)\b`,
      String.raw`{S}{ADV}\s+(?:switched\s+off|turned\s+off|disabled|removed|deleted|paused|killed|uninstalled|deactivated|dropped)\s+(?:[^\s.;]+\s+){1,8}?and\s+(?:the\s+)?(?:[\w-]+\s+){0,3}?(?:started|began|kicked\s+off|came\s+in|poured\s+in|flooded\s+in)\s+(?:within|in\s+under|inside)\s+(?:the|an?|\w+)\s+(?:hour|minutes?|hours|day)\b`,
    ],
    cue: [
      String.raw`\b(?:which|that|this)\s+(?:is|was|['’]s)\s+(?:[\w-]+\s+){0,5}?(?:what|why|how|when)\b`,
      String.raw`\bbecause\s+of\b`,
      String.raw`\bwhich\s+(?:turned|was)\b`,
      String.raw`\bwhich\b`,
      String.raw`\b(?:believing|thinking|assuming|convinced|sure|believed|thought|assumed)\b`,
      String.raw`\bwrong\b[^.;]*\bby\b`,
      String.raw`\band\s+so\b`,
      String.raw`\bwrong\b`,
      String.raw`\b(?:explaining|explains)\b`,
      String.raw`\bsomething\b`,
      String.raw`\bbefore\s+(?:checking|confirming|verifying|asking|finding)\b`,
      String.raw`\bnothing\s+(?:until|for|about)\b`,
      String.raw`\bwhole\s+story\b`,
      String.raw`\bpaid\s+(?:for\s+it|the\s+price)\b`,
      String.raw`\b(?:despite|spite|regardless)\b`,
      String.raw`\btoo\s+busy\b`,
      String.raw`\bwent\s+ahead\b`,
      String.raw`\bclosed\b`,
      String.raw`\bact\b`,
      String.raw`\b(?:overrode|ignored|dismissed|bypassed|clicked)\b`,
      String.raw`\b(?:disregarded|ignored|defied|overrode|contravened)\b`,
      String.raw`\btwice\b`,
      String.raw`\bleft\s+it\b`,
      String.raw`\b(?:believing|thinking|assuming|convinced)\b`,
      String.raw`\b(?:tells|told)\s+(?:no|nobody)\b`,
      String.raw`\binstead\s+of\b`,
      String.raw`\bthe\s+(?:one|person)\s+who\b`,
      String.raw`\band\s+yet\b`,
      String.raw`\bthere['’]s\s+(?:your|the|our)\b`,
      String.raw`\b(?:within|under|inside)\b`,
    ],
    actors: PEOPLE,
    notFollowedBy: SYSTEM_EXPLANATION,
    note: 'Tying a person\'s action straight to the damage it did makes them the cause; describe what let one action do that much harm.',
    examples: ['@arvid bumped the pool size, which is why the database ran out of connections.', '@mei pasted the customer list into the wrong channel.'],
  },
  {
    id: 'absent-during-incident',
    category: 'blame-attribution',
    pattern: [
      String.raw`{S}{ADV}\s+(?:\p{L}+\s+(?:[^\s.;]+\s+){0,4}?and\s+)?(?:went|walked\s+off|wandered\s+off|headed\s+off|stepped\s+out|went\s+off|logged\s+off|disappeared|left)\s+(?:to|for|out\s+for)\s+(?:a\s+|an\s+|the\s+)?(?:dinner|lunch|bed|sleep|gym|meeting|pub|home|coffee|drinks|walk|weekend|holiday|vacation|party)\b(?:\s*,\s*(?:blocking|leaving)|\s+(?:while|as|when)\s+(?:the\s+)?(?:[\w-]+\s+){0,2}?(?:was|were)\s+(?:still\s+)?(?:\p{L}+ing|down|on\s+fire|burning|broken|red))\b`,
      String.raw`\bwho\s+(?:was|were)\s+(?:supposed|meant|expected)\s+to\s+be\s+(?:watching|monitoring|on\s+call|on\s+top\s+of|looking\s+after|covering)\b`,
      String.raw`{S}{ADV}\s+(?:escalated|responded|reacted|acted|paged|joined|replied|acknowledged|acked|rolled\s+back|noticed|called|declared|told\s+us)\s+(?:\S+\s+){0,3}?(?:way\s+|far\s+|much\s+|a\s+lot\s+)?too\s+(?:late|slowly)\b`,
      String.raw`{S}{ADV}\s+kept\s+(?:insisting|claiming|arguing|saying)\s+(?:that\s+)?(?:it|everything|things|nothing)\s+(?:was|were)\s+(?:fine|ok|okay|wrong|normal)\b`,
      // "Priit went to lunch during an active incident", unless someone had taken over.
      String.raw`{S}{ADV}\s+(?:went|headed|left|stepped\s+out|logged\s+off|signed\s+off|wandered\s+off)\s+(?:(?:to|for|out\s+for)\s+(?:a\s+|an\s+|the\s+)?)?(?:dinner|lunch|bed|sleep|gym|home|coffee|drinks|a\s+walk|the\s+weekend|holiday|vacation|the\s+pub)?\s*during\s+(?:an?\s+|the\s+)?(?:(?:active|ongoing|live|open|unfolding)\s+)?(?:incident|outage|sev-?\d|p\d|page|bridge)\b(?![^.;]{0,60}\b(?:hand(?:ed|ing)?\s+over|handover|hand-?off|took\s+over|taken\s+over|relieved)\b)`,
      // "The on-call engineer left the critical alarm unanswered for 47 minutes", "left the terminal logged in under the
      // administrator account".
      String.raw`{S}{ADV}\s+left\s+(?:the|a|an|our|every|all|both|two|three|four|\d+)\s+(?:[\w-]+\s+){0,7}?(?:unanswered|unacknowledged|unattended|unread|unreviewed|unpatched|unmonitored|logged\s+in\s+(?:as|under|with)\s+(?:the\s+|an?\s+)?(?:admin|administrator|root|shared|service))\b`,
      // "… shortened the interlock timer and then knocked off".
      String.raw`{S}{ADV}\s+${ACTION_PAST}(?:\s+[^\s.;]+){0,10}?\s+and\s+(?:then\s+)?(?:knocked\s+off|clocked\s+off|left\s+site|left\s+the\s+site|went\s+off\s+shift)\b`,
      // "Noor bumped the replica count and went home".
      String.raw`{S}{ADV}\s+${ACTION_PAST}(?:\s+[^\s.;]+){0,8}?\s+and\s+(?:then\s+)?(?:left\s+(?:the\s+)?(?:desk|console|control\s+room|post|station)\s+(?:for|to)\s+(?:a|his|her|their|the)\s+(?:break|lunch|dinner|coffee|smoke)|went\s+home|went\s+to\s+bed|logged\s+off|signed\s+off|clocked\s+out|went\s+offline|left\s+for\s+the\s+(?:day|night|weekend))\b(?![^.;]{0,40}\b(?:as\s+planned|after\s+(?:handing|confirming|checking|verifying|watching))\b)`,
      // "| 03:20 | On-call (Mélanie Joly) does not wake up; second page sent |", "Jonas left the flag at 100 % when he went on
      // holiday".
      String.raw`{S}(?:\s*\([^)]{1,40}\))?\s+(?:does\s+not|doesn['’]t|did\s+not|didn['’]t)\s+wake\s+up\b`,
      String.raw`{S}{ADV}\s+left\s+[^.;]{1,60}?\s+(?:when|before)\s+(?:he|she|they)\s+went\s+(?:on\s+)?(?:holiday|vacation|leave|home)\b`,
    ],
    cue: [
      String.raw`\b(?:dinner|lunch|bed|sleep|gym|meeting|pub|home|coffee|drinks|walk|weekend|holiday|vacation|party)\b`,
      String.raw`\bwho\s+(?:was|were)\b`,
      String.raw`\btoo\s+(?:late|slowly)\b`,
      String.raw`\bkept\b`,
      String.raw`\bduring\b`,
      String.raw`\bleft\b`,
      String.raw`\band\s+(?:then\s+)?(?:knocked|clocked|left|went)\b`,
      String.raw`\band\s+(?:then\s+)?(?:went|logged|signed|clocked|left)\b`,
      String.raw`\bwake\s+up\b`,
      String.raw`\bwent\s+(?:on\s+)?(?:holiday|vacation|leave|home)\b`,
    ],
    actors: PEOPLE_OR_NAMES,
    note: 'Saying a person was away, late or dismissive while things broke blames them; describe what would have brought help sooner.',
    examples: ['The on-call engineer went to dinner while the queue was backing up.', 'Support escalated way too late.'],
  },
  {
    id: 'person-under-cause-label',
    category: 'blame-attribution',
    pattern: [
      // "- Contributing factor: the handling agent's staff ignoring the red banner on the BRS screen."
      String.raw`\b(?:contributing\s+factors?|root\s+causes?|(?:primary|main|direct|proximate)\s+causes?|causes?)\s*:\s*{S}\s+(?:ignoring|skipping|bypassing|overriding|disregarding|dismissing|silencing|muting|not\s+(?:following|reading|checking|escalating|testing))\b`,
      // "Litigation support's habit of skipping QC on small productions".
      String.raw`{P}\s+(?:[\w-]+\s+)?(?:habit|tendency|custom)\s+of\s+(?:skipping|ignoring|bypassing|cutting|forgetting|leaving|not\s+\p{L}+ing|disregarding|overriding|rushing)\b`,
      // A cause field naming a person: "Owner of failure: Growth eng (Nora's squad)", "At fault: the night shift".
      String.raw`^\W*(?:owner\s+of\s+(?:the\s+)?(?:failure|outage|incident|breakage)|(?:failure|outage|breakage)\s+owner|at\s+fault|culprit|(?:who|person|team)\s+(?:to\s+blame|at\s+fault)|blamed?|who\s+broke\s+it)\s*:\s*{O}`,
    ],
    cue: [String.raw`:\s`, String.raw`\b(?:habit|tendency|custom)\s+of\b`, String.raw`\b(?:owner|fault|culprit|blamed?|broke)\b`],
    actors: PEOPLE,
    note: 'Naming a person\'s or team\'s behaviour as the cause ("staff ignoring the banner", "their habit of skipping QC") puts the fault on them; describe what made the banner easy to ignore or the check easy to skip.',
    examples: ["- Contributing factor: the handling agent's staff ignoring the red banner.", "| Litigation support's habit of skipping QC on small productions | Contributing factor |"],
  },
  {
    id: 'once-person-acted',
    category: 'blame-attribution',
    // "Once Wade touched the AVL polling interval, the map stopped showing where anyone was."
    pattern: String.raw`^\W*(?:once|as\s+soon\s+as|the\s+moment|right\s+after|minutes\s+after)\s+{S}\s+(?:touched|changed|edited|tweaked|modified|pushed|deployed|applied|flipped|bumped|deleted|removed|disabled|reconfigured|renamed|reordered)\b[^.;]{1,60}?,\s+[^.;]{1,60}?\b(?:broke|went\s+down|crashed|died|fell\s+over|started\s+failing|stopped\s+(?:working|showing|responding|sending|receiving|loading|updating|syncing|accepting|routing))\b`,
    cue: String.raw`\b(?:broke|down|crashed|died|fell|failing|stopped)\b`,
    actors: PEOPLE,
    note: 'Telling the failure as starting the moment a person acted makes their action the cause; describe what let one change do that.',
    examples: ['Once @wade touched the AVL polling interval, the map stopped showing where anyone was.'],
  },
];
