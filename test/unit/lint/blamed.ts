// What the blaming-language rule reports in a document, as the text each finding covers.
import { parsePostmortem } from '../../../src/core/model/parse';
import { lintPostmortem } from '../../../src/core/lint/engine';

export function blamed(text: string): string[] {
  return lintPostmortem(parsePostmortem(text), { now: new Date('2024-11-15T12:00:00Z') })
    .filter((f) => f.ruleId === 'blaming-language')
    .map((f) => text.slice(f.range.start, f.range.end));
}
