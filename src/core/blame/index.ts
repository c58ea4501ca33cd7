// Blaming-language detection: the public surface the lint rule and tests use.
export { BlameCache, findBlamingLanguage } from './detect';
export { splitSentences, maskMarkup, type Sentence } from './sentences';
export { BLAME_VOCABULARY, META_GUARDS } from './vocabulary';
export type { ActorKind, BlameCategory, BlameContext, BlameEntry, BlameFinding, ProseSpan } from './types';
