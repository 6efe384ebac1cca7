#!/usr/bin/env node
// Checks what scripts/editor-data.mjs generated (run `npm run build` first):
// - dist/vscode.html-custom-data.json lists every element of custom-elements.json, each with every
//   attribute, and nothing else;
// - dist/react-jsx.d.ts type-checks a React 19 component that uses every element
//   (test/editor-data/react-jsx.check.tsx): right attributes compile, and each `@ts-expect-error`
//   (a wrong value type, a wrong event type, an unknown tag) must meet an error.
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { elementsOf, REACT_TYPES, VSCODE_DATA } from './editor-data.mjs';

const problems = [];
for (const file of ['custom-elements.json', VSCODE_DATA, REACT_TYPES]) {
  if (!existsSync(file)) {
    console.error(`check-editor-data: ${file} missing: run \`npm run build\` first`);
    process.exit(1);
  }
}

const elements = elementsOf(JSON.parse(readFileSync('custom-elements.json', 'utf8')));
const vscode = JSON.parse(readFileSync(VSCODE_DATA, 'utf8'));
const tags = new Map(vscode.tags.map((tag) => [tag.name, tag]));
if (elements.length === 0) problems.push('custom-elements.json has no element');
for (const element of elements) {
  const tag = tags.get(element.tag);
  if (!tag) {
    problems.push(`${VSCODE_DATA}: <${element.tag}> missing`);
    continue;
  }
  if (!tag.description?.value) problems.push(`${VSCODE_DATA}: <${element.tag}> has no description`);
  const names = (tag.attributes ?? []).map((attribute) => attribute.name).sort();
  const expected = element.attributes.map((attribute) => attribute.name).sort();
  if (names.join() !== expected.join()) problems.push(`${VSCODE_DATA}: <${element.tag}> lists [${names}], the manifest [${expected}]`);
}
for (const name of tags.keys()) {
  if (!elements.some((element) => element.tag === name)) problems.push(`${VSCODE_DATA}: <${name}> is not in the manifest`);
}
const uses = readFileSync('test/editor-data/react-jsx.check.tsx', 'utf8');
for (const element of elements) {
  if (!uses.includes(`<${element.tag} `)) problems.push(`test/editor-data/react-jsx.check.tsx does not use <${element.tag}>`);
}

try {
  execFileSync(process.execPath, ['node_modules/typescript/bin/tsc', '-p', 'test/editor-data/tsconfig.json'], { stdio: 'pipe' });
} catch (error) {
  problems.push(`${REACT_TYPES}: test/editor-data/react-jsx.check.tsx does not type-check:\n${error.stdout}${error.stderr}`);
}

if (problems.length > 0) {
  for (const problem of problems) console.error(`check-editor-data: ${problem}`);
  process.exit(1);
}
console.log(`editor data: ${elements.length} elements and ${elements.reduce((n, e) => n + e.attributes.length, 0)} attributes in ${VSCODE_DATA}; ${REACT_TYPES} type-checks`);
