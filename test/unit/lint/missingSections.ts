// What required-sections asks for in a document, with blaming-language off: shared by the tests of published shapes.
import { parsePostmortem } from '../../../src/core/model/parse';
import { lintPostmortem } from '../../../src/core/lint/engine';
import { resolveLintConfig } from '../../../src/core/config/resolve';

export function missingSections(text: string): (string | undefined)[] {
  const config = resolveLintConfig([{ name: 'test', value: { rules: { 'blaming-language': 'off' } } }]);
  return lintPostmortem(parsePostmortem(text), { config }).filter((f) => f.ruleId === 'required-sections').map((f) => f.expected);
}
