// Loads the built timeline editor bundle into headless Chromium (Debian's, through playwright-core; no browser
// download) with a stubbed acquireVsCodeApi that records what the webview posts.
import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';

/**
 * The part of playwright-core's API these tests use. playwright-core is not a dependency of the project: the one the
 * integration harness installs (with code-server) is loaded from where it lives, so only this much is typed here.
 */
/** What the tests read of a page's elements (typed here so the benchmark, built without the DOM lib, can use this file). */
export interface PageElement {
  textContent: string | null;
  querySelectorAll(selector: string): Iterable<PageElement>;
  closest(selector: string): PageElement | null;
  getAttribute(name: string): string | null;
}

export interface Page {
  setContent(html: string): Promise<void>;
  evaluate<R, A = undefined>(fn: (arg: A) => R | Promise<R>, arg?: A): Promise<R>;
  $$eval<R>(selector: string, fn: (elements: PageElement[]) => R): Promise<R>;
  getAttribute(selector: string, name: string): Promise<string | null>;
  textContent(selector: string): Promise<string | null>;
  locator(selector: string): { getAttribute(name: string): Promise<string | null>; textContent(): Promise<string | null>; click(): Promise<void>; count(): Promise<number> };
  click(selector: string, options?: { button: 'left' | 'right' }): Promise<void>;
  hover(selector: string): Promise<void>;
  selectOption(selector: string, value: string): Promise<string[]>;
  keyboard: { press(key: string): Promise<void>; type(text: string): Promise<void> };
  waitForTimeout(ms: number): Promise<void>;
  on(event: 'pageerror', listener: (error: Error) => void): void;
  close(): Promise<void>;
}
export interface Browser {
  newPage(options: { viewport: { width: number; height: number } }): Promise<Page>;
  close(): Promise<void>;
}
interface PlaywrightCore {
  chromium: { launch(options: { executablePath: string; headless: boolean; args: string[] }): Promise<Browser> };
}

const root = join(__dirname, '../..');
const PLAYWRIGHT_CORE = process.env.PLAYWRIGHT_CORE ?? `${process.env.VSCODE_IT_TOOLS ?? '/opt/vscode-it'}/code-server-4.139.1/node_modules/playwright-core`;
const CHROMIUM = process.env.CHROMIUM ?? '/usr/bin/chromium';

export async function launch(): Promise<Browser> {
  if (!existsSync(PLAYWRIGHT_CORE) || !existsSync(CHROMIUM)) {
    throw new Error(`the webview tests need playwright-core (${PLAYWRIGHT_CORE}) and Chromium (${CHROMIUM}): run the integration tests once (bash scripts/vscode-it.sh installs both), or set PLAYWRIGHT_CORE / CHROMIUM`);
  }
  const { chromium } = createRequire(__filename)(PLAYWRIGHT_CORE) as PlaywrightCore;
  return chromium.launch({ executablePath: CHROMIUM, headless: true, args: ['--no-sandbox', '--disable-gpu', '--headless'] });
}

function bundle(name: string): string {
  const file = join(root, 'dist/webview', name);
  if (!existsSync(file)) throw new Error(`${file} is missing: run 'npm run build' first`);
  return readFileSync(file, 'utf8');
}

/** The stub VS Code gives a webview: postMessage recorded in `window.posted`, state kept in `window.savedState`. */
function stub(state: unknown): string {
  return `window.posted = [];
window.savedState = ${JSON.stringify(state ?? null)} ?? undefined;
window.acquireVsCodeApi = () => ({
  postMessage: (message) => window.posted.push(JSON.parse(JSON.stringify(message))),
  getState: () => window.savedState,
  setState: (next) => { window.savedState = next; },
});`;
}

/** Errors the page threw, per page: a test fails on any. */
export const pageErrors = new WeakMap<Page, Error[]>();

/** A page running the webview bundle; `state` is what getState returns (as after the panel was hidden and shown). */
export async function openWebview(browser: Browser, state: unknown = undefined): Promise<Page> {
  const page = await browser.newPage({ viewport: { width: 900, height: 600 } });
  const errors: Error[] = [];
  pageErrors.set(page, errors);
  page.on('pageerror', (error) => errors.push(error));
  // No CSP here on purpose: if document text ever reached the page as markup, the injected handlers would run.
  await page.setContent(`<!DOCTYPE html><html><head><style>${bundle('timelineEditor.css')}</style></head><body><main id="app"></main><script>${stub(state)}</script><script>${bundle('timelineEditor.js')}</script></body></html>`);
  return page;
}

export function posted(page: Page): Promise<Array<Record<string, unknown>>> {
  return page.evaluate(() => (globalThis as unknown as { posted: Array<Record<string, unknown>> }).posted);
}

export async function clearPosted(page: Page): Promise<void> {
  await page.evaluate(() => {
    (globalThis as unknown as { posted: unknown[] }).posted = [];
  });
}

/**
 * Delivers a message as the host would (window message event): serialised to JSON and parsed in the page, as VS Code
 * carries a webview's messages (handing playwright the object instead costs it seconds on a long timeline).
 */
export async function fromHost(page: Page, message: unknown): Promise<void> {
  await page.evaluate((json) => (globalThis as unknown as { postMessage(message: unknown, origin: string): void }).postMessage(JSON.parse(json), '*'), JSON.stringify(message));
  // Message events are dispatched asynchronously: let the page handle it.
  await page.evaluate(() => new Promise((resolve) => setTimeout(resolve, 0)));
}
