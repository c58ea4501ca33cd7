// Keeps every postmortem's action items in memory: one full scan, then only the files that change are read again.
import * as vscode from 'vscode';
import { actionEntries, type ActionEntry } from '../../core/actions/entries';
import { parsedPostmortem, scanWithinBudget } from '../parsedDocument';
import { matchesPostmortemGlobs, readLintSettings, SETTINGS_SECTION } from '../diagnostics/lintSettings';
import { isPostmortemFile } from '../diagnostics/postmortemFiles';

const MARKDOWN_FILES = '**/*.{md,markdown}';
const EXCLUDED = '**/{node_modules,.git,dist,out}/**';
const MAX_FILES = 20_000;
/** Files read at once during a scan: enough to hide file-system latency on remote and virtual workspaces. */
const READ_CONCURRENCY = 16;
/** Typing pauses shorter than this are not worth re-parsing for; the tree is not read keystroke by keystroke. */
const TYPING_DELAY_MS = 300;
/** During a long first scan the tree shows what has been read so far, refreshed this often (not after every file). */
const SCAN_PROGRESS_MS = 500;
const IS_MARKDOWN = /\.(md|markdown)$/i;
/** Markdown this large outside the postmortem globs is generated documentation, not an incident write-up: not parsed. */
const MAX_DETECTED_BYTES = 1024 * 1024;

interface IndexedPostmortem {
  uri: vscode.Uri;
  entries: ActionEntry[];
}

export class ActionItemIndex implements vscode.Disposable {
  private readonly postmortems = new Map<string, IndexedPostmortem>();
  private readonly byDisplayPath = new Map<string, vscode.Uri>();
  /** Bumped on every read of a file; a read whose generation is no longer current is dropped. */
  private readonly generations = new Map<string, number>();
  private readonly timers = new Map<string, ReturnType<typeof setTimeout>>();
  /** Files read on their own since the current full scan started: that scan not finding them does not mean they are gone. */
  private readonly readSinceScan = new Set<string>();
  private readonly changed = new vscode.EventEmitter<void>();
  readonly onDidChange = this.changed.event;
  private readonly scanStarted = new vscode.EventEmitter<Promise<void>>();
  /** Fires with the scan's promise, so the view can show progress while a full scan runs. */
  readonly onDidStartScan = this.scanStarted.event;
  private scan: vscode.CancellationTokenSource | undefined;
  private readonly disposables: vscode.Disposable[] = [this.changed, this.scanStarted];
  /** Resolves when the latest full scan has finished. */
  ready: Promise<void> = Promise.resolve();
  scanned = false;

  constructor() {
    const files = vscode.workspace.createFileSystemWatcher(MARKDOWN_FILES);
    // Deleting or moving a folder reports the folder only, so deletions are watched for every path.
    const deletions = vscode.workspace.createFileSystemWatcher('**/*', true, true, false);
    this.disposables.push(
      files,
      deletions,
      files.onDidCreate((uri) => this.schedule(uri, 0)),
      files.onDidChange((uri) => this.schedule(uri, 0)),
      deletions.onDidDelete((uri) => this.forget(uri)),
      vscode.workspace.onDidRenameFiles((event) => {
        for (const { oldUri, newUri } of event.files) {
          this.forget(oldUri);
          if (IS_MARKDOWN.test(newUri.path)) this.schedule(newUri, 0);
          else this.rescan();
        }
      }),
      vscode.workspace.onDidChangeTextDocument((event) => {
        if (event.contentChanges.length > 0 && this.isCandidate(event.document.uri)) this.schedule(event.document.uri, TYPING_DELAY_MS);
      }),
      // Closing a document without saving it drops its edits: the file on disk is the truth again.
      vscode.workspace.onDidCloseTextDocument((document) => {
        if (this.isCandidate(document.uri)) this.schedule(document.uri, 0);
      }),
      // Only the settings that decide which files are postmortems; rule levels change nothing here.
      vscode.workspace.onDidChangeConfiguration((event) => {
        if (event.affectsConfiguration(`${SETTINGS_SECTION}.files`) || event.affectsConfiguration(`${SETTINGS_SECTION}.detectByContent`)) this.rescan();
      }),
      vscode.workspace.onDidChangeWorkspaceFolders(() => this.rescan()),
    );
    this.rescan();
  }

  /** Every action item of every postmortem, in no particular order. */
  entries(): ActionEntry[] {
    return [...this.postmortems.values()].flatMap((p) => p.entries);
  }

  get postmortemCount(): number {
    return this.postmortems.size;
  }

  /** The file an entry came from (entries name their file by its display path). */
  uriOf(entry: ActionEntry): vscode.Uri | undefined {
    return this.byDisplayPath.get(entry.postmortem.file);
  }

  /** Reads one file again now, e.g. right after the tree edited it. */
  refresh(uri: vscode.Uri): void {
    this.schedule(uri, 0);
  }

  /** Reads the whole workspace again, cancelling a scan still running. */
  rescan(): Promise<void> {
    this.scan?.cancel();
    this.scan?.dispose();
    const source = new vscode.CancellationTokenSource();
    this.scan = source;
    this.ready = this.scanAll(source.token).catch((error: unknown) => {
      if (!source.token.isCancellationRequested) console.error('postmortem: reading the workspace\'s postmortems failed', error);
    });
    this.scanStarted.fire(this.ready);
    return this.ready;
  }

  private async scanAll(token: vscode.CancellationToken): Promise<void> {
    this.readSinceScan.clear();
    const uris = await this.candidateFiles(token);
    if (token.isCancellationRequested) return;
    const started = new Map(uris.map((uri) => [uri.toString(), this.bump(uri)]));
    let next = 0;
    let shown = Date.now();
    const worker = async () => {
      while (next < uris.length && !token.isCancellationRequested) {
        const uri = uris[next++];
        const changed = await this.read(uri, started.get(uri.toString())!);
        // A workspace of a thousand postmortems takes seconds to read: show the items found so far as it goes.
        if (changed && Date.now() - shown >= SCAN_PROGRESS_MS && !token.isCancellationRequested) {
          shown = Date.now();
          this.changed.fire();
        }
      }
    };
    await Promise.all(Array.from({ length: READ_CONCURRENCY }, worker));
    if (token.isCancellationRequested) return;
    // Postmortems the scan no longer found were deleted or moved while nobody watched (or the settings changed).
    for (const key of [...this.postmortems.keys()]) {
      if (!started.has(key) && !this.timers.has(key) && !this.readSinceScan.has(key)) this.remove(key);
    }
    this.scanned = true;
    this.changed.fire();
  }

  private async candidateFiles(token: vscode.CancellationToken): Promise<vscode.Uri[]> {
    const byContent = (vscode.workspace.workspaceFolders ?? []).some((folder) => readLintSettings(folder.uri).detectByContent);
    const globs = byContent ? [MARKDOWN_FILES] : [...new Set((vscode.workspace.workspaceFolders ?? []).flatMap((f) => readLintSettings(f.uri).files))];
    const found = await Promise.all(globs.map((glob) => vscode.workspace.findFiles(glob, EXCLUDED, MAX_FILES, token)));
    const unique = new Map(found.flat().map((uri) => [uri.toString(), uri]));
    return [...unique.values()];
  }

  private isCandidate(uri: vscode.Uri): boolean {
    return IS_MARKDOWN.test(uri.path) && vscode.workspace.getWorkspaceFolder(uri) !== undefined;
  }

  private bump(uri: vscode.Uri): number {
    const key = uri.toString();
    const generation = (this.generations.get(key) ?? 0) + 1;
    this.generations.set(key, generation);
    return generation;
  }

  /** Reads one file again after `delayMs`; a later call for the same file supersedes this one. */
  private schedule(uri: vscode.Uri, delayMs: number): void {
    if (!this.isCandidate(uri)) return;
    const key = uri.toString();
    clearTimeout(this.timers.get(key));
    this.timers.set(
      key,
      setTimeout(() => {
        this.timers.delete(key);
        this.readSinceScan.add(key);
        void this.read(uri, this.bump(uri)).then((changed) => changed && this.changed.fire());
      }, delayMs),
    );
  }

  private forget(uri: vscode.Uri): void {
    const prefix = `${uri.toString()}/`;
    let removed = false;
    for (const key of [...this.postmortems.keys()]) {
      if (key === uri.toString() || key.startsWith(prefix)) {
        this.bump(this.postmortems.get(key)!.uri);
        removed = this.remove(key) || removed;
      }
    }
    if (removed) this.changed.fire();
  }

  /** Reads and parses one file (the open document's text when it is open, so unsaved edits count). True when the index changed. */
  private async read(uri: vscode.Uri, generation: number): Promise<boolean> {
    const key = uri.toString();
    const open = vscode.workspace.textDocuments.find((d) => d.uri.toString() === key && !d.isClosed);
    let text: string;
    try {
      if (open) text = open.getText();
      else {
        const bytes = await vscode.workspace.fs.readFile(uri);
        text = bytes.length > MAX_DETECTED_BYTES && !matchesPostmortemGlobs(uri, readLintSettings(uri).files) ? '' : new TextDecoder().decode(bytes);
      }
    } catch {
      // Gone between the event and the read: the delete event removes it.
      text = '';
    }
    if (this.generations.get(key) !== generation) return false;
    const file = displayPath(uri);
    // A file too costly to parse on the typing path is left out, as the linter leaves it out (its status bar says why).
    // An open document's model is the one the linter and the CodeLenses share for this version: not parsed again.
    const doc = open ? parsedPostmortem(open) : scanWithinBudget(text.replace(/^\uFEFF/, ''));
    if (text === '' || !doc || !isPostmortemFile(uri, doc)) return this.remove(key);
    this.postmortems.set(key, { uri, entries: actionEntries(file, doc) });
    this.byDisplayPath.set(file, uri);
    return true;
  }

  private remove(key: string): boolean {
    const removed = this.postmortems.get(key);
    if (removed) this.byDisplayPath.delete(displayPath(removed.uri));
    return this.postmortems.delete(key);
  }

  dispose(): void {
    this.scan?.cancel();
    this.scan?.dispose();
    for (const timer of this.timers.values()) clearTimeout(timer);
    for (const disposable of this.disposables) disposable.dispose();
  }
}

/** The path people know a file by: relative to its workspace folder (with the folder's name in a multi-root workspace). */
export function displayPath(uri: vscode.Uri): string {
  return vscode.workspace.asRelativePath(uri, (vscode.workspace.workspaceFolders?.length ?? 0) > 1);
}
