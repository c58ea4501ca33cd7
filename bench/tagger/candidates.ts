// The actor finders under evaluation: the project's hand-written one (wrapped, unchanged), compromise, and wink-nlp.
import { compromise, compromiseTwo } from './candidates/compromise';
import { handWritten } from './candidates/handWritten';
import type { Candidate } from './candidates/types';
import { wink } from './candidates/wink';

export type { Candidate, Finder } from './candidates/types';
export const CANDIDATES: readonly Candidate[] = [handWritten, compromise, compromiseTwo, wink];
