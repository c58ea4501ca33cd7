// What only a postmortem has: shared by the test on a parsed document (detect.ts) and the quick look at raw text (mayBePostmortem.ts).
import type { MetadataKey, SectionKind } from '../model/types';

/** Sections that, two or more together, only a postmortem or incident report has. */
export const TELLING_SECTIONS: ReadonlySet<SectionKind> = new Set<SectionKind>([
  'timeline', 'impact', 'rootCause', 'contributingFactors', 'actionItems', 'lessonsLearned', 'wentWell', 'wentWrong',
  'detection', 'resolution', 'fiveWhys',
]);

export const TELLING_TITLE = /\b(post-?mortem|incident|outage|retrospective|root cause|disruption|downtime)\b/i;

export const TELLING_FIELDS: ReadonlySet<MetadataKey> = new Set<MetadataKey>(['incidentId', 'severity', 'incidentCommander']);
