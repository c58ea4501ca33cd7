// Finds what a `kubectl describe` Events: section is about: the Name, Namespace and kind of the object printed above it.
import type { DescribedObject } from './table';

/** `kubectl [global flags] describe [flags] <resource>[/<name> | <name>] [flags]` on a pasted prompt line. */
const KUBECTL_COMMAND = /(?:\bkubectl|\boc|(?:^|[\s$%#>])k)\s+(.*)$/;

/** Flags that take a value as the next word (`-n prod`), so that word is not the object's name. */
const FLAG_WITH_VALUE = /^(?:-n|--namespace|-l|--selector|--context|--kubeconfig|--cluster|--user|-f|--filename|--chunk-size|-s|--server|--request-timeout|--as|--token)$/;

interface DescribeCommand {
  resource: string;
  name: string | null;
  namespace: string | null;
}

function readDescribeCommand(line: string): DescribeCommand | null {
  const match = KUBECTL_COMMAND.exec(line);
  if (!match) return null;
  // A pipe or redirection ends the command ("| grep -A20 Events").
  const words = match[1].split(/[|>;&]/)[0].trim().split(/\s+/);
  const plain: string[] = [];
  let namespace: string | null = null;
  for (let i = 0; i < words.length; i++) {
    const word = words[i];
    if (!word.startsWith('-')) {
      plain.push(word);
      continue;
    }
    const [flag, value] = word.split('=', 2);
    const taken = value ?? (FLAG_WITH_VALUE.test(flag) ? words[++i] : undefined);
    if ((flag === '-n' || flag === '--namespace') && taken) namespace = taken;
  }
  const [verb, first, second] = plain;
  if (verb !== 'describe' || !first || !/^[a-z][\w.-]*(?:\/[\w.-]+)?$/i.test(first)) return null;
  const [resource, slashName] = first.split('/');
  const name = slashName ?? (second && /^[\w.-]+$/.test(second) ? second : null);
  return { resource: resource.toLowerCase(), name, namespace };
}

const RESOURCE_KINDS: Record<string, string> = {
  po: 'Pod', pod: 'Pod', pods: 'Pod',
  no: 'Node', node: 'Node', nodes: 'Node', minion: 'Node', minions: 'Node',
  rc: 'ReplicationController', replicationcontroller: 'ReplicationController', replicationcontrollers: 'ReplicationController',
  pdb: 'PodDisruptionBudget', poddisruptionbudget: 'PodDisruptionBudget', poddisruptionbudgets: 'PodDisruptionBudget',
  ns: 'Namespace', namespace: 'Namespace', namespaces: 'Namespace',
  deploy: 'Deployment', deployment: 'Deployment', deployments: 'Deployment',
  rs: 'ReplicaSet', replicaset: 'ReplicaSet', replicasets: 'ReplicaSet',
  sts: 'StatefulSet', statefulset: 'StatefulSet', statefulsets: 'StatefulSet',
  ds: 'DaemonSet', daemonset: 'DaemonSet', daemonsets: 'DaemonSet',
  job: 'Job', jobs: 'Job', cj: 'CronJob', cronjob: 'CronJob', cronjobs: 'CronJob',
  svc: 'Service', service: 'Service', services: 'Service',
  pvc: 'PersistentVolumeClaim', persistentvolumeclaim: 'PersistentVolumeClaim', persistentvolumeclaims: 'PersistentVolumeClaim',
  pv: 'PersistentVolume', persistentvolume: 'PersistentVolume', persistentvolumes: 'PersistentVolume',
  hpa: 'HorizontalPodAutoscaler', horizontalpodautoscaler: 'HorizontalPodAutoscaler', horizontalpodautoscalers: 'HorizontalPodAutoscaler',
  ing: 'Ingress', ingress: 'Ingress', ingresses: 'Ingress',
};

/** Fields only one kind's describe output prints, checked in order (a Pod also has "Node:", so it comes first). */
const KIND_SIGNATURES: Array<[string, RegExp[]]> = [
  ['Pod', [/^Containers:/m, /^(?:IP|Node|QoS Class):/m]],
  // A claim and a volume print "Capacity:" too, like a Node: they come before it.
  ['PersistentVolumeClaim', [/^StorageClass:/m, /^(?:Used By|Mounted By|Volume|Access Modes):/m]],
  ['PersistentVolume', [/^Reclaim Policy:/m]],
  ['Node', [/^(?:Roles|Taints|Capacity|System Info):/m, /^(?:Addresses|Capacity|Conditions):/m]],
  ['Deployment', [/^StrategyType:/m]],
  ['DaemonSet', [/^Desired Number of Nodes Scheduled:/m]],
  ['StatefulSet', [/^Update Strategy:/m, /^Pods Status:/m]],
  ['CronJob', [/^Schedule:/m, /^Concurrency Policy:/m]],
  ['Job', [/^Completions:/m, /^Parallelism:/m]],
  ['ReplicaSet', [/^Replicas:/m, /^Pods Status:/m]],
  ['HorizontalPodAutoscaler', [/^Reference:/m, /^Min replicas:/m]],
  ['Ingress', [/^Rules:/m, /^(?:Default backend|Ingress Class):/m]],
  ['Service', [/^(?:TargetPort|Endpoints|IP Families):/m, /^Type:/m]],
];

/** The object whose describe output holds the Events: line at `eventsLine`. */
export function describedObject(lines: readonly string[], eventsLine: number): DescribedObject {
  // Top-level fields share the Events: line's indent (none, unless the whole output was pasted indented).
  const indent = /^\s*/.exec(lines[eventsLine])?.[0] ?? '';
  const field = (line: string) => (line.startsWith(indent) ? line.slice(indent.length) : line);
  let nameLine = -1;
  let top = 0;
  for (let i = eventsLine - 1; i >= 0; i--) {
    if (/^Events:/.test(field(lines[i]))) {
      top = i + 1;
      break;
    }
    if (nameLine === -1 && /^Name:\s+\S/.test(field(lines[i]))) nameLine = i;
  }
  if (nameLine === -1) return fromCommandOnly(lines, top, eventsLine);
  const name = /^Name:\s+(\S+)/.exec(field(lines[nameLine]))?.[1] ?? '';
  const block = lines.slice(nameLine, eventsLine).map(field).join('\n');
  const namespace = /^Namespace:\s+(\S+)/m.exec(block)?.[1] ?? null;
  const kind = kindFromCommand(lines, nameLine, name) ?? KIND_SIGNATURES.find(([, signs]) => signs.every((sign) => sign.test(block)))?.[0];
  return { object: kind ? `${kind}/${name}` : name, namespace };
}

/** The command named the kind: by the object's name, or with no name at all (`kubectl describe pvc` describes every claim). */
function kindFromCommand(lines: readonly string[], nameLine: number, name: string): string | undefined {
  for (let i = nameLine - 1; i >= 0 && i >= nameLine - 3; i--) {
    const command = readDescribeCommand(lines[i]);
    if (command && (command.name === null || command.name === name || name.startsWith(command.name))) return RESOURCE_KINDS[command.resource];
  }
  return undefined;
}

/** Output whose Name: line was cut ("$ kubectl describe pod -n prod web-1", "...", "Events:"): the command says what it is. */
function fromCommandOnly(lines: readonly string[], top: number, eventsLine: number): DescribedObject {
  for (let i = eventsLine - 1; i >= top; i--) {
    const command = readDescribeCommand(lines[i]);
    if (!command) continue;
    if (!command.name) return { object: '', namespace: command.namespace };
    const kind = RESOURCE_KINDS[command.resource];
    return { object: kind ? `${kind}/${command.name}` : command.name, namespace: command.namespace };
  }
  return { object: '', namespace: null };
}
