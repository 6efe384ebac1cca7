/**
 * Storybook for designers: every element in every state, in the four
 * languages and the example themes, with docs tables from custom-elements.json
 * and the accessibility panel. Configured by hand (see docs/development.md, Storybook).
 *
 * `npm run storybook` serves it on 127.0.0.1:6006; `npm run build-storybook`
 * writes the static site to storybook-static/. Both first generate what the
 * preview imports and .gitignore keeps out of git: src/locales/*.ts
 * (`npm run localize:build`) and custom-elements.json (`npm run build:manifest`).
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { StorybookConfig } from '@storybook/web-components-vite';
import { localeModules } from './locale-modules.ts';

const root = fileURLToPath(new URL('..', import.meta.url));
const { targetLocales } = JSON.parse(readFileSync(new URL('../lit-localize.json', import.meta.url), 'utf8')) as { targetLocales: string[] };

const config: StorybookConfig = {
  framework: { name: '@storybook/web-components-vite', options: {} },
  stories: ['../stories/**/*.mdx', '../stories/**/*.stories.ts'],
  addons: ['@storybook/addon-docs', '@storybook/addon-a11y'],
  core: {
    // No telemetry or crash reports. The npm scripts' --disable-telemetry (and STORYBOOK_DISABLE_TELEMETRY=1
    // in .ci/run) also cover what the CLI does before it has read this file.
    disableTelemetry: true,
    disableWhatsNewNotifications: true,
    enableCrashReports: false,
  },
  docs: { defaultName: 'Docs' },
  async viteFinal(viteConfig) {
    const { mergeConfig } = await import('vite');
    return mergeConfig(viteConfig, {
      plugins: [localeModules({ root, locales: targetLocales })],
      // The dev server would pre-bundle `lit` but serve other Lit entry points (the renderer's
      // `lit/directive-helpers.js`) from node_modules: two copies of lit-html on one page ("Multiple
      // versions of Lit loaded"), and directives of one copy break in templates of the other.
      // Served as they are, every import shares one copy. (A build bundles one copy anyway.)
      optimizeDeps: { exclude: ['lit', 'lit-html', 'lit-element', '@lit/reactive-element', '@lit/localize'] },
      // The elements are TypeScript with Lit's legacy decorators; tsconfig.json says so
      // (experimentalDecorators, useDefineForClassFields: false) and Vite reads it from there.
    });
  },
};

export default config;
