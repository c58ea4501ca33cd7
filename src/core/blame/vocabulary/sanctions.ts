// Sanctions on a person after an incident: lost access, formal warnings, removal from a rota, HR told, remedial training.
import type { BlameEntry } from '../types';
import { PEOPLE, PEOPLE_OR_NAMES } from './fragments';

/**
 * What is done to a process, a pod or a query once found, never to a person: "the primary culprit was identified and
 * terminated" is about the workload that exhausted the node's file watches.
 */
const DONE_TO_A_PROCESS = String.raw`(?:terminated|killed|restarted|rebooted|evicted|drained|cordoned|deleted|stopped|disabled|reverted|rolled\s+back|patched|purged|shut\s+down|scaled\s+down|cleaned\s+up)\b`;

/** Rights a person can lose. */
const RIGHTS = String.raw`(?:access|right\s+to|rights|permissions?|privileges?|credentials|keys|role|shifts?|duties|duty|responsibilities|rota|on-?call)`;

/** Markers that a requirement is aimed at one person after the incident, not a rule for everyone. */
const AFTER_THE_INCIDENT = String.raw`(?:(?:he|she|they)\s+(?:makes?|does|ships?|deploys?|pushes|merges?|runs?)|as\s+a\s+(?:consequence|result)|(?:for|over)\s+the\s+next\s+(?:\w+\s+)?(?:weeks?|months?|quarter|sprints?)|until\s+further\s+notice|following\s+(?:this|the)\s+(?:incident|outage)|after\s+this\s+(?:incident|outage)|pending\s+(?:a\s+|the\s+)?review|from\s+now\s+on|going\s+forward)`;

/** A person's personnel file: "his personnel file", "her record". */
const PERSONNEL_FILE = String.raw`(?:his|her|their)\s+(?:personnel\s+|permanent\s+|hr\s+|employment\s+)?(?:file|record)\b`;

/** Taking someone off something, in any tense ("Remove Jorge from …", "Moved @ngozi_o off …"). */
const TAKE_OFF = String.raw`(?:remove|removing|removed|take|taking|took|pull|pulling|pulled|drop|dropping|dropped|bench|benching|benched|suspend|suspending|suspended|exclude|excluding|excluded|kick|kicking|kicked|strike|striking|struck|move|moving|moved)`;

/** Not when the reason is being away: "Remove Sam from the on-call rota while he is on parental leave". */
const NOT_AWAY = String.raw`(?![^.;]{0,60}\b(?:leave|vacation|holidays?|travel\w*|pto|sabbatical|parental|paternity|maternity|sick|ooo|out\s+of\s+(?:the\s+)?office)\b)`;

export const SANCTIONS: readonly BlameEntry[] = [
  {
    id: 'sanction-on-person',
    category: 'blame-attribution',
    pattern: [
      String.raw`{P}\s+(?:[\w-]+\s+){0,2}?${RIGHTS}(?:\s+(?:to|on|for)\s+[^.;]{1,50}?)?\s+(?:has|have|had|was|were|will|is|are)\s+(?:been\s+|be\s+|being\s+|now\s+)?(?:revoked|removed|suspended|pulled|withdrawn|restricted|taken\s+away|cut\s+off|downgraded|frozen)\b`,
      String.raw`{S}{ADV}\s+(?:has|have|had)\s+had\s+(?:his|her|their)\s+(?:[\w-]+\s+){0,2}?${RIGHTS}\s+(?:revoked|removed|suspended|pulled|taken\s+away|withdrawn|restricted|cut\s+off)\b`,
      // Losing access mid-incident is a fact of the timeline; having lost it, or losing it for a while, is a sanction.
      String.raw`{S}{ADV}\s+(?:(?:has|have)\s+lost|will\s+lose|loses)\s+(?:(?:his|her|their)\s+)?(?:[\w-]+\s+){0,2}?${RIGHTS}\b|{S}{ADV}\s+lost\s+(?:(?:his|her|their)\s+)?(?:[\w-]+\s+){0,2}?${RIGHTS}\b(?=[^.;]{0,40}\b(?:for\s+the\s+rest\s+of|for\s+(?:a|one|two|three|\d+)\s+(?:weeks?|months?)|until|pending|as\s+a\s+(?:result|consequence)|after\s+(?:this|the)\s+(?:incident|outage)))`,
      String.raw`{S}{ADV}\s+(?:will|shall|would)\s+no\s+longer\s+(?:have|get|hold|keep|be\s+(?:allowed|permitted|able)\s+to)\s+(?:[\w-]+\s+){0,2}?(?:${RIGHTS}|deploy|merge|push|approve|be\s+on)\b`,
      String.raw`{S}{ADV}\s+(?:received|receives|will\s+receive|is\s+(?:to|going\s+to)\s+receive|got|was\s+given|has\s+been\s+given|was\s+issued|has\s+been\s+issued|will\s+be\s+(?:given|issued)|gets|will\s+get|earned)\s+(?:a|an|his|her|their)\s+(?:first\s+|second\s+|final\s+)?(?:(?:formal|written|final|verbal|official|disciplinary)\s+){1,2}(?:warning|reprimand|caution|notice)\b`,
      String.raw`{S}{ADV}\s+(?:was|were|is|are|has\s+been|have\s+been|got|gets|will\s+be|is\s+being)\s+(?:(?:temporarily|permanently|indefinitely|formally|now)\s+)?(?:taken|removed|pulled|dropped|moved|stood\s+down|benched|kicked|struck|excluded|suspended|released|let\s+go)\s+(?:off|from|out\s+of)\s+(?:all\s+|any\s+)?(?:the\s+|his\s+|her\s+|their\s+|our\s+)?(?:[\w-]+\s+){0,3}?(?:rota|rotation|team|project|on-?call|roster|schedule|squad|pager\w*|contracts?|engagements?|accounts?|(?:approval|change-approval|approvers?|admin|release|dba|production|prod|privileged|sudo|root|deploy)\s+(?:group|list|board)|approvers?)\b`,
      String.raw`{S}{ADV}\s+(?:is|are|was|were|has\s+been|have\s+been|will\s+be)\s+(?:now\s+|hereby\s+)?(?:barred|banned|forbidden|prohibited|not\s+allowed|no\s+longer\s+allowed|no\s+longer\s+permitted|not\s+permitted)\s+(?:from|to)\b`,
      String.raw`{S}{ADV}\s+(?:has|have|had)\s+been\s+(?:told|asked|instructed|ordered)\s+to\s+(?:stay|keep)\s+(?:away|off|out)\b`,
      String.raw`{S}{ADV}\s+(?:has\s+been\s+|have\s+been\s+|was\s+|were\s+|is\s+|are\s+|will\s+be\s+|is\s+being\s+)(?:(?:put|placed)\s+)?on\s+(?:a\s+)?(?:performance\s+improvement\s+plan|pip|probation|final\s+warning)\b`,
      String.raw`{P}\s+(?:line\s+)?(?:manager|boss|supervisor|director)\s+(?:has|have|had|was|were)\s+(?:been\s+)?(?:informed|notified|told|looped\s+in|made\s+aware|contacted|alerted)\b`,
      String.raw`{S}{ADV}\s+(?:now\s+)?(?:needs?|requires?|will\s+need|will\s+require|must\s+(?:get|have))\s+(?:a\s+|an\s+)?(?:[\w-]+\s+){0,2}?(?:sign-?off|signatures?|approval|supervision|chaperone|buddy|senior|lead|manager)\b[^.;]{0,60}?\b${AFTER_THE_INCIDENT}`,
      String.raw`(?:action(?:\s+items?)?|follow-?ups?|todo|next\s+steps?|lessons?\s+learned|remediation)\s*:\s*{S}\s+(?:to|will|must|should|needs?\s+to)\s+(?:always\s+)?(?:double-check|check|test|verify|review|read|proofread|be\s+more\s+\w+|pay\s+(?:more\s+|closer\s+)?attention|slow\s+down|think\s+twice)\s+[^.;]{0,40}?\b(?:(?:his|her|their)\s+(?:own\s+)?\w+|in\s+(?:the\s+)?future|from\s+now\s+on|going\s+forward|next\s+time)\b`,
      String.raw`\b(?:don['’]t|do\s+not|never|we\s+won['’]t|we\s+will\s+not)\s+(?:ever\s+)?(?:let|allow)\s+(?!(?:anyone|anybody|someone|people|engineers|a\s+single)\b){O}\s+(?:anywhere\s+)?near\b|\b(?:don['’]t|do\s+not|never)\s+(?:again\s+)?give\s+(?!(?:anyone|anybody|someone|people|engineers|the\s+(?:bot|pipeline|job))\b){O}\s+(?:the\s+)?(?:[\w-]+\s+){0,2}?(?:access|keys|kubeconfig|credentials|root|admin|passwords?|rights|permissions)\b|\bkeep\s+(?!(?:anyone|anybody|someone|people|engineers)\b){O}\s+(?:well\s+)?(?:away|off)\s+from\b|\bwhoever\s+[^.;]{1,40}?\s+(?:is|be|are|gets?)\s+kept\s+(?:well\s+)?(?:away|clear)\s+from\b`,
      // Taking someone off a rota or an approvers' list, said as a decision or an action item ("Remove Jorge from the
      // on-call rotation").
      String.raw`\b${TAKE_OFF}\s+{O}\s+(?:off|from|out\s+of)\s+(?:the\s+|his\s+|her\s+|their\s+)?(?:[\w-]+\s+){0,3}?(?:rota|rotation|roster|on-?call|pager\w*|approvers?|deployers?|release\s+managers?|access\s+lists?|(?:deploy|deployment|release|admin|prod(?:uction)?)(?:-|\s+)(?:group|list)|(?:release|deploy|change|admin)[- ]managers?\s+(?:group|list)|(?:vendor|admin|prod(?:uction)?|vpn|remote|privileged)\s+access\s+list|[\x60'"]?[\w-]*(?:admin|prod|deploy|release|root|sudo|write|merge)[\w-]*[\x60'"]?\s+(?:group|role))\b${NOT_AWAY}`,
      // Switching off a person's access until a review ("We're disabling Camille's SSO until the security review
      // concludes"); switching off a compromised account is not a sanction, so a review or further notice must follow.
      String.raw`\b(?:disable|disabling|revoke|revoking|suspend|suspending|lock|locking|freeze|freezing|restrict|restricting|remove|removing|pull|pulling|cut|cutting)\s+{P}\s+(?:[\w-]+\s+){0,3}?(?:access|account|sso|login|credentials|permissions?|rights|privileges?|role)\b[^.;]{0,60}?\b(?:until\s+(?:further\s+notice|(?:he|she|they)\b|(?:the|a|an)\s+(?:[\w-]+\s+){0,2}?(?:review|investigation|retraining|training|hearing)\b)|pending\b)`,
      // The incident taken into a person's performance review or personnel file.
      String.raw`\b(?:discussed|raised|noted|recorded|reflected|mentioned|addressed|covered|documented|come\s+up)\s+(?:in|at|during)\s+{P}\s+(?:next\s+|annual\s+|upcoming\s+|quarterly\s+|mid-?year\s+|year-?end\s+)?(?:performance\s+review|review|appraisal|evaluation|1:1|one-on-one)\b(?!\s+of\b)`,
      String.raw`\b(?:record|recording|recorded|reflect|reflecting|reflected|note|noting|noted|log|logging|logged|include|including|included|count|counting|counted)\s+(?:this|the|that)\s+(?:incident|outage|failure|mistake|error|event)\s+(?:against|in|on|into)\s+{P}\s+(?:[\w-]+\s+){0,2}?(?:performance\s+review|review|appraisal|evaluation|record|file)\b`,
      String.raw`\b(?:go|goes|going|gone|went|be\s+(?:put|placed|noted|recorded|logged)|(?:is|was|been|being)\s+(?:put|placed|noted|recorded|logged))\s+(?:on|in|into)\s+${PERSONNEL_FILE}`,
      // A talk with the person about their care, as a follow-up.
      String.raw`\b(?:conversation|talk|chat|word|words|discussion|sit-?down|1:1|one-on-one)\s+with\s+{O}\s+about\s+(?:(?:his|her|their)\s+)?(?:attention\s+to\s+detail|carelessness|care|performance|conduct|judge?ment|focus|attitude|behaviou?r|professionalism|diligence|reliability|mistakes?|errors?)\b|\b(?:serious|stern|difficult|hard|frank|firm|disciplinary)\s+(?:conversation|talk|word|words|chat|discussion|meeting)\s+with\s+{O}`,
      // An apology demanded of the person as a follow-up ("Vikram to apologise to the billing team").
      String.raw`{S}\s+(?:to|must|will|should|needs?\s+to|has\s+to|is\s+to)\s+(?:formally\s+|personally\s+)?apologi[sz]e\b`,
      // The incident written into the person's review or file as a follow-up ("Add a note to Callum's performance review").
      String.raw`\b(?:add|adding|added|put|putting|include|including|included|make|making|made|leave|leaving|left)\s+(?:a\s+|an\s+)?(?:note|mention|comment|entry|remark|record)\s+(?:to|in|on|into)\s+{P}\s+(?:next\s+|annual\s+|upcoming\s+|quarterly\s+|mid-?year\s+|year-?end\s+)?(?:performance\s+review|appraisal|evaluation|personnel\s+file|hr\s+file|file|record)\b`,
      // Put under watch for a while: "Siobhan will be shadowed on all production changes for the next quarter".
      String.raw`{S}{ADV}\s+(?:will\s+be|is\s+being|is\s+to\s+be|has\s+been|have\s+been|was|were)\s+(?:closely\s+)?(?:shadowed|supervised|chaperoned|babysat)\s+(?:on|for|during|whenever|when|while)\s+(?:all\s+|every\s+|any\s+|(?:his|her|their)\s+)?(?:[\w-]+\s+){0,2}?(?:changes?|deploys?|deployments?|releases?|merges?|work|shifts?|rollouts?)\b`,
      // Allowed to work only under watch: "Nikolai may only deploy in the presence of a second engineer".
      String.raw`{S}{ADV}\s+(?:may|can|will|is\s+to|shall)\s+only\s+(?:be\s+allowed\s+to\s+)?(?:deploy|merge|push|release|change|work|operate|run|touch|access|approve)\b[^.;|]{0,40}?\b(?:in\s+the\s+presence\s+of|with|under|alongside|accompanied\s+by)\s+(?:a\s+|an\s+)?(?:second|senior|another|supervis\w+|buddy|chaperone|lead)\b`,
      // The manager taking it up with the person: "Juliana's manager will follow up with her individually".
      String.raw`{P}\s+(?:line\s+|team\s+)?(?:manager|boss|supervisor|lead|director)\s+(?:will|is\s+going\s+to|is\s+to|has\s+to)\s+(?:(?:follow\s+up|speak|talk|have\s+a\s+(?:word|chat|conversation|talk))\s+with\s+(?:him|her|them)\s+(?:individually|privately|personally|directly|one-on-one|1:1|about)\b|take\s+(?:up\s+)?(?:this|it|the\s+matter|(?:his|her|their)\s+(?:conduct|behaviou?r|performance|attitude))\s+(?:up\s+)?with\s+(?:him|her|them)\b)`,
      String.raw`{S}{ADV}\s+(?:should|must|will|shall|may|can)\s*(?:not|n['’]t|no\s+longer)\s+be\s+(?:allowed|permitted|trusted|let)\s+to\b[^.;]{0,60}?\b(?:unsupervised|alone|on\s+(?:his|her|their)\s+own|without\s+(?:a\s+)?(?:supervision|chaperone|buddy)|until\s+further\s+notice|again)\b`,
      // "Going forward, Busisiwe may not deploy to the payments cluster unsupervised."
      String.raw`{S}{ADV}\s+(?:(?:may|can|must|shall|will)\s*(?:not|n['’]t|no\s+longer)|(?:is|are)\s+not\s+to)\s+(?:deploy|merge|push|release|change|operate|run|touch|access|approve|work)\b[^.;|]{0,60}?\b(?:unsupervised|alone|on\s+(?:his|her|their)\s+own|without\s+(?:a\s+)?(?:supervision|chaperone|buddy|senior|second\s+(?:engineer|person|pair\s+of\s+eyes|approver|reviewer))|unless\s+(?:(?:accompanied|supervised|paired|observed|shadowed)\s+by|(?:a|an)\s+(?:senior|second)))\b`,
      // "The contractor's engagement has been ended with immediate effect following this incident."
      String.raw`{P}\s+(?:[\w-]+\s+)?(?:engagement|contract|agreement|employment|assignment|secondment)\s+(?:has\s+been|have\s+been|was|were|will\s+be|is\s+being|is|will)\s+(?:(?:not\s+be|not)\s+(?:renewed|extended)|ended|terminated|cancell?ed|revoked|cut\s+short)\b`,
      // "| AI-12 | Refresher on change management for Nyaboke after causing this outage |".
      String.raw`\brefresher\s+(?:training\s+|course\s+|session\s+)?(?:on|in|about)\s+[^|.;]{1,40}?\s+for\s+{O}`,
      // "Mohammed's bonus for this quarter is under review because of the outage."
      String.raw`{P}\s+(?:[\w-]+\s+){0,2}?(?:bonus|raise|pay\s+rise|promotion|incentive)\b[^.;]{0,40}?\b(?:under\s+review|withheld|cut|cancell?ed|frozen|on\s+hold|revoked|docked|reduced|at\s+risk)\b`,
      // "Action: bar Bianca from unsupervised production deploys for three months."
      // "Remove Mr. Murakami from the list of authorised change implementers", "require Ms. Nakajima to obtain her
      // manager's signature on every change she submits", "remind the night shift, once more, not to reboot …".
      // "Formal written warning to the contractor's technician", "counsel the night shift controller about ignoring alarms".
      String.raw`\b(?:(?:formal|written|final|verbal|official|disciplinary)\s+){1,2}(?:warning|reprimand|caution)\s+(?:to|for|against|issued\s+to)\s+{O}|\b(?:formal\s+)?(?:counsel?ling|coaching|disciplinary|performance)\s+(?:session|meeting|conversation|review)\s+(?:for|with)\s+{O}|\b(?:counsel|reprimand|discipline)\s+{O}\s+(?:about|on|regarding|for|over)\b`,
      String.raw`\bremove\s+{O}\s+from\s+(?:the\s+)?(?:list\s+of\s+)?(?:authori[sz]ed|approved|permitted|allowed|eligible|trusted)\b`,
      String.raw`\brequire\s+{O}\s+to\s+(?:obtain|get|have|seek)\s+(?:[\w'’-]+\s+){0,3}?(?:signature|sign-?off|approval|countersignature|review)\s+(?:on|for|of)\s+(?:every|each|all|any)\b`,
      String.raw`\bremind\s+{O}\s*,?\s*(?:once\s+more|once\s+again|yet\s+again|again)\s*,?\s+(?:not\s+)?to\b`,
      String.raw`\b(?:bar|barring|ban|banning|forbid|forbidding|prohibit|prohibiting|exclude|excluding)\s+{O}\s+from\s+(?:[\w-]+\s+){0,3}?(?:deploy\w*|merg\w*|push\w*|releas\w*|production|prod|on-?call|changes?|access|the\s+rota)\b`,
      // "Revoke Kat's Heroku admin role", "Remove Tarık's write access to the bucket": a person's privileged access, taken.
      String.raw`\b(?:revoke|revoking|remove|removing|strip|stripping|downgrade|downgrading|withdraw|withdrawing)\s+{P}\s+(?:[\w-]+\s+){0,2}?(?:admin|administrator|write|production|prod|root|deploy|merge|commit|sudo|owner|superuser)\s+(?:[\w-]+\s+)?(?:access|role|rights|permissions?|privileges?|keys?|credentials)\b${NOT_AWAY}`,
      // "Élodie to be reminded (again) that …", "Ludovic to present his apologies at the all-hands".
      String.raw`{S}\s*,?\s+(?:to\s+be|will\s+be|must\s+be|should\s+be|is\s+to\s+be|shall\s+be|has\s+been|had\s+been|was)\s+(?:formally\s+|personally\s+)?reminded\b(?!\s+(?:by|via|through|automatically|when|before|if)\b)`,
      String.raw`{S}\s+(?:to|will|must|should|shall|is\s+to)\s+(?:present|offer|make|give|send|deliver|issue)\s+(?:his|her|their)\s+(?:formal\s+|personal\s+|public\s+|written\s+)?apolog(?:y|ies)\b`,
      // "Restrict Arjun to read-only access on the scheduler nodes".
      String.raw`\b(?:restrict|restricting|restricted|limit|limiting|limited|downgrade|downgrading|downgraded|demote|demoting|demoted)\s+{O}\s+to\s+read-?only\b|\b(?:put|putting|place|placing|move|moving|set|setting|switch|switching)\s+{O}\s+(?:on|to|into)\s+[\"“]?read-?only\b`,
      // "Make sure Morgane double-checks her queries next time".
      String.raw`\b(?:make\s+sure|ensure)\s+{O}\s+(?:double-?checks?|checks?|tests?|reads?|verif(?:y|ies)|reviews?|pays?\s+(?:more\s+)?attention|is\s+more\s+careful|takes?\s+more\s+care|follows?)\b[^.;]{0,60}?\b(?:next\s+time|from\s+now\s+on|in\s+future|before\s+(?:he|she|they)\s+[^.;]{1,40}?\s+any\s+more)\b`,
      // "Written apology from Murakami-san to the support team", "before his production access is returned".
      String.raw`\b(?:written|formal|public|personal)\s+apolog(?:y|ies)\s+from\s+{O}`,
      String.raw`{S}\s+(?:to|must|will|should|shall)\s+(?:complete|take|attend|redo|repeat|retake|pass)\b[^.;]{1,60}?\bbefore\s+(?:his|her|their)\s+(?:[\w-]+\s+){0,2}?(?:access|rights|permissions?|privileges?)\s+(?:is|are|will\s+be|can\s+be)\s+(?:returned|restored|reinstated|given\s+back)\b`,
      // "Lesson learned: don't give Ferdi prod access".
      String.raw`\b(?:don['’]t|do\s+not|never)\s+(?:again\s+)?(?:give|grant|hand)\s+{O}\s+(?:[\w-]+\s+){0,2}?(?:access|rights|permissions|root|admin|sudo|the\s+keys)\b`,
      // "Chi must send a written explanation to the Head of Engineering", "Ian to repeat the change management module".
      String.raw`{S}\s+(?:to|must|will|should|shall|is\s+to)\s+(?:send|submit|write|provide|give|deliver)\s+(?:a\s+|an\s+)?(?:written\s+|formal\s+)?(?:explanation|statement|justification|account)\b`,
      String.raw`{S}\s+(?:(?:to|must|will|should|shall|is\s+to)\s+(?:repeat|redo|retake|re-?do|re-?take|re-?complete)|repeats|redoes|retakes|re-?does|re-?takes)\s+(?:the\s+|his\s+|her\s+|their\s+)?(?:[\w-]+\s+){0,4}?(?:training|course|module|certification|induction)\b`,
      // "Add Rahul to the list of people who need approval before merging", "Arnaud's name be added to the list …".
      String.raw`\badd(?:ed|ing|s)?\s+{O}\s+to\s+(?:the|a)\s+list\s+of\s+(?:people|engineers|developers|staff|users|those|employees)\s+(?:who\s+(?:need|needs|require|requires|must\s+get)|requiring|needing)\s+(?:[\w-]+\s+){0,2}?(?:approval|sign-?off|supervision|review)\b`,
      String.raw`{P}\s+name\s+(?:be|is|was|will\s+be|has\s+been)\s+added\s+to\s+(?:the|a)\s+list\s+of\b`,
      // "We will put a note about this in Sơn's performance review".
      String.raw`\b(?:put|add|place|make|record|log|leave)\s+(?:a\s+|an\s+)?(?:note|comment|record|entry|mention|remark)\s+about\s+(?:this|it|the\s+[\w-]+)\s+(?:in|on|into|to)\s+{P}\s+(?:[\w-]+\s+){0,2}?(?:performance\s+review|appraisal|evaluation|personnel\s+file|hr\s+file|file|record)\b`,
      // "Add a second approver to Hyeri's deploys specifically".
      String.raw`\b(?:second|extra|additional|mandatory)\s+(?:approver|reviewer|pair\s+of\s+eyes|sign-?off)\s+(?:to|on|for)\s+(?:all\s+(?:of\s+)?)?{P}\s+(?:deploys?|deployments?|changes?|prs?|pull\s+requests?|merges?|releases?|commits?)\b`,
      // "Take Zofia off unsupervised night shifts", "remove Lyle from our support queue": off the work itself, not for rest.
      String.raw`\b(?:remove|removing|removed|take|taking|took|pull|pulling|pulled|bench|benching|benched|suspend\w*|exclude\w*|kick\w*|ban|banned|bar|barred)\s+{O}\s+(?:off|from|out\s+of)\s+(?:the\s+|our\s+|his\s+|her\s+|their\s+)?(?:[\w-]+\s+){0,3}?(?:queues?|shifts?)\b${NOT_AWAY}(?![^.;]{0,60}\b(?:rest|recover|sleep|recuperate)\b)`,
      // "The contractor's station supervisor has been reported to their account manager".
      String.raw`{S}{ADV}\s+(?:has|have|had)\s+(?:now\s+)?been\s+reported\s+to\s+(?:(?:his|her|their|the|our)\s+)?(?:[\w-]+\s+){0,2}?(?:manager|employer|supervisor|director|head\s+of\s+[\w-]+(?:\s+[\w-]+)?|hr|human\s+resources|agency)\b`,
      // "From now on Jens may deploy to the live-streaming stack only with a second engineer sitting next to him."
      String.raw`{S}{ADV}\s+(?:may|can|will|is\s+to|shall)\s+(?:deploy|merge|push|release|change|work|operate|run|touch|access|approve)\b[^.;|]{0,60}?\bonly\s+(?:with|in\s+the\s+presence\s+of|under|alongside|accompanied\s+by)\s+(?:a\s+|an\s+)?(?:second|senior|another|supervis\w+|buddy|chaperone|lead)\b`,
      // "Discuss with Jess the impact of her actions and record the outcome on her file", "We have had to put a second
      // approver on everything Stephen does", "There is a reason nobody lets Ollie near the DNS console any more."
      String.raw`\bdiscuss\s+with\s+{O}\s+(?:the\s+(?:impact|consequences|seriousness)\s+of\s+)?(?:his|her|their)\s+(?:actions|conduct|behaviou?r|mistakes?|choices)\b`,
      String.raw`\b(?:second\s+approver|approver|supervision|sign-?off|chaperone|second\s+pair\s+of\s+eyes|review)\s+on\s+(?:everything|anything|every\s+change)\s+{O}\s+(?:does|touches|ships|changes|submits|deploys|writes)\b`,
      String.raw`\b(?:nobody|no\s+one|no-one)\s+lets\s+{O}\s+(?:anywhere\s+)?near\b`,
      // "The manager Operations and HR are informed about the behaviour of the night-shift planner."
      String.raw`\b(?:hr|human\s+resources|manager|managers|management)\b[^.;]{0,40}?\s+(?:are|is|has\s+been|have\s+been|was|were|will\s+be)\s+(?:now\s+)?(?:informed|notified|told|made\s+aware)\s+(?:about|of)\s+(?:the\s+)?(?:behaviou?r|conduct|actions|performance|mistakes?|attitude|errors?)\s+of\s+{O}`,
      // "Revoke production access of the contractor", "remove the rights of the night shift to override the plan".
      String.raw`\b(?:revoke|revoking|remove|removing|withdraw|withdrawing|suspend|suspending)\s+(?:the\s+)?(?:(?:production|prod|admin|write|root|deploy|merge|sudo|override|approval)\s+)?(?:access|rights|permissions?|privileges?|credentials)\s+(?:of|for)\s+{O}${NOT_AWAY}`,
      // "Issue a letter of concern to the night service desk team about their handling of the calls".
      String.raw`\b(?:letter|note|notice)\s+of\s+(?:concern|reprimand|warning|censure)\s+(?:to|for|against)\s+{O}`,
      // "Whether Femi Adebayo's access to the EPR should be suspended while the panel completes its work".
      String.raw`{P}\s+(?:[\w-]+\s+){0,2}?(?:access|account|rights|permissions?|privileges?)\b[^.;]{0,40}?\s+(?:should|must|would|could|may|might)\s+be\s+(?:suspended|revoked|removed|withdrawn|restricted)\b`,
      // "Access rights of Petra Neumann to production client PRD/100 have been withdrawn with immediate effect."
      String.raw`\b(?:access(?:\s+rights)?|rights|permissions?|privileges?)\s+of\s+{O}\s+(?:to\s+[^.;]{1,50}?\s+)?(?:has|have|had|was|were|will)\s+(?:been\s+|be\s+)?(?:withdrawn|revoked|removed|suspended|restricted)\b`,
      // "Sanction: the responsible employee will explain the incident to the plant manager."
      String.raw`^\W*(?:sanctions?|disciplinary\s+(?:action|measures?|steps?)|personnel\s+(?:action|measures?))\s*:(?=\s*(?!(?:none|n\/a|no\b|not\s+applicable|-|—))\S)`,
      // "Record the misconduct of the responsible administrator in the personnel file", "Notify HR about Brad's repeated
      // violations", "We've asked the vendor to remove their technician from our account."
      String.raw`\b(?:record|note|log|document|enter|add)\s+(?:this|the|that|it|his|her|their)\b[^.;]{0,60}?\s+(?:in|on|into|to)\s+${PERSONNEL_FILE}|\bmisconduct\s+(?:of|by)\s+{O}`,
      String.raw`\b(?:notify|inform|alert|tell|loop\s+in)\s+(?:hr|human\s+resources|(?:his|her|their)\s+(?:line\s+)?manager)\s+(?:about|of|regarding)\s+{P}`,
      String.raw`\b(?:asked|told|instructed|required)\s+(?:the\s+)?(?:vendor|supplier|contractor|agency|msp|partner|integrator)\s+to\s+(?:remove|replace|reassign|withdraw)\s+(?:their|its|the)\s+(?:technician|engineer|consultant|contractor|person|employee|staff\s+member|tech|administrator)\b`,
      // "Schedule a one-on-one between Kelsey and her manager to address her repeated change-control violations."
      String.raw`\b(?:address|discuss|raise)\s+(?:his|her|their)\s+(?:repeated\s+|ongoing\s+)?(?:[\w-]+\s+)?(?:violations|mistakes|errors|conduct|behaviou?r|performance\s+issues|lapses)\b`,
      // "We've asked the contracting agency to swap Sasha off our account", "Victor got a talking-to from the CTO", "ensure the
      // new starter is not given production credentials again until they have shown they can be trusted with them".
      String.raw`\b(?:asked|told|instructed|required)\s+(?:the\s+|our\s+)?(?:[\w-]+\s+)?(?:vendor|supplier|contractor|agency|msp|partner|integrator|consultancy|outsourcer)\s+to\s+(?:swap|rotate|move|take|pull|switch)\s+{O}\s+(?:off|out\s+of|from)\b`,
      String.raw`{S}{ADV}\s+(?:got|gets|received|receives|was\s+given|has\s+been\s+given|will\s+get|will\s+receive)\s+(?:a\s+|an\s+)?(?:(?:stern|serious|firm|proper|formal|long)\s+)?(?:talking-?to|dressing-?down|telling-?off|ticking-?off|earful|bollocking|rocket|word\s+from)\b`,
      String.raw`{S}\s+(?:is|are|will|should|must|shall)\s+not\s+(?:be\s+)?(?:given|granted|issued)\s+(?:[\w-]+\s+){0,2}?(?:access|credentials|rights|permissions|privileges)\b[^.;]{0,30}?\buntil\b`,
      // "| AI-9 | Document Uma's deviation from the runbook in her perf review |", "Elena to stop bypassing the pre-commit hooks".
      String.raw`\b(?:document|record|note|log|raise|mention|include|add|put|capture)\s+{P}\s+(?:[\w-]+\s+){0,2}?(?:deviation|mistake|error|lapse|failure|conduct|behaviou?r|actions?|role|part)\b[^.;|]{0,60}?\b(?:in|on|into|to)\s+(?:his|her|their)\s+(?:next\s+|annual\s+|upcoming\s+)?(?:perf(?:ormance)?\s+review|appraisal|review|evaluation|file|record|1:1|one-on-one)\b`,
      String.raw`{S}\s+(?:to|must|will|should|needs?\s+to|has\s+to)\s+stop\s+(?:bypassing|skipping|ignoring|disabling|circumventing|overriding|working\s+around|force-?pushing|pushing\s+(?:straight|directly)|deploying\s+(?:straight|directly|on\s+fridays))\b`,
      // "The agency will no longer have direct access to the live site, given their track record", "Noel to meet the CEO and
      // explain why he approved the payout change".
      String.raw`\bno\s+longer\s+(?:have|get|hold|be\s+given)\s+(?:[\w-]+\s+){0,2}?(?:access|rights|permissions|credentials)\b[^.;]{0,40}?\bgiven\s+(?:their|his|her)\s+(?:track\s+record|history|record|past\s+performance)\b`,
      String.raw`{S}\s+(?:to|must|will|should|has\s+to|is\s+to)\s+(?:(?:meet|see|sit\s+down\s+with|go\s+to)\s+(?:the\s+)?(?:ceo|cto|coo|cfo|director|board|chair|manager|head\s+of\s+[\w-]+)\s+(?:and|to)\s+)?explain\s+(?:to\s+[^.;]{1,30}?\s+)?(?:why|how)\s+(?:he|she|they)\s+(?:\p{L}+ed|did|went|ran|made|took)\b`,
      // "Ensure that the editorial team (especially Frau Brückner) stops phoning in programme changes at the last minute."
      String.raw`\b(?:ensure|make\s+sure)\s+(?:that\s+)?{O}(?:\s*\([^)]{1,40}\))?\s+(?:stops?|ceases?|quits?)\s+\p{L}{3,}ing\b`,
      // "Priya to have a one-on-one with her team lead about following process", "The integration team has lost its standing
      // approval for after-hours changes", "Can someone please tell Sione to stop fiddling with the rules".
      String.raw`{S}\s+to\s+have\s+a\s+(?:one-on-one|1:1|conversation|talk|chat|word)\s+with\s+(?:her|his|their)\s+(?:team\s+lead|manager|lead|supervisor|boss)\s+about\s+(?:following|her|his|their|the\s+(?:process|procedure))\b`,
      String.raw`{S}{ADV}\s+(?:has|have)\s+lost\s+(?:its|their|his|her)\s+(?:standing\s+|blanket\s+)?(?:approval|access|rights|permission|privileges?)\b`,
      String.raw`\btell\s+{O}\s+to\s+stop\s+(?:fiddling|messing|touching|tinkering|playing|poking|meddling)\b`,
    ],
    cue: [
      String.raw`(?:['’]s|\b(?:his|her|their))\s[^.;]*\b(?:revoked|removed|suspended|pulled|withdrawn|restricted|taken|cut|downgraded|frozen)\b`,
      String.raw`\b(?:has|have|had)\s+had\b`,
      String.raw`\b(?:lost|loses|lose)\b`,
      String.raw`\bno\s+longer\b`,
      String.raw`\b(?:warning|reprimand|caution|notice)\b`,
      String.raw`\b(?:taken|removed|pulled|dropped|moved|down|benched|kicked|struck|excluded|suspended)\s+(?:off|from|out\s+of)\b`,
      String.raw`\b(?:barred|banned|forbidden|prohibited|allowed|permitted)\b`,
      String.raw`\b(?:stay|keep)\s+(?:away|off|out)\b`,
      String.raw`\b(?:performance|pip|probation|final\s+warning)\b`,
      String.raw`(?:['’]s|\b(?:his|her|their))\s+(?:line\s+)?(?:manager|boss|supervisor|director)\s+(?:has|have|had|was|were)\b`,
      String.raw`\b(?:sign-?off|signatures?|approval|supervision|chaperone|buddy|senior|lead|manager)\b`,
      String.raw`:`,
      String.raw`\b(?:near|away|off|give)\b`,
      String.raw`\b${TAKE_OFF}\b`,
      String.raw`\b(?:until|pending)\b`,
      String.raw`\b(?:review|appraisal|evaluation|1:1|one-on-one)\b`,
      String.raw`\b(?:review|appraisal|evaluation|record|file)\b`,
      String.raw`\b(?:file|record)\b`,
      String.raw`\b(?:about|with)\b`,
      String.raw`\bapologi[sz]e\b`,
      String.raw`\b(?:note|mention|comment|entry|remark|record)\s+(?:to|in|on|into)\b`,
      String.raw`\b(?:shadowed|supervised|chaperoned|babysat)\b`,
      String.raw`\bonly\b`,
      String.raw`\b(?:manager|boss|supervisor|lead|director)\s+(?:will|is|has)\b`,
      String.raw`\b(?:allowed|permitted|trusted|let)\s+to\b`,
      String.raw`\b(?:unsupervised|alone|own|supervision|chaperone|buddy|senior|second)\b`,
      String.raw`\b(?:engagement|contract|agreement|employment|assignment|secondment)\b`,
      String.raw`\brefresher\b`,
      String.raw`\b(?:bonus|raise|promotion|incentive)\b`,
      String.raw`\b(?:warning|reprimand|caution|counsel\w*|coaching|discipline|disciplinary|performance)\b`,
      String.raw`\bremove\b`,
      String.raw`\brequire\b`,
      String.raw`\bremind\b`,
      String.raw`\b(?:bar|barring|ban|banning|forbid|forbidding|prohibit|prohibiting|exclude|excluding)\b`,
      String.raw`\b(?:revoke|revoking|remove|removing|strip|stripping|downgrade|downgrading|withdraw|withdrawing)\b`,
      String.raw`\breminded\b`,
      String.raw`\bapolog`,
      String.raw`\bread-?only\b`,
      String.raw`\b(?:next\s+time|from\s+now\s+on|in\s+future|any\s+more)\b`,
      String.raw`\bapolog`,
      String.raw`\b(?:returned|restored|reinstated|given\s+back)\b`,
      String.raw`\b(?:don['’]t|do\s+not|never)\b`,
      String.raw`\b(?:explanation|statement|justification|account)\b`,
      String.raw`\b(?:repeat|redo|retake|re-?do|re-?take|re-?complete|repeats|redoes|retakes|re-?does|re-?takes)\b`,
      String.raw`\blist\s+of\b`,
      String.raw`\blist\s+of\b`,
      String.raw`\babout\s+(?:this|it|the)\b`,
      String.raw`\b(?:approver|reviewer|pair\s+of\s+eyes|sign-?off)\b`,
      String.raw`\b(?:off|from|out\s+of)\b[^.;]*\b(?:queues?|shifts?)\b`,
      String.raw`\breported\s+to\b`,
      String.raw`\bonly\s+(?:with|in|under|alongside|accompanied)\b`,
      String.raw`\bdiscuss\s+with\b`,
      String.raw`\bon\s+(?:everything|anything|every\s+change)\b`,
      String.raw`\blets\b[^.;]*\bnear\b`,
      String.raw`\b(?:behaviou?r|conduct|actions|performance|mistakes?|attitude|errors?)\s+of\b`,
      String.raw`\b(?:access|rights|permissions?|privileges?|credentials)\s+(?:of|for)\b`,
      String.raw`\bof\s+(?:concern|reprimand|warning|censure)\b`,
      String.raw`\b(?:should|must|would|could|may|might)\s+be\s+(?:suspended|revoked|removed|withdrawn|restricted)\b`,
      String.raw`\bof\b[^.;]*\b(?:withdrawn|revoked|removed|suspended|restricted)\b`,
      String.raw`^\W*(?:sanctions?|disciplinary|personnel)\b`,
      String.raw`\b(?:file|misconduct)\b`,
      String.raw`\b(?:hr|human\s+resources|manager)\s+(?:about|of|regarding)\b`,
      String.raw`\bto\s+(?:remove|replace|reassign|withdraw)\b`,
      String.raw`\b(?:violations|mistakes|errors|conduct|behaviou?r|performance|lapses)\b`,
      String.raw`\b(?:swap|rotate|move|take|pull|switch)\b`,
      String.raw`\b(?:talking|dressing|telling|ticking|earful|bollocking|rocket|word\s+from)\b`,
      String.raw`\buntil\b`,
      String.raw`\b(?:review|appraisal|evaluation|file|record|1:1|one-on-one)\b`,
      String.raw`\bstop\s+\p{L}+ing\b`,
      String.raw`\bgiven\s+(?:their|his|her)\b`,
      String.raw`\bexplain\b`,
      String.raw`\b(?:stops?|ceases?|quits?)\s+\p{L}{3,}ing\b`,
      String.raw`\bto\s+have\s+a\b`,
      String.raw`\blost\b`,
      String.raw`\bto\s+stop\b`,
    ],
    actors: PEOPLE,
    individual: true,
    negatable: true,
    note: 'Sanctioning the person involved (lost access, a warning, a rota or HR) tells everyone to hide the next mistake; change the system instead.',
    examples: ["@tomasz's access to production has been revoked.", '@aiko received a formal warning after the incident.', '@jdoe was taken off the on-call rota.', "Add a note to @dana's performance review about the outage.", 'Lee will be supervised on every database change this month.', '@bo may only deploy in the presence of a second engineer.', "Marco's manager will talk with him privately about the release."],
  },
  {
    id: 'sanction-announced',
    category: 'blame-attribution',
    // "Operatives who do not sign the log will be removed from the roster", "HR to issue a formal written warning to the
    // signaller involved", "ciò verrà annotato nella valutazione annuale".
    pattern: String.raw`\bwill\s+be\s+(?:removed|taken\s+off|stood\s+down|struck\s+off|dropped)\s+from\s+(?:the\s+)?(?:roster|rota|rotation|schedule|on-?call|shift\s+pattern)\b|\b(?:formal|final|first)\s+(?:written\s+)?warning\s+(?:to|for|against)\b|\b(?:annotat[oa]|registrat[oa]|segnalat[oa])\s+nella\s+(?:valutazione|scheda)\b|\bnoted\s+(?:in|on)\s+(?:their|his|her)\s+(?:annual\s+)?(?:appraisal|performance\s+review|record|file)\b`,
    negatable: true,
    note: 'Announcing a sanction for the people involved tells everyone to hide the next mistake; change the system instead.',
    examples: ['Going forward, operatives who do not sign the permit-to-work log will be removed from the roster.'],
  },
  {
    id: 'retrain-someone',
    category: 'blame-attribution',
    // "Retrain Priya on the deploy checklist so she stops skipping the approval step": an action item that sends one
    // person back to training (not "train all on-call engineers on the new runbook").
    pattern: String.raw`\b(?:retrain|re-train|discipline|reprimand)\s+{O}\s+(?:on|about|for|over|after|so|until|before)\b`,
    actors: PEOPLE_OR_NAMES,
    individual: true,
    negatable: true,
    note: 'Sending the person involved back to training says the fault was theirs; change the step that let the mistake through.',
    examples: ['- [ ] Retrain Priya on the deploy checklist so she stops skipping the approval step', 'Re-train the on-call engineer on the failover runbook.'],
  },
  {
    id: 'disciplinary-process',
    category: 'blame-attribution',
    pattern: [
      String.raw`\b(?:hr|human\s+resources)\s+(?:has|have|had|was|were)\s+(?:been\s+)?(?:informed|notified|told|looped\s+in|made\s+aware|contacted|involved)\b`,
      String.raw`\b(?:reported|escalated|referred|forwarded)\s+(?:\S+\s+){0,6}?to\s+(?:hr|human\s+resources|(?:his|her|their)\s+(?:line\s+)?manager)\b`,
      String.raw`\b(?:remedial|corrective)\s+(?:[\w-]+\s+){0,2}?(?:training|course|coaching|session|programme|program)\b|\bre-?education\s+(?:session|course|programme|program)\b`,
      // "Collect statements from everyone who touched it, to find out who is responsible."
      String.raw`\b(?:find|finding|found|work|working|establish|establishing|determine|determining)\s+out\s+who\s+(?:exactly\s+)?(?:is|was)\s+(?:responsible|to\s+blame|at\s+fault|accountable)\b`,
      // The incident told to everyone so that they know what the person did.
      String.raw`\bso\s+(?:that\s+)?(?:everyone|everybody|the\s+whole\s+(?:team|company|org|organi[sz]ation))\s+(?:understands|knows|sees|hears|learns)\s+(?:exactly\s+)?what\s+(?:he|she|they)\s+did\b`,
      // "The individuals involved have been counseled", "the engineer responsible has been spoken to".
      String.raw`\b(?:individuals?|engineers?|employees?|staff(?:\s+members?)?|persons?|people|analysts?|operators?|developers?|colleagues?)\s+(?:involved|responsible|concerned|at\s+fault)\s+(?:have|has)\s+(?:been|now\s+been)\s+(?:counsel?led|coached|spoken\s+to|disciplined|reprimanded|warned|dealt\s+with|addressed|talked\s+to)\b`,
      // "The matter has been escalated to the director as a performance issue for the team lead".
      String.raw`\b(?:escalated|raised|referred|reported|logged|recorded|flagged|treated)\b[^.;]{0,60}?\bas\s+an?\s+(?:(?:individual\s+)?(?:conduct|disciplinary|capability|behaviou?ral|hr)\s+(?:issue|matter|concern|problem|case)\b|(?:individual\s+)?performance\s+(?:issue|matter|concern|problem|case)\s+(?:for|with|regarding|concerning|against)\s+(?:the\s+|a\s+|an\s+|his\s+|her\s+|their\s+)?(?:[\w-]+\s+){0,3}?(?:lead|engineer|manager|analyst|developer|operator|admin|administrator|dba|sre|technician|specialist|contractor|consultant|intern|member|employee|individual|person|him|her|them))\b`,
      String.raw`\b(?:the\s+)?(?:culprit|guilty\s+party|person\s+responsible|responsible\s+(?:person|party|engineer|individual))(?:\s+(?:behind|for)\s+[^.;,]{1,50}?)?\s+(?:(?:has|have|had)\s+been|was|were)\s+(?:quickly\s+|soon\s+|finally\s+)?(?:found|identified|caught|named|dealt\s+with|spoken\s+to|located)\b(?!\s*(?:[:—–(]|,\s*(?:a|an|the|it|which)\b|\s+as\s))(?![^.;]*[:—–]\s*(?:a|an|the|it|its|our|this|that)\b)(?!,?\s+and\s+(?:then\s+|quickly\s+|immediately\s+)?${DONE_TO_A_PROCESS})`,
      // "Identify which staff member disabled the alerts and report them to the Director of Nursing".
      String.raw`\b(?:report|reporting|reported|refer|referring|referred)\s+(?:him|her|them|the\s+(?:individual|person|staff\s+member|engineer|analyst|employee))\s+to\s+(?:the\s+)?(?:[\w-]+\s+){0,3}?(?:director|manager|head|hr|human\s+resources|supervisor)\b`,
      // "Disciplinary interview with the engineer concerned", "mandatory re-training for Axelle before she is allowed back
      // on the live rota", "the culprit was identified as a member of the Osaka integration team".
      String.raw`\bdisciplinary\s+(?:interview|hearing|meeting|review|process|procedure|proceedings|measures?|action|steps?|file)\b`,
      String.raw`\bbefore\s+(?:she|he|they)\s+(?:is|are)\s+(?:allowed|permitted|let|cleared)\s+back\b|\b(?:mandatory|compulsory)\s+(?:re-?training|refresher\s+training|coaching|supervision)\s+for\s+(?!(?:all|every|each|the\s+whole|everyone|new)\b)[\p{Lu}@]`,
      String.raw`\b(?:the\s+)?(?:culprit|guilty\s+party|person\s+responsible)\s+(?:(?:has|have|had)\s+been|was|were)\s+(?:\w+ly\s+)?(?:found|identified|named|revealed)\s+(?:to\s+be|as)\s+(?:a|an|the|one)\s+(?:[\w-]+\s+){0,2}?(?:member|engineer|employee|contractor|technician|operator|analyst|developer|administrator|admin|person|individual)\b`,
      // "Fatima will present this incident at the all-hands so everyone can learn from her", "the contractor's engagement
      // ends this month, for reasons this document makes clear".
      String.raw`\bso\s+(?:that\s+)?(?:everyone|everybody|the\s+whole\s+(?:team|company|org|organi[sz]ation)|others|the\s+rest\s+of\s+us)\s+can\s+learn\s+from\s+(?:him|her|them|his|her|their)\b(?!\s+(?:experience|notes|write-?up|analysis|work|debugging|investigation))|\b(?:engagement|contract|employment)\s+(?:ends|will\s+end|is\s+ending|is\s+not\s+being\s+renewed)\b[^.;]{0,30}?\bfor\s+(?:obvious\s+)?reasons\b`,
      // "Dimas presents at the next all-hands what he did wrong".
      String.raw`\b(?:present|presents|presenting|explain|explains|explaining|walk\s+(?:us|everyone|the\s+\w+)\s+through)\b[^.;]{0,60}?\bwhat\s+(?:he|she|they)\s+did\s+wrong\b`,
      // "We identified the culprit: the overnight tech who skipped the checklist", "the culprit was identified: an associate".
      String.raw`\b(?:(?:identified|found|named|caught)\s+the\s+culprit|culprit\s+(?:was|has\s+been)\s+(?:\w+ly\s+)?(?:identified|found|named|caught))\s*[:—–]\s*(?:the|a|an|our|one)\s+(?:[\w-]+\s+){0,3}?(?:engineer|tech|technician|operator|admin|administrator|employee|contractor|associate|analyst|developer|member|person|individual|intern|dba|officer|controller|clerk|dispatcher|paralegal|nurse)\b`,
      // "The responsible party has been counseled and the incident noted in his personnel file."
      String.raw`\b(?:the\s+)?responsible\s+(?:party|person|individual|engineer|employee|technician|operator)\s+(?:has|have|had)\s+been\s+(?:counsel?led|coached|spoken\s+to|disciplined|reprimanded|warned|dealt\s+with|talked\s+to)\b|\b(?:incident|outage|mistake|error|event)\s+(?:(?:has\s+been|was|is|being)\s+)?(?:noted|recorded|logged|entered|placed|put)\s+(?:on|in|into)\s+${PERSONNEL_FILE}`,
      // "Discipline: Wade suspended one shift without pay per county policy" (a "Discipline: none" line is not one).
      String.raw`\b(?:suspended|suspension)\b[^.;]{0,40}?\bwithout\s+pay\b`,
      // "… and record the outcome on her file".
      String.raw`\b(?:record|recording|recorded|note|noting|noted|log|logging|logged|put|putting)\s+(?:the\s+(?:outcome|conversation|discussion|matter|incident)|this|it)\s+(?:on|in|into)\s+${PERSONNEL_FILE}`,
      // "Disciplinary follow-up with the contractor's firm is being handled by Procurement", "the names of the individuals
      // responsible be included in the Board Risk Committee pack".
      String.raw`\bdisciplinary\s+(?:follow-?up|action|measures?|proceedings?|process|steps?)\s+(?:with|against|for|regarding|towards)\b|\bnames?\s+of\s+(?:the\s+)?(?:individuals?|people|persons?|staff|employees?|engineers?)\s+(?:responsible|involved|at\s+fault)\s+(?:be|are|is|to\s+be|will\s+be)\s+(?:included|listed|named|reported|shared|recorded)\b`,
      // "HR has opened a file on the technician who removed the grounding kit."
      String.raw`\b(?:hr|human\s+resources)\s+(?:has|have|had)\s+(?:now\s+)?opened\s+(?:a\s+)?(?:file|case|investigation|procedure)\s+(?:on|against|into)\b`,
      // "… is an unacceptable lapse, and I have discussed it with the individual directly."
      String.raw`\b(?:discussed|raised|taken\s+up)\s+(?:it|this|the\s+matter)\s+(?:directly\s+)?with\s+the\s+(?:individual|person|engineer|employee|staff\s+member)\b`,
    ],
    negatable: true,
    note: 'Talk of HR, remedial training or a culprit dealt with turns the review into a disciplinary process; change the system instead.',
    examples: ['HR has been informed about the release.', 'The culprit has been identified and dealt with.', 'Tom will walk the company through the incident so everyone knows what he did.'],
  },
  {
    id: 'person-stood-down-or-watched',
    category: 'blame-attribution',
    pattern: [
      // "The staff member responsible has been stood down pending the review", "… has been removed from site".
      String.raw`{S}{ADV}\s+(?:has|have)\s+been\s+(?:stood\s+down|sent\s+home|relieved\s+of\s+(?:duty|(?:his|her|their)\s+duties))\b`,
      String.raw`{S}{ADV}\s+(?:has|have)\s+been\s+(?:removed|taken|escorted|walked)\s+(?:off|from)\s+(?:the\s+)?(?:site|premises|building|floor)\b`,
      // "Rajesh's name goes on the incident report as the responsible officer."
      String.raw`{P}\s+name\s+(?:goes|will\s+go|went|is\s+going|has\s+gone)\s+(?:on|in|into|onto)\s+(?:the\s+)?(?:[\w-]+\s+){0,2}?(?:report|record|file|log|register)\b`,
      // "The director wants the names of whoever approved the change", "… call them into his office on Monday".
      String.raw`\b(?:wants?|wanted|asked\s+for|demanded|demands|is\s+asking\s+for)\s+(?:the\s+)?names?\s+of\s+(?:whoever|the\s+(?:person|people|engineers?|one|ones)\s+(?:who|responsible)|everyone\s+who|those\s+responsible)\b`,
      String.raw`\bcall(?:s|ed|ing)?\s+(?:them|him|her)\s+(?:in\s+)?(?:into|to)\s+(?:his|her|their|the)\s+(?:[\w-]+\s+)?office\b`,
      // "Samuel will walk the whole NOC through what he did wrong".
      String.raw`\bwhat\s+(?:he|she)\s+(?:did|had\s+done|got)\s+wrong\b`,
      // "Tom will sit out the next maintenance window", "they have been asked to stop doing this", "any change from Seojun
      // needs sign-off from two seniors", "Mirae to stop running ad-hoc queries on production (third reminder)".
      String.raw`{S}{ADV}\s+(?:will|must|is\s+to|has\s+to|is\s+going\s+to)\s+sit\s+out\b`,
      String.raw`\b(?:they|he|she)\s+(?:have|has)\s+been\s+(?:asked|told|instructed|warned)\s+to\s+stop\b`,
      String.raw`\b(?:any|every|all)\s+(?:changes?|deploys?|prs?|merges?|releases?|scripts?)\s+(?:from|by)\s+{O}\s+(?:now\s+)?(?:needs?|requires?|must\s+(?:have|get|go))\b`,
      String.raw`{S}\s+(?:to|must|should|needs\s+to)\s+stop\s+\p{L}+ing\b[^.;]{0,80}?\b(?:reminder|warning|again|once\s+more|for\s+the\s+(?:last|final)\s+time)\b`,
      // "- Lessons learned: Gerrit needs to think before he clicks."
      String.raw`(?:lessons?\s+learned|action(?:\s+items?)?|follow-?ups?|takeaways?)\s*:\s*{S}\s+(?:needs?\s+to|must|should|has\s+to|will)\s+(?:learn\s+to\s+)?(?:think|look|check|read)\s+(?:twice\s+)?before\s+(?:he|she|they)\b`,
      // "… changed the alarm priorities without authorisation; closed as user-caused.", "Closing as user-caused: …"
      // Not a verdict the system's own words led to: "tickets were closed as user error because auth-api logs `user error`".
      String.raw`\b(?:closed|closing|resolved|marked|tagged|filed|logged)\s+(?:it\s+|this\s+)?as\s+(?:user|operator|human|staff|engineer)[- ](?:caused|error|fault|mistake)\b(?!\s+because\s+(?:the\s+|our\s+)?[\w-]+\s+(?:logs?|logged|reported|reports|said|says|showed|shows|returned|returns|printed|prints)\b)`,
      // "The telecom group is excluded from the change window until they can show they follow the process", "we found the
      // culprit …; his manager is dealing with it", "ok so this one's on Kevin, he bounced the primary".
      String.raw`{S}{ADV}\s+(?:is|are|has\s+been|have\s+been|will\s+be)\s+(?:now\s+)?(?:excluded|shut\s+out|locked\s+out|removed)\s+from\s+[^.;]{1,50}?\s+until\s+(?:they|he|she)\b`,
      String.raw`\b(?:his|her|their)\s+(?:line\s+)?manager\s+(?:is|will\s+be|has\s+been)\s+(?:dealing|handling|taking\s+care)\s+(?:with|of)\s+(?:it|this|that|him|her|them)\b`,
      // "Effective today, Mylene may no longer execute changes …", "we've passed Christian's name to the account director".
      String.raw`{S}{ADV}\s+(?:may|can|will|shall)\s+no\s+longer\s+(?:execute|run|make|approve|deploy|push|merge|apply|ship|release)\s+(?:[\w-]+\s+)?(?:changes?|deploys?|releases?|scripts?|migrations?|updates?)\b`,
      String.raw`\b(?:passed|gave|sent|forwarded|handed|given)\s+{P}\s+name\s+(?:on\s+)?to\b`,
      // "We've found the culprit for the label printer outage and it's being dealt with", "the contractor responsible for the
      // cutover won't be coming back on site".
      String.raw`\b(?:found|identified|caught)\s+the\s+culprit\b[^.;]{0,60}?\b(?:being|been|be)\s+dealt\s+with\b`,
      String.raw`\bresponsible\s+(?:for\s+[^.;]{1,40}?\s+)?(?:won['’]t|will\s+not)\s+be\s+(?:coming\s+back|returning|back)\b`,
      // "- Action: X to hand over his admin credentials to the team lead and work under supervision for a month",
      // "@yayra next time maybe look at the dashboard before you tell the CCO everything is green".
      String.raw`\bhand\s+over\s+(?:his|her|their)\s+(?:[\w-]+\s+)?(?:credentials|access|keys|passwords?)\b|\b(?:work|operate|deploy)\s+under\s+supervision\b`,
      String.raw`\bnext\s+time\s*,?\s+(?:maybe\s+|perhaps\s+|try\s+to\s+|please\s+)?(?:look|check|read|ask|test|wait)\b[^.;?]{0,60}?\bbefore\s+you\b`,
    ],
    cue: [String.raw`\b(?:stood\s+down|sent\s+home|relieved)\b`, String.raw`\b(?:site|premises|building|floor)\b`, String.raw`\bname\s+(?:goes|will|went|is|has)\b`, String.raw`\bnames?\s+of\b`, String.raw`\boffice\b`, String.raw`\bwrong\b`, String.raw`\bsit\s+out\b`, String.raw`\bto\s+stop\b`, String.raw`\b(?:from|by)\b`, String.raw`\bstop\b`, String.raw`\bbefore\b`, String.raw`\b(?:closed|closing|resolved|marked|tagged|filed|logged)\s+(?:it\s+|this\s+)?as\b`, String.raw`\buntil\b`, String.raw`\bmanager\b`, String.raw`\bno\s+longer\b`, String.raw`\bname\b`, String.raw`\bculprit\b`, String.raw`\bresponsible\b`, String.raw`\bhand\s+over\b|\bunder\s+supervision\b`, String.raw`\bnext\s+time\b`],
    actors: PEOPLE,
    note: 'Standing a person down, naming them in the record or calling them in turns the review into a disciplinary process; change the system instead.',
    examples: ['The engineer responsible has been stood down pending the review.', "@rajesh's name goes on the incident report as the responsible officer.", 'The director wants the names of whoever approved the change.'],
  },
  {
    id: 'sanction-spelled-out',
    category: 'blame-attribution',
    pattern: [
      // "| Follow-up | Take Tadhg's comms room keys off him |"
      String.raw`\btake\s+{P}\s+(?:[\w-]+\s+){0,3}?(?:keys?|badges?|access(?:\s+cards?)?|fobs?|pass(?:es)?|laptops?|admin\s+rights|rights|privileges|credentials|permissions)\s+(?:off|away\s+from)\s+(?:him|her|them)\b`,
      // "… loses its change-freeze exemption until they show they can be trusted"
      String.raw`\buntil\s+(?:they|he|she)\s+(?:can\s+)?(?:show|prove|demonstrate)s?\s+(?:that\s+)?(?:they|he|she)\s+can\s+be\s+trusted\b`,
      // "Eoin's probation review will reflect the exam-window patching incident."
      String.raw`{P}\s+(?:probation(?:ary)?|performance|annual|mid-?year|end-?of-?year)\s+(?:review|appraisal|evaluation|rating)\s+(?:will|should|must|is\s+going\s+to)\s+(?:reflect|mention|note|include|record|take\s+(?:this\s+|it\s+)?into\s+account)\b`,
      // "Ulrika will present the incident at the department meeting so everyone can see what not to do."
      String.raw`{S}\s+(?:will|must|has\s+to|is\s+to|is\s+going\s+to)\s+(?:present|walk\s+(?:everyone|the\s+(?:team|department))\s+through|explain)\b[^.;]{0,80}?\bso\s+(?:that\s+)?(?:everyone|everybody|others|the\s+(?:rest|team|department))\b[^.;]{0,30}?\bwhat\s+not\s+to\s+do\b`,
    ],
    actors: PEOPLE,
    note: 'A sanction aimed at the person (keys taken away, a review that will "reflect" the incident, trust to be earned back) punishes instead of fixing the system; name the control that was missing.',
    examples: ["Take Tom's comms room keys off him.", 'The network team loses its exemption until they show they can be trusted.', "Ryan's probation review will reflect the patching incident."],
  },
];
