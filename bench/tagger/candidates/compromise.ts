// compromise (full build and the smaller "two" build) as an actor finder: its tags, through the shared glue.
import { actorFromTags, type Pos, type Tagged } from '../glue';
import type { Candidate } from './types';

/** compromise tags, mapped to the shared coarse tags. */
function compromisePos(tags: ReadonlySet<string>): Pos {
  if (tags.has('Determiner')) return 'DET';
  if (tags.has('Possessive') && tags.has('Pronoun')) return 'DET';
  if (tags.has('Pronoun')) return 'PRON';
  if (tags.has('Negative')) return 'PART';
  if (tags.has('Auxiliary') || tags.has('Copula') || tags.has('Modal')) return 'AUX';
  if (tags.has('Verb')) return 'VERB';
  if (tags.has('ProperNoun')) return 'PROPN';
  if (tags.has('Value') || tags.has('Cardinal')) return 'NUM';
  if (tags.has('Noun')) return 'NOUN';
  if (tags.has('Adjective')) return 'ADJ';
  if (tags.has('Adverb')) return 'ADV';
  if (tags.has('Preposition')) return 'ADP';
  if (tags.has('Conjunction')) return 'CONJ';
  return 'X';
}

interface CompromiseTerm {
  text: string;
  post: string;
  tags: string[];
  offset: { start: number; length: number };
}

/** compromise's full build ("three") or its smaller tagger-only build ("two"); both tag people's names as #Person. */
function compromiseCandidate(name: string, importNlp: () => Promise<(text: string) => { json(options: object): unknown }>): Candidate {
  return {
    name,
    async load() {
      const nlp = await importNlp();
      return (clause, people, verb) => {
        const tokens: Tagged[] = [];
        const sentences = nlp(clause).json({ offset: true }) as { terms: CompromiseTerm[] }[];
        for (const term of sentences.flatMap((s) => s.terms)) {
          const tags = new Set(term.tags);
          const start = term.offset.start;
          tokens.push({ text: term.text, start, end: start + term.text.length, pos: compromisePos(tags), person: tags.has('Person'), possessive: tags.has('Possessive') && !tags.has('Pronoun') });
          if (term.post.includes(',')) tokens.push({ text: ',', start: start + term.text.length, end: start + term.text.length + 1, pos: 'PUNCT' });
        }
        return actorFromTags(clause, tokens, people, verb);
      };
    },
  };
}

export const compromise = /* @__PURE__ */ compromiseCandidate('compromise', async () => (await import('compromise')).default);
export const compromiseTwo = /* @__PURE__ */ compromiseCandidate('compromise/two', async () => (await import('compromise/two')).default);

