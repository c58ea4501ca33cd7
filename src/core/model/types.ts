// The postmortem document model: what every feature reads instead of re-parsing Markdown.
import type { DeclaredZone } from '../time/parseTime';
import type { Root } from 'mdast';

/** Half-open character offsets into the document text: [start, end). */
export interface TextRange {
  start: number;
  end: number;
}

export type MetadataKey =
  | 'incidentId'
  | 'title'
  | 'date'
  | 'time'
  | 'duration'
  | 'severity'
  | 'status'
  | 'incidentCommander'
  | 'participants'
  | 'technicalLead'
  | 'owner'
  | 'author'
  | 'service'
  | 'startedAt'
  | 'detectedAt'
  | 'acknowledgedAt'
  | 'mitigatedAt'
  | 'resolvedAt';

export type MetadataSource = 'front-matter' | 'bold-line' | 'plain-line' | 'table' | 'heading';

export interface MetadataField {
  /** The normalised key, or null for a field we do not recognise. */
  key: MetadataKey | null;
  /** The label as written ("Incident Commander", "Application/process:"). */
  label: string;
  /** The value as written, trimmed. */
  value: string;
  source: MetadataSource;
  range: TextRange;
  valueRange: TextRange;
}

export type SectionKind =
  | 'summary'
  | 'impact'
  | 'timeline'
  | 'rootCause'
  | 'contributingFactors'
  | 'wentWell'
  | 'wentWrong'
  | 'actionItems'
  | 'lessonsLearned'
  | 'metrics'
  | 'references'
  | 'signOff'
  | 'detection'
  | 'resolution'
  | 'fiveWhys'
  | 'reviewQuestions'
  | 'participants'
  | 'notes';

export interface Section {
  title: string;
  depth: number;
  kind: SectionKind | null;
  /** The nearest kind up the heading tree, so "### Short-term Actions" under "## What Are We Doing Differently?" is an action section. */
  effectiveKind: SectionKind | null;
  headingRange: TextRange;
  /** From the start of the heading to the start of the next heading of the same or lower depth. */
  range: TextRange;
  /** From the end of the heading line to the end of the section. */
  contentRange: TextRange;
  children: Section[];
  /** True for a paragraph such as `**Action Items**:` that acts as a heading in prose templates. */
  pseudo: boolean;
}

/** 'date': a date column beside the time column (`| Date | Time (UTC) | … |`); a row's time is its date and time read together. */
export type TimelineColumnRole = 'time' | 'date' | 'description' | 'eventType' | 'action' | 'source' | 'other';

export interface TimelineColumn {
  name: string;
  role: TimelineColumnRole;
}

export interface TableCell {
  text: string;
  range: TextRange;
}

export interface TimelineEntry {
  range: TextRange;
  cells: TableCell[];
  timeText: string;
  /** UTC instant, or null when the time could not be read. */
  time: Date | null;
  /** Whether the row itself named a date (otherwise it was taken from the metadata date or the previous row). */
  hasDate: boolean;
  /** Whether the row's time is known to the minute with a date (false when no date was available at all). */
  dated: boolean;
  description: string;
  eventType: string | null;
}

export interface TimelineTable {
  range: TextRange;
  /** The section holding the table, if any. */
  section: Section | null;
  columns: TimelineColumn[];
  /** Index of the time column in `columns`. */
  timeColumn: number;
  /** The date column beside the time column, or -1 (see TimelineColumnRole). */
  dateColumn: number;
  /** The zone the timeline declares for times written without one ("Time (PST)", "Timeline (all times PDT)"); UTC when none. */
  zone: DeclaredZone;
  /** Index of the main description column in `columns`. */
  descriptionColumn: number;
  /** How times are written in this table, so new rows can match. */
  timeStyle: TimeStyle;
  rows: TimelineEntry[];
}

/** One entry of a timeline written as a list (`- 10:42 Alert fired`) or as a heading per entry (`### 2021-06-28 13:59`). */
export interface TimelineListEntry {
  /** The list item, or the heading's whole section. */
  range: TextRange;
  /** Where the time is written. */
  timeRange: TextRange;
  timeText: string;
  time: Date | null;
  hasDate: boolean;
  /** False for a day-only entry such as `2024-06-21: …`. */
  hasTime: boolean;
  description: string;
}

export interface TimelineList {
  /**
   * A list, a heading per entry, or entries written otherwise, read but not edited: lines opening with a time written as
   * paragraphs or in a fenced block, list items closing with their time in brackets.
   */
  style: 'list' | 'headings' | 'paragraphs';
  range: TextRange;
  section: Section | null;
  entries: TimelineListEntry[];
  /** The zone the timeline declares for times written without one (UTC when none is declared). */
  zone: DeclaredZone;
  /** YYYY-MM-DD of a date line above its entries that writes a year ("**Saturday, November 14, 2026 (UTC)**"). */
  dateLine?: string;
}

export type TimeStyle = 'HH:mm' | 'HHmm' | 'HH:mm UTC' | 'yyyy-MM-dd HH:mm' | 'iso';

export type ActionItemSource = 'task' | 'list' | 'table' | 'paragraph' | 'heading';

export interface ActionItem {
  range: TextRange;
  /** Zero-based line of the item's first line. */
  line: number;
  text: string;
  owner: string | null;
  ownerRange: TextRange | null;
  /** YYYY-MM-DD, or null. */
  due: string | null;
  dueRange: TextRange | null;
  /** True when the due date names a period ("Q3 2023", "end of March"): `due` is its last day. */
  dueApproximate?: boolean;
  /** A due date read from the section's heading ("Short-term (Next Week)"): the words it was read from. */
  dueFromHeading?: string;
  done: boolean;
  /** The Status cell of a table row (pipe and padding included, like other cell ranges), so done can be edited in place. */
  statusRange?: TextRange | null;
  ticket: string | null;
  source: ActionItemSource;
  section: Section | null;
}

export interface PostmortemDocument {
  text: string;
  ast: Root;
  /** The YAML block; `error` says why it could not be read (its fields are then ignored), `errorAt` where, in the block's source. */
  frontMatter: { range: TextRange; data: Record<string, unknown> | null; error: string | null; errorAt: number | null } | null;
  metadata: MetadataField[];
  /** Top-level sections (the heading tree). */
  sections: Section[];
  timelines: TimelineTable[];
  /** Timelines written as lists or as a heading per entry (most published postmortems), in a timeline section. */
  timelineLists: TimelineList[];
  actionItems: ActionItem[];
  /** People named in Participants / Incident Commander / attendance fields. */
  people: string[];
  /** The incident date from the metadata, as YYYY-MM-DD, or null. */
  incidentDate: string | null;
  /**
   * The zone the moment or date fields name ("**Reported:** 3 Sep 2026, 07:45 BST"), in which times written without
   * one are read, in fields and in timelines that declare none; UTC when no field names one.
   */
  zone: DeclaredZone;
}
