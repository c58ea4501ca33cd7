// wink-nlp with wink-eng-lite-web-model as an actor finder: its tags, through the shared glue.
import { actorFromTags, type Pos, type Tagged } from '../glue';
import type { Candidate } from './types';

const WINK_POS: Record<string, Pos> = {
  NOUN: 'NOUN', PROPN: 'PROPN', PRON: 'PRON', DET: 'DET', ADJ: 'ADJ', NUM: 'NUM', VERB: 'VERB', AUX: 'AUX', ADP: 'ADP',
  ADV: 'ADV', PART: 'PART', CCONJ: 'CONJ', SCONJ: 'CONJ', PUNCT: 'PUNCT',
};

export const wink: Candidate = {
  name: 'wink-nlp + wink-eng-lite-web-model',
  async load() {
    const winkNLP = (await import('wink-nlp')).default;
    const model = (await import('wink-eng-lite-web-model')).default;
    const nlp = winkNLP(model, ['sbd', 'pos']);
    const its = nlp.its;
    return (clause, people, verb) => {
      const doc = nlp.readDoc(clause);
      const values = doc.tokens().out() as string[];
      const pos = doc.tokens().out(its.pos) as string[];
      const tokens: Tagged[] = [];
      let cursor = 0;
      values.forEach((value, i) => {
        const at = clause.indexOf(value, cursor);
        const start = at < 0 ? cursor : at;
        cursor = start + value.length;
        const possessive = pos[i] === 'PART' && /^['’]s?$/u.test(value);
        tokens.push({ text: value, start, end: cursor, pos: WINK_POS[pos[i]] ?? 'X' });
        if (possessive && tokens.length >= 2) tokens[tokens.length - 2].possessive = true;
      });
      return actorFromTags(clause, tokens, people, verb);
    };
  },
};

