#!/usr/bin/env node
/**
 * Fails when a message lacks a translation in any locale, or when the Dutch
 * source of a translated message changed after it was translated.
 *
 * It extracts the messages from src/ afresh (lit-localize extract, into a copy
 * of xliff/ so the committed files are not touched) and compares: every
 * trans-unit must have a non-empty <target> with the same placeholders as its
 * <source>, and the copy's sources must equal the committed ones.
 *
 * Prints a line a locale and exits 1 on any problem.
 */
import { execFileSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

const config = JSON.parse(readFileSync('lit-localize.json', 'utf8'));
const committedDir = config.interchange.xliffDir;
// A fresh folder per run, so two runs at once (an editor and CI) cannot trip over each other.
const scratchDir = mkdtempSync(join(tmpdir(), 'hip-widgets-xliff-'));
cpSync(committedDir, scratchDir, { recursive: true });
const scratchConfig = join(scratchDir, 'lit-localize.json');
// lit-localize reads a config's paths relative to the config file, so make them absolute.
writeFileSync(
  scratchConfig,
  JSON.stringify({ ...config, tsConfig: resolve(config.tsConfig), output: { ...config.output, outputDir: resolve(scratchDir, 'out') }, interchange: { ...config.interchange, xliffDir: resolve(scratchDir) } }),
);
execFileSync('npx', ['lit-localize', 'extract', '--config', scratchConfig], { stdio: ['ignore', 'ignore', 'inherit'] });

/** The trans-units of an XLIFF file lit-localize wrote: id → { source, target }. */
function units(path) {
  const xml = readFileSync(path, 'utf8');
  const found = new Map();
  for (const match of xml.matchAll(/<trans-unit id="([^"]+)">([\s\S]*?)<\/trans-unit>/g)) {
    const [, id, body] = match;
    found.set(id, {
      source: body.match(/<source>([\s\S]*?)<\/source>/)?.[1] ?? '',
      target: body.match(/<target>([\s\S]*?)<\/target>/)?.[1],
    });
  }
  return found;
}

const placeholders = (text) => [...text.matchAll(/<x id="(\d+)"/g)].map((m) => m[1]).sort().join(',');

let problems = 0;
for (const locale of config.targetLocales) {
  const file = `${locale}.xlf`;
  const fresh = units(join(scratchDir, file));
  const committed = readdirSync(committedDir).includes(file) ? units(join(committedDir, file)) : new Map();
  const missing = [];
  const stale = [];
  const broken = [];
  for (const [id, unit] of fresh) {
    if (!unit.target || !unit.target.trim()) missing.push(id);
    else if (placeholders(unit.source) !== placeholders(unit.target)) broken.push(id);
    if (committed.get(id)?.source !== unit.source) stale.push(id);
  }
  const list = (label, ids) => (ids.length ? ` ${label}: ${ids.join(', ')}.` : '');
  if (missing.length + stale.length + broken.length === 0) {
    console.log(`translations ${locale}: ${fresh.size} of ${fresh.size} messages translated`);
  } else {
    problems += missing.length + stale.length + broken.length;
    console.error(
      `translations ${locale}: ${fresh.size - missing.length} of ${fresh.size} translated.` +
        list('Missing', missing) +
        list('Source changed or new since xliff/ was extracted (run `npm run localize:extract` and review)', stale) +
        list('Placeholders differ from the source', broken),
    );
  }
}
rmSync(scratchDir, { recursive: true, force: true });
process.exit(problems > 0 ? 1 : 0);
