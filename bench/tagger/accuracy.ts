// Scores each actor finder on the gold set: actor head word, class (five-way and human-or-not), agency; with and without the verb given.
// Run: node --import tsx bench/tagger/accuracy.ts [--misses]
import { PeopleIndex } from '../../src/core/blame/actors';
import { CANDIDATES } from './candidates';
import type { GoldClass } from './glue';
import { headWord, readGold } from './gold';

const HUMAN = new Set<GoldClass>(['person', 'role', 'team']);
const gold = readGold();
const showMisses = process.argv.includes('--misses');

interface Tally { actor: number; cls: number; human: number; agent: number; agentTotal: number; both: number }

console.log(`gold set: ${gold.length} clauses (${gold.filter((g) => HUMAN.has(g.cls)).length} with a human actor)`);
console.log('| finder | verb | actor | class (5-way) | human or not | agent | actor and class |');
console.log('|---|---|---|---|---|---|---|');
/** Per clause, whether the human-or-not call was right: kept per finder and mode to count disagreements with the hand-written finder. */
const humanRight = new Map<string, boolean[]>();

async function main(): Promise<void> {
for (const candidate of CANDIDATES) {
  const find = await candidate.load();
  for (const verbGiven of [false, true]) {
    const t: Tally = { actor: 0, cls: 0, human: 0, agent: 0, agentTotal: 0, both: 0 };
    const rights: boolean[] = [];
    humanRight.set(`${candidate.name}|${verbGiven}`, rights);
    const misses: string[] = [];
    for (const g of gold) {
      const guess = find(g.sentence, new PeopleIndex(g.people), verbGiven ? g.verb : undefined);
      // An actor is right when the head word matches; for a clause with nobody in it, when no human is found.
      const actorRight = g.cls === 'none' ? !HUMAN.has(guess.cls) : headWord(guess.text) === g.head;
      const clsRight = guess.cls === g.cls;
      if (actorRight) t.actor++;
      if (clsRight) t.cls++;
      rights.push(HUMAN.has(guess.cls) === HUMAN.has(g.cls));
      if (HUMAN.has(guess.cls) === HUMAN.has(g.cls)) t.human++;
      if (actorRight && clsRight) t.both++;
      if (g.agent !== null && actorRight) {
        t.agentTotal++;
        if (guess.agent === g.agent) t.agent++;
      }
      if (!(actorRight && clsRight)) misses.push(`  line ${g.line}: want ${g.cls}/${g.head || '-'}, got ${guess.cls}/${headWord(guess.text) || '-'}: ${g.sentence}`);
    }
    const pct = (n: number, d = gold.length): string => `${((100 * n) / d).toFixed(1)}% (${n}/${d})`;
    console.log(`| ${candidate.name} | ${verbGiven ? 'given' : 'found'} | ${pct(t.actor)} | ${pct(t.cls)} | ${pct(t.human)} | ${pct(t.agent, t.agentTotal)} | ${pct(t.both)} |`);
    if (showMisses) console.log(misses.join('\n'));
  }
}
// With 157 clauses a few clauses decide a difference: say how many the finders disagree on, each way.
console.log('\nhuman-or-not, disagreements with the hand-written finder in the same mode (hand-written right / candidate right):');
for (const [key, rights] of humanRight) {
  const [name, given] = key.split('|');
  const base = humanRight.get(`${CANDIDATES[0].name}|${given}`) ?? [];
  if (name === CANDIDATES[0].name) continue;
  const handOnly = rights.filter((r, i) => !r && base[i]).length;
  const candOnly = rights.filter((r, i) => r && !base[i]).length;
  console.log(`  ${name}, verb ${given === 'true' ? 'given' : 'found'}: ${handOnly} / ${candOnly}`);
}
}

void main();
