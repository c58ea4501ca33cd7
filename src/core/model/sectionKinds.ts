// Recognises what a section is about from its heading, tolerantly ("What Happened?" is the timeline, "Follow-ups" are actions).
import type { SectionKind } from './types';

/** Checked in order: the first pattern that matches the normalised heading wins, so specific names come first. */
const SECTION_PATTERNS: ReadonlyArray<readonly [SectionKind, RegExp]> = [
  ['fiveWhys', /\b(5|five) whys\b/],
  ['contributingFactors', /\bcontributing (factors?|causes?)\b/],
  ['rootCause', /\broot cause|\bwhy did (this|it) happen|\bhow did (this|it) happen|\bwhy (this|it) happened|^why$|\bwhat caused\b|\bhow (this|it) happened\b|\bcauses?\b|\btrigger\b|^the (vulnerability|bug|flaw)$|^technical (details|explanations?|analysis)$|^how the (exploit|attack|bug|vulnerability|breach|flaw) (worked|happened|occurred)$|^bugs? \d{1,2}\b|\bbug \d{1,2}$|^(?:post )?incident analysis$|\brca\b|^analysis$/],
  // "Follow-up Questions": questions left for the review, not follow-up work.
  ['reviewQuestions', /\bfollow ?ups? questions\b|\bquestions (to|for) follow ?up\b/],
  ['wentWell', /\bwhat (went|worked) (well|right)\b|\bwent well\b|\bwhat worked\b|\bwhere we got lucky\b/],
  // "What should ordinarily have been done to prevent this, but wasn't done?" asks what was missed, not what comes next.
  ['wentWrong', /\bwhat (went wrong|went poorly|didn ?t work|did not work)\b|\bwhat (?:could|can|should) (?:be|have been) improved\b|\bthings to improve\b|\bareas? (?:for|of) improvement\b|\bwent (wrong|poorly|badly)\b|\bwhere we got unlucky\b|\bbut (wasnt|was not|werent|were not) done\b|\bfailed to prevent\b/],
  ['timeline', /\btime ?line\b|\bwhat happened\b|^how did we respond$|\bchronology\b|\bsequence of events\b|\bevent log\b|^(?:key |incident |major )?events$/],
  ['actionItems', /\baction items?\b|\bhow (?:are|will) we(?: [a-z0-9]+){1,8} less (?:likely|impactful)\b|\b(immediate|short term|long term|follow up|corrective|preventative|preventive|remediation|open|completed) actions?\b|^(\d+ )?actions?\b|\bfollow ?ups?\b|\bcorrective and prevent(at)?ive\b|\bcorrective\b|\bprevent(at)?ive measures\b|\bwhat are we doing differently\b|\bwhat (we re|we are|were) doing about it\b|^what (?:we re|we are|were|we ll be|well be|we will be) doing(?: next| now| about it| differently)?$|\b(?:going to|will|ill|well|ll) do better\b|\b(?:how|what) (?:do|can|will|should|could) we do better\b|\bgoing to do about (?:it|this)\b|\bimproving\b|\bnext steps\b|\bremediations?\b|\bresulting actions?\b|\bfollow up actions?\b|^(?:\d+ )?(?:open |remaining )?to ?dos?(?: list| items)?$|(?<!\bwhat )\bto ?dos?$|\bwhat (?:is|s|will be|has been|was) (?:being )?done to (?:prevent|avoid|stop)\b|\bwill (?:this|it) happen again\b|^(?:strengthening|hardening|improving) (?:our|the)\b|\bfuture (?:[a-z]+ ){0,2}(?:hardening|initiatives?|improvements?|measures|steps|changes|mitigations|safeguards)\b|\bactionables?\b|^prevention\b|\bmitigation and prevention\b|\bnext actions\b|\bopen items\b|\bfuture (work|works|plans?)\b|^tasks\b|\bpost incident tasks\b|\bwork items\b|\b(short|long|medium) term (fixes|improvements|work|changes)\b|^(?:(?:further|planned|proposed|future|suggested) )?improvements$|^recommendations?\b|^fixes\b|\bgoing forward\b|\b(looking|moving) (forward|ahead)\b|\b(what|how) (are )?we (are |re |will )?(doing to )?prevent(ing)?\b|\bwhat we will do differently\b|\bwhat(s| is| we re| we are| were| we will be| we ll be| well be)? changing\b|\bwhat (we re|were|we are) doing to prevent\b|\band actions\b|\bfuture (improvements?|actions?)\b|\breview actions?\b|\bactions? (following|from) (the )?review\b|\bremedial (measures?|actions?|steps)\b|\b(could|can|should|will|would|must) be done\b|\bto (avoid|prevent) (this|it|similar|recurrence|a recurrence|a repeat)\b|\b(avoiding|preventing) (this|it|similar|recurrence|a recurrence)\b|^(the |in the |over the )?(following|coming|next) ((\d+|few|two|three|four|six|several) )?(days|weeks|months)$|^(in )?the (days|weeks|months) (after|since|following)\b/],
  // The same in the languages postmortems are most often written in besides English: Norwegian and Danish ("Aksjonspunkter",
  // "Tiltak", "Handlingspunkter", "Opfølgning"), Swedish ("Åtgärder"), German ("Maßnahmen", "Nächste Schritte"), Dutch
  // ("Actiepunten"), French ("Plan d'action", "Mesures correctives"), Spanish, Portuguese, Italian, Finnish and Polish.
  ['actionItems', /^(?:aksjonspunkt(?:er)?|tiltak|tiltakspunkt(?:er)?|handlingspunkt(?:er)?|handlingsplan|oppfolgingspunkt(?:er)?|opfolgningspunkt(?:er)?|oppfolging|opfolgning|atgard(?:er|spunkter)?|uppfoljning|massnahmen|folgemassnahmen|aktionspunkte|nachste schritte|actiepunten|vervolgacties|vervolgstappen|maatregelen|acties|plan d ?action|mesures(?: correctives| preventives)?|prochaines etapes|actions (?:correctives|preventives|a mener)|acciones(?: correctivas| preventivas)?|plan de accion|proximos pasos|medidas(?: correctivas| preventivas)?|acoes(?: corretivas| preventivas)?|plano de acao|proximos passos|azioni(?: correttive| preventive)?|prossimi passi|toimenpiteet|jatkotoimenpiteet|dzialania(?: naprawcze| zapobiegawcze)?)$/],
  // Summary, impact, timeline and root cause in the same languages ("Zusammenfassung", "Zeitlicher Ablauf", "Ursache",
  // "Resumen", "Cronología", "Causa raíz", "Auswirkungen", "Impacto").
  ['timeline', /^(?:zeitlicher ablauf|ablauf|zeitablauf|zeitverlauf|zeitleiste|chronik|was ist passiert|chronologie(?: des evenements)?|deroulement(?: des evenements)?|cronologia(?: de (?:los )?(?:hechos|eventos))?|linea de tiempo|linha do tempo|sequenza degli eventi|tidslinje|tidslinjen|handelsforlop|handelseforlob|handelseforlopp|aikajana|tapahtumien kulku|os czasu|przebieg zdarzen|chronologia|tijdlijn|verloop)$/],
  ['rootCause', /^(?:(?:grund)?ursachen?(?:analyse)?|fehlerursache|cause (?:racine|premiere|profonde)|causa(?:s)? (?:raiz|principal|radice|principale|profunda)|analisis de causa(?: raiz)?|rotarsak(?:en)?|grundarsag(?:en)?|grundorsak(?:en)?|juurisyy|perimmainen syy|przyczyn[ay](?: (?:zrodlowa|glowna|zrodlowe))?|(?:grond)?oorza(?:ak|ken))$/],
  ['impact', /^(?:auswirkung(?:en)?|folgen|impacto|impatto|konsekvenser|pavirkning|paverkan|vaikutu(?:s|kset)|wplyw|skutki|gevolgen)$/],
  ['summary', /^(?:zusammenfassung|uberblick|kurzfassung|resume|synthese|resumen(?: ejecutivo)?|resumo|riepilogo|sintesi|sammendrag|oppsummering|sammanfattning|yhteenveto|podsumowanie|samenvatting)$/],
  ['impact', /\bimpact(ed)?\b|^blast radius$|^affected (?:services|systems|components|users|customers|regions)$|^fallout$|\b(error|failure) manifestation\b|^symptoms?$|^risks? and hazards?$|\bwhat was affected\b|\bhow users were affected\b|\bwho was affected\b/],
  ['lessonsLearned', /\blessons? learn(ed|t)\b|^lessons$|\blearnings\b|\blearning points\b|\btakeaways\b|\bwhat we learn(ed|t)\b/],
  ['detection', /\bdetection\b|\bwere we alerted\b/],
  // "The Fix": the one fix made, told (a "Fixes" section lists fixes to make, an action section).
  ['resolution', /\bresolution\b|^response$|\brecovery\b|\bmitigation\b|\bhow (it|this) was (fixed|resolved)\b|\bhow we (?:fixed|resolved|mitigated) (?:it|this)\b|^(the )?fix$/],
  ['metrics', /\bmetrics\b|\bstats\b|\bstatistics\b|\bkpis?\b/],
  ['reviewQuestions', /\breview questions\b|\bquestions\b/],
  ['participants', /\bparticipants\b|\battendees\b|\battendance\b|\bresponders\b|\bpeople involved\b/],
  ['references', /\breferences\b|\blinks\b|\bsupporting information\b|\bresources\b|\bappendix\b/],
  ['signOff', /\bsign ?offs?\b|\bapprovals?\b/],
  ['summary', /\bsummary\b|^problem statement$|^the (issue|problem)$|\boverview\b|\b(quick|key) facts\b|^facts$|\bat a glance\b|\btl ?dr\b|\babstract\b|\bbackground\b|^context$|\bdescription\b|^(incident )?details$/],
  ['notes', /\bnotes\b/],
];

/** "Actions Taken" during the response are what responders did, not follow-up work. */
const NOT_ACTION_ITEMS = /\bactions? taken\b|\bresponse (steps|actions)\b/;

/** Lower case, with letters that carry marks read as their base letters: "Åtgärder" → "atgarder", "Maßnahmen" → "massnahmen". */
export function foldLetters(text: string): string {
  return text.toLowerCase().normalize('NFD').replace(/[\u0300-\u036f]/g, '').replace(/ß/g, 'ss').replace(/[øœ]/g, 'o').replace(/æ/g, 'ae').replace(/ł/g, 'l');
}

export function normaliseHeading(title: string): string {
  // "9. Recommendations", "2.1) Timeline", "IV. Impact": a report's numbering is no part of the name ("5 Whys" is).
  return foldLetters(title.replace(/^\s*(?:\d{1,2}(?:\.\d{1,2}){0,3}[.)]|[IVX]{1,4}\.)\s+(?!whys?\b)/iu, ''))
    // "Resulting Action(s)", "Remediation(s)": the optional plural is the plural.
    .replace(/\(s\)/g, 's')
    .replace(/[’']/g, '')
    .replace(/[^a-z0-9]+/g, ' ')
    .trim();
}

export function classifySection(title: string): SectionKind | null {
  const normalised = normaliseHeading(title);
  if (NOT_ACTION_ITEMS.test(normalised)) return null;
  for (const [kind, pattern] of SECTION_PATTERNS) {
    if (pattern.test(normalised)) return kind;
  }
  return null;
}
