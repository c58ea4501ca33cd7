// The timeline editor's core: timelines as rows of cells, and edits to them as minimal text edits.
export { editableTimelines, type EditableRow, type EditableTimeline, type TimelineKind } from './timelines';
export { editTimeline, type TimelineEditOperation } from './edit';
export { TimelineEditError } from './errors';
export { decodeTableCell, encodeTableCell, displayWidth } from './cells';
export { timelineViews } from './view';
