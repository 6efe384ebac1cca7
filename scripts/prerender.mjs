#!/usr/bin/env node
/**
 * Pre-renders <hip-complaints-section> to HTML with declarative shadow DOM
 * (@lit-labs/ssr), so the practice's content is in the page before any script
 * runs: readable without JavaScript, indexable, and hydrated (not rendered
 * again) when dist/hip-widgets.js loads. Adds schema.org JSON-LD
 * (MedicalWebPage about the six MedicalConditions) made from the same content,
 * with the page config's review record (lastReviewed, reviewedBy, citation).
 *
 *   npm run prerender -- --locale nl --location centrum
 *   npm run prerender -- --locale all --config path/to/config.json --out site/ --script-src https://cdn.example/hip-widgets/dist/hip-widgets.js
 *
 * Options:
 *   --locale nl|en|de|fr|all   language(s) to render (default nl)
 *   --config FILE              page config JSON, the same as a <script data-hip-widgets-config>
 *                              (default demo/practice-config.json); embedded in the output, with
 *                              "locale" set, so the bundle shows exactly what was rendered
 *   --location ID              the location attribute (a location id of the config)
 *   --booking-url, --phone, --email, --practice-name, --heading-level, --conditions
 *                              the section's other attributes (docs/elements/hip-complaints-section.md)
 *   --out DIR                  where to write (default dist/prerender)
 *   --script-src URL           the bundle's URL in the output (default: dist/hip-widgets.js relative to --out)
 *   --stdout                   print the fragment instead of writing files (one locale)
 *
 * Writes, per locale, DIR/<locale>.fragment.html (what goes into a CMS page: the
 * config script, the section with its shadow DOM, the JSON-LD and the script
 * tag) and DIR/<locale>.html (a whole page around it, for checking and for
 * `npm run bench`). Needs `npm run build` first (the locale modules).
 *
 * Fails (exit 1) when an element reports an error while rendering, so a broken
 * config is not baked into a page.
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { relative, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';
import { escapeAttribute, escapeText, loadWidgets, renderElement, ROOT, useSettings } from './ssr.mjs';

const LOCALES = ['nl', 'en', 'de', 'fr'];

const ATTRIBUTE_OPTIONS = ['location', 'booking-url', 'phone', 'email', 'practice-name', 'heading-level', 'conditions'];

export function parseOptions(argv) {
  const { values } = parseArgs({
    args: argv,
    options: {
      locale: { type: 'string', default: 'nl' },
      config: { type: 'string', default: 'demo/practice-config.json' },
      out: { type: 'string', default: 'dist/prerender' },
      'script-src': { type: 'string' },
      stdout: { type: 'boolean', default: false },
      ...Object.fromEntries(ATTRIBUTE_OPTIONS.map((name) => [name, { type: 'string' }])),
    },
    strict: true,
  });
  const locales = values.locale === 'all' ? LOCALES : [values.locale];
  const unknown = locales.filter((locale) => !LOCALES.includes(locale));
  if (unknown.length > 0) throw new Error(`--locale ${unknown.join(', ')}: use one of ${LOCALES.join(', ')} or all`);
  const attributes = Object.fromEntries(ATTRIBUTE_OPTIONS.filter((name) => values[name] !== undefined).map((name) => [name, values[name]]));
  return { ...values, locales, attributes };
}

/** JSON inside a <script>: no `</script>` or `<!--` can end it early. */
const scriptJson = (value) => JSON.stringify(value, null, 2).replace(/</g, '\\u003c');

/** schema.org MedicalWebPage about the conditions, with only what the content says, and the page config's review record (src/structured-data.ts). */
export function structuredData(widgets, locale, conditionIds) {
  const conditions = conditionIds.map((id) => {
    const content = widgets.condition(id);
    const sections = (kind) => content.sections.filter((section) => section.kind === kind);
    const paragraphs = (kind) => sections(kind).flatMap((section) => section.blocks.filter((block) => block.type === 'paragraph').map((block) => block.text));
    const items = (kind) => sections(kind).flatMap((section) => section.blocks.filter((block) => block.type === 'list').flatMap((block) => block.items));
    const entry = { '@type': 'MedicalCondition', name: content.title };
    const description = paragraphs('description').join(' ');
    if (description) entry.description = description;
    const signs = [...items('clinical-features'), ...items('symptoms')];
    if (signs.length) entry.signOrSymptom = signs.map((item) => ({ '@type': 'MedicalSignOrSymptom', name: item.term ?? item.text, ...(item.term && { description: item.text }) }));
    const risks = items('risk-factors');
    if (risks.length) entry.riskFactor = risks.map((item) => ({ '@type': 'MedicalRiskFactor', name: item.term ?? item.text, ...(item.term && { description: item.text }) }));
    const treatments = items('treatment');
    if (treatments.length) entry.possibleTreatment = treatments.map((item) => ({ '@type': 'MedicalTherapy', name: item.term ?? item.text, ...(item.term && { description: item.text }) }));
    return entry;
  });
  return {
    '@context': 'https://schema.org',
    '@type': 'MedicalWebPage',
    name: widgets.pageText.title(),
    inLanguage: locale,
    ...widgets.reviewStructuredData(widgets.pageConfig().review),
    about: conditions,
  };
}

/** Renders one locale: the fragment a CMS page gets, and its page title. */
async function renderLocale(widgets, { locale, config, attributes, scriptSrc }) {
  await useSettings(widgets, { locale, config });
  const section = await renderElement('hip-complaints-section', attributes);
  const shown = attributes.conditions
    ? attributes.conditions.split(/[\s,]+/).filter((id) => widgets.CONDITION_IDS.includes(id))
    : [...widgets.CONDITION_IDS];
  const jsonLd = structuredData(widgets, locale, shown.length ? [...new Set(shown)] : [...widgets.CONDITION_IDS]);
  const fragment = [
    `<script type="application/json" data-hip-widgets-config>${scriptJson({ ...config, locale })}</script>`,
    section,
    `<script type="application/ld+json">${scriptJson(jsonLd)}</script>`,
    `<script type="module" src="${escapeAttribute(scriptSrc)}"></script>`,
    '',
  ].join('\n');
  return { fragment, title: widgets.pageText.title() };
}

export function page({ locale, title, fragment, name }) {
  return `<!doctype html>
<html lang="${locale}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escapeText(name ? `${title} – ${name}` : title)}</title>
</head>
<body>
<main>
${fragment}</main>
</body>
</html>
`;
}

export async function prerender(options) {
  const config = JSON.parse(readFileSync(resolve(ROOT, options.config), 'utf8'));
  const widgets = await loadWidgets();
  const outDir = resolve(ROOT, options.out ?? 'dist/prerender');
  const scriptSrc = options['script-src'] ?? relative(outDir, resolve(ROOT, 'dist/hip-widgets.js')).split('\\').join('/');

  // An element that reports an error while rendering would bake that state into the page.
  const errors = [];
  const consoleError = console.error;
  console.error = (...args) => {
    errors.push(args.join(' '));
    consoleError(...args);
  };
  const results = [];
  try {
    for (const locale of options.locales) {
      const { fragment, title } = await renderLocale(widgets, { locale, config, attributes: options.attributes, scriptSrc });
      const location = config.locations?.find((entry) => entry.id === (options.attributes.location ?? config.defaultLocation));
      results.push({ locale, fragment, page: page({ locale, title, fragment, name: options.attributes['practice-name'] ?? location?.name }) });
    }
  } finally {
    console.error = consoleError;
  }
  if (errors.length) throw new Error(`the elements reported ${errors.length} error(s) while rendering (above); nothing written`);
  return { results, outDir };
}

if (import.meta.url === pathToFileURL(process.argv[1]).href) {
  try {
    const options = parseOptions(process.argv.slice(2));
    if (options.stdout && options.locales.length !== 1) throw new Error('--stdout takes one --locale');
    const { results, outDir } = await prerender(options);
    if (options.stdout) {
      process.stdout.write(results[0].fragment);
    } else {
      mkdirSync(outDir, { recursive: true });
      for (const { locale, fragment, page: whole } of results) {
        writeFileSync(resolve(outDir, `${locale}.fragment.html`), fragment);
        writeFileSync(resolve(outDir, `${locale}.html`), whole);
        console.log(`prerender: ${relative(ROOT, resolve(outDir, `${locale}.html`))} (${Buffer.byteLength(whole)} B), ${relative(ROOT, resolve(outDir, `${locale}.fragment.html`))}`);
      }
    }
  } catch (error) {
    console.error(`prerender: ${error.message}`);
    process.exit(1);
  }
}
