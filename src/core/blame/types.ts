// The shapes of blaming-language detection: the vocabulary entries (data) and the findings they produce.

export type BlameCategory = 'blame-attribution' | 'hindsight' | 'blame-label' | 'judgment-of-people' | 'custom';

/**
 * Who the subject (or object) of a blaming verb is.
 * person: a name from the document, a common first name, an @handle, a role ("the engineer"), a team, he/she/they/I.
 * we: the writers themselves, which blameless writing uses for neutral narration ("we rolled back").
 * unknown-name: a capitalised word we know nothing about (could be a person or a product).
 * system: a service, pipeline, alert, process, product… · nobody: "no one", "nobody" · other: anything else.
 */
export type ActorKind = 'person' | 'we' | 'unknown-name' | 'system' | 'nobody' | 'other';

export interface BlameEntry {
  /** Stable, kebab-case, unique. */
  id: string;
  category: BlameCategory;
  /**
   * A regular expression source, matched case-insensitively within one sentence, with placeholders:
   * {S} the subject phrase before a verb (captured as `subject`), {O} the object phrase after a preposition (captured
   * as `object`), {P} a possessor ("John's", "their"; captured as `possessor`), {ADV} optional adverbs and asides,
   * {VBN} a past participle, {VBNA} one that is not an adjective before a noun, {VP} a short verb phrase, {W} one
   * word. Several sources are alternatives, and so are top-level "|" branches: each may capture its own actor.
   */
  pattern: string | readonly string[];
  /**
   * Cheap regular expressions, one per pattern source (or one for all), that must match somewhere in the sentence
   * before that source is tried: a pattern that starts with a generic subject and verb would otherwise run on almost
   * every sentence, on every keystroke.
   */
  cue?: string | readonly string[];
  /** Which actors the captured phrase must be for a match to count. Required when the pattern captures one. */
  actors?: readonly ActorKind[];
  /** The actor must be one person, not a group or everyone ("all engineers", "everyone's access"): sanctions aim at individuals. */
  individual?: boolean;
  /** Skip the match when a negation ("not", "no", "never", "without", "n't") comes just before it. */
  negatable?: boolean;
  /** Skip the match when this regular expression source matches the text right after it. */
  notFollowedBy?: string;
  /** Skip the match when this regular expression source matches the text right before it. */
  notPrecededBy?: string;
  /** Why this blames, in one sentence (shown on hover and in the message). */
  note: string;
  /** A blameless replacement for the matched text; `$<subject>` / `$<object>` / `$<possessor>` insert the captures. */
  expected?: string;
  /** Sentences this entry must flag (checked by a unit test). */
  examples: readonly string[];
}

/** A piece of prose to check: anything with a `text` (the lint engine's ProseBlock fits). */
export interface ProseSpan {
  text: string;
}

export interface BlameContext {
  /** People named in the document (Participants, Incident Commander, attendance): always read as people. */
  people: readonly string[];
  /** Names the document shows to be software (a repository's name, a name with a version): never read as people. */
  software?: readonly string[];
  /** Extra phrases this team considers blaming (matched as whole words, case-insensitively). */
  extraPhrases?: readonly string[];
  /** Words or phrases this team allows: a finding whose text contains one of them is dropped. */
  allowedWords?: readonly string[];
  /** Also judge each sentence's frame with the trained model (default true); false reports the vocabulary's findings only. */
  frame?: boolean;
}

export interface BlameFinding {
  /** Index of the span in the input (0 when the input was a string). */
  span: number;
  /** Offsets of the blaming phrase within that span's text: [start, end). */
  start: number;
  end: number;
  /** Offsets of the sentence holding it, within the same span's text. */
  sentence: { start: number; end: number };
  /** The vocabulary entry id ("forgot", "human-error", …), or `extra-phrase` for a configured phrase. */
  id: string;
  category: BlameCategory;
  /** What was found, why it matters, how to fix it. */
  message: string;
  /** Why this wording blames (the entry's note). */
  note: string;
  /** The matched text, exactly as in the input. */
  actual: string;
  /** A blameless replacement for `actual`, when the vocabulary has one. */
  expected?: string;
  /** The edit that rewrites the phrase blamelessly where it stands (case, article, tense, the rest of the clause), in the span's offsets. */
  rewrite?: { start: number; end: number; text: string };
  /**
   * The capitalised word read as the name of the one blamed when no list knows it and it opens the sentence (after a
   * label, perhaps): its capital may be only the sentence's. A caller that sees the whole document may judge it.
   */
  leadingName?: string;
}
