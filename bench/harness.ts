// A tiny benchmark harness: each case runs a function many times and is judged against its target.

export interface BenchCase {
  name: string;
  /** What the case is held to: the median must stay under this many milliseconds. */
  targetMs: number;
  /** Prepared once, outside the timing. */
  setup?: () => unknown;
  run: (input: unknown) => unknown;
  iterations?: number;
}

export interface BenchResult {
  name: string;
  medianMs: number;
  p95Ms: number;
  targetMs: number;
  passed: boolean;
}

function percentile(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor(p * sorted.length))];
}

export function measure(bench: BenchCase): BenchResult {
  const input = bench.setup?.();
  const iterations = bench.iterations ?? 30;
  for (let i = 0; i < 3; i++) bench.run(input); // warm up the JIT
  const samples: number[] = [];
  for (let i = 0; i < iterations; i++) {
    const started = performance.now();
    bench.run(input);
    samples.push(performance.now() - started);
  }
  samples.sort((a, b) => a - b);
  const medianMs = percentile(samples, 0.5);
  return { name: bench.name, medianMs, p95Ms: percentile(samples, 0.95), targetMs: bench.targetMs, passed: medianMs <= bench.targetMs };
}
