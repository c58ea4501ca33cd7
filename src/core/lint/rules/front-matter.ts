// Rule: the YAML front matter can be read; when it cannot, its fields (title, severity, dates) are silently lost.
import * as z from '../../zod';
import { defineRule } from '../defineRule';

/** The first line of the YAML reader's message, without its code frame. */
function firstLine(message: string): string {
  return message.split('\n')[0].replace(/:\s*$/, '').replace(/ at line \d+, column \d+$/, '').trim();
}

export const frontMatter = defineRule({
  id: 'front-matter',
  description: 'The YAML front matter is valid, so its fields are read.',
  why: 'Title, severity, status and the incident\'s times in front matter feed the metrics, the action-items view and every check; front matter that is not valid YAML is ignored as a whole, and nothing else would say so.',
  tags: ['metadata'],
  defaultLevel: 'warning',
  options: z.strictObject({}),
  check({ doc, report }) {
    const block = doc.frontMatter;
    if (!block?.error) return;
    // The block's source starts on the line after the opening `---`.
    const sourceStart = doc.text.indexOf('\n', block.range.start) + 1;
    const at = block.errorAt === null ? block.range.start : Math.min(sourceStart + block.errorAt, block.range.end);
    const lineEnd = doc.text.indexOf('\n', at);
    const lineStart = doc.text.lastIndexOf('\n', at - 1) + 1;
    const line = doc.text.slice(lineStart, lineEnd === -1 ? doc.text.length : lineEnd).trim();
    const repeated = /must be unique/.test(block.error);
    const hint = repeated ? 'keep one of them' : 'put a value that starts with @ or ` or holds [ ] { } : or # in quotes';
    report({
      range: { start: at, end: Math.max(at + 1, Math.min(lineEnd === -1 ? doc.text.length : lineEnd, block.range.end)) },
      message: `The front matter is not valid YAML, so none of its fields are read (${firstLine(block.error)}${line ? ` in "${line.slice(0, 80)}"` : ''}): ${hint}.`,
    });
  },
});
