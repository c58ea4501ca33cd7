// What the kubectl parser produces: one row per event, whatever format kubectl printed it in.

export type KubectlFormat =
  /** `kubectl get events` (also `--watch` without `--output-watch-events`, and `-A`). */
  | 'get-events'
  | 'get-events-wide'
  /** `kubectl get events --watch --output-watch-events` (EVENT column first). */
  | 'get-events-watch'
  /** Before kubectl 1.14: LASTSEEN FIRSTSEEN COUNT NAME KIND SUBOBJECT TYPE REASON SOURCE MESSAGE. */
  | 'get-events-legacy'
  /** `kubectl events` (1.26+). */
  | 'kubectl-events'
  /** The Events: section of `kubectl describe`. */
  | 'describe'
  /** `kubectl get events -o custom-columns=…` with column names this parser knows. */
  | 'custom-columns'
  | 'json'
  | 'yaml'
  /** kubectl's own "No resources found" / "No events found" line. */
  | 'none-found';

export interface KubectlEvent {
  /** The last occurrence, UTC; null when kubectl printed `<unknown>`. */
  time: Date | null;
  /** The first occurrence, UTC, when the output says it. */
  firstTime: Date | null;
  /** True when the times were worked out from relative ages and the capture moment. */
  approximate: boolean;
  count: number | null;
  /** Normal, Warning. */
  type: string;
  reason: string;
  /** kind/name as kubectl shows it ("pod/web-1" from `get events`, "Pod/web-1" from `kubectl events`). */
  object: string;
  namespace: string | null;
  message: string;
  /** Reporting component, and host when known ("kubelet, node-1"). */
  source: string | null;
}

export interface KubectlParseOptions {
  /** When kubectl printed the output; relative ages count back from it. */
  capturedAt: Date;
}

export interface KubectlParseResult {
  /** Every format found in the text, in order; empty when the text is not kubectl output. */
  formats: KubectlFormat[];
  /** Sorted by time (events without a time last), duplicates removed. */
  events: KubectlEvent[];
  /** Whether any time came from a relative age, so the capture moment matters. */
  relative: boolean;
}
