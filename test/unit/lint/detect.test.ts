import assert from 'node:assert/strict';
import { parsePostmortem } from '../../../src/core/model/parse';
import { looksLikePostmortem } from '../../../src/core/lint/detect';

const looks = (text: string) => looksLikePostmortem(parsePostmortem(text));

describe('telling a postmortem from other Markdown', () => {
  it('recognises a postmortem by its sections or its incident fields', () => {
    assert.equal(looks('# Cache outage\n\n## Timeline\n\n- 10:00 errors\n\n## Root Cause\n\nA bad config.\n'), true);
    assert.equal(looks('# Something\n\n**Incident ID**: INC-2024-10-18-001\n'), true);
    assert.equal(looks('# Incident report: login failures\n\n## Timeline\n\n| Time | Event |\n|---|---|\n| 10:00 | Errors |\n'), true);
  });

  it('leaves READMEs, notes and guides alone', () => {
    assert.equal(looks('# Project\n\n## Install\n\nnpm ci\n\n## Usage\n\nRun it.\n'), false);
    assert.equal(looks('# Incident response guide\n\nPage the on-call engineer.\n'), false);
    assert.equal(looks('# Team notes\n\nOwners are written as [Name] in our drafts.\n'), false);
  });
});
