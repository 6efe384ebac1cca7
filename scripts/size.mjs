#!/usr/bin/env node
/**
 * Prints the size of each built bundle: minified bytes and gzip bytes (zlib,
 * level 9), as a visitor's browser would download it. Run `npm run build` first.
 */
import { readFileSync } from 'node:fs';
import { gzipSync, constants } from 'node:zlib';

const BUNDLES = ['dist/hip-widgets.js', 'dist/hip-widgets.iife.js'];

const rows = [];
for (const file of BUNDLES) {
  let code;
  try {
    code = readFileSync(file);
  } catch {
    console.error(`size: ${file} is missing; run \`npm run build\` first`);
    process.exit(1);
  }
  const gzip = gzipSync(code, { level: constants.Z_BEST_COMPRESSION }).length;
  rows.push({ file, minified: code.length, gzip });
}

const width = Math.max(...rows.map((row) => row.file.length));
const kb = (bytes) => `${(bytes / 1024).toFixed(1)} KiB`;
console.log(`${'bundle'.padEnd(width)}  ${'minified'.padStart(18)}  ${'gzip -9'.padStart(18)}`);
for (const { file, minified, gzip } of rows) {
  console.log(`${file.padEnd(width)}  ${`${minified} B (${kb(minified)})`.padStart(18)}  ${`${gzip} B (${kb(gzip)})`.padStart(18)}`);
}
