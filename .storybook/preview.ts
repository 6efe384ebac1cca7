/**
 * What every story shares: the elements (the same entry module the one-script
 * tag loads), the docs tables from custom-elements.json, and the toolbar's
 * language, theme and viewport.
 *
 * The language is one global of the page (@lit/localize allows one locale per
 * document), so it is a toolbar global, never a per-story setting: a docs page
 * shows all its stories in the toolbar's language, and says so.
 */
import { setCustomElementsManifest, type Preview } from '@storybook/web-components-vite';
import manifest from '../custom-elements.json';
import '../src/index.js';
import { allLocales, setLocale } from '../src/localization.js';
// The two example practice themes of the demo page; each applies only under :root[data-hip-theme=…].
import '../demo/themes/zeegroen.css';
import '../demo/themes/nacht.css';
import './preview.css';
import DocsTemplate from './docs-template.mdx';

interface ManifestMember {
  privacy?: string;
  static?: boolean;
}
interface Manifest {
  modules?: { declarations?: { members?: ManifestMember[]; cssParts?: { name: string }[] }[] }[];
}

/**
 * What the docs tables show, from custom-elements.json:
 * - what a page can use: the manifest also lists an element's private and
 *   static members (`pageConfig`, `styles`), which are none of a page's business;
 * - parts as `::part(phone)`: Storybook keys its table rows by name, so a part
 *   named like an attribute (`phone`, `email`, `practice-name` of
 *   appointment-cta) would replace that attribute's row and control.
 */
function forDocs(full: Manifest): Manifest {
  return {
    ...full,
    modules: full.modules?.map((module) => ({
      ...module,
      declarations: module.declarations?.map((declaration) => ({
        ...declaration,
        members: declaration.members?.filter((member) => !member.static && (member.privacy ?? 'public') === 'public'),
        cssParts: declaration.cssParts?.map((part) => ({ ...part, name: `::part(${part.name})` })),
      })),
    })),
  };
}

setCustomElementsManifest(forDocs(manifest as Manifest));

const LANGUAGE_NAMES: Record<string, string> = { nl: 'Nederlands (source)', en: 'English', de: 'Deutsch', fr: 'Français' };

/** The themes of demo/themes/, keyed by their `data-hip-theme` value; '' is the widgets' own defaults. */
const THEMES = [
  { value: '', title: 'Default (inherits the page)' },
  { value: 'zeegroen', title: 'Zeegroen (light, brand green)' },
  { value: 'nacht', title: 'Nacht (dark page)' },
];

/**
 * Controls for what custom-elements.json lists. Attributes get their controls
 * in each stories file (a select for `condition`, …); here:
 * - CSS custom properties get a text field (a colour picker for colours), so a
 *   designer can try a value; empty means the default shown in the table;
 * - the JS properties that mirror an attribute stay in the table for
 *   developers, without a control of their own (the attribute's drives the story);
 * - parts and events are listed, without a control.
 */
const controlsForManifest: NonNullable<Preview['argTypesEnhancers']>[number] = ({ argTypes }) =>
  Object.fromEntries(
    Object.entries(argTypes).map(([name, argType]) => {
      const category = argType.table?.category;
      if (category === 'css custom properties') {
        const color = /-(color|background)$/.test(name);
        return [name, { ...argType, type: { name: 'string' }, control: argType.control ?? { type: color ? 'color' : 'text' } }];
      }
      // Parts and events are documentation: nothing to set.
      if (category === 'properties' || category === 'css shadow parts' || category === 'events') return [name, { ...argType, control: false }];
      return [name, argType];
    }),
  );

const preview: Preview = {
  tags: ['autodocs'],
  argTypesEnhancers: [controlsForManifest],

  globalTypes: {
    locale: {
      description: 'Language of the widgets (one per page)',
      toolbar: {
        title: 'Language',
        icon: 'globe',
        items: allLocales.map((locale) => ({ value: locale, title: LANGUAGE_NAMES[locale] ?? locale, right: locale })),
        dynamicTitle: true,
      },
    },
    theme: {
      description: 'Example practice theme (demo/themes)',
      toolbar: {
        title: 'Theme',
        icon: 'paintbrush',
        items: THEMES,
        dynamicTitle: true,
      },
    },
  },

  initialGlobals: {
    locale: 'nl',
    theme: '',
  },

  loaders: [
    // Before each story renders: the page's theme, then its language, awaited, so the
    // story (and the accessibility check after it) sees the finished text.
    async ({ globals }) => {
      const root = document.documentElement;
      const theme = typeof globals.theme === 'string' ? globals.theme : '';
      if (theme) root.dataset.hipTheme = theme;
      else delete root.dataset.hipTheme;

      const locale = (allLocales as readonly string[]).includes(globals.locale) ? (globals.locale as string) : 'nl';
      // <html lang> tells screen readers (and the axe check) which language the text is in.
      root.lang = locale;
      await setLocale(locale);
      return {};
    },
  ],

  parameters: {
    layout: 'padded',
    controls: { expanded: true, sort: 'requiredFirst' },
    docs: { page: DocsTemplate, toc: false },
    viewport: {
      options: {
        phone: { name: 'Phone (375 × 667)', styles: { width: '375px', height: '667px' }, type: 'mobile' },
        phoneSmall: { name: 'Small phone (320 × 568)', styles: { width: '320px', height: '568px' }, type: 'mobile' },
        desktop: { name: 'Desktop (1280 × 800)', styles: { width: '1280px', height: '800px' }, type: 'desktop' },
      },
    },
    a11y: {
      // Every story must pass axe: the panel shows violations as errors, not as to-dos.
      test: 'error',
    },
  },
};

export default preview;
