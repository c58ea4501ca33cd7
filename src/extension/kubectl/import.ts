// "Postmortem: Import kubectl Events from Cluster" (desktop, trusted workspaces): `kubectl get events -o json` into the timeline.
import * as vscode from 'vscode';
import { parseKubectlEvents } from '../../core/kubectl';
import type { CommandRegistry } from '../commandRegistry';
import { importArgsSchema, invalidArgs } from './args';
import { chooseEvents, mergeIntoDocument, outcome, reportMerge, targetDocument, type KubectlMergeOutcome } from './mergeIntoDocument';
import { IMPORT_KUBECTL_EVENTS_COMMAND, validTimeoutSeconds, type RunKubectl } from './kubectlProcess';

const ALL_NAMESPACES = '*';

export function registerImportKubectlEvents(context: vscode.ExtensionContext, commands: CommandRegistry, runKubectl: RunKubectl): void {
  context.subscriptions.push(commands.register(IMPORT_KUBECTL_EVENTS_COMMAND, (rawArgs?: unknown) => importKubectlEvents(runKubectl, rawArgs)));
}

function settings(document: vscode.TextDocument) {
  const config = vscode.workspace.getConfiguration('postmortem.kubectl', document.uri);
  return { program: config.get<string>('path', 'kubectl') || 'kubectl', timeoutSeconds: validTimeoutSeconds(config.get<unknown>('timeoutSeconds', 30)) };
}

/** A failure is shown to the user and returned, so automation and tests see it too. */
interface ImportFailure {
  failed: string;
}

function fail(message: string): ImportFailure {
  void vscode.window.showErrorMessage(message);
  return { failed: message };
}

async function pickContext(runKubectl: RunKubectl, program: string, timeoutSeconds: number): Promise<string | ImportFailure | undefined> {
  const contexts = await runKubectl(program, ['config', 'get-contexts', '-o', 'name'], timeoutSeconds);
  if (!contexts.ok) return fail(contexts.failure.message);
  const names = contexts.stdout.split('\n').map((line) => line.trim()).filter(Boolean);
  if (names.length === 0) return fail('kubectl has no contexts in its kubeconfig: connect to the cluster first (kubectl config get-contexts shows none).');
  const current = await runKubectl(program, ['config', 'current-context'], timeoutSeconds);
  const currentName = current.ok ? current.stdout.trim() : '';
  if (names.length === 1) return names[0];
  const items = names
    .sort((a, b) => Number(b === currentName) - Number(a === currentName))
    .map((name) => ({ label: name, description: name === currentName ? 'current context' : undefined }));
  const picked = await vscode.window.showQuickPick(items, { title: vscode.l10n.t('Import kubectl events: which cluster context?') });
  return picked?.label;
}

async function pickNamespace(runKubectl: RunKubectl, program: string, context: string, timeoutSeconds: number): Promise<string | undefined> {
  const configured = await runKubectl(program, ['config', 'view', '--minify', '--context', context, '-o', 'jsonpath={..namespace}'], timeoutSeconds);
  const fallback = (configured.ok && configured.stdout.trim()) || 'default';
  const items = [
    { label: fallback, description: vscode.l10n.t("the context's namespace"), value: fallback },
    { label: vscode.l10n.t('All namespaces'), description: '-A', value: ALL_NAMESPACES },
    { label: vscode.l10n.t('Other namespace…'), value: '' },
  ];
  const picked = await vscode.window.showQuickPick(items, { title: vscode.l10n.t('Import kubectl events from {0}: which namespace?', context) });
  if (!picked) return undefined;
  if (picked.value !== '') return picked.value;
  return vscode.window.showInputBox({ title: vscode.l10n.t('Namespace'), validateInput: (v) => (/^[a-z0-9]([-a-z0-9]*[a-z0-9])?$/.test(v) ? undefined : 'A namespace name, e.g. prod') });
}

async function importKubectlEvents(runKubectl: RunKubectl, rawArgs?: unknown): Promise<KubectlMergeOutcome | ImportFailure | undefined> {
  const parsed = importArgsSchema.safeParse(rawArgs instanceof vscode.Uri ? { uri: rawArgs.toString() } : (rawArgs ?? {}));
  if (!parsed.success) throw invalidArgs(IMPORT_KUBECTL_EVENTS_COMMAND, parsed.error);
  const args = parsed.data;
  const automated = rawArgs !== undefined && !(rawArgs instanceof vscode.Uri);
  if (!vscode.workspace.isTrusted) return fail('Importing events runs kubectl, which is disabled in untrusted workspaces. Trust the workspace, or paste kubectl output instead.');
  const document = await targetDocument(args.uri);
  if (!document) return fail('Open the postmortem (a Markdown file) to import kubectl events into its timeline.');
  const { program, timeoutSeconds } = settings(document);
  const context = args.context ?? (await pickContext(runKubectl, program, timeoutSeconds));
  if (context === undefined || typeof context !== 'string') return context;
  const namespace = args.namespace ?? (await pickNamespace(runKubectl, program, context, timeoutSeconds));
  if (!namespace) return undefined;
  const scope = namespace === ALL_NAMESPACES ? ['-A'] : ['-n', namespace];
  const where = namespace === ALL_NAMESPACES ? 'any namespace' : `namespace ${namespace}`;
  const run = await vscode.window.withProgress(
    { location: vscode.ProgressLocation.Notification, title: vscode.l10n.t('kubectl get events ({0}, {1})', context, where) },
    () => runKubectl(program, ['get', 'events', '--context', context, ...scope, '-o', 'json'], timeoutSeconds),
  );
  if (!run.ok) return fail(run.failure.message);
  const result = parseKubectlEvents(run.stdout, { capturedAt: new Date() });
  if (result.events.length === 0) {
    void vscode.window.showInformationMessage(
      vscode.l10n.t('No events in {0} of {1}. Kubernetes keeps events for about an hour (--event-ttl): for an older incident, paste \`kubectl describe\` output or events saved with \`kubectl get events -o json\` at the time.', where, context),
    );
    return outcome(result, 0, { edits: [], added: 0, alreadyListed: 0, withoutTime: 0, createdTable: false });
  }
  const chosen = await chooseEvents(result, args.select ?? (automated ? 'all' : undefined));
  if (!chosen) return undefined;
  const merge = await mergeIntoDocument(document, chosen);
  reportMerge(result, merge, chosen.length);
  return outcome(result, chosen.length, merge);
}
