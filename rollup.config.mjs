// The one-script-tag bundles: dist/hip-widgets.js (ES module) and
// dist/hip-widgets.iife.js (classic <script src>, global `HipWidgets`).
// Both are single self-contained files with Lit, @lit/localize and the content
// inlined, so an agency can host them at any URL and path.
import { nodeResolve } from '@rollup/plugin-node-resolve';
import terser from '@rollup/plugin-terser';
import esbuild from 'rollup-plugin-esbuild';

// Same target as tsconfig.json; what the evergreen browsers a CMS page meets run natively.
const TARGET = 'es2021';

/**
 * Fails the build when an output would not work as one file from any URL:
 * extra chunks, or code that resolves something relative to its own URL
 * (`import.meta`, dynamic `import()`), which breaks once the file is copied
 * into a CMS's media library.
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
      if (/\bimport\.meta\b/.test(chunk.code)) {
        this.error(`${chunk.fileName} uses import.meta; the bundle must not depend on its own URL`);
      }
    },
  };
}

const terserOptions = {
  ecma: 2021,
  compress: { passes: 2 },
  format: { comments: false },
};

export default {
  input: 'src/index.ts',
  plugins: [
    nodeResolve({
      browser: true,
      // Lit's package exports pick its dev build only under the "development"
      // condition; asking for "production" keeps the quiet, smaller build.
      exportConditions: ['production'],
    }),
    // esbuild reads tsconfig.json (experimentalDecorators, useDefineForClassFields: false).
    esbuild({ target: TARGET, tsconfig: 'tsconfig.json', minify: false, sourceMap: false }),
  ],
  // Fail on warnings, so a circular import or a missing export doesn't slip into a release.
  onwarn(warning, warn) {
    if (warning.code === 'CIRCULAR_DEPENDENCY' && warning.ids?.every((id) => id.includes('node_modules'))) return;
    warn(warning);
    throw new Error(`rollup warning treated as an error: ${warning.message}`);
  },
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
