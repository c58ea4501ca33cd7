// Tells why a kubectl run failed, from its exit and stderr, in words a user can act on.

export type KubectlFailureKind = 'missing' | 'timeout' | 'unreachable' | 'denied' | 'no-context' | 'other';

export interface KubectlFailure {
  kind: KubectlFailureKind;
  message: string;
}

export interface KubectlRunError {
  /** Node's error code: ENOENT when the program is not there. */
  code?: string | number | null;
  /** Set when the run was stopped for taking too long. */
  killed?: boolean;
  signal?: string | null;
  stderr?: string;
}

export function describeKubectlFailure(error: KubectlRunError, program: string, timeoutSeconds: number): KubectlFailure {
  const stderr = (error.stderr ?? '').trim();
  if (error.code === 'ENOENT') {
    return { kind: 'missing', message: `kubectl was not found ('${program}'). Install kubectl, or set postmortem.kubectl.path to where it is.` };
  }
  // Node stops kubectl (and sets `killed`) when it prints more than the output cap: that is not a timeout.
  if (error.code === 'ERR_CHILD_PROCESS_STDIO_MAXBUFFER') {
    return { kind: 'other', message: 'kubectl printed more events than the import reads (32 MiB); pick a single namespace, or paste part of the output with Paste kubectl Events into Timeline.' };
  }
  if (error.killed || error.signal === 'SIGTERM') {
    return { kind: 'timeout', message: `kubectl did not answer within ${timeoutSeconds} s: the cluster may be unreachable from here (VPN, proxy, expired login?).` };
  }
  if (/forbidden|unauthorized|you must be logged in|cannot list resource|permission denied|401|403/i.test(stderr)) {
    return { kind: 'denied', message: `The cluster refused access: ${firstLine(stderr)} Check that your user may list events in that namespace (kubectl auth can-i list events).` };
  }
  if (/unable to connect|connection refused|was refused|no such host|i\/o timeout|dial tcp|tls handshake|server could not be reached|EOF/i.test(stderr)) {
    return { kind: 'unreachable', message: `Could not reach the cluster: ${firstLine(stderr)}` };
  }
  if (/context ".*" (?:does not exist|not found)|no context exists|current-context is not set|no configuration has been provided/i.test(stderr)) {
    return { kind: 'no-context', message: `kubectl has no usable context: ${firstLine(stderr)} Check your kubeconfig (kubectl config get-contexts).` };
  }
  return { kind: 'other', message: `kubectl failed: ${firstLine(stderr) || `exit code ${String(error.code)}`}` };
}

function firstLine(text: string): string {
  const line = text.split('\n').find((l) => l.trim() !== '') ?? '';
  return line.replace(/^error:\s*/i, '').trim();
}
