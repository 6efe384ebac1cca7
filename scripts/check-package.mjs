#!/usr/bin/env node
// What `npm pack` would ship (run `npm run build` first): what a user needs and nothing else.
// Needed: the two bundles, each target locale's module, the type declarations, the manifest, the
// editor data (docs/editors.md), and every file package.json's exports and fields name. Nothing
// else: no tests, stories, sources, pre-rendered pages or the WordPress plugin's zip.
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';

const pkg = JSON.parse(readFileSync('package.json', 'utf8'));
const { targetLocales } = JSON.parse(readFileSync('lit-localize.json', 'utf8'));
const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';
const [pack] = JSON.parse(execFileSync(npm, ['pack', '--dry-run', '--json', '--ignore-scripts'], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }));
const files = new Set(pack.files.map((file) => file.path));

const ALLOWED = [
  /^(README\.md|package\.json|custom-elements\.json)$/,
  /^dist\/hip-widgets(\.iife)?\.js$/,
  /^dist\/locales\/[a-zA-Z-]+\.js$/,
  /^dist\/types\/(?!locales\/)[\w/.-]+\.d\.ts$/,
  /^dist\/(vscode\.html-custom-data\.json|react-jsx\.d\.ts)$/,
];
const exportTargets = (value) => (typeof value === 'string' ? [value] : Object.values(value ?? {}).flatMap(exportTargets));
const needed = new Set(
  [
    ...exportTargets(pkg.exports),
    pkg.main,
    pkg.module,
    pkg.types,
    pkg.customElements,
    ...targetLocales.map((locale) => `dist/locales/${locale}.js`),
  ].map((path) => path.replace(/^\.\//, '')),
);

const problems = [];
for (const path of needed) if (!files.has(path)) problems.push(`missing: ${path}`);
for (const path of files) if (!ALLOWED.some((pattern) => pattern.test(path))) problems.push(`not for users: ${path}`);
if (problems.length > 0) {
  for (const problem of problems) console.error(`check-package: ${problem}`);
  process.exit(1);
}
console.log(`package: ${files.size} files, ${pack.size} B packed; everything package.json names is in it, nothing else`);
