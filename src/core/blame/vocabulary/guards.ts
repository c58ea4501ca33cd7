// Sentences that talk about blame rather than assign it; no entry reports in them.

/** Sentences that talk about blame rather than assign it: guidance, quotations of what not to write. */
export const META_GUARDS: readonly string[] = [
  String.raw`\bblameless(?:ly|ness)?\b|\bblame[- ]free\b|\bno[- ]blame\b`,
  String.raw`\b(?:avoid|instead\s+of|rather\s+than|don['’]?t|do\s+not|never)\s+(?:saying|writing|using\s+(?:(?:the\s+)?(?:words?|phrases?|terms?|language|labels?)\b|["“'‘])|phrases?|words?\s+like|language\s+like|terms?\s+like|blaming|naming|calling\s+(?:it|this)|label(?:l)?ing|pointing\s+fingers)\b`,
  String.raw`\b(?:is|are|was|were)(?:n['’]t|\s+not|\s+never)\s+(?:a|an|the)\s+(?:\w+\s+)?(?:root\s+cause|cause|explanation)\b`,
  String.raw`["“][^"”]{3,}["”]\s*,?\s+not\s+["“]`,
  String.raw`\bwho\s+(?:is|was)\s+to\s+blame\b`,
  // "We are not naming the associate who clicked the link; the email was convincing": withholding a name on purpose.
  // "We considered writing "the night shift missed the alarm", but …": wording weighed and set aside.
  String.raw`\b(?:considered|thought\s+about)\s+(?:writing|saying|calling\s+(?:it|this))\s*["“‘']|\bwere\s+tempted\s+to\s+(?:write|say)\s*["“‘']`,
  // ("I won't name names, but …" is the opposite: an insinuation.)
  String.raw`\b(?:are|is|am)(?:\s+not|n['’]t)\s+naming\s+(?:the|any|anyone|anybody|individuals?|people|(?:the\s+)?(?:person|people|engineer|colleague|staff))\b(?![^.;]{0,40}\bbut\b)`,
  String.raw`\b(?:not|n['’]t|never)\s+(?:\w+\s+){0,2}?(?:looking|searching|hunting|trying)\s+(?:for|to\s+find|to\s+name)\s+(?:someone|somebody|anyone|anybody|a\s+(?:person|culprit|scapegoat|name))\b`,
  String.raw`\b(?:calling|call|label(?:l)?ing|describing)\s+(?:it|this|that|them|him|her|the\s+\w+)\s+(?:as\s+)?["“']`,
];
