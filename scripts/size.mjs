#!/usr/bin/env node
/**
 * Prints the size of each built file a visitor's browser may download:
 * minified bytes and gzip bytes (zlib, level 9). The bundles carry Dutch; each
 * further language is a module of its own, fetched only on a page in that
 * language. The last line estimates what inlining every language into the
 * bundle would cost a Dutch page instead. Run `npm run build` first.
 */
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { constants, gzipSync } from 'node:zlib';

const BUNDLES = ['dist/hip-widgets.js', 'dist/hip-widgets.iife.js'];
const LOCALE_DIR = 'dist/locales';

const missing = BUNDLES.filter((file) => !existsSync(file));
if (missing.length > 0) {
  console.error(`size: ${missing.join(', ')} missing; run \`npm run build\` first`);
  process.exit(1);
}
const locales = existsSync(LOCALE_DIR) ? readdirSync(LOCALE_DIR).filter((name) => name.endsWith('.js')).map((name) => `${LOCALE_DIR}/${name}`) : [];

const gzip = (code) => gzipSync(code, { level: constants.Z_BEST_COMPRESSION }).length;
const rows = [...BUNDLES, ...locales].map((file) => {
  const code = readFileSync(file);
  return { file, minified: code.length, gzip: gzip(code) };
});

const width = Math.max(...rows.map((row) => row.file.length), 32);
const kb = (bytes) => `${(bytes / 1024).toFixed(1)} KiB`;
const line = (name, minified, zipped) => `${name.padEnd(width)}  ${`${minified} B (${kb(minified)})`.padStart(18)}  ${`${zipped} B (${kb(zipped)})`.padStart(18)}`;
console.log(`${'file'.padEnd(width)}  ${'minified'.padStart(18)}  ${'gzip -9'.padStart(18)}`);
for (const { file, minified, gzip: zipped } of rows) console.log(line(file, minified, zipped));

if (locales.length > 0) {
  const all = Buffer.concat([readFileSync(BUNDLES[0]), ...locales.map((file) => readFileSync(file))]);
  console.log(line('(estimate) all languages inlined', all.length, gzip(all)));
}
