// Runs kubectl directly (execFile, never a shell) with a timeout. Node-only: imported from the desktop entry point alone.
import { execFile } from 'node:child_process';
import { describeKubectlFailure, type KubectlFailure, type KubectlRunError } from '../../core/kubectl/kubectlFailure';

export type KubectlRun = { ok: true; stdout: string } | { ok: false; failure: KubectlFailure };

/**
 * Events lists of busy namespaces run to megabytes of JSON; the whole output is held in the extension host, so it is
 * capped well below what would strain it (kubectl is stopped and the user told when it prints more).
 */
const MAX_OUTPUT_BYTES = 32 * 1024 * 1024;
/** The longest a run may take, whatever the setting says. */
const MAX_TIMEOUT_SECONDS = 600;

/** A usable timeout from the setting: 0, negative, NaN or absurd values fall back to the default or the maximum. */
export function validTimeoutSeconds(value: unknown, fallback = 30): number {
  if (typeof value !== 'number' || !Number.isFinite(value) || value <= 0) return fallback;
  return Math.min(value, MAX_TIMEOUT_SECONDS);
}

export function runKubectl(program: string, args: readonly string[], timeoutSeconds: number): Promise<KubectlRun> {
  return new Promise((resolve) => {
    execFile(program, [...args], { timeout: validTimeoutSeconds(timeoutSeconds) * 1000, maxBuffer: MAX_OUTPUT_BYTES, windowsHide: true, encoding: 'utf8' }, (error, stdout, stderr) => {
      if (!error) {
        resolve({ ok: true, stdout });
        return;
      }
      const runError: KubectlRunError = { code: (error as NodeJS.ErrnoException).code ?? (error as { code?: number }).code, killed: error.killed, signal: error.signal, stderr };
      resolve({ ok: false, failure: describeKubectlFailure(runError, program, timeoutSeconds) });
    });
  });
}
