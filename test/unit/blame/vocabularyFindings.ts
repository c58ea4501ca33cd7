// What the blaming-language detector reports for one sentence, for tests of its wording: which vocabulary entries report
// it with the frame model off, and whether the detector as it ships (frame model on) reports it at all.
import { findBlamingLanguage } from '../../../src/core/blame';

export function vocabularyFindings(text: string, people: string[] = []): string[] {
  return findBlamingLanguage(text, { people, frame: false }).map((f) => f.id);
}

export function flagged(text: string, people: string[] = []): boolean {
  return findBlamingLanguage(text, { people }).length > 0;
}
