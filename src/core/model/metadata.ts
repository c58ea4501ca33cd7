// Reads incident metadata from `**Key**: value` lines, two-column key/value tables, and YAML front matter.
import type { List, Root, RootContent, Paragraph, PhrasingContent, Table } from 'mdast';
import { keyLines, readFrontMatter } from './frontMatter';
import { normaliseMetadataKey } from './metadataKeys';
import { plainText, rangeOf } from '../markdown/parse';
import type { MetadataField, MetadataKey, Section, TextRange } from './types';

/** Sections whose bold lines are content, not incident metadata ("**Primary Cause**:", sign-off names). */
const NON_METADATA_KINDS = new Set(['rootCause', 'contributingFactors', 'impact', 'metrics', 'signOff', 'actionItems', 'lessonsLearned', 'timeline', 'notes', 'fiveWhys']);

interface Line {
  nodes: PhrasingContent[];
}

/** Splits a paragraph into its source lines: hard breaks and newlines inside text both end a line. */
function paragraphLines(paragraph: Paragraph): Line[] {
  const lines: Line[] = [{ nodes: [] }];
  for (const node of paragraph.children) {
    if (node.type === 'break') {
      lines.push({ nodes: [] });
    } else if (node.type === 'text' && node.value.includes('\n')) {
      const parts = node.value.split('\n');
      let offset = node.position?.start.offset ?? 0;
      parts.forEach((part, i) => {
        if (i > 0) lines.push({ nodes: [] });
        if (part.length > 0) {
          lines[lines.length - 1].nodes.push({
            type: 'text',
            value: part,
            position: { start: { line: 0, column: 0, offset }, end: { line: 0, column: 0, offset: offset + part.length } },
          });
        }
        offset += part.length + 1;
      });
    } else {
      lines[lines.length - 1].nodes.push(node);
    }
  }
  return lines.filter((l) => l.nodes.length > 0);
}

function trimmedRange(text: string, range: TextRange): TextRange {
  const slice = text.slice(range.start, range.end);
  const lead = slice.length - slice.trimStart().length;
  const trail = slice.length - slice.trimEnd().length;
  return { start: range.start + lead, end: Math.max(range.start + lead, range.end - trail) };
}

/**
 * A separator closing a text node before the next bold label: "**Status:** Closed · **Severity:** Minor". Tried from the
 * start of a run of blanks only (the look-behind), so linear on any run.
 */
const SEPARATOR_BEFORE_LABEL = /(?<![^\S\n])[^\S\n]+[·•|][^\S\n]*$/;

/**
 * A line's fields, each starting at a bold label: one line can hold several, kept apart by a middle dot, a bullet or a
 * pipe ("**Status:** Closed · **Severity:** Minor · **Lead:** Theo Park").
 */
function labelledParts(line: Line): Line[] {
  const parts: Line[] = [{ nodes: [] }];
  line.nodes.forEach((node, i) => {
    const next = line.nodes[i + 1];
    const separator = node.type === 'text' && next?.type === 'strong' ? SEPARATOR_BEFORE_LABEL.exec(node.value) : null;
    if (separator === null || node.type !== 'text') {
      parts[parts.length - 1].nodes.push(node);
      return;
    }
    const start = node.position?.start.offset ?? 0;
    if (separator.index > 0) {
      const value = node.value.slice(0, separator.index);
      parts[parts.length - 1].nodes.push({ type: 'text', value, position: { start: { line: 0, column: 0, offset: start }, end: { line: 0, column: 0, offset: start + value.length } } });
    }
    parts.push({ nodes: [] });
  });
  return parts.filter((part) => part.nodes.length > 0);
}

export function boldLineFields(paragraph: Paragraph, text: string): MetadataField[] {
  const fields: MetadataField[] = [];
  for (const line of paragraphLines(paragraph).flatMap(labelledParts)) {
    const [first, ...rest] = line.nodes;
    if (first.type !== 'strong') continue;
    let label = plainText(first).trim();
    const restText = rest.map(plainText).join('');
    let valueStart: number;
    const lineEnd = rangeOf(line.nodes[line.nodes.length - 1]).end;
    if (label.endsWith(':')) {
      label = label.slice(0, -1).trim();
      valueStart = rangeOf(first).end;
    } else if (/^\s*:/.test(restText) && rest.length > 0) {
      const afterStrong = rangeOf(first).end;
      valueStart = text.indexOf(':', afterStrong) + 1;
    } else {
      continue;
    }
    const valueRange = trimmedRange(text, { start: valueStart, end: lineEnd });
    const value = plainText({ type: 'paragraph', children: rest } as Paragraph).replace(/^\s*:/, '').trim();
    if (label === '') continue;
    fields.push({
      key: normaliseMetadataKey(label),
      label,
      value,
      source: 'bold-line',
      range: { start: rangeOf(first).start, end: lineEnd },
      valueRange,
    });
  }
  return fields;
}

/**
 * Fields written on one line, kept apart by a middle dot, a bullet or a pipe ("Severity: Minor · Status: Closed"). A run
 * of blanks is read from its start only (the look-behind): tried from every blank of a long run, it was quadratic.
 */
const FIELD_SEPARATOR = /(?<![^\S\n])[^\S\n]+[·•|][^\S\n]+/g;
/** A plain "Label: value" field: a short label of words, a colon, a blank, the value. */
const PLAIN_FIELD = /^([\p{L}][\p{L}\p{N} ./#&-]{0,40}?)[^\S\n]*:[^\S\n]+(\S[^\n]*)$/u;

/**
 * Metadata written as plain "Label: value" lines ("Date: October 3, 2026", "Severity: SEV-2", "Lead: Priya Nair ·
 * Reported: 2026-11-18 10:42 UTC"), each label one the model knows. Where `everyLine`, a line that is not such a field
 * makes the paragraph prose, and nothing in it is read. The title is the H1's: "Incident: INC-2291" does not replace it.
 */
export function plainLineFields(paragraph: Paragraph, text: string, everyLine: boolean): MetadataField[] {
  const fields: MetadataField[] = [];
  for (const line of paragraphLines(paragraph)) {
    const first = line.nodes[0];
    if (first.type === 'strong') continue;
    const start = rangeOf(first).start;
    const source = text.slice(start, rangeOf(line.nodes[line.nodes.length - 1]).end);
    let found = 0;
    let at = 0;
    for (const separator of [...source.matchAll(FIELD_SEPARATOR), null]) {
      const end = separator === null ? source.length : separator.index;
      const part = source.slice(at, end);
      const field = PLAIN_FIELD.exec(part.trimEnd().replace(/\\$/u, ''));
      const key = field === null ? null : normaliseMetadataKey(field[1]);
      if (field === null && at === 0) break;
      if (field !== null && key !== null && key !== 'title') {
        found++;
        const valueStart = start + at + part.indexOf(field[2], field[1].length);
        fields.push({ key, label: field[1].trim(), value: field[2].trim(), source: 'plain-line', range: { start: start + at, end: start + end }, valueRange: { start: valueStart, end: valueStart + field[2].trim().length } });
      }
      if (separator !== null) at = separator.index + separator[0].length;
    }
    if (found === 0 && everyLine) return [];
  }
  return fields;
}

/** A table cell's range without its pipes and padding: just the value, so an edit replaces only the value. */
function cellValueRange(text: string, cell: TextRange): TextRange {
  let { start, end } = cell;
  while (start < end && (text[start] === '|' || text[start] === ' ' || text[start] === '\t')) start++;
  while (end > start && (text[end - 1] === '|' || text[end - 1] === ' ' || text[end - 1] === '\t') && text[end - 2] !== '\\') end--;
  return { start, end };
}

function tableFields(table: Table, text: string): MetadataField[] {
  if (table.children.some((row) => row.children.length !== 2)) return [];
  const fields: MetadataField[] = table.children.map((row) => {
    const [keyCell, valueCell] = row.children;
    const label = plainText(keyCell).trim().replace(/:$/, '').trim();
    return {
      key: normaliseMetadataKey(label),
      label,
      value: plainText(valueCell).trim(),
      source: 'table' as const,
      range: rangeOf(row),
      valueRange: cellValueRange(text, rangeOf(valueCell)),
    };
  });
  // A two-column table is metadata only when it names at least one field we know, e.g. `| Date | February 4th, 2019 |`.
  return fields.some((f) => f.key !== null) ? fields.filter((f) => f.label !== '' && !/^-+$/.test(f.label)) : [];
}

function frontMatterFields(yamlNode: { value: string; position?: { start: { offset?: number } } }, text: string): MetadataField[] {
  const { data } = readFrontMatter(yamlNode.value);
  if (data === null) return [];
  const start = yamlNode.position?.start.offset ?? 0;
  // The value starts on the line after the opening `---`.
  const base = text.indexOf('\n', start) + 1;
  const keys = keyLines(yamlNode.value);
  const fields: MetadataField[] = [];
  for (const [label, raw] of Object.entries(data)) {
    if (raw !== null && typeof raw === 'object' && !Array.isArray(raw) && !(raw instanceof Date)) continue;
    const value = Array.isArray(raw)
      ? raw.map(String).join(', ')
      : raw instanceof Date
        ? raw.toISOString().slice(0, 10)
        : String(raw ?? '');
    const key = keys.get(label);
    const lineStart = key ? base + key.line : start;
    const lineEnd = text.indexOf('\n', lineStart) === -1 ? text.length : text.indexOf('\n', lineStart);
    const valueStart = key ? base + key.value : lineStart;
    fields.push({
      key: normaliseMetadataKey(label.replace(/[_-]/g, ' ')),
      label,
      value,
      source: 'front-matter',
      range: { start: lineStart, end: lineEnd },
      valueRange: trimmedRange(text, { start: valueStart, end: lineEnd }),
    });
  }
  return fields;
}

export function extractMetadata(root: Root, text: string, sectionAtOffset: (offset: number) => Section | null): MetadataField[] {
  const fields: MetadataField[] = [];
  let inSections = false;
  for (const node of root.children as RootContent[]) {
    if (node.type === 'yaml') {
      fields.push(...frontMatterFields(node, text));
      continue;
    }
    if (node.type === 'heading' && node.depth > 1) inSections = true;
    const kind = sectionAtOffset(rangeOf(node).start)?.effectiveKind ?? null;
    if (kind !== null && NON_METADATA_KINDS.has(kind)) continue;
    // Under the title, plain "Label: value" lines are the document's fields; further on, only a paragraph of nothing else.
    if (node.type === 'paragraph') fields.push(...boldLineFields(node, text), ...plainLineFields(node, text, inSections));
    else if (node.type === 'table') fields.push(...tableFields(node, text));
    // Under the title, a list of bold fields ("- **Incident Commander:** Kenji", "- **Date:** 2026-07-07"): each item a field.
    else if (node.type === 'list' && !inSections) fields.push(...listFields(node, text));
  }
  return fields;
}

/** The fields of a list whose every item is one bold field, or none. */
function listFields(list: List, text: string): MetadataField[] {
  const items = list.children.map((item) => (item.children.length === 1 && item.children[0].type === 'paragraph' ? boldLineFields(item.children[0], text) : []));
  return items.every((found) => found.length > 0) ? items.flat() : [];
}

/** Keys that a whole section can hold, as in `## Date` followed by `2015-10-21` (the SRE book's postmortem). */
const HEADING_KEYS = new Set<MetadataKey>(['date', 'duration', 'severity', 'status', 'incidentCommander', 'participants', 'author', 'owner', 'incidentId']);

/** A section titled like a field, whose content is one short paragraph or a list of names, is that field. */
export function headingFields(root: Root, text: string, sections: Section[]): MetadataField[] {
  const fields: MetadataField[] = [];
  for (const section of sections) {
    const key = normaliseMetadataKey(section.title);
    if (section.pseudo || key === null || !HEADING_KEYS.has(key) || section.children.length > 0) continue;
    const content = (root.children as RootContent[]).filter((n) => {
      const r = rangeOf(n);
      return r.start >= section.contentRange.start && r.end <= section.contentRange.end;
    });
    if (content.length !== 1 || (content[0].type !== 'paragraph' && content[0].type !== 'list')) continue;
    const node = content[0];
    const value = node.type === 'list' ? node.children.map((item) => plainText(item).trim()).join(', ') : plainText(node).trim();
    if (value.length > 200) continue;
    fields.push({ key, label: section.title, value, source: 'heading', range: section.range, valueRange: trimmedRange(text, rangeOf(node)) });
  }
  return fields;
}
