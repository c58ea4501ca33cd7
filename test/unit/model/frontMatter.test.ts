import assert from 'node:assert/strict';
import { parsePostmortem } from '../../../src/core/model/parse';

describe('front matter under a leading comment', () => {
  it('reads YAML front matter that a one-line source or licence comment sits above, keeping offsets exact', () => {
    const text = '<!-- source: https://example.com/post; licence: MIT -->\n---\ntitle: "Post-mortem: Downtime on February 23, 2023"\ndate: 2023-02-24\n---\n\nA missing rollback caused a 20 minute certificate error on our reference server.\n\n## Impact\n\nTLS errors for 20 minutes.\n';
    const doc = parsePostmortem(text);
    assert.equal(doc.frontMatter?.data?.title, 'Post-mortem: Downtime on February 23, 2023');
    // The front matter dates the post (the 24th); its title names the day of the downtime, the incident's.
    assert.equal(doc.incidentDate, '2023-02-23');
    const impact = doc.sections.find((s) => s.kind === 'impact')!;
    assert.equal(text.slice(impact.headingRange.start, impact.headingRange.end), '## Impact');
    assert.equal(doc.ast.children[0].type, 'html');
  });
});
