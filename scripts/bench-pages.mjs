/**
 * The pages `npm run bench` measures (scripts/bench.mjs), each one layout of
 * the practice's own text and widgets, built three ways as static pages and,
 * through scripts/wordpress/bench-pages.php, once more as a WordPress page
 * made with the shortcodes:
 *
 *   section          the whole section alone (the bench's first page);
 *   section-in-text  the section between paragraphs, as a practice's page has it;
 *   widgets-in-text  one condition card and one statistic in the middle of text:
 *                    the text after a widget is on screen when it renders.
 *
 * The paragraphs are the practice's own Dutch text (its "Heupklachten" page),
 * as written there.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { page, structuredData } from './prerender.mjs';
import { escapeText, loadWidgets, renderElement, ROOT, startTag, useSettings } from './ssr.mjs';

const TEXT = {
  prevalence:
    'Heupklachten komen minder voor in de huisartsenpraktijk dan nek-, rug-, en knieklachten. In de fysiotherapiepraktijk komt toch ongeveer 3,1 % van de patiënten voor heupklachten.',
  symptoms:
    'Dit zijn zomaar een aantal symptomen die zich voor kunnen doen bij heupproblematiek. Er zijn verschillende vormen van heuppijn, zo is er kraakbeenletsel, artrose, impingement klachten, slijmbeursonsteking(bursitis), maar ook overbelasting waarbij pezen de oorzaak kunnen zijn voor de klacht.',
  fai: 'FAI is het gevolg van veel voorkomende wrijving tussen heupkop en -kom. Deze wrijving is normaal geen probleem, maar de extra wrijving kan het gevolg zijn van een afwijkende kop (CAM impingement) of een afwijkende komstructuur (pincer impingement). Bij beide vormen van impingement kunnen labrum en kraakbeenletsels optreden.',
  surgery:
    'Wanneer er veel klachten in de heup ontstaan na aanleiding van artrose of na een fractuur, kan er geopereerd worden. Een nieuwe heup is dan een optie om de klachten te verhelpen.',
  rehabilitation:
    'Na de operatie mag er gelijk begonnen worden met fysiotherapie, wij kunnen u helpen om na de operatie zo snel mogelijk te revalideren en uw dagelijkse activiteiten weer op te pakken.',
  contact: 'Bel of mail gerust voor informatie en/of voor het maken van een afspraak.',
};

/** The page's title: the h1 of the static pages, the WordPress page's title (its theme prints it as the h1). */
const TITLE = 'Heupklachten';

/** Each widget as an element (static pages) and as a shortcode (WordPress). */
const WIDGETS = {
  section: { tag: 'hip-complaints-section', attributes: { location: 'centrum' }, shortcode: '[hip_complaints_section]', conditions: null },
  card: { tag: 'hip-condition-card', attributes: { condition: 'fai' }, shortcode: '[hip_condition_card condition="fai"]', conditions: ['fai'] },
  figure: { tag: 'stats-figure', attributes: { stat: 'fai-prevalence-hip-pain' }, shortcode: '[hip_stats_figure stat="fai-prevalence-hip-pain"]', conditions: [] },
};

/** Blocks in page order: a paragraph's text, or { widget } (a key of WIDGETS). */
export const LAYOUTS = {
  section: { title: false, blocks: [{ widget: 'section' }] },
  'section-in-text': {
    title: true,
    blocks: [TEXT.prevalence, TEXT.symptoms, { widget: 'section' }, TEXT.surgery, TEXT.rehabilitation, TEXT.contact],
  },
  'widgets-in-text': {
    title: true,
    blocks: [TEXT.prevalence, TEXT.symptoms, { widget: 'card' }, TEXT.fai, { widget: 'figure' }, TEXT.surgery, TEXT.rehabilitation, TEXT.contact],
  },
};

/** How many widgets a layout has on the page itself (not counting those inside the section). */
export const topLevelWidgets = (name) => LAYOUTS[name].blocks.filter((block) => typeof block !== 'string').length;

const MODULE_SCRIPT = '<script type="module" src="/dist/hip-widgets.js"></script>\n';

/** JSON inside a <script>: no `</script>` or `<!--` can end it early. */
const scriptJson = (value) => JSON.stringify(value, null, 2).replace(/</g, '\\u003c');

/**
 * The static pages of every layout, three ways: `prerender` as `npm run prerender`
 * writes a page (the page config, the widgets as declarative shadow DOM, the
 * JSON-LD, the module script), `twin` the same without its script tag (the
 * baseline: the same text and CSS as plain HTML), `client` the page with empty
 * elements for the bundle to render (the one-script-tag page).
 */
export async function staticPages(configPath = 'demo/practice-config.json') {
  const config = JSON.parse(readFileSync(resolve(ROOT, configPath), 'utf8'));
  const widgets = await loadWidgets();
  await useSettings(widgets, { locale: 'nl', config });
  const configScript = `<script type="application/json" data-hip-widgets-config>${scriptJson({ ...config, locale: 'nl' })}</script>\n`;
  const pages = {};
  for (const [name, layout] of Object.entries(LAYOUTS)) {
    const prerendered = [];
    const empty = [];
    const conditions = new Set();
    if (layout.title) {
      prerendered.push(`<h1>${escapeText(TITLE)}</h1>`);
      empty.push(`<h1>${escapeText(TITLE)}</h1>`);
    }
    for (const block of layout.blocks) {
      if (typeof block === 'string') {
        prerendered.push(`<p>${escapeText(block)}</p>`);
        empty.push(`<p>${escapeText(block)}</p>`);
        continue;
      }
      const widget = WIDGETS[block.widget];
      prerendered.push(await renderElement(widget.tag, widget.attributes));
      empty.push(`${startTag(widget.tag, widget.attributes)}</${widget.tag}>`);
      (widget.conditions ?? widgets.CONDITION_IDS).forEach((id) => conditions.add(id));
    }
    const jsonLd = conditions.size ? `<script type="application/ld+json">${scriptJson(structuredData(widgets, 'nl', [...conditions]))}</script>\n` : '';
    const title = widgets.pageText.title();
    const prerender = page({ locale: 'nl', title, fragment: `${configScript}${prerendered.join('\n')}\n${jsonLd}${MODULE_SCRIPT}`, name: 'Fysiotherapie Centrum' });
    pages[name] = {
      twin: prerender.replace(MODULE_SCRIPT, ''),
      client: page({ locale: 'nl', title, fragment: `${configScript}${empty.join('\n')}\n${MODULE_SCRIPT}`, name: 'Fysiotherapie Centrum' }),
      prerender,
    };
  }
  return pages;
}

/**
 * The same layouts as WordPress pages: block content with a Paragraph block per
 * paragraph and a Shortcode block per widget, for scripts/wordpress/bench-pages.php.
 */
export function wordpressPages() {
  return Object.fromEntries(
    Object.entries(LAYOUTS).map(([name, layout]) => [
      name,
      {
        slug: `bench-${name}`,
        title: TITLE,
        content: layout.blocks
          .map((block) =>
            typeof block === 'string'
              ? `<!-- wp:paragraph -->\n<p>${escapeText(block)}</p>\n<!-- /wp:paragraph -->`
              : `<!-- wp:shortcode -->\n${WIDGETS[block.widget].shortcode}\n<!-- /wp:shortcode -->`,
          )
          .join('\n\n'),
      },
    ]),
  );
}

/** The plugin's settings for the bench: the static pages' page config (demo/practice-config.json), in Dutch. */
export function wordpressSettings(configPath = 'demo/practice-config.json') {
  const config = JSON.parse(readFileSync(resolve(ROOT, configPath), 'utf8'));
  return {
    locations: config.locations.map((location) => ({
      id: location.id,
      name: location.name ?? '',
      phone: location.phone ?? '',
      email: location.email ?? '',
      booking_url: location.bookingUrl ?? '',
    })),
    default_location: config.defaultLocation ?? '',
    locale: 'nl',
    load: 'auto',
    review: {
      reviewed: config.review?.reviewed ?? '',
      next_review: config.review?.nextReview ?? '',
      reviewed_by: config.review?.reviewedBy ?? '',
      sources: (config.review?.sources ?? []).map((source) => ({ title: source.title, url: source.url ?? '' })),
    },
  };
}
