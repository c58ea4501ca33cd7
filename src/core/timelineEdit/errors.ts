// The one error the timeline edits throw: an operation that does not fit the document as it is now.
export class TimelineEditError extends Error {}
