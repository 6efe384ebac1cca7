#!/usr/bin/env node
/**
 * The WordPress plugin's pre-rendered HTML, made from the Lit templates at
 * build time: PHP cannot run Lit, and templates copied by hand into PHP would
 * drift. Every element is rendered here with @lit-labs/ssr (scripts/ssr.mjs,
 * the renderer `npm run prerender` uses), once per language and per variant
 * whose markup differs in structure (heading level, which contact links a call
 * to action has, …). What differs per site (the practice's name, phone number,
 * e-mail, booking URL, the locations of the picker) is rendered as a marker
 * value and turned into a hole, `{{hip:name}}`, that the plugin fills with the
 * escaped value (wordpress/hip-widgets/includes/render.php). Lists are holes
 * too: the section's cards (any conditions, any order), the picker's
 * locations and the review's sources, each item from a template of its own.
 * Styles are stored once and referred to. The section's review record (its
 * footer) is a hole filled with one of the footer's shapes (which of its lines
 * it has); its dates are written by the plugin from the language's date
 * pattern and month names, taken from the renderer here.
 *
 * Writes wordpress/hip-widgets/fragments/<locale>.php (a PHP array, so OPcache
 * keeps it in shared memory), one per language. Checks its own work: each
 * variant filled back with the marker values must give the markup the renderer
 * gave, or the build fails.
 *
 *   node scripts/wordpress/build-fragments.mjs      (part of npm run build:wordpress)
 */
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { structuredData } from '../prerender.mjs';
import { loadWidgets, renderElement, ROOT, useSettings } from '../ssr.mjs';

const OUT = join(ROOT, 'wordpress', 'hip-widgets', 'fragments');
const LEVELS = [2, 3, 4, 5, 6];

/** Values that stand in for a site's own, each unique in the markup, valid for the elements' parsers. */
const MARKER = {
  name: 'hipMarkerNameX',
  booking: 'https://hole.invalid/hip-marker-booking',
  phoneDisplay: '+999 1111111111',
  phoneHref: 'tel:+9991111111111',
  emailDisplay: 'hip-marker@hole.invalid',
  emailHref: 'mailto:hip-marker@hole.invalid',
  optionValue: 'hip-marker-option',
  optionLabel: 'hipMarkerOptionX',
  // Two dates whose day, month and year differ from each other and from anything else in the section.
  reviewed: '1999-12-28',
  nextReview: '1998-11-27',
  reviewedBy: 'hipMarkerReviewerX',
  sourceTitle: 'hipMarkerSourceX',
  sourceUrl: 'https://hole.invalid/hip-marker-source',
};
const hole = (name) => `{{hip:${name}}}`;

function fail(message) {
  throw new Error(`build-fragments: ${message}`);
}

/** Replaces every occurrence of each marker, in order (a longer marker before one it contains). */
function toHoles(markup, pairs) {
  let result = markup;
  for (const [marker, name] of pairs) result = result.split(marker).join(hole(name));
  return result;
}

/**
 * As toHoles, but only in text the templates render (child parts: `<!--lit-part-->text<!--/lit-part-->`):
 * a formatted number ("100%") may also be written in the markup itself (x="100%", a style).
 */
function toHolesInText(markup, pairs) {
  return markup.replace(/(<!--lit-part-->)([^<]*)(<!--\/lit-part-->)/g, (whole, open, text, close) => `${open}${toHoles(text, pairs)}${close}`);
}

/** What the PHP side does: each hole replaced by its value, in one pass. */
function fill(template, values) {
  return template.replace(/\{\{hip:([a-z0-9:-]+)\}\}/g, (whole, name) => (name in values ? values[name] : whole));
}

function expectSame(actual, expected, what) {
  if (actual === expected) return;
  let at = 0;
  while (actual[at] === expected[at]) at += 1;
  fail(`${what}: filling the holes back does not give the rendered markup, from character ${at}:\n  got      ${JSON.stringify(actual.slice(at, at + 160))}\n  rendered ${JSON.stringify(expected.slice(at, at + 160))}`);
}

/** An element's markup split into its start tag (the plugin writes its own), its content (the shadow root's template) and end tag. */
function inner(markup, tag) {
  const start = markup.indexOf('>') + 1;
  const end = markup.lastIndexOf(`</${tag}>`);
  if (!markup.startsWith(`<${tag}`) || end < start) fail(`unexpected markup for <${tag}>: ${markup.slice(0, 120)}`);
  return markup.slice(start, end);
}

/** The one place where two variants differ: their common start and end, and each one's middle. */
function difference(a, b) {
  let start = 0;
  while (start < a.length && a[start] === b[start]) start += 1;
  let end = 0;
  while (end < a.length - start && end < b.length - start && a[a.length - 1 - end] === b[b.length - 1 - end]) end += 1;
  return { prefix: a.slice(0, start), suffix: a.slice(a.length - end), a: a.slice(start, a.length - end), b: b.slice(start, b.length - end) };
}

/** A list part's items: its top-level `<!--lit-part …-->…<!--/lit-part-->` groups, in order. */
function listItems(markup) {
  const items = [];
  const marker = /<!--(\/?)lit-part[^>]*-->/g;
  let depth = 0;
  let start = 0;
  for (let match; (match = marker.exec(markup)); ) {
    if (match[1]) {
      depth -= 1;
      if (depth === 0) items.push(markup.slice(start, marker.lastIndex));
    } else {
      if (depth === 0) start = match.index;
      depth += 1;
    }
  }
  if (depth !== 0 || items.join('') !== markup) fail(`a list that is not a sequence of parts: ${markup.slice(0, 120)}`);
  return items;
}

/** Renders with the console captured: marker values make the elements warn (a location that is not in the config, …). */
async function quietly(render) {
  const saved = { warn: console.warn, error: console.error, info: console.info };
  console.warn = console.error = console.info = () => {};
  try {
    return await render();
  } finally {
    Object.assign(console, saved);
  }
}

/** Style elements, each stored once: the same one is in every card and call to action. */
class Styles {
  constructor() {
    this.byText = new Map();
  }

  /** The markup with each <style> replaced by a reference to it. */
  factor(markup) {
    return markup.replace(/<style>[\s\S]*?<\/style>/g, (style) => {
      if (!this.byText.has(style)) this.byText.set(style, `style-${this.byText.size}`);
      return hole(this.byText.get(style));
    });
  }

  table() {
    return Object.fromEntries([...this.byText].map(([style, name]) => [name, style]));
  }
}

const CONTACT_MARKERS = [
  [MARKER.phoneHref, 'phone-href'],
  [MARKER.phoneDisplay, 'phone-display'],
  [MARKER.emailHref, 'email-href'],
  [MARKER.emailDisplay, 'email-display'],
  [MARKER.booking, 'booking'],
  [MARKER.name, 'name'],
];
const CONTACT_VALUES = Object.fromEntries(CONTACT_MARKERS.map(([marker, name]) => [name, marker]));

/** Call-to-action variants: which of name (n), location picker (p), booking (b), phone (t), e-mail (e) it shows. */
function ctaVariants() {
  const variants = [];
  for (let bits = 0; bits < 32; bits += 1) {
    const key = ['n', 'p', 'b', 't', 'e'].filter((_, index) => bits & (1 << index)).join('') || '-';
    variants.push({ key, name: bits & 1, pick: bits & 2, booking: bits & 4, phone: bits & 8, email: bits & 16 });
  }
  return variants;
}

const pickerConfig = {
  locations: [
    { id: MARKER.optionValue, name: MARKER.optionLabel, phone: '020 123 4567' },
    { id: `${MARKER.optionValue}-2`, name: `${MARKER.optionLabel}2`, phone: '020 123 4567' },
  ],
};

async function ctaFragments(widgets, locale, styles) {
  const variants = {};
  let option;
  for (const variant of ctaVariants()) {
    const attributes = {
      ...(variant.name && { 'practice-name': MARKER.name }),
      ...(variant.booking && { 'booking-url': MARKER.booking }),
      ...(variant.phone && { phone: MARKER.phoneDisplay }),
      ...(variant.email && { email: MARKER.emailDisplay }),
    };
    await useSettings(widgets, { locale, config: variant.pick ? pickerConfig : { locations: [] } });
    const rendered = inner(await quietly(() => renderElement('appointment-cta', attributes)), 'appointment-cta');
    let markup = rendered;
    if (variant.pick) {
      // The picker's options: a list hole, and the template of one option.
      const list = /(<\/option>)(<!--lit-part-->)([\s\S]*?)(<!--\/lit-part--><\/select>)/.exec(markup);
      if (!list) fail(`no location list in the call to action's picker (${locale})`);
      const items = listItems(list[3]);
      if (items.length !== 2) fail(`expected two picker options, found ${items.length}`);
      const template = toHoles(items[0], [
        [MARKER.optionValue, 'option-value'],
        [MARKER.optionLabel, 'option-label'],
      ]);
      expectSame(fill(template, { 'option-value': `${MARKER.optionValue}-2`, 'option-label': `${MARKER.optionLabel}2` }), items[1], `${locale} picker option`);
      if (option !== undefined && option !== template) fail('the picker option differs between variants');
      option = template;
      markup = markup.slice(0, list.index) + list[1] + list[2] + hole('options') + list[4] + markup.slice(list.index + list[0].length);
    }
    const template = toHoles(markup, CONTACT_MARKERS);
    if (/hip-?marker|hole\.invalid|1111111111/i.test(template)) fail(`a marker value is left in the call to action (${locale}, ${variant.key})`);
    const options = variant.pick ? fill(option, { 'option-value': MARKER.optionValue, 'option-label': MARKER.optionLabel }) + fill(option, { 'option-value': `${MARKER.optionValue}-2`, 'option-label': `${MARKER.optionLabel}2` }) : '';
    expectSame(fill(template, { ...CONTACT_VALUES, options }), rendered, `${locale} call to action ${variant.key}`);
    variants[variant.key] = styles.factor(template);
  }
  return { variants, option };
}

async function cardFragments(widgets, locale, styles) {
  await useSettings(widgets, { locale, config: { locations: [] } });
  const cards = {};
  let open;
  for (const id of widgets.CONDITION_IDS) {
    cards[id] = {};
    for (const level of LEVELS) {
      const closed = inner(await renderElement('hip-condition-card', { condition: id, 'heading-level': String(level) }), 'hip-condition-card');
      const opened = inner(await renderElement('hip-condition-card', { condition: id, open: true, 'heading-level': String(level) }), 'hip-condition-card');
      const { prefix, suffix, a, b } = difference(closed, opened);
      // Open or closed differs in one attribute of the <details>: a hole, not a second copy of the card.
      if (open && (open.closed !== a || open.opened !== b)) fail(`open and closed cards differ otherwise for ${id}, level ${level}`);
      open = { closed: a, opened: b };
      cards[id][level] = styles.factor(prefix + hole('open') + suffix);
    }
  }
  if (open.opened.trim() !== 'open' || open.closed.trim() !== '') fail(`unexpected open/closed difference: ${JSON.stringify(open)}`);
  return { cards, open };
}

const SECTION_CONTACT_ATTRIBUTES = ['location', 'booking-url', 'phone', 'email', 'practice-name'];
/**
 * A marker value for each of the section's contact attributes. The booking URL is a usable one, so
 * the call to action inside has something to offer and renders its content (cut out for the cta hole).
 */
const attributeMarker = (name) => (name === 'booking-url' ? `https://hole.invalid/hipMarkerAttr${name}X` : `hipMarkerAttr${name}X`);

async function sectionFragments(widgets, locale, styles, cards) {
  const shells = {};
  const items = {};
  for (const level of LEVELS) {
    const attributes = { 'heading-level': String(level) };
    for (const name of SECTION_CONTACT_ATTRIBUTES) attributes[name] = attributeMarker(name);
    await useSettings(widgets, { locale, config: { locations: [] } });
    let markup = inner(await quietly(() => renderElement('hip-complaints-section', attributes)), 'hip-complaints-section');

    // The cards: a list hole, each item from one template per level.
    const list = /(<ul class="conditions" part="conditions"><!--lit-part-->)([\s\S]*)(<!--\/lit-part--><\/ul>)/.exec(markup);
    if (!list) fail(`no list of cards in the section (${locale}, level ${level})`);
    const rendered = listItems(list[2]);
    if (rendered.length !== widgets.CONDITION_IDS.length) fail(`expected ${widgets.CONDITION_IDS.length} cards in the section, found ${rendered.length}`);
    const cardLevel = Math.min(level + 2, 6);
    rendered.forEach((item, index) => {
      const id = widgets.CONDITION_IDS[index];
      const card = fill(cards.cards[id][cardLevel], { open: cards.open.closed });
      const template = item.replace(` condition="${id}"`, ` condition="${hole('condition')}"`);
      const [before, after] = template.split(/defer-hydration>/);
      const cardMarkup = after?.slice(0, after.lastIndexOf('</hip-condition-card>'));
      if (!cardMarkup || styles.factor(cardMarkup) !== card) fail(`the section's ${id} card (${locale}, level ${level}) is not the card rendered on its own`);
      const itemTemplate = `${before}defer-hydration>${hole('card')}${after.slice(after.lastIndexOf('</hip-condition-card>'))}`;
      if (items[level] !== undefined && items[level] !== itemTemplate) fail(`the section's card items differ (${locale}, level ${level}, ${id})`);
      items[level] = itemTemplate;
    });
    markup = markup.slice(0, list.index) + list[1] + hole('cards') + list[3] + markup.slice(list.index + list[0].length);

    // The call to action inside: its start tag's attributes are the section's, its content a call-to-action
    // variant, or, when it has nothing to offer, the empty content of a hidden call to action (cta-empty).
    const cta = /(<appointment-cta[^>]*>)([\s\S]*?)(<\/appointment-cta>)/.exec(markup);
    if (!cta) fail(`no call to action in the section (${locale})`);
    let start = cta[1];
    for (const name of SECTION_CONTACT_ATTRIBUTES) {
      const written = ` ${name}="${attributeMarker(name)}"`;
      if (!start.includes(written)) fail(`the section's call to action has no ${name} attribute`);
      start = start.replace(written, hole(`attribute:${name}`));
    }
    if (!start.endsWith(CTA_START_END)) fail(`the section's call to action's start tag does not end with "${CTA_START_END}": ${start}`);
    start = start.slice(0, -CTA_START_END.length) + hole('cta-hidden') + CTA_START_END;
    markup = markup.slice(0, cta.index) + start + hole('cta') + cta[3] + markup.slice(cta.index + cta[0].length);
    // The review record: the section's last part, empty here (no review in the config); a hole for one of its shapes.
    const end = `${NO_REVIEW}</section>${LIT_PART_END}</template>`;
    if (!markup.endsWith(end)) fail(`the section does not end with an empty review part (${locale}, level ${level}): ${markup.slice(-200)}`);
    markup = `${markup.slice(0, -end.length)}${hole('review')}${end.slice(NO_REVIEW.length)}`;
    if (/hipMarker/.test(markup)) fail(`a marker value is left in the section (${locale}, level ${level})`);
    shells[level] = styles.factor(markup);
  }
  return { shells, items };
}

const LIT_PART_END = '<!--/lit-part-->';
/** What an empty child part (`nothing`) renders as: the review part of a section without a review record. */
const NO_REVIEW = `<!--lit-part-->${LIT_PART_END}`;

/**
 * How the plugin writes a date (hip_widgets_format_date()): the language's long-date pattern with
 * holes for day, month name and year, and the twelve month names, both from the renderer's
 * formatDate(); checked against it for every month.
 */
function dateFragments(widgets, locale) {
  const months = Array.from({ length: 12 }, (_, index) => widgets.monthName(index + 1));
  const pattern = toHoles(widgets.formatDate('1999-12-28', locale), [
    [months[11], 'month'],
    ['1999', 'year'],
    ['28', 'day'],
  ]);
  for (let month = 1; month <= 12; month += 1) {
    for (const day of ['01', '09', '10', '31']) {
      const iso = `2026-${String(month).padStart(2, '0')}-${day}`;
      expectSame(writeDate({ pattern, months }, iso), widgets.formatDate(iso, locale), `${locale} date ${iso}`);
    }
  }
  return { pattern, months };
}

/** A `YYYY-MM-DD` date as the plugin writes it from dateFragments(): the day without its leading zero, the month's name. */
function writeDate(date, iso) {
  return fill(date.pattern, { day: String(Number(iso.slice(8))), month: date.months[Number(iso.slice(5, 7)) - 1], year: iso.slice(0, 4) });
}

/** Review shapes: which of reviewed (r), reviewedBy (b), nextReview (n) and sources (s) the record has. */
function reviewShapes() {
  const shapes = [];
  for (let bits = 1; bits < 16; bits += 1) {
    const key = ['r', 'b', 'n', 's'].filter((_, index) => bits & (1 << index)).join('');
    shapes.push({ key, reviewed: bits & 1, reviewedBy: bits & 2, nextReview: bits & 4, sources: bits & 8 });
  }
  return shapes;
}

/** The review footer at the end of a rendered section: `<!--lit-part …--><footer …>…</footer><!--/lit-part-->`. */
function reviewFooter(section) {
  return /<!--lit-part [^>]*--><footer class="review"[\s\S]*<\/footer><!--\/lit-part-->(?=<\/section>)/.exec(section)?.[0];
}

/** A section with a short list of cards, its call to action by attribute: the review footer is what matters. */
const reviewSection = () => quietly(() => renderElement('hip-complaints-section', { conditions: 'fai', phone: '020 123 4567' }));

/**
 * The section's review footer in each shape, with holes for its dates, the reviewer and a list
 * hole for the sources; one template for a source with a link and one without. Each shape filled
 * back with the marker values must be what the renderer wrote at the end of the section.
 */
async function reviewFragments(widgets, locale, date) {
  const markers = [
    [writeDate(date, MARKER.reviewed), 'reviewed'],
    [writeDate(date, MARKER.nextReview), 'next-review'],
    [MARKER.reviewedBy, 'reviewed-by'],
  ];
  const values = Object.fromEntries(markers.map(([marker, name]) => [name, marker]));
  const sourceMarkers = [
    [MARKER.sourceUrl, 'source-url'],
    [MARKER.sourceTitle, 'source-title'],
  ];
  const sourceValues = Object.fromEntries(sourceMarkers.map(([marker, name]) => [name, marker]));
  const shapes = { '-': NO_REVIEW };
  const source = {};
  for (const shape of reviewShapes()) {
    const review = {
      ...(shape.reviewed && { reviewed: MARKER.reviewed }),
      ...(shape.reviewedBy && { reviewedBy: MARKER.reviewedBy }),
      ...(shape.nextReview && { nextReview: MARKER.nextReview }),
      // One source with a link, one without.
      ...(shape.sources && { sources: [{ title: MARKER.sourceTitle, url: MARKER.sourceUrl }, { title: MARKER.sourceTitle }] }),
    };
    await useSettings(widgets, { locale, config: { locations: [], review } });
    const rendered = reviewFooter(await reviewSection());
    if (!rendered) fail(`no review footer at the end of the section (${locale}, ${shape.key})`);
    let markup = rendered;
    let sources = '';
    if (shape.sources) {
      const list = /(<ul aria-labelledby="hip-sources"><!--lit-part-->)([\s\S]*?)(<!--\/lit-part--><\/ul>)/.exec(markup);
      if (!list) fail(`no list of sources in the review (${locale}, ${shape.key})`);
      const items = listItems(list[2]);
      if (items.length !== 2) fail(`expected two sources in the review, found ${items.length}`);
      const templates = { link: toHoles(items[0], sourceMarkers), text: toHoles(items[1], sourceMarkers) };
      for (const [kind, index] of [['link', 0], ['text', 1]]) {
        expectSame(fill(templates[kind], sourceValues), items[index], `${locale} review source (${kind})`);
        if (source[kind] !== undefined && source[kind] !== templates[kind]) fail(`the review's ${kind} source differs between shapes (${locale})`);
        source[kind] = templates[kind];
      }
      sources = items.join('');
      markup = markup.slice(0, list.index) + list[1] + hole('sources') + list[3] + markup.slice(list.index + list[0].length);
    }
    const template = toHolesInText(markup, markers);
    if (/hip-?marker|hole\.invalid|1999|1998/i.test(template)) fail(`a marker value is left in the review (${locale}, ${shape.key}): ${template.slice(0, 300)}`);
    expectSame(fill(template, { ...values, sources }), rendered, `${locale} review ${shape.key}`);
    shapes[shape.key] = template;
  }
  return { shapes, source };
}

/**
 * The review hole's place: a section with a review record is the same section without one, its
 * empty last part replaced by the footer; and a real record (dates the plugin writes from the
 * pattern) fills the footer's shape to what the renderer wrote.
 */
async function checkReviewHole(widgets, locale, review, date) {
  const record = { reviewed: '2026-03-12', nextReview: '2027-01-05', reviewedBy: 'M. de Vries, fysiotherapeut', sources: [{ title: 'Richtlijn', url: 'https://example.nl/bron?a=1' }, { title: 'Boek' }] };
  await useSettings(widgets, { locale, config: { locations: [] } });
  const without = await reviewSection();
  await useSettings(widgets, { locale, config: { locations: [], review: record } });
  const rendered = await reviewSection();
  const footer = reviewFooter(rendered);
  expectSame(without.replace(`${NO_REVIEW}</section>`, `${footer}</section>`), rendered, `${locale} section with a review record`);
  const sources = fill(review.source.link, { 'source-title': 'Richtlijn', 'source-url': 'https://example.nl/bron?a=1' }) + fill(review.source.text, { 'source-title': 'Boek' });
  const filled = fill(review.shapes.rbns, { reviewed: writeDate(date, record.reviewed), 'next-review': writeDate(date, record.nextReview), 'reviewed-by': record.reviewedBy, sources });
  expectSame(filled, footer, `${locale} review filled with a real record`);
}

/** Where the section's call to action's start tag ends: the renderer adds defer-hydration after the element's own attributes. */
const CTA_START_END = ' defer-hydration>';

/** How the renderer writes the hidden attribute a call to action with nothing to offer sets on itself. */
const HIDDEN = ' hidden';

/** The section's call to action with its content and the attributes the element sets on itself. */
const sectionCta = (markup) => /(<appointment-cta[^>]*>)([\s\S]*?)<\/appointment-cta>/.exec(markup);

/**
 * The section's own call-to-action attributes left out: what they leave behind must be what the
 * renderer writes, with the call to action shown (a location with a phone number) and with nothing
 * to offer (no contact anywhere): then it hides its host, and its content is cta-empty.
 */
async function checkAttributeHoles(widgets, locale, shells, styles) {
  const shellStart = sectionCta(shells[2])?.[1];
  const emptied = shellStart?.replace(/\{\{hip:attribute:[a-z-]+\}\}/g, '');
  await useSettings(widgets, { locale, config: { locations: [{ id: 'a', name: 'A', phone: '020 123 4567' }] } });
  const shown = sectionCta(inner(await quietly(() => renderElement('hip-complaints-section', {})), 'hip-complaints-section'))?.[1];
  if (shown !== fill(emptied, { 'cta-hidden': '' })) fail(`the call to action's start tag without attributes: rendered ${shown}, from the holes ${emptied}`);
  await useSettings(widgets, { locale, config: { locations: [] } });
  const none = sectionCta(inner(await quietly(() => renderElement('hip-complaints-section', {})), 'hip-complaints-section'));
  if (none?.[1] !== fill(emptied, { 'cta-hidden': HIDDEN })) fail(`the call to action with nothing to offer: rendered ${none?.[1]}, from the holes ${emptied}`);
  return { hidden: HIDDEN, content: styles.factor(none[2]) };
}

async function simpleFragments(widgets, locale, styles) {
  await useSettings(widgets, { locale, config: { locations: [] } });
  const checklist = styles.factor(inner(await renderElement('symptom-checklist', {}), 'symptom-checklist'));
  const figures = {};
  for (const id of widgets.STAT_IDS) figures[id] = styles.factor(inner(await renderElement('stats-figure', { stat: id }), 'stats-figure'));
  return { checklist, figures };
}

/**
 * A figure of the page's own numbers (value, max, unit, label): one template
 * per shape, keyed s (scale shown) i (scale implied by "%" of 100) l (label).
 * The numbers are holes the plugin formats (hip_widgets_format_number(), with
 * the shared vectors of test/vectors/numbers.json), the bar's width one it
 * computes.
 */
async function customFigureFragments(widgets, locale, styles) {
  await useSettings(widgets, { locale, config: { locations: [] } });
  const unit = 'hipMarkerUnitX';
  const withUnit = (value, shownUnit) => (shownUnit === '%' ? widgets.formatPercent(value) : `${widgets.formatNumber(value)}\u00a0${shownUnit}`);
  const shapes = {
    's0i0l0': { value: '7777.7', unit },
    's1i0l0': { value: '7777.7', max: '8888.8', unit },
    's1i1l0': { value: '77.7', max: '100', unit: '%' },
  };
  const figures = {};
  for (const [shape, attributes] of Object.entries(shapes)) {
    for (const label of [false, true]) {
      const key = label ? shape.replace('l0', 'l1') : shape;
      const input = { ...attributes, ...(label && { label: 'hipMarkerLabelX' }) };
      const rendered = inner(await quietly(() => renderElement('stats-figure', input)), 'stats-figure');
      const value = Number(input.value);
      const scale = input.max ? Number(input.max) : value;
      let template = rendered.replace(/(<rect class="bar" x="0" y="0" width=")([^"]*)(")/, (whole, before, width, after) => {
        if (width !== `${Math.round((value / scale) * 10_000) / 100}%`) fail(`unexpected bar width ${width} (${locale}, ${key})`);
        return `${before}${hole('bar-width')}${after}`;
      });
      template = toHolesInText(template, [
        // Without a max the scale is the value itself and is not shown: the number is the value.
        ...(input.max ? [[withUnit(scale, input.unit), 'scale']] : []),
        [withUnit(value, input.unit), 'value'],
        [withUnit(0, input.unit), 'zero'],
        ['hipMarkerLabelX', 'label'],
      ]);
      if (/hipMarker|7[.,\u202f]?777|8[.,\u202f]?888|77,7|77\.7/.test(template)) fail(`a marker value is left in the custom figure (${locale}, ${key}): ${template.slice(0, 200)}`);
      figures[key] = styles.factor(template);
    }
  }
  return figures;
}

function jsonLd(widgets, locale) {
  const conditions = {};
  for (const id of widgets.CONDITION_IDS) conditions[id] = structuredData(widgets, locale, [id]).about[0];
  const page = structuredData(widgets, locale, []);
  return { page: { '@context': page['@context'], '@type': page['@type'], name: page.name, inLanguage: page.inLanguage }, conditions };
}

/** A PHP value literal: single-quoted strings (only \ and ' escaped), arrays with keys. */
export function php(value, indent = '') {
  if (typeof value === 'string') return `'${value.replace(/\\/g, '\\\\').replace(/'/g, "\\'")}'`;
  if (typeof value === 'number') return String(value);
  if (typeof value === 'boolean') return value ? 'true' : 'false';
  if (Array.isArray(value)) return php(Object.fromEntries(value.map((item, index) => [index, item])), indent);
  if (!Object.keys(value).length) return 'array()';
  const inside = `${indent}\t`;
  const entries = Object.entries(value).map(([key, item]) => `${inside}${/^\d+$/.test(key) ? key : php(key)} => ${php(item, inside)},`);
  return `array(\n${entries.join('\n')}\n${indent})`;
}

export async function buildFragments() {
  const widgets = await loadWidgets();
  rmSync(OUT, { recursive: true, force: true });
  mkdirSync(OUT, { recursive: true });
  const written = [];
  for (const locale of widgets.allLocales) {
    const styles = new Styles();
    const cta = await ctaFragments(widgets, locale, styles);
    const cards = await cardFragments(widgets, locale, styles);
    const section = await sectionFragments(widgets, locale, styles, cards);
    const ctaEmpty = await checkAttributeHoles(widgets, locale, section.shells, styles);
    const date = dateFragments(widgets, locale);
    const review = await reviewFragments(widgets, locale, date);
    await checkReviewHole(widgets, locale, review, date);
    const simple = await simpleFragments(widgets, locale, styles);
    const custom = await customFigureFragments(widgets, locale, styles);
    const table = {
      locale,
      styles: styles.table(),
      checklist: simple.checklist,
      figures: simple.figures,
      'custom-figures': custom,
      cards: cards.cards,
      'card-open': { closed: cards.open.closed, open: cards.open.opened },
      cta: cta.variants,
      'cta-option': cta.option,
      'cta-empty': ctaEmpty,
      sections: section.shells,
      'section-cards': section.items,
      review: review.shapes,
      'review-source': review.source,
      date,
      'json-ld': jsonLd(widgets, locale),
    };
    const file = join(OUT, `${locale}.php`);
    // Only WordPress includes it (includes/render.php): opened directly, it ends at once, as every PHP file of the plugin does.
    const source = `<?php\n// Generated by scripts/wordpress/build-fragments.mjs from the widgets' Lit templates (npm run build). Do not edit.\n// phpcs:ignoreFile\ndefined( 'ABSPATH' ) || exit;\nreturn ${php(table)};\n`;
    writeFileSync(file, source);
    written.push(`${relative(ROOT, file)} (${Math.round(Buffer.byteLength(source) / 1024)} KB)`);
  }
  return written;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  try {
    const written = await buildFragments();
    console.log(`build-fragments: ${written.join(', ')}`);
  } catch (error) {
    console.error(error.message);
    process.exit(1);
  }
}
