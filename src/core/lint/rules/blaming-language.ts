// Rule: sentences that blame people (the detector lives in src/core/blame; this wraps it as a lint rule).
import * as z from '../../zod';
import type { Link } from 'mdast';
import { findBlamingLanguage } from '../../blame';
import { FIRST_NAME_SET } from '../../blame/lexicon';
import { softwareNames } from '../../blame/software';
import { nodesOfType } from '../../markdown/walk';
import { defineRule } from '../defineRule';
import { proseRange, type ProseBlock } from '../prose';
import { findTemplateInstructions, type InstructionMatch } from '../../text/templateInstructions';
import type { Suggestion } from '../types';

/** A clock time, or the relative time Slack shows for recent messages ("[3 hours ago]", "[yesterday]"). */
const TIME = String.raw`\[(?:\d{1,2}:\d{2}(?::\d{2})?(?:\s?[AaPp]\.?[Mm]\.?)?|\d{1,3}\s(?:seconds?|minutes?|hours?|days?)\sago|yesterday|today)\]`;
/**
 * The start of a line of a pasted chat transcript: a speaker and a bracketed time as Slack copies them ("Katharine
 * [8:27 AM]", sometimes with a run of spaces between), or an IRC nick in angle brackets, with or without a time before
 * it ("[14:02] <jdoe>"), or a nick in lower case after a time, as IRC and Matrix logs print it ("17:10 bob: yeah I did",
 * "[17:10] bob: …"; a capitalised "10:05 Alice: restarted the database" is a timeline's row). Bounded, so linear on any
 * line.
 */
const CHAT_LINE = new RegExp(
  String.raw`^[\s>*_-]{0,6}(?:(?:${TIME}\s{0,3})?<[^<>\s]{1,40}>\s|(?:@?[\p{L}\p{N}][\p{L}\p{N}._'-]{0,30}|\p{Lu}[\p{L}'-]{0,20}(?:\s\p{Lu}[\p{L}'.-]{0,20}){1,2})\s{1,4}${TIME}|(?:${TIME}|\d{1,2}:\d{2}(?::\d{2})?)\s{1,3}\p{Ll}[\p{Ll}\p{N}._-]{0,30}:\s)`,
  'u',
);

/**
 * Where a quoted chat transcript starts in a block of prose (its first line that opens like a chat message), or -1.
 * Those lines quote the incident channel as evidence: what a speaker said of their own actions at the time ("I forgot
 * to drain it first") is the record, not the author's framing. Blame a speaker laid on someone else ("this is on Marco
 * again") is republished by quoting it, so it is still reported (see quotesBlameOfOthers).
 */
function chatTranscriptStart(text: string): number {
  let offset = 0;
  for (const line of text.split('\n')) {
    if (CHAT_LINE.test(line)) return offset;
    offset += line.length + 1;
  }
  return -1;
}

/** A finding about the speaker themself: "I forgot to drain it first", "we missed the page", "my bad". */
const SPEAKER_OWN = /^(?:i|i['’](?:m|ve|d|ll)|me|my|mine|myself|we|we['’](?:re|ve|d|ll)|us|our|ourselves)\b/iu;
/** Words that point at someone: a handle, a pronoun, a team, the "who" of a rhetorical question. */
const SOMEONE = /@[\w.-]+|\b(?:he|she|they|him|her|them|his|their|who|whoever|someone|somebody|team|teams|folks|guys|people)\b/iu;

/**
 * Whether a finding in a chat line reports blame the speaker laid on someone: not what they said of themselves, not the
 * whole-sentence reading (a chat message runs on over its lines without stops, and the speaker's name heading it reads
 * as its subject), and only where the message points at someone: a name, a handle, a pronoun, a team ("Incorrect jobs
 * in the wrong cluster" blames no one).
 */
function quotesBlameOfOthers(finding: { id: string; actual: string }, sentence: string): boolean {
  if (SPEAKER_OWN.test(finding.actual) || finding.id === 'framed-as-cause') return false;
  const message = sentence
    .split('\n')
    .map((line) => line.replace(CHAT_LINE, ' '))
    .join(' ');
  if (SOMEONE.test(message)) return true;
  const words = message.match(/[\p{L}'’-]+/gu) ?? [];
  // A capitalised word past the message's first (its first is capitalised anyway), or a first name in lower case.
  return words.some((word, i) => (i > 0 && /^\p{Lu}\p{Ll}/u.test(word)) || FIRST_NAME_SET.has(word.toLowerCase()));
}

/** The last word of a line, lower-cased, without the punctuation and quotes around it. */
const lastWord = (line: string): string => /([\p{L}']+)[^\p{L}]*$/u.exec(line)?.[1].toLowerCase().replace(/'/gu, '') ?? '';
/** Two different words that end alike ("lot" / "not", "season" / "reason", "hacks" / "racks"). */
const rhyme = (a: string, b: string): boolean => a.length >= 2 && b.length >= 2 && a !== b && a.slice(-2) === b.slice(-2);

/** Whether `text` holds `word` in lower case as a word of its own ("legacy" for "Legacy"). */
function writesInLowerCase(text: string, word: string): boolean {
  const lower = word.toLowerCase();
  if (lower === word) return false;
  for (let at = text.indexOf(lower); at >= 0; at = text.indexOf(lower, at + 1)) {
    if (!/[\p{L}\p{N}_'’@-]/u.test(text[at - 1] ?? '') && !/[\p{L}\p{N}_'’-]/u.test(text[at + lower.length] ?? '')) return true;
  }
  return false;
}

/** Short lines, nearly each opening with a capital: the shape of a stanza (hard-wrapped prose continues in lower case). */
function stanzaLines(source: string): string[] | null {
  const lines = source.split('\n').map((line) => line.trim()).filter((line) => line !== '');
  if (lines.length < 2 || lines.some((line) => line.length > 80)) return null;
  return lines.filter((line) => /^["“'‘(]?\p{Lu}/u.test(line)).length >= lines.length * 0.75 ? lines : null;
}

/** Whether a stanza rhymes in pairs (AABB or ABAB) in at least half of it. */
function rhymes(lines: readonly string[]): boolean {
  const words = lines.map(lastWord);
  let couplets = 0;
  let alternate = 0;
  for (let i = 0; i + 1 < words.length; i += 2) if (rhyme(words[i], words[i + 1])) couplets++;
  for (let i = 0; i + 3 < words.length; i += 4) alternate += (rhyme(words[i], words[i + 2]) ? 1 : 0) + (rhyme(words[i + 1], words[i + 3]) ? 1 : 0);
  return Math.max(couplets, alternate) >= Math.max(1, Math.floor(words.length / 2) / 2);
}

/**
 * The prose blocks that are verse (a poem or a song in the postmortem, as some teams write for fun): stanza-shaped
 * paragraphs of a document with at least three rhyming ones, or a rhyming stanza of four lines or more on its own.
 * A character's deeds in rhyme are not an author blaming a person; one-sentence-per-line prose does not rhyme.
 */
function verseBlocks(blocks: readonly ProseBlock[], text: string): Set<number> {
  const stanzas = blocks.map((block) => (block.kind === 'paragraph' ? stanzaLines(text.slice(block.range.start, block.range.end)) : null));
  const rhyming = stanzas.map((lines) => lines !== null && rhymes(lines));
  const poem = rhyming.filter(Boolean).length >= 3;
  const verse = new Set<number>();
  stanzas.forEach((lines, i) => {
    if (lines !== null && (poem || (rhyming[i] && lines.length >= 4))) verse.add(i);
  });
  return verse;
}

export const blamingLanguage = defineRule({
  id: 'blaming-language',
  description: 'Sentences describe what happened and what allowed it, without blaming a person or team.',
  why: 'Blame teaches people to hide what really happened, and a postmortem that names a culprit stops looking for the conditions that let the mistake through.',
  tags: ['prose', 'blameless'],
  defaultLevel: 'warning',
  options: z.strictObject({
    // Bounded so a configuration cannot make an oversized regular expression (a 5,000-word phrase was invalid).
    extraPhrases: z
      ._default(z.array(z.string().check(z.minLength(1), z.maxLength(200), z.refine((p) => p.trim().split(/\s+/u).length <= 20, { message: 'a phrase has at most 20 words' }))).check(z.maxLength(1000)), [])
      .register(z.globalRegistry, { description: 'More phrases your team considers blaming, matched as whole words, case-insensitively (e.g. "cowboy deploy").' }),
    allowedWords: z
      ._default(z.array(z.string().check(z.minLength(1), z.maxLength(200))).check(z.maxLength(100_000)), [])
      .register(z.globalRegistry, { description: 'Words or phrases that are fine in your postmortems: a finding whose text contains one of them is dropped (e.g. "fault" for a team writing about fault tolerance).' }),
  }),
  check({ doc, options, prose, report, caches }) {
    const blocks = prose();
    // Names the document shows to be software, in its prose or its links' addresses ("github.com/fsprojects/fantomas").
    const pieces = [...blocks.map((block) => block.text), ...nodesOfType<Link>(doc.ast, 'link').map((link) => link.url)];
    const software = caches?.blame !== undefined ? caches.blame.software(pieces) : softwareNames(pieces.join('\n'));
    const findings = findBlamingLanguage(blocks, { people: doc.people, software, extraPhrases: options.extraPhrases, allowedWords: options.allowedWords }, caches?.blame);
    const chatStarts = new Map<number, number>();
    let verses: Set<number> | undefined;
    const instructions = new Map<number, InstructionMatch[]>();
    for (const finding of findings) {
      const block = blocks[finding.span];
      if (!chatStarts.has(finding.span)) chatStarts.set(finding.span, chatTranscriptStart(block.text));
      const chatStart = chatStarts.get(finding.span) ?? -1;
      const quoted = (): boolean => quotesBlameOfOthers(finding, block.text.slice(finding.sentence.start, finding.sentence.end));
      if (chatStart >= 0 && finding.start >= chatStart && !quoted()) continue;
      verses ??= verseBlocks(blocks, doc.text);
      if (verses.has(finding.span)) continue;
      // A template's instruction left in ("List anything the team did well…") is the placeholder rule's; nobody wrote it.
      if (!instructions.has(finding.span)) instructions.set(finding.span, block.kind === 'paragraph' ? findTemplateInstructions(block.text) : []);
      if ((instructions.get(finding.span) ?? []).some((m) => m.start <= finding.start && finding.start < m.end)) continue;
      // An IRC nick ("<jdoe>") reads as inline HTML, which prose leaves out: look at the source line too.
      const at = proseRange(block, finding.start, finding.start).start;
      if (CHAT_LINE.test(doc.text.slice(doc.text.lastIndexOf('\n', at - 1) + 1, at)) && !quoted()) continue;
      // "Regression: Legacy inline metadata decoded as non-inline, breaking …": a word capitalised only because it opens
      // the sentence, which the document writes in lower case elsewhere, is an ordinary word; names keep their capital.
      if (finding.leadingName !== undefined && !doc.people.includes(finding.leadingName) && writesInLowerCase(doc.text, finding.leadingName)) continue;
      const suggestions: Suggestion[] = [];
      const rewrite = finding.rewrite;
      if (rewrite) {
        const range = proseRange(block, rewrite.start, rewrite.end);
        const original = block.text.slice(rewrite.start, rewrite.end);
        // Offer the rewrite only when the text is plain in the source: replacing across markup would break it.
        if (doc.text.slice(range.start, range.end) === original) {
          const title = rewrite.text === '' ? `Remove "${finding.actual}"` : `Rewrite "${original}" as "${rewrite.text}"`;
          suggestions.push({ title, edit: { ...range, text: rewrite.text } });
        }
      }
      report({
        range: proseRange(block, finding.sentence.start, finding.sentence.end),
        message: finding.message,
        actual: finding.actual,
        expected: finding.expected,
        note: finding.note,
        suggestions,
      });
    }
  },
});
