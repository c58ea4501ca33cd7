// Which vocabulary entries report a sentence, with the frame model off: what a test of one entry's wording asserts.
import { findBlamingLanguage } from '../../../src/core/blame';

export function vocabularyFindings(text: string, people: string[] = []): string[] {
  return findBlamingLanguage(text, { people, frame: false }).map((f) => f.id);
}
