// The project's hand-written actor finder (src/core/blame/actors.ts), wrapped unchanged for the evaluation.
import { classifyObject, classifyPossessor, classifySentenceSubject, classifySubject, PeopleIndex, type Actor } from '../../../src/core/blame/actors';
import { goldClass, type ActorGuess } from '../glue';
import type { Candidate } from './types';

const AUXILIARIES_AT_END = /(?:\b(?:should|would|could|must|might|may|can|will|shall|did|does|do|has|have|had|not|never|already|just|again|\w+ly|\w+n['’]t)\s+)+$/iu;
const BE_BEFORE = /\b(?:is|are|was|were|be|been|being|am|get|gets|got|gotten)\s+(?:(?:not|never|\w+ly)\s+)?$/iu;

/**
 * The project's hand-written finder. It has no verb finder of its own (in the detector the vocabulary pattern places the
 * verb), so with the verb given it classifies the text before it, or after "by" in a passive; without one it uses
 * classifySentenceSubject, the only verb-free subject finder in src/core/blame, and a "was … by" pattern.
 */
export const handWritten: Candidate = {
  name: 'hand-written (src/core/blame/actors.ts)',
  async load() {
    return (clause, people, verb) => {
      const at = verb === undefined ? -1 : new RegExp(String.raw`(?<![\p{L}\p{N}])${escape(verb)}(?![\p{L}\p{N}])`, 'iu').exec(clause)?.index ?? -1;
      if (at < 0) {
        const by = /\b(?:is|are|was|were|been|being|got)\s+(?:\w+ly\s+)?\w+(?:ed|en|wn|t)\s+by\s+(.+)$/iu.exec(clause);
        if (by) return guess(classifyObject(by[1], people), true);
        const first = classifySentenceSubject(clause, people);
        return possessorOrActor(first, people, !/^\S+\s+(?:is|are|was|were)\b/iu.test(clause.slice(first.start)));
      }
      const before = clause.slice(0, at);
      const after = clause.slice(at + verb!.length);
      const passive = BE_BEFORE.test(before) && !/ing$/iu.test(verb!);
      const by = /^\s*(?:\S+\s+)?by\s+(.+)$/iu.exec(after);
      if (by && (passive || /^\s*by\b/iu.test(after))) return guess(classifyObject(by[1], people), true);
      // The detector's patterns spell out auxiliaries and adverbs between subject and verb ("should have", "never"):
      // the subject phrase handed to classifySubject ends before them.
      const subject = (passive ? before.replace(BE_BEFORE, '') : before).replace(AUXILIARIES_AT_END, '');
      return possessorOrActor(classifySubject(subject, people), people, !passive && !/^(?:is|are|was|were|am)$/iu.test(verb!));
    };
  },
};

function escape(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/gu, '\\$&');
}

function guess(actor: Actor, agent: boolean): ActorGuess {
  const cls = goldClass(actor.kind, actor.text);
  return { text: cls === 'none' ? '' : actor.text, cls, agent };
}

/** The same possessor rule the tagger glue applies: "Eun-ji's migration" puts Eun-ji in the frame. */
function possessorOrActor(actor: Actor, people: PeopleIndex, agent: boolean): ActorGuess {
  const g = guess(actor, agent);
  const possessive = /^(.*?)['’]s?\s+\S+/u.exec(actor.text);
  if (possessive && (g.cls === 'system' || g.cls === 'none')) {
    const owner = classifyPossessor(possessive[1], people);
    return { text: possessive[1], cls: goldClass(owner.kind, possessive[1]), agent: false };
  }
  return g;
}

