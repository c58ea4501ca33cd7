// The blaming-language vocabulary as data: one entry per phrase or pattern, with why it blames and a rewrite where one exists.
import type { BlameEntry } from '../types';
import { ATTRIBUTION } from './attribution';
import { HINDSIGHT } from './hindsight';
import { JUDGMENTS } from './judgments';
import { LABELS } from './labels';
import { HELD_OUT_GAPS } from './heldOutGaps';
import { CAUSATION } from './causation';
import { UNSAFE_ACTIONS } from './unsafeActions';
import { SANCTIONS } from './sanctions';
import { INSINUATION } from './insinuation';
import { RHETORICAL_QUESTIONS } from './rhetoricalQuestions';

export { META_GUARDS } from './guards';
export { HELD_OUT_EXEMPTIONS, HELD_OUT_GUARDS, SYSTEM_CAUSE_AFTER } from './heldOutGuards';

/** Every entry, labels first: when two entries match the same words, the earlier one reports. */
export const BLAME_VOCABULARY: readonly BlameEntry[] = [...LABELS, ...JUDGMENTS, ...ATTRIBUTION, ...HINDSIGHT, ...HELD_OUT_GAPS, ...CAUSATION, ...UNSAFE_ACTIONS, ...SANCTIONS, ...INSINUATION, ...RHETORICAL_QUESTIONS];
