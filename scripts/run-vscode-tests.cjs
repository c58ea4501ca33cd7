#!/usr/bin/env node
// Runs the extension's integration tests in a real VS Code: code-server's workbench (Node extension host) opened in
// headless Chromium through playwright-core, with the development extension and the test runner in the URL payload.
//
//   node run-vscode-tests.cjs --extensionDevelopmentPath DIR --extensionTestsPath FILE.js [--workspace DIR]
//                             [--timeout SECONDS] [--keep] [--verbose] [--exit-on-summary]
//
// Environment: CODE_SERVER_ENTRY (code-server/out/node/entry.js), PLAYWRIGHT_CORE (its package folder),
// CHROMIUM (browser binary), VSCODE_IT_SCREENSHOTS (folder for screenshots tests ask for).
// A test asks for a screenshot of the workbench by logging `[[screenshot:NAME]]`; it lands in VSCODE_IT_SCREENSHOTS.
// Exit status: 0 tests passed, 1 tests failed, 2 harness error or timeout (logs and a screenshot are kept).
// --exit-on-summary: also take the tests' closing `SUITE: N passed, N failed` line as the result when VS Code does
// not report an exit code within 15 s of it. The web worker extension host needs this: after its tests, code-server's
// workbench fails while stopping that host ("fn is not a function") and never calls codeAutomationExit.
'use strict';
const { spawn } = require('node:child_process');
const fs = require('node:fs');
const http = require('node:http');
const net = require('node:net');
const os = require('node:os');
const path = require('node:path');
const util = require('node:util');

function parseArgs(argv) {
  const options = { timeout: 600, keep: false, verbose: false, exitOnSummary: false };
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    if (arg === '--extensionDevelopmentPath') options.extension = path.resolve(argv[++i]);
    else if (arg === '--extensionTestsPath') options.tests = path.resolve(argv[++i]);
    else if (arg === '--workspace') options.workspace = path.resolve(argv[++i]);
    else if (arg === '--timeout') options.timeout = Number(argv[++i]);
    else if (arg === '--keep') options.keep = true;
    else if (arg === '--verbose') options.verbose = true;
    else if (arg === '--exit-on-summary') options.exitOnSummary = true;
    else throw new Error(`unknown argument ${arg}`);
  }
  if (!options.extension || !options.tests) throw new Error('--extensionDevelopmentPath and --extensionTestsPath are required');
  return options;
}

const options = parseArgs(process.argv.slice(2));
const entry = process.env.CODE_SERVER_ENTRY;
const chromiumPath = process.env.CHROMIUM || '/usr/bin/chromium';
const screenshots = path.resolve(process.env.VSCODE_IT_SCREENSHOTS || path.join(options.extension, 'dist', 'screenshots'));
const scratch = fs.mkdtempSync(path.join(os.tmpdir(), 'postmortem-vscode-'));
const started = Date.now();
const log = (...args) => console.log(`[harness +${((Date.now() - started) / 1000).toFixed(1)}s]`, ...args);

function freePort() {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.on('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
  });
}

function waitForHttp(url, ms) {
  const deadline = Date.now() + ms;
  return new Promise((resolve, reject) => {
    const attempt = () => {
      const request = http.get(url, (response) => {
        response.resume();
        resolve(response.statusCode);
      });
      request.on('error', () => (Date.now() > deadline ? reject(new Error(`VS Code server did not start: ${url}`)) : setTimeout(attempt, 250)));
      request.setTimeout(2000, () => request.destroy());
    };
    attempt();
  });
}

// Workbench chatter that says nothing about the tests (offline gallery, telemetry, chat features).
const NOISE = /^(\[(Chat\w*|AgentHost[^\]]*|AccountPolicyGate|ClaudePluginSettings|CopilotPluginSettings|DefaultAccount|Service Worker|reconnection-grace-time)\]|Creation of workbench contribution|Resolv(ing|ed) connection token|Creating a socket|Updating additional builtin extensions cache|Started local extension host|Extension host \(|getaddrinfo ENOTFOUND|\s+at (async )?\S+ \(http:\/\/127\.0\.0\.1)/;

async function main() {
  if (!entry || !fs.existsSync(entry)) throw new Error('CODE_SERVER_ENTRY must name code-server/out/node/entry.js');
  const { chromium } = require(process.env.PLAYWRIGHT_CORE || 'playwright-core');
  const port = await freePort();
  for (const dir of ['home', 'user-data/User', 'extensions', 'tmp', 'logs']) fs.mkdirSync(path.join(scratch, dir), { recursive: true });
  const home = path.join(scratch, 'home');
  const env = {
    ...process.env,
    HOME: home,
    XDG_CONFIG_HOME: path.join(home, '.config'),
    XDG_DATA_HOME: path.join(home, '.local/share'),
    XDG_CACHE_HOME: path.join(home, '.cache'),
    TMPDIR: path.join(scratch, 'tmp'),
    XDG_RUNTIME_DIR: path.join(scratch, 'tmp'),
  };
  delete env.VSCODE_IPC_HOOK_CLI;
  fs.writeFileSync(path.join(scratch, 'config.yaml'), 'auth: none\ncert: false\n');
  fs.writeFileSync(path.join(scratch, 'user-data/User/settings.json'), JSON.stringify({
    'chat.disableAIFeatures': true,
    'telemetry.telemetryLevel': 'off',
    'update.mode': 'none',
    'extensions.autoCheckUpdates': false,
    'extensions.autoUpdate': false,
    'extensions.ignoreRecommendations': true,
    'workbench.startupEditor': 'none',
    // The empty secondary side bar (chat) would take a quarter of the window in every screenshot.
    'workbench.secondarySideBar.defaultVisibility': 'hidden',
    // VS Code for the web saves edits after a delay by default; tests that edit and revert must not race a save.
    'files.autoSave': 'off',
    'workbench.enableExperiments': false,
    'workbench.tips.enabled': false,
    'security.workspace.trust.enabled': false,
    'git.autofetch': false,
    'git.enabled': false,
  }, null, 2));

  const serverArgs = [
    entry, '--auth', 'none', '--bind-addr', `127.0.0.1:${port}`,
    '--user-data-dir', path.join(scratch, 'user-data'), '--extensions-dir', path.join(scratch, 'extensions'),
    '--config', path.join(scratch, 'config.yaml'), '--disable-telemetry', '--disable-update-check',
    '--disable-workspace-trust', '--disable-getting-started-override', '--ignore-last-opened',
    // A built workbench only honours extensionDevelopmentPath/extensionTestsPath in the URL payload with this option.
    '--vscode-option', 'enable-smoke-test-driver',
    '--vscode-option', 'skip-welcome', '--vscode-option', 'skip-release-notes',
  ];
  const serverLog = fs.createWriteStream(path.join(scratch, 'logs', 'code-server.log'));
  const server = spawn(process.execPath, serverArgs, { env, detached: true, stdio: ['ignore', 'pipe', 'pipe'] });
  server.stdout.pipe(serverLog);
  server.stderr.pipe(serverLog);
  let serverExited = false;
  const serverDied = new Promise((resolve) => server.on('exit', () => { serverExited = true; resolve('the VS Code server exited'); }));

  let browser;
  let exitCode = 2;
  try {
    const base = `http://127.0.0.1:${port}`;
    await waitForHttp(`${base}/healthz`, 60_000);
    log(`VS Code server up on ${base}`);
    browser = await chromium.launch({
      executablePath: chromiumPath,
      headless: true,
      args: ['--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage', '--disable-quic', '--no-first-run',
        '--disable-background-networking', '--disable-component-update', '--disable-sync'],
      env: { ...process.env, HOME: home, TMPDIR: path.join(scratch, 'tmp') },
    });
    const page = await (await browser.newContext({ viewport: { width: 1400, height: 900 } })).newPage();
    let finish;
    const finished = new Promise((resolve) => { finish = resolve; });
    const consoleLog = fs.createWriteStream(path.join(scratch, 'logs', 'console.log'));
    let pendingShots = Promise.resolve();
    await page.exposeFunction('codeAutomationLog', (type, args) => {
      const list = Array.isArray(args) ? args : [args];
      const text = util.format(...list.map((a) => (a === null || typeof a !== 'object' ? a : JSON.stringify(a))));
      consoleLog.write(`[${type}] ${text}\n`);
      const shot = /^\[\[screenshot:([\w.-]+)\]\]$/.exec(text.trim());
      if (shot) {
        fs.mkdirSync(screenshots, { recursive: true });
        const file = path.join(screenshots, `${shot[1]}.png`);
        pendingShots = pendingShots.then(() => page.screenshot({ path: file })).then(() => log(`screenshot ${file}`), (e) => log(`screenshot failed: ${e.message}`));
        return;
      }
      const summary = /^\w+: (\d+) passed, (\d+) failed/m.exec(text.trim());
      if (summary && options.exitOnSummary) {
        const code = Number(summary[2]) > 0 || Number(summary[1]) === 0 ? 1 : 0;
        setTimeout(() => {
          log(`no exit code from VS Code 15 s after the summary line: taking it as the result (${code})`);
          finish(code);
        }, 15_000).unref();
      }
      if (!options.verbose && NOISE.test(text)) return;
      (console[type] || console.log).call(console, text);
    });
    await page.exposeFunction('codeAutomationExit', (code) => finish(code));
    page.on('pageerror', (error) => log('page error:', error.stack || error.message));

    const remote = (p) => `vscode-remote://127.0.0.1:${port}${p}`;
    const payload = [
      ['extensionDevelopmentPath', remote(options.extension)],
      ['extensionTestsPath', remote(options.tests)],
      ['skipWelcome', 'true'],
      ['skipReleaseNotes', 'true'],
    ];
    let url = `${base}/?payload=${encodeURIComponent(JSON.stringify(payload))}`;
    url += options.workspace ? `&folder=${encodeURIComponent(options.workspace)}` : '&ew=true';
    log('opening the workbench');
    // The workbench's load event can take over 30 s (playwright's default) when the machine is busy.
    await page.goto(url, { timeout: 180_000 });
    const timedOut = new Promise((resolve) => setTimeout(() => resolve(`no result after ${options.timeout}s`), options.timeout * 1000));
    const result = await Promise.race([finished, timedOut, serverDied]);
    await pendingShots;
    if (typeof result === 'number') {
      exitCode = result === 0 ? 0 : 1;
      log(`VS Code reported exit code ${result}`);
    } else {
      log(`harness failure: ${result}`);
      await page.screenshot({ path: path.join(scratch, 'logs', 'failure.png') }).catch(() => {});
    }
  } catch (error) {
    log(`harness error: ${error && error.stack ? error.stack : error}`);
  } finally {
    if (browser) await browser.close().catch(() => {});
    if (!serverExited) {
      try { process.kill(-server.pid, 'SIGTERM'); } catch { /* already gone */ }
      await new Promise((resolve) => setTimeout(resolve, 500));
      if (!serverExited) try { process.kill(-server.pid, 'SIGKILL'); } catch { /* already gone */ }
    }
    if (exitCode !== 0 || options.keep) log(`logs kept in ${scratch}/logs`);
    else fs.rmSync(scratch, { recursive: true, force: true });
  }
  process.exit(exitCode);
}

main().catch((error) => {
  log(`harness error: ${error && error.stack ? error.stack : error}`);
  process.exit(2);
});
