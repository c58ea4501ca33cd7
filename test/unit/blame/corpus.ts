// Reads the labelled blaming-language corpora in test/fixtures/blame and scores the detector on them.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { findBlamingLanguage } from '../../../src/core/blame';

export interface LabelledCase {
  text: string;
  blaming: boolean;
  people: string[];
  line: number;
}

export interface Score {
  precision: number;
  recall: number;
  total: number;
  blaming: number;
  falsePositives: LabelledCase[];
  falseNegatives: LabelledCase[];
}

export function readCorpus(name: string): LabelledCase[] {
  const path = fileURLToPath(new URL(`../../fixtures/blame/${name}`, import.meta.url));
  const cases: LabelledCase[] = [];
  let people: string[] = [];
  readFileSync(path, 'utf8')
    .split('\n')
    .forEach((raw, index) => {
      const directive = /^@people:\s*(.*)$/u.exec(raw);
      if (directive) people = directive[1].split(',').map((p) => p.trim()).filter((p) => p !== '');
      const labelled = /^\[(B| )\] (.+)$/u.exec(raw);
      if (labelled) cases.push({ text: labelled[2], blaming: labelled[1] === 'B', people, line: index + 1 });
    });
  return cases;
}

export function score(cases: readonly LabelledCase[]): Score {
  const falsePositives: LabelledCase[] = [];
  const falseNegatives: LabelledCase[] = [];
  let truePositives = 0;
  for (const c of cases) {
    const flagged = findBlamingLanguage(c.text, { people: c.people }).length > 0;
    if (flagged && c.blaming) truePositives++;
    if (flagged && !c.blaming) falsePositives.push(c);
    if (!flagged && c.blaming) falseNegatives.push(c);
  }
  const flaggedCount = truePositives + falsePositives.length;
  const blaming = cases.filter((c) => c.blaming).length;
  return {
    precision: flaggedCount === 0 ? 1 : truePositives / flaggedCount,
    recall: blaming === 0 ? 1 : truePositives / blaming,
    total: cases.length,
    blaming,
    falsePositives,
    falseNegatives,
  };
}
