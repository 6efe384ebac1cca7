/**
 * Makes the widgets' lazy locale modules load in Storybook, without touching
 * src/localization.ts.
 *
 * src/localization.ts loads a language as `new URL('./locales/<locale>.js',
 * import.meta.url)`: beside the script, the way dist/ is laid out. Under Vite
 * that URL points to something that does not exist yet:
 * - dev server: `/src/locales/en.js`, while the generated source is
 *   `src/locales/en.ts` (`npm run localize:build`). The middleware below
 *   serves the TypeScript module for that `.js` request, as
 *   web-test-runner.config.mjs does for the tests.
 * - static build: `import.meta.url` is the URL of the chunk that holds
 *   localization.ts, in `assets/`. The build emits each locale module as its
 *   own chunk named `assets/locales/<locale>.js`, and checks at the end that
 *   localization.ts really landed in `assets/`, so the two stay beside each
 *   other (a Storybook upgrade that moves chunks fails the build, loudly,
 *   instead of leaving English, German and French silently Dutch).
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import type { Plugin } from 'vite';

/** Where the built Storybook puts its JavaScript chunks, and so where localization.ts ends up. */
const CHUNK_DIR = 'assets';

export function localeModules({ root, locales }: { root: string; locales: readonly string[] }): Plugin {
  const source = (locale: string) => join(root, 'src', 'locales', `${locale}.ts`);
  let building = false;

  return {
    name: 'hip-widgets:locale-modules',

    configResolved(config) {
      building = config.command === 'build';
    },

    configureServer(server) {
      server.middlewares.use((request, _response, next) => {
        const match = /^(.*\/src\/locales\/)([a-z]{2})\.js(\?.*)?$/.exec(request.url ?? '');
        if (match && existsSync(source(match[2]))) request.url = `${match[1]}${match[2]}.ts${match[3] ?? ''}`;
        next();
      });
    },

    buildStart() {
      if (!building) return;
      for (const locale of locales) {
        if (!existsSync(source(locale))) {
          this.error(`src/locales/${locale}.ts is missing; run \`npm run localize:build\` first (the storybook scripts do)`);
        }
        this.emitFile({ type: 'chunk', id: source(locale), fileName: `${CHUNK_DIR}/locales/${locale}.js`, preserveSignature: 'strict' });
      }
    },

    generateBundle(_options, bundle) {
      if (!building) return;
      const localization = join(root, 'src', 'localization.ts');
      const chunk = Object.values(bundle).find((output) => output.type === 'chunk' && Object.keys(output.modules).includes(localization));
      if (!chunk) this.error('src/localization.ts is in no chunk of the Storybook build');
      else if (!/^assets\/[^/]+\.js$/.test(chunk.fileName)) {
        this.error(`src/localization.ts went to ${chunk.fileName}, not beside ${CHUNK_DIR}/locales/; the widgets would not find their translations`);
      }
    },
  };
}
