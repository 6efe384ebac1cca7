#!/usr/bin/env node
/**
 * Packs the WordPress plugin: copies the built widgets (dist/: the ES module,
 * the classic bundle and locales/, which the module loads from beside itself)
 * into wordpress/hip-widgets/assets/, then writes dist/hip-widgets-wordpress.zip
 * with the plugin folder `hip-widgets/` at its root, as "Plugins → Add New →
 * Upload Plugin" expects.
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

/**
 * What of dist/ the plugin does not ship: type declarations, the editor data (docs/editors.md),
 * `npm run prerender`'s pages, and zips (this one included).
 */
const underDist = (path, folder) => path === join(dist, folder) || path.startsWith(join(dist, folder) + sep);
const skipFromDist = (path) =>
  underDist(path, 'types') || underDist(path, 'prerender') || path.endsWith('.zip') || path.endsWith('.d.ts') || path === join(dist, 'vscode.html-custom-data.json');
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
// The pre-rendered markup the shortcodes print (scripts/wordpress/build-fragments.mjs).
for (const locale of ['nl', 'en', 'de', 'fr']) {
  if (!existsSync(join(plugin, 'fragments', `${locale}.php`))) fail(`wordpress/hip-widgets/fragments/${locale}.php is missing: run \`npm run build:wordpress\`.`);
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

// 3. dist/ → the plugin's assets/.
rmSync(assets, { recursive: true, force: true });
mkdirSync(assets, { recursive: true });
cpSync(dist, assets, { recursive: true, filter: (source) => !skipFromDist(source) });

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
