// ESLint flat config: JavaScript and TypeScript basics, Lit's template rules and
// the web-component best practices, over the sources, tests, stories, scripts
// and these config files.
import js from '@eslint/js';
import { defineConfig } from 'eslint/config';
import litPlugin from 'eslint-plugin-lit';
import wcPlugin from 'eslint-plugin-wc';
import globals from 'globals';
import tseslint from 'typescript-eslint';
import hipPlugin from './scripts/eslint-safe-url.mjs';

export default defineConfig(
  {
    ignores: ['dist/', 'src/locales/', 'wordpress/hip-widgets/assets/', 'coverage/', 'storybook-static/', '.tmp/', 'node_modules/', 'custom-elements.json'],
  },
  js.configs.recommended,
  tseslint.configs.recommended,
  {
    // Element code and browser tests.
    files: ['src/**/*.ts', 'test/**/*.ts', 'stories/**/*.ts'],
    ...litPlugin.configs['flat/recommended'],
    languageOptions: { globals: globals.browser },
  },
  {
    files: ['src/**/*.ts', 'test/**/*.ts', 'stories/**/*.ts'],
    ...wcPlugin.configs['flat/best-practice'],
  },
  {
    files: ['src/**/*.ts', 'test/**/*.ts', 'stories/**/*.ts'],
    // Lets the wc rules treat `extends LitElement` classes as custom elements.
    settings: { wc: { elementBaseClasses: ['LitElement'] } },
    rules: {
      // LitElement always defines connectedCallback & co., so the guard this rule wants is dead code.
      'wc/guard-super-call': 'off',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_', caughtErrors: 'none' }],
    },
  },
  {
    // The library's own templates: every URL through safeUrl() (tests may write a bad one on purpose).
    files: ['src/**/*.ts'],
    plugins: { hip: hipPlugin },
    rules: { 'hip/safe-url': 'error' },
  },
  {
    files: ['test/**/*.ts'],
    languageOptions: { globals: { ...globals.browser, ...globals.mocha } },
    rules: {
      // chai's property assertions (`expect(x).to.be.true`) are expressions by design.
      '@typescript-eslint/no-unused-expressions': 'off',
      // Tests may assert what they just checked exists (`el.shadowRoot!`).
      '@typescript-eslint/no-non-null-assertion': 'off',
    },
  },
  {
    // Build scripts and config files run in Node.
    files: ['scripts/**/*.{js,mjs}', '*.{js,mjs}', '.storybook/**/*.{js,mjs}'],
    languageOptions: { globals: globals.node },
  },
);
