// custom-elements.json: the machine-readable API of every element (tags,
// attributes, properties, events, slots, parts, CSS custom properties), read
// from the classes and their JSDoc. Storybook's docs tables and editors use it.
//
// The plugins below fit the analyzer to this code base:
// - elements register with src/internal/define.ts's guarded `customElement`,
//   always with a string literal (the analyzer cannot follow a constant);
// - events are typed classes (src/events.ts) dispatched as `new XEvent(…)`.
// The last plugin fails the build if an element still lacks a tag name.

import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';

const VALID_TAG = /^[a-z][a-z0-9._]*-[a-z0-9._-]*$/;

/**
 * Cleans what the analyzer cannot know:
 * - the `customElements.define(tag, elementClass)` inside the guard itself is
 *   not a definition of an element (its "tag" is a parameter name);
 * - `dispatchEvent(new HipXEvent(…))` yields a nameless event: name it from the
 *   event class's `static eventName`, and merge it with the JSDoc `@fires` entry.
 */
function cleanupPlugin() {
  return {
    name: 'hip-cleanup',
    packageLinkPhase({ customElementsManifest }) {
      const eventNames = new Map();
      for (const mod of customElementsManifest.modules ?? []) {
        for (const declaration of mod.declarations ?? []) {
          const field = declaration.members?.find((m) => m.static && m.name === 'eventName' && typeof m.default === 'string');
          if (field) eventNames.set(declaration.name, field.default.replace(/^['"`]|['"`]$/g, ''));
        }
      }

      for (const mod of customElementsManifest.modules ?? []) {
        mod.exports = mod.exports?.filter((entry) => entry.kind !== 'custom-element-definition' || VALID_TAG.test(entry.name ?? ''));

        for (const declaration of mod.declarations ?? []) {
          if (!declaration.events) continue;
          const byName = new Map();
          for (const event of declaration.events) {
            const name = event.name ?? eventNames.get(event.type?.text);
            if (!name) continue;
            const merged = { ...byName.get(name), ...event, name };
            // Keep the typed class and the JSDoc description from whichever entry has them.
            merged.type = event.type ?? byName.get(name)?.type;
            merged.description = event.description ?? byName.get(name)?.description;
            byName.set(name, Object.fromEntries(Object.entries(merged).filter(([, v]) => v !== undefined)));
          }
          declaration.events = [...byName.values()];
        }
      }
    },
  };
}

/**
 * Every class registered as an element must come out with a valid tag name. Where
 * its file names the tag again (`const TAG = '…'` for console messages, the
 * `HTMLElementTagNameMap` entry), that must be the decorator's.
 */
function checkPlugin() {
  return {
    name: 'hip-check',
    packageLinkPhase({ customElementsManifest }) {
      const problems = [];
      for (const mod of customElementsManifest.modules ?? []) {
        for (const declaration of mod.declarations ?? []) {
          if (declaration.customElement && !VALID_TAG.test(declaration.tagName ?? '')) {
            problems.push(`${mod.path}: class ${declaration.name} is a custom element without a tag name the analyzer can read`);
          }
          if (declaration.customElement) {
            // The element's file and the modules split off beside it (`<tag>.helpers.ts`, which may hold the TAG).
            const folder = dirname(mod.path);
            const files = [mod.path, ...readdirSync(folder).filter((name) => name.startsWith(`${declaration.tagName}.`) && name.endsWith('.ts')).map((name) => join(folder, name))];
            for (const file of new Set(files)) {
              const source = readFileSync(file, 'utf8');
              const repeats = [/^(?:export )?const TAG = '([^']*)';$/m, /interface HTMLElementTagNameMap \{\s*'([^']*)'/].map((pattern) => pattern.exec(source)?.[1]);
              for (const tag of repeats) {
                if (tag !== undefined && tag !== declaration.tagName) problems.push(`${file}: names its tag '${tag}' besides the decorator's '${declaration.tagName}'`);
              }
            }
          }
          for (const event of declaration.events ?? []) {
            if (!event.name) problems.push(`${mod.path}: ${declaration.name} dispatches an event without a name`);
          }
        }
      }
      if (problems.length > 0) {
        for (const problem of problems) console.error(`custom-elements-manifest: ${problem}`);
        process.exitCode = 1;
      }
    },
  };
}

export default {
  globs: ['src/**/*.ts'],
  // src/internal/hip-element.ts is the elements' shared base class, not an element of its own:
  // what it adds (a first render in its own task, updateComplete including inner elements) is
  // behaviour, not API, and would otherwise be listed as an element without a tag.
  exclude: ['src/**/*.test.ts', 'src/**/*.stories.ts', 'src/locales/**', 'src/internal/hip-element.ts'],
  outdir: '.',
  // Lit support: @property/@state, static styles, and @customElement — the
  // analyzer matches the decorator by name, so src/internal/define.ts's guarded
  // `customElement` is recognised like Lit's own.
  litelement: true,
  // package.json already names custom-elements.json; don't let the analyzer rewrite it.
  packagejson: false,
  plugins: [cleanupPlugin(), checkPlugin()],
};
