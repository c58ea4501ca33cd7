// Reads test/fixtures/blame/actors-gold.txt: clauses annotated with their actor, its class and whether it is the agent.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { maskMarkup, splitSentences } from '../../src/core/blame/sentences';
import type { GoldClass } from './glue';

export interface GoldClause {
  line: number;
  cls: GoldClass;
  /** Head word of the actor, lower case, without a possessive ('' for none). */
  head: string;
  agent: boolean | null;
  verb: string | undefined;
  /** The clause as written in the file. */
  raw: string;
  /** The sentence the detector would see: markup masked, split as the detector splits, the piece holding the verb. */
  sentence: string;
  people: string[];
}

export function headWord(phrase: string): string {
  const words = phrase.match(/[@\p{L}\p{N}][\p{L}\p{N}'’_.-]*/gu) ?? [];
  return (words[words.length - 1] ?? '').replace(/['’]s?$/u, '').replace(/\.$/u, '').toLowerCase();
}

export function readGold(): GoldClause[] {
  const path = fileURLToPath(new URL('../../test/fixtures/blame/actors-gold.txt', import.meta.url));
  const out: GoldClause[] = [];
  let people: string[] = [];
  readFileSync(path, 'utf8').split('\n').forEach((line, index) => {
    const directive = /^@people:\s*(.*)$/u.exec(line);
    if (directive) people = directive[1].split(',').map((p) => p.trim()).filter((p) => p !== '');
    if (!/^(?:person|role|team|system|none) \| /u.test(line)) return;
    const [cls, actor, agent, verb, ...rest] = line.split(' | ');
    const raw = rest.join(' | ');
    const masked = maskMarkup(raw);
    const pieces = splitSentences(masked).map((s) => masked.slice(s.start, s.end));
    const holding = verb === '-' ? undefined : pieces.find((p) => new RegExp(`\\b${verb}\\b`, 'iu').test(p));
    const sentence = holding ?? pieces.reduce((a, b) => (b.length > a.length ? b : a), '');
    out.push({ line: index + 1, cls: cls as GoldClass, head: actor === '-' ? '' : headWord(actor), agent: agent === '-' ? null : agent === 'yes', verb: verb === '-' ? undefined : verb, raw, sentence, people });
  });
  return out;
}
