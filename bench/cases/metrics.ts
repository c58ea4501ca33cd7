// Metrics cost: the CodeLens and hover recompute moments and metrics from the parsed model whenever the document changes.
import { computeMetrics, findMoments } from '../../src/core/metrics';
import { fillMetricsEdits } from '../../src/core/metrics/fill';
import { parsePostmortem } from '../../src/core/model/parse';
import { longPostmortem, typicalPostmortem } from '../documents';
import type { BenchCase } from '../harness';

type Doc = ReturnType<typeof parsePostmortem>;

export const metricsCases: BenchCase[] = [
  { name: `findMoments + computeMetrics, typical (${(typicalPostmortem.length / 1024).toFixed(0)} KB)`, targetMs: 5, setup: () => parsePostmortem(typicalPostmortem), run: (doc) => computeMetrics(findMoments(doc as Doc)) },
  { name: `fillMetricsEdits, long (${(longPostmortem.length / 1024).toFixed(0)} KB)`, targetMs: 100, iterations: 10, setup: () => parsePostmortem(longPostmortem), run: (doc) => fillMetricsEdits(doc as Doc) },
];
