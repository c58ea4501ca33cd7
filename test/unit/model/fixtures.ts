// Loads model fixtures from test/fixtures/model.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parsePostmortem } from '../../../src/core/model/parse';
import type { PostmortemDocument } from '../../../src/core/model/types';

export function fixture(name: string): string {
  return readFileSync(join(__dirname, '../../fixtures/model', name), 'utf8');
}

export function parseFixture(name: string): PostmortemDocument {
  return parsePostmortem(fixture(name));
}
