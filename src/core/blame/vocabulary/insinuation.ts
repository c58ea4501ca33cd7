// Sarcasm, scare quotes and insinuation aimed at people: "our so-called DNS expert", "make of that what you will".
import type { BlameEntry } from '../types';
import { ACTION_PAST, HARM_DONE, PEOPLE, PEOPLE_OR_NAMES } from './fragments';

/** Words for a person's standing that sarcasm puts in scare quotes or after "so-called". */
const STANDING = String.raw`(?:expert|engineer|senior|dba|sre|architect|lead|guru|specialist|professional|team|reviewer|tester|owner|admin|hero|wizard|ninja|rockstar|genius|pro)s?`;

/** What a sneer puts in quotes about someone's work: "quick fix", "tested", "small cleanup". */
const SNEER = String.raw`(?:quick|minor|small|simple|harmless|safe|tiny|trivial|urgent|important|critical|emergency|tested|reviewed|careful|improv\w*|tid\w*|clean\w*|fix\w*|tweak\w*|refactor\w*|optimi[sz]\w*|temporar\w*|test\w*|review\w*|sanity\s+check|enhancement|upgrade)`;

/** Praise that the rest of the sentence turns into sarcasm. */
const PRAISE = String.raw`(?:(?:great|nice|good|fantastic|brilliant|stellar|amazing|excellent|lovely|super)\s+(?:job|work|going|call|move|one|stuff)|well\s+done|congrat(?:s|ulations)|kudos|bravo|props|hats\s+off|(?:nice|lovely|good|kind|thoughtful)\s+of|shout-?out\s+to)`;

/** Turning up or answering, which sarcastic praise says came late: "nice of them to join the bridge two hours in". */
const ARRIVING = String.raw`(?:join|show\s+up|turn\s+up|appear|answer|respond|reply|call\s+back|pick\s+up|let\s+us\s+know|tell\s+us|grace|drop\s+by|check\s+in|get\s+back|surface|wake\s+up)`;

export const INSINUATION: readonly BlameEntry[] = [
  {
    id: 'we-all-know-who',
    category: 'judgment-of-people',
    pattern: [
      // "I think we all know who left debug logging on", not "everyone knows who to page".
      String.raw`\b(?:we\s+all|we\s+both|you\s+all|everyone|everybody)(?:\s+(?:in\s+this\s+(?:room|meeting|call)|here))?\s+knows?\s+(?:exactly\s+)?(?:who|which\s+[\w-]+)\s+(?:\p{L}+ed|owns|went|left|broke|took|ran|did|made|forgot|wrote|shipped|pushed|merged|deployed|dropped|deleted)\b`,
      // "The problem was never the platform; it was the people operating it."
      String.raw`\bthe\s+(?:problem|issue|cause|weak\s+(?:link|point))\s+(?:was|is)\s+(?:never|not)\s+the\s+(?:[\w-]+\s+){0,2}?[\w-]+\s*[;,—–]\s*(?:it\s+(?:was|is)\s+)?the\s+(?:people|person|humans?|engineers?|operators?|staff|team)\b`,
      // "I'll let the timeline speak for itself as to who was on the keyboard", "which tells you how closely they watched".
      String.raw`\b(?:let|leave)\s+the\s+(?:timeline|logs?|facts|evidence|data|audit\s+log)\s+speak\s+for\s+(?:itself|themselves)\b|\bwhich\s+tells\s+you\s+(?:how|all\s+you\s+need)\b|\b(?:is|was|seems)\s+(?:apparently\s+)?optional\s+for\s+(?:some|certain)\s+(?:people|folks|engineers|members|of\s+us)\b`,
      // "had the nerve to call us".
      String.raw`\bhad\s+the\s+(?:nerve|gall|audacity|cheek)\s+to\b`,
      // "Someone in Investment Operations made it fail, and we now know who."
      String.raw`(?:[,;—–]\s*|\band\s+)(?:we|everyone|everybody)\s+(?:now\s+|all\s+)?knows?\s+(?:exactly\s+)?who\s*[.!]*$`,
      // "This is on the tech office, plain and simple."
      String.raw`\b(?:this|it|that)(?:['’]s|\s+is|\s+was)\s+(?:all\s+|squarely\s+|entirely\s+)?on\s+{O}\s*,\s*(?:plain\s+and\s+simple|full\s+stop|period|not\s+(?:on\s+)?us)\b`,
      // "I won't say who pushed the IVR change at 4 PM, but they sit next to the printer", "we all know whose Friday deploys these are".
      String.raw`\b(?:I|we)\s+(?:won['’]t|will\s+not|shan['’]t|am\s+not\s+going\s+to)\s+(?:say|name|mention)\s+(?:who|names)\b`,
      String.raw`\b(?:we\s+all|everyone|everybody|you\s+all)\s+knows?\s+(?:exactly\s+)?whose\b`,
    ],
    cue: [
      String.raw`\bknows?\b`,
      String.raw`\bnever\b|\bnot\b`,
      String.raw`\bspeak\s+for\b|\btells\s+you\b|\boptional\b`,
      String.raw`\bnerve\b|\bgall\b|\baudacity\b|\bcheek\b`,
      String.raw`\bknows?\s+(?:exactly\s+)?who\b`,
      String.raw`\b(?:plain\s+and\s+simple|full\s+stop|period|not\s+(?:on\s+)?us)\b`,
      String.raw`\b(?:say|name|mention)\s+(?:who|names)\b`,
      String.raw`\bwhose\b`,
    ],
    actors: PEOPLE,
    note: 'Hinting that everyone knows who is at fault is blame without the analysis; say what the system let happen.',
    examples: ['I think we all know who left debug logging switched on.', 'The problem was never the platform; it was the people operating it.', "I'll let the timeline speak for itself as to who was on the keyboard."],
  },
  {
    id: 'again-a-name',
    category: 'judgment-of-people',
    // "Again, Patrick.": a name after "again" is a verdict on a track record.
    pattern: String.raw`^\W*(?:again|once\s+again|yet\s+again|of\s+course)\s*,\s*{O}\s*[.!]*$`,
    actors: PEOPLE_OR_NAMES,
    note: 'Naming someone after "again" judges their track record; say what keeps letting the same change through.',
    examples: ['Again, @patrick.'],
  },
  {
    id: 'insinuation',
    category: 'judgment-of-people',
    pattern: [
      // "I won't say who, but…", "not to point fingers but…".
      String.raw`\b(?:I\s+(?:won['’]t|will\s+not|don['’]t\s+want\s+to|am\s+not\s+going\s+to|['’]m\s+not\s+going\s+to|shan['’]t)\s+(?:name\s+(?:any\s+)?names|say\s+(?:who|it\s+was|names|which)|point\s+(?:any\s+)?fingers|blame\s+anyone|mention\s+(?:any\s+)?names)|(?:I['’]m|I\s+am)\s+not\s+(?:pointing\s+(?:any\s+)?fingers|blaming\s+anyone|naming\s+(?:any\s+)?names|saying\s+(?:it\s+was|who))|not\s+(?:to\s+)?(?:point(?:ing)?\s+(?:any\s+)?fingers|blam(?:e|ing)\s+anyone|nam(?:e|ing)\s+(?:any\s+)?names|naming\s+anyone|mention(?:ing)?\s+names))\b[^.;]{0,30}?\bbut\b`,
      // Tags that hint at a culprit without naming the fault.
      String.raw`\b(?:make\s+of\s+(?:that|it|this)\s+what\s+you\s+will|thanks\s+for\s+nothing|to\s+(?:nobody|no\s*one|no-one)['’]s\s+(?:great\s+)?surprise|in\s+(?:his|her|their)\s+(?:infinite|great|boundless)\s+wisdom|(?:nobody|no\s*one|no-one)(?:\s+(?:who|that)\s+[^.;,]{1,40}?)?\s+will\s+be\s+(?:surprised|shocked|astonished)\s+to\s+(?:learn|hear|read)|ha(?:s|ve|d)\s+(?:a\s+lot|much|some\s+explaining)\s+to\s+answer\s+for|given\s+who\s+was\s+(?:on[- ]call|on\s+shift|in\s+charge|on\s+duty)|tells?\s+you\s+(?:everything|all|enough)(?:\s+you\s+need\s+to\s+know)?\s+about\s+(?:them|him|her|their|his)\b|draw\s+(?:your|their|our)\s+own\s+conclusions?|let\s+that\s+sink\s+in|and\s+it\s+shows(?:\s+in\s+(?:the\s+)?[\w-]+(?:\s+[\w-]+)?)?(?=\s*[.!]*\s*$)|we\s+all\s+know\s+how\s+(?:that|this|it)\s+(?:ends|ended|goes|went|turns\s+out)|(?:such\s+an?|an?\s+(?:very|typical|classic|real|most))\s+[\w-]+\s+thing\s+to\s+do|(?:ship(?:ped|s)?|deploy(?:ed|s)?|push(?:ed|es)?|merg(?:ed|es|e))\s+first\s+and\s+ask(?:ed|s)?\s+questions\s+later|I['’]m\s+just\s+saying|just\s+saying|just\s+so\s+(?:everyone|everybody|you\s+all|we\s+all|y['’]all)\s+knows?|I['’]ll\s+(?:just\s+)?leave\s+(?:it|that)\s+there|say\s+no\s+more|enough\s+said|if\s+you\s+know\s+what\s+I\s+mean|and\s+(?:now\s+)?here\s+we\s+are|look\s+where\s+that\s+got\s+us|we\s+all\s+paid\s+for\s+it|you\s+can\s+guess\s+(?:the\s+rest|who|what\s+happened)|(?:take|took|have|has)\s+a\s+(?:long\s+|hard\s+|good\s+)?look\s+in\s+the\s+mirror|(?:leave\s+it\s+to|invite)\s+the\s+readers?\s+to\s+(?:decide|judge|draw|make\s+up))\b`,
      // "Our so-called DNS expert", "our resident "Kubernetes guru"", "Our "DBA" strikes again".
      String.raw`\bso-called\s+["“]?(?:[\w-]+\s+){0,2}?${STANDING}\b|\b(?:our|the|their|his|her|a|resident)\s+(?:resident\s+)?["“](?:[\w-]+\s+){0,2}?${STANDING}["”]`,
      // "Olu's "quick fix" took down checkout", "Asha's so-called "tested" patch".
      String.raw`{P}\s+(?:so-called\s+)?["“](?:[^"”]{0,20}?\s)?${SNEER}\b[^"”]{0,20}["”]`,
      // "Yusuf "tidied up" the firewall rules", "Tariq disables rate limiting "to test something"".
      String.raw`{S}{ADV}\s+["“](?:tidied|cleaned|fixed|tested|improved|optimi[sz]ed|tweaked|refactored|reviewed|checked|helped|simplified|streamlined|upgraded|updated|patched|secured|migrated|documented)(?:\s+up)?["”]`,
      String.raw`{S}{ADV}\s+\p{L}+(?:\s+[^\s.;|"“]+){0,6}?\s+["“](?:just\s+)?(?:to\s+(?:test|try|see|check)\s+(?:something|things|it|stuff|an\s+idea)|temporarily|for\s+(?:a\s+)?(?:minute|second|bit|test))["”]`,
      // "Let's just say Asha's "minor tweak" wasn't minor", "That one is all Femi".
      String.raw`\blet['’]s\s+just\s+say\s+{P}`,
      String.raw`\b(?:this|that|it)\s+(?:one\s+)?(?:is|was)\s+all\s+{O}(?=\s*(?:[.!,;]|$))`,
      // "Apparently @benji thinks feature flags are for other people".
      String.raw`\b(?:apparently|evidently|obviously|clearly|seemingly)\s*,?\s+{S}\s+(?:thinks?|thought|decided|figured|believes?|believed|assumed|feels?|felt|considers?|considered)\b[^.;]{1,60}?\b(?:optional|for\s+other\s+people|for\s+everyone\s+else|beneath\s+(?:him|her|them)|overrated|a\s+suggestion|someone\s+else['’]s\s+(?:problem|job))\b`,
      String.raw`{S}\s+(?:apparently|evidently|obviously|clearly|seemingly)\s+(?:thinks?|thought|decided|figured|believes?|believed|assumed|feels?|felt|considers?|considered)\b[^.;]{1,60}?\b(?:optional|for\s+other\s+people|for\s+everyone\s+else|beneath\s+(?:him|her|them)|overrated|a\s+suggestion|someone\s+else['’]s\s+(?:problem|job))\b`,
      String.raw`{S}\s+(?:thinks?|thought|believes?|believed|assumed|figured)\s+(?:that\s+)?[^.;]{1,40}?\b(?:(?:is|are|was|were)\s+for\s+(?:other\s+people|everyone\s+else)|(?:is|are|was|were)\s+beneath\s+(?:him|her|them)|(?:is|are|was|were)\s+someone\s+else['’]s\s+(?:problem|job)|(?:is|are|was|were)\s+(?:just\s+|merely\s+|only\s+)?(?:a\s+suggestion|optional))\b`,
      // "That's what happens when you let the marketing team edit DNS".
      String.raw`\b(?:that['’]s|that\s+is|this\s+is|it['’]s)\s+what\s+(?:happens|you\s+get)\s+when\s+(?:you\s+|we\s+)?(?:let|give|allow|put|trust|leave)\s+{O}`,
      // "Well done, @cstroud, for discovering yet another way to break staging".
      String.raw`\b${PRAISE}\b[^;!?]{0,60}?(?:\b(?:(?:yet\s+)?another|(?:a\s+)?(?:brand\s+)?new|creative|novel|fresh)\s+way\s+to\b|\b(?:really\s+)?nailed\s+it\b|\bvia\s+(?:twitter|x|social\s+media|the\s+(?:news|press)|a\s+customer|customers|reddit|hacker\s+news)\b|\b(?:after|once)\s+it\s+(?:had\s+)?(?:ended|was\s+over|finished|happened)\b|\bthe\s+(?:day|week|morning|hour|night)\s+after\b|\bfor\s+(?:breaking|taking\s+down|bringing\s+down|nuking|wiping|deleting|dropping)\b|["“][^"”]{2,30}["”]\s+so\s+(?:thoroughly|carefully|well)\b)`,
      // "The "peer review" on this one consisted of Asha typing LGTM".
      String.raw`["“](?:peer\s+)?(?:review|testing|qa|approval|sign-?off|check)["”]\s+[^.;]{0,30}?\b(?:consisted\s+of|amounted\s+to|was\s+(?:just|only|basically))\b|\blgtm\s+(?:in|after)\s+(?:\w+\s+)?(?:seconds?|a\s+minute|under\s+a\s+minute)\b`,
      // "The new hire was handed root and, predictably, broke things".
      String.raw`{S}{ADV}\s+(?:[^\s.;]+\s+){0,6}?(?:and\s*)?,?\s*(?:predictably|inevitably|unsurprisingly|of\s+course|naturally)\s*,?\s+(?:broke|deleted|wiped|crashed|took\s+down|brought\s+down|messed\s+up|forgot|skipped|ignored|missed)\b`,
      // "Great job, Kai, another Monday outage".
      String.raw`\b${PRAISE}\s*,\s*{O}\s*[,:—–-]\s*(?:yet\s+)?another\s+(?:[\w-]+\s+){0,2}?(?:outage|incident|deploy|deployment|rollback|page|sev-?\d*|p\d|fire|breakage)\b`,
      // "Thanks to Marta, we now know what happens when you truncate the orders table".
      String.raw`\bthanks\s+to\s+{O}\s*,\s+(?:we|everyone|everybody)\s+(?:now\s+|all\s+)*know\s+(?:exactly\s+)?what\s+happens\s+(?:when|if)\b`,
      // "Kai, of course, was "sure" the migration was reversible".
      String.raw`{S}\s*,\s*(?:of\s+course|naturally|predictably|as\s+usual|as\s+always)\s*,\s+(?:was|were|had\s+been|felt|seemed)\s+["“]`,
      // Scare quotes around a person's excuse or effort: ""accidentally" launched", "was "on it"", ""double-checked"".
      String.raw`\p{L}+\s+["“](?:accidentally|by\s+accident|by\s+mistake|unintentionally|inadvertently|mistakenly)["”]\s+\p{L}+`,
      String.raw`{S}{ADV}\s+(?:was|were)\s+["“](?:on\s+it|handling\s+it|looking\s+into\s+it|across\s+it|monitoring(?:\s+it)?|watching(?:\s+it)?)["”]`,
      String.raw`{S}{ADV}\s+["“](?:double-?checked|verified|validated|investigated|handled|monitored|supervised|tidied|cleaned)(?:\s+up)?["”]`,
      // "Only one was logged in at 15:42, and it was Rashid.", "— it was Kerem."
      String.raw`(?:[,;:—–]\s*|\s-\s*|\band\s+)it\s+was\s+(?=(?:[\p{L}@][\p{L}\p{N}@'’._-]*\s*){1,3}[.!]*\s*$){O}`,
      // "Not someone you want near the payment configuration", "not Zoé's most attentive afternoon".
      String.raw`\bnot\s+(?:someone|somebody|the\s+(?:person|one|kind\s+of\s+person))\s+(?:you|we|I|anyone)\s+(?:would\s+)?(?:want|need|trust)\s+(?:anywhere\s+)?(?:near|around|in\s+charge\s+of)\b`,
      String.raw`\bnot\s+{P}\s+(?:finest|best|brightest|proudest|most\s+\w+)\s+(?:hour|moment|day|afternoon|morning|evening|night|week|shift|performance)\b|\bnot\s+at\s+(?:his|her|their)\s+(?:most\s+\w+|best|sharpest|finest)\b`,
      // "Zoe was the last person to touch the rate sheet before it broke" (not "the last person to log in, and her log
      // showed every command").
      String.raw`{S}{ADV}\s+(?:was|were|is)\s+the\s+(?:last|only)\s+(?:person|one|engineer|people)\s+(?:who\s+)?(?:to\s+)?(?:touch|change|edit|modify|deploy|log|access|run)\w*\b[^.;]{0,60}?\bbefore\s+(?:it|the\s+[\w-]+|things|everything)\s+(?:broke|failed|went\s+down|fell\s+over|stopped|crashed|died|blew\s+up)\b`,
      // "Colin apparently regards the four-eyes rule as a formality", "still treat the production cluster as their playground".
      String.raw`{S}{ADV}\s+(?:(?:tends?|seems?|likes?)\s+to\s+)?(?:regards?|regarded|regard|treats?|treated|treat|sees?|saw|see|considers?|considered|consider|views?|viewed|view)\s+(?:[^\s.;]+\s+){1,6}?as\s+(?:a\s+|an\s+|their\s+|his\s+|her\s+)?(?:mere\s+|personal\s+|optional\s+)?(?:formalit(?:y|ies)|optional|suggestions?|playgrounds?|sandbox(?:es)?|toys?|decorations?|afterthoughts?|paperwork|box-ticking|nice-to-haves?)\b`,
      // "We have zero evidence that she tested it", "no evidence of a first check".
      String.raw`\b(?:zero|no|not\s+a\s+shred\s+of|little)\s+evidence\s+(?:that\s+(?:he|she|they)\s+(?:actually\s+|ever\s+|really\s+)?(?:tested|checked|reviewed|read|looked|ran|verified|did)|of\s+(?:a|any)\s+(?:first\s+|actual\s+|real\s+)?(?:check|test|review))\b`,
      // "Thanks, Tú, for turning a 5-minute fix into a 3-hour outage", "Please explain how.", "… speaks for itself".
      String.raw`\bthanks\s*,?\s+{O}\s*,?\s+for\s+(?:turning|making|breaking|taking\s+down|bringing\s+down|nuking|wiping|deleting|dropping|causing|creating)\b`,
      String.raw`^\W*please\s+explain\s+(?:how|why)\s*[.?!]*$`,
      String.raw`{P}\s+(?:statement|answer|reply|response|excuse|explanation|comment)\b[^.;]{0,120}?\bspeaks\s+for\s+itself\b`,
      // "The same three people in OT support keep turning up in our incident timelines".
      String.raw`\bsame\s+(?:\w+\s+)?(?:people|names?|persons?|individuals?|engineers?|faces)\b[^.;]{0,60}?\b(?:keep|keeps|kept)\s+(?:(?:turning|showing|popping|coming|cropping)\s+up|appearing|reappearing)\b`,
      // "Not a coincidence.", "the recurrence cannot be regarded as a coincidence".
      String.raw`^\W*(?:not|no|hardly)\s+(?:a\s+)?coincidence\s*[.!]*$|\bcannot\s+be\s+(?:regarded\s+as\s+|considered\s+|called\s+)?(?:a\s+)?coincidence\b`,
      // "It's worth noting that Wiremu was the only person who had touched the config".
      String.raw`\b(?:it['’]s|it\s+is)\s+(?:worth\s+noting|worth\s+mentioning|notable|interesting|telling)\s+that\s+{S}\s+(?:was|were)\s+the\s+(?:only|last)\s+(?:person|one|engineer)\b`,
      // "The on-call engineer this week was Jasper, which largely explains the response time".
      String.raw`\b(?:was|is)\s+{O}\s*,\s+which\s+(?:largely\s+|partly\s+|pretty\s+much\s+|probably\s+|more\s+or\s+less\s+)?explains\b`,
      // "It was Maximilian's, naturally.", "Niamh, it turns out.", "a pattern with Kofi", ""…" is becoming Ingrid's catchphrase".
      String.raw`\bit\s+was\s+{P}\s*,?\s+(?:naturally|of\s+course|obviously|predictably|as\s+usual)\b`,
      String.raw`^\W*{O}\s*,\s*(?:it\s+turns\s+out|apparently|of\s+course|naturally|as\s+usual)\s*[.!]*$`,
      String.raw`\bthere(?:['’]s|\s+is)\s+a\s+pattern\s+with\s+{O}|^\W*typical\s+{O}\s*[,.!—–:]|\b(?:there['’]s|there\s+is)\s+a\s+pattern\s+here\b[^.;]{0,100}?\b(?:during|on|in|under|after)\s+{P}\s+(?:shifts?|watch|rota|on-?call|changes?|deploys?|releases?)\b`,
      String.raw`{P}\s+(?:catchphrase|motto|signature\s+move|speciality|specialty|trademark)\b`,
      // "The torque controller was fine; the people configuring it were not", "the quality gate did its job; the person
      // who overrode it did not", "the pattern speaks for itself", "Coincidence, surely.", "what do you expect when you
      // hand the SCADA keys to a summer student?", "the fourth RFO this year with Hui Min's name in the timeline".
      String.raw`\b(?:was\s+fine|were\s+fine|did\s+its\s+job|worked(?:\s+as\s+designed)?)\s*[;,—–]\s*(?:but\s+)?the\s+(?:people|person|engineers?|operators?|team|technicians?|staff|humans?)\b[^.;]{0,60}?\b(?:were|was|did)\s*(?:not|n['’]t)\b|\bthe\s+(?:pattern|record|track\s+record|history)\s+speaks\s+for\s+itself\b|\bcoincidence\s*,\s*(?:surely|I['’]m\s+sure|no\s+doubt|I\s+suppose)\s*[.!?]*$|\bwhat\s+do\s+(?:you|we|they)\s+expect\s+when\s+(?:you|we|they)\s+(?:hand|give|let|put|leave)\b`,
      String.raw`\b(?:second|third|fourth|fifth|sixth|\d+(?:st|nd|rd|th))\s+(?:[\w-]+\s+){0,3}?with\s+{P}\s+name\s+(?:on|in)\b`,
      // "It is hard not to notice that the same three incidents all carry Damien's name", "… that Rolf was on shift".
      String.raw`\b(?:hard|difficult|impossible)\s+not\s+to\s+(?:notice|see|point\s+out|remark)\s+that\s+(?:[^.;]{0,80}?\s)?(?:{P}\s+name|{S}\s+(?:was|were)\s+(?:on|the|in|behind)\b)`,
      // "The agency hires juniors and lets them loose on production".
      String.raw`\blet(?:s|ting)?\s+(?:them|him|her|juniors|interns|contractors|students|an?\s+[\w-]+)\s+loose\s+(?:on|in)\b`,
      // "The committee may wish to draw its own conclusions", "I leave the committee to connect the dots".
      String.raw`\b(?:may|might|can|will)\s+(?:wish\s+to\s+|want\s+to\s+)?draw\s+(?:its|their|your|his|her)\s+own\s+conclusions\b|\b(?:leave|let)\s+(?:it\s+to\s+)?(?:the\s+)?(?:committee|board|panel|reader|readers|you|everyone)\s+(?:to\s+)?(?:connect\s+the\s+dots|draw\s+(?:its|their|your)\s+own\s+conclusions?|work\s+out\s+who|do\s+the\s+math)\b`,
      // "It is perhaps a coincidence that every one of these failures occurred on Tamsin's shifts."
      String.raw`\b(?:perhaps|probably|maybe|no\s+doubt|surely|presumably)\s+(?:just\s+|only\s+|purely\s+)?(?:a\s+)?coincidence\s+that\b[^.;]{0,100}?\b(?:on|during|under|in|with|after)\s+{P}\s+(?:[\w-]+\s+)?(?:shifts?|watch|rota|changes?|deploys?|releases?|name|weeks?)\b`,
      // "That the Head of Technology approved the change without a rollback plan speaks for itself."
      String.raw`^\W*that\s+{S}\s+[^.;]{1,100}?\bspeaks\s+for\s+itself\b`,
      // "We trust that Cameron now appreciates why the change calendar exists."
      String.raw`\b(?:we|I)\s+(?:trust|hope)\s+(?:that\s+)?{S}\s+(?:now|finally|by\s+now)\s+(?:appreciates?|understands?|knows?|sees?|realises?|realizes?|grasps?)\s+why\b`,
      // "It is a small miracle that the crane schedule survived so long with Wim maintaining it."
      String.raw`\bmiracle\s+(?:that|how)\b[^.;]{0,100}?\bwith\s+{O}\s+(?:maintaining|running|managing|owning|looking\s+after|in\s+charge)\b`,
      // "Lotte was told two times to not touch the configuration, and still she deployed it."
      String.raw`{S}{ADV}\s+(?:was|were|had\s+been|has\s+been|have\s+been)\s+(?:told|asked|warned|reminded|instructed)\s+(?:\w+\s+){0,2}?(?:twice|two\s+times|three\s+times|repeatedly|more\s+than\s+once|several\s+times|multiple\s+times|many\s+times|again\s+and\s+again)\b[^.;]{0,100}?\b(?:and|but)\s+(?:still|yet|nevertheless|anyway|regardless)\b`,
      // "It is difficult to describe the Platform team's handling of the file as anything other than casual."
      String.raw`{P}\s+[^.;]{1,60}?\bas\s+anything\s+(?:other\s+than|but|less\s+than)\s+(?:casual|careless|negligent|sloppy|reckless|cavalier|lax|slapdash|amateurish|unprofessional|inadequate|lazy|poor)\b`,
      // "The "experienced" pair who ran the cutover did not think to confirm the rollback plan."
      String.raw`\b(?:the|our|their|his|her|two|three)\s+["“](?:experienced|senior|expert|seasoned|qualified|certified|careful|responsible|trained)["”]\s+(?:[\w-]+\s+)?(?:pair|team|engineers?|people|person|colleagues?|staff|crew|operators?|admins?|developers?|planners?|officers?|analysts?|technicians?)\b`,
      // "Nobody can say Caio wasn't warned", "It is hard to avoid the conclusion that the service desk did not take the
      // calls seriously", "the only thing that changed in November was the new analyst".
      String.raw`\b(?:nobody|no\s*one|no-one)\s+can\s+say\s+(?:that\s+)?{S}\s+(?:was\s*n['’]?t|was\s+not|were\s*n['’]?t|were\s+not)\s+(?:warned|told)\b`,
      String.raw`\b(?:hard|difficult)\s+to\s+avoid\s+the\s+conclusion\s+that\s+{S}\s+`,
      String.raw`\bthe\s+only\s+(?:thing|variable|difference)\s+that\s+changed\b[^.;]{0,40}?\s+was\s+{O}\s*[.!]*$`,
      // "The analyst's explanation ... does not bear much scrutiny", "their account of events does not square with the log".
      String.raw`{P}\s+(?:[\w-]+\s+)?(?:explanation|account|statement|version|excuse|story)\b[^.;]{0,120}?\b(?:does\s+not|doesn['’]t|did\s+not|didn['’]t)\s+(?:bear\s+(?:much\s+|close\s+)?scrutiny|stand\s+up|hold\s+up|square\s+with|add\s+up)\b`,
      // "I told Owain twice that the results weren't coming through and he just kept saying it was our end."
      String.raw`\b(?:I|we)\s+(?:told|warned|asked|reminded)\s+{O}\s+(?:twice|two\s+times|three\s+times|repeatedly|more\s+than\s+once|several\s+times)\b[^.;]{0,100}?\band\s+(?:he|she|they)\s+(?:just\s+|still\s+)?(?:kept|still|ignored|did\s+nothing)\b`,
      // "Letícia decided, alone, on a Saturday, to move the threshold".
      String.raw`{S}{ADV}\s+decided\s*,\s*(?:alone|on\s+(?:his|her|their)\s+own|by\s+(?:him|her|them)sel(?:f|ves))\s*,`,
      // "… with one notable exception: @kmoeller", "Bernd, this means you.", "Ask Ralf what he did to the switch", "One might
      // ask whether Stefan has ever read the runbook he wrote", "the help desk's idea of troubleshooting was to reimage and
      // hope", "bless her heart", "was asked to verify the file and, evidently, didn't", "the judgment here belonged to X".
      String.raw`\bwith\s+(?:one|a\s+single|the\s+usual)\s+(?:notable\s+|obvious\s+)?exception\s*[:,—–]\s*{O}`,
      String.raw`(?:^|[.;:!]\s*)\W*{O}\s*,\s*this\s+means\s+you\b`,
      String.raw`\bask\s+{O}\s+what\s+(?:he|she|they)\s+did\b`,
      String.raw`\b(?:one|you|we)\s+(?:might|may|could)\s+(?:ask|wonder)\s+whether\s+{S}\s+(?:has|had|have)\s+ever\s+(?:actually\s+|really\s+)?(?:read|looked|opened|tested|checked|used)\b`,
      String.raw`{P}\s+idea\s+of\s+(?:[\w-]+\s+){0,2}?(?:a\s+(?:[\w-]+\s+)?(?:plan|test|review|handover|backup)|troubleshooting|testing|a\s+fix|fixing|monitoring|reviewing|a\s+review|communication|change\s+management|due\s+diligence|escalation|[\w-]+ing)\s+(?:was|is)\b`,
      String.raw`\bbless\s+(?:her|his|their)\s+hearts?\b`,
      String.raw`{S}{ADV}\s+(?:was|were)\s+asked\s+to\s+[^.;]{1,60}?\s+and\s*,?\s+(?:evidently|apparently|clearly|obviously)\s*,?\s+(?:did\s*n['’]?t|did\s+not|never\s+did)\b`,
      String.raw`\bthe\s+(?:judge?ment|mistake|error|fault|lapse)\s+(?:here\s+|in\s+question\s+)?(?:belonged|belongs)\s+to\s+{O}`,
      // "I raised this exact risk in the October review and was overruled by Geneviève", "the last three Sev-1s all had the
      // same name on the deploy log", "Helpful as always, the vendor's account manager replied on Monday", "Kwame, was that
      // you?", "It will surprise no one that the architecture team's design …", "the conclusion follows naturally".
      String.raw`\b(?:I|we)\s+(?:raised|flagged|warned\s+about|pointed\s+out)\s+[^.;]{1,60}?\s+and\s+(?:was|were)\s+(?:overruled|ignored|dismissed|brushed\s+off)\s+by\s+{O}`,
      String.raw`\bsame\s+name\s+(?:on|in)\s+(?:the\s+)?(?:deploy|change|commit|release|audit|git)\s+(?:log|record|history|list|blame)\b`,
      String.raw`^\W*(?:helpful|responsive|reliable|prompt|quick|diligent)\s+as\s+(?:always|ever|usual)\s*,`,
      String.raw`(?:^|[.;:!?"“]\s*)\W*{O}\s*,\s*was\s+(?:that|this|it)\s+you\s*\?`,
      String.raw`\b(?:it\s+will|it\s+should|it\s+won['’]t|it\s+will\s+not)\s+(?:surprise\s+(?:no\s*one|nobody|anyone)|come\s+as\s+(?:no|a)\s+surprise(?:\s+to\s+(?:no\s*one|nobody|anyone))?)\s+that\s+{P}`,
      String.raw`\bthe\s+conclusion\s+(?:follows\s+(?:naturally|on\s+its\s+own)|is\s+obvious|writes\s+itself|speaks\s+for\s+itself)\b`,
      // "Tariq is well known in the department for ignoring change freezes", "Ahmed has a pattern of closing tickets early".
      String.raw`{S}{ADV}\s+(?:is|are)\s+(?:well\s+|widely\s+|rather\s+)?(?:known|famous|notorious)\s+(?:in\s+[^.;]{1,30}?\s+)?for\s+(?:ignoring|skipping|bypassing|breaking|forgetting|cutting|missing|not\s+\p{L}+ing)\b`,
      String.raw`{S}{ADV}\s+(?:has|have)\s+a\s+(?:pattern|habit|history|track\s+record)\s+of\s+(?:ignoring|skipping|bypassing|breaking|forgetting|closing|pushing|deploying|merging|missing|not\s+\p{L}+ing)\b`,
      // "Yousef, having been briefed on the risk, nevertheless scheduled the upgrade during the peak."
      String.raw`{S}\s*,\s*having\s+been\s+(?:briefed|told|warned|advised|informed)\b[^.;]{0,60}?,\s*(?:nevertheless|still|nonetheless|anyway)\b`,
      // "Let's just say Anaïs and the concept of a staging environment are not close friends", "funny how these outages
      // always land during Clémence's shifts", "We need to talk about Lucas", "this is his fourth incident this quarter",
      // "Brenda says she 'followed the procedure'", "we keep giving Carmen production access", "the client's IT people
      // clearly never opened our guide", "the script did exactly what Samuel wrote", "Fabiola knew … and kept quiet",
      // "Cristian, who was told to pause the rollout, kept pushing", "got exactly what anyone could have predicted",
      // "Axelle quietly changed the shared values", "Cyril breaks it, Cyril leaves for the weekend".
      String.raw`\blet['’]s\s+(?:just\s+)?say\s+(?:that\s+)?{S}\s+(?:and|is|are|was|were|has|had|does|did)\b`,
      String.raw`\b(?:funny|strange|odd|curious|interesting)\s+how\b[^.;]{0,80}?\b(?:during|on|in|after|under)\s+{P}\s+(?:[\w-]+\s+)?(?:shifts?|watch|rota|on-?call|weeks?|deploys?|changes?)\b`,
      String.raw`\bwe\s+need\s+to\s+talk\s+about\s+{O}\s*[.!]*$|\b(?:this\s+is|that['’]s|it['’]s)\s+(?:his|her)\s+(?:second|third|fourth|fifth|sixth|\d+(?:st|nd|rd|th))\s+(?:incident|outage|sev-?\d|p\d|mistake)\b`,
      String.raw`{S}{ADV}\s+(?:says|said|claims|claimed|insists|insisted)\s+(?:that\s+)?(?:she|he|they)\s+["“](?:followed|checked|tested|verified|read|did)\b`,
      String.raw`\bwe\s+keep\s+giving\s+{O}\s+(?:production|prod|admin|root|write|deploy|sudo)\s+(?:access|rights|permissions)\b|\bwe\s+keep\s+giving\s+{O}\s+(?:access|rights|permissions|the\s+keys)\b`,
      String.raw`{S}{ADV}\s+(?:clearly|obviously|evidently)\s+never\s+(?:opened|read|looked\s+at|checked|tested)\b`,
      String.raw`\bdid\s+exactly\s+what\s+{S}\s+(?:wrote|told\s+it|asked\s+(?:it|for)|programmed|typed|configured)\b`,
      String.raw`{S}{ADV}\s+knew\b[^.;]{1,80}?\band\s+(?:kept\s+quiet|said\s+nothing|did\s+nothing|kept\s+it\s+to\s+(?:herself|himself|themselves))\b`,
      String.raw`{S}\s*,\s*who\s+(?:was|had\s+been)\s+(?:told|asked|instructed)\b[^.;]{1,60}?,\s*(?:kept|continued|went\s+on|carried\s+on)\b`,
      String.raw`\bgot\s+exactly\s+what\s+(?:anyone|anybody|everyone|we)\s+(?:could|would|might)\s+have\s+(?:predicted|expected|feared)\b`,
      String.raw`{S}{ADV}\s+(?:quietly|silently|secretly)\s+(?:changed|pushed|deployed|edited|merged|deleted|disabled|modified|tweaked|updated)\b`,
      String.raw`{S}\s+(?:breaks|broke)\s+it\s*,\s+[^.;]{1,40}?\b(?:leaves|left|goes|went)\s+(?:for|on|home)\b`,
      // "Fatima, who has owned the engine for two years, still does not seem to understand its retry semantics", "… which
      // is the help desk all over".
      String.raw`{S}\s*(?:,[^,.;]{1,60},)?\s+still\s+(?:does\s+not|doesn['’]t|did\s+not|didn['’]t)\s+(?:seem\s+to\s+)?(?:understand|know|get|grasp)\b`,
      String.raw`\bwhich\s+is\s+{O}\s+all\s+over\b`,
      // "Some of us read the notice in August. Some of us, apparently, did not.", "The panel draws the obvious conclusion."
      String.raw`\bsome\s+of\s+us\s*,?\s+(?:apparently|evidently|it\s+seems|clearly|obviously)\s*,?\s+(?:did\s+not|didn['’]t|do\s+not|don['’]t|could\s+not|couldn['’]t|cannot|can['’]t|have\s+not|haven['’]t)\b`,
      String.raw`\b(?:draws?|drew|will\s+draw|can\s+draw|may\s+draw)\s+(?:the\s+obvious|(?:its|their|your)\s+own)\s+conclusions?\b`,
      // "Let the record show that …", "… did not attend the incident call, and the panel has noted this."
      String.raw`^\W*let\s+(?:the\s+record|it\s+be\s+noted|the\s+minutes)\s+(?:show|reflect|record)\s+that\b|^\W*let\s+it\s+be\s+(?:noted|recorded|minuted)\s+that\b`,
      String.raw`\b(?:did\s+not|didn['’]t|never|failed\s+to|chose\s+not\s+to)\s+(?:attend|join|dial\s+into)\s+(?:the\s+)?(?:incident|bridge|major[- ]incident|emergency|war[- ]room)\s+(?:call|bridge|meeting|room)\b[^.;]{0,40}?\band\s+(?:the\s+)?(?:panel|committee|board|management|review\s+board)\s+(?:has|have|had)\s+(?:noted|recorded|minuted)\s+(?:this|it|that)\b`,
      // "@kwame that's the second time you've pointed airflow at the prod schema".
      String.raw`\b(?:that|this|it)(?:['’]s|\s+is|\s+was)\s+(?:now\s+)?the\s+(?:second|third|fourth|fifth|umpteenth|nth|\d+(?:st|nd|rd|th))\s+time\s+(?:that\s+)?you(?:['’]ve|\s+have)\s+(?:\p{L}+ly\s+)?(?:broken|broke|deleted|dropped|pointed\s+[^\s.;]+(?:\s+[^\s.;]+)?\s+at\s+(?:the\s+)?(?:prod|production|live)|pushed|deployed|merged|run|ran|restarted|wiped|skipped|forgotten|forgot|ignored|missed|taken\s+down|killed|truncated|overwritten)\b`,
      // "Some of us read the handover notes; evidently not everyone did.", "You'd think after three incidents Fintan would run the
      // updates on staging.", "Mairéad's idea of a 'soft launch' was emailing 8,000 donors a broken link.", "| Agency
      // 'investigating' (translation: nothing happens for three hours) |", "Marvellous work from the agency once again: …".
      String.raw`\b(?:evidently|apparently|clearly|obviously)\s*,?\s+not\s+(?:everyone|everybody|all\s+of\s+us|all\s+of\s+them)\s+(?:did|had|has|does|do)\b`,
      String.raw`\byou['’]d\s+(?:think|have\s+thought|hope)\s+(?:that\s+)?(?:after\s+[^.;,]{1,30}?\s+)?{S}\s+would\b`,
      String.raw`{P}\s+idea\s+of\s+(?:a\s+|an\s+)?(?:["“][^"”]{1,30}["”]|[\w-]+(?:\s+[\w-]+)?)\s+(?:was|is|seems\s+to\s+be|turned\s+out\s+to\s+be)\s+(?:\p{L}+ing|to)\b`,
      String.raw`{S}\s+["“](?:investigating|looking\s+into\s+it|on\s+it|handling\s+it|working\s+on\s+it|monitoring|checking|testing|reviewing)["”]|\(\s*(?:translation|read|i\.e\.|meaning)\s*:\s*(?:nothing|no\s*one|nobody|not\s+much|zero)\b`,
      String.raw`\b(?:marvell?ous|wonderful|stellar|sterling|fantastic|brilliant|great|excellent|outstanding)\s+(?:work|job|effort|stuff)\s+(?:from|by)\s+{O}\s+(?:once\s+again|again|yet\s+again|as\s+(?:usual|always))\s*[:—–]`,
      // "With all due respect to Rüdiger's thirty years in the house, his knowledge of IP playout ends around 2009", "It is
      // remarkable how reliably the Leipzig team manages to deploy shortly before the match", "can, politely, be described as
      // relaxed", "did what it always does: nothing", "some people apparently do not read postmortems".
      String.raw`^\W*with\s+(?:all\s+)?(?:due\s+)?respect\s+to\s+(?:{P}\s+[^.;,]{1,50}?|{O})\s*,\s+(?:his|her|their)\s+(?:knowledge|understanding|grasp|idea|skills?|experience|competence|command)\b`,
      String.raw`\b(?:remarkable|amazing|impressive|astonishing|funny|curious|striking|interesting)\s+how\s+(?:reliably|consistently|often|regularly|predictably|dependably)\s+{S}\s+(?:manages?|seems?|contrives?|succeeds?)\s+to\b`,
      String.raw`\b(?:can|could|might|may)\s*,?\s+(?:politely|charitably|kindly|generously|diplomatically)\s*,?\s+be\s+(?:described|called|characteri[sz]ed)\s+as\b`,
      String.raw`\bdid\s+what\s+(?:it|they|he|she)\s+always\s+(?:does|do|did)\s*[:—–,]\s*(?:nothing|the\s+(?:bare\s+)?minimum|very\s+little)\b`,
      String.raw`\bsome\s+(?:people|folks|colleagues|teams)\s*,?\s+(?:apparently|evidently|it\s+seems)\s*,?\s+(?:do\s+not|don['’]t|did\s+not|didn['’]t|never)\s+(?:read|learn|listen|check|follow)\b`,
      // "… which is, to say the least, surprising", "Some colleagues apparently consider that the change calendar applies to
      // others", "Tonya has now been 'almost done' with the backup job for three months", "Not sure what Faye was thinking",
      // "Not a coincidence.", "Prescribers keep sending malformed SIGs and then act surprised", "Dottie always says that.",
      // "Somebody's getting a talking-to".
      String.raw`{S}[^.;]{0,100}?,\s+which\s+is\s*,?\s+to\s+say\s+the\s+least\s*,?\s+(?:surprising|worrying|concerning|disappointing|astonishing|embarrassing|unexpected)\b`,
      String.raw`\bsome\s+(?:people|folks|colleagues|teams|of\s+us)\s*,?\s+(?:apparently|evidently|it\s+seems)\s*,?\s+(?:consider|think|believe|feel)\b[^.;]{1,80}?\b(?:others|other\s+people|everyone\s+else|optional|a\s+suggestion)\b`,
      String.raw`{S}\s+(?:has|have)\s+(?:now\s+)?been\s+["“](?:almost|nearly|basically|just\s+about|ninety\s+percent)\s+(?:done|finished|there|ready)["”]`,
      String.raw`\b(?:not\s+sure|no\s+idea|I\s+don['’]t\s+know|who\s+knows)\s+what\s+{S}\s+(?:was|were)\s+thinking\b`,
      String.raw`(?:^|[.!]\s+)\W*(?:(?:that['’]s|this\s+is|it['’]s)\s+)?(?:not\s+a|no)\s+coincidence\s*[.!"”]*\s*$`,
      String.raw`\b(?:keep|keeps)\s+\p{L}{3,}ing\b[^.;]{0,60}?\s+and\s+then\s+(?:act|acts|seem|seems)\s+(?:surprised|shocked|confused)\b`,
      String.raw`{S}\s+(?:always|invariably)\s+says\s+(?:that|so)\s*[.!"”]*\s*$|\b(?:somebody|someone)['’]s\s+(?:getting|going\s+to\s+get|in\s+for)\s+(?:a\s+)?(?:talking[-\s]?to|earful|telling-?off|dressing-?down)\b|\b(?:needs|deserves)\s+(?:a\s+)?(?:talking[-\s]?to|telling-?off|earful|dressing-?down)\b`,
    ],
    cue: [
      String.raw`\bbut\b`,
      String.raw`\b(?:make|draw|saying|knows?|leave|say|said|mean|here\s+we\s+are|got\s+us|paid|guess|mirror|reader|readers|sink|shows|thing|questions|nothing|tells?|wisdom|answer|given|surprise|surprised)\b`,
      String.raw`\bso-called\b|[\"“]`,
      String.raw`[\"“]`,
      String.raw`[\"“]`,
      String.raw`[\"“]`,
      String.raw`\blet['’]s\b`,
      String.raw`\ball\b`,
      String.raw`\b(?:apparently|evidently|obviously|clearly|seemingly)\b`,
      String.raw`\b(?:apparently|evidently|obviously|clearly|seemingly)\b`,
      String.raw`\b(?:other\s+people|everyone\s+else|beneath|someone\s+else|suggestion|optional)\b`,
      String.raw`\bwhat\s+(?:happens|you\s+get)\b`,
      String.raw`\b(?:job|work|going|call|move|one|stuff|done|congrat\w*|kudos|bravo|props|hats|of|shout-?out)\b`,
      String.raw`[\"“]|\blgtm\b`,
      String.raw`\b(?:predictably|inevitably|unsurprisingly|of\s+course|naturally)\b`,
      String.raw`\banother\b`,
      String.raw`\bthanks\s+to\b`,
      String.raw`[\"“]`,
      String.raw`[\"“]`,
      String.raw`[\"“]`,
      String.raw`[\"“]`,
      String.raw`\bit\s+was\b`,
      String.raw`\bnot\s+(?:someone|somebody|the)\b`,
      String.raw`\bnot\b`,
      String.raw`\b(?:last|only)\s+(?:person|one|engineer|people)\b`,
      String.raw`\b(?:formalit(?:y|ies)|optional|suggestions?|playgrounds?|sandbox(?:es)?|toys?|decorations?|afterthoughts?|paperwork|box-ticking|nice-to-haves?)\b`,
      String.raw`\bevidence\b`,
      String.raw`\bthanks\b`,
      String.raw`\bexplain\b`,
      String.raw`\bspeaks\s+for\s+itself\b`,
      String.raw`\bsame\b`,
      String.raw`\bcoincidence\b`,
      String.raw`\b(?:noting|mentioning|notable|interesting|telling)\b`,
      String.raw`\bexplains\b`,
      String.raw`\bit\s+was\b`,
      String.raw`\b(?:turns\s+out|apparently|of\s+course|naturally|as\s+usual)\s*[.!]*$`,
      String.raw`\b(?:pattern|typical)\b`,
      String.raw`\b(?:catchphrase|motto|signature|speciality|specialty|trademark)\b`,
      String.raw`\b(?:fine|job|designed|speaks|coincidence|expect)\b`,
      String.raw`\bname\s+(?:on|in)\b`,
      String.raw`\bnot\s+to\s+(?:notice|see|point|remark)\b`,
      String.raw`\bloose\b`,
      String.raw`\b(?:conclusions?|dots|math|who)\b`,
      String.raw`\bcoincidence\b`,
      String.raw`\bspeaks\s+for\s+itself\b`,
      String.raw`\bwhy\b`,
      String.raw`\bmiracle\b`,
      String.raw`\b(?:still|yet|nevertheless|anyway|regardless)\b`,
      String.raw`\banything\s+(?:other|but|less)\b`,
      String.raw`[\"“]`,
      String.raw`\bcan\s+say\b`,
      String.raw`\bavoid\s+the\s+conclusion\b`,
      String.raw`\bonly\s+(?:thing|variable|difference)\b`,
      String.raw`\b(?:scrutiny|stand\s+up|hold\s+up|square|add\s+up)\b`,
      String.raw`\b(?:twice|times|repeatedly|more\s+than\s+once)\b`,
      String.raw`\bdecided\s*,`,
      String.raw`\bexception\b`,
      String.raw`\bthis\s+means\s+you\b`,
      String.raw`\bwhat\s+(?:he|she|they)\s+did\b`,
      String.raw`\bever\b`,
      String.raw`\bidea\s+of\b`,
      String.raw`\bbless\b`,
      String.raw`\b(?:evidently|apparently|clearly|obviously)\b`,
      String.raw`\b(?:belonged|belongs)\s+to\b`,
      String.raw`\b(?:overruled|ignored|dismissed|brushed)\b`,
      String.raw`\bsame\s+name\b`,
      String.raw`\bas\s+(?:always|ever|usual)\b`,
      String.raw`\bwas\s+(?:that|this|it)\s+you\b`,
      String.raw`\bsurprise\b`,
      String.raw`\bconclusion\b`,
      String.raw`\b(?:known|famous|notorious)\b`,
      String.raw`\b(?:pattern|habit|history|track\s+record)\s+of\b`,
      String.raw`\bhaving\s+been\b`,
      String.raw`\bsay\b`,
      String.raw`\bhow\b`,
      String.raw`\btalk\s+about\b|\b(?:his|her)\s+(?:second|third|fourth|fifth|sixth|\d+(?:st|nd|rd|th))\b`,
      String.raw`\b(?:says|said|claims|claimed|insists|insisted)\b`,
      String.raw`\bkeep\s+giving\b`,
      String.raw`\bnever\b`,
      String.raw`\bexactly\s+what\b`,
      String.raw`\bknew\b`,
      String.raw`\bwho\s+(?:was|had)\b`,
      String.raw`\bexactly\s+what\b`,
      String.raw`\b(?:quietly|silently|secretly)\b`,
      String.raw`\b(?:breaks|broke)\s+it\b`,
      String.raw`\bstill\b`,
      String.raw`\ball\s+over\b`,
      String.raw`\bsome\s+of\s+us\b`,
      String.raw`\bconclusions?\b`,
      String.raw`\blet\b`,
      String.raw`\b(?:noted|recorded|minuted)\b`,
      String.raw`\btime\b`,
      String.raw`\bnot\s+(?:everyone|everybody|all)\b`,
      String.raw`\byou['’]d\s+(?:think|have|hope)\b`,
      String.raw`\bidea\s+of\b`,
      String.raw`["“]|\(\s*(?:translation|read|i\.e\.|meaning)\s*:`,
      String.raw`\b(?:again|usual|always)\b`,
      String.raw`\brespect\b`,
      String.raw`\bhow\b`,
      String.raw`\b(?:politely|charitably|kindly|generously|diplomatically)\b`,
      String.raw`\balways\b`,
      String.raw`\bsome\b`,
      String.raw`\bto\s+say\s+the\s+least\b`,
      String.raw`\bsome\b`,
      String.raw`["“]`,
      String.raw`\bthinking\b`,
      String.raw`\bcoincidence\b`,
      String.raw`\bthen\s+(?:act|acts|seem|seems)\b`,
      String.raw`\bsays\s+(?:that|so)\b|\b(?:somebody|someone)['’]s\b|\b(?:needs|deserves)\b`,
    ],
    actors: PEOPLE_OR_NAMES,
    note: 'Sarcasm, scare quotes and hints ("make of that what you will") point at a person without saying what the system lacked; say it plainly and about the system.',
    examples: ['Our so-called DNS expert pointed the record at a dead balancer.', "I won't say who, but someone shipped a debug build.", 'The script was last touched by @femi; make of that what you will.'],
  },
  {
    id: 'recurrence-jibe-other-languages',
    category: 'judgment-of-people',
    // "Das war doch wieder das Infra-Team", "c'est encore l'équipe réseau qui …", "otra vez fue el equipo de datos quien …".
    pattern: String.raw`\b(?:das|es)\s+war(?:en)?\s+(?:doch\s+|ja\s+|natürlich\s+)?(?:schon\s+|mal\s+)?wieder\s+{O}(?=\s*[.!?…]|\s*$)|\bc['’](?:est|était)\s+(?:encore|de\s+nouveau|une\s+fois\s+de\s+plus)\s+(?:l['’]|le\s+|la\s+|les\s+)?{O}\s+qui\b|\botra\s+vez\s+(?:fue|es|era)\s+{O}\s+(?:quien|quienes|el\s+que|la\s+que|los\s+que)\b`,
    actors: PEOPLE_OR_NAMES,
    note: 'Pointing out that the same person did it again sneers at them; describe what keeps making the mistake easy.',
    examples: ['Wer hat die Firewall-Regeln geändert? Das war doch wieder das Infra-Team.', "C'est encore l'équipe réseau qui a changé la règle sans prévenir."],
  },
  {
    id: 'recurrence-jibe',
    category: 'judgment-of-people',
    pattern: [
      // "Tomasz again.", "Matthias again, of course."
      String.raw`^\W*{S}\s+(?:again|yet\s+again|once\s+more|strikes\s+again)\s*(?:,\s*(?:of\s+course|naturally|as\s+usual|obviously|predictably))?\s*[.!…]*$`,
      String.raw`["“][^"”]{1,25}["”]\s+strikes\s+again\b|{S}\s+strikes\s+again\b`,
      // "One more Thursday, one more Lee rollback".
      String.raw`\b(?:one\s+more|another|yet\s+another)\s+(?:[\w-]+\s+){0,2}?[\w-]+\s*,\s*(?:one\s+more|another|yet\s+another)\s+{S}\s+(?:rollback|outage|incident|revert|hotfix|page|mess|special|deploy|fire|cleanup|mistake)\b`,
      // "One more Friday, one more hotfix by Nadia".
      String.raw`\b(?:one\s+more|another|yet\s+another)\s+(?:[\w-]+\s+){0,2}?[\w-]+\s*,\s*(?:one\s+more|another|yet\s+another)\s+(?:[\w-]+\s+)?(?:rollback|outage|incident|revert|hotfix|page|mess|deploy|fire|cleanup|mistake|change|release)\s+(?:by|from)\s+{O}`,
      // "Once again it was the Frankfurt NOC that missed the alarm".
      String.raw`(?:^|[,;:]\s*)\W*(?:once\s+again|yet\s+again|again|as\s+usual|as\s+always|as\s+so\s+often)\s*,?\s+it(?:\s+was|\s+is|['’]s)\s+{O}\s+(?:that|who)\s+(?:missed|broke|breaks|forgot|forgets|ignored|ignores|skipped|skips|dropped|deleted|pushed|deployed|merged|shipped|changed|caused|did\s*n['’]?t|did\s+not|never)\b`,
      // "Once again the data team pushed schema changes on a Friday", "true to form, nobody from storage showed up".
      String.raw`(?:^|[,;:]\s*)\W*(?:once\s+again|yet\s+again|again|as\s+usual|as\s+always|true\s+to\s+form|predictably|like\s+clockwork)\s*,?\s+{S}\s+(?:(?:did\s*n['’]?t|did\s+not|never)\s+\p{L}+|(?:pushed|deployed|merged|shipped|changed|edited|broke|forgot|skipped|ignored|missed|deleted|dropped|wiped|disabled|turned\s+off|released|rolled\s+out|bypassed|overrode)\b)`,
      // "Priya's team shipped it untested, as usual."
      String.raw`{S}{ADV}\s+${ACTION_PAST}(?:\s+[^\s.;]+){0,10}?\s*,\s*(?:as\s+usual|as\s+always|once\s+again|yet\s+again|true\s+to\s+form|predictably)\s*[.!]*$`,
      // "The DBA, true to form, vetoed the index", "the data centre team, as they so often do, treated our ticket as
      // low priority": a sneer set between the subject and what it did, unless what it did is praise.
      String.raw`{S}\s*[,—–]\s*(?:true\s+to\s+form|predictably|as\s+(?:they|he|she|it)\s+(?:so\s+)?(?:often|always|usually)\s+(?:do|does)|faithful\s+to\s+(?:its|his|her|their)\s+(?:habits?|traditions?|reputation)|in\s+(?:its|his|her|their)\s+(?:infinite|great|boundless)\s+wisdom)\s*[,—–]\s+(?!(?:was|were|is|are|stayed|kept\s+(?:calm|us)|helped|handled|coordinated|answered|responded|fixed|caught|spotted|noticed|delivered|stepped|came|jumped|had|got|found|restored|resolved|recovered|saved|flagged|raised|led|took\s+charge)\b)\p{L}+`,
      // "Another "improvement" from the automation group, another stopped line", "once again, facilities scheduled UPS
      // maintenance without checking".
      String.raw`\b(?:another|one\s+more)\s+["“]?[\w-]+["”]?\s+from\s+{O}\s*,\s*(?:another|one\s+more)\b|(?:^|[,;:]\s*)\W*(?:once\s+again|yet\s+again|as\s+usual|as\s+always)\s*,?\s+{S}\s+\p{L}+ed\b[^.;]{0,60}?\bwithout\s+(?:checking|asking|telling|testing|warning|consulting|notifying|reading)\b`,
      // "Naturally, Mr. Aoki handed the passwords to the interns, and naturally the configuration was overwritten".
      String.raw`(?:^|[,;:]\s*)\W*(?:once\s+again|yet\s+again|naturally|predictably|as\s+usual)\s*,?\s+{S}\s+[^.;]{3,100}?,?\s+and\s+(?:once\s+again|yet\s+again|naturally|predictably|as\s+usual|of\s+course)\b`,
      // "Not the first time the platform team breaks staging and calls it a small tweak."
      String.raw`\bnot\s+(?:for\s+)?the\s+first\s+time\s+(?:that\s+)?{S}\s+(?:has\s+|have\s+)?(?:breaks|broke|broken|takes|took|ran|runs|leaves|left|pushes|pushed|ships|shipped|skips|skipped|ignores|ignored|forgets|forgot|forgotten|deploys|deployed|merges|merged|deletes|deleted|drops|dropped|changes|changed)\b`,
      // "Once again it was facilities who unplugged the closet."
      String.raw`\b(?:once\s+again|yet\s+again|again|as\s+usual|as\s+always)\s*,?\s+it\s+was\s+{O}\s+(?:who|that)\b`,
      // "Tyrone broke prescribing again, can someone roll him back?"
      String.raw`{S}{ADV}\s+broke\s+(?!(?:the|prod|production|main|master|staging|build|builds|ci)\b)[\w-]+(?:\s+[\w-]+)?\s+again\b`,
      // "This is the third time this term Craig has restarted the print servers".
      String.raw`\b(?:this|that|it)(?:\s+is|\s+was|['’]s)\s+(?:now\s+)?the\s+(?:second|third|fourth|fifth|sixth|umpteenth|nth|\d+(?:st|nd|rd|th))\s+time\s+(?:(?:this|in|since|over)\s+(?:[\w-]+\s+){1,2}?)?(?:that\s+)?{S}\s+(?:has|have|had)\s+(?:\p{L}+ly\s+)?${ACTION_PAST}`,
      // "Niamh's after deleting the donation page again" (Irish English: has just done it).
      String.raw`{P}\s+after\s+\p{L}{3,}ing\b[^.;"”]{0,60}?\bagain\b`,
      // "Like clockwork, the night pharmacist restarts the printer by yanking the cord and corrupts the queue", "clicked right
      // through the warning, like they always do".
      String.raw`^\W*(?:like\s+clockwork|as\s+(?:usual|always)|true\s+to\s+form|predictably)\s*,\s+{S}\s+\p{L}+s\b[^.;]{0,80}?\b(?:and|which)\s+(?:\p{L}+s\s+)?(?:corrupts|breaks|kills|wipes|crashes|jams|takes\s+down)\b`,
      String.raw`{S}{ADV}\s+${ACTION_PAST}(?:\s+[^\s.;]+){0,10}?\s*,\s*(?:like|as)\s+(?:they|he|she)\s+always\s+(?:do|does|did)\b`,
      // "The vendor's support desk once more treated a P1 as a ticket they'd get round to eventually."
      String.raw`{S}\s+(?:once\s+more|once\s+again|yet\s+again|again|as\s+usual)\s+treated\s+[^.;]{1,60}?\s+as\s+(?:a|an|something)\b`,
    ],
    cue: [
      String.raw`\b(?:again|once\s+more)\b`,
      String.raw`\bstrikes\s+again\b`,
      String.raw`\b(?:one\s+more|another)\b`,
      String.raw`\b(?:one\s+more|another)\b`,
      String.raw`\b(?:again|usual|always|often)\b[^.;]*\bit(?:\s+was|\s+is|['’]s)\b`,
      String.raw`\b(?:again|usual|always|true\s+to\s+form|predictably|clockwork)\b`,
      String.raw`,\s*(?:as\s+usual|as\s+always|once\s+again|yet\s+again|true\s+to\s+form|predictably)\s*[.!]*$`,
      String.raw`\b(?:form|predictably|often|always|usually|faithful|wisdom)\b`,
      String.raw`\b(?:another|one\s+more|again|usual|always)\b`,
      String.raw`\b(?:again|naturally|predictably|usual|course)\b[^;]*\band\s+(?:once|yet|naturally|predictably|as|of)\b`,
      String.raw`\bfirst\s+time\b`,
      String.raw`\bit\s+was\b`,
      String.raw`\bagain\b`,
      String.raw`\btime\b`,
      String.raw`\bafter\b[^.;]*\bagain\b`,
      String.raw`\b(?:clockwork|usual|always|form|predictably)\b`,
      String.raw`\balways\s+(?:do|does|did)\b`,
      String.raw`\btreated\b`,
    ],
    actors: [...PEOPLE, 'nobody'],
    note: 'Pointing out that the same person did it again sneers at them; describe what keeps making the mistake easy.',
    examples: ['@tomasz again.', 'Once again the data team pushed schema changes on a Friday.'],
  },
  {
    id: 'track-record-or-concealment',
    category: 'blame-attribution',
    pattern: [
      // "Yusuf has been behind four outages this quarter".
      String.raw`{S}{ADV}\s+(?:has|have)\s+(?:now\s+)?been\s+(?:behind|responsible\s+for|the\s+cause\s+of|at\s+the\s+root\s+of)\s+(?:\w+\s+)?(?:\d+|two|three|four|five|six|several|many|multiple|a\s+string\s+of|a\s+series\s+of)\s+(?:[\w-]+\s+)?(?:outages|incidents|sev-?\d+s?|p\d+s|failures|breakages|rollbacks|pages)\b`,
      // "Lena's team is always the one breaking staging".
      String.raw`{S}{ADV}\s+(?:is|are|was|were)\s+(?:always|forever|once\s+again|again)\s+the\s+(?:one|ones|team|person|people)\s+(?:who\s+(?:breaks?|broke|causes?|caused)|breaking|causing|that\s+breaks)\b`,
      // "Ravi kept the data leak to himself until Monday".
      String.raw`{S}{ADV}\s+kept\s+(?:the\s+|this\s+|that\s+|it\s+|an?\s+)?(?:[\w-]+\s+){0,3}?to\s+(?:himself|herself|themselves|themself)\b`,
      // "Pavel has now taken the DMS down twice this quarter".
      String.raw`{S}{ADV}\s+(?:has|have)\s+(?:now\s+)?(?:taken|brought|knocked|broken|crashed|wiped|deleted|corrupted)\b[^.;]{0,40}?\b(?:twice|three\s+times|four\s+times|\d+\s+times|again)\s+(?:this|in\s+(?:the\s+)?(?:last|past|same)|since|in\s+(?:one|a\s+single))\b`,
      // "Nate's history with the e-discovery platform is, by now, fairly well documented."
      String.raw`{P}\s+(?:[\w-]+\s+)?(?:history|track\s+record|record|reputation)\s+(?:with|on|around|in)\s+[^.;]{1,40}?\s+(?:is|was)\s*,?\s*(?:by\s+now\s*,?\s+)?(?:(?:fairly|very|pretty|quite|rather|already)\s+)?(?:(?:well|amply|thoroughly)\s+(?:documented|known|established)|legendary|no\s+secret|speaks\s+for\s+itself)\b`,
    ],
    cue: [
      String.raw`\bbeen\s+(?:behind|responsible|the\s+cause|at\s+the\s+root)\b`,
      String.raw`\b(?:always|forever|again)\s+the\b`,
      String.raw`\bto\s+(?:himself|herself|themselves|themself)\b`,
      String.raw`\b(?:twice|times|again)\b`,
      String.raw`\b(?:history|record|reputation)\b`,
    ],
    actors: PEOPLE,
    note: 'Counting a person\'s past incidents, or saying they hid one, turns the review into a verdict on them; describe what made the incidents possible and what would have brought the news out sooner.',
    examples: ['@yusuf has been behind four outages this quarter.', '@ravi kept the data leak to himself until Monday.', '@pavel has now taken the DMS down twice this quarter.', "Nate's history with the e-discovery platform is, by now, fairly well documented."],
  },
  {
    id: 'ironic-feat',
    category: 'judgment-of-people',
    pattern: [
      // "Marion certainly found a creative way to take down three airports at once", "the paralegals found a brand-new
      // way to misfile a closing binder": harm told as an achievement.
      String.raw`{S}{ADV}\s+(?:(?:certainly|somehow|really|truly|once\s+again|again)\s+)?(?:found|finds|has\s+found|have\s+found|discovered|invented|came\s+up\s+with)\s+(?:a|an|another|yet\s+another)\s+(?:brand[-\s]new|new|novel|creative|inventive|fresh|exciting|innovative|original|interesting|clever|ingenious|impressive)\s+way\s+to\s+(?:take\s+down|bring\s+down|knock\s+out|break|lose|delete|crash|corrupt|mess\s+up|screw\s+up|misconfigure|misfile|wipe|flood|leak|brick|kill|nuke|trash|overwrite)\b`,
      // "The new hire in crew control somehow managed to publish a draft roster to 340 crew."
      String.raw`{S}{ADV}\s+somehow\s+(?:managed|contrived)\s+to\s+(?:publish|delete|drop|take\s+down|bring\s+down|break|wipe|send|overwrite|lose|corrupt|crash|push|deploy|email|leak|expose|misfile|disable|kill|reboot|brick|truncate|flood|double-book|cancel)\b`,
    ],
    cue: [String.raw`\bway\s+to\b`, String.raw`\bsomehow\s+(?:managed|contrived)\b`],
    actors: PEOPLE,
    note: 'Telling a person\'s mistake as a feat ("found a creative way to take down three airports") is sarcasm aimed at them; say what made the action possible.',
    examples: ['@marion certainly found a creative way to take down three airports at once.', 'The new hire somehow managed to publish a draft roster to 340 crew.'],
  },
  {
    id: 'knowing-aside',
    category: 'judgment-of-people',
    pattern: [
      // "Everyone else saw the amber alarm except the person whose job it was to watch it."
      String.raw`\b(?:except|but|apart\s+from|other\s+than|save)\s+(?:for\s+)?the\s+(?:one\s+)?(?:person|people|engineer|operator|controller|officer|one|man|woman|guy|team)\s+whose\s+(?:actual\s+|only\s+|entire\s+|whole\s+)?(?:job|role|responsibility|task|duty)\s+it\s+(?:was|is)\b`,
      // "It will surprise nobody who has worked with the handling contractor that the tugs went to the wrong stand."
      String.raw`\b(?:will|would|should|can)\s+(?:surprise|shock|astonish)\s+(?:nobody|no\s+one|no-one|none\s+of\s+us|few\s+of\s+us)\s+who\s+(?:has|have|had)\s+(?:ever\s+)?(?:worked|dealt)\s+with\s+{O}`,
      // "We have, not for the first time, the weekend shift to thank for this."
      String.raw`\b(?:have|has|had)\s*,?\s+(?:(?:not\s+for\s+the\s+first\s+time|once\s+again|yet\s+again|again)\s*,?\s+)?{O}\s+to\s+thank\s+for\s+(?:this|that|the\s+(?:outage|incident|mess|downtime|breakage|disruption))\b`,
    ],
    cue: [String.raw`\bwhose\b`, String.raw`\bsurprise|shock|astonish`, String.raw`\bto\s+thank\s+for\b`],
    actors: PEOPLE,
    note: 'An aside that everyone knows who is at fault points at a person without saying what the system lacked; say it plainly and about the system.',
    examples: ['Everyone else in the ops room saw the alarm except the person whose job it was to watch it.', 'It will surprise nobody who has worked with the handling contractor that the bags went to the wrong belt.'],
  },
  {
    id: 'pointed-remark',
    category: 'judgment-of-people',
    pattern: [
      // "… restarted the head-end in the middle of a push without so much as glancing at the queue."
      String.raw`{S}\s+[^.;?]{0,100}?\bwithout\s+so\s+much\s+as\s+(?:a\s+)?(?:glanc\w*|look\w*|check\w*|read\w*|ask\w*|test\w*|word|thought)\b`,
      // "Customers who ignore three reminder letters can hardly complain when …"
      String.raw`\bcan\s+(?:hardly|scarcely)\s+complain\b`,
      // "Nobody who understood the meter firmware would have done what Craig did at 14:05."
      String.raw`\b(?:nobody|no\s+one|no-one)\s+who\s+[^.;]{1,60}?\s+would\s+have\s+done\s+what\s+{O}`,
      // "Nothing went wrong until Alex logged on."
      String.raw`\bnothing\s+(?:went|had\s+gone)\s+wrong\s+until\s+{S}\s+\p{L}+`,
      // "> "who restarted the MDM cluster mid-failover??" "Tariq. Who else.""
      String.raw`\bwho\s+else\s*[.!]`,
      // "We have, shall we say, a familiar name in the deploy log again."
      String.raw`\ba\s+(?:very\s+)?familiar\s+name\s+(?:in|on|at)\s+the\b`,
      // "Greg ran the script, saw the errors scroll past, and carried on regardless."
      String.raw`{S}\s+[^.;]{0,80}?\b(?:carried|pressed|ploughed|plowed|pushed|soldiered)\s+on\s+regardless\b`,
      // "It would be generous to describe the handover from Yusuf to the night shift as a handover."
      String.raw`\bit\s+would\s+be\s+(?:generous|charitable|kind|flattering|a\s+stretch)\s+to\s+(?:describe|call)\s+(?:(?:the|a)\s+[\w-]+\s+(?:from|by|of)\s+{O}|{P}\s+[\w-]+)`,
      // "Whoever approved the change at 4pm on results day has some explaining to do.", "| 16:48 | Yasmin approves her own change request (!) |"
      String.raw`(?:{S}|\bwhoever\b)[^.;|]{0,80}?\s+(?:has|have|will\s+have)\s+(?:some|a\s+lot\s+of|a\s+bit\s+of|serious)\s+explaining\s+to\s+do\b`,
      String.raw`{S}\s+(?:approves|approved|merges|merged|reviews|reviewed|signs\s+off|signed\s+off)\s+(?:on\s+)?(?:his|her|their)\s+own\s+(?:[\w-]+\s+){0,2}?(?:change|pr|pull\s+request|request|code|ticket|cr|work)\b[^|.;]{0,10}?\(\s*(?:!|\?!|!\?)\s*\)`,
    ],
    cue: [
      String.raw`\bso\s+much\s+as\b`,
      String.raw`\bcomplain\b`,
      String.raw`\bwould\s+have\s+done\s+what\b`,
      String.raw`\bnothing\s+(?:went|had\s+gone)\s+wrong\b`,
      String.raw`\bwho\s+else\b`,
      String.raw`\bfamiliar\s+name\b`,
      String.raw`\bregardless\b`,
      String.raw`\bwould\s+be\b`,
      String.raw`\bexplaining\s+to\s+do\b`,
      String.raw`\(\s*[!?]`,
    ],
    actors: PEOPLE,
    note: 'A pointed remark ("without so much as glancing", "who else.", "nothing went wrong until X logged on") judges a person without saying what the system lacked; say what made the action possible.',
    examples: ['He restarted the head-end in the middle of a firmware push without so much as glancing at the queue.', 'Nothing went wrong until @alex logged on.'],
  },
  {
    id: 'sarcastic-praise',
    category: 'judgment-of-people',
    pattern: [
      // "Nice of Infrastructure to join the bridge two hours in."
      String.raw`\b(?:nice|good|kind|decent|lovely|thoughtful|generous|big)\s+of\s+{O}\s+to\s+(?:actually\s+)?${ARRIVING}\b(?=[^.;]{0,50}?\b(?:\w+\s+(?:hours?|minutes?|mins?)\s+(?:in|late|later|after)|at\s+last|eventually|finally|late)\b)`,
      String.raw`\b(?:nice|good|kind|decent|lovely|thoughtful|generous|big)\s+of\s+{O}\s+to\s+(?:finally|eventually|at\s+last)\s+${ARRIVING}\b`,
      // "Great work from Network Services as usual, took down the radio backhaul", "Great job by the capacity planners, as usual".
      String.raw`\b(?:great|nice|good|fantastic|brilliant|excellent|stellar|amazing|superb|top|outstanding)\s+(?:work|job|effort|stuff|going|show)\s+(?:from|by)\s+{O}\s*,?\s+(?:as\s+(?:usual|always|ever)|again|once\s+again|yet\s+again)\b(?=[^.;]{0,80}?\b${HARM_DONE}\b)`,
      // "Another masterpiece from the billing integration team".
      String.raw`\banother\s+(?:masterpiece|triumph|classic|gem|winner|masterclass|banger|belter|beauty|stroke\s+of\s+genius)\s+(?:from|by|courtesy\s+of)\s+{O}`,
      // 'Apparently "I thought it was the test server" is an acceptable explanation around here now.'
      String.raw`\bis\s+(?:an?\s+)?(?:acceptable|valid|good\s+enough|perfectly\s+(?:good|acceptable|valid))\s+(?:explanation|excuse|answer|reason)\s+(?:around\s+here|these\s+days|in\s+this\s+team|now)\b`,
    ],
    cue: [String.raw`\bof\b[^.;]*\bto\b`, String.raw`\b(?:finally|eventually|at\s+last)\b`, String.raw`\b(?:usual|always|ever|again)\b`, String.raw`\banother\b`, String.raw`\b(?:explanation|excuse|answer|reason)\b`],
    actors: PEOPLE_OR_NAMES,
    note: 'Praise that means its opposite ("nice of them to join", "great work as usual") is sarcasm aimed at people; say what happened and what made it possible.',
    examples: ['Nice of the infrastructure team to join the bridge two hours in.', 'Great work from the network team as usual, took down the backhaul and went to lunch.', 'Another masterpiece from the billing team, right on schedule for month-end.'],
  },
  {
    id: 'insinuation-of-who',
    category: 'blame-attribution',
    pattern: [
      // "Funny how the pressure problems only ever start on the shifts Sara works."
      String.raw`\b(?:funny|strange|odd|curious|interesting)\s+how\b[^.;]{0,80}?\b(?:on|during|in)\s+the\s+(?:shifts?|nights?|weeks?|days?|rotas?|watches)\s+(?:that\s+|when\s+)?{S}\s+(?:works?|worked|is\s+on|was\s+on|covers?|covered|runs?|ran)\b`,
      // "We know who renamed the server and it won't happen again."
      String.raw`\b(?:we|I)\s+know\s+who\s+[^.;]{1,60}?\band\s+(?:it|that|this)\s+(?:won['’]t|will\s+not)\s+happen\s+again\b`,
    ],
    actors: PEOPLE,
    note: 'Hinting at who is behind the trouble blames them without saying so; describe what happened on those shifts and why.',
    examples: ['Funny how the pressure problems only ever start on the shifts Sara works.', 'We know who renamed the server and it won\'t happen again.'],
  },
];
