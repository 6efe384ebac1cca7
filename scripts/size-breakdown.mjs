#!/usr/bin/env node
/**
 * What each part of dist/hip-widgets.js costs. Builds the ES bundle in memory
 * with the same rollup config as `npm run build` (so the same minifier), with a
 * source map, and charges every byte of the minified output to the source
 * module it came from. Parts: hydration support, Lit, @lit/localize, the localization glue, the
 * content, the page config, the contact parsing, the elements (with their CSS).
 *
 * For each part it prints its minified bytes and two gzip figures:
 *   - saved: how much smaller the gzipped bundle gets without that part's bytes
 *     (what it really adds to the download, given everything else);
 *   - alone: its bytes gzipped on their own (an upper bound).
 * The "saved" column does not add up exactly to the total: gzip shares
 * repetitions between parts.
 *
 * Usage: node scripts/size-breakdown.mjs [--json]   (also run by `npm run size`)
 */
import { rollup } from 'rollup';
import { constants, gzipSync } from 'node:zlib';
import { relative } from 'node:path';
import { pathToFileURL } from 'node:url';

const GROUPS = [
  { name: 'hydration (@lit-labs/ssr-client, lit-html hydrate)', test: /node_modules\/(@lit-labs\/ssr-client\/|lit-html\/(experimental-hydrate|private-ssr-support)|lit-html\/directive-helpers|lit-html\/directive\.js)/ },
  { name: 'Lit (lit-html, lit-element, reactive-element)', test: /node_modules\/(lit|lit-html|lit-element|@lit\/reactive-element)\// },
  { name: '@lit/localize runtime', test: /node_modules\/@lit\/localize\// },
  { name: 'localization glue (src/localization.ts)', test: /src\/localization\.ts$/ },
  { name: 'content (src/content/)', test: /src\/content\// },
  { name: 'page config (src/config.ts + controller)', test: /src\/(config\.ts|internal\/config-controller\.ts)$/ },
  { name: 'contact parsing (src/contact.ts)', test: /src\/contact\.ts$/ },
  { name: 'elements + CSS (src/elements, styles, internal, format, events)', test: /src\// },
  { name: 'other modules', test: /./ },
];

const gzip = (text) => gzipSync(Buffer.from(text), { level: constants.Z_BEST_COMPRESSION }).length;
const bytes = (text) => Buffer.byteLength(text);

const BASE64 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';
/** Decode a source map's `mappings` into [line][{ column, source }] (source -1: no source). */
function decodeMappings(mappings) {
  const lines = [];
  let source = 0;
  for (const line of mappings.split(';')) {
    const segments = [];
    let column = 0;
    for (const segment of line.split(',')) {
      if (!segment) continue;
      const fields = [];
      let value = 0;
      let shift = 0;
      for (const char of segment) {
        const digit = BASE64.indexOf(char);
        value += (digit & 31) << shift;
        if (digit & 32) {
          shift += 5;
        } else {
          fields.push(value & 1 ? -(value >>> 1) : value >>> 1);
          value = 0;
          shift = 0;
        }
      }
      column += fields[0];
      if (fields.length > 1) source += fields[1];
      segments.push({ column, source: fields.length > 1 ? source : -1 });
      // Fields 2-4 (line, column, name) are not needed to know which file a byte came from.
    }
    lines.push(segments);
  }
  return lines;
}

/**
 * Split the output into spans, each charged to a source file. A span runs from
 * one mapping to the next; the text before a line's first mapping (the rest of
 * a multi-line template literal) belongs to the span it continues.
 */
function spans(code, map) {
  const result = [];
  const codeLines = code.split('\n');
  let current = '(unmapped)';
  decodeMappings(map.mappings).forEach((segments, lineIndex) => {
    const line = codeLines[lineIndex] ?? '';
    const first = segments[0]?.column ?? line.length;
    if (first > 0) result.push([current, line.slice(0, first)]);
    segments.forEach((segment, index) => {
      const end = segments[index + 1]?.column ?? line.length;
      current = segment.source === -1 ? '(unmapped)' : sourcePath(map.sources[segment.source]);
      result.push([current, line.slice(segment.column, end)]);
    });
    if (lineIndex < codeLines.length - 1) result.push([current, '\n']);
  });
  return result;
}

const sourcePath = (source) => relative(process.cwd(), new URL(source, pathToFileURL(`${process.cwd()}/dist/`)).pathname);

export async function breakdown() {
  const [config] = (await import(pathToFileURL(`${process.cwd()}/rollup.config.mjs`).href)).default;
  const esOutput = config.output.find((output) => output.format === 'es');
  const build = await rollup({ ...config, onwarn: config.onwarn });
  const { output } = await build.generate({ ...esOutput, sourcemap: true, sourcemapExcludeSources: true });
  await build.close();
  const chunk = output.find((item) => item.type === 'chunk');
  const code = chunk.code.replace(/\n\/\/# sourceMappingURL=.*$/, '');
  const pieces = spans(code, chunk.map);

  const parts = [...GROUPS.map((group) => ({ name: group.name, files: new Map() })), { name: '(rollup/terser glue, unmapped)', files: new Map() }];
  const partOf = (path) => (path === '(unmapped)' ? parts.length - 1 : GROUPS.findIndex((group) => group.test.test(path)));
  for (const [path, text] of pieces) {
    const files = parts[partOf(path)].files;
    files.set(path, (files.get(path) ?? 0) + bytes(text));
  }
  const total = { minified: bytes(code), gzip: gzip(code) };
  const rows = parts
    .map((part, index) => {
      const own = pieces.filter(([path]) => partOf(path) === index);
      if (own.length === 0) return undefined;
      // "Saved": the whole output less this part's spans, gzipped.
      const without = pieces.filter(([path]) => partOf(path) !== index).map(([, text]) => text).join('');
      const text = own.map(([, piece]) => piece).join('');
      const files = [...part.files].map(([path, minified]) => ({ path, minified })).sort((a, b) => b.minified - a.minified);
      return { name: part.name, minified: bytes(text), saved: total.gzip - gzip(without), alone: gzip(text), files };
    })
    .filter(Boolean);
  return { total, rows };
}

export function printBreakdown({ total, rows }, { files = false } = {}) {
  const width = Math.max(...rows.map((row) => row.name.length), 30);
  const kb = (n) => `${(n / 1024).toFixed(2)} KiB`;
  console.log(`\nWhat each part of dist/hip-widgets.js costs (minified bytes from the source map; gzip -9)`);
  console.log(`${'part'.padEnd(width)}  ${'minified'.padStart(10)}  ${'gzip saved'.padStart(11)}  ${'gzip alone'.padStart(11)}`);
  for (const row of rows) {
    console.log(`${row.name.padEnd(width)}  ${kb(row.minified).padStart(10)}  ${kb(row.saved).padStart(11)}  ${kb(row.alone).padStart(11)}`);
    if (files) for (const file of row.files.slice(0, 12)) console.log(`    ${file.path.padEnd(width - 4)}  ${kb(file.minified).padStart(10)}`);
  }
  console.log(`${'total'.padEnd(width)}  ${kb(total.minified).padStart(10)}  ${kb(total.gzip).padStart(11)}`);
  console.log('"gzip saved": how much the gzipped bundle shrinks without that part; "gzip alone": the part gzipped on its own.');
}

if (import.meta.url === pathToFileURL(process.argv[1]).href) {
  const result = await breakdown();
  if (process.argv.includes('--json')) console.log(JSON.stringify(result, null, 2));
  else printBreakdown(result, { files: process.argv.includes('--files') });
}
