// Runs kubectl directly (execFile, never a shell) with a timeout. Node-only: imported from the desktop entry point alone.
import { execFile } from 'node:child_process';
import { describeKubectlFailure, type KubectlRunError } from '../../core/kubectl/kubectlFailure';
import { validTimeoutSeconds, type KubectlRun } from './kubectlProcess';

/**
 * Events lists of busy namespaces run to megabytes of JSON; the whole output is held in the extension host, so it is
 * capped well below what would strain it (kubectl is stopped and the user told when it prints more).
 */
const MAX_OUTPUT_BYTES = 32 * 1024 * 1024;

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
