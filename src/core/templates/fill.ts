// Turns a template into a new postmortem: the title in the top heading, and incident id, date, severity and status in the metadata.
import type { Heading, Node, Parent } from 'mdast';
import { parsePostmortem } from '../model/parse';
import type { MetadataKey, PostmortemDocument, TextRange } from '../model/types';
import { findPlaceholders } from './placeholders';

export interface PostmortemFields {
  title: string;
  incidentId: string;
  /** YYYY-MM-DD. */
  date: string;
  /** As written into the document ("P1-High"); a template's severity placeholder stays when absent. */
  severity?: string;
  status?: string;
}

export interface NewPostmortemText {
  text: string;
  /** The first placeholder still to fill, where the editor puts the cursor; null when none is left. */
  firstPlaceholder: TextRange | null;
}

interface Edit {
  range: TextRange;
  text: string;
}

/** Applies edits in priority order of the array: an edit overlapping an earlier one is dropped (the model reads the top heading as the title field too). */
function applyEdits(text: string, edits: Edit[]): string {
  const kept: Edit[] = [];
  for (const edit of edits) {
    if (!kept.some((k) => edit.range.start < k.range.end && k.range.start < edit.range.end)) kept.push(edit);
  }
  let result = text;
  for (const edit of kept.sort((a, b) => b.range.start - a.range.start)) {
    result = result.slice(0, edit.range.start) + edit.text + result.slice(edit.range.end);
  }
  return result;
}

/** The title goes into the top heading; a template without one gets one unless its metadata has a title field. */
function titleEdit(doc: PostmortemDocument, title: string): Edit | null {
  const heading = doc.ast.children.find((n): n is Heading => n.type === 'heading' && n.depth === 1);
  if (!heading || heading.children.length === 0) {
    if (doc.metadata.some((f) => f.key === 'title')) return null;
    const at = doc.frontMatter ? doc.frontMatter.range.end : 0;
    return { range: { start: at, end: at }, text: at > 0 ? `\n\n# ${title}` : `# ${title}\n\n` };
  }
  const start = offsetOf(heading.children[0], 'start');
  const end = offsetOf(heading.children[heading.children.length - 1], 'end');
  // "# Incident Report: [Incident title]" keeps its prefix; any other heading is replaced by the title.
  const placeholder = findPlaceholders(doc).find((p) => p.start >= start && p.end <= end);
  return { range: placeholder ?? { start, end }, text: title };
}

function offsetOf(node: Node | Parent, side: 'start' | 'end'): number {
  return node.position?.[side].offset ?? 0;
}

/** YAML needs quotes around values such as "SEV2 (High)" or titles with a colon; JSON strings are valid YAML. */
function asYaml(value: string): string {
  return /^[\w .-]+$/.test(value) && !/^\s|\s$/.test(value) ? value : JSON.stringify(value);
}

export function fillTemplate(templateText: string, fields: PostmortemFields): NewPostmortemText {
  const title = fields.title.replace(/\s+/g, ' ').trim();
  const doc = parsePostmortem(templateText);
  const values: Array<[MetadataKey, string | undefined]> = [
    ['incidentId', fields.incidentId],
    ['title', title],
    ['date', fields.date],
    ['severity', fields.severity],
    ['status', fields.status],
  ];
  const heading = titleEdit(doc, title);
  const edits: Edit[] = heading ? [heading] : [];
  for (const [key, value] of values) {
    // Only the first field of a kind: the GDS report's retro table has a second Date, the retro's own.
    const field = doc.metadata.find((f) => f.key === key);
    if (value === undefined || !field) continue;
    const range = field.valueRange;
    const written = field.source === 'front-matter' ? asYaml(value) : field.source === 'table' ? value.replace(/\|/g, '\\|') : value;
    edits.push({ range, text: written });
  }
  const text = applyEdits(templateText, edits);
  return { text, firstPlaceholder: findPlaceholders(parsePostmortem(text))[0] ?? null };
}
