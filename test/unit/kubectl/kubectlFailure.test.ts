// Why a kubectl run failed, told from its real error shapes (Node's execFile error, kubectl's stderr).
import assert from 'node:assert/strict';
import { describeKubectlFailure } from '../../../src/core/kubectl/kubectlFailure';

describe('describeKubectlFailure', () => {
  const kind = (error: Parameters<typeof describeKubectlFailure>[0]) => describeKubectlFailure(error, 'kubectl', 30).kind;

  it('tells a missing kubectl, a timeout, denied access, an unreachable cluster and a missing context apart', () => {
    assert.equal(kind({ code: 'ENOENT' }), 'missing');
    assert.equal(kind({ killed: true, signal: 'SIGTERM', code: null }), 'timeout');
    assert.equal(kind({ code: 1, stderr: 'Error from server (Forbidden): events is forbidden: User "dev" cannot list resource "events" in API group "" in the namespace "prod"\n' }), 'denied');
    assert.equal(kind({ code: 1, stderr: 'error: You must be logged in to the server (Unauthorized)\n' }), 'denied');
    assert.equal(kind({ code: 1, stderr: 'The connection to the server 127.0.0.1:6443 was refused - did you specify the right host or port?\n' }), 'unreachable');
    assert.equal(kind({ code: 1, stderr: 'Unable to connect to the server: dial tcp: lookup api.example.internal: no such host\n' }), 'unreachable');
    assert.equal(kind({ code: 1, stderr: 'error: context "prod" does not exist\n' }), 'no-context');
    assert.equal(kind({ code: 1, stderr: 'error: no context exists with the name: "prod"\n' }), 'no-context');
  });

  it('quotes kubectl\'s own first line without its "error:" prefix', () => {
    const failure = describeKubectlFailure({ code: 1, stderr: '\nerror: the server doesn\'t have a resource type "events"\nmore\n' }, 'kubectl', 30);
    assert.equal(failure.message, 'kubectl failed: the server doesn\'t have a resource type "events"');
  });
});
