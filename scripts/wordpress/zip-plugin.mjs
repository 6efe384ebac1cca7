#!/usr/bin/env node
/**
 * Packs the WordPress plugin: copies the built widgets that the plugin loads
 * (dist/: the ES module for the front end, the classic bundle for the block
 * editor's canvas, and locales/*.js, which both load from beside themselves)
 * into wordpress/hip-widgets/assets/, then writes dist/hip-widgets-wordpress.zip
 * with the plugin folder `hip-widgets/` at its root, as "Plugins → Add New →
 * Upload Plugin" expects. Nothing else of dist/ goes in (type declarations,
 * `npm run prerender`'s pages, source maps, zips): the zip ships only what the
 * plugin loads, and its readme.txt.
 *
 * Needs `npm run build` first. The zip is written by fflate (a small zip
 * library without dependencies).
 *
 *   node scripts/wordpress/zip-plugin.mjs          # prints the zip's path and size
 */
import { cpSync, existsSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join, relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { zipSync } from 'fflate';

const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
const dist = join(root, 'dist');
const plugin = join(root, 'wordpress', 'hip-widgets');
const assets = join(plugin, 'assets');
const zipPath = join(dist, 'hip-widgets-wordpress.zip');

/** What of dist/ the plugin loads: the module (front end), the classic bundle (editor canvas) and their language files. */
const fromDist = (name) => name === 'hip-widgets.js' || name === 'hip-widgets.iife.js' || /^locales\/[a-z]{2}\.js$/.test(name);
/** Never packed: editor and OS litter. */
const skipFromPlugin = (name) => name === '.DS_Store' || name === '.gitignore' || name.endsWith('~');

function fail(message) {
  console.error(`zip-plugin: ${message}`);
  process.exit(1);
}

// 1. The build must be there, with its language files.
for (const file of ['hip-widgets.js', 'hip-widgets.iife.js', 'locales']) {
  if (!existsSync(join(dist, file))) fail(`dist/${file} is missing: run \`npm run build\` first.`);
}
if (!readdirSync(join(dist, 'locales')).some((name) => name.endsWith('.js'))) fail('dist/locales/ has no language files: run `npm run build` first.');
// The lists of elements, ids and languages the plugin requires (scripts/wordpress/build-elements.mjs): without them it cannot load.
if (!existsSync(join(plugin, 'generated', 'elements.php'))) fail('wordpress/hip-widgets/generated/elements.php is missing: run `npm run build:wordpress`.');
// The pre-rendered markup the shortcodes print (scripts/wordpress/build-fragments.mjs), one file a language of the widgets.
const { sourceLocale, targetLocales } = JSON.parse(readFileSync(join(root, 'lit-localize.json'), 'utf8'));
for (const locale of [sourceLocale, ...targetLocales]) {
  if (!existsSync(join(plugin, 'fragments', `${locale}.php`))) fail(`wordpress/hip-widgets/fragments/${locale}.php is missing: run \`npm run build:wordpress\`.`);
}
// The admin screens' translations (scripts/wordpress/build-languages.mjs).
for (const locale of ['nl_NL', 'de_DE', 'fr_FR']) {
  if (!existsSync(join(plugin, 'languages', `hip-widgets-${locale}.mo`))) fail(`wordpress/hip-widgets/languages/hip-widgets-${locale}.mo is missing: run \`npm run build:wordpress\`.`);
}

// 2. The plugin's version must be the package's.
const { version } = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));
const main = readFileSync(join(plugin, 'hip-widgets.php'), 'utf8');
const header = /^\s*\*\s*Version:\s*(\S+)\s*$/m.exec(main)?.[1];
const constant = /define\(\s*'HIP_WIDGETS_VERSION',\s*'([^']+)'\s*\)/.exec(main)?.[1];
const readme = readFileSync(join(plugin, 'readme.txt'), 'utf8');
const stable = /^Stable tag:\s*(\S+)\s*$/m.exec(readme)?.[1];
if (header !== version || constant !== version || stable !== version) {
  fail(
    `package.json says version ${version}, but wordpress/hip-widgets/hip-widgets.php has "Version: ${header}" and ` +
      `HIP_WIDGETS_VERSION '${constant}', and readme.txt "Stable tag: ${stable}"; make all four the same.`,
  );
}

// 2b. readme.txt in the plugin directory's format (https://developer.wordpress.org/plugins/wordpress-org/how-your-readme-txt-works/):
//     its headers, "Tested up to" the newest WordPress that `npm run test:wordpress` runs, a short description the
//     directory shows whole (150 characters), at most five tags, and the sections a reviewer looks for.
{
  const header = (field) => new RegExp(`^${field}:[ \\t]*(.+)$`, 'm').exec(readme)?.[1].trim();
  const problems = [];
  if (!/^=== Hip widgets ===$/m.test(readme)) problems.push('its title is not "=== Hip widgets ===", the plugin\'s name');
  for (const field of ['Contributors', 'Tags', 'Requires at least', 'Tested up to', 'Requires PHP', 'Stable tag', 'License', 'License URI']) {
    if (!header(field)) problems.push(`it has no "${field}:"`);
  }
  const requires = (name) => new RegExp(`^\\s*\\*\\s*${name}:\\s*(\\S+)\\s*$`, 'm').exec(main)?.[1];
  if (header('Requires at least') !== requires('Requires at least') || header('Requires PHP') !== requires('Requires PHP')) problems.push('"Requires at least" and "Requires PHP" differ from hip-widgets.php\'s');
  const tested = /^WP65_VERSION=(\d+\.\d+)/m.exec(readFileSync(join(root, 'scripts', 'wordpress', 'test-wordpress.sh'), 'utf8'))?.[1];
  if (header('Tested up to') !== tested) problems.push(`"Tested up to: ${header('Tested up to')}" is not the newest WordPress the tests run, ${tested}`);
  if ((header('Tags') ?? '').split(',').length > 5) problems.push('it has more than five tags');
  const short = /^License URI:.*\n\n(.+)\n/m.exec(readme)?.[1] ?? '';
  if (!short || short.length > 150) problems.push(`its short description has ${short.length} characters (1 to 150)`);
  for (const section of ['Description', 'Installation', 'Frequently Asked Questions', 'Changelog']) {
    if (!readme.includes(`== ${section} ==`)) problems.push(`it has no "== ${section} ==" section`);
  }
  if (!readme.includes(`= ${version} =`)) problems.push(`its changelog has no entry "= ${version} ="`);
  if (problems.length) fail(`wordpress/hip-widgets/readme.txt: ${problems.join('; ')}`);
}

// 3. dist/ → the plugin's assets/.
rmSync(assets, { recursive: true, force: true });
mkdirSync(join(assets, 'locales'), { recursive: true });
for (const name of readdirSync(dist, { recursive: true }).map((entry) => entry.split(sep).join('/')).filter(fromDist)) {
  cpSync(join(dist, name), join(assets, name));
}

// 4. The zip: every file and folder under `hip-widgets/`, as fflate's nested object (a folder
//    is an object, so it gets its own entry, stored rather than deflated, as it is empty). Unix
//    modes (os 3, mode in the high 16 bits) so the files unpack 0644 and the folders 0755.
const folderAttributes = { os: 3, attrs: ((0o40755 << 16) | 0x10) >>> 0, level: 0 };
const fileAttributes = { os: 3, attrs: (0o100644 << 16) >>> 0 };
let count = 0;
function tree(directory) {
  const entries = {};
  for (const name of readdirSync(directory).sort()) {
    if (skipFromPlugin(name)) continue;
    const path = join(directory, name);
    const stats = statSync(path);
    if (stats.isDirectory()) entries[name] = [tree(path), { ...folderAttributes, mtime: stats.mtime }];
    else if (stats.isFile()) {
      entries[name] = [readFileSync(path), { ...fileAttributes, mtime: stats.mtime }];
      count += 1;
    }
  }
  return entries;
}

const zip = zipSync({ 'hip-widgets': [tree(plugin), { ...folderAttributes, mtime: statSync(plugin).mtime }] }, { level: 9 });
writeFileSync(zipPath, zip);
console.log(`${relative(root, zipPath)}: ${count} files, ${zip.length} bytes (${(zip.length / 1024).toFixed(1)} KB)`);
