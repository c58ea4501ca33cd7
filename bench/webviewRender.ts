// The timeline editor webview's render of a 2,000-row timeline in headless Chromium: from the host's message to the
// webview reporting it rendered. Skipped, with a note, where Chromium or playwright-core is not installed.
import { parsePostmortem } from '../src/core/model/parse';
import { timelineViews } from '../src/core/timelineEdit';
import { fromHost, launch, openWebview, posted } from '../test/webview/browser';
import { timelineEditorDocument } from './cases/timelineEditor';
import type { BenchResult } from './harness';

export async function measureWebviewRender(): Promise<BenchResult | string> {
  let browser;
  try {
    browser = await launch();
  } catch (error) {
    return `webview render not measured: ${error instanceof Error ? error.message : String(error)}`;
  }
  try {
    const message = { type: 'document', version: 1, timelines: timelineViews(parsePostmortem(timelineEditorDocument)), eventTypes: [] };
    const samples: number[] = [];
    for (let i = 0; i < 7; i++) {
      const page = await openWebview(browser);
      const started = performance.now();
      await fromHost(page, message);
      const rendered = (await posted(page)).some((m) => m.type === 'rendered' && m.rows === 2000);
      if (!rendered) throw new Error('the webview did not report rendering 2,000 rows');
      samples.push(performance.now() - started);
      await page.close();
    }
    samples.sort((a, b) => a - b);
    const targetMs = 1000;
    const medianMs = samples[Math.floor(samples.length / 2)];
    return { name: 'timeline editor webview, first render of 2,000 rows (Chromium)', medianMs, p95Ms: samples[samples.length - 1], targetMs, passed: medianMs <= targetMs };
  } finally {
    await browser.close();
  }
}
