import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import * as oniguruma from 'vscode-oniguruma';
import * as textmate from 'vscode-textmate';

const GRAMMAR_PATH = 'syntaxes/postmortem.injection.tmLanguage.json';
const injection = JSON.parse(readFileSync(GRAMMAR_PATH, 'utf8'));
const manifest = JSON.parse(readFileSync('package.json', 'utf8'));

/** Every regex in the grammar, with where it is. */
function regexes(node: unknown, path = ''): Array<[string, string]> {
  if (Array.isArray(node)) return node.flatMap((n, i) => regexes(n, `${path}[${i}]`));
  if (node === null || typeof node !== 'object') return [];
  return Object.entries(node).flatMap(([key, value]) =>
    ['match', 'begin', 'end', 'while'].includes(key) && typeof value === 'string' ? [[`${path}.${key}`, value] as [string, string]] : regexes(value, `${path}.${key}`),
  );
}

describe('syntax highlighting (injection grammar)', () => {
  let grammar: textmate.IGrammar;

  before(async () => {
    await oniguruma.loadWASM(readFileSync(require.resolve('vscode-oniguruma/release/onig.wasm')).buffer);
    const registry = new textmate.Registry({
      onigLib: Promise.resolve({ createOnigScanner: (p) => new oniguruma.OnigScanner(p), createOnigString: (s) => new oniguruma.OnigString(s) }),
      loadGrammar: async (scopeName) => {
        const path = { 'text.html.markdown': 'test/fixtures/syntaxes/markdown-host.tmLanguage.json', 'markdown.postmortem.injection': GRAMMAR_PATH }[scopeName];
        return path ? textmate.parseRawGrammar(readFileSync(path, 'utf8'), path) : null;
      },
      getInjections: (scopeName) => (scopeName === 'text.html.markdown' ? ['markdown.postmortem.injection'] : undefined),
    });
    const loaded = await registry.loadGrammar('text.html.markdown');
    assert.ok(loaded);
    grammar = loaded;
  });

  /** The scopes of the first token covering `needle` in `line`. */
  function scopesAt(line: string, needle: string): string[] {
    const at = line.indexOf(needle);
    assert.ok(at >= 0, `${needle} not in ${line}`);
    const { tokens } = grammar.tokenizeLine(line, textmate.INITIAL);
    const token = tokens.find((t) => t.startIndex <= at && at < t.endIndex)!;
    assert.equal(line.slice(token.startIndex, token.endIndex), needle, `token boundaries in ${line}`);
    return token.scopes;
  }

  function tokenText(lines: string[]): Array<{ text: string; scopes: string[] }> {
    let state = textmate.INITIAL;
    return lines.flatMap((line) => {
      const result = grammar.tokenizeLine(line, state);
      state = result.ruleStack;
      return result.tokens.map((t) => ({ text: line.slice(t.startIndex, t.endIndex), scopes: t.scopes }));
    });
  }

  it('is contributed as an injection into Markdown under its own scope name', () => {
    const contribution = manifest.contributes.grammars.find((g: { path: string }) => g.path === `./${GRAMMAR_PATH}`);
    assert.deepEqual(contribution.injectTo, ['text.html.markdown']);
    assert.equal(contribution.scopeName, injection.scopeName);
  });

  it('compiles every regex with Oniguruma', () => {
    const all = regexes(injection.repository);
    assert.ok(all.length >= 8);
    for (const [where, source] of all) assert.doesNotThrow(() => new oniguruma.OnigScanner([source]).dispose(), where);
  });

  it('uses scope names from the standard set, so every theme colours them', () => {
    const standard = /^(comment|constant|entity|invalid|keyword|markup|meta|punctuation|storage|string|support|variable)\./;
    const names = JSON.stringify(injection.repository).match(/"name": ?"[^"]+"/g) ?? [];
    assert.ok(names.length > 0);
    for (const n of names) assert.match(n.split('"')[3], standard);
  });

  it('highlights severities with their labels, but not lookalikes', () => {
    assert.ok(scopesAt('**Severity**: P1-High', 'P1-High').includes('constant.language.severity.postmortem'));
    assert.ok(scopesAt('A SEV2 (High) incident', 'SEV2 (High)').includes('constant.language.severity.postmortem'));
    const { tokens } = grammar.tokenizeLine('P4 and SEV5 and P10 and APP1', textmate.INITIAL);
    assert.ok(tokens.every((t) => !t.scopes.some((s) => s.includes('severity'))));
  });

  it('highlights timeline event types in backticks and alone in a table cell', () => {
    assert.ok(scopesAt('| 0809 | `operator` | Cluster fails to provision |', 'operator').includes('entity.name.tag.event-type.postmortem'));
    assert.ok(scopesAt('| 0810 | human notification | Email from a tester |', 'human notification').includes('entity.name.tag.event-type.postmortem'));
    assert.ok(!scopesAt('Use `kubectl` here', '`kubectl`').some((s) => s.includes('event-type')));
  });

  it('highlights Owner and Due fields, bold or plain', () => {
    assert.ok(scopesAt('- [ ] **Owner**: Platform Team | **Due**: 2024-10-25', 'Owner').includes('entity.other.attribute-name.field.postmortem'));
    assert.ok(scopesAt('- [ ] **Owner**: Platform Team | **Due**: 2024-10-25', 'Due').includes('entity.other.attribute-name.field.postmortem'));
    assert.ok(scopesAt('- Add alert (owner: @sre, due 2024-11-01)', 'owner').includes('entity.other.attribute-name.field.postmortem'));
  });

  it('highlights @mentions but not e-mail addresses', () => {
    assert.ok(scopesAt('Paged @alice and @platform-team', '@platform-team').includes('variable.other.mention.postmortem'));
    assert.ok(scopesAt('cc @org/sre-oncall.', '@org/sre-oncall').includes('variable.other.mention.postmortem'));
    const { tokens } = grammar.tokenizeLine('mail oncall@example.com', textmate.INITIAL);
    assert.ok(tokens.every((t) => !t.scopes.includes('variable.other.mention.postmortem')));
  });

  it('highlights incident ids and unfilled placeholders', () => {
    assert.ok(scopesAt('**Incident ID**: INC-2024-10-18-003', 'INC-2024-10-18-003').includes('constant.numeric.incident-id.postmortem'));
    for (const [line, needle] of [
      ['**Incident ID**: INC-YYYY-MM-DD-NNN', 'INC-YYYY-MM-DD-NNN'],
      ['**Incident Commander**: [Name]', '[Name]'],
      ['**Date**: YYYY-MM-DD', 'YYYY-MM-DD'],
      ['**Duration**: HH:MM', 'HH:MM'],
      ['- Estimated cost: $X,XXX', '$X,XXX'],
      ['**Severity**: [P0-Critical | P1-High | P2-Medium | P3-Low]', '[P0-Critical | P1-High | P2-Medium | P3-Low]'],
    ]) {
      assert.ok(scopesAt(line, needle).includes('invalid.deprecated.placeholder.postmortem'), line);
    }
  });

  it('leaves links, task boxes and footnotes alone', () => {
    const { tokens } = grammar.tokenizeLine('- [x] See [the runbook](../runbooks/a.md) and [docs][1] and [^1]', textmate.INITIAL);
    assert.ok(tokens.every((t) => !t.scopes.includes('invalid.deprecated.placeholder.postmortem')));
  });

  it('stays out of code blocks and HTML comments', () => {
    const tokens = tokenText(['```', '**Owner**: [Name] P1 @alice', '```', '<!-- Example: [Name] P1 INC-2024-10-18-001 -->']);
    assert.ok(tokens.every((t) => t.scopes.every((s) => !s.endsWith('.postmortem'))), JSON.stringify(tokens));
  });
});
