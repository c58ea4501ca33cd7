// Runs kubectl directly (execFile, never a shell) with a timeout. Node-only: imported from the desktop entry point alone.
import { execFile } from 'node:child_process';
import { describeKubectlFailure, type KubectlFailure, type KubectlRunError } from '../../core/kubectl/kubectlFailure';

export type KubectlRun = { ok: true; stdout: string } | { ok: false; failure: KubectlFailure };

/** Events lists of busy namespaces run to megabytes of JSON. */
const MAX_OUTPUT_BYTES = 256 * 1024 * 1024;

export function runKubectl(program: string, args: readonly string[], timeoutSeconds: number): Promise<KubectlRun> {
  return new Promise((resolve) => {
    execFile(program, [...args], { timeout: timeoutSeconds * 1000, maxBuffer: MAX_OUTPUT_BYTES, windowsHide: true, encoding: 'utf8' }, (error, stdout, stderr) => {
      if (!error) {
        resolve({ ok: true, stdout });
        return;
      }
      const runError: KubectlRunError = { code: (error as NodeJS.ErrnoException).code ?? (error as { code?: number }).code, killed: error.killed, signal: error.signal, stderr };
      resolve({ ok: false, failure: describeKubectlFailure(runError, program, timeoutSeconds) });
    });
  });
}
