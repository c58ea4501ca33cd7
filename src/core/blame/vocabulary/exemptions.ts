// What is not blame though it looks like it: sentences that argue against blame, and phrases where a blaming word describes software or names a term.
import { PRODUCT_NAMES } from '../lexicon';
import { HARM_DONE } from './fragments';

/**
 * Sentences that argue against blame or describe blame culture; no entry reports in them ("We found no evidence that
 * anyone acted carelessly", "Calling this human error would miss the point").
 */
export const ARGUING_AGAINST_BLAME: readonly string[] = [
  // "We talked about whether this was operator error and agreed it isn't a useful framing".
  String.raw`\bwhether\s+(?:this|it|that)\s+was\s+(?:an?\s+)?(?:human|operator|user|engineer|staff)\s+error\b[^.;]{0,80}?\b(?:is\s*n['’]?t|is\s+not|was\s*n['’]?t|was\s+not|not)\s+(?:a\s+|an\s+)?(?:useful|helpful|fair|right|accurate|good|meaningful)\b`,
  String.raw`(?:^|(?<=[:—–]))\W{0,20}(?:calling|labell?ing|describing|attributing|blaming)\s+(?:it|this|that|these|the\s+\w+(?:\s+\w+)?)\s+(?:as\s+|on\s+|to\s+)?`,
  String.raw`\b(?:wrong|unfair|unhelpful|misleading|lazy|too\s+easy|easy|tempting)\s+(?:in\s+hindsight\s+)?to\s+(?:call|label|describe|blame|say|conclude|write\s+(?:it|this)\s+off\s+as)\b`,
  // "The gaps in it are mine to fix", "Isla's dashboard is the only reason we could tell …", "any of us would have approved
  // it too", "Losa was worried she had caused the problem …; she hadn't", "… which is how the missing step was picked up":
  // accountability, praise and a worry the review answered.
  String.raw`\b(?:are|is)\s+mine\s+to\s+(?:fix|own|answer\s+for)\b|\bis\s+the\s+only\s+reason\s+(?:we|the\s+team|anyone)\s+(?:could|were\s+able\s+to|can|knew)\b|\b(?:any|all)\s+of\s+us\s+would\s+have\s+(?:approved|done|made|missed|signed)\b`,
  String.raw`\b(?:worried|afraid|feared|thought)\s+(?:that\s+)?(?:she|he|they|I)\s+(?:had|might\s+have)\s+caused\b|\bwhich\s+is\s+how\s+[^.;]{0,60}?\b(?:was|were|got)\s+(?:picked\s+up|caught|found|spotted|noticed|prevented|avoided)\b`,
  // "He posted in the group straight away, which is exactly what we want people to do", "Ah don't be blaming Pádraig",
  // "something we need to design around, not complain about": praise, a defence, the system's side.
  String.raw`\bwhich\s+is\s+(?:exactly|precisely)\s+what\s+we\s+(?:want|need|ask|expect|hope)\b`,
  // "Ana made a judgement call with the information she had, and it was reasonable": a decision judged sound.
  String.raw`\bwith\s+the\s+(?:information|knowledge|context|data)\s+(?:she|he|they|we|I)\s+had\b|\b(?:was|were|seemed)\s+(?:a\s+)?(?:perfectly\s+|entirely\s+|completely\s+)?(?:reasonable|sensible|defensible)(?:\s+(?:call|decision|choice|judgement|judgment))?\s*[.!]?\s*$`,
  String.raw`\b(?:don['’]t|do\s+not|let['’]s\s+not|no\s+point|there['’]s\s+no\s+point)\s+(?:be\s+|in\s+)?blam(?:e|ing)\b`,
  String.raw`\b(?:design|plan|build)\s+(?:around|for)\s*,?\s+not\s+(?:complain|moan|grumble|gripe)\s+about\b`,
  // "It is hard to see how anyone could have caught this before the release": nobody could have, which clears them.
  String.raw`\b(?:hard|difficult|impossible)\s+to\s+(?:see|imagine|say)\s+how\s+(?:anyone|anybody|we|they|[\w-]+)(?:\s+[\w-]+)?\s+(?:could|would)\s+have\s+(?:caught|prevented|predicted|foreseen|anticipated|noticed|known|spotted|avoided|detected|done\s+(?:better|otherwise|differently))\b`,
  // "The failure was not anyone's fault in a meaningful sense", "we own that decision".
  String.raw`\bnot\s+(?:anyone|anybody|any\s+one\s+person|one\s+person)['’]s\s+fault\b|\bno(?:body|\s+one|-one)['’]s\s+fault\b`,
  String.raw`\bwe\s+(?:all\s+|collectively\s+|jointly\s+)?own\s+(?:that|this|the)\s+(?:decision|call|choice|trade-?off)\b`,
  // "'Should have known better' came up in Slack; it is not in this writeup", "Incompetent isn't a word we'd use": wording
  // quoted or named in order to be set aside.
  String.raw`^\W*["“][^"”]{1,60}["”]\s+(?:came\s+up|was\s+(?:said|written|used|heard)|appeared|showed\s+up|got\s+said)\b`,
  String.raw`^\W*[\w'’-]+(?:\s+[\w'’-]+)?\s+(?:is\s*n['’]t|is\s+not|was\s*n['’]t|was\s+not)\s+(?:a\s+)?(?:word|words|term|label|language)\s+(?:we|I)\b`,
  // "It would be easy to write "the engineer should have checked"", "easy to read this timeline as a list of people…".
  String.raw`\b(?:too\s+easy|easy|tempting)\s+(?:in\s+hindsight\s+)?to\s+(?:write|read|think|ask|wonder)\b`,
  // "If you're reading this looking for someone to blame, you won't find it here", "We're not asking who pushed the button".
  String.raw`\b(?:looking|searching|hunting)\s+for\s+(?:someone|somebody|a\s+person|a\s+name|a\s+culprit|a\s+scapegoat)\s+to\s+blame\b|\bnot\s+asking\s+who\b|\bnot\s+(?:looking|searching|hunting)\s+for\s+(?:the\s+person|the\s+people|whoever|who)\b`,
  // "Saying the operator made a mistake is true and useless".
  String.raw`^\W*(?:saying|to\s+say|calling\s+it)\b[^.;]{0,80}?\b(?:(?:is|was|would\s+be)\s+(?:true\s+(?:and|but)\s+)?(?:useless|pointless|unhelpful|wrong|easy|not\s+(?:useful|helpful|the\s+point|accurate|fair|true|right))|(?:is\s*n['’]?t|was\s*n['’]?t|would\s*n['’]?t\s+be)\s+(?:accurate|fair|true|right|correct|useful|helpful))\b`,
  String.raw`\bno\s+(?:evidence|sign|signs|indication|suggestion|reason\s+to\s+(?:think|believe|suspect))\s+(?:that\s+)?(?:anyone|anybody|someone|somebody|any\s+\w+|the\s+\w+)\b`,
  String.raw`\b(?:nobody|no\s+one|none\s+of\s+(?:us|them|the\s+\w+))\s+(?:did|does|had\s+done|has\s+done)\s+(?:anything|something)\s+(?:wrong|unusual|out\s+of\s+the\s+ordinary|abnormal|reckless|careless|unreasonable)\b`,
  // "Wren asked that we not frame the delay as her mistake", "rather than recording it as operator error".
  String.raw`\b(?:not|never|rather\s+than|instead\s+of)\s+(?:to\s+)?(?:frame|framing|describe|describing|call|calling|label|labell?ing|treat|treating|record|recording|write|writing|log|logging)\b[^.;]{0,60}?\bas\s+(?:(?:his|her|their|my|a|an|the|one\s+person['’]s|someone['’]s|anyone['’]s)\s+)?(?:own\s+|personal\s+|individual\s+)?(?:mistake|error|fault|failure|negligence|slip|lapse)s?\b`,
  // "While it can be attributed to human error, it is incorrect to focus on the individual", "rather than blaming the
  // engineer": the sentence sets the person aside.
  String.raw`\b(?:wrong|incorrect|unfair|unhelpful|counterproductive|pointless|not\s+(?:right|helpful|useful|productive|fair))\s+to\s+(?:focus|dwell)\s+on\s+(?:the|an?|any|one|a\s+single)\s+(?:individual|person|people|engineer|operator|human)s?\b|\b(?:rather\s+than|instead\s+of)\s+(?:focus(?:s|ed|ing)?\s+on|blam(?:e|ing))\s+(?:the|an?|any|one|a\s+single)\s+(?:individual|person|people|engineer|operator|human)s?\b`,
  // "One of the worst possible things to see is when a senior manager replies back pointing an individual who made a
  // mistake": blaming someone described in order to be avoided.
  String.raw`\b(?:worst|never|avoid(?:s|ed|ing)?|don['’]t|do\s+not)\b[^.;]{0,80}?\b(?:point(?:s|ed|ing)?(?:\s+(?:at|to|out))?|singl(?:e|es|ed|ing)\s+out|nam(?:e|ing)\s+and\s+sham(?:e|ing))\s+(?:an?\s+)?(?:individual|person|engineer|colleague|someone|somebody|employee)\b`,
  // "Human error is an inevitable property of any manual process", "human error on manual refunds will be nonzero".
  String.raw`\b(?:human|operator|manual)\s+errors?\b[^.;]{0,40}?\b(?:is|are|will\s+(?:always\s+)?be|remains?)\s+(?:(?:an?|the)\s+)?(?:\w+\s+)?(?:inevitable|unavoidable|non-?zero|a\s+given|a\s+constant|a\s+fact\s+of\s+life)\b`,
  // "The point is not that Joost pushed the change; it's that our process let one person push it", "if this reads as
  // pointing at the QA team, that's not the intent", "that's on me, and I've added the check", "that's what we need to
  // fix", "Mohamed had no way to see which terminal fed the RTU", "good catch by @fvisser": the system's side, owning a
  // part, praise.
  String.raw`\bthe\s+(?:point|issue|problem|question|lesson)\s+(?:here\s+)?is\s+not\s+(?:that|who|whether)\b|\bif\s+(?:this|it|that)\s+(?:reads|sounds|comes\s+across)\s+(?:as|like)\s+(?:pointing|blaming|blame)\b|\bthat['’]s\s+not\s+the\s+intent(?:ion)?\b`,
  String.raw`\b(?:that['’]s|that\s+is|this\s+is|this\s+one['’]s|this\s+one\s+is)\s+on\s+me\b`,
  String.raw`\bhad\s+no\s+(?:way|means)\s+(?:to|of)\s+(?:see|seeing|know|knowing|tell|telling|check|checking|find|finding|verify|verifying|spot|spotting|notice|noticing)\b|\b(?:good|great|nice)\s+(?:catch|spot|save)\s+(?:by|from)\b`,
  // "Marisa owned her part in the channel straight away", "I've added that check to the MR template", "possibly X's DNS
  // change is related", "just need to know who to page", "is the volume yours or storage's?", "if a reader comes away
  // thinking this was about Priya, we have written it badly", "you know the config best; could you join the review?",
  // "as approved at the October CAB": owning a part, a hedge, a question, the writer's own care, a request, a process.
  String.raw`\bowned\s+(?:her|his|their|my)\s+(?:part|mistake|error|slip)\b|\bI['’]ve\s+(?:since\s+|now\s+|also\s+)?(?:added|set\s+up|created|written|fixed|opened|filed|updated|changed|put\s+in|raised\s+a\s+(?:change|ticket|fix|pr))\b`,
  String.raw`^\W*(?:possibly|perhaps|maybe)\b[^.;]{0,80}?\b(?:is|was|may\s+be|might\s+be|could\s+be)\s+related\b|\bneed\s+to\s+know\s+who\s+to\s+(?:page|call|ask|contact|ping)\b|\bis\s+(?:the\s+)?[\w-]+(?:\s+[\w-]+)?\s+(?:yours|his|hers|theirs)\s+or\b`,
  String.raw`\bif\s+(?:a|the|any)\s+reader\s+(?:comes|walks|goes)\s+away\s+thinking\b|\bwe\s+(?:have|['’]ve)\s+written\s+it\s+badly\b|\byou\s+know\s+[^.;]{1,40}?\s+best\b[^.;]{0,4}[;,]\s*(?:could|would|can)\s+you\b`,
  String.raw`\bas\s+(?:approved|scheduled|planned|agreed)\s+(?:at|by|in)\s+(?:the\s+)?(?:[\w-]+\s+)?(?:cab|change\s+(?:board|advisory\s+board|meeting)|change\s+review)\b`,
  // "Owning this one: I approved …", "I'm setting up a shared inbox rule", "the noise is the thing we need to fix",
  // "questions about disciplinary action are out of scope for this review", "great teamwork between the NOC and …".
  String.raw`^\W*owning\s+this(?:\s+one)?\s*:|\bI['’]m\s+(?:now\s+)?(?:setting\s+up|adding|writing|fixing|changing|creating|putting\s+in)\b|\b(?:is|that['’]s)\s+(?:what|the\s+thing)\s+we\s+need\s+to\s+(?:fix|change|address|solve)\b`,
  String.raw`\bout\s+of\s+scope\s+for\s+this\s+(?:review|postmortem|document|write-?up)\b|\bgreat\s+teamwork\b|\bteamwork\s+between\b`,
  // "@jwpark is IC for this one, @hyejin on comms": who held which role.
  String.raw`^\W*[\w@.-]+(?:\s+[\w@.-]+)?\s+(?:is|was|will\s+be)\s+(?:the\s+)?(?:ic|incident\s+(?:commander|lead|manager)|comms(?:\s+lead)?|scribe|ops\s+lead|communications\s+lead)\s+(?:for|on|during)\b`,
  // "Great work from the release team as usual": praise, unless what follows is harm ("…: took down checkout").
  String.raw`\b(?:great|nice|good|excellent|brilliant|fantastic|superb|outstanding|solid)\s+(?:work|job|effort)\s+(?:from|by)\s+[^.;:,]{1,40}?\s*,?\s+as\s+(?:usual|always|ever)\b(?![^.;]{0,80}?\b${HARM_DONE}\b)`,
  // "Human error is where the investigation starts, not where it ends", "human error is a symptom, not a cause".
  String.raw`\b(?:human|operator)\s+error\s+is\s+(?:where\s+(?:the\s+|an?\s+|our\s+|this\s+|every\s+|any\s+)?(?:investigation|analysis|review|inquiry|story)\s+(?:starts|begins)|(?:a|the)\s+(?:symptom|starting\s+point|start|beginning|label)\b[^.;]{0,40}?,\s*not\s+(?:a|the)\s+(?:cause|conclusion|explanation|end))`,
  // "What looked like a negligent gap in the logs turned out to be log rotation": an appearance the review corrected.
  String.raw`\bwhat\s+(?:looked|seemed|appeared|sounded)\s+like\b[^.;]{0,80}?\bturned\s+out\s+to\s+be\b`,
  // "The engineer responsible is on call again next week": who is on the rota, said as a plan.
  String.raw`^\W*(?:[-*+]\s+)?(?:[\w@'’.-]+\s+){1,4}?(?:is|are|will\s+be)\s+on[- ]call\s+(?:again\s+)?(?:next|this|from|on|until|tomorrow|tonight)\b[^.;!?]*[.!]?\s*$`,
  // "Ben's change was the trigger, not the cause", "not because of one person", "Kiki did everything the guide asks",
  // "forgot their new passwords, which is entirely expected", "Thank you Sinta for raising it", "deserves thanks".
  String.raw`\bthe\s+trigger\s*,\s*not\s+the\s+(?:root\s+)?cause\b`,
  String.raw`\bnot\s+because\s+of\s+(?:one\s+person|any\s+one\s+person|anyone|a\s+(?:single\s+)?person|an\s+individual)\b`,
  String.raw`\bdid\s+(?:everything|exactly\s+what)\s+(?:the|our)\s+(?:[\w-]+\s+){0,2}?(?:guide|runbook|procedure|process|checklist|playbook|policy|sop)\s+(?:asks|asked|says|said|requires|required|tells|told)\b`,
  String.raw`\bwhich\s+(?:is|was)\s+(?:entirely\s+|completely\s+|perfectly\s+|only\s+)?(?:expected|understandable|normal|predictable|human)\b`,
  String.raw`\bthank\s+you\s+(?:[\w@.-]+\s+){0,2}?for\s+(?:raising|reporting|flagging|spotting|catching|escalating|noticing|calling|asking|sharing|writing|staying|jumping|helping|fixing|working|speaking)\b|\bdeserves?\s+(?:our\s+|real\s+|special\s+)?(?:thanks|credit|praise|recognition)\b`,
  // "As a team we under-estimated how many players would log in at once": the team owning it.
  String.raw`^\W*as\s+a\s+(?:team|group|company|squad|org(?:ani[sz]ation)?)\s*,?\s+we\b`,
  // "That's a call we own together", "it was our shared decision": the team owning a decision.
  String.raw`\b(?:our|a)\s+(?:shared|collective|joint|team|group)\s+(?:decision|call|choice)\b`,
  String.raw`\b(?:a\s+(?:call|decision|choice|risk|trade-?off)|that|this|it)\s+(?:that\s+)?we\s+(?:all\s+|collectively\s+)?own\b`,
  String.raw`\b(?:human|operator|user|engineer)\s+errors?\s+(?:is|are|was)\s+(?:(?:an?|the|only)\s+)?(?:\w+\s+)?(?:outcome|symptom|consequence|result|starting\s+point|effect|signal|label|shorthand|verdict|description)\b`,
  String.raw`\b(?:is|are)\s+not\s+(?:a|an)\s+(?:metric|category|label|term|concept|number|statistic)\s+(?:that\s+)?(?:we|our\s+team)\b`,
  // A hypothesis the investigation dropped: "Assumed user error at the time.", "We initially suspected operator error".
  String.raw`\b(?:assumed|suspected|thought|believed)\s+(?:it\s+was\s+)?(?:an?\s+)?(?:user|human|operator)\s+errors?\s+at\s+(?:the\s+time|first)\b|\b(?:initially|at\s+first)\s+(?:assumed|suspected|thought|believed)\b[^.;]{0,30}?\b(?:user|human|operator)\s+errors?\b`,
  String.raw`\b(?:safe|comfortable|free|encouraged|welcome|able)\s+(?:to\s+|in\s+|with\s+)?(?:describing|describe|discussing|discuss|talking\s+about|talk\s+about|sharing|share|admitting|admit|reporting|report|owning\s+up\s+to|own\s+up\s+to|raising|raise)\s+(?:their|our|your|his|her|my)\s+(?:own\s+)?(?:mistakes|errors|slips|near[- ]misses)\b`,
];

/** Running software that can be called careless or forgetful without anyone being blamed. */
const COMPONENT = String.raw`(?:scheduler|driver|orm|sdk|client|library|layer|cache|proxy|balancer|controller|daemon|agent|worker|algorithm|allocator|planner|optimi[sz]er|limiter|breaker|logic|health\s*checks?|checks?|checkers?|loops?|heuristics?|probes?|kernel|runtime|autoscaler|garbage\s+collector|gc|resolver|retrier|job|cron(?:job)?|service|script|bot|plugin|framework|pool|queue|consumer|producer|handler|middleware|sidecar|loader|collector|exporter|engine|system|firmware|renderer|updater|installer|widget|database|db|cdn|router|gateway|server|api|cluster)s?`;

/**
 * Phrases where a judgment or forgetting word describes software, not a person: a finding overlapping one is dropped
 * ("The scheduler was careless about memory limits", "The driver forgot the prepared statements").
 */
export const SOFTWARE_AND_TERMS: readonly string[] = [
  // "'Human error' is where a lazy investigation stops": the judgment is of a piece of work, not a person.
  String.raw`\b(?:lazy|sloppy|careless)\s+(?:investigations?|analys[ie]s|postmortems?|write-?ups?|root\s+cause\s+analys[ie]s)\b`,
  // "A stupid-looking but critical detail", "the sloppy part here is the alert wording": how a thing looks, or which part of
  // it is weak.
  String.raw`\b(?:stupid|dumb|silly|lazy|sloppy|careless)-(?:looking|sounding)\b|\bthe\s+(?:sloppy|lazy|careless|stupid|dumb)\s+(?:part|bit|thing)\s+(?:here\s+)?(?:is|was)\b`,
  String.raw`\b(?:the|its|our|this|that|a)\s+(?:[\w-]+\s+){0,2}?${COMPONENT}\s+(?:is|was|are|were|seems|seemed|has\s+been|have\s+been|can\s+be|gets|got)(?:\s*,\s*[^,.;]{1,25},)?\s+(?:(?:\w+ly|too|very|pretty|rather|flat-out|downright|just|plain)\s+){0,2}(?:careless|sloppy|lazy|reckless|lax|forgetful|naive|negligent|incompetent|irresponsible|dumb|stupid)\b`,
  // "The driver app's offline queue behaved irresponsibly".
  String.raw`\b(?:the|its|our|this|that|a)\s+(?:[\w'’-]+\s+){0,3}?${COMPONENT}\s+(?:behaved|behaves|acted|acts)\s+(?:\w+\s+)?(?:irresponsibly|carelessly|recklessly|sloppily|lazily|negligently|stupidly)\b`,
  String.raw`\b(?:the|its|our|this|that|a)\s+(?:[\w-]+\s+){0,2}?${COMPONENT}\s+(?:\w+ly\s+)?(?:forgot|forgets|forgotten|neglected|neglects|ignored|ignores|skipped|skips)\b`,
  // "The fairshare algorithm punished the chemistry department", "the bed management bot blamed the wrong ward".
  String.raw`\b(?:the|its|our|this|that|a)\s+(?:[\w-]+\s+){0,2}?${COMPONENT}\s+(?:\w+ly\s+)?(?:punished|punishes|punishing|penali[sz]ed|penali[sz]es|penali[sz]ing|blamed|blames|blaming)\b`,
  // "The stupid part is our rate limiter counting per pod", "the Go garbage collector was the bad guy this time".
  String.raw`\bthe\s+(?:stupid|dumb|silly|lazy|sloppy)\s+(?:part|thing|bit)\s+(?:is|was)\s+(?:that\s+)?(?:the|our|its)\s+(?:[\w-]+\s+){0,2}?${COMPONENT}\b`,
  String.raw`\b(?:the|our|its)\s+(?:[\w-]+\s+){0,2}?${COMPONENT}\s+(?:was|is)\s+the\s+(?:bad\s+guy|villain|culprit)\b`,
  // A Kubernetes operator's error while reconciling: "the Postgres operator hit an operator error during reconciliation".
  String.raw`\boperators?[- ]errors?\b(?=[^.;]*\b(?:reconcil\w*|crds?|custom\s+resources?|finali[sz]ers?|operand)\b)`,
  // "The ingress controller dropped the ball on retries", "the proxy didn't bother to retry".
  String.raw`\b(?:the|its|our|this|that|a)\s+(?:[\w-]+\s+){0,2}?${COMPONENT}\s+(?:\w+ly\s+)?(?:(?:dropped|fumbled)\s+the\s+ball|(?:did\s*n['’]?t|did\s+not|never|could\s*n['’]?t|could\s+not)\s+(?:even\s+)?(?:bother|be\s+bothered)|should\s+have\s+known\s+better)\b`,
  // "A sloppy default in the HTTP library": the judgment is about something the software ships with.
  String.raw`\b(?:sloppy|careless|lax|naive|naïve|lazy)\s+(?:[\w-]+\s+)?(?:defaults?|implementation|handling|code|logic|behaviou?r|settings?)\s+(?:in|of|from)\s+(?:the|a|an|its|our)\s+(?:[\w-]+\s+){0,2}?(?:${COMPONENT}|framework|sdk|package|dependency|module|firmware|software|image|app|os)\b`,
  // "A Kafka operator error" is an error in a Kubernetes operator, a program.
  String.raw`\b(?:${PRODUCT_NAMES.join('|')})\s+operators?[- ](?:errors?|mistakes?)\b`,
  // "A cert-manager operator error", "the prometheus-operator error": a hyphenated program name (not "on-call").
  String.raw`\b(?!(?:on|off|night|day|late|early|part|full|third|first|second|new|junior|senior|co|in|out)-)[a-z][a-z0-9]*-[a-z0-9][a-z0-9-]*\s+operators?[- ](?:errors?|mistakes?)\b`,
  String.raw`\boperators?[- ]errors?\s+in\s+(?:the|a|an|our|its)\s+(?:[\w-]+\s+){0,3}?operator\b`,
  // A Kubernetes operator forgets to reconcile; a human operator forgets to drain a node.
  String.raw`\boperators?\s+(?:\w+ly\s+)?(?:forgot|forgets|neglected|skipped|ignored|failed)\b(?=[^.;]*\b(?:reconcil\w*|crds?|custom\s+resources?|finali[sz]ers?|controller|watch(?:es)?|operand|status\s+field)\b)`,
  // Something switched off and switched back on again is a step, not a mistake.
  String.raw`\b(?:was|were)\s+(?:disabled|removed|deleted|dropped|paused|turned\s+off)\s+by\s+[^.;]{1,60}?\band\s+(?:re-?enabled|re-?created|restored|turned\s+back\s+on|put\s+back|re-?added|resumed)\b`,
  // "…, so nobody saw it": the sentence gives the cause before the omission.
  String.raw`(?:,|\bso|\bwhich\s+meant(?:\s+that)?|\bmeaning(?:\s+that)?)\s+(?:so\s+)?(?:nobody|no\s+one)\s+(?:saw|noticed|knew|got|received|read|heard)\b`,
  // What people should be able to do is a recommendation about tooling or policy.
  String.raw`\b(?:should|must|will|can|could|need\s+to)\s+be\s+able\s+to\b[^.;]*`,
  // A judgment word on a property of code ("sloppy input validation in the parser") or heading a hyphenated name
  // ("the careless-delete protection") describes software.
  String.raw`(?<!\b(?:team|teams|squad|crew|department|group)['’]s?\s+)\b(?:sloppy|careless|lax|naive|naïve|lazy)\s+(?:(?:input|header|schema|url|path|string|date)\s+)?(?:validation|parsing|sanitization|sanitisation|escaping|regex(?:es)?|typing|type\s+checking|bounds\s+checking|null\s+checks?|error\s+handling|exception\s+handling)\b`,
  String.raw`\b(?:careless|sloppy|reckless|negligent)-\p{L}+\b`,
  // Lazy loading and its kin are a technique: "avoids later lazy DB lookups", "lazy evaluation", "lazily initialised".
  String.raw`\blazy[- ](?:(?:db|database|sql|orm|data|field|relation|module|image)\s+)?(?:load(?:ing|s|ed)?|lookups?|evaluation|eval|init(?:iali[sz]ation)?|imports?|fetch(?:ing|es)?|queries|query|binding|instantiation|allocation|deletion|expiry|expiration|propagation|reads?|writes?|list|sequences?|iterators?|streams?|val|static)\b`,
  // Security exercises named after teams ("a "red team" assessment"), often in quotation marks.
  String.raw`["“']?\b(?:red|blue|purple|tiger)[- ]team(?:s|ing|ers?)?\b["”']?`,
  // Technical compounds built from judgment words.
  String.raw`\bsloppy\s+quorums?\b|\b(?:stupid|dumb|idiot|fool)[- ](?:simple|proof)\b`,
  String.raw`\bdumb\s+(?:[\w-]+\s+)?(?:terminals?|pipes?|clients?|checks?|proxy|proxies|switch(?:es)?|devices?|phones?|retr(?:y|ies)|balancers?|routing|sensors?|caches?|agents?)\b`,
  // Standing by a decision is supporting it, not standing by idly.
  String.raw`\b(?:stood|stand|stands|standing)\s+by\s+(?:the|his|her|their|our|its|that|this)\s+(?:[\w-]+\s+)?(?:decision|call|choice|plan|assessment|statement|recommendation)s?\b`,
  // Response steps started by someone are the response, not the cause ("The rollback was started by the IC").
  String.raw`\b(?:rollback|roll-back|failover|restore|mitigation|recovery|fix|hotfix|investigation|bridge|call|incident\s+response)\s+(?:was|were)\s+(?:started|initiated|begun|kicked\s+off|triggered|led|run)\s+by\b`,
  // So is planned work someone began, told as fact: "Bulk import of 4,100 flags started by the growth team", "The deploy
  // was kicked off by the payments team". The span reaches over the starter, so the frame model leaves it too.
  String.raw`\b(?:imports?|jobs?|migrations?|deploys?|deployments?|backfills?|rollouts?|syncs?|batch(?:es)?|exports?|load\s+tests?|drills?|reindex(?:es|ing)?|builds?|releases?|upgrades?|maintenance|experiments?|rebalanc(?:e|ing)|cleanups?|clean-ups?|purges?|scans?)(?:\s+of\s+(?:[^.;,]|(?<=\d),(?=\d)){1,40}?)?\s+(?:(?:was|were|is|are|had\s+been|has\s+been)\s+)?(?:started|initiated|begun|kicked\s+off|launched|scheduled)\s+by\s+(?:the\s+|our\s+|a\s+)?(?:[\p{L}\w.@-]+\s+){0,2}?[\p{L}\w.@-]+`,
  // A product's guard against slips ("fat-finger protection"), and a team owning the outage in the first person.
  String.raw`\bfat[- ]finger\s+(?:protection|guards?|checks?|prompts?|safeguards?)\b|\b(?:our|my)\s+(?:team|org|company)\s+owns\s+(?:this|the)\s+(?:outage|incident)\b`,
  // "Know the lead time of every mitigation": a span of time, not the incident lead.
  String.raw`\blead[- ]times?\b`,
  // A page's byline ("Created by Priya Raman, last modified by Tomás Ferreira on Feb 24, 2026"): who wrote the document.
  String.raw`^\W*(?:created|written|authored|drafted|prepared)\s+by\s+[^.;,]{1,60}?(?:,\s*last\s+(?:modified|updated|edited)\s+by\s+[^.;,]{1,60}|\s*$)`,
  // "… went to #db-changes, which the payments team does not follow": a channel nobody watched is a routing gap.
  String.raw`(?:#[\w-]+|\b(?:channel|list|feed|room|inbox|queue))\s*,?\s+which\s+[^.;]{1,40}?\s+(?:does|do|did)(?:n['’]t|\s+not)\s+(?:follow|watch|read|monitor|subscribe\s+to)\b`,
];

/**
 * What may follow a person's action and put its cause in the system ("Nina misread the dashboard because the two
 * graphs used different units", "Laura skipped the canary because the deploy tool defaulted to a full rollout"): a
 * blame-attribution finding followed by one is dropped. An impersonal determiner must come right after "because", so
 * "because she thought the tests were enough" and "because her phone was muted" still blame.
 */
export const SYSTEM_CAUSE_AFTER = String.raw`^[^.;]*?\b(?:because|since)\s+(?:the|our|its|both|two|all|a|an|that|this)\s+(?:[\w-]+\s+){0,2}?(?:tool|tools|tooling|graphs?|charts?|panels?|units|dashboards?|alerts?|alerting|rotation|config|configuration|runbook|playbook|docs|documentation|ui|console|prompt|script|defaults?|settings?|pipeline|system|process|checklist|template|automation|monitoring|tests?|labels?|hostnames?|environments?|wrapper|cli|flag|api)\b(?![\w-])|^[^.;]*?\bbecause\s+it\s+(?:had|was|looked|seemed|appeared|kept)\b|^[^.;]*?[;:—–]\s+(?:both|the|our|its|their|nothing|no|neither)\b[^.;]{0,70}?\b(?:identical|the\s+same|same\s+(?:prompt|name|colou?r)|looked\s+alike|accepted\s+(?:a|an|any|the)|asked\s+for\s+(?:no|nothing)|no\s+confirmation|without\s+(?:a\s+|any\s+)?confirmation|did\s*n['’]?t\s+ask|did\s+not\s+ask|accepts\s+(?:a|an|any|the|values?|input|anything)|in\s+the\s+(?:tooling|tool|ui|console|process|system|design)\s+made|allows\s+(?:a|an|any|values?|input|anything)|without\s+(?:a\s+|any\s+)?(?:range|bounds|limit|sanity)\s+check)\b|^[^.;]*?;\s+(?:the|our|its|both|neither)\s+(?:[\w-]+\s+){0,2}?(?:prompt|template|tool|ui|console|screen|form|script|checklist|runbook|pipeline|wizard|dialog|page|cli|banner)\s+(?:did\s*n['’]?t|did\s+not|does\s*n['’]?t|does\s+not|never)\s+(?:show|say|warn|require|display|flag|mention|tell|distinguish|block|stop|prevent|ask|check|name|highlight)\b`;
