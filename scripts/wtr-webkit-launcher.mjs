/**
 * A @web/test-runner launcher for WebKit: WebKitGTK's MiniBrowser driven by
 * Debian's `WebKitWebDriver` through @web/test-runner-webdriver (webdriverio).
 *
 * MiniBrowser has no headless mode, so the launcher starts its own Xvfb display
 * and its own WebKitWebDriver on a free port of 127.0.0.1, and stops both with
 * the test run. Paths come from ensure-engines.mjs' `findWebKit()`.
 *
 * Tests run one file at a time in one window (webdriver's SessionManager): its
 * other mode runs files in small iframes of one page, where layout, focus and
 * keyboard input differ from a real page.
 */
import { spawn } from 'node:child_process';
import { createServer } from 'node:net';
import { WebdriverLauncher } from '@web/test-runner-webdriver';

function freePort() {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.unref();
    server.on('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
  });
}

/** Starts Xvfb on the first free display; resolves with the process and `:N`. */
function startXvfb(xvfb) {
  return new Promise((resolve, reject) => {
    const child = spawn(xvfb, ['-displayfd', '3', '-screen', '0', '1280x1024x24', '-nolisten', 'tcp'], {
      stdio: ['ignore', 'ignore', 'pipe', 'pipe'],
    });
    let stderr = '';
    child.stderr.on('data', (chunk) => (stderr += chunk));
    child.once('error', reject);
    child.once('exit', (code) => reject(new Error(`Xvfb exited with ${code} before it was ready: ${stderr.trim()}`)));
    child.stdio[3].once('data', (data) => resolve({ child, display: `:${String(data).trim()}` }));
  });
}

async function waitForDriver(port, driver, timeoutMs = 20_000) {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    if (driver.exitCode !== null) throw new Error(`WebKitWebDriver exited with ${driver.exitCode}`);
    try {
      const response = await fetch(`http://127.0.0.1:${port}/status`);
      if (response.ok) return;
    } catch {
      // not listening yet
    }
    if (Date.now() > deadline) throw new Error(`WebKitWebDriver did not answer on 127.0.0.1:${port} within ${timeoutMs} ms`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

class WebKitGtkLauncher extends WebdriverLauncher {
  constructor({ driver, browser, xvfb }) {
    super({
      hostname: '127.0.0.1',
      port: 0, // set when the driver has started
      logLevel: 'error',
      capabilities: {
        // WebKitWebDriver speaks classic WebDriver only; webdriverio 9 asks for BiDi by default.
        'wdio:enforceWebDriverClassic': true,
        'webkitgtk:browserOptions': { binary: browser, args: ['--automation'] },
      },
    });
    this.paths = { driver, browser, xvfb };
    this.children = [];
    this.concurrency = 1;
  }

  async initialize(config, testFiles) {
    // One window, one file at a time (SessionManager), whatever the global concurrency.
    await super.initialize({ ...config, concurrency: 1 }, testFiles);
    this.name = 'WebKit';
  }

  async startProcesses() {
    const { child: xvfb, display } = await startXvfb(this.paths.xvfb);
    this.children.push(xvfb);
    const port = await freePort();
    const driver = spawn(this.paths.driver, [`--port=${port}`, '--host=127.0.0.1'], {
      env: { ...process.env, DISPLAY: display, WAYLAND_DISPLAY: '' },
      stdio: ['ignore', 'ignore', 'inherit'],
    });
    this.children.push(driver);
    await waitForDriver(port, driver);
    this.options.port = port;
  }

  async createDriverManager() {
    if (!this.__processes) {
      this.__processes = this.startProcesses();
      killOnExit(this.children);
    }
    await this.__processes;
    return super.createDriverManager();
  }

  async stop() {
    await super.stop();
    for (const child of this.children.splice(0).reverse()) child.kill();
    this.__processes = undefined;
  }
}

/** Don't leave Xvfb or the driver behind when the runner exits without stop(). */
function killOnExit(children) {
  process.once('exit', () => {
    for (const child of children) if (child.exitCode === null) child.kill();
  });
}

/** @param {{ driver: string, browser: string, xvfb: string }} paths from findWebKit() */
export function webkitGtkLauncher(paths) {
  return new WebKitGtkLauncher(paths);
}
