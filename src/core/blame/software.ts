// Names a document shows to be software: "Fantomas silently deleted every attribute" is a formatter at work, not a
// person, when the same document links fsprojects/fantomas or speaks of "any Fantomas release".

/** A repository's name in an address or a reference: github.com/fsprojects/fantomas, fsprojects/fantomas#3400. */
const REPOSITORY = /\b(?:github\.com|gitlab\.com|codeberg\.org|bitbucket\.org|sr\.ht)\/~?[\w.-]{1,100}\/([\w.-]{2,100})|(?<![\w./-])[\w.-]{1,100}\/([\w.-]{2,100})#\d{1,9}\b/gu;
/**
 * A capitalised name with a version after it ("Kubernetes 1.17", "Fantomas v7.0"), or with what only software has:
 * "any Fantomas release", "the Hydra repository", "Fantomas' own code base". A person's "release" takes a possessive
 * ("Dana's release"), so only a name with its own code base does.
 */
const NAMED_SOFTWARE = /(?<![\p{L}\p{N}@'’_-])(\p{Lu}[\p{L}\p{N}+-]{1,40})(?:\s+v?\d{1,4}\.\d{1,4}\b|\s+(?:releases?|versions?|repo|repos|repository|repositories|codebase|binar(?:y|ies)|packages?|plugins?|CLI|API|SDK|daemon)\b|['’]s?\s+own\s+(?:code\s*base|test\s+suite|suite|repo|repository|source|sources|tests)\b)/gu;

/** The names, lower-cased, that the text shows to be software. Linear: each expression is bounded. */
export function softwareNames(text: string): string[] {
  const names = new Set<string>();
  for (const m of text.matchAll(REPOSITORY)) names.add((m[1] ?? m[2]).replace(/\.git$/u, '').toLowerCase());
  for (const m of text.matchAll(NAMED_SOFTWARE)) names.add(m[1].toLowerCase());
  return [...names];
}
