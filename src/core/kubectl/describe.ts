// Finds what a `kubectl describe` Events: section is about: the Name, Namespace and kind of the object printed above it.
import type { DescribedObject } from './table';

/** `kubectl describe <resource> <name>` or `<resource>/<name>` on a pasted prompt line. */
const DESCRIBE_COMMAND = /(?:\bkubectl|\boc|(?:^|[\s$%#>])k)\s+describe\s+(?:-\S+\s+(?:\S+\s+)?)*([a-z][\w.-]*)(?:\/|\s+)([\w.-]+)/;

const RESOURCE_KINDS: Record<string, string> = {
  po: 'Pod', pod: 'Pod', pods: 'Pod',
  no: 'Node', node: 'Node', nodes: 'Node',
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
  ['Node', [/^(?:Roles|Taints|Capacity|System Info):/m, /^(?:Addresses|Capacity|Conditions):/m]],
  ['Deployment', [/^StrategyType:/m]],
  ['DaemonSet', [/^Desired Number of Nodes Scheduled:/m]],
  ['StatefulSet', [/^Update Strategy:/m, /^Pods Status:/m]],
  ['CronJob', [/^Schedule:/m, /^Concurrency Policy:/m]],
  ['Job', [/^Completions:/m, /^Parallelism:/m]],
  ['ReplicaSet', [/^Replicas:/m, /^Pods Status:/m]],
  ['HorizontalPodAutoscaler', [/^Reference:/m, /^Min replicas:/m]],
  ['PersistentVolumeClaim', [/^StorageClass:/m, /^(?:Used By|Volume):/m]],
  ['PersistentVolume', [/^Reclaim Policy:/m]],
  ['Ingress', [/^Rules:/m, /^(?:Default backend|Ingress Class):/m]],
  ['Service', [/^(?:TargetPort|Endpoints|IP Families):/m, /^Type:/m]],
];

/** The object whose describe output holds the Events: line at `eventsLine`. */
export function describedObject(lines: readonly string[], eventsLine: number): DescribedObject {
  // Top-level fields share the Events: line's indent (none, unless the whole output was pasted indented).
  const indent = /^\s*/.exec(lines[eventsLine])?.[0] ?? '';
  const field = (line: string) => (line.startsWith(indent) ? line.slice(indent.length) : line);
  let nameLine = -1;
  for (let i = eventsLine - 1; i >= 0 && !/^Events:/.test(field(lines[i])); i--) {
    if (/^Name:\s+\S/.test(field(lines[i]))) {
      nameLine = i;
      break;
    }
  }
  if (nameLine === -1) return { object: '', namespace: null };
  const name = /^Name:\s+(\S+)/.exec(field(lines[nameLine]))?.[1] ?? '';
  const block = lines.slice(nameLine, eventsLine).map(field).join('\n');
  const namespace = /^Namespace:\s+(\S+)/m.exec(block)?.[1] ?? null;
  const kind = kindFromCommand(lines, nameLine, name) ?? KIND_SIGNATURES.find(([, signs]) => signs.every((sign) => sign.test(block)))?.[0];
  return { object: kind ? `${kind}/${name}` : name, namespace };
}

function kindFromCommand(lines: readonly string[], nameLine: number, name: string): string | undefined {
  for (let i = nameLine - 1; i >= 0 && i >= nameLine - 3; i--) {
    const command = DESCRIBE_COMMAND.exec(lines[i]);
    if (command && (command[2] === name || name.startsWith(command[2]))) return RESOURCE_KINDS[command[1].toLowerCase()];
  }
  return undefined;
}
