/**
 * Server-side rendering of the widgets with @lit-labs/ssr: the one place that
 * turns the Lit templates into HTML with declarative shadow DOM outside a
 * browser. `npm run prerender` (whole pages) and the WordPress plugin's
 * fragments (scripts/wordpress/build-fragments.mjs) both render through it, so
 * what PHP prints and what the prerender prints come from the same templates.
 */
import { render } from '@lit-labs/ssr';
import { collectResult } from '@lit-labs/ssr/lib/render-result.js';
import { html } from 'lit';
import { rollup } from 'rollup';
import { cpSync, existsSync, mkdirSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

export const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const WORK_DIR = resolve(ROOT, '.tmp/prerender');

/**
 * Builds the elements for Node with the bundle's own source transforms (the
 * same minified templates and message ids as dist/, or Lit could not hydrate),
 * leaving lit and @lit/* to Node so @lit-labs/ssr shares their instance.
 */
async function buildServerModule() {
  const { sourcePlugins } = await import(pathToFileURL(resolve(ROOT, 'rollup.config.mjs')).href);
  const ENTRY = '\0hip-prerender-entry';
  const source = (path) => JSON.stringify(resolve(ROOT, path));
  const build = await rollup({
    input: ENTRY,
    external: (id) => !id.startsWith('.') && !id.startsWith('/') && !id.startsWith('\0'),
    plugins: [
      {
        name: 'hip-prerender-entry',
        resolveId: (id) => (id === ENTRY ? ENTRY : null),
        load: (id) =>
          id === ENTRY
            ? [
                `export * from ${source('src/index.ts')};`,
                `export { condition } from ${source('src/content/conditions.ts')};`,
                `export { pageText } from ${source('src/content/page.ts')};`,
                `export { STAT_IDS } from ${source('src/content/statistics.ts')};`,
                `export { formatDate, formatNumber, formatPercent, monthName } from ${source('src/format.ts')};`,
                `export { pageConfig } from ${source('src/config.ts')};`,
                `export { reviewStructuredData } from ${source('src/structured-data.ts')};`,
              ].join('\n')
            : null,
      },
      ...sourcePlugins(),
    ],
    onwarn(warning) {
      // A package's name imported by a module but unused once the entry is tree-shaken: harmless.
      if (warning.code === 'UNUSED_EXTERNAL_IMPORT') return;
      throw new Error(`prerender build: ${warning.message}`);
    },
  });
  mkdirSync(WORK_DIR, { recursive: true });
  const file = resolve(WORK_DIR, 'hip-widgets.server.js');
  await build.write({ file, format: 'es' });
  await build.close();
  // The module loads a language from ./locales/ beside itself, as the bundle does.
  const locales = resolve(ROOT, 'dist/locales');
  if (!existsSync(locales)) throw new Error('dist/locales missing: run `npm run build` first');
  cpSync(locales, resolve(WORK_DIR, 'locales'), { recursive: true });
  return file;
}

let loading;
/** The widgets' module for Node, built once per process. */
export function loadWidgets() {
  // @lit/localize announces a locale change on `window`; Node has none.
  globalThis.window ??= new EventTarget();
  loading ??= buildServerModule().then((file) => import(pathToFileURL(file).href));
  return loading;
}

/** A template whose markup is fixed text (attribute values escaped), so the SSR output has no binding markers for it. */
function staticTemplate(markup) {
  const strings = [markup];
  Object.defineProperty(strings, 'raw', { value: [markup] });
  return html(strings);
}

export const escapeAttribute = (value) => String(value).replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;');
export const escapeText = (value) => String(value).replace(/&/g, '&amp;').replace(/</g, '&lt;');

/** The start tag of an element: its attributes in the given order, `true` for one without value, null/undefined left out. */
export function startTag(tag, attributes = {}) {
  const written = Object.entries(attributes)
    .filter(([, value]) => value !== undefined && value !== null && value !== false)
    .map(([name, value]) => (value === true ? ` ${name}` : ` ${name}="${escapeAttribute(value)}"`))
    .join('');
  return `<${tag}${written}>`;
}

/**
 * Switches the widgets to a locale and a page config (`configure()`), failing
 * on a config with errors (a broken config must not be baked into a page)
 * unless `lenient`: then the config is used as the widgets would use it.
 */
export async function useSettings(widgets, { locale, config, lenient = false }) {
  await widgets.setLocale(locale);
  if (widgets.getLocale() !== locale) throw new Error(`could not switch to ${locale}`);
  const problems = widgets.configure(config ?? { locations: [] }).filter((problem) => problem.severity === 'error');
  if (problems.length && !lenient) throw new Error(`the page config has errors: ${problems.map((problem) => problem.message).join('; ')}`);
}

/**
 * One element with its content as declarative shadow DOM, under the current
 * locale and config (useSettings): `<tag attributes><template shadowrootmode>…</template></tag>`.
 */
export async function renderElement(tag, attributes = {}) {
  const result = await collectResult(render(staticTemplate(`${startTag(tag, attributes)}</${tag}>`)));
  // The outer template's own markers: nothing hydrates it (the element hydrates its shadow root).
  return result.replace(/^<!--lit-part[^>]*-->/, '').replace(/<!--\/lit-part-->$/, '');
}
