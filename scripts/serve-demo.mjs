#!/usr/bin/env node
/**
 * Serves the project root on 127.0.0.1 and prints the demo pages' URLs.
 * `npm start` builds first; the pages load the built bundles from dist/, the
 * way an agency's CMS page would. PORT picks the port (default: 8000, or the
 * next free one).
 */
import { startDevServer } from '@web/dev-server';
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
for (const bundle of ['dist/hip-widgets.js', 'dist/hip-widgets.iife.js']) {
  if (!existsSync(new URL(`../${bundle}`, import.meta.url))) {
    console.error(`serve-demo: ${bundle} is missing; run \`npm run build\` (npm start does) first`);
    process.exit(1);
  }
}

const hostname = '127.0.0.1';
const server = await startDevServer({
  config: {
    rootDir: root,
    hostname,
    ...(process.env.PORT ? { port: Number(process.env.PORT) } : {}),
    // The demo loads the built, self-contained bundles: nothing to resolve or compile.
    nodeResolve: false,
    watch: false,
  },
  readCliArgs: false,
  readFileConfig: false,
  logStartMessage: false,
});

const base = `http://${hostname}:${server.config.port}`;
console.log(`hip-widgets demo (Ctrl+C to stop):
  ES module bundle:   ${base}/demo/index.html
  classic <script>:   ${base}/demo/classic.html`);
