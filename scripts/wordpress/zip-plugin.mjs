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
 * Needs `npm run build` first. No dependency: the zip is written here with
 * node:zlib (deflate, crc32), so it runs wherever Node does.
 *
 *   node scripts/wordpress/zip-plugin.mjs          # prints the zip's path and size
 */
import { cpSync, existsSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join, relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { crc32, deflateRawSync } from 'node:zlib';

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

// 4. The zip.
function listFiles(directory) {
  const entries = [];
  for (const name of readdirSync(directory).sort()) {
    if (skipFromPlugin(name)) continue;
    const path = join(directory, name);
    const stats = statSync(path);
    if (stats.isDirectory()) entries.push({ path, directory: true, stats }, ...listFiles(path));
    else if (stats.isFile()) entries.push({ path, directory: false, stats });
  }
  return entries;
}

/** MS-DOS date and time (local time, 2-second resolution), as zip stores them. */
function dosDateTime(date) {
  const year = Math.max(date.getFullYear(), 1980);
  return {
    time: (date.getHours() << 11) | (date.getMinutes() << 5) | Math.floor(date.getSeconds() / 2),
    date: ((year - 1980) << 9) | ((date.getMonth() + 1) << 5) | date.getDate(),
  };
}

const UTF8_NAMES = 0x0800;
const localParts = [];
const centralParts = [];
let offset = 0;
const files = [{ path: plugin, directory: true, stats: statSync(plugin) }, ...listFiles(plugin)];
for (const { path, directory, stats } of files) {
  const inside = relative(plugin, path).split(sep).join('/');
  const name = (inside ? `hip-widgets/${inside}` : 'hip-widgets') + (directory ? '/' : '');
  const nameBytes = Buffer.from(name, 'utf8');
  const data = directory ? Buffer.alloc(0) : readFileSync(path);
  const deflated = directory ? data : deflateRawSync(data, { level: 9 });
  const stored = directory || deflated.length >= data.length;
  const body = stored ? data : deflated;
  const method = stored ? 0 : 8;
  const checksum = directory ? 0 : crc32(data);
  const { time, date } = dosDateTime(stats.mtime);

  const local = Buffer.alloc(30);
  local.writeUInt32LE(0x04034b50, 0);
  local.writeUInt16LE(20, 4); // version needed: 2.0 (deflate, folders)
  local.writeUInt16LE(UTF8_NAMES, 6);
  local.writeUInt16LE(method, 8);
  local.writeUInt16LE(time, 10);
  local.writeUInt16LE(date, 12);
  local.writeUInt32LE(checksum, 14);
  local.writeUInt32LE(body.length, 18);
  local.writeUInt32LE(data.length, 22);
  local.writeUInt16LE(nameBytes.length, 26);
  local.writeUInt16LE(0, 28);
  localParts.push(local, nameBytes, body);

  const central = Buffer.alloc(46);
  central.writeUInt32LE(0x02014b50, 0);
  central.writeUInt16LE((3 << 8) | 20, 4); // made by: Unix, zip 2.0 (so the permissions below are read)
  central.writeUInt16LE(20, 6);
  central.writeUInt16LE(UTF8_NAMES, 8);
  central.writeUInt16LE(method, 10);
  central.writeUInt16LE(time, 12);
  central.writeUInt16LE(date, 14);
  central.writeUInt32LE(checksum, 16);
  central.writeUInt32LE(body.length, 20);
  central.writeUInt32LE(data.length, 24);
  central.writeUInt16LE(nameBytes.length, 28);
  // extra length, comment length, disk number, internal attributes: 0
  const mode = directory ? 0o40755 : 0o100644;
  central.writeUInt32LE(((mode << 16) | (directory ? 0x10 : 0)) >>> 0, 38);
  central.writeUInt32LE(offset, 42);
  centralParts.push(central, nameBytes);

  offset += local.length + nameBytes.length + body.length;
}
const centralDirectory = Buffer.concat(centralParts);
const end = Buffer.alloc(22);
end.writeUInt32LE(0x06054b50, 0);
end.writeUInt16LE(files.length, 8);
end.writeUInt16LE(files.length, 10);
end.writeUInt32LE(centralDirectory.length, 12);
end.writeUInt32LE(offset, 16);
if (files.length > 0xffff || offset > 0xffffffff) fail('the plugin is too large for a zip without zip64');

const zip = Buffer.concat([...localParts, centralDirectory, end]);
writeFileSync(zipPath, zip);
const count = files.filter((file) => !file.directory).length;
console.log(`${relative(root, zipPath)}: ${count} files, ${zip.length} bytes (${(zip.length / 1024).toFixed(1)} KB)`);
