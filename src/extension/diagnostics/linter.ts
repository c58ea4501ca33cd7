// Lints open postmortems on open and while typing (debounced), dropping results that a newer edit has made stale.
import * as vscode from 'vscode';
import type { LintConfig } from '../../core/config/resolve';
import { createLintCaches, lintPostmortem } from '../../core/lint/engine';
import type { Finding, LintCaches } from '../../core/lint/types';
import { parseBudgetProblem, parsedPostmortem } from '../parsedDocument';
import type { PostmortemDocument } from '../../core/model/types';
import type { LintConfigLoader } from './lintConfig';
import { readLintSettings } from './lintSettings';
import { isPostmortemFile } from './postmortemFiles';
import { SkippedLintStatus } from './skippedStatus';
import { toDiagnostics, type RuleDocs } from './toDiagnostic';

/** Long enough to skip the keystrokes of a word, short enough that a finding appears before the eye moves on. */
const TYPING_DELAY_MS = 300;

export interface LintedDocument {
  version: number;
  doc: PostmortemDocument;
  findings: Finding[];
}

export class PostmortemLinter implements vscode.Disposable {
  private readonly collection = vscode.languages.createDiagnosticCollection('postmortem');
  /** Bumped on every request; a run whose generation is no longer current throws its result away. */
  private readonly generations = new Map<string, number>();
  private readonly timers = new Map<string, ReturnType<typeof setTimeout>>();
  private readonly results = new Map<string, LintedDocument>();
  private readonly configs = new Map<string, LintConfig>();
  /** What each document's last lint found, per piece of prose: typing re-checks only the prose it changed. */
  private readonly caches = new Map<string, LintCaches>();
  private readonly skipped = new SkippedLintStatus();

  constructor(
    private readonly loader: LintConfigLoader,
    private readonly docs: RuleDocs,
  ) {}

  /** Queues a lint of the document; a later call for the same document supersedes this one. */
  schedule(document: vscode.TextDocument, delayMs = TYPING_DELAY_MS): void {
    if (document.languageId !== 'markdown') return;
    const key = document.uri.toString();
    const generation = (this.generations.get(key) ?? 0) + 1;
    this.generations.set(key, generation);
    clearTimeout(this.timers.get(key));
    this.timers.set(key, setTimeout(() => void this.run(document, generation), delayMs));
  }

  scheduleAllOpen(): void {
    for (const document of vscode.workspace.textDocuments) this.schedule(document, 0);
  }

  forget(document: vscode.TextDocument): void {
    const key = document.uri.toString();
    this.generations.set(key, (this.generations.get(key) ?? 0) + 1);
    clearTimeout(this.timers.get(key));
    this.timers.delete(key);
    this.results.delete(key);
    this.configs.delete(key);
    this.caches.delete(key);
    this.skipped.set(document, null);
    this.collection.delete(document.uri);
  }

  /** The findings for the document as it is now, linting again if it changed since the last run (code actions, hover). */
  current(document: vscode.TextDocument): LintedDocument | undefined {
    const key = document.uri.toString();
    const result = this.results.get(key);
    if (result && result.version === document.version) return result;
    const config = this.configs.get(key);
    return config ? this.lint(document, config) : undefined;
  }

  private async run(document: vscode.TextDocument, generation: number): Promise<void> {
    const key = document.uri.toString();
    const config = await this.loader.configFor(document.uri);
    if (this.generations.get(key) !== generation || document.isClosed) return;
    this.configs.set(key, config);
    const result = this.lint(document, config);
    if (result) this.collection.set(document.uri, toDiagnostics(document, result.findings, this.docs));
    else this.collection.delete(document.uri);
  }

  private lint(document: vscode.TextDocument, config: LintConfig): LintedDocument | undefined {
    const key = document.uri.toString();
    // The extension host must never block: a document too large or too pathological to parse quickly is not linted,
    // and when it is a postmortem by its path, the status bar says why.
    const doc = parsedPostmortem(document);
    const overBudget = parseBudgetProblem(document);
    this.skipped.set(document, overBudget !== null && this.isPostmortemByPath(document) ? overBudget : null);
    if (!doc || !this.isPostmortem(document, doc)) {
      this.results.delete(key);
      return undefined;
    }
    let caches = this.caches.get(key);
    if (caches === undefined) {
      caches = createLintCaches();
      this.caches.set(key, caches);
    }
    const result = { version: document.version, doc, findings: lintPostmortem(doc, { config, now: new Date(), caches }) };
    this.results.set(key, result);
    return result;
  }

  private isPostmortem(document: vscode.TextDocument, doc: PostmortemDocument): boolean {
    return readLintSettings(document.uri).enable && isPostmortemFile(document.uri, doc);
  }

  private isPostmortemByPath(document: vscode.TextDocument): boolean {
    const settings = readLintSettings(document.uri);
    return settings.enable && settings.files.some((pattern) => vscode.languages.match({ language: 'markdown', pattern }, document) > 0);
  }

  /** Why the document is not linted as you type, if it is not (the status bar shows it). */
  skippedReason(document: vscode.TextDocument): string | undefined {
    return this.skipped.reasonFor(document);
  }

  dispose(): void {
    this.skipped.dispose();
    for (const timer of this.timers.values()) clearTimeout(timer);
    this.collection.dispose();
  }
}
