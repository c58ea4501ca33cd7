// Timing helpers for the hardening tests: the inputs that used to hang must finish, and time must grow linearly.

/** The fastest of `runs` timings of `fn`, in milliseconds (the minimum is what a busy machine distorts least). */
export function fastest(fn: () => unknown, runs = 3): number {
  let best = Infinity;
  for (let i = 0; i < runs; i++) {
    const start = performance.now();
    fn();
    best = Math.min(best, performance.now() - start);
  }
  return best;
}

/**
 * How much longer `work` takes on an input four times as long: about 4 when linear, 16 when quadratic. A floor of a few
 * milliseconds on the small input keeps timer noise from looking like growth.
 */
export function growth(work: (size: number) => unknown, size: number, runs = 3): number {
  const measured = (): number => {
    const small = Math.max(fastest(() => work(size), runs), 5);
    return fastest(() => work(size * 4), runs) / small;
  };
  let ratio = measured();
  // A busy machine can stall any stretch of measurements: only a ratio that holds when both sizes are measured again,
  // side by side (three more times), counts. Quadratic growth measures about 16 every time.
  for (let again = 0; again < 3 && ratio > 8; again++) ratio = Math.min(ratio, measured());
  return ratio;
}
