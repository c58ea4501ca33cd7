// Results worked out from a piece of text, kept from one run to the next: a caller that checks one document again and
// again (the editor, as you type) works out again only the pieces an edit changed.

/**
 * Values by the text they were worked out from. A run keeps what it used; what the run before used and this one did
 * not is dropped when the next run begins, so the memo never outgrows one version of a document.
 */
export class TextMemo<T> {
  /** Each value with the run that last used it; one map, so a value kept from the run before costs one lookup. */
  private readonly entries = new Map<string, { value: T; run: number }>();
  private run = 0;
  /** Whether the current run has asked for anything. */
  private used = false;

  /** Starts a run: the values of the last run stay available to this one, older ones are dropped. */
  begin(): void {
    // A run that used nothing (the editor asked twice for nothing) does not age what the run before it kept.
    if (!this.used) return;
    this.used = false;
    for (const [key, entry] of this.entries) if (entry.run < this.run) this.entries.delete(key);
    this.run++;
  }

  /** The value for `key`, worked out by `compute` unless this run or the last one already did. */
  get(key: string, compute: () => T): T {
    this.used = true;
    const entry = this.entries.get(key);
    if (entry !== undefined) {
      entry.run = this.run;
      return entry.value;
    }
    const value = compute();
    this.entries.set(key, { value, run: this.run });
    return value;
  }
}

/**
 * Values of a pure function by a key made from its arguments, for a whole process: emptied when it holds `kept`
 * values, so it stays small. Values are shared between callers, so nobody may change them.
 */
export class KeptResults<T> {
  private readonly values = new Map<string, T>();

  constructor(private readonly kept: number) {}

  get(key: string, compute: () => T): T {
    const known = this.values.get(key);
    if (known !== undefined || this.values.has(key)) return known as T;
    if (this.values.size >= this.kept) this.values.clear();
    const value = compute();
    this.values.set(key, value);
    return value;
  }
}
