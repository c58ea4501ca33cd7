// Names for a new postmortem: its slug, a file name that is still free, and the next free incident id of the day.

const MAX_SLUG_LENGTH = 60;

/** "Kubernetes 1.25 upgrade broke scanning!" → "kubernetes-1-25-upgrade-broke-scanning". */
export function slugify(title: string): string {
  const slug = title
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
  if (slug.length <= MAX_SLUG_LENGTH) return slug || 'incident';
  // Cut at a word boundary so the name does not end mid-word.
  const cut = slug.slice(0, MAX_SLUG_LENGTH + 1);
  const lastHyphen = cut.lastIndexOf('-');
  return (lastHyphen > 0 ? cut.slice(0, lastHyphen) : cut.slice(0, MAX_SLUG_LENGTH)).replace(/-+$/, '');
}

/**
 * `<date>-<slug>.md`, or `<date>-<slug>-2.md`, `-3`… when taken. Compared case-insensitively
 * because macOS and Windows file systems are.
 */
export function uniqueFileName(date: string, slug: string, existingNames: Iterable<string>): string {
  const taken = new Set([...existingNames].map((n) => n.toLowerCase()));
  const base = `${date}-${slug}`;
  if (!taken.has(`${base}.md`)) return `${base}.md`;
  for (let n = 2; ; n++) {
    const candidate = `${base}-${n}.md`;
    if (!taken.has(candidate)) return candidate;
  }
}

const INCIDENT_ID = /\bINC-(\d{4}-\d{2}-\d{2})-(\d{3,})\b/g;

/**
 * `INC-<date>-NNN` with NNN one more than the highest number already used for that date in
 * `existing` (file names and the texts, or incident ids, of the postmortems in the folder).
 */
export function nextIncidentId(date: string, existing: Iterable<string>): string {
  let highest = 0;
  for (const text of existing) {
    for (const match of text.matchAll(INCIDENT_ID)) {
      if (match[1] === date) highest = Math.max(highest, Number(match[2]));
    }
  }
  return `INC-${date}-${String(highest + 1).padStart(3, '0')}`;
}
