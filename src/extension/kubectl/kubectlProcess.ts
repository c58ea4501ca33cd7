// What the import command needs to know about running kubectl, without running it: child_process stays in the desktop entry.
import type { KubectlFailure } from '../../core/kubectl/kubectlFailure';

/** "Import kubectl Events from Cluster": only a host that can run kubectl registers it. */
export const IMPORT_KUBECTL_EVENTS_COMMAND = 'postmortem.importKubectlEvents';

export type KubectlRun = { ok: true; stdout: string } | { ok: false; failure: KubectlFailure };

/** Runs kubectl with `args`; the desktop entry supplies it, the web extension has none. */
export type RunKubectl = (program: string, args: readonly string[], timeoutSeconds: number) => Promise<KubectlRun>;

/** The longest a run may take, whatever the setting says. */
const MAX_TIMEOUT_SECONDS = 600;

/** A usable timeout from the setting: 0, negative, NaN or absurd values fall back to the default or the maximum. */
export function validTimeoutSeconds(value: unknown, fallback = 30): number {
  if (typeof value !== 'number' || !Number.isFinite(value) || value <= 0) return fallback;
  return Math.min(value, MAX_TIMEOUT_SECONDS);
}
