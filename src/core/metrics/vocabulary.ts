// The wording of timeline rows that mark a key moment; data, kept apart from the inference that uses it.
// Every pattern is an alternation of fixed phrases between word boundaries: linear on any input. A row labelled with the
// moment ("Mitigation: consumers restarted") marks it too.
import { RESOLVED_ELSEWHERE } from '../text/language';
import type { MomentName } from './types';

type InferredMoment = Exclude<MomentName, 'started'>;

export interface MomentWording {
  /** A row saying this moment happened. */
  marks: RegExp;
  /** Wording that takes it back: "no alert fired", "rollback started", "not resolved". */
  unless: RegExp;
}

/** What users meet while the fault lasts; it stopping ("errors stop", "502s stopped") is the mitigation. */
const SYMPTOM = String.raw`(?:errors?|failures?|timeouts?|crashes|[45]xxs?|[45]\d\ds)`;

/**
 * The symptom, or a measure of the fault: what climbs when it starts and falls or stops when it is mitigated ("lag",
 * "stale reads").
 */
const MEASURE = String.raw`(?:${SYMPTOM}|error rates?|latency|5xx rate|queue depth|lag|(?:stale|failed|failing|slow|bad|wrong|duplicate|dropped) (?:reads|writes|requests|responses|queries|deliveries|messages|jobs|builds|logins|payments))`;

/**
 * The symptom, or a measure of the fault, easing: "errors stop", "502s stopped", "latency starts falling", "lag starts
 * falling", "p99 latency back under 400 ms", "error rate below 1%".
 */
const EASING = String.raw`${MEASURE} (?:stop|stops|stopped|ceased?|subsided?|drop|drops|dropped|falls|fell|recover(?:s|ed|ing)|(?:(?:is|are|was|were) )?back (?:under|below|within)|(?:(?:is|are|was|were|now) )?(?:below|under) \d|(?:(?:is|are) )?(?:falling|dropping|decreasing|recovering)|(?:starts?|started|begins?|began) (?:falling|dropping|decreasing|recovering|to (?:fall|drop|decrease|recover)))`;

/**
 * The service doing its work again: "deposits go through again", "logins working again", "on time again". Read near
 * the start of a row only: further into a long row it tells the investigation ("… On the rails console this scope
 * started working again").
 */
const AGAIN = String.raw`(?:go|goes|went|going|get|gets|got|getting) through again|(?:[\w-]+ )?normally again|(?:on time|healthy|online|available) again|(?:works?|working|worked|succeed(?:s|ed|ing)?|flow(?:s|ing)?|loads?|loading|respond(?:s|ing)?|resume[sd]?) again`;

/**
 * What users do going through once more, told without "again": "logins succeed", "payments going through". Read near
 * the start of a row, like AGAIN; not "some builds succeed", a partial recovery.
 */
const SUCCEEDING = String.raw`(?<!\b(?:some|a few|few|several|a handful of|occasional) )(?:logins|sign-?ins|requests|payments|checkouts|uploads|downloads|deploys|builds|queries|writes|reads|jobs|orders|api calls|calls) (?:succeed|succeeding|go through|going through)`;

/** The parts that were failing holding again: "pods stable", "consumers recover", "workers healthy". */
const PARTS_HOLD = String.raw`(?:pods?|containers?|consumers|workers|nodes|replicas|instances|brokers|shards) (?:(?:are|is|now|back) )?(?:stable|stabili[sz]ed?|recover|recovers|recovered|recovering|healthy)`;

/** What users do recovering: "checkout recovers", "webhooks are back". */
const FEATURE_RECOVERS = String.raw`(?:checkouts?|logins?|sign-?ins?|search|payments?|uploads?|downloads?|deliveries|webhooks|notifications|the api|the site|the website|the app) (?:recovers|recovered|recovering|(?:is|are) back)`;

/**
 * A step done by hand that relieves the fault: "export run by hand", "metadata cache refreshed by hand", "message moved
 * to the dead-letter queue by hand", "cache flushed".
 */
const BY_HAND = String.raw`(?:run|ran|re-?run|re-?ran|triggered|kicked off) (?:by hand|manually)|manually (?:runs?|ran|re-?runs?|re-?ran|triggers|triggered|kicks off|kicked off)|(?:refreshed|flushed|cleared|purged|moved|renewed|rotated|reloaded|restarted|reset|removed|deleted|killed|unlocked|released|invalidated) (?:[\w-]+ ){0,3}?(?:by hand|manually)|(?:cache|caches) (?:(?:was|were) )?(?:flushed|cleared|purged|refreshed|invalidated)`;

/**
 * A short word at the end of a row that says the moment, set off by a comma, colon or dash from what came before: "…,
 * resolving", "Confirmed with affected customers, closed", "@sam: ack, looking".
 */
const CLOSING_WORD = (word: string) => String.raw`(?<=[,;:—–-] ?)${word}(?=[.!]?[ \t]*$)`;

/**
 * Resolved as the other languages whose section names are read write it on a timeline row ("Störung behoben", "Løst").
 * Followed by the end of the word only where the language ends it with a plain letter.
 */
const RESOLVED_ELSEWHERE_WORDS = `(?:${RESOLVED_ELSEWHERE.join('|')})`;

/**
 * The other moments as those languages write them on a row: an alert going off ("Salta la alerta", "Alarme déclenchée"),
 * the on-call taking it ("La guardia reconoce la alerta", "Bereitschaft bestätigt den Alarm"), and the service working
 * again or the errors falling ("los pagos vuelven a funcionar", "funktioniert wieder", "Fehlerrate sinkt").
 */
const DETECTED_ELSEWHERE = String.raw`(?:alerta|alertas|alerte|alertes|alarme|alarmes|larm|hälytys)`;
const ACKNOWLEDGED_ELSEWHERE = String.raw`(?:reconoce|reconocida|reconhece|quittiert|bestätigt (?:den |die )?(?:alarm|alert|meldung)|acquitte|prend en charge|pris(?:e)? en (?:compte|charge) (?:de |par )|kvitterer|kvitterar)`;
const MITIGATED_ELSEWHERE = String.raw`(?:mitigad[oa]|mitig[ée]e?|(?:erros?|falhas?) (?:caem|diminuem|param|cessam)|(?:bascule|basculement) (?:du|de) trafic|repartent|reprennent|vuelven? a funcionar|voltam? a funcionar|funktionier(?:t|en) wieder|fonctionnent? (?:à nouveau|de nouveau)|fungerer igjen|fungerar igen|virker igen|werkt weer|werken weer|funziona(?:no)? di nuovo|(?:fehlerrate|fehler) (?:sinkt|sinken|fällt|fallen)|(?:los )?errores (?:bajan|disminuyen))`;

// "Alias swapped back to products_0216" undoes the change; said in brackets ("Node rollover started (runtime swapped
// back to …)") it tells what another step changed.
export const MOMENT_WORDING: Record<InferredMoment, MomentWording> = {
  // A word of a channel's name ("warning posts to #registry-alerts") is no alarm.
  detected: {
    marks: new RegExp(String.raw`(?<!#[\w-]{0,40})\b(?:alerts?|alerted|alarms?|alarmed|paged|(?<!status[ -]?)pages?|pager|pagerduty|opsgenie|detected|noticed|(?<!\b(?:it|which|that|when|once|if) )notices|(?:we|they|users|customers|people|engineers|developers) notice|spotted|(?<!\b(?:controller|server|host|node|device|switch|router|firewall|cluster|pod|job|pipeline|script|build|deploy|upgrade) )(?:reported|reports?)(?! (?:as )?(?:complete|completed|done|finished|successful|green|healthy|ok|fine)\b)|complain(?:ed|ts?)|fired|triggered|(?:alert|alarm|monitor|probe|check)s?\s+(?:["“][^"”]{0,60}["”]\s+|[\w.-]+\s+|\[[^\]]{0,20}\][^.;]{0,60}?\s)?(?:triggers|fires)|first (?:sign|signs|error|errors|report)|first (?:[\w-]+ ){0,2}?(?:review|reviews|complaint|complaints|tweet|tweets|bug report|ticket|call)|(?:began|begins|started|starts) (?:receiving|taking) (?:calls|complaints)|escalat(?:es|ed|ing) (?:it )?to (?:the )?(?:[\w-]+ )?on-?call|(?:synthetic|uptime|canary|smoke) (?:checks?|probes?|tests?)\b[^.;]{0,40}?\b(?:fails|failed|failing)|(?:synthetics?|uptime) [\w\x60.-]+ (?:fails|failed|failing)|(?:monitors?|checks?|probes?|dashboards?|status|health ?checks?) (?:goes|go|went|turns?|turned|is|are|was|were) red|(?:dashboards?|graphs?|sentry|datadog|grafana) (?:show|shows|showed|showing) (?:an? )?(?:elevated|increased|spike|spikes|rise|surge|jump)|(?:support|customer|user|first) tickets?|(?:messages|messaged|contacts|contacted|emails|emailed|calls|called|tells|told|notifies|notified) (?:our |the )?(?:support|help ?desk|service ?desk|on-?call)|detection(?=\s*:)|${DETECTED_ELSEWHERE})\b`, 'i'),
    // A job "triggered manually" is work starting, not an alarm.
    unless: /\b(?:no|without|never|missing) (?:alerts?|alarms?|pages?)\b|\b(?:triggered|kicked off) (?:manually|by hand)\b|\bmanually (?:triggered|kicked off)\b|\balert(?:s|ed|ing)? (?:our |the )?(?:users|customers|the public|people|subscribers)\b|\b(?:did not|didn't|failed to|never|not) (?:fire|trigger|alert|page)\b/i,
  },
  acknowledged: {
    marks: new RegExp(String.raw`\b(?:acknowledged|acknowledges|acked|acks|(?:opens|opened) the (?:incident )?(?:bridge|war room)|(?:accepts|accepted) the incident|ack'd|(?<![-\w])ack(?=[ \t]*[,.;:!—–]|[ \t]*$)|responded|responding|(?:joined|joins) (?:the )?(?:call|bridge|channel|incident)|(?:incident|war) (?:channel|room|bridge|call)(?: #?[\w-]+)? (?:created|opened|started)|(?:takes|took) (?:incident )?command|(?:assigned|appointed) (?:as )?(?:the )?(?:incident commander|ic)|incident (?:declared|opened|created)|(?:declared|declares) (?:an |the )?incident|investigation (?:began|started|begins|begun)|(?:began|begins|started|starts|starting) (?:investigating|looking(?: into it)?(?=[ \t]*(?:[,.;]|$)))|engaged|(?:picks|picked) up (?:the )?(?:page|alert|escalation|incident|ticket)|${ACKNOWLEDGED_ELSEWHERE})\b`, 'i'),
    unless: /\b(?:stops?|stopped|stopping|no longer|not|n['’]t) (?:responding|responded)\b|\b(?:not|never|nobody|no one|unacknowledged) (?:acknowledged|acked|responded)\b/i,
  },
  mitigated: {
    marks: new RegExp(String.raw`\b(?:rolled back|rolls back|(?:[a-z]{3,}ing|service|traffic|deliveries|payments|orders|jobs|builds|uploads) resum(?:es|ed)|back on (?:v(?:ersion)? ?)?\d+\.\d|(?<!\([^()]{0,80})(?:swapped|switched|flipped|pointed) back|rollback (?:completed|complete|finished|done|deployed)|reverted|reverts (?:the|to)|revert (?:deployed|merged|completed)|(?:fix|hotfix|patch|workaround)(?: v?\d[\w.-]*)? (?:was |is )?(?:deployed|applied|rolled out|released|shipped|in place)|(?:feature )?flag\b[^.;]{0,40}?\b(?:disabled|turned off|switched off)|(?:disabled|turned off|switched off) (?:the )?(?:[\w-]+ )?(?:feature )?flag|(?:deployed|deploys|applies|ships|rolls out) (?:a |the )?(?:fix|hotfix|patch|workaround)|mitigated|fails over|mitigation (?:applied|deployed|in place|complete)|failed over|failover (?:completed|complete)|traffic (?:drained|shifted|rerouted)|impact (?:stopped|ended|mitigated)|${EASING}|(?:backlog|queue|retry queue) (?:starts|started|begins|began) (?:draining|to drain|clearing|to clear)|(?:scaled|scales|resized|resizes) (?:[\w-]+ ){0,3}?(?:up|out|back (?:up|to))|(?:restored|reinstated|put back) (?:the )?(?:previous|prior|last[- ]known[- ]good|earlier|old)|(?:previous|prior|last[- ]known[- ]good|earlier) (?:[\w-]+ ){0,2}?(?:restored|reinstated|put back)|(?:attacks?|attempts|malicious traffic|bot traffic|abusive traffic|the attacker) (?:(?:is|are|was|were) )?(?:now )?(?:blocked|cut off)|(?:incident|attack|breach|threat|intrusion|compromise) (?:(?:is|was) )?contained|(?<=^[\s\S]{0,160})(?:${AGAIN}|${SUCCEEDING})|${PARTS_HOLD}|${FEATURE_RECOVERS}|${BY_HAND}|freed (?:up )?(?:some )?(?:disk )?space|(?:lifts?|lifted|removes?|removed) (?:the |its |our )?(?:throttle|throttling|rate limit|block|ban)|(?:throttle|throttling|rate limit|block|ban) (?:is |was )?(?:lifted|removed)|(?:is|are|was|were|came|comes) back (?:up|online)(?! (?:the|a|an|our|its|their|all)\b)|${MITIGATED_ELSEWHERE}|mitigation(?=\s*:))\b`, 'i'),
    unless: new RegExp(String.raw`\b(?:not|partially|un)mitigated\b|(?:n['’]t|\b(?:stopped|stops|not|never|until|once|when|if|whether))\s+(?:[\w-]+\s+){0,2}(?:${AGAIN})\b|\b(?:until|once|when|if|whether) (?:the )?${EASING}\b|\b(?:not|partially) mitigated\b|\b(?:not|never|no longer|n['’]t|un)(?: [\w-]+)? (?:stable|healthy|recover(?:s|ed|ing)?)\b|\b(?:decided|decision|discuss(?:ed|ion)?|consider(?:ed|ing)?|plan(?:ned)?|propos(?:ed|al)) to\b`, 'i'),
  },
  resolved: {
    marks: new RegExp(String.raw`\b(?:resolved|all clear|all-clear|incident (?:closed|over|ended|ends)|(?:outage|impact|downtime|disruption|degradation) (?:ends|ended|is over|was over)|end of (?:the )?(?:outage|impact|downtime|disruption|degradation)|(?:back|returned|returns) to baseline|(?:returned|returns) to normal|(?:closed|closes|resolves) the incident|fully (?:recovered|restored|operational)|(?:service|services|system|systems) (?:restored|recovered|back to normal|healthy|operational)|all systems (?:operational|normal|healthy|green)|back to normal|recovery (?:confirmed|complete|completed)|(?:confirms?|confirmed) (?:a )?(?:full |complete )?recovery|resolution(?=\s*:)|closing (?:this|it|the incident) out|fin de l['’]incident|fin del incidente|revenue? à la normale|${RESOLVED_ELSEWHERE_WORDS}|${CLOSING_WORD('(?:resolving|closing|closed)')})\b`, 'i'),
    unless: /\b(?:not|partially|not yet|not fully) resolved\b|\b(?:after|before|until|since|when) (?:the )?(?:outage|impact|downtime|disruption|degradation) (?:ends|ended|is over|was over)\b/i,
  },
};

/** The phrases that mark the impact's start or end, in the case `cased` gives their words. */
function impactPhrases(cased: (word: string) => string): { begins: string; ends: string } {
  const words = (list: string) => `(?:${list.split(' ').map(cased).join('|')})`;
  const impact = words('outage impact downtime disruption degradation');
  const of = String.raw`\s+${cased('of')}\s+(?:${cased('the')}\s+)?${impact}`;
  return {
    begins: String.raw`(?:${impact}\s+${words('begins began starts started start')}|${words('start beginning onset')}${of})`,
    ends: String.raw`(?:${impact}\s+(?:${words('ends ended')}|${words('is was')}\s+${cased('over')})|${cased('end')}${of})`,
  };
}

const LOWER = impactPhrases((word) => word);
const UPPER = impactPhrases((word) => word.toUpperCase());

/**
 * A phrase set apart as a marker in a row's Markdown: in bold or italics, or in brackets ("(**outage starts**)",
 * "**\\<END OF OUTAGE>**"); not one told in the row's prose ("investigations into the outage began", "Service
 * degradation begins, ~34% of requests failing"), which may be about another moment.
 */
function setApart(phrase: string): RegExp {
  const open = String.raw`(?:\*\*|__|\*|_|\(|\[|\\?<)`;
  const close = String.raw`(?:\*\*|__|\*|_|\)|\]|>)`;
  return new RegExp(String.raw`${open}[ \t]*(?:(?:\*\*|__|\\?<)[ \t]*)?${phrase}[ \t]*(?:[.!][ \t]*)?${close}`, 'i');
}

/**
 * The row (its Markdown) that marks where the impact began: "**OUTAGE BEGINS**" (the Google SRE book's template),
 * "(**outage starts**)", or the phrase in capitals. The incident's start; the rows before it are its lead-up.
 */
export const IMPACT_START: readonly RegExp[] = [setApart(LOWER.begins), new RegExp(String.raw`\b${UPPER.begins}\b`)];

/** The row that marks where the impact ended: "**OUTAGE ENDS**", "**Outage ends.**", "**\\<END OF OUTAGE>**". */
export const IMPACT_END: readonly RegExp[] = [setApart(LOWER.ends), new RegExp(String.raw`\b${UPPER.ends}\b`)];

/**
 * A row telling the symptom starting: "First HTTP 500s from payments-api", "Début des erreurs 502", "Tokenization errors
 * start climbing", "deposit posting starts timing out", "5xx rate begins to rise", "users start seeing errors". Where no
 * row marks the impact's start and nothing was detected before it, the impact starts there: the rows before it (a
 * release rolling out, a job starting) are its lead-up.
 */
export const SYMPTOM_START = new RegExp(
  String.raw`\b(?:${MEASURE}\s+(?:start|starts|started|begin|begins|began)\s+(?:to\s+)?(?:climb|climbing|rise|rising|increase|increasing|spike|spiking|appear|appearing|grow|growing)|(?:start|starts|started|begin|begins|began)\s+(?:failing|timing\s+out|erroring|returning\s+(?:errors|5\d\d|5xx|4\d\d))|stop(?:s|ped)?\s+serving\s+(?:clients|users|customers|traffic|requests)|(?:lose|loses|lost)\s+(?:their\s+|its\s+)?(?:controllers?|connection|connectivity|network)|(?:users|customers|clients)\s+(?:start|started|begin|began)\s+(?:to\s+)?(?:see|seeing|get|getting|report|reporting|hit|hitting)\s+(?:errors|failures|timeouts|5\d\d|5xxs?)|\bfirst\s+(?:https?\s+)?(?:5\d\ds|5xxs?|4\d\ds)\b|d[ée]but\s+des\s+(?:erreurs|[ée]checs|pannes)|d[ée]but\s+de\s+l['’]impact|inicio\s+de\s+(?:los\s+)?errores|inicio\s+del\s+impacto|in[íi]cio\s+(?:do\s+impacto|dos\s+erros|das\s+falhas)|beginn\s+der\s+(?:fehler|störung))\b`,
  'i',
);
