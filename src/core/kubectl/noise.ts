// Lines kubectl writes to stderr that end up in a paste next to its output: klog lines, warnings, errors.

const NOISE = [
  // klog: "W1125 17:02:11.123456   41234 warnings.go:70] …"
  /^[IWEF]\d{4} \d{2}:\d{2}:\d{2}\.\d+\s+\d+ [\w.-]+:\d+\]/,
  /^Warning: /,
  /^(?:error|Error from server)\b/,
  /^Unable to connect to the server\b/,
  /^The connection to the server .* was refused/,
];

export function isKubectlNoise(line: string): boolean {
  return NOISE.some((pattern) => pattern.test(line));
}
