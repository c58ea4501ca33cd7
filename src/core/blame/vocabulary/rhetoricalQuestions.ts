// Rhetorical questions aimed at people: "who decided disabling the health checks was fine?", "did Olu even read it?".
import type { BlameEntry } from '../types';
import { PEOPLE } from './fragments';

/** What a rhetorical question says the person judged acceptable. */
const DEEMED_FINE = String.raw`(?:a\s+)?(?:fine|ok|okay|safe|smart|(?:good|great|bright|brilliant|lekker|nice|cool|clever|smart)\s+(?:idea|plan|move)|acceptable|reasonable|sensible|wise|clever|optional)`;

export const RHETORICAL_QUESTIONS: readonly BlameEntry[] = [
  {
    id: 'question-at-person',
    category: 'hindsight',
    pattern: [
      // "Did Otto even look at the error rate?", "Was anyone on the data team even watching?"
      String.raw`\b(?:did|does|do|has|have|was|were|is|are)\s+{O}\s+(?:even|ever\s+even|actually|really)\s+\p{L}+\b[^.;?]{0,80}\?`,
      // "Who gave Paloma root?", "How did a trainee get write access to billing?"
      String.raw`\bwho\s+(?:on\s+earth\s+|exactly\s+|the\s+hell\s+)?(?:gives?|gave|granted?|hands?|handed)\s+{O}\s+(?:[\w-]+\s+)?(?:access|root|rights|permissions|admin|the\s+keys|sudo)\b`,
      String.raw`\bhow\s+(?:on\s+earth\s+|exactly\s+|the\s+hell\s+)?(?:did|does|could|can|was|is|do)\s+{O}\s+(?:even\s+|ever\s+)?(?:get|have|end\s+up\s+with|gain|keep|be\s+given|come\s+to\s+have)\s+(?:[\w-]+\s+)?(?:access|rights|permissions|root|admin|sudo|the\s+keys)\b`,
      // "How many times do we have to remind Wren…?"
      String.raw`\bhow\s+many\s+(?:more\s+)?times\s+(?:do|does|did|will|must|should|have)\s+(?:we|I|you|people|they)\s+(?:have\s+to\s+|need\s+to\s+|got\s+to\s+)?(?:tell|ask|remind|warn|beg|explain\s+to)\s+{O}`,
      // "How many times does the MSP need to be told not to reboot the core switch?"
      String.raw`\bhow\s+many\s+(?:more\s+)?times\s+(?:does|do|did|will|must)\s+{O}\s+(?:need|have|got)\s+to\s+be\s+(?:told|reminded|asked|warned)\b`,
      // "Did nobody in purchasing think to ask why the bank details changed?"
      String.raw`\bdid\s+(?:nobody|no\s*one|not\s+one\s+person)\s+(?:in|on|from|at)\s+(?:the\s+)?[\w-]+(?:\s+[\w-]+)?\s+(?:think|bother|stop|care)\s+to\b`,
      // "Why did @gsmith think it was okay to skip the dry run?"
      String.raw`\bwhy\s+(?:on\s+earth\s+|exactly\s+|the\s+hell\s+)?(?:did|does|would|do)\s+{O}\s+(?:even\s+)?(?:think|decide|assume|figure|believe|feel)\s+(?:that\s+)?(?:it\s+(?:was|would\s+be)\s+)?${DEEMED_FINE}\b`,
      // "Is it really too much to ask the platform team to read their runbooks?"
      String.raw`\btoo\s+much\s+to\s+(?:ask|expect)\s+(?:of\s+|from\s+|that\s+|for\s+)?(?!(?:any|a\s+single|one)\b){O}`,
      // "What did Gunnar expect would happen?", "what was Quincy expecting to happen"
      String.raw`\bwhat\s+(?:did|was|were)\s+{O}\s+(?:really\s+|honestly\s+)?(?:expect(?:ing)?|think\s+would\s+happen|think\s+was\s+going\s+to\s+happen)\b`,
      // "Why on earth did Kai restart the primary?", "Marta, why on earth did you drop the index?"
      String.raw`\bwhy\s+(?:on\s+earth|the\s+hell|in\s+the\s+world)\s+(?:did|would|does|do)\s+{O}\s+\p{L}+`,
      String.raw`{S}\s*,\s*why\s+(?:on\s+earth\s+|the\s+hell\s+|in\s+the\s+world\s+)?(?:did|would)\s+you\s+(?!(?:think|say|mention|tell|ask)\b)\p{L}+[^.;?]{0,80}\?`,
      // "How can a developer with five years on the team forget that the package must be signed?"
      String.raw`\bhow\s+(?:on\s+earth\s+|exactly\s+|the\s+hell\s+)?(?:can|could|does|did|do|would)\s+{O}(?:\s+(?:with|from|in|on|of|who\s+has)\s+[^?.;]{1,50}?)?\s+(?:possibly\s+|simply\s+|just\s+|even\s+|still\s+)?(?:mistake|confuse|mix\s+up|forget|miss|ignore|skip|overlook)\b[^.;?]{0,100}\?`,
      // "How does an engineer with ten years on the floor manage to open the wrong breaker twice in one night?"
      String.raw`\bhow\s+(?:on\s+earth\s+)?(?:does|did|do|can|could)\s+{O}(?:\s+(?:with|from|in|on|of|who\s+has)\s+[^?.;]{1,50}?)?\s+(?:still\s+)?manage\s+to\b[^?]{1,100}\?`,
      // "Honestly, who reviews a 2,000-line PR in four minutes, Corentin?": a question put to the person, by name.
      String.raw`^\W*(?:[\w-]+\s*,\s*)?(?:who|how|why|what|when|where|does|did|do|is|was|were|are|would|could)\b[^?]{5,200}?,\s*{O}\s*\?\s*$`,
      // "Was nobody on the billing team capable of reading the report?"
      String.raw`\b(?:was|is|were|are)\s+(?:nobody|no\s*one|not\s+one\s+person)\s+(?:in|on|from|at)\s+(?:the\s+)?[\w-]+(?:\s+[\w-]+)?\s+(?:capable|able)\s+of\b`,
      // "Hyemin, what exactly were you checking for 30 minutes while the queue was at 80,000?"
      String.raw`{S}\s*,\s*(?:what|why|how)\s+(?:exactly|on\s+earth|the\s+hell)\s+(?:were|was|did|do|are)\s+you\s+[^?]{1,100}\?`,
      // "How does someone with six years on this stack not know that deleting a topic is permanent?", "It is hard to see how
      // Olwen could have believed that deleting the old VLAN was safe.", "It's beyond me how anyone could miss an alert
      // this loud" (not "hard to see how anyone could have caught it", which clears them).
      String.raw`\bhow\s+(?:does|did|can|could)\s+{S}\s+(?:with|who)\b[^?.;]{1,60}?\s+(?:still\s+)?not\s+(?:know|see|notice|realise|realize|understand|check)\b`,
      String.raw`\b(?:(?:hard|difficult|impossible)\s+to\s+(?:see|understand|imagine|believe|explain|fathom)|beyond\s+me|(?:do\s+not|don['’]t|can\s*not|can['’]t)\s+(?:understand|fathom|imagine))\s+how\s+{S}\s+(?:could|would)\s+(?:ever\s+)?(?:have\s+)?(?:believed|thought|assumed|miss(?:ed)?|overlook(?:ed)?|ignored?|forg[eo]t(?:ten)?|approved?|not\s+(?:have\s+)?(?:known|know|seen|see|noticed|notice|realised|realized|realise|realize))\b`,
      // "What possessed the contractor to put the secret key in a public repo?"
      String.raw`\bwhat\s+(?:on\s+earth\s+|in\s+the\s+world\s+)?(?:possessed|made|got\s+into)\s+{O}\s+to\s+\p{L}+\b[^?]{0,100}\?`,
      // "Seriously, who leaves a playout server in maintenance mode overnight without a handover note?"
      String.raw`\bwho\s+(?:on\s+earth\s+|in\s+their\s+right\s+mind\s+|exactly\s+)?(?:leaves|left)\s+(?:a|an|the)\s+[^?.;]{1,60}?\b(?:overnight|unattended|running|open|in\s+maintenance|switched\s+off|disabled)\b[^?]{0,60}\?`,
      // "Who the heck turned off the backups??"
      String.raw`\bwho\s+(?:the\s+(?:heck|hell|devil)|on\s+earth|in\s+their\s+right\s+mind)\s+(?:turned|switched)\s+off\s+(?:the|our|all\s+the)\s+[^?.;]{1,40}?\?`,
    ],
    cue: [
      String.raw`\?`,
      String.raw`\bwho\b`,
      String.raw`\bhow\b`,
      String.raw`\bhow\s+many\b`,
      String.raw`\bhow\s+many\b`,
      String.raw`\bdid\s+(?:nobody|no\s*one|not\s+one)\b`,
      String.raw`\bwhy\b`,
      String.raw`\btoo\s+much\b`,
      String.raw`\bwhat\b`,
      String.raw`\bwhy\s+(?:on|the|in)\b`,
      String.raw`,\s*why\b`,
      String.raw`\bhow\b[^.;]*\?`,
      String.raw`\bmanage\s+to\b`,
      String.raw`,\s*[\p{L}@][\p{L}\p{N}@._-]*(?:\s+[\p{L}][\p{L}'’-]*)?\s*\?\s*$`,
      String.raw`\b(?:nobody|no\s*one|not\s+one)\b`,
      String.raw`,\s*(?:what|why|how)\b`,
      String.raw`\bhow\b[^?]*\bnot\b`,
      String.raw`\bhow\b`,
      String.raw`\bwhat\b[^?]*\?`,
      String.raw`\bwho\b[^?]*\?`,
      String.raw`\bwho\b[^?]*\?`,
    ],
    actors: PEOPLE,
    note: 'A rhetorical question aimed at a person is blame phrased as a question; ask what the situation looked like to them.',
    examples: ['Did @otto even look at the error rate before promoting the build?', 'How did a trainee get write access to billing?'],
  },
  {
    id: 'who-thought-it-was-fine',
    category: 'hindsight',
    pattern: [
      String.raw`\bwho\s*,?\s+(?:exactly\s*,?\s+|on\s+earth\s+|the\s+hell\s+|here\s+|actually\s+|really\s+|honestly\s+|in\s+their\s+right\s+mind\s+)?(?:thought|decided|figured|felt|believed|assumed|said|agreed)\s+(?:that\s+)?[^?.;]{1,80}?\b(?:was|were|is|would\s+be)\s+${DEEMED_FINE}\b[^?.;]{0,120}\?`,
      // "Seriously, who merges a 3k-line PR at 17:55 on a Friday?"
      String.raw`\bwho\s*,?\s+(?:in\s+their\s+right\s+mind\s*,?\s+|exactly\s+|on\s+earth\s+|the\s+hell\s+|actually\s+)?(?:merges|deploys|ships|pushes|releases|restarts|drops|deletes|disables|truncates|signed\s+off\s+on|approved|scheduled|merged|deployed|pushed|restarted)\s+[^?.;]{1,80}?\b(?:on\s+a\s+friday|at\s+\d{1,2}[:.]\d{2}|without|with\s+no|straight\s+(?:to|into)\s+prod(?:uction)?|in\s+the\s+middle\s+of)\b[^?]{0,60}\?`,
      String.raw`\bwho\s+(?:exactly\s+|on\s+earth\s+|the\s+hell\s+|actually\s+)?(?:approved|signed\s+off\s+on|merged|pushed|deployed|ok['’]?d|okayed|greenlit|green-lit|let|allowed|waved)\s+(?:this|that|it)(?:\s+(?:through|in|out|one))?(?:\s+(?:review|the\s+\w+))?\s*\?`,
      // "Who exactly approved a 4,000-line PR in eleven minutes?"
      String.raw`\bwho\s+(?:exactly\s+|on\s+earth\s+|the\s+hell\s+|actually\s+)?(?:approved|merged|reviewed|signed\s+off\s+on|deployed|pushed|shipped|approves|merges|reviews|signs\s+off\s+on|deploys|pushes|ships)\s+(?:a|an|the)\s+[^?.;]{1,60}?\b(?:during\s+(?:a|an|the|our|peak)\b|in\s+(?:under\s+)?(?:\w+|\d+)\s+(?:minutes?|seconds?)|without|on\s+a\s+friday|at\s+\d{1,2}[:.]\d{2})\b[^?]{0,60}\?`,
      // "Who let Boitumelo run a bulk card reissue at 08:00 on a Monday?"
      String.raw`\bwho\s+(?:exactly\s+|on\s+earth\s+|the\s+hell\s+|actually\s+)?let\s+[^?.;]{1,30}?\s+loose\s+(?:on|in|with)\b|\bwho\s+(?:exactly\s+|on\s+earth\s+|the\s+hell\s+|actually\s+)?(?:let|allowed|permitted)\s+(?!(?:us|me|you|them|it|this|that)\b)[^?.;]{1,40}?\s+(?:to\s+)?(?:run|deploy|merge|push|ship|release|restart|drop|delete|disable|truncate|touch|kick\s+off)\b[^?]{0,120}\?`,
      // "Who signs off a roster template that gives a ward no night nurses?", "Whose idea was it to migrate on payday?"
      String.raw`\bwho\s+(?:exactly\s+|on\s+earth\s+|the\s+hell\s+|actually\s+|even\s+)?(?:signs\s+off|signed\s+off|approves|approved|reviews|reviewed|merges|merged|okays|okayed)\s+(?:on\s+)?(?:a|an|the|this|that)\s+[^?]{1,60}?\b(?:that|which|with|without)\b[^?]{1,100}\?`,
      String.raw`\bwhose\s+(?:bright\s+|great\s+|brilliant\s+|clever\s+)?idea\s+was\s+(?:it|this|that)\b[^?]{0,100}\?`,
      // "Who, exactly, decided that a pricing batch could run without the reconciliation?", "Who decided that a Friday
      // afternoon is the right moment to migrate the mappings?"
      // "Who exactly thought it acceptable to patch the historian in the middle of the night shift?"
      String.raw`\bwho\s*,?\s+(?:exactly\s*,?\s+|on\s+earth\s+|actually\s+|precisely\s*,?\s+|[^,?.;]{1,40},\s+)?(?:thought|deemed|considered|found|felt)\s+it\s+(?:acceptable|fine|ok|okay|reasonable|sensible|appropriate|safe|a\s+good\s+idea)\s+to\b[^?]{1,160}\?`,
      String.raw`\bwho\s*,?\s+(?:exactly\s*,?\s+|on\s+earth\s+|actually\s+|precisely\s*,?\s+)?(?:decided|thought|figured|agreed)\s+(?:that\s+)?[^?.;]{1,100}?\b(?:(?:could|should|would|might|can)\s+(?:safely\s+|just\s+|simply\s+)?(?:run|go|ship|proceed|be\s+(?:skipped|deployed|run|left|ignored|disabled))\s+without|(?:is|was|were|would\s+be)\s+(?:the\s+|a\s+)?(?:right|best|ideal|perfect|good)\s+(?:moment|time|day|week|place|idea)\s+to)\b[^?]{0,120}\?`,
    ],
    cue: [
      String.raw`\bwho\b[^?]*\?`,
      String.raw`\bwho\b[^?]*\?`,
      String.raw`\bwho\b[^?]*\?`,
      String.raw`\bwho\b[^?]*\?`,
      String.raw`\bwho\b[^?]*\?`,
      String.raw`\bwho\b[^?]*\?`,
      String.raw`\bwhose\b[^?]*\?`,
      String.raw`\bwho\b[^?]*\?`,
      String.raw`\bwho\b[^?]*\?`,
    ],
    note: 'Asking who thought it was fine, or who approved it, is blame phrased as a question; ask what made it look fine.',
    examples: ['Who decided disabling the health checks was fine?', 'Who signed off on this?', 'Who merges a 3k-line PR at 17:55 on a Friday?'],
  },
  {
    id: 'exasperated-question',
    category: 'judgment-of-people',
    pattern: [
      // "Who in their right mind schedules a DCS patch in the middle of the morning bank?"
      String.raw`\bwho\s*,?\s+in\s+(?:their|his|her)\s+right\s+mind\s*,?\s+(?:would\s+)?\p{L}+\b[^?]{0,160}\?|\b(?:why|how)\s+would\s+(?:anyone|anybody|someone|a\s+[\w-]+)\s+in\s+(?:their|his|her)\s+right\s+mind\b[^?]{0,160}\?`,
      // "Is it too much to ask that the MSP read our change calendar before scheduling reboots?"
      String.raw`\bis\s+it\s+(?:really\s+)?too\s+much\s+to\s+ask\s+that\b[^?]{1,160}\?`,
      // "How does a senior paralegal go eleven years without learning the difference between Reply and Reply All?"
      String.raw`\bhow\s+(?:does|did|do|can|could)\s+[^?]{1,60}?\bgo\s+(?:[\w-]+\s+){1,3}?(?:years?|months?|weeks?|shifts?)\s+without\s+(?:ever\s+)?(?:learning|knowing|reading|checking|noticing|understanding|realising|realizing|asking)\b[^?]{0,160}\?`,
      // "How many outages does Travis get before we stop letting him run changes?"
      String.raw`\bhow\s+many\s+(?:more\s+)?(?:outages|incidents|chances|strikes|mistakes|sev-?\d+s|goes|tries)\s+(?:does|do|will|can|should)\s+(?!(?:it|this|that|the\s+(?:service|system|job|cluster|pipeline))\b)[^?]{1,40}?\s+(?:get|have|need)\b[^?]{0,100}\?`,
      // "@smeeks what were you thinking pushing that cert at 1900 on a Friday?"
      String.raw`\bwhat\s+(?:on\s+earth\s+|the\s+hell\s+)?(?:were|was)\s+(?:you|they|he|she)\s+thinking\b[^?]{0,120}\?`,
      // "Honestly, how hard is it to read the cut-off time on the screen?"
      String.raw`\bhow\s+hard\s+(?:is|was|can)\s+it\s+(?:really\s+)?(?:be\s+)?to\s+(?:read|check|look|follow|ask|press|click|answer|open|notice|see|test|wait|call|tell|type|pick\s+up)\b[^?]{0,120}\?`,
      // "Did it not occur to the applications team that a Friday go-live might have consequences?", "Was no one on the
      // infra squad curious why the disk went from 60% to 99% overnight?"
      String.raw`\b(?:did\s+it\s+not|didn['’]t\s+it)\s+occur\s+to\s+{O}\b[^?]{0,160}\?`,
      String.raw`\b(?:was|were)\s+(?:no\s*one|nobody|no-one)\b[^?]{0,60}?\b(?:curious|bothered|worried|interested|surprised|concerned)\b[^?]{0,120}\?`,
      // "Who exactly approved this change, and were they awake at the time?"
      String.raw`\b(?:was|were)\s+(?:they|you|he|she)\s+(?:even\s+)?(?:awake|sober|paying\s+attention|looking)\b[^?]{0,60}\?`,
      String.raw`\bis\s+it\s+(?:really\s+)?too\s+much\s+to\s+ask\s+for\s+[^?]{1,60}?\s+to\s+\p{L}+[^?]{0,120}\?`,
    ],
    cue: [String.raw`\bright\s+mind\b`, String.raw`\btoo\s+much\s+to\s+ask\b`, String.raw`\bwithout\b[^?]*\?`, String.raw`\bhow\s+many\b`, String.raw`\bthinking\b`, String.raw`\bhow\s+hard\b`, String.raw`\boccur\s+to\b`, String.raw`\b(?:curious|bothered|worried|interested|surprised|concerned)\b`, String.raw`\b(?:awake|sober|attention|looking)\b`, String.raw`\btoo\s+much\s+to\s+ask\b`],
    actors: PEOPLE,
    note: 'An exasperated question ("who in their right mind…?", "is it too much to ask…?") judges the people involved; ask what the situation looked like to them.',
    examples: ['Who in their right mind schedules a database patch at the morning peak?', 'Is it too much to ask that the vendor read our change calendar?', 'How does an engineer go ten years without learning what a transaction is?'],
  },
  {
    id: 'pointed-question',
    category: 'hindsight',
    pattern: [
      // "Is there some reason Tegan couldn't pick up her phone?"
      String.raw`\bis\s+there\s+(?:some|a|any)\s+(?:good\s+|particular\s+)?reason\s+(?:why\s+)?{S}\s+(?:could\s*n['’]?t|could\s+not|did\s*n['’]?t|did\s+not|was\s*n['’]?t|was\s+not|would\s*n['’]?t|never)\b[^?]{0,100}\?`,
      // "What exactly was Infrastructure doing for the first forty minutes?"
      String.raw`\bwhat\s+(?:exactly\s+|on\s+earth\s+|the\s+hell\s+|precisely\s+)?(?:was|were)\s+{O}\s+(?:actually\s+|even\s+)?doing\s+(?:for|during|while|in|all|between|when|until)\b[^?]{0,100}\?`,
      // "Why is it always Kylie's changes we're rolling back?"
      String.raw`\bwhy\s+is\s+it\s+(?:always|every\s+time|again|once\s+again)\s+(?:{P}\s+[\w-]+|{O}\s*\?)`,
      // "How does someone with ten years here restore over the live database?"
      String.raw`\bhow\s+(?:on\s+earth\s+)?(?:does|did|can|could)\s+(?:someone|somebody|anyone|a\s+[\w-]+|an\s+[\w-]+)\s+with\s+(?:\w+\s+){0,2}?(?:years?|months?|decades?)\b[^?]{1,120}\?`,
      String.raw`\bhow\s+(?:on\s+earth\s+)?(?:does|did|can|could)\s+{O}\s+with\s+(?:\w+\s+){0,2}?(?:years?|months?|decades?)\b[^?]{1,120}\?`,
      // "Why did Yusuf think the outage window was the right time to start refactoring?"
      String.raw`\bwhy\s+(?:on\s+earth\s+)?(?:did|does|would)\s+{O}\s+(?:think|decide|assume|figure|believe)\s+(?:that\s+)?[^?.;]{1,50}?\b(?:was|is|would\s+be)\s+(?:the\s+|a\s+)?(?:right|best|ideal|perfect|good|great|smart)\s+(?:time|moment|day|night|window|place|idea)\b[^?]{0,80}\?`,
      // "Seriously, who runs a purge script in prod without a dry run first?", "Who signs off a dial-plan change at 4 pm
      // on New Year's Eve?"
      String.raw`\bwho\s*,?\s+(?:on\s+earth\s+|exactly\s+|the\s+hell\s+|in\s+their\s+right\s+mind\s*,?\s+|actually\s+)?(?:runs|ran|kicks\s+off|kicked\s+off|schedules|scheduled|patches|patched|reboots|rebooted|upgrades|upgraded|approves|approved|signs\s+off(?:\s+on)?|signed\s+off(?:\s+on)?|okays|okayed|green-?lights|green-?lit|touches|touched|changes|changed|edits|edited)\s+(?:(?:a|an|the)\s+|[\w@.-]+['’]s\s+)?[^?.;]{1,60}?\b(?:(?:when|while)\s+the\s+(?:pipeline|build|ci|tests?|checks?|canary)\s+(?:was|were)\s+(?:still\s+)?(?:red|failing|broken)|on\s+the\s+(?:night|eve|day|morning|evening|weekend)\s+of|on\s+(?:new\s+year['’]?s|christmas|a\s+(?:friday|public\s+holiday|bank\s+holiday))|without|with\s+no|during\s+(?:peak|the\s+(?:peak|match|final|game|sale|launch|busiest)))\b[^?]{0,80}\?`,
      // "[03:12] <@gaz> who let Rajesh near the load balancer again"
      String.raw`\bwho\s+(?:let|allowed)\s+{O}\s+(?:anywhere\s+)?near\b`,
      // "Does Enrique ever check which terminal he is typing into?"
      String.raw`\b(?:does|do)\s+{O}\s+ever\s+(?:check|read|look|test|verify|confirm|bother|think|ask|listen)\b[^?]{0,100}\?`,
      // "How many outages does it take before Nicolás stops running scripts as root?"
      String.raw`\bhow\s+many\s+(?:more\s+)?(?:outages|incidents|sev-?\d+s|p\d+s|tickets|pages|rollbacks)\s+(?:does|will|must)\s+it\s+take\s+(?:before|until|for)\s+{O}`,
      // "And who exactly signed off on pushing the theme five minutes before the exam?", "Who leaves a TLS expiry warning
      // unread for three weeks?"
      String.raw`\bwho\s+(?:exactly\s+|on\s+earth\s+)?(?:signed\s+off\s+on|approved|okayed|agreed\s+to|thought\s+of)\s+\p{L}+ing\s+[^?.;]{1,60}?\b(?:(?:\w+|\d+)\s+(?:minutes?|hours?)\s+before|during|on\s+the\s+(?:night|eve|day|morning)\s+of|without|in\s+the\s+middle\s+of)\b[^?]{0,80}\?`,
      String.raw`\bwho\s+(?:on\s+earth\s+|exactly\s+)?(?:leaves|left)\s+(?:a|an|the)\s+[^?.;]{1,50}?\b(?:unread|unanswered|unacknowledged|unpatched|unfixed|unattended)\b[^?]{0,60}\?`,
      // "And where exactly was the on-call engineer for the 45 minutes the trunks were down?"
      String.raw`\bwhere\s+(?:exactly\s+|on\s+earth\s+|the\s+hell\s+)?(?:was|were)\s+{O}\s+(?:for|during|while|when|all)\b[^?]{0,100}\?`,
      // "How does a senior engineer run a DELETE with no WHERE clause?", "Is there anyone on the VAS team who tests anything
      // before it goes live?", "Why are we still letting Fiifi near the rating tables?", "Who in Infra thought it was smart to …?"
      String.raw`\bhow\s+(?:on\s+earth\s+)?(?:does|did|can|could)\s+(?:a|an|our|the)\s+(?:senior|experienced|lead|principal|staff|certified)\s+[\w-]+\s+\p{L}+[^?]{1,100}\?`,
      String.raw`\bis\s+there\s+(?:anyone|anybody|someone)\s+(?:on|in|at)\s+[^?]{1,40}?\s+who\s+(?:actually\s+|even\s+|ever\s+)?\p{L}+s\s+(?:anything|a\s+thing)\b[^?]{0,60}\?`,
      String.raw`\bwhy\s+(?:are|is|do|does)\s+(?:we|they|you)\s+still\s+(?:letting|allowing|giving)\s+{O}\s+(?:near|on|at|touch|access)\b`,
      String.raw`\bwho\s+(?:in|on|from|at)\s+[\w-]+(?:\s+[\w-]+)?\s+(?:thought|decided|figured)\s+(?:it\s+(?:was|would\s+be)\s+)?(?:smart|fine|ok|okay|safe|a\s+good\s+idea|clever|sensible|reasonable)\b[^?]{0,120}\?`,
    ],
    cue: [String.raw`\breason\b`, String.raw`\bdoing\b`, String.raw`\bwhy\s+is\s+it\b`, String.raw`\bwith\b[^?]*\b(?:years?|months?|decades?)\b`, String.raw`\bwith\b[^?]*\b(?:years?|months?|decades?)\b`, String.raw`\bwhy\b[^?]*\b(?:time|moment|day|night|window|place|idea)\b`, String.raw`\bwho\b[^?]*\?`, String.raw`\bwho\s+(?:let|allowed)\b`, String.raw`\bever\b`, String.raw`\bhow\s+many\b`, String.raw`\bwho\b[^?]*\?`, String.raw`\bwho\b[^?]*\?`, String.raw`\bwhere\b[^?]*\?`, String.raw`\bhow\b[^?]*\?`, String.raw`\bis\s+there\s+(?:anyone|anybody|someone)\b`, String.raw`\bstill\b`, String.raw`\bwho\b[^?]*\?`],
    actors: PEOPLE,
    note: 'A pointed question about a person ("is there some reason she couldn\'t pick up?", "what was the team doing for forty minutes?") is blame phrased as a question; ask what the situation looked like to them.',
    examples: ["Is there some reason @tegan couldn't pick up her phone?", 'What exactly was the infrastructure team doing for the first forty minutes?', 'Seriously, who runs a purge script in prod without a dry run first?'],
  },
  {
    id: 'question-at-conduct',
    category: 'hindsight',
    pattern: [
      // "Did nobody in Nätdrift think to look at the drawings before closing the valve?", "Why did nobody on the service desk
      // pick up the phone for forty minutes …?"
      String.raw`\bdid\s+(?:nobody|no\s*one|no-one)(?:\s+(?:on|in|at|from)\s+[^?]{1,40}?)?\s+(?:think|bother|care)\s+to\b[^?]{0,100}\?`,
      String.raw`\bwhy\s+did\s+(?:nobody|no\s*one|no-one)\s+(?:on|in|at|from)\s+[^?]{1,40}?\s+(?:pick\s+up|answer|respond|notice|check|look|call|escalate|act|react)\b[^?]{0,100}\?`,
      // "How many times does Kundservice need to be told to escalate …?": only people are told, whatever their name.
      String.raw`\bhow\s+many\s+(?:more\s+)?times\s+(?:does|do|did|must|will)\s+[^?]{1,40}?\s+(?:need|have|got)\s+to\s+be\s+(?:told|reminded|asked|warned)\b`,
      // "Seriously, who thought 8:30 on a school day was a good time for a firmware upgrade?"
      String.raw`\bwho\s+(?:on\s+earth\s+|exactly\s+)?(?:thought|decided|figured)\s+[^?]{1,60}?\b(?:was|is|would\s+be)\s+(?:a\s+)?(?:good|great|smart|sensible|brilliant|clever|the\s+right)\s+(?:time|idea|moment|day|plan)\b[^?]{0,60}\?`,
      // "@shane.m who gave you permission to approve your own change?", "Still no answer from on-call. Where was he?"
      String.raw`\bwho\s+gave\s+(?:you|him|her|them)\s+permission\s+to\b`,
      String.raw`\bwhere\s+(?:exactly\s+|on\s+earth\s+|the\s+hell\s+)?(?:was|were)\s+(?:he|she|{O})\s*\?`,
      // "can we please stop letting Tadhg near the comms room"
      String.raw`\b(?:stop|quit)\s+letting\s+{O}\s+(?:anywhere\s+)?near\b`,
    ],
    actors: PEOPLE,
    note: 'A question that asks why nobody acted, or where someone was, blames in the form of a question; ask what the situation looked like to them.',
    examples: ['Did nobody in operations think to look at the drawings before closing the valve?', 'How many times does Kundservice need to be told to escalate heating complaints?', 'Still no answer from on-call. Where was he?'],
  },
];
