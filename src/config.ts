/**
 * The page config: the practice's locations (name, phone, e-mail, booking URL),
 * which one is the default, the widgets' locale and where their language files
 * are, whether appointment clicks go to `window.dataLayer`, and the review
 * record of the page's medical content (when it was checked, by whom, against
 * which sources); set once per page and read by every element, so a practice
 * with several locations shares one set of widgets.
 *
 * Two ways to set it:
 * - `<script type="application/json" data-hip-widgets-config>{ … }</script>`
 *   anywhere on the page. Read when the entry module loads, again at
 *   DOMContentLoaded (a script in `<head>` runs before a config in the body is
 *   parsed), and whenever such a script is added, removed or has its text
 *   replaced later (a plugin that writes it after load). Several scripts are
 *   layered in document order: `locale`, `defaultLocation` and `review` of a
 *   later script win, `locations` are merged by id (a later entry with the same id replaces
 *   the earlier one whole; new ids are added).
 * - `configure({ … })` from script (`HipWidgets.configure` in the classic
 *   bundle). It REPLACES the page config: while it is in force the config
 *   scripts are ignored (one console note says so), and each call replaces the
 *   previous one. `configure(null)` hands the page back to its config scripts.
 *   Like `setLocale()` over `<html lang>`: the page's own script is the
 *   strongest voice, whatever the order in which things loaded.
 *
 * Bad input never throws and never blanks the page: every problem is written to
 * the console once per page, with its path (`locations[1].phone`) and value;
 * the bad field, or the entry without a usable id, is skipped and the rest is
 * used. A config that changes after the elements rendered updates them live
 * (they subscribe through `PageConfigController`).
 *
 * Nothing here stores or sends anything: the config is module state of the page.
 */
import { own, record } from './internal/own.js';
import { errorText, quote } from './internal/report.js';
import { setConfigLocale } from './localization.js';
import { offersContact, parseBookingUrl, parseEmail, parsePhone, type ContactDetails, type Parsed } from './contact.js';

/** The config script's selector: any `<script data-hip-widgets-config>`, which should have `type="application/json"`. */
const CONFIG_SCRIPT_SELECTOR = 'script[data-hip-widgets-config]';
const CONFIG_ATTRIBUTE = 'data-hip-widgets-config';

/** A practice has a handful of locations; more than this is a mistake (or a paste of something else), and is cut. */
const MAX_LOCATIONS = 100;
/** Longer than any language tag a page would use (`nl`, `en-GB`, `zh-Hant-TW`). */
const MAX_LOCALE_LENGTH = 35;
/** Unknown keys listed in one warning; an object with thousands of them must not flood the console. */
const MAX_LISTED_KEYS = 5;
/** A review cites a few sources; more is a mistake (or a paste of something else), and is cut. */
const MAX_SOURCES = 10;

const ROOT_KEYS = ['locale', 'defaultLocation', 'locations', 'localesUrl', 'dataLayer', 'review'] as const;
const LOCATION_KEYS = ['id', 'name', 'phone', 'email', 'bookingUrl'] as const;
const REVIEW_KEYS = ['reviewed', 'nextReview', 'reviewedBy', 'sources'] as const;
const SOURCE_KEYS = ['title', 'url'] as const;

/** One location as the page writes it. */
export interface LocationConfig {
  /** What an element's `location` attribute names, e.g. `noord`. */
  id: string;
  /** Shown above the invitation, in the location picker and in the links' accessible names. */
  name: string;
  /** As the visitor should read it (`020 123 4567`); Dutch unless it starts with `+` or `00`. */
  phone?: string;
  email?: string;
  /** Absolute http(s) URL of the location's online booking page. */
  bookingUrl?: string;
}

/**
 * When the page's medical content was last checked, by whom, when it will be
 * checked again, and what it was checked against. A page-level record, not a
 * location's: the content is the same for every location.
 */
export interface ReviewConfig {
  /** The date of the last review, written `YYYY-MM-DD`. */
  reviewed?: string;
  /** The date of the next review, written `YYYY-MM-DD`. */
  nextReview?: string;
  /** Who reviewed it: the name, then a comma and the role, `M. de Vries, fysiotherapeut`; shown as written. */
  reviewedBy?: string;
  /** What it was checked against, a few: `{ "title": "…", "url": "https://…" }`; without a URL (a book), the title alone. */
  sources?: { title: string; url?: string }[];
}

/** The page config as the page writes it, in a config script or for `configure()`. */
export interface HipWidgetsConfig {
  /** The widgets' language (`nl`, `en`, `de`, `fr`); `setLocale()` wins over it, it wins over `<html lang>`. */
  locale?: string;
  /** The location an element without a `location` attribute shows. */
  defaultLocation?: string;
  locations?: LocationConfig[];
  /**
   * The folder holding the language files (`en.js`, `de.js`, `fr.js`), for when they are not
   * beside the script: an optimizer that serves the script from a combined or minified copy
   * elsewhere. An http(s) URL or a path from `/`, on the page's own origin, ending in `/`; a
   * `?query` on it is added to each file (a cache-buster). The WordPress plugin sets it.
   */
  localesUrl?: string;
  /**
   * `true`: a click on the call to action's booking, phone or e-mail link also pushes
   * `{event: 'hip_appointment_click', channel, location}` to `window.dataLayer` (Google Tag
   * Manager, GA4), creating the array when the page has none. Only the channel and the location's
   * id: never what a visitor ticked. Off unless `true`; anything else is reported and off.
   */
  dataLayer?: boolean;
  /** The review record of the page's medical content, shown at the end of the section and in its JSON-LD. */
  review?: ReviewConfig;
}

/** A location after checking: only the usable fields, contact details parsed. */
export interface PracticeLocation extends ContactDetails {
  readonly id: string;
  readonly name?: string;
}

/** The page config in force, checked. */
export interface PageConfig {
  readonly locale?: string;
  /** Absolute, on the page's origin, ending in `/` (see {@link HipWidgetsConfig.localesUrl}). */
  readonly localesUrl?: string;
  /** Always the id of one of {@link locations} (an unknown one is reported and dropped). */
  readonly defaultLocation?: string;
  readonly locations: readonly PracticeLocation[];
  /** Only present when on (see {@link HipWidgetsConfig.dataLayer}). */
  readonly dataLayer?: true;
  /** Absent when the config has none, or nothing of it was usable. */
  readonly review?: PageReview;
}

/** The review record after checking: dates real and written `YYYY-MM-DD`, source links absolute http(s). */
export interface PageReview {
  readonly reviewed?: string;
  readonly nextReview?: string;
  readonly reviewedBy?: string;
  /** A source whose URL was unusable keeps its title, without a link. */
  readonly sources: readonly { readonly title: string; readonly url?: string }[];
}

/** One problem found in a config, as `configure()` returns it and the console shows it. */
export interface ConfigProblem {
  /** `error`: a value is wrong and was skipped. `warning`: something is ignored or probably unintended. */
  readonly severity: 'error' | 'warning';
  /** Which config: `configure()` or `<script data-hip-widgets-config> #2` (in document order). */
  readonly source: string;
  /** Where in it: `locations[1].phone`, `defaultLocation`; empty for the config as a whole. */
  readonly path: string;
  /** The offending value as the message shows it (quoted, long text shortened); empty when there is none. */
  readonly value: string;
  /** The whole console message. */
  readonly message: string;
}

/** Which location an element shows. */
export type LocationChoice =
  /** The page config has no locations: the element uses its attributes only. */
  | { readonly kind: 'none' }
  /** One location: named by the element, the config's default, or the only one. */
  | { readonly kind: 'location'; readonly location: PracticeLocation }
  /** Several locations and none chosen: the visitor picks one. */
  | { readonly kind: 'pick'; readonly locations: readonly PracticeLocation[] };

const EMPTY: PageConfig = record({ locations: [] });

interface Resolved {
  readonly config: PageConfig;
  readonly problems: readonly ConfigProblem[];
}

interface Source {
  readonly label: string;
  /** The config's raw value (a script's text is parsed here), or `SKIP`. */
  readonly read: (problems: ProblemList) => unknown;
}

// ---------------------------------------------------------------------------
// Page state

/** The result of the last `configure()`, while it is in force. */
let apiResult: Resolved | undefined;
/** The config scripts' texts as last read, and the result of reading them. */
let scriptTexts: readonly string[] = [];
let scriptsReadFinal = false;
let scriptResult: Resolved = { config: EMPTY, problems: [] };
let current: PageConfig = EMPTY;
/** Bumped on every change (and at DOMContentLoaded), so an element can tell it missed one. */
let version = 0;
let watching = false;
const listeners = new Set<() => void>();
/** Console messages already written: each problem once per page. */
const reported = new Set<string>();

/** The page config in force. */
export function pageConfig(): PageConfig {
  return current;
}

/** A number that changes whenever the page config may have changed. */
export function configVersion(): number {
  return version;
}

/** Call `listener` after every change of the page config; returns the unsubscribe function. */
export function subscribeToConfig(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

/**
 * False while the page is still being parsed: a config script further down may
 * yet supply what an element lacks, so "missing" is only reported after that.
 */
export function pageParsed(): boolean {
  return typeof document === 'undefined' || document.readyState !== 'loading';
}

/**
 * Set the page config from script; `HipWidgets.configure({…})` in the classic
 * bundle. It REPLACES the page config, both the previous `configure()` and any
 * `<script data-hip-widgets-config>` (those are ignored from now on);
 * `configure(null)` returns to the config scripts. Elements already on the page
 * update at once.
 *
 * Never throws. Returns the problems found in the config now in force (each is
 * also written to the console, once per page), so a developer can inspect them:
 * `HipWidgets.configure({...}).forEach((p) => console.log(p.path, p.value))`.
 */
export function configure(config: HipWidgetsConfig | null | undefined): ConfigProblem[] {
  try {
    apiResult = config === null || config === undefined ? undefined : resolve([{ label: 'configure()', read: () => config }]);
    return [...apply().problems];
  } catch (error) {
    // resolve() guards each source, so this is a last resort (a console that throws, say).
    return [problem('error', 'configure()', '', config, `could not be read (${errorText(error)})`, 'the page config is unchanged.')];
  }
}

/**
 * Start reading the page's config scripts: now, at DOMContentLoaded and when
 * one is added, removed or has its text replaced. Called by the entry module
 * and by every element's controller; only the first call does anything.
 */
export function watchPageConfig(): void {
  if (watching || typeof document === 'undefined') return;
  watching = true;
  readConfigScripts();
  // Listened to even when the event is past (it then never fires): cheap, and
  // correct for a script that loaded while the parser was still busy.
  document.addEventListener('DOMContentLoaded', () => {
    readConfigScripts();
    // Elements deferred "not configured" reports until now; let them look again.
    notify();
  });
  if (typeof MutationObserver === 'undefined') return;
  new MutationObserver((records) => {
    if (records.some(touchesConfigScript)) readConfigScripts();
  }).observe(document, { childList: true, subtree: true });
}

/**
 * Which location an element shows, given its `location` attribute (blank: none).
 * `unknown` is the requested id when the page config has no such location; the
 * choice is then made as if none had been requested.
 */
export function chooseLocation(requested: string | undefined, config: PageConfig = current): { choice: LocationChoice; unknown: string | undefined } {
  const { locations } = config;
  const find = (id: string | undefined) => (id ? locations.find((location) => location.id === id) : undefined);
  const named = find(requested);
  if (named) return { choice: { kind: 'location', location: named }, unknown: undefined };
  const unknown = requested || undefined;
  const fallback = find(config.defaultLocation) ?? (locations.length === 1 ? locations[0] : undefined);
  if (fallback) return { choice: { kind: 'location', location: fallback }, unknown };
  return { choice: locations.length > 1 ? { kind: 'pick', locations } : { kind: 'none' }, unknown };
}

/**
 * Report an element's `location` attribute that names no location, once per
 * page for each id (a section and its call to action see the same id). Not
 * while the page is parsed: a config script further down may still add it.
 */
export function reportUnknownLocation(tag: string, id: string, choice: LocationChoice): void {
  if (!pageParsed()) return;
  const ids = current.locations.map((location) => location.id);
  const key = `location|${id}|${ids.join('|')}`;
  if (reported.has(key)) return;
  reported.add(key);
  const why = ids.length
    ? `is not in the page config (its locations: ${ids.map((known) => quote(known)).join(', ')})`
    : 'is set, but the page config has no locations (add a <script type="application/json" data-hip-widgets-config> or call configure())';
  const consequence =
    choice.kind === 'pick'
      ? 'the visitor picks a location instead.'
      : choice.kind === 'location'
        ? `location ${quote(choice.location.id)} is shown instead.`
        : "only the element's own attributes are used.";
  console.error(`<${tag}>: location ${quote(id)} ${why}; ${consequence}`);
}

/** Tests only: forget every config, script read and reported message, as on a fresh page. */
export function resetPageConfigForTests(): void {
  apiResult = undefined;
  scriptTexts = [];
  scriptsReadFinal = false;
  scriptResult = { config: EMPTY, problems: [] };
  reported.clear();
  if (watching) readConfigScripts();
  apply();
}

// ---------------------------------------------------------------------------
// Reading the config scripts

function isConfigScript(node: Node): boolean {
  return node.nodeType === Node.ELEMENT_NODE && (node as Element).localName === 'script' && (node as Element).hasAttribute(CONFIG_ATTRIBUTE);
}

/** The cheap filter every DOM change of the page goes through: does it add, remove or rewrite a config script? */
function touchesConfigScript(record: MutationRecord): boolean {
  if (isConfigScript(record.target)) return true;
  const holdsConfigScript = (node: Node) =>
    node.nodeType === Node.ELEMENT_NODE &&
    (isConfigScript(node) || ((node as Element).firstElementChild !== null && (node as Element).querySelector(CONFIG_SCRIPT_SELECTOR) !== null));
  for (const node of record.addedNodes) if (holdsConfigScript(node)) return true;
  for (const node of record.removedNodes) if (holdsConfigScript(node)) return true;
  return false;
}

/** Read every config script again; only a change of their texts (or the end of parsing) changes the config. */
function readConfigScripts(): void {
  const texts = [...document.querySelectorAll(CONFIG_SCRIPT_SELECTOR)].map((script) => script.textContent ?? '');
  const final = pageParsed();
  if (sameTexts(texts, scriptTexts) && final === scriptsReadFinal) return;
  scriptTexts = texts;
  scriptsReadFinal = final;
  const sources = texts.map((text, index): Source => ({ label: `<script data-hip-widgets-config> #${index + 1}`, read: (problems) => parseScript(text, final, problems) }));
  scriptResult = resolve(sources);
  apply();
}

function sameTexts(a: readonly string[], b: readonly string[]): boolean {
  return a.length === b.length && a.every((text, index) => text === b[index]);
}

/** Marks a script that is skipped without a message (blank, or still being parsed). */
const SKIP = Symbol('skip');

function parseScript(text: string, final: boolean, problems: ProblemList): unknown {
  // An empty block is harmless: a CMS field left blank, or a plugin about to fill it.
  if (!text.trim()) return SKIP;
  try {
    return JSON.parse(text);
  } catch (error) {
    // While the parser is still inside the script its text is cut off, and any
    // proper prefix of a JSON object is invalid: wait for the whole text.
    if (!final) return SKIP;
    problems.add('error', '', text, `is not valid JSON (${errorText(error)})`, 'nothing from this script is used.');
    return SKIP;
  }
}

// ---------------------------------------------------------------------------
// Applying a result

/** Put the config in force (configure() over the scripts), report its problems, set the locale, tell the elements. */
function apply(): Resolved {
  const result = apiResult ?? scriptResult;
  for (const found of result.problems) writeOnce(found.message, found.severity);
  if (apiResult && scriptTexts.some((text) => text.trim())) {
    writeOnce(
      'hip-widgets config: the page has a <script data-hip-widgets-config>, but configure() replaced the page config, so the script is ignored; call configure(null) to use it again.',
      'info',
    );
  }
  current = result.config;
  // localization.ts checks the locale and falls back to Dutch itself, and acts only on a change.
  void setConfigLocale(current.locale, current.localesUrl);
  notify();
  return result;
}

function notify(): void {
  version++;
  for (const listener of [...listeners]) listener();
}

function writeOnce(message: string, level: 'error' | 'warning' | 'info'): void {
  if (reported.has(message)) return;
  reported.add(message);
  if (level === 'error') console.error(message);
  else if (level === 'warning') console.warn(message);
  else console.info(message);
}

// ---------------------------------------------------------------------------
// Checking

/** Problems of one source, with its label. */
class ProblemList {
  readonly list: ConfigProblem[] = [];
  constructor(private readonly source: string) {}

  add(severity: ConfigProblem['severity'], path: string, value: unknown, what: string, consequence: string): void {
    this.list.push(problem(severity, this.source, path, value, what, consequence));
  }
}

function problem(severity: ConfigProblem['severity'], source: string, path: string, value: unknown, what: string, consequence: string): ConfigProblem {
  const shown = show(value);
  const subject = [path || 'the config', shown].filter(Boolean).join(' ');
  return { severity, source, path, value: shown, message: `hip-widgets config (${source}): ${subject} ${what}; ${consequence}` };
}

/** A value for a message: text quoted and shortened, numbers as written; other kinds are named by `kind()` in the message. */
function show(value: unknown): string {
  if (typeof value === 'string') return quote(value);
  if (typeof value === 'number' || typeof value === 'boolean' || typeof value === 'bigint') return quote(value).slice(1, -1);
  return '';
}

function kind(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'a list (array)';
  const type = typeof value;
  return type === 'object' ? 'an object' : `a ${type}`;
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** Check and merge the sources in order (later ones win, see the module comment). */
function resolve(sources: readonly Source[]): Resolved {
  const problems: ConfigProblem[] = [];
  const locations = new Map<string, PracticeLocation>();
  let locale: string | undefined;
  let localesUrl: string | undefined;
  let review: PageReview | undefined;
  let defaultLocation: { id: string; problems: ProblemList } | undefined;
  let dataLayer: boolean | undefined;

  for (const source of sources) {
    const list = new ProblemList(source.label);
    let read: SourceResult | undefined;
    try {
      const raw = source.read(list);
      if (raw !== SKIP) read = readRoot(raw, list);
    } catch (error) {
      // A getter or Proxy that throws: this source is not used at all.
      list.list.length = 0;
      list.add('error', '', undefined, `could not be read (${errorText(error)})`, 'nothing from it is used.');
      read = undefined;
    }
    problems.push(...list.list);
    if (!read) continue;
    if (read.locale !== undefined) locale = read.locale;
    if (read.localesUrl !== undefined) localesUrl = read.localesUrl;
    if (read.review !== undefined) review = read.review;
    if (read.defaultLocation !== undefined) defaultLocation = { id: read.defaultLocation, problems: list };
    if (read.dataLayer !== undefined) dataLayer = read.dataLayer;
    for (const location of read.locations) {
      // A later script's entry replaces the earlier one with the same id, whole, in the earlier one's place.
      locations.set(location.id, location);
    }
  }

  let defaultId = defaultLocation?.id;
  if (defaultLocation && !locations.has(defaultLocation.id)) {
    const ids = [...locations.keys()];
    const what = ids.length ? `is not the id of any location (${ids.map((id) => quote(id)).join(', ')})` : 'is set, but there are no locations';
    const consequence = ids.length > 1 ? 'it is ignored and visitors pick a location.' : ids.length === 1 ? 'it is ignored and the only location is used.' : 'it is ignored.';
    const before = defaultLocation.problems.list.length;
    defaultLocation.problems.add('error', 'defaultLocation', defaultLocation.id, what, consequence);
    problems.push(...defaultLocation.problems.list.slice(before));
    defaultId = undefined;
  }

  // Without a prototype, like each location: an absent locale or defaultLocation reads undefined, never a polluted Object.prototype's.
  const config: PageConfig = record({
    locations: [...locations.values()],
    ...(locale !== undefined && { locale }),
    ...(localesUrl !== undefined && { localesUrl }),
    ...(defaultId !== undefined && { defaultLocation: defaultId }),
    ...(review !== undefined && { review }),
    ...(dataLayer && { dataLayer }),
  });
  return { config, problems };
}

interface SourceResult {
  locale?: string;
  localesUrl?: string;
  defaultLocation?: string;
  locations: PracticeLocation[];
  review?: PageReview;
  dataLayer?: boolean;
}

function readRoot(raw: unknown, problems: ProblemList): SourceResult | undefined {
  if (!isObject(raw)) {
    problems.add('error', '', raw, `is ${kind(raw)}, not an object like {"locations": [...]}`, 'nothing from it is used.');
    return undefined;
  }
  warnUnknownKeys(raw, ROOT_KEYS, '', problems);
  const result: SourceResult = Object.assign(Object.create(null) as SourceResult, { locations: [] });
  const locale = readText(raw, 'locale', 'locale', problems, 'the language follows the page.');
  // localization.ts judges the tag itself; only a value no language tag could be is stopped here, so it does not travel on into other messages.
  if (typeof locale === 'string' && locale.length > MAX_LOCALE_LENGTH) {
    problems.add('error', 'locale', locale, `is not a language tag (like "nl" or "en-GB"): it is longer than ${MAX_LOCALE_LENGTH} characters`, 'the language follows the page.');
  } else if (typeof locale === 'string') {
    result.locale = locale;
  }
  const defaultLocation = readText(raw, 'defaultLocation', 'defaultLocation', problems, 'it is ignored.');
  if (typeof defaultLocation === 'string') result.defaultLocation = defaultLocation;
  const beside = 'the language files load from beside the script.';
  // A server (npm run prerender, the WordPress fragments) loads no language file by URL, and has no page origin to check it against.
  const localesUrl = typeof document === 'undefined' ? undefined : readText(raw, 'localesUrl', 'localesUrl', problems, beside);
  if (typeof localesUrl === 'string') {
    result.localesUrl = parseLocalesUrl(localesUrl);
    if (!result.localesUrl) problems.add('error', 'localesUrl', localesUrl, `is not a folder on ${self.origin} (written in full or from "/", ending in "/")`, beside);
  }
  result.locations = readLocations(own(raw, 'locations'), problems);
  result.review = readReview(own(raw, 'review'), problems);
  // Opt-in: only true turns it on. A value that is set but not a boolean turns it off (also over an earlier script's true).
  const dataLayer = own(raw, 'dataLayer');
  if (dataLayer !== undefined && dataLayer !== null) {
    if (typeof dataLayer !== 'boolean') problems.add('error', 'dataLayer', dataLayer, `is ${kind(dataLayer)}, not true or false`, 'clicks are not pushed to window.dataLayer.');
    result.dataLayer = dataLayer === true;
  }
  return result;
}

function readLocations(value: unknown, problems: ProblemList): PracticeLocation[] {
  if (value === undefined || value === null) return [];
  if (!Array.isArray(value)) {
    problems.add('error', 'locations', value, `is ${kind(value)}, not a list (array) of locations`, 'no location is read from it.');
    return [];
  }
  if (value.length > MAX_LOCATIONS) {
    problems.add('warning', 'locations', undefined, `has ${value.length} entries, more than the ${MAX_LOCATIONS} a practice could have`, `only the first ${MAX_LOCATIONS} are read.`);
  }
  const seen = new Map<string, string>();
  const locations: PracticeLocation[] = [];
  const count = Math.min(value.length, MAX_LOCATIONS);
  for (let index = 0; index < count; index++) {
    // own(): a hole in the list is an absent entry, not Object.prototype[index].
    const location = readLocation(own(value, index), `locations[${index}]`, seen, problems);
    if (location) locations.push(location);
  }
  return locations;
}

function readLocation(entry: unknown, path: string, seen: Map<string, string>, problems: ProblemList): PracticeLocation | undefined {
  if (!isObject(entry)) {
    problems.add('error', path, entry, `is ${kind(entry)}, not a location like {"id": "centrum", "name": "…", "phone": "…"}`, 'it is skipped.');
    return undefined;
  }
  const rawId = own(entry, 'id');
  const named = own(entry, 'name');
  const entryName = typeof named === 'string' && named.trim() ? ` (the entry named ${quote(named.trim())})` : '';
  if (rawId === undefined || rawId === null || (typeof rawId === 'string' && !rawId.trim())) {
    problems.add('error', `${path}.id`, undefined, `is missing${entryName}`, "the entry is skipped: an element's location attribute needs an id to name it.");
    return undefined;
  }
  if (typeof rawId !== 'string') {
    problems.add('error', `${path}.id`, rawId, `is ${kind(rawId)}, not text${entryName}`, 'the entry is skipped.');
    return undefined;
  }
  const id = rawId.trim();
  const earlier = seen.get(id);
  if (earlier !== undefined) {
    problems.add('error', `${path}.id`, id, `is also the id of ${earlier}`, 'this later entry is skipped; each location needs its own id.');
    return undefined;
  }
  seen.set(id, path);
  warnUnknownKeys(entry, LOCATION_KEYS, path, problems);

  const where = `location ${quote(id)}`;
  const name = readRequiredText(entry, 'name', path, problems, `${where} is shown by its id.`);
  const phone = readParsed(entry, 'phone', path, parsePhone, problems, `${where} is used without a phone number.`);
  const email = readParsed(entry, 'email', path, parseEmail, problems, `${where} is used without an e-mail address.`);
  const bookingUrl = readParsed(entry, 'bookingUrl', path, parseBookingUrl, problems, `${where} is used without a booking link.`);
  if (!offersContact({ phone, email, bookingUrl })) {
    problems.add('warning', path, undefined, `(${where}) has no usable phone, email or bookingUrl`, 'a visitor who picks it is offered no way to get in touch.');
  }
  return record({
    id,
    ...(typeof name === 'string' && { name }),
    ...(phone && { phone }),
    ...(email && { email }),
    ...(bookingUrl && { bookingUrl }),
  });
}

/** What a review value that cannot be used leads to (one phrase, so the bundle carries it once). */
const NOT_SHOWN = 'it is not shown.';

/** An object at `path`, or undefined (nothing, or reported as another kind). */
function readObject(value: unknown, path: string, problems: ProblemList): Record<string, unknown> | undefined {
  if (value === undefined || value === null) return undefined;
  if (isObject(value)) return value;
  problems.add('error', path, value, `is ${kind(value)}, not an object`, NOT_SHOWN);
  return undefined;
}

function readReview(value: unknown, problems: ProblemList): PageReview | undefined {
  const review = readObject(value, 'review', problems);
  if (!review) return undefined;
  warnUnknownKeys(review, REVIEW_KEYS, 'review', problems);
  const reviewed = readParsed(review, 'reviewed', 'review', parseIsoDate, problems, NOT_SHOWN);
  const nextReview = readParsed(review, 'nextReview', 'review', parseIsoDate, problems, NOT_SHOWN);
  const reviewedBy = readText(review, 'reviewedBy', 'review.reviewedBy', problems, NOT_SHOWN);
  const sources = readSources(own(review, 'sources'), problems);
  if (!reviewed && !nextReview && typeof reviewedBy !== 'string' && !sources.length) return undefined;
  return record({
    sources,
    ...(reviewed && { reviewed }),
    ...(nextReview && { nextReview }),
    ...(typeof reviewedBy === 'string' && { reviewedBy }),
  });
}

function readSources(value: unknown, problems: ProblemList): PageReview['sources'] {
  const sources: PageReview['sources'][number][] = [];
  if (value === undefined || value === null) return sources;
  if (!Array.isArray(value)) {
    problems.add('error', 'review.sources', value, `is ${kind(value)}, not a list (array)`, NOT_SHOWN);
    return sources;
  }
  if (value.length > MAX_SOURCES) {
    problems.add('warning', 'review.sources', undefined, `has ${value.length} entries, more than the ${MAX_SOURCES} a review cites`, `only the first ${MAX_SOURCES} are shown.`);
  }
  for (let index = 0; index < Math.min(value.length, MAX_SOURCES); index++) {
    const path = `review.sources[${index}]`;
    // own(): a hole in the list is an absent entry, not Object.prototype[index].
    const source = readObject(own(value, index), path, problems);
    if (!source) continue;
    warnUnknownKeys(source, SOURCE_KEYS, path, problems);
    const title = readRequiredText(source, 'title', path, problems, 'the source is not shown.');
    if (typeof title !== 'string') continue;
    // Without a URL (a book, a printed guideline) a source is its title alone.
    const url = readParsed(source, 'url', path, parseBookingUrl, problems, 'the source is shown without a link.');
    sources.push(record({ title, ...(url && { url }) }));
  }
  return sources;
}

/**
 * A date written `YYYY-MM-DD` (ISO 8601, as `<input type="date">` gives it), checked to be a real
 * day of the Gregorian calendar; returned as written. Only this form: `12-03-2026` is 12 March to
 * a Dutch reader and 3 December to an American one.
 */
function parseIsoDate(text: string): Parsed<string> {
  const parts = /^([1-9]\d{3})-(\d\d)-(\d\d)$/.exec(text);
  if (!parts) return { ok: false, reason: 'is not a date written YYYY-MM-DD (like "2026-03-12")' };
  const [, year, month, day] = parts.map(Number);
  // Day 0 of the next month is the last day of this one; UTC, so no time zone or summer time moves it.
  const days = new Date(Date.UTC(year, month, 0)).getUTCDate();
  if (month < 1 || month > 12 || day < 1 || day > days) return { ok: false, reason: 'is not a day of the calendar' };
  return { ok: true, value: text };
}

/**
 * The page config's `localesUrl`, or undefined when it is not one: the widgets import() language
 * files from it, so it is script. Only the page's own origin (the widgets fetch nothing from other
 * hosts, and a config may come from anywhere on the page), written in full or from `/` (a relative
 * path would depend on which page the widgets are on), and a folder (`en.js` resolves against it).
 */
function parseLocalesUrl(text: string): string | undefined {
  try {
    // Resolved as the page resolves its own URLs; self.origin, not location's, is the page's origin
    // also in an about:srcdoc or about:blank frame a page builder writes.
    const url = new URL(text, document.baseURI);
    // `//host/` and `/\host/` start with "/" but name another host: the origin check refuses them.
    if (/^(https?:)?\//i.test(text) && url.origin === self.origin && url.pathname.endsWith('/')) return url.href;
  } catch {
    // Not a URL at all.
  }
  return undefined;
}

/** Marks a field that was present but unusable (already reported). */
const INVALID = Symbol('invalid');

/** A text field: trimmed; absent, `null` or blank is `undefined` (no value, not an error); another type is reported. */
function readText(object: Record<string, unknown>, key: string, path: string, problems: ProblemList, consequence: string): string | undefined | typeof INVALID {
  const value = own(object, key);
  if (value === undefined || value === null) return undefined;
  if (typeof value !== 'string') {
    problems.add('error', path, value, `is ${kind(value)}, not text`, consequence);
    return INVALID;
  }
  return value.trim() || undefined;
}

/** A text field that must be there: as readText(), and "is missing" when absent or blank. */
function readRequiredText(object: Record<string, unknown>, key: string, path: string, problems: ProblemList, consequence: string): string | undefined | typeof INVALID {
  const text = readText(object, key, `${path}.${key}`, problems, consequence);
  if (text === undefined) problems.add('error', `${path}.${key}`, undefined, 'is missing', consequence);
  return text;
}

function readParsed<T>(
  object: Record<string, unknown>,
  key: string,
  path: string,
  parse: (text: string) => Parsed<T>,
  problems: ProblemList,
  consequence: string,
): T | undefined {
  const text = readText(object, key, `${path}.${key}`, problems, consequence);
  if (typeof text !== 'string') return undefined;
  const parsed = parse(text);
  if (parsed.ok) return parsed.value;
  problems.add('error', `${path}.${key}`, text, parsed.reason, consequence);
  return undefined;
}

/** One warning an object listing its unknown keys, with a hint for a near miss (`booking_url` → `bookingUrl`). */
function warnUnknownKeys(object: Record<string, unknown>, known: readonly string[], path: string, problems: ProblemList): void {
  const unknown = Object.keys(object).filter((key) => !known.includes(key));
  if (unknown.length === 0) return;
  const simple = (key: string) => key.toLowerCase().replace(/[-_\s]/g, '');
  const listed = unknown.slice(0, MAX_LISTED_KEYS).map((key) => {
    const near = known.find((candidate) => simple(candidate) === simple(key));
    return near ? `${quote(key)} (did you mean "${near}"?)` : quote(key);
  });
  const more = unknown.length > MAX_LISTED_KEYS ? ` and ${unknown.length - MAX_LISTED_KEYS} more` : '';
  const noun = unknown.length === 1 ? 'key' : 'keys';
  problems.add('warning', path, undefined, `has unknown ${noun} ${listed.join(', ')}${more}; the known keys are ${known.join(', ')}`, `${unknown.length === 1 ? 'it is' : 'they are'} ignored.`);
}
