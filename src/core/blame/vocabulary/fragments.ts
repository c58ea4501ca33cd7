// Regular-expression fragments and actor sets shared by the vocabulary files.
import type { ActorKind } from '../types';

export const PEOPLE: readonly ActorKind[] = ['person'];
export const PEOPLE_OR_NAMES: readonly ActorKind[] = ['person', 'unknown-name'];
export const ANYONE: readonly ActorKind[] = ['person', 'we', 'unknown-name'];

/** Nouns that name a bad outcome ("caused the outage"). */
export const OUTCOME = String.raw`(?:outages?|incidents?|downtime|breakage|data\s+loss|mess|disruption|failures?|regressions?|problems?|issues?|damage|crash(?:es)?|bugs?|errors?|mistakes?|leaks?)`;
/** What a bad-outcome noun must not be followed by to stay a bad outcome ("the incident channel" is not). */
export const NOT_OUTCOME = String.raw`\s+(?:process|response|channel|bridge|call|review|reviews|protocol|procedure|commander|ticket|doc|document|report|declaration|management|template|handling|message|messages|rate|budget|fix|tracker|page)\b`;
/** Safeguards a person can skip or bypass. */
export const SAFEGUARD = String.raw`(?:tests?|testing|reviews?|code\s+review|checks?|checklists?|canary|canaries|staging|process|procedures?|runbooks?|playbooks?|approvals?|safeguards?|ci|pipeline|gates?|validation|steps?|protections?|branch\s+protection|change\s+management|freeze|rollout\s+plan|qa|linter|lint|dry[- ]run|peer\s+review)`;
/** Signals a person can miss or ignore. */
export const SIGNAL = String.raw`(?:deprecations?|announcements?|advisor(?:y|ies)|release\s+notes|canary|canaries|probes?|health\s*checks?|builds?|results?|logs?|metrics?|graphs?|dashboards?|banners?|prompts?|warnings?|alerts?|alarms?|pages?|pagers?|checks?|tests?|failures?|misconfigurations?|regressions?|vulnerabilit(?:y|ies)|mistakes?|typos?|spikes?|symptoms?|anomal(?:y|ies)|discrepanc(?:y|ies)|messages?|emails?|notifications?|signs?|advice|guidance|feedback|reviews?|comments?|concerns?|recommendations?|instructions|policy|policies|rules?|runbooks?|playbooks?|checklists?|procedures?|process|errors?|requests?|tickets?|calls?|texts?|deprecation\s+notices?|notices?|handoff|handover|deadline|escalation|dashboard|problem|issue|change|step|bug|(?:change\s+)?freeze|moratorium|embargo|maintenance\s+notices?)`;
/** Things a person is expected to do, for "didn't / failed to / never …". */
export const DILIGENCE = String.raw`(?:declare|roll\s+back|finish|complete|make\s+(?:a\s+)?backups?|take\s+a\s+(?:backup|snapshot)|back\s+up|run\s+the\s+tests?|anticipate|foresee|predict|plan\s+for|staff|prioriti[sz]e|fund|resource|check|test|verify|validate|confirm|review|read|follow|notice|realize|realise|communicate|tell|inform|announce|alert|warn|notify|escalate|ask|consult|coordinate|double-check|look|respond|update|document|monitor|report|consider|think|wait|listen|heed|catch|spot|mention|flag|acknowledge|ack|investigate|answer|reply|loop\s+in|involve|hand\s+over|share|care|prepare|plan|understand|learn|bother|follow\s+up|pay\s+attention)`;
/** The same, in the past tense, for "never checked". */
export const DILIGENCE_PAST = String.raw`(?:wrote\s+(?:anything|it|this|that|them)\s+(?:down|up)|checked|tested|verified|validated|confirmed|reviewed|read|followed|noticed|realized|realised|communicated|told|informed|announced|alerted|warned|notified|escalated|asked|consulted|coordinated|double-checked|looked|responded|updated|documented|monitored|reported|considered|waited|listened|caught|spotted|mentioned|flagged|acknowledged|investigated|answered|replied|followed\s+up|bothered|actioned|renewed|processed)`;
/** The same, as gerunds, for "Mateo not following the procedure". */
export const DILIGENCE_ING = String.raw`(?:following|checking|testing|verifying|validating|confirming|reviewing|reading|noticing|communicating|telling|informing|announcing|alerting|warning|notifying|escalating|asking|consulting|coordinating|double-checking|looking\s+at|responding|updating|documenting|monitoring|reporting|considering|waiting\s+for|listening|paying\s+attention|catching|spotting|mentioning|flagging|acknowledging|investigating|answering|bothering)`;
/** Determiners and counts before the object of a verb. */
export const DET = String.raw`(?:(?:the|a|an|this|that|our|his|her|their|all(?:\s+the)?|multiple|several|repeated|two|three|both|any|every)\s+)?`;

/** Words before a blame label that make it a risk to design against, not a verdict ("reduce the risk of human error"). */
export const SAFEGUARD_AGAINST = String.raw`\b(?:reduc\w*|minimi[sz]\w*|eliminat\w*|prevent\w*|avoid\w*|lower\w*|remov\w*|less|fewer|chances?\s+of|risks?\s+of|room\s+for|prone\s+to|possibility\s+of|likelihood\s+of|against|guard\w*\s+against|protect\w*\s+(?:us\s+)?(?:against|from)|source\s+of|invit\w*|encourag\w*|open\s+to|susceptible\s+to|vulnerable\s+to)\s+(?:the\s+)?(?:\w+\s+)?$`;

/**
 * What may follow a person's omission and make the sentence about the system after all: "did not escalate because the
 * policy says to wait", "nobody checked because no check was part of the process".
 */
export const SYSTEM_EXPLANATION = String.raw`[^.;]*?\b(?:because|since|as)\s+(?:(?:the|our|its|their|that|this)\s+(?:[\w-]+\s+){0,2}?(?:policy|runbook|playbook|process|procedure|tool|tooling|alerts?|alerting|dashboards?|pipeline|system|config|configuration|documentation|docs|pager|checklist|ui|console|prompt|script|automation|ci|template|bot|monitoring|tests?)\b|(?:the|our|its|that|this)\s+(?:[\w-]+\s+){0,2}?(?:channel|room|bridge|queue|phone|line|inbox)\s+(?:was|were|had\s+been)\s+(?:muted|silenced|archived|down|misrouted|disabled)\b|no\b|nothing\b|there\s+(?:was|were|is|are)\s+no\b|it\s+(?:was|looked|seemed|appeared)\b)`;

/**
 * A verb in the past tense that names an action on the system ("flipped", "ran", "rewrote"), for sentences that name a
 * person's action as a cause. Reporting, noticing and repairing verbs are left out: "after Ravi noticed the lag" and
 * "once Ana rolled back" narrate the response, not the cause.
 */
export const ACTION_PAST = String.raw`(?!(?:was|were|had|has|did|said|asked|noticed|spotted|caught|saw|found|paged|joined|reported|raised|warned|flagged|declared|escalated|confirmed|acknowledged|acked|tried|wanted|needed|seemed|looked|got|came|stepped|helped|fixed|resolved|restored|rolled\s+back|recovered|coordinated|managed|communicated|organi[sz]ed|mitigated|kept|posted|handled|led|stayed|answered|updated|documented|thanked|shared|explained|mentioned|noted|suggested|proposed|realized|realised|investigated|checked|verified|tested|reviewed|finished|completed|followed|started|opened|called|told|wrote|replied|responded)\b)(?:\p{L}+-)?(?:\p{L}{2,}ed|ran|made|took|put|set|left|cut|shut|threw|broke|gave|sent|hit|let|forgot|overrode|overwrote|undid|rebuilt|rewrote|chose|began|brought|drove|froze|hid|tore|pulled|typed)\b`;

/** A person's work product or step, for "Ken's edit", "one choice Marta made", "Olu's "quick fix"". */
export const CHANGE_NOUN = String.raw`(?:improvisations?|reshuffles?|shortcuts?|workarounds?|changes?|edits?|rebuilds?|reindex(?:es|ing)?|reimports?|reinstalls?|push|commits?|deploy(?:ment)?s?|merges?|migrations?|scripts?|query|queries|commands?|config(?:uration)?|tweaks?|fix|fixes|hotfix|patch|refactor|rollout|release|cleanup|clean-up|upgrade|update|pr|decision|call|choice|mistake|typo|experiment|action|flag\s+flip|cutover|rewrite|modifications?|refactoring|adjustments?|alterations?|reconfiguration|amendments?|interventions?|manual\s+corrections?|tinkering|meddling|fiddling|rules?|reorgani[sz]ation|purge|renewal)`;

/** Words that make a clause a bad outcome, after "which is why" or "and that is how". */
export const BAD_OUTCOME = String.raw`(?:broke|broken|break|crashed|crash|takeover|breach|fraud|turned\s+[^.;]{1,30}?\s+into\s+(?:a|an)\s+(?:[\w-]+\s+)?(?:sev-?\d|outage|incident|disaster|crisis|p\d)|failed|fail|failing|down|outage|lost|lose|bounced|ran\s+out|split[- ]brain|caused|corrupt\w*|went\s+out|shipped|deleted|wiped|stalled|delayed|locked|blocked|paged|dropped|timed\s+out|overloaded|melted|leaked|exposed|bad|wrong|worse|blank|dark|stopped|missing|empty|gone|black)`;

/** Checks and nets a risky action should have had: "with no snapshot", "without a review", "no canary". */
export const SAFETY_NET = String.raw`(?:backups?|snapshots?|pilots?|authori[sz]ation|permission|back-?out\s+plans?|cab\s+(?:tickets?|approvals?)|change\s+(?:tickets?|requests?|records?)|(?:[\w-]+\s+)?exemptions?|drain(?:ing)?|notice\s+to\s+the|heads-?up|second\s+(?:engineer|person|technician|operator|signature|check)|call-?backs?|permits?(?:\s+to\s+work)?|work\s+permits?|lock-?out|isolation|interlocks?|[\w-]+\s+detectors?|detectors?|rollback(?:\s+(?:plan|step|path))?|reviews?|reviewers?|approvals?|sign-?off|testing|tests?|canary|canaries|staging|dry[- ]?runs?|second\s+pair\s+of\s+eyes|(?:a\s+)?word\s+to\s+anyone|announcement|tickets?|change\s+request|looking|opening|reading|running|checking|peer\s+review|lgtm|a\s+word|where\s+clause|limit\s+clause)`;

/** Protections a person can switch off, for "disabled the health checks to make the deploy go green". */
export const PROTECTION = String.raw`(?:mfa|2fa|two-factor(?:\s+auth\w*)?|multi-factor(?:\s+auth\w*)?|health\s*checks?|poka-?yokes?|interlocks?|rate[- ]?limit(?:ing|ers?|s)?|alerts?|alerting|tests?|checks?|validation|verification|monitoring|logging|canary|gates?|linters?|lint|auth\w*|tls|firewall|protections?|safeguards?|backups?|paging|pager|circuit\s+breakers?|throttl\w+)`;

/** A reason outside the person after their action ("… rather than staging because staging was down"). */
export const SYSTEM_REASON = String.raw`(?:${SYSTEM_EXPLANATION})|[^.;]*?\b(?:because|since)\s+(?:the\s+)?[\w-]+\s+(?:was|were|had\s+been)\s+(?:down|unavailable|broken|offline|unreachable|full|empty|stale|missing|read-only)\b|[^.;]*?\b(?:because|since)\s+(?:his|her|their|my)\s+(?:[\w-]+\s+)?(?:pager|phone|laptop|vpn|connection|network|battery|device|access)\b|[^.;]*?\bafter\s+(?:confirming|checking|verifying|validating|handing\s+(?:over|off)|the\s+hand-?(?:over|off))\b|[^.;]*?\bbecause\s+it\s+is\b|[^.;]*?\b(?:as\s+(?:planned|agreed|requested|arranged|documented|scheduled)|per\s+the\s+(?:runbook|plan|playbook)|as\s+the\s+(?:runbook|plan|playbook)\s+says|after\s+(?:the\s+)?(?:[\w-]+\s+){0,3}?(?:approved|confirmed|agreed|signed\s+off))\b|[^.;]*?\b(?:which|as|what)\s+(?:is\s+what\s+)?(?:the\s+|our\s+)?(?:[\w-]+\s+){0,2}?(?:settings?|process|policy|runbook|procedure|rules?|config|design)\s+(?:allow|allows|allowed|require|requires|required|permit|permits|permitted|says|said)\b|[^.;]*?\bby\s+design\b|[^.;]*?\b(?:with|after)\s+(?:the\s+)?(?:[\w-]+\s+){0,2}?(?:agreement|approval|sign-?off|go-ahead)\b`;

/** Harm told right after praise, which makes the praise sarcastic: "great work as usual: took down checkout". */
export const HARM_DONE = String.raw`(?:took\s+down|takes\s+down|broke|crashed|maxed\s+out|went\s+down|knocked\s+out|wiped|deleted|dropped|melted|killed|outage|down\s+for)`;

/**
 * Work done on purpose after taking a service down: "I took down the API, created a new follower database …, and then
 * failed over to it", "took down the site for maintenance".
 */
export const PLANNED_WORK = String.raw`[^.;]*?\b(?:for\s+(?:planned\s+|scheduled\s+)?maintenance|in\s+order\s+to|intentionally|deliberately|on\s+purpose)\b|[^.;]{0,200}?\band\s+then\s+(?:failed|switched|cut)\s+over\b|\s+to\s+(?:upgrade|migrate|resize|replace|move|apply|install|perform)\b`;
