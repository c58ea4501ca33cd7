// Results worked out from a piece of text, kept from one run to the next: a caller that checks one document again and
// again (the editor, as you type) works out again only the pieces an edit changed.

/**
 * Values by the text they were worked out from. A run keeps what it used; what the run before used and this one did
 * not is dropped when the next run begins, so the memo never outgrows one version of a document.
 */
export class TextMemo<T> {
  private previous = new Map<string, T>();
  private current = new Map<string, T>();

  /** Starts a run: the values of the last run stay available to this one, older ones are dropped. */
  begin(): void {
    if (this.current.size > 0) this.previous = this.current;
    this.current = new Map();
  }

  /** The value for `key`, worked out by `compute` unless this run or the last one already did. */
  get(key: string, compute: () => T): T {
    let value = this.current.get(key) ?? this.previous.get(key);
    if (value === undefined) value = compute();
    this.current.set(key, value);
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
    if (this.values.has(key)) return this.values.get(key) as T;
    if (this.values.size >= this.kept) this.values.clear();
    const value = compute();
    this.values.set(key, value);
    return value;
  }
}
