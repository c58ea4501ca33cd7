// Parsing cost of the document model, which every feature pays on each change of the document.
import { parsePostmortem } from '../../src/core/model/parse';
import { longPostmortem, typicalPostmortem } from '../documents';
import type { BenchCase } from '../harness';

export const modelCases: BenchCase[] = [
  { name: `parsePostmortem, typical (${(typicalPostmortem.length / 1024).toFixed(0)} KB)`, targetMs: 30, run: () => parsePostmortem(typicalPostmortem) },
  { name: `parsePostmortem, long (${(longPostmortem.length / 1024).toFixed(0)} KB)`, targetMs: 1000, iterations: 10, run: () => parsePostmortem(longPostmortem) },
];
