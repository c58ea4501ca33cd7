// What every actor finder under evaluation provides.
import type { PeopleIndex } from '../../../src/core/blame/actors';
import type { ActorGuess } from '../glue';

export interface Candidate {
  name: string;
  /** Loads the library (and model) and returns the finder; timed as the cold load in bench/tagger/bundle.ts. */
  load(): Promise<Finder>;
}

/** Finds the actor of one clause; `verb` is the main verb when the caller knows it (as a vocabulary match does). */
export type Finder = (clause: string, people: PeopleIndex, verb?: string) => ActorGuess;
