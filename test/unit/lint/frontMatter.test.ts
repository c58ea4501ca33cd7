// front-matter: front matter that is not valid YAML is reported where the reader stopped, instead of silently ignored.
import assert from 'node:assert/strict';
import { lintPostmortem } from '../../../src/core/lint/engine';
import { parsePostmortem } from '../../../src/core/model/parse';

function frontMatterFindings(text: string) {
  return lintPostmortem(parsePostmortem(text))
    .filter((f) => f.ruleId === 'front-matter')
    .map((f) => ({ line: text.slice(0, f.range.start).split('\n').length, covered: text.slice(f.range.start, f.range.end), message: f.message }));
}

describe('front-matter rule', () => {
  it('reports text after a bracketed tag on the line it is on, with the reason and without the YAML reader\'s own line numbers', () => {
    const [finding, ...rest] = frontMatterFindings('---\nseverity: P1\ntitle: [EU] Checkout errors\n---\n# Checkout errors\n');
    assert.deepEqual(rest, []);
    assert.equal(finding.line, 3);
    assert.match(finding.message, /not valid YAML, so none of its fields are read \(A value starting with "\[" is read as a YAML list, not as text in "title: \[EU\] Checkout errors"\): put a value that starts with @ or ` or holds \[ \] \{ \} : or # in quotes/);
    assert.doesNotMatch(finding.message, /at line \d/);
  });

  it('says a value cannot start with "@" unquoted, on its line', () => {
    const [finding] = frontMatterFindings('---\ntitle: Release\nauthors: @joshblack\n---\n# Release\n');
    assert.equal(finding.line, 3);
    assert.match(finding.message, /\(A value cannot start with "@" unless it is quoted in "authors: @joshblack"\)/);
  });

  it('reports a key written twice on its second line', () => {
    const [finding] = frontMatterFindings('---\ntitle: A\nseverity: P1\ntitle: B\n---\n# A\n');
    assert.equal(finding.line, 4);
    assert.match(finding.message, /"title" is repeated/);
  });

  it('reports a tab used for indentation, and front matter after a leading comment', () => {
    assert.equal(frontMatterFindings('---\nimpact:\n\tusers: all\n---\n# A\n').length, 1);
    assert.equal(frontMatterFindings('<!-- source: the team wiki -->\n---\ntitle: [A\n---\n# A\n')[0]?.line, 3);
  });

  it('says nothing of valid front matter, or of a document without any', () => {
    assert.deepEqual(frontMatterFindings('---\ntitle: "Checkout errors [EU]"\nseverity: P1\ntags: [db, eu]\n---\n# A\n'), []);
    assert.deepEqual(frontMatterFindings('# A\n\n**Severity**: P1\n'), []);
  });
});
