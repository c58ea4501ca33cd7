// The environment for an inner npm/npx: without the npm_* variables an outer `npm test` exports, which the inner npm
// would read as its own settings (see scripts/vscode-it.sh for the same care).
export function cleanNpmEnv(extra: Record<string, string> = {}): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = {};
  for (const [name, value] of Object.entries(process.env)) {
    if (!/^(npm_|INIT_CWD$|NODE_OPTIONS$|NODE_PATH$)/i.test(name)) env[name] = value;
  }
  return { ...env, ...extra };
}
