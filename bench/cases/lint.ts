// Linting cost: every rule over a parsed postmortem, which the editor pays on each pause in typing.
import { lintPostmortem } from '../../src/core/lint/engine';
import { parsePostmortem } from '../../src/core/model/parse';
import { longPostmortem, typicalPostmortem } from '../documents';
import type { BenchCase } from '../harness';

const now = new Date('2026-01-15T12:00:00Z');

export const lintCases: BenchCase[] = [
  { name: `lintPostmortem, typical (${(typicalPostmortem.length / 1024).toFixed(0)} KB)`, targetMs: 20, setup: () => parsePostmortem(typicalPostmortem), run: (doc) => lintPostmortem(doc as ReturnType<typeof parsePostmortem>, { now }) },
  { name: `lintPostmortem, long (${(longPostmortem.length / 1024).toFixed(0)} KB)`, targetMs: 1000, iterations: 10, setup: () => parsePostmortem(longPostmortem), run: (doc) => lintPostmortem(doc as ReturnType<typeof parsePostmortem>, { now }) },
];
