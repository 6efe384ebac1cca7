/**
 * The WordPress site of `npm run bench`: the plugin test's own site
 * (scripts/wordpress/test-wordpress.sh: Debian's WordPress under PHP's built-in
 * server, a private MariaDB, the plugin installed from its zip), started with
 * HIPWP_KEEP=1 so that it stays up after its checks, then given the bench's
 * pages (scripts/wordpress/bench-pages.php), read, and stopped again.
 *
 * The bench does not measure the PHP server: it takes each page's HTML as
 * WordPress and the plugin print it and serves it, and every file the page
 * loads from the site, from its own server, gzipped, like the static pages (as
 * a WordPress host's page cache and compression would). PHP's built-in server
 * compresses nothing and spends 100-300 ms per page that is WordPress's, not
 * the plugin's; how long WordPress took is reported beside the figures.
 */
import { spawn } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { ROOT } from './ssr.mjs';

function run(command, args, { env, input, log } = {}) {
  return new Promise((done, fail) => {
    const child = spawn(command, args, { cwd: ROOT, env: { ...process.env, ...env }, stdio: ['pipe', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk) => (stdout += chunk));
    child.stderr.on('data', (chunk) => (stderr += chunk));
    child.on('error', fail);
    child.on('close', (code) => {
      if (log) writeFileSync(log, stdout + stderr);
      done({ code, stdout, stderr });
    });
    child.stdin.end(input ?? '');
  });
}

const alive = (pid) => {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
};

/**
 * Starts the site, adds the pages and returns their HTML. `stop()` must be
 * called (the bench does, also when it fails): it stops the PHP server (its
 * process group, as test-wordpress.sh says) and MariaDB, both by the ids the
 * script printed, and removes the site's config and folder.
 */
export async function startWordPress({ pages, settings, log }) {
  const started = Date.now();
  // Debian's WordPress (6.1), whose config file bench-pages.php finds as WORDPRESS_CONFIG.
  const info = resolve(ROOT, '.tmp/bench/wordpress-site.jsonl');
  mkdirSync(dirname(info), { recursive: true });
  rmSync(info, { force: true });
  const test = await run('bash', ['scripts/wordpress/test-wordpress.sh'], { env: { HIPWP_KEEP: '1', HIPWP_VERSIONS: '6.1', HIPWP_SITE_INFO: info }, log });
  const kept = existsSync(info) ? JSON.parse(readFileSync(info, 'utf8').trim().split('\n')[0]) : undefined;
  if (!kept) {
    const tail = (test.stdout + test.stderr).trim().split('\n').slice(-15).join('\n  ');
    throw new Error(`test-wordpress.sh left no site running (exit ${test.code}; log: ${log}):\n  ${tail}`);
  }
  const { url: siteUrl, phpGroup, dbPid, configFile, work: workDir, wordpressConfig } = kept;
  const stop = async () => {
    for (const [pid, group] of [[Number(phpGroup), true], [Number(dbPid), false]]) {
      try {
        process.kill(group ? -pid : pid, 'SIGTERM');
      } catch {
        // Already gone.
      }
    }
    // MariaDB flushes before it exits; give it 10 s, as test-wordpress.sh does.
    for (let waited = 0; waited < 100 && alive(Number(dbPid)); waited += 1) await new Promise((done) => setTimeout(done, 100));
    if (alive(Number(dbPid))) process.kill(Number(dbPid), 'SIGKILL');
    if (configFile) rmSync(configFile, { force: true });
    rmSync(workDir, { recursive: true, force: true });
  };
  try {
    // The plugin test's own checks are not the bench's business, but a site whose checks failed is not one to measure.
    const failed = /wordpress: \d+ passed, (\d+) failed/.exec(test.stdout)?.[1];
    if (failed !== '0') throw new Error(`the plugin test failed ${failed ?? '?'} checks (log: ${log}); not measuring that site`);
    const made = await run('php', [resolve(ROOT, 'scripts/wordpress/bench-pages.php')], {
      env: { HIPWP_SITE_URL: siteUrl, WORDPRESS_CONFIG: wordpressConfig },
      input: JSON.stringify({ settings, pages }),
    });
    if (made.code !== 0) throw new Error(`scripts/wordpress/bench-pages.php failed: ${made.stderr.trim() || made.stdout.trim()}`);
    const urls = JSON.parse(made.stdout.trim().split('\n').pop());
    const html = {};
    const serverMs = {};
    for (const [name, url] of Object.entries(urls)) {
      // The first request fills OPcache and WordPress's caches; the median of the next three is what a visitor would wait.
      const times = [];
      for (let request = 0; request < 4; request += 1) {
        const start = performance.now();
        const response = await fetch(url);
        if (!response.ok) throw new Error(`${url}: HTTP ${response.status}`);
        html[name] = await response.text();
        times.push(performance.now() - start);
      }
      serverMs[name] = times.slice(1).sort((a, b) => a - b)[1];
    }
    return { siteUrl, html, serverMs, setupSeconds: Math.round((Date.now() - started) / 1000), stop };
  } catch (error) {
    await stop();
    throw error;
  }
}

/** The plugin's module script tag: what the twin of a WordPress page leaves out. */
const PLUGIN_SCRIPT = /<script\b[^>]*\bsrc=(["'])[^"']*\/hip-widgets\/assets\/hip-widgets\.js[^"']*\1[^>]*><\/script>\n?/g;

/**
 * A WordPress page's HTML as the bench serves it: every URL of the site made
 * root-relative (plain and JSON-escaped), so that the page and what it loads
 * come from the bench's server; and its twin, the same without the plugin's
 * script tag. The page config and the JSON-LD stay in both: data, not code.
 */
export function benchVariants(html, siteUrl) {
  const local = html.split(siteUrl).join('').split(siteUrl.replace(/\//g, '\\/')).join('');
  const scripts = local.match(PLUGIN_SCRIPT) ?? [];
  if (scripts.length !== 1) throw new Error(`a WordPress page has ${scripts.length} script tags of the plugin, not one`);
  return { wordpress: local, 'wordpress-twin': local.replace(PLUGIN_SCRIPT, '') };
}
