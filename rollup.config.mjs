// The one-script-tag bundles: dist/hip-widgets.js (ES module) and
// dist/hip-widgets.iife.js (classic <script src>, global `HipWidgets`).
// Both are single self-contained files with Lit, @lit/localize and the Dutch
// content inlined, so an agency can host them at any URL and path.
//
// The other languages are one small module each, dist/locales/<locale>.js,
// which the bundle imports on first use from beside its own URL (see
// src/localization.ts): a Dutch page never downloads them. Copy dist/ whole.
import { nodeResolve } from '@rollup/plugin-node-resolve';
import terser from '@rollup/plugin-terser';
import minifyHTML from '@lit-labs/rollup-plugin-minify-html-literals';
import esbuild from 'rollup-plugin-esbuild';
import { readFileSync } from 'node:fs';
import { noMsgIdHashing, shortMessageIds } from './scripts/rollup-msg-ids.mjs';

// Same target as tsconfig.json; what the evergreen browsers a CMS page meets run natively.
const TARGET = 'es2021';

/**
 * Fails the build when an output would not stand on its own: extra chunks, or
 * static or bundled dynamic imports of other files. The one dynamic import the
 * bundle keeps (a locale module, by a URL computed from the script's own URL)
 * is not a chunk import and passes.
 */
function singleFileGuard() {
  return {
    name: 'hip-single-file-guard',
    generateBundle(options, bundle) {
      const chunks = Object.values(bundle).filter((item) => item.type === 'chunk');
      if (chunks.length !== 1) {
        this.error(`expected one chunk for ${options.file}, got ${chunks.length}: ${chunks.map((c) => c.fileName).join(', ')}`);
      }
      const [chunk] = chunks;
      if (chunk.dynamicImports.length > 0 || chunk.imports.length > 0) {
        this.error(`${chunk.fileName} imports other files (${[...chunk.imports, ...chunk.dynamicImports].join(', ')}); it must be self-contained`);
      }
    },
  };
}

// Measured on the ES bundle (gzip -9): passes 3 and pure_getters save ~40 B; `unsafe`,
// `unsafe_arrows` and `unsafe_methods` ~60 B more together, not worth their risk
// (arrows cannot be constructors, and Lit's code was not written for them).
const terserOptions = {
  ecma: 2021,
  compress: { passes: 3, pure_getters: true },
  format: { comments: false },
};

const TARGET_LOCALES = JSON.parse(readFileSync('lit-localize.json', 'utf8')).targetLocales;

/**
 * What turns the TypeScript source into the code that ships, without resolving
 * packages: also used by scripts/prerender.mjs, whose server-side render must
 * produce exactly the bundle's templates (Lit hydrates only markup made from
 * the same template strings) and message ids.
 */
export const sourcePlugins = () => [
  // Minifies the markup inside html`` and svg`` templates (html-minifier-next)
  // and the CSS inside css`` ones (minifyCssText). Runs on the TypeScript source, before esbuild.
  minifyHTML({
    include: ['src/**/*.ts'],
    failOnError: true,
    options: { minifyOptions: { minifyCSS: minifyCssText } },
  }),
  // esbuild reads tsconfig.json (experimentalDecorators, useDefineForClassFields: false).
  // Source maps cost nothing unless an output asks for them; scripts/size-breakdown.mjs does.
  esbuild({ target: TARGET, tsconfig: 'tsconfig.json', minify: false, sourceMap: true }),
  // Short message ids in dist/, the same in the bundle and the locale modules; see the script.
  shortMessageIds(),
];

const plugins = () => [
  nodeResolve({
    browser: true,
    // Lit's package exports pick its dev build only under the "development"
    // condition; asking for "production" keeps the quiet, smaller build.
    exportConditions: ['production'],
  }),
  noMsgIdHashing(),
  ...sourcePlugins(),
];

/**
 * Whitespace and comment removal for css`` templates. The plugin's own CSS
 * minifier (lightningcss) loses the `;` after an interpolation
 * (`border: 1px solid ${border}; align-items: …` came out as
 * `…${border}align-items:…`), so only what is safe around `${}` is done here:
 * comments, whitespace, the last `;` of a block, leading zeros. lightningcss
 * with the holes made safe is no smaller (docs/development.md has the figures).
 */
function minifyCssText(text) {
  const holes = [];
  return text
    .replace(/@TEMPLATE_EXPRESSION_*\(\);/g, (hole) => `\uE000${holes.push(hole) - 1}\uE001`)
    .replace(/\/\*[\s\S]*?\*\//g, '')
    .replace(/\s+/g, ' ')
    .replace(/ ?([{};,>]) ?/g, '$1')
    .replace(/: /g, ':')
    .replace(/;}/g, '}')
    .replace(/([\s:(,])0\.(\d)/g, '$1.$2')
    .trim()
    .replace(/\uE000(\d+)\uE001/g, (_, index) => holes[Number(index)]);
}

/** Fail on warnings, so a circular import or a missing export doesn't slip into a release. */
function onwarn(warning, warn) {
  if (warning.code === 'CIRCULAR_DEPENDENCY' && warning.ids?.every((id) => id.includes('node_modules'))) return;
  warn(warning);
  throw new Error(`rollup warning treated as an error: ${warning.message}`);
}

const bundles = {
  input: 'src/index.ts',
  plugins: plugins(),
  onwarn,
  output: [
    {
      file: 'dist/hip-widgets.js',
      format: 'es',
      inlineDynamicImports: true,
      plugins: [terser({ ...terserOptions, module: true }), singleFileGuard()],
    },
    {
      file: 'dist/hip-widgets.iife.js',
      format: 'iife',
      name: 'HipWidgets',
      inlineDynamicImports: true,
      // terser's `module: true` would treat the top-level `var HipWidgets` as
      // module-local and drop the global name.
      plugins: [terser({ ...terserOptions, module: false }), singleFileGuard()],
    },
  ],
};

/** Point a locale module's `import { str } from '@lit/localize'` at the one-line copy in src/internal. */
function localeStrOnly() {
  return {
    name: 'hip-locale-str-only',
    resolveId(source) {
      return source === '@lit/localize' ? this.resolve('./src/internal/localize-str.ts') : null;
    },
  };
}

/** One self-contained ES module per target locale (`templates` keyed by message id). */
const locales = TARGET_LOCALES.map((locale) => ({
  input: `src/locales/${locale}.ts`,
  plugins: [localeStrOnly(), ...plugins()],
  onwarn,
  output: { file: `dist/locales/${locale}.js`, format: 'es', plugins: [terser({ ...terserOptions, module: true }), singleFileGuard()] },
}));

export default [bundles, ...locales];
