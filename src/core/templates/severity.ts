// The two severity scales a team can configure (`postmortem.severityScale`), and reading a severity a user typed.

export type SeverityScaleId = 'P0-P3' | 'SEV1-SEV4';

export const SEVERITY_SCALE_IDS: readonly SeverityScaleId[] = ['P0-P3', 'SEV1-SEV4'];

export interface SeverityLevel {
  /** "P1", "SEV2". */
  id: string;
  label: 'Critical' | 'High' | 'Medium' | 'Low';
  description: string;
  /** How the level is written into a postmortem, in the notation of the source document of its scale. */
  written: string;
}

const DESCRIPTIONS = {
  Critical: 'Complete outage, data loss risk, security breach',
  High: 'Major feature unavailable, significant performance degradation',
  Medium: 'Partial outage, workaround available',
  Low: 'Minor issue, no immediate impact',
} as const;

const LABELS = ['Critical', 'High', 'Medium', 'Low'] as const;

function level(id: string, label: SeverityLevel['label'], written: string): SeverityLevel {
  return { id, label, description: DESCRIPTIONS[label], written };
}

/** P0–P3 written as in the GitOps template ("P1-High"); SEV1–SEV4 as in the incident-response guide ("SEV2 (High)"). */
export const SEVERITY_SCALES: Record<SeverityScaleId, readonly SeverityLevel[]> = {
  'P0-P3': LABELS.map((label, i) => level(`P${i}`, label, `P${i}-${label}`)),
  'SEV1-SEV4': LABELS.map((label, i) => level(`SEV${i + 1}`, label, `SEV${i + 1} (${label})`)),
};

/**
 * Finds the level a user meant by "p1", "P1-High", "SEV 2", "sev2 (high)".
 * Levels of the other scale are accepted too: a team switching scales still has old postmortems to copy from.
 */
export function resolveSeverity(input: string, preferred: SeverityScaleId = 'P0-P3'): SeverityLevel | null {
  const match = /^\s*(p|sev)\s*-?\s*(\d)\b/i.exec(input);
  if (!match) return null;
  const id = `${match[1].toUpperCase()}${match[2]}`;
  const scales = [SEVERITY_SCALES[preferred], ...SEVERITY_SCALE_IDS.filter((s) => s !== preferred).map((s) => SEVERITY_SCALES[s])];
  for (const scale of scales) {
    const found = scale.find((l) => l.id === id);
    if (found) return found;
  }
  return null;
}

export function allSeverityIds(): string[] {
  return SEVERITY_SCALE_IDS.flatMap((s) => SEVERITY_SCALES[s].map((l) => l.id));
}
