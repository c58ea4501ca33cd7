// The metadata keys a postmortem uses ("Incident Commander", "Sev", "Detected at"), each read as one normalised key.
import type { MetadataKey } from './types';

const KEY_PATTERNS: ReadonlyArray<readonly [MetadataKey, RegExp]> = [
  ['incidentId', /^(incident (id|number|no|#|ref(erence)?)|id|incident_id|ticket|case)$/],
  ['title', /^(title|incident title|name|incident name|incident)$/],
  // The key moments (issue 12) come before `date`, so "Started: 2026-03-02 10:00" is the moment; its day still dates the incident.
  ['startedAt', /^(started( at)?|start|start(ed)? time|impact start(ed)?|incident start(ed)?)$/],
  ['date', /^(date|incident date|date of incident|start date|occurred( on)?|day|datum|fecha|data|dato|päivämäärä|paivamaara|date de l'incident|data do incidente|data da ocorrência|fecha del incidente|datum des vorfalls|data dell'incidente)$/],
  ['time', /^(time|time window|times?|window)$/],
  ['duration', /^(duration|total duration|length|outage duration|incident duration)$/],
  ['severity', /^(severity|sev|severity level|priority|impact level|level|schweregrad|severidad|gravedad|gravité|gravite|gravidade|gravità|gravita|alvorlighetsgrad|allvarlighetsgrad|vakavuus|priorität|prioritat|prioridad|priorité|priorite)$/],
  ['status', /^(status|state|incident status)$/],
  ['incidentCommander', /^(incident commander|ic|commander|incident lead|incident manager|incident owner)$/],
  ['participants', /^(participants|attendees|attendance|responders|people involved|people|contributors|team members|on call|on-call)$/],
  ['technicalLead', /^(technical lead|tech lead|tl)$/],
  ['owner', /^(owner|postmortem owner|document owner|report owner)$/],
  ['author', /^(authors?|written by|prepared by|postmortem author)$/],
  ['service', /^(services?|affected services?|systems? affected|affected systems?|application|application\/process|component|product)$/],
  ['detectedAt', /^(detected( at)?|detection|reported( at| on)?)$/],
  ['acknowledgedAt', /^(acknowledged( at)?|acked( at)?)$/],
  ['mitigatedAt', /^(mitigated( at)?)$/],
  ['resolvedAt', /^(resolved( at)?|resolution|end time|ended)$/],
];

export function normaliseMetadataKey(label: string): MetadataKey | null {
  const normalised = label.toLowerCase().replace(/[*_`:]/g, '').replace(/\s+/g, ' ').trim();
  for (const [key, pattern] of KEY_PATTERNS) {
    if (pattern.test(normalised)) return key;
  }
  return null;
}
