// The vocabulary of linting: levels, findings, fixes as data, and the shape every rule is written in.
import type * as z from '../zod';
import type { PostmortemDocument, TextRange } from '../model/types';
import type { ProseBlock } from './prose';
import type { MetricsConfig } from '../metrics/config';
import type { BlameCache } from '../blame/detect';
import type { TextMemo } from '../text/memo';
import type { BlockPlaceholder } from './rules/placeholder';

export const LEVELS = ['off', 'info', 'warning', 'error'] as const;
export type Level = (typeof LEVELS)[number];
export type Severity = Exclude<Level, 'off'>;

/** Replace [start, end) of the document text with `text`; an insertion has start === end. */
export interface TextEdit {
  start: number;
  end: number;
  text: string;
}

/** An edit offered to the user but never applied without asking (a rewrite of their prose, an inserted field). */
export interface Suggestion {
  title: string;
  edit: TextEdit;
  /** What to select once the edit is applied (offsets in the edited text): an inserted placeholder, ready to type over. */
  select?: { start: number; end: number };
}

/** What a rule reports: what was found, where, and optionally how to repair it. */
export interface RuleReport {
  range: TextRange;
  /** One sentence: what was found, what is expected, how to fix it. */
  message: string;
  /** The offending text, when there is one. */
  actual?: string;
  /** What to write instead, when known. */
  expected?: string;
  /** Why this particular wording or value is a problem, added to the rule's explanation on hover. */
  note?: string;
  /** A safe, mechanical repair: applied by "fix all", fix-on-save and `postmortem lint --fix`. */
  fix?: Suggestion;
  suggestions?: Suggestion[];
}

/** A report stamped by the engine with its rule, severity and documentation. */
export interface Finding extends RuleReport {
  ruleId: string;
  severity: Severity;
  docsUrl: string;
}

export interface RuleContext<Options> {
  doc: PostmortemDocument;
  options: Options;
  /** The clock: "today" for rules about dates. */
  now: Date;
  /** How incident metrics are counted, for rules that compare written metrics with the timeline. */
  metrics: MetricsConfig;
  /** The document's prose (paragraphs, headings, table cells) without code, HTML, URLs or front matter. */
  prose: () => readonly ProseBlock[];
  report: (report: RuleReport) => void;
  /** Results kept from linting earlier versions of this document, when the caller keeps them (see LintCaches). */
  caches?: LintCaches;
}

/**
 * What a caller that lints one document again and again (the editor, as you type) keeps between runs, so an edit
 * re-checks only what it changed. Results equal those of a lint without caches.
 */
export interface LintCaches {
  blame: BlameCache;
  /** The placeholders of each prose block, by the block's text (rules/placeholder.ts). */
  placeholders: TextMemo<readonly BlockPlaceholder[]>;
}

/** A rule as its file declares it. Options are a strict zod object whose every field has a default. */
export interface RuleDefinition<Options extends Record<string, unknown>> {
  id: string;
  /** One line for listings: what the rule checks. */
  description: string;
  /** One or two sentences shown on hover: why a finding matters. */
  why: string;
  tags: readonly string[];
  defaultLevel: Level;
  options: z.ZodMiniType<Options, Record<string, unknown>> & z.ZodMiniObject;
  check: (context: RuleContext<Options>) => void;
}

/** A registered rule: the definition with its documentation URL, options type erased for the engine. */
export interface LintRule {
  id: string;
  description: string;
  why: string;
  tags: readonly string[];
  defaultLevel: Level;
  docsUrl: string;
  options: z.ZodMiniObject;
  check: (context: RuleContext<Record<string, unknown>>) => void;
}
