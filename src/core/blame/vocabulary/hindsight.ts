// Hindsight aimed at people: what someone should, could or would have done ("the security team should have known").
import type { BlameEntry } from '../types';
import { ACTION_PAST, ANYONE, PEOPLE, PEOPLE_OR_NAMES, SYSTEM_EXPLANATION } from './fragments';

export const HINDSIGHT: readonly BlameEntry[] = [
  {
    id: 'had-every-chance',
    category: 'hindsight',
    pattern: String.raw`{S}{ADV}\s+(?:had|was\s+given)\s+(?:every|plenty\s+of|ample|enough|more\s+than\s+enough)\s+(?:opportunity|opportunities|chance|chances|time|warning|warnings)\s+to\b|{S}{ADV}\s+(?:was|were)\s+in\s+(?:a|the\s+best)\s+position\s+to\s+(?:prevent|stop|catch|notice|avoid)\b`,
    actors: PEOPLE,
    note: '"They had every chance to…" is hindsight aimed at people; say what made the chance invisible at the time.',
    examples: ['Ops had every opportunity to scale the cluster before the sale.'],
  },
  {
    id: 'was-overlooked',
    category: 'hindsight',
    pattern: String.raw`\b(?:was|were|had\s+been|has\s+been|got|went)\s+(?:completely\s+|simply\s+|entirely\s+|somehow\s+)?overlooked\b`,
    note: '"Was overlooked" implies someone should have seen it; say what made it hard to see.',
    expected: 'was not caught',
    examples: ['The change to the forwarded header was overlooked.'],
  },
  {
    id: 'warned-before',
    category: 'hindsight',
    pattern: [
      String.raw`{S}{ADV}\s+(?:had\s+(?:already\s+|repeatedly\s+)?been|was\s+(?:already|repeatedly)|were\s+(?:already|repeatedly))\s+(?:told|warned|reminded)\b`,
      String.raw`{S}{ADV}\s+(?:was|were|had\s+been)\s+(?:explicitly\s+|clearly\s+|specifically\s+)?(?:told|asked|warned)\s+not\s+to\b`,
      String.raw`{S}{ADV}\s+(?:was|were|had\s+been|has\s+been)\s+(?:already\s+|repeatedly\s+|explicitly\s+|clearly\s+)?(?:warned|told)\s+(?:about|of)\s+(?:this|that|exactly\s+this|the\s+(?:exact|same|very))\b`,
      String.raw`{S}{ADV}\s+went\s+ahead\b[^.;]{0,60}?\b(?:even\s+though|although|despite|regardless)\b`,
      String.raw`\bdespite\s+(?:(?:the|all\s+the|repeated|several|multiple|many|clear|explicit|our|his|her|their)\s+)*(?:warnings|reminders|being\s+(?:told|warned|reminded|asked))\b|\bwent\s+ahead\s+(?:and\s+(?:\S+\s+){1,4}?)?anyway\b|\b(?:merged|deployed|pushed|shipped|released|proceeded|approved|promoted|ran|applied|executed|continued|went)\s+(?:\S+\s+){0,3}?anyway\b|\bdid\s+(?:it|so|that|this)\s+anyway\b|\bwhich\s+the\s+(?:runbook|docs|documentation|process|checklist|policy|guide)\s+(?:clearly|explicitly|plainly)\s+(?:requires|says|states|documents|mentions|forbids)\b|\bit['’]s\s+(?:right\s+there\s+)?in\s+the\s+(?:docs|runbook|documentation|readme|wiki)\b`,
      // "Luca was warned in the previous postmortem and did exactly the same thing again".
      String.raw`{S}{ADV}\s+(?:was|were|had\s+been|has\s+been)\s+warned\b[^.;]{0,60}?\b(?:and|but)\s+(?:still\s+|then\s+)?(?:did|made|went|ran|deployed|pushed|merged|shipped)\b`,
      // "Mr. Goto elected to keep the line running despite the amber warning lamp".
      String.raw`{S}{ADV}\s+(?:elected|chose|decided|opted)\s+to\s+(?:keep|continue|carry\s+on|proceed|press\s+on|push\s+on|go\s+ahead)\b[^.;]{0,60}?\b(?:despite|in\s+spite\s+of|regardless\s+of|ignoring)\s+(?:the\s+|a\s+|an\s+)?(?:[\w-]+\s+){0,2}?(?:warnings?|alarms?|alerts?|lamps?|lights?|indicators?|errors?|objections?)\b`,
      // "Were our engineers as diligent as our line operators, this report would not be necessary".
      String.raw`(?:^|[;:]\s*)\W*were\s+{S}\s+(?:as|more|half\s+as)\s+(?:diligent|careful|attentive|competent|thorough|disciplined|conscientious|vigilant|professional)\b`,
      // "Wei Ling deploys v2.3.1 despite the failing smoke test".
      String.raw`{S}{ADV}\s+(?:deploys?|deployed|merges?|merged|ships?|shipped|pushes|pushed|releases?|released|promotes?|promoted)\b[^;|]{0,40}?\bdespite\s+(?:the\s+|a\s+)?(?:failing|failed|red|broken)\s+(?:[\w-]+\s+){0,2}?(?:tests?|checks?|builds?|pipelines?|ci)\b`,
      // "The lecturer in question was told twice that the exam paper must not be uploaded".
      String.raw`{S}{ADV}\s+(?:in\s+question\s+)?(?:was|were|had\s+been|has\s+been)\s+(?:told|warned|reminded|asked)\s+(?:twice|three\s+times|repeatedly|several\s+times|more\s+than\s+once|on\s+(?:two|three|several|multiple)\s+occasions)\b`,
      // "Oleg, who owns that file and has been told repeatedly to run the linter, pushed it straight to prod".
      // "Who" says it is a person, named or not.
      String.raw`,\s+who\s+(?:[^,.;]{0,60}?\s+and\s+)?(?:has|have|had)\s+(?:already\s+)?been\s+(?:told|warned|reminded|asked)\s+(?:repeatedly|twice|several\s+times|more\s+than\s+once|multiple\s+times|many\s+times|again\s+and\s+again)\b`,
      // "Mabel was asked to test the firmware at one store first, and instead she rolled it to all nine."
      String.raw`{S}{ADV}\s+(?:was|were|had\s+been)\s+(?:asked|told|instructed)\s+to\s+[^.;]{1,80}?,?\s+(?:and|but)\s+instead\s+(?:she|he|they)\s+${ACTION_PAST}`,
    ],
    actors: PEOPLE,
    // "Leo had been told the runbook was current": told something reassuring that was wrong, not warned.
    notFollowedBy: String.raw`\s+(?:that\s+)?(?:the|it|this|everything|all|they)\b[^.;]{0,40}?\s+(?:was|were|is|are|would\s+be)\s+(?:\w+\s+)?(?:current|fine|safe|ok|okay|correct|accurate|up[- ]to[- ]date|valid|ready|done|complete|stable|supported|harmless|reversible)\b`,
    note: '"They had been warned" is hindsight aimed at people; ask why the warning did not change the plan.',
    examples: ['Ben had already been told not to deploy during the freeze.', 'Despite repeated warnings, the job was left running.'],
  },
  {
    id: 'supposed-to',
    category: 'hindsight',
    pattern: String.raw`{S}{ADV}\s+(?:was|were)\s+(?:supposed|expected|meant)\s+to\s+(?:be\s+(?:watching|monitoring|on\s+call|on\s+top\s+of)|check|test|verify|review|monitor|watch|follow|update|notify|tell|inform|escalate|respond|hand\s+over|renew|rotate|confirm|validate|read|look|page|alert|double-check|run\s+the\s+tests?)\b`,
    actors: PEOPLE,
    note: 'Saying a person was supposed to do something is hindsight; ask what would have reminded or prompted them.',
    examples: ['Kim was supposed to rotate the keys last month.'],
  },
  {
    id: 'should-have-known',
    category: 'hindsight',
    pattern: String.raw`{S}{ADV}\s+(?:should|ought\s+to)(?:\s+(?:really|definitely|probably|obviously|clearly|simply|just|also))?(?:\s+have|['’]ve)\s+known(?!\s+better)\b`,
    actors: PEOPLE_OR_NAMES,
    note: '"Should have known" assumes the information was there to know; say how it could have reached them.',
    expected: 'nothing told $<subject>',
    examples: ['The security team should have known about the upgrade.'],
  },
  {
    id: 'should-have-other-languages',
    category: 'hindsight',
    // "Elle aurait dû vérifier les logs", "Marc n'aurait pas dû redémarrer", "Ana debería haber revisado", "er hätte
    // die Logs prüfen sollen": the same hindsight in French, Spanish and German, said of a person (a pronoun or a name;
    // German capitalises every noun, so there only a pronoun, "Herr"/"Frau" and a name, or a colleague's role).
    pattern: [
      String.raw`{S}\s+(?:n['’])?aurai(?:t|ent)\s+(?:pas\s+|vraiment\s+|simplement\s+)?dû\s+\p{L}{3,}`,
      String.raw`{S}\s+(?:no\s+)?(?:debería|deberían|debió|debieron|tendría|tendrían)\s+(?:que\s+)?haber\s+\p{L}{3,}`,
      // Swedish, Dutch and Italian: "Driftteamet borde ha upptäckt felet", "de beheerder had moeten ingrijpen", "l'operatore
      // avrebbe dovuto verificare".
      String.raw`{S}\s+borde\s+ha\s+\p{L}{3,}|{S}\s+had\s+(?:\p{L}+\s+){0,3}?moeten\s+\p{L}{3,}|{S}\s+avrebbe(?:ro)?\s+dovuto\s+\p{L}{3,}`,
      // "… als de dienstdoende arts beter had opgelet", "om de hade gjort sitt jobb ordentligt".
      String.raw`\bals\s+(?:de\s+|het\s+)?(?:\p{L}+\s+){0,2}?\p{L}+\s+(?:beter\s+)?had\s+(?:opgelet|opgepast|gecontroleerd|gekeken)\b|\bom\s+(?:de|han|hon)\s+hade\s+gjort\s+sitt\s+jobb\b`,
      // "Se o Rafael tivesse seguido o checklist …", "Si Ana hubiera revisado …", "Si Marc avait vérifié …".
      String.raw`\b(?:se|si)\s+(?:o\s+|a\s+|el\s+|la\s+)?{S}\s+(?:tivesse|houvesse|hubiera|hubiese|avait)\s+(?:\p{L}+\s+)?\p{L}{3,}`,
      String.raw`(?:^|[,;:(]\s*|\b(?:dass|aber|und|denn)\s+)(?:er|sie|(?:herr|frau)\s+\p{L}+|(?:der|die)\s+(?:kollegin|kollege|admin|administratorin|administrator|entwicklerin|entwickler|technikerin|techniker|mitarbeiterin|mitarbeiter|bereitschaft))\s+hätte\s+(?:[^\s.;,]+\s+){1,8}?(?:sollen|müssen)\b`,
    ],
    actors: PEOPLE_OR_NAMES,
    note: '"Should have" judges a past decision with knowledge nobody had at the time; say what was missing then.',
    examples: ['Se o Rafael tivesse seguido o checklist de migração, o incidente não teria acontecido.', 'Elle aurait dû vérifier les logs avant de redémarrer le service.', 'Pedro debería haber revisado el cambio antes de desplegarlo.', 'Er hätte die Logs vorher prüfen sollen.'],
  },
  {
    id: 'should-have',
    category: 'hindsight',
    pattern: String.raw`{S}{ADV}\s+(?:should|shoulda|ought\s+to)(?:\s+(?:really|definitely|probably|obviously|clearly|simply|just|also|at\s+least)){0,2}(?:\s+(?:have|of)|['’]ve)\s+(?:(?:really|definitely|probably|just|also|simply|at\s+least|first)\s+)?(?:double[- ]?)?{VBN}`,
    actors: PEOPLE_OR_NAMES,
    note: '"Should have" judges a past decision with knowledge nobody had at the time; say what was missing then.',
    examples: ['The payments team should have tested the currency change.', '@bob should have posted in #questions instead.', 'The developer should have written tests for the edge case.'],
  },
  {
    id: 'should-not-have',
    category: 'hindsight',
    pattern: [
      String.raw`{S}{ADV}\s+(?:should\s*n['’]?t|should\s+not|should\s+never)\s+(?:have|['’]ve)\s+{VBN}`,
      String.raw`{S}{ADV}\s+(?:should\s*n['’]?t|should\s+not|should\s+never)\s+have\s+(?:been\s+(?:given|allowed|trusted|let|put|left|on[- ]call|in\s+charge)|had\s+(?:\w+\s+)?access)\b`,
    ],
    actors: PEOPLE_OR_NAMES,
    note: '"Should not have" judges a past decision with hindsight; explain why the decision made sense at the time.',
    examples: ["Tara shouldn't have restarted the primary.", 'Theo should never have been given production access.'],
  },
  {
    id: 'could-have-prevented',
    category: 'hindsight',
    // "A second administrator could have caught this sooner", "another reviewer might have noticed": someone who was not
    // there, a safeguard the process lacked, not a person who failed.
    pattern: String.raw`(?!(?:(?:and|but|or)\s+)?(?:(?:a|one)\s+)?(?:second|third|another|additional|extra)\b){S}{ADV}\s+(?:could|might)(?:\s+(?:easily\s+)?have|['’]ve)\s+(?:easily\s+)?(?:prevented|avoided|caught|noticed|stopped|spotted|seen|known|checked|tested|asked|escalated|warned|told|mentioned|flagged)\b`,
    actors: PEOPLE_OR_NAMES,
    notPrecededBy: String.raw`\b(?:second|third|another|additional|extra)\s+`,
    note: 'Saying a person could have prevented it is hindsight that blames them; describe what would have made it visible.',
    examples: ['Jordan could have prevented this with one query.'],
  },
  {
    id: 'should-have-been-caught',
    category: 'hindsight',
    pattern: String.raw`\b(?:should|ought\s+to)\s+(?:(?:easily|really|definitely|obviously|clearly)\s+)?have\s+been\s+(?:(?:easily|really|clearly|quickly|immediately)\s+)?(?:caught|noticed|spotted|seen|known|obvious|foreseen|anticipated)\b|\bshould\s+have\s+been\s+(?:done|caught|prevented|noticed|handled)\s+by\s+(?:whoever|whomever|the\s+(?:person|engineer|developer|author|team)\s+who)\b`,
    notFollowedBy: String.raw`\s+(?:by|with|through|via|using)\s+(?:(?:the|our|an?|any)\s+)?(?:[\w-]+\s+)?(?:tests?|monitoring|alerts?|alerting|ci|pipeline|linter|checks?|automation|tooling|canary|probes?|validation|dashboards?|scanner|system|job|suite|presubmits?)\b`,
    note: '"Should have been caught" implies someone failed to catch it; say what check did not exist.',
    examples: ['This should have been caught in review.', 'It should have been obvious from the graphs.'],
  },
  {
    id: 'should-have-been-careful',
    category: 'hindsight',
    pattern: String.raw`{S}{ADV}\s+(?:should|could|ought\s+to)\s+have\s+been\s+(?:more\s+|a\s+lot\s+more\s+|much\s+more\s+)?(?:careful|aware|vigilant|attentive|diligent|cautious|thorough|proactive|paying\s+attention|watching|on\s+top\s+of)\b|{S}{ADV}\s+could\s+have\s+(?:spared|saved|prevented|avoided)\b[^.;]{1,80}?\b(?:simply|just)\s+by\s+\p{L}+ing\b`,
    actors: ANYONE,
    note: 'Saying people should have been more careful asks for vigilance instead of a safeguard.',
    examples: ['The reviewers should have been more careful.'],
  },
  {
    id: 'if-only-they-had',
    category: 'hindsight',
    pattern: String.raw`\bif\s+(?:only\s+)?{S}{ADV}\s+(?:had\s+(?:(?:just|only|simply|actually|bothered\s+to|taken\s+the\s+time\s+to)\s+)?{VBN}|(?:had\s+)?paid\s+(?:more\s+|closer\s+|any\s+)?attention|had\s+been\s+(?:more\s+)?(?:careful|paying\s+attention|attentive|vigilant|diligent|watching|awake|around|online)|(?:was|were)\s+more\s+(?:careful|attentive|vigilant|diligent)|(?:just|only|simply)\s+{VBN}|bothered\s+to|listened|read\s+the|followed\s+the|checked\s+the|tested\s+the|looked\s+at)`,
    actors: PEOPLE_OR_NAMES,
    note: 'A counterfactual about what people did ("if they had…") is hindsight; describe what the system lacked instead.',
    examples: ["This wouldn't have happened if people paid attention.", 'If the engineer had checked the host name, the primary would be intact.'],
  },
  {
    id: 'had-they',
    category: 'hindsight',
    // Also "Had the controller been paying attention, …".
    pattern: String.raw`(?:^|[,;(]\s*|\b(?:and|but|avoidable|preventable|prevented|avoided|different|fine|okay)\s+)had\s+{S}{ADV}\s+(?:(?:just|only|simply|actually)\s+)?(?:{VBN}|been\s+(?:paying\s+(?:more\s+|closer\s+|proper\s+)?attention|(?:more\s+)?(?:careful|attentive|vigilant|alert)|awake|watching|listening))`,
    actors: PEOPLE_OR_NAMES,
    note: 'A counterfactual about what people did ("had they…") is hindsight; describe what the system lacked instead.',
    examples: ['Had the on-call engineer read the runbook, the restore would have taken minutes.'],
  },
  {
    id: 'any-competent',
    category: 'hindsight',
    pattern: String.raw`\b(?:any|a\s+more|a|an|the)\s+(?:(?:reasonably|remotely|properly|suitably|sufficiently)\s+)?(?:competent|reasonable|experienced|careful|diligent|attentive|responsible|good|senior|seasoned|decent|half-?decent|half-?competent|conscientious|thorough|vigilant|observant|capable|qualified)\s+(?:engineer|developer|operator|admin|administrator|sre|dba|person|reviewer|team|officer|analyst|planner|controller|technician|clerk|colleague|employee|manager|lead|review|tester)(?:\s+in\s+[^.;,]{1,40}?\s+(?:position|shoes|place|role|seat)|\s+(?:from|by|on)\s+[^.;,]{1,40}?)?\s+would\s+have\b|\bobvious\s+to\s+(?:anyone|everyone|anybody|any\s+\w+)\b|\b(?:anyone|anybody|someone|somebody)\s+(?:competent|sensible|careful|experienced|reasonable|with\s+(?:any|half\s+a|(?:even\s+)?(?:basic|minimal|a\s+little|some))\s+(?:sense|brain|experience|clue|competence|knowledge|common\s+sense|attention))\s+would\b`,
    note: 'Comparing people with an imagined better engineer is hindsight and judgment at once.',
    examples: ['Any competent DBA would have noticed the replication lag.'],
  },
  {
    id: 'all-they-had-to-do',
    category: 'hindsight',
    pattern: [
      String.raw`\ball\s+(?:he|she|they|you|i|we|@?[\p{L}][\w.-]*)\s+(?:had|needed|would\s+have\s+had)\s+to\s+do\s+was\b`,
      // Not what a change spared people: "we performed shallow clones, meaning they only had to fetch the latest state".
      String.raw`(?<!\b(?:meaning|means|meant|so|that)\s+)(?!(?:meaning|means|meant|so|that)\s){S}\s+(?:simply|just|only|merely)\s+(?:had|needed)\s+to\b`,
    ],
    actors: PEOPLE,
    note: '"All they had to do was…" makes the right action look obvious in hindsight and the person look at fault.',
    examples: ['All Pedro had to do was run the dry-run first.'],
  },
  {
    id: 'rhetorical-question',
    category: 'hindsight',
    pattern: [
      String.raw`\bwhy\s+(?:did\s*n['’]?t|did\s+not|was\s*n['’]?t|were\s*n['’]?t|had\s*n['’]?t|would\s*n['’]?t|could\s*n['’]?t)\s+{O}`,
      String.raw`\bwhat\s+(?:was|were)\s+{O}\s+thinking\b`,
      String.raw`\bhow\s+(?:could|did|can|do|does|would)\s+{O}\s+(?:(?:not|possibly|ever)\s+)?(?:not\s+(?:notice|see|catch|check|test|realize|realise|know)|miss|forget|ignore|overlook|fail\s+to|let|skip|approve|merge)\b`,
    ],
    actors: PEOPLE,
    note: 'A rhetorical question about what a person did ("why didn\'t she roll back?") is hindsight and blame at once; ask what the situation looked like to her.',
    examples: ["Why didn't Bea roll back as soon as the errors started?", 'What was Lukas thinking, deploying on a holiday?', 'How could the reviewers not notice a 500-line deletion?'],
  },
  {
    id: 'neither-nor',
    category: 'hindsight',
    pattern: String.raw`\bneither\s+{O}\s+nor\s+\S+(?:\s+\S+){0,3}?\s+(?:noticed|checked|caught|tested|looked|reviewed|read|verified|responded|acted|escalated|followed|saw|bothered|realized|realised)\b`,
    actors: PEOPLE,
    note: '"Neither X nor Y checked" is hindsight aimed at two people; say what would have prompted the check.',
    examples: ['Neither Pieter nor @yli checked the backups.'],
  },
  {
    id: 'nobody-noticed',
    category: 'hindsight',
    pattern: String.raw`\b(?:no\s*one|nobody|none\s+of\s+(?:them|the\s+\w+))(?:\s+else)?(?:\s+(?:on|in|from|at)\s+(?:the\s+)?(?:[\w-]+\s+){0,2}?(?:team|squad|side|call|rotation|shift|department|org)|\s+from\s+(?:the\s+)?[\w-]+)?\s+(?:\p{L}+ly\s+)?(?:(?:seems?|seemed|bothers?|cares?)\s+to\s+(?:read|check|look\s+at|notice|review|test|follow\s+up)\b|noticed|checked|caught|spotted|tested|looked|bothered|followed\s+up|read|reviewed|responded|acted|thought\s+to|realized|realised|verified|cared|questioned|picked\s+up|saw|paid\s+(?:any\s+)?attention|showed\s+up|turned\s+up|joined|answered|helped|came)\b|\bnothing\s+was\s+done\b|\b(?:no\s*one|nobody)\s+did\s+anything\b`,
    notFollowedBy: SYSTEM_EXPLANATION,
    note: '"Nobody noticed" blames everyone at once with hindsight; say what signal was missing.',
    examples: ['Nobody noticed the lack of functional change.', 'Once the fix was known, nothing was done for two hours.'],
  },
  {
    id: 'needed-to-and-did-not',
    category: 'hindsight',
    pattern: [
      // "The contractor's crew needed only to call Ledningskollen before digging, and they didn't."
      String.raw`{S}\s+(?:only\s+)?(?:needed|had)\s+(?:only\s+|just\s+)?to\s+[^.;]{1,80}?,?\s+and\s+(?:they|he|she)\s+(?:did\s*n['’]?t|did\s+not|never\s+did)\b`,
      // "In hindsight, Tiina was the one who needed to stop the startup …"
      String.raw`{S}\s+(?:was|is)\s+the\s+(?:one|person|only\s+one)\s+who\s+(?:needed\s+to|had\s+to|was\s+supposed\s+to|ought\s+to|should\s+have)\b`,
      // "Lessons learned: Sinéad needed to confirm the backup job was green before decommissioning the old NAS."
      String.raw`{S}{ADV}\s+needed\s+to\s+(?:confirm|check|verify|make\s+sure|ensure|test|look|wait|ask|tell|read)\b[^.;,]{1,80}?\bbefore\s+\p{L}+ing\b`,
    ],
    actors: PEOPLE,
    note: 'Saying what one person needed to do, after the fact, is hindsight aimed at them; say what would have told them at the time.',
    examples: ['The contractor crew needed only to call the utility locator before digging, and they didn\'t.', 'In hindsight, Tina was the one who needed to stop the startup.', 'Sarah needed to confirm the backup job was green before decommissioning the old NAS.'],
  },
];
