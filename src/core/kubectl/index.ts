// The kubectl events capability: parse any kubectl events output, format ages, serialise rows.
export { parseKubectlEvents } from './parse';
export { parseCaptureTime } from './captureTime';
export { formatHumanDuration, parseHumanDuration } from './humanDuration';
export { eventToJson, isoUtc, type KubectlEventJson } from './serialize';
export type { KubectlEvent, KubectlFormat, KubectlParseOptions, KubectlParseResult } from './types';
