// The blaming-language vocabulary as data: one entry per phrase or pattern, with why it blames and a rewrite where one exists.
import type { BlameEntry } from '../types';
import { ATTRIBUTION } from './attribution';
import { HINDSIGHT } from './hindsight';
import { JUDGMENTS } from './judgments';
import { LABELS } from './labels';

export { META_GUARDS } from './guards';

/** Every entry, labels first: when two entries match the same words, the earlier one reports. */
export const BLAME_VOCABULARY: readonly BlameEntry[] = [...LABELS, ...JUDGMENTS, ...ATTRIBUTION, ...HINDSIGHT];
