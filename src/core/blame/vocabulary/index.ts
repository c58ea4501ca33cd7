// The blaming-language vocabulary as data: one entry per phrase or pattern, with why it blames and a rewrite where one exists.
import type { BlameEntry } from '../types';
import { ATTRIBUTION } from './attribution';
import { HINDSIGHT } from './hindsight';
import { JUDGMENTS } from './judgments';
import { LABELS } from './labels';
import { INDIRECT_BLAME } from './indirectBlame';
import { CAUSATION } from './causation';
import { UNSAFE_ACTIONS } from './unsafeActions';
import { SANCTIONS } from './sanctions';
import { INSINUATION } from './insinuation';
import { RHETORICAL_QUESTIONS } from './rhetoricalQuestions';

export { META_GUARDS } from './guards';
export { SOFTWARE_AND_TERMS, ARGUING_AGAINST_BLAME, SYSTEM_CAUSE_AFTER } from './exemptions';

/** Every entry, labels first: when two entries match the same words, the earlier one reports. */
export const BLAME_VOCABULARY: readonly BlameEntry[] = [...LABELS, ...JUDGMENTS, ...ATTRIBUTION, ...HINDSIGHT, ...INDIRECT_BLAME, ...CAUSATION, ...UNSAFE_ACTIONS, ...SANCTIONS, ...INSINUATION, ...RHETORICAL_QUESTIONS];
