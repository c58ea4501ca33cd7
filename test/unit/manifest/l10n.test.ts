// The manifest's user-facing strings come from package.nls.json, so a translation is a package.nls.<locale>.json beside it.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';

const manifestText = readFileSync('package.json', 'utf8');
const strings = JSON.parse(readFileSync('package.nls.json', 'utf8')) as Record<string, string>;

describe('manifest localisation', () => {
  it('every %key% of package.json has its English text in package.nls.json, and every text is used', () => {
    const used = new Set([...manifestText.matchAll(/"%([\w.-]+)%"/g)].map((m) => m[1]));
    assert.deepEqual([...used].filter((key) => !(key in strings)), []);
    assert.deepEqual(Object.keys(strings).filter((key) => !used.has(key)), []);
  });

  it('every command title, setting description, view name and walkthrough step is a key, not English in the manifest', () => {
    const manifest = JSON.parse(manifestText);
    const texts: string[] = [
      ...manifest.contributes.commands.map((c: { title: string }) => c.title),
      ...Object.values(manifest.contributes.configuration.properties as Record<string, { description?: string; markdownDescription?: string }>).map((p) => p.description ?? p.markdownDescription ?? ''),
      ...Object.values(manifest.contributes.views as Record<string, Array<{ name: string }>>).flat().map((v) => v.name),
      ...manifest.contributes.walkthroughs.flatMap((w: { steps: Array<{ title: string; description: string }> }) => w.steps.flatMap((s) => [s.title, s.description])),
    ];
    assert.deepEqual(texts.filter((text) => !/^%[\w.-]+%$/.test(text)), []);
  });
});
