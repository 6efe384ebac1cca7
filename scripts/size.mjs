#!/usr/bin/env node
/**
 * Prints the size of each built file a visitor's browser may download:
 * minified bytes and gzip bytes (zlib, level 9), against the budget in
 * size-budget.json, and exits 1 when a file is over its budget. The bundles
 * carry Dutch; each further language is a module of its own, fetched only on a
 * page in that language. Then it estimates what inlining every language would
 * cost a Dutch page, and (unless --no-breakdown) what each part of the bundle
 * costs (scripts/size-breakdown.mjs). Run `npm run build` first.
 */
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { constants, gzipSync } from 'node:zlib';
import { breakdown, printBreakdown } from './size-breakdown.mjs';

const BUNDLES = ['dist/hip-widgets.js', 'dist/hip-widgets.iife.js'];
const LOCALE_DIR = 'dist/locales';
const budget = JSON.parse(readFileSync('size-budget.json', 'utf8'));

const missing = BUNDLES.filter((file) => !existsSync(file));
if (missing.length > 0) {
  console.error(`size: ${missing.join(', ')} missing; run \`npm run build\` first`);
  process.exit(1);
}
const locales = existsSync(LOCALE_DIR) ? readdirSync(LOCALE_DIR).filter((name) => name.endsWith('.js')).map((name) => `${LOCALE_DIR}/${name}`) : [];

/** The budget of a file: its own entry, else a `dir/*.js` entry that matches it. */
function budgetOf(file) {
  if (budget.gzip[file] !== undefined) return budget.gzip[file];
  const pattern = Object.keys(budget.gzip).find((key) => key.includes('*') && new RegExp(`^${key.replace(/[.]/g, '\\.').replace('*', '[^/]+')}$`).test(file));
  return pattern ? budget.gzip[pattern] : undefined;
}

const gzip = (code) => gzipSync(code, { level: constants.Z_BEST_COMPRESSION }).length;
const rows = [...BUNDLES, ...locales].map((file) => {
  const code = readFileSync(file);
  return { file, minified: code.length, gzip: gzip(code), budget: budgetOf(file) };
});

const width = Math.max(...rows.map((row) => row.file.length), 32);
const kb = (bytes) => `${(bytes / 1024).toFixed(1)} KiB`;
const cell = (bytes) => `${bytes} B (${kb(bytes)})`.padStart(18);
const line = (name, minified, zipped, rest = '') => `${name.padEnd(width)}  ${cell(minified)}  ${cell(zipped)}${rest}`;
console.log(`${'file'.padEnd(width)}  ${'minified'.padStart(18)}  ${'gzip -9'.padStart(18)}  ${'budget'.padStart(8)}`);
const over = [];
for (const row of rows) {
  const verdict = row.budget === undefined ? '' : row.gzip <= row.budget ? 'ok' : 'OVER';
  if (verdict === 'OVER') over.push(row);
  console.log(line(row.file, row.minified, row.gzip, row.budget === undefined ? '' : `  ${String(row.budget).padStart(8)}  ${verdict}`));
}

if (locales.length > 0) {
  const all = Buffer.concat([readFileSync(BUNDLES[0]), ...locales.map((file) => readFileSync(file))]);
  console.log(line('(estimate) all languages inlined', all.length, gzip(all)));
}
for (const [file, target] of Object.entries(budget.target ?? {})) {
  const row = rows.find((candidate) => candidate.file === file);
  if (row && row.gzip > target) console.log(`target: ${file} ${row.gzip} B gzip, target ${target} B (${kb(target)}): ${row.gzip - target} B over (see docs/performance.md, Size)`);
}

if (!process.argv.includes('--no-breakdown')) printBreakdown(await breakdown());

if (over.length > 0) {
  console.error(`\nsize: over budget (size-budget.json): ${over.map((row) => `${row.file} ${row.gzip} B > ${row.budget} B`).join(', ')}`);
  process.exit(1);
}
