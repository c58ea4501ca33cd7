// Lines kubectl writes to stderr that end up in a paste next to its output: klog lines, warnings, errors.

/** Unmistakably kubectl's own: klog lines ("W1125 17:02:11.123456   41234 warnings.go:70] …") and API warnings. */
const WARNINGS = [/^[IWEF]\d{4} \d{2}:\d{2}:\d{2}\.\d+\s+\d+ [\w.-]+:\d+\]/, /^Warning: /];

/** Errors look like a message's own continuation lines ("error: exit status 1"), so they only count before output. */
const ERRORS = [/^(?:error|Error from server)\b/, /^Unable to connect to the server\b/, /^The connection to the server .* was refused/];

export function isKubectlWarning(line: string): boolean {
  return WARNINGS.some((pattern) => pattern.test(line));
}

export function isKubectlNoise(line: string): boolean {
  return isKubectlWarning(line) || ERRORS.some((pattern) => pattern.test(line));
}
