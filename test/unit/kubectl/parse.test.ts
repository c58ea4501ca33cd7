// parseKubectlEvents on the shapes pasted text takes beyond the golden fixtures: noise around tables, lost spacing, streams, not-kubectl text.
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { isoUtc, parseKubectlEvents } from '../../../src/core/kubectl';
import { parseCaptureTime } from '../../../src/core/kubectl/captureTime';
import { fields } from '../../../src/core/kubectl/columns';

const capturedAt = new Date('2026-05-04T12:00:00Z');
const parse = (text: string) => parseKubectlEvents(text, { capturedAt });

const table = [
  'LAST SEEN   TYPE      REASON    OBJECT          MESSAGE',
  '5m          Warning   BackOff   pod/web-1       Back-off restarting failed container',
  '2m          Normal    Pulled    pod/web-1       Container image "web:2" already present on machine',
].join('\n');

describe('parseKubectlEvents', () => {
  it('says so when the text is not kubectl output', () => {
    for (const text of ['', 'hello world', '| Time | Event |\n|---|---|\n| 10:00 | deploy |', '{"a": 1}', 'apiVersion: v1\nkind: Pod\n', 'TYPE REASON']) {
      const result = parse(text);
      assert.deepEqual(result.formats, [], text);
      assert.deepEqual(result.events, [], text);
    }
  });

  it('finds a table after a shell prompt and before the next one, with CRLF line ends and colours', () => {
    const text = `$ kubectl get events\r\n\x1b[1m${table.split('\n')[0]}\x1b[0m\r\n${table.split('\n').slice(1).join('\r\n')}\r\n$ kubectl get pods\r\nNAME   READY\r\n`;
    const result = parse(text);
    assert.deepEqual(result.formats, ['get-events']);
    assert.deepEqual(result.events.map((e) => [isoUtc(e.time), e.reason]), [
      ['2026-05-04T11:55:00Z', 'BackOff'],
      ['2026-05-04T11:58:00Z', 'Pulled'],
    ]);
  });

  it('reads rows whose spacing was collapsed to single spaces (pasted through chat)', () => {
    const text = [
      'NAMESPACE LAST SEEN TYPE REASON OBJECT MESSAGE',
      'prod 4m53s (x72 over 20m) Warning BackOff Pod/api-0 Back-off restarting failed container',
      'prod 30s Normal Killing Pod/api-0 Stopping container api',
    ].join('\n');
    const [first, second] = parse(text).events;
    assert.equal(first.count, 72);
    assert.equal(isoUtc(first.firstTime), '2026-05-04T11:40:00Z');
    assert.equal(first.namespace, 'prod');
    assert.equal(first.message, 'Back-off restarting failed container');
    assert.equal(second.reason, 'Killing');
  });

  it('keeps the message of a row that kubectl truncated at a newline', () => {
    const text = 'LAST SEEN   TYPE      REASON      OBJECT      MESSAGE\n1m          Warning   Unhealthy   pod/web-1   Liveness probe failed: HTTP 500...\n';
    assert.equal(parse(text).events[0].message, 'Liveness probe failed: HTTP 500...');
  });

  it('recognises kubectl output that found nothing', () => {
    assert.deepEqual(parse('No resources found in prod namespace.\n').formats, ['none-found']);
    assert.deepEqual(parse('No events found in prod namespace.\n').formats, ['none-found']);
    const describe = parse('Name:         web-1\nNamespace:    prod\nEvents:                      <none>\n');
    assert.deepEqual([describe.formats, describe.events], [['describe'], []]);
  });

  it('reads a single Event object and a --watch -o json stream of watch events', () => {
    const event = (name: string, last: string) =>
      JSON.stringify({ kind: 'Event', apiVersion: 'v1', metadata: { name, namespace: 'prod' }, involvedObject: { kind: 'Pod', name: 'web-1', namespace: 'prod' }, reason: 'BackOff', message: `m ${name}`, type: 'Warning', firstTimestamp: '2026-05-04T11:00:00Z', lastTimestamp: last, count: 3 });
    assert.equal(parse(event('a', '2026-05-04T11:30:00Z')).events.length, 1);
    const stream = `{"type":"ADDED","object":${event('b', '2026-05-04T11:40:00Z')}}\n{"type":"MODIFIED","object":${event('a', '2026-05-04T11:20:00Z')}}\n`;
    const result = parse(stream);
    assert.deepEqual(result.formats, ['json']);
    assert.deepEqual(result.events.map((e) => e.message), ['m a', 'm b']);
    assert.equal(result.relative, false);
  });

  it('takes the series of an events.k8s.io/v1 Event as its last time and count', () => {
    const text = JSON.stringify({
      apiVersion: 'events.k8s.io/v1', kind: 'Event', metadata: { name: 'x', namespace: 'prod' }, eventTime: '2026-05-04T10:00:00.123456Z',
      series: { count: 9, lastObservedTime: '2026-05-04T11:00:00.654321Z' }, regarding: { kind: 'Node', name: 'n1' }, note: ' disk pressure ',
      reason: 'EvictionThresholdMet', type: 'Warning', reportingController: 'kubelet', reportingInstance: 'n1',
    });
    const [event] = parse(text).events;
    assert.deepEqual(
      [isoUtc(event.time), isoUtc(event.firstTime), event.count, event.object, event.namespace, event.message, event.source],
      ['2026-05-04T11:00:00.654Z', '2026-05-04T10:00:00.123Z', 9, 'Node/n1', 'prod', 'disk pressure', 'kubelet, n1'],
    );
  });

  it('cuts -o wide rows by the header even when a CJK or emoji message comes before other columns', () => {
    const header = 'LAST SEEN   TYPE     REASON   OBJECT    SUBOBJECT   SOURCE    MESSAGE            FIRST SEEN   COUNT   NAME';
    const row = '1m          Normal   Note     pod/a                 kubelet   停止中 🚨 done          9m           4       a.1';
    const [event] = parse(`${header}\n${row}\n`).events;
    assert.deepEqual([event.message, event.count, isoUtc(event.firstTime), event.source], ['停止中 🚨 done', 4, '2026-05-04T11:51:00Z', 'kubelet']);
  });

  it('cuts a row into the same fields whether it is read as a string or code point by code point', () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom('a', 'b', ' ', ' ', '\t', 'x'), { maxLength: 40 }).map((chars) => chars.join('')), (line) => {
        assert.deepEqual(fields(line), fields(Array.from(line)));
      }),
      { numRuns: 2000 },
    );
  });

  it('never throws on arbitrary text, and every event it returns has a type and a reason', () => {
    const kubectlish = fc.array(
      fc.constantFrom('LAST SEEN   TYPE      REASON    OBJECT      MESSAGE', '5m   Warning   BackOff   pod/a   x', 'Events:', '  Type  Reason  Age  From  Message', '{', '}', '[', 'items:', '- involvedObject: {}', '', '   ', '(x3 over 5m)', '<unknown>', '🚨', '\t'),
      { maxLength: 12 },
    );
    fc.assert(
      fc.property(fc.oneof(fc.string(), fc.string({ unit: 'grapheme' }), kubectlish.map((lines) => lines.join('\n'))), (text) => {
        const result = parse(text);
        for (const event of result.events) assert.equal(typeof event.type, 'string');
      }),
      { numRuns: 500 },
    );
  });
});

describe('parseKubectlEvents on pasted JSON and YAML', () => {
  const item = { involvedObject: { kind: 'Pod', name: 'web-1', namespace: 'prod' }, reason: 'BackOff', message: 'm', type: 'Warning', lastTimestamp: '2026-05-04T11:30:00Z' };

  it('reads JSON inside a code fence after the command that printed it', () => {
    const text = `\`\`\`json\n$ kubectl get events -n prod -o json\n${JSON.stringify({ kind: 'List', items: [item] }, null, 2)}\n\`\`\`\n`;
    assert.deepEqual(parse(text).events.map((e) => isoUtc(e.time)), ['2026-05-04T11:30:00Z']);
  });

  it('reads `jq .items[]` output (objects one after another) and a YAML list of events', () => {
    const stream = `${JSON.stringify(item)}\n${JSON.stringify({ ...item, reason: 'Pulled', lastTimestamp: '2026-05-04T11:00:00Z' })}\n`;
    assert.deepEqual(parse(stream).events.map((e) => e.reason), ['Pulled', 'BackOff']);
    const yaml = '- involvedObject: {kind: Node, name: n1}\n  reason: NodeNotReady\n  type: Warning\n  message: down\n  lastTimestamp: "2026-05-04T11:10:00Z"\n';
    assert.deepEqual(parse(yaml).formats, ['yaml']);
    assert.equal(parse(yaml).events[0].object, 'Node/n1');
  });

  it('recognises an empty event list as kubectl output with no events', () => {
    const result = parse('{"apiVersion":"v1","items":[],"kind":"List","metadata":{"resourceVersion":""}}');
    assert.deepEqual([result.formats, result.events], [['json'], []]);
  });
});

describe('parseKubectlEvents on -o custom-columns', () => {
  it('reads the popular FirstSeen/LastSeen/Count/From/Type/Reason/Message recipe with RFC 3339 times and <none>', () => {
    const text = [
      'FirstSeen              LastSeen               Count    From                Type      Reason      Message',
      '2026-05-04T11:00:00Z   2026-05-04T11:20:00Z   7        kubelet             Warning   BackOff     Back-off restarting failed container',
      '2026-05-04T10:58:00Z   <none>                 <none>   default-scheduler   Normal    Scheduled   Successfully assigned prod/web-1 to node-2',
    ].join('\n');
    const { formats, events } = parse(text);
    assert.deepEqual(formats, ['custom-columns']);
    assert.deepEqual(
      events.map((e) => [isoUtc(e.time), isoUtc(e.firstTime), e.count, e.source, e.approximate]),
      [
        ['2026-05-04T11:20:00Z', '2026-05-04T11:00:00Z', 7, 'kubelet', false],
        [null, '2026-05-04T10:58:00Z', null, 'default-scheduler', false],
      ],
    );
  });
});

describe('parseKubectlEvents on rows copied without their header', () => {
  it('reads get events rows and describe rows by kubectl\'s layouts, and nothing looser', () => {
    const rows = '58m         Warning   BackOff            pod/es-master-0   Back-off restarting failed container\n55m         Normal    Scheduled          pod/es-master-1   Successfully assigned logging/es-master-1 to node-3\n';
    assert.deepEqual(parse(rows).events.map((e) => [isoUtc(e.time), e.reason, e.object]), [
      ['2026-05-04T11:02:00Z', 'BackOff', 'pod/es-master-0'],
      ['2026-05-04T11:05:00Z', 'Scheduled', 'pod/es-master-1'],
    ]);
    const describeRows = '  Warning  FailedScheduling  9h (x108 over 18h)  default-scheduler  0/1 nodes are available\n';
    assert.deepEqual(parse(describeRows).events.map((e) => [e.count, e.source]), [[108, 'default-scheduler']]);
    assert.deepEqual(parse('5m Info Deploy web went out\n').formats, []);
  });
});

describe('parseKubectlEvents on other kubectl JSON', () => {
  it('does not take a List of Pods for events', () => {
    const pods = JSON.stringify({ apiVersion: 'v1', kind: 'List', items: [{ apiVersion: 'v1', kind: 'Pod', metadata: { name: 'web-1' }, status: { phase: 'Running' } }] });
    assert.deepEqual(parse(pods).formats, []);
  });
});

describe('parseCaptureTime', () => {
  it('reads ISO 8601 as UTC unless it names a zone', () => {
    assert.equal(parseCaptureTime('2026-05-04T12:20:00Z')?.toISOString(), '2026-05-04T12:20:00.000Z');
    assert.equal(parseCaptureTime('2026-05-04T12:20')?.toISOString(), '2026-05-04T12:20:00.000Z');
    assert.equal(parseCaptureTime('2026-05-04 12:20:30')?.toISOString(), '2026-05-04T12:20:30.000Z');
    assert.equal(parseCaptureTime('2026-05-04T14:20:00+02:00')?.toISOString(), '2026-05-04T12:20:00.000Z');
    assert.equal(parseCaptureTime('2026-05-04')?.toISOString(), '2026-05-04T00:00:00.000Z');
    for (const bad of ['yesterday', '12:20', '2026-13-40T00:00:00Z', '']) assert.equal(parseCaptureTime(bad), null, bad);
  });
});

describe('parseKubectlEvents on kubectl events messages with empty lines', () => {
  it('keeps the paragraphs of a message and the rows after it', () => {
    const text = [
      'LAST SEEN   TYPE      REASON    OBJECT      MESSAGE',
      '5m          Warning   Failed    Pod/web-1   Error: failed to start container "web": first paragraph',
      '',
      'second paragraph of the message',
      '2m                   Normal    Pulled    Pod/web-1   Container image "web:2" already present on machine',
      '',
      'Some notes written after the output.',
    ].join('\n');
    const events = parse(text).events;
    assert.deepEqual(events.map((e) => e.message), [
      'Error: failed to start container "web": first paragraph\n\nsecond paragraph of the message',
      'Container image "web:2" already present on machine',
    ]);
  });
});

describe('parseKubectlEvents on --show-labels', () => {
  it('reads the event columns and leaves label columns aside', () => {
    const text = [
      'LAST SEEN   TYPE      REASON    OBJECT      MESSAGE                                   LABELS',
      '5m          Warning   BackOff   pod/web-1   Back-off restarting failed container      <none>',
    ].join('\n');
    const [event] = parse(text).events;
    assert.deepEqual([event.reason, event.message], ['BackOff', 'Back-off restarting failed container']);
  });
});

describe('parseKubectlEvents where a table ends', () => {
  const describeTail = (after: string) =>
    ['Events:', '  Type     Reason     Age   From      Message', '  ----     ------     ----  ----      -------', '  Warning  BackOff    2m    kubelet   Back-off restarting failed container', after, 'more text'].join('\n');

  for (const [what, line] of [
    ['an empty prompt', 'root@bastion:~# '],
    ['an oh-my-zsh prompt running the next command', '➜  infra git:(main) ✗ kubectl get pods -n shop'],
    ['a bare next command', 'kubectl logs web-1 --previous'],
    ['a code fence', '```'],
    ['a script section line', '--- Logs for web-1 ---'],
    ["another kubectl table's header", 'NAME          READY   STATUS             RESTARTS      AGE'],
  ]) {
    it(`stops at ${what}, not taking it into the last message`, () => {
      assert.deepEqual(parse(describeTail(line)).events.map((e) => e.message), ['Back-off restarting failed container']);
    });
  }
});

describe('parseKubectlEvents on a message that starts on the next line', () => {
  it('gives the row the whole message, without a leading newline', () => {
    const text = 'LAST SEEN   TYPE      REASON               OBJECT                       MESSAGE\n30s         Warning   ProvisioningFailed   persistentvolumeclaim/data\nfailed to provision volume: quota exceeded\n';
    assert.equal(parse(text).events[0].message, 'failed to provision volume: quota exceeded');
  });
});

describe('parseKubectlEvents on quoted output', () => {
  it('reads output quoted in chat or kept as comments, the mark on every line', () => {
    const table = ['LAST SEEN   TYPE      REASON    OBJECT      MESSAGE', '5m          Warning   BackOff   pod/web-1   Back-off restarting failed container'];
    for (const mark of ['> ', '# ']) {
      const result = parse(table.map((line) => mark + line).join('\n'));
      assert.deepEqual([result.formats, result.events.map((e) => [e.reason, e.namespace])], [['get-events'], [['BackOff', null]]], mark);
    }
  });
});

describe('parseKubectlEvents next to kubectl warnings', () => {
  it('keeps klog lines and warnings out of messages, and reads JSON after them', () => {
    const table = [
      'LAST SEEN   TYPE      REASON    OBJECT      MESSAGE',
      '5m          Warning   BackOff   pod/web-1   Back-off restarting failed container',
      'W0504 12:00:01.123456   41234 warnings.go:70] v1 Event is deprecated',
    ].join('\n');
    assert.deepEqual(parse(table).events.map((e) => e.message), ['Back-off restarting failed container']);
    const json = `Warning: events.k8s.io/v1beta1 Event is deprecated in v1.22+\n${JSON.stringify({ kind: 'EventList', items: [] })}`;
    assert.deepEqual(parse(json).formats, ['json']);
  });
});

describe('parseKubectlEvents on describe output of other kinds', () => {
  const events = ['Events:', '  Type    Reason             Age   From                   Message', '  ----    ------             ----  ----                   -------', '  Normal  ScalingReplicaSet  12m   deployment-controller  Scaled up replica set web-7d9 to 3'];

  it('names the object from the describe command, aliases included', () => {
    const text = ['$ k describe deploy web -n shop', 'Name:                   web', 'Namespace:              shop', ...events].join('\n');
    assert.deepEqual(parse(text).events.map((e) => [e.object, e.namespace]), [['Deployment/web', 'shop']]);
  });

  it('names the object from the fields only its kind prints when there is no command', () => {
    const text = ['Name:                   web', 'Namespace:              shop', 'Replicas:               3 desired | 3 updated | 3 total | 3 available | 0 unavailable', 'StrategyType:           RollingUpdate', ...events].join('\n');
    assert.equal(parse(text).events[0].object, 'Deployment/web');
  });
});

describe('parseKubectlEvents on rows alike', () => {
  it('reads the same output pasted twice once, and keeps rows alike within one table as separate events', () => {
    const oom = '  Warning  SystemOOM  17m   kubelet, node-3  System OOM encountered';
    const describe = ['Events:', '  Type     Reason     Age   From             Message', '  ----     ------     ----  ----             -------', oom, oom, oom].join('\n');
    assert.equal(parse(describe).events.length, 3);
    assert.equal(parse(`${describe}\n\n${describe}\n`).events.length, 3);
    assert.equal(parse(`${table}\n\n${table}\n`).events.length, 2);
  });

  it('names a claim described without a name, though it prints Capacity: like a Node', () => {
    const text = ['$ kubectl describe pvc', 'Name:          data-0', 'Namespace:     db', 'StorageClass:  standard', 'Status:        Pending', 'Capacity:', 'Access Modes:', 'Events:',
      '  Type     Reason              Age   From                         Message', '  ----     ------              ----  ----                         -------',
      '  Warning  ProvisioningFailed  2m    persistentvolume-controller  storageclass.storage.k8s.io "standard" not found'].join('\n');
    assert.deepEqual(parse(text).events.map((e) => [e.object, e.namespace]), [['PersistentVolumeClaim/data-0', 'db']]);
  });
});

describe('parseKubectlEvents on text pasted through web pages and shells', () => {
  it('reads a table whose runs of spaces became no-break spaces', () => {
    const text = table.replace(/ {2}/g, '\u00a0 ');
    assert.deepEqual(parse(text).events.map((e) => [e.reason, e.object, e.message]), parse(table).events.map((e) => [e.reason, e.object, e.message]));
  });

  it('stops YAML at the next shell prompt', () => {
    const yaml = ['$ kubectl get events -o yaml', 'apiVersion: v1', 'items:', '- involvedObject:', '    kind: Pod', '    name: web-1', '  reason: BackOff', '  message: Back-off restarting failed container', '  type: Warning', '  lastTimestamp: "2026-05-04T11:00:00Z"', 'kind: List', 'user@bastion:~$ kubectl get pods'].join('\n');
    assert.deepEqual(parse(yaml).events.map((e) => [e.reason, e.object]), [['BackOff', 'Pod/web-1']]);
  });
});

describe('parseKubectlEvents on JSON pasted only in part', () => {
  it('reads the Events complete before the cut and leaves the cut one out', () => {
    const event = (name: string) => ({ kind: 'Event', apiVersion: 'v1', metadata: { name, namespace: 'prod' }, involvedObject: { kind: 'Pod', name: 'web-1' }, reason: 'BackOff', message: `m ${name}`, type: 'Warning', lastTimestamp: '2026-05-04T11:00:00Z' });
    const full = JSON.stringify({ apiVersion: 'v1', kind: 'List', items: [event('a'), event('b'), event('c')] }, null, 2);
    const cut = full.slice(0, full.indexOf('"m c"'));
    const result = parse(`$ kubectl get events -o json\n${cut}`);
    assert.deepEqual(result.formats, ['json']);
    assert.deepEqual(result.events.map((e) => e.message), ['m a', 'm b']);
  });
});
