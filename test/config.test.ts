/**
 * The page config: configure() and <script data-hip-widgets-config>, every
 * problem reported once with its path and value, the rest still used, config
 * scripts read whenever they appear, and localesUrl, where the language files
 * load from.
 */
import { aTimeout, expect } from '@open-wc/testing';
// The entry module: it exports configure() and starts watching the page's config scripts.
import { configure } from '../src/index.js';
import { pageConfig, resetPageConfigForTests, type ConfigProblem, type HipWidgetsConfig } from '../src/config.js';
import { getLocale, localeModuleUrl, syncLocale } from '../src/localization.js';
import { captureConsole, type ConsoleCapture } from './helpers/console.js';
import { CENTRUM, EXAMPLE, finishParsing, NOORD, simulateParsing, stopSimulatingParsing } from './helpers/page-config.js';


const addedScripts: Element[] = [];

/** Add a config script (or a container holding one) the way a CMS or a plugin does. */
function addConfigScript(text: string, container?: HTMLElement): HTMLScriptElement {
  const script = document.createElement('script');
  script.type = 'application/json';
  script.setAttribute('data-hip-widgets-config', '');
  script.textContent = text;
  if (container) container.append(script);
  document.body.append(container ?? script);
  addedScripts.push(container ?? script);
  return script;
}

/** Let the page's MutationObserver see what was just changed. */
const settle = () => aTimeout(0);

const ids = () => pageConfig().locations.map((location) => location.id);
const location = (id: string) => pageConfig().locations.find((candidate) => candidate.id === id);
/** The review record in force, as plain data (the checked one has no prototype). */
const reviewRecord = () => (pageConfig().review ? JSON.parse(JSON.stringify(pageConfig().review)) : undefined);
/** Bad input from a page's script, which the types would not let through. */
const untyped = (value: unknown) => value as HipWidgetsConfig;

describe('page config', () => {
  let console: ConsoleCapture;
  const allMessages = () => [...console.messages.error, ...console.messages.warn, ...console.messages.info];
  /** Claims the console messages of `problems` (configure() returns what it reports): each on the console once, at its level. */
  const claimProblems = (problems: readonly ConfigProblem[]) => {
    console.claim('error', problems.filter((problem) => problem.severity === 'error').map((problem) => problem.message));
    console.claim('warn', problems.filter((problem) => problem.severity === 'warning').map((problem) => problem.message));
  };

  beforeEach(() => {
    console = captureConsole();
  });

  afterEach(async () => {
    for (const node of addedScripts.splice(0)) node.remove();
    resetPageConfigForTests();
    await syncLocale();
    console.restore();
  });

  describe('configure()', () => {
    it('reads a review record: the dates as written, the reviewer, the sources with their links as the browser writes them', () => {
      const problems = configure({
        review: {
          reviewed: ' 2026-03-12 ',
          nextReview: '2027-03-12',
          reviewedBy: 'M. de Vries, fysiotherapeut',
          sources: [{ title: 'Richtlijn', url: 'HTTPS://Example.NL/richtlijn' }, { title: 'Boek' }],
        },
      });
      expect(problems).to.deep.equal([]);
      expect(reviewRecord()).to.deep.equal({
        reviewed: '2026-03-12',
        nextReview: '2027-03-12',
        reviewedBy: 'M. de Vries, fysiotherapeut',
        sources: [{ title: 'Richtlijn', url: 'https://example.nl/richtlijn' }, { title: 'Boek' }],
      });
      configure({ locations: [CENTRUM] });
      expect(pageConfig().review, 'the next configure() replaces it').to.equal(undefined);
    });

    it('reads a valid config: locations with parsed contact details, the default, no problems', () => {
      const problems = configure(EXAMPLE);
      expect(problems).to.deep.equal([]);
      expect(allMessages()).to.deep.equal([]);
      expect(ids()).to.deep.equal(['centrum', 'noord']);
      expect(pageConfig().defaultLocation).to.equal('centrum');
      expect(location('centrum')).to.deep.equal({
        id: 'centrum',
        name: 'Fysiotherapie Centrum',
        phone: { display: '020 123 4567', e164: '+31201234567', href: 'tel:+31201234567' },
        email: { display: 'centrum@example.nl', href: 'mailto:centrum@example.nl' },
        bookingUrl: 'https://example.nl/afspraak?loc=centrum',
      });
      expect(location('noord')!.phone!.href).to.equal('tel:+31207654321');
    });

    it('replaces the page config: nothing of the previous call stays', () => {
      configure(EXAMPLE);
      configure({ locations: [NOORD] });
      expect(ids()).to.deep.equal(['noord']);
      expect(pageConfig().defaultLocation).to.equal(undefined);
      configure({});
      expect(ids()).to.deep.equal([]);
    });

    it('passes "locale" to the localization, and drops it again with the next config', async () => {
      configure({ locale: 'de' });
      await syncLocale();
      expect(getLocale()).to.equal('de');
      configure({ locations: [NOORD] });
      await syncLocale();
      expect(getLocale()).to.equal('nl');
    });

    it('treats null, blank and absent values as "not set", not as errors', () => {
      const problems = configure(untyped({ locale: '', defaultLocation: null, dataLayer: null, locations: [{ id: 'noord', name: 'Noord', phone: '020 765 4321', email: '', bookingUrl: null }] }));
      expect(problems).to.deep.equal([]);
      expect(location('noord')!.email).to.equal(undefined);
      expect(pageConfig().dataLayer).to.equal(undefined);
    });
  });

  describe('problems', () => {
    interface Case {
      title: string;
      config: unknown;
      severity: ConfigProblem['severity'];
      path: string;
      /** The value as the message shows it; '' when there is none. */
      value: string;
      /** Also in the message: a word that says what is wrong. */
      says: string;
      /** What of the config still works. */
      rest?: () => void;
    }
    const cases: Case[] = [
      { title: 'a string instead of an object', config: 'string', severity: 'error', path: '', value: '"string"', says: 'not an object' },
      { title: 'a number instead of an object', config: 42, severity: 'error', path: '', value: '42', says: 'not an object' },
      { title: 'a list instead of an object', config: [CENTRUM], severity: 'error', path: '', value: '', says: 'a list (array), not an object' },
      {
        title: 'locations that is not a list',
        config: { locations: { centrum: CENTRUM } },
        severity: 'error',
        path: 'locations',
        value: '',
        says: 'an object, not a list',
        rest: () => expect(ids()).to.deep.equal([]),
      },
      {
        title: 'a location that is not an object',
        config: { locations: [CENTRUM, 'noord'] },
        severity: 'error',
        path: 'locations[1]',
        value: '"noord"',
        says: 'a string, not a location',
        rest: () => expect(ids()).to.deep.equal(['centrum']),
      },
      {
        title: 'a location without an id',
        config: { locations: [CENTRUM, { name: 'Fysiotherapie Zuid', phone: '020 111 2222' }] },
        severity: 'error',
        path: 'locations[1].id',
        value: '',
        says: 'is missing (the entry named "Fysiotherapie Zuid")',
        rest: () => expect(ids()).to.deep.equal(['centrum']),
      },
      {
        title: 'an id that is not text',
        config: { locations: [{ ...NOORD, id: 7 }, CENTRUM] },
        severity: 'error',
        path: 'locations[0].id',
        value: '7',
        says: 'a number, not text',
        rest: () => expect(ids()).to.deep.equal(['centrum']),
      },
      {
        title: 'a duplicate id',
        config: { locations: [CENTRUM, NOORD, { ...NOORD, name: 'Kopie' }] },
        severity: 'error',
        path: 'locations[2].id',
        value: '"noord"',
        says: 'also the id of locations[1]',
        rest: () => {
          expect(ids()).to.deep.equal(['centrum', 'noord']);
          expect(location('noord')!.name).to.equal('Fysiotherapie Noord');
        },
      },
      {
        title: 'a location without a name',
        config: { locations: [CENTRUM, { id: 'noord', phone: '020 765 4321' }] },
        severity: 'error',
        path: 'locations[1].name',
        value: '',
        says: 'is missing',
        rest: () => expect(location('noord')!.phone!.href).to.equal('tel:+31207654321'),
      },
      {
        title: 'a name that is not text',
        config: { locations: [{ ...NOORD, name: 42 }] },
        severity: 'error',
        path: 'locations[0].name',
        value: '42',
        says: 'a number, not text',
        rest: () => expect(location('noord')!.name).to.equal(undefined),
      },
      {
        title: 'a bad phone number (the location keeps its name and booking URL)',
        config: { locations: [CENTRUM, { ...NOORD, phone: 'abc', bookingUrl: 'https://example.nl/noord' }] },
        severity: 'error',
        path: 'locations[1].phone',
        value: '"abc"',
        says: 'is not a phone number',
        rest: () => expect(location('noord')).to.deep.equal({ id: 'noord', name: 'Fysiotherapie Noord', bookingUrl: 'https://example.nl/noord' }),
      },
      {
        title: 'a phone number that is a number, not text',
        config: { locations: [{ ...CENTRUM, phone: 201234567 }] },
        severity: 'error',
        path: 'locations[0].phone',
        value: '201234567',
        says: 'a number, not text',
        rest: () => expect(location('centrum')!.phone).to.equal(undefined),
      },
      {
        title: 'a booking URL that is not http(s)',
        config: { locations: [{ ...CENTRUM, bookingUrl: 'javascript:alert(1)' }] },
        severity: 'error',
        path: 'locations[0].bookingUrl',
        value: '"javascript:alert(1)"',
        says: 'only http: and https:',
        rest: () => {
          expect(location('centrum')!.bookingUrl).to.equal(undefined);
          expect(location('centrum')!.phone!.href).to.equal('tel:+31201234567');
        },
      },
      {
        title: 'a relative booking URL',
        config: { locations: [{ ...CENTRUM, bookingUrl: '/afspraak' }] },
        severity: 'error',
        path: 'locations[0].bookingUrl',
        value: '"/afspraak"',
        says: 'not an absolute URL',
      },
      {
        title: 'a bad e-mail address',
        config: { locations: [{ ...CENTRUM, email: 'centrum-at-example.nl' }] },
        severity: 'error',
        path: 'locations[0].email',
        value: '"centrum-at-example.nl"',
        says: 'not an e-mail address',
        rest: () => expect(location('centrum')!.email).to.equal(undefined),
      },
      {
        title: 'an unknown defaultLocation',
        config: { defaultLocation: 'zuid', locations: [CENTRUM, NOORD] },
        severity: 'error',
        path: 'defaultLocation',
        value: '"zuid"',
        says: 'not the id of any location ("centrum", "noord")',
        rest: () => {
          expect(pageConfig().defaultLocation).to.equal(undefined);
          expect(ids()).to.deep.equal(['centrum', 'noord']);
        },
      },
      {
        title: 'a defaultLocation that is not text',
        config: { defaultLocation: 1, locations: [CENTRUM, NOORD] },
        severity: 'error',
        path: 'defaultLocation',
        value: '1',
        says: 'a number, not text',
      },
      {
        title: 'a locale that is not text',
        config: { locale: ['nl'], locations: [CENTRUM] },
        severity: 'error',
        path: 'locale',
        value: '',
        says: 'a list (array), not text',
        rest: () => expect(ids()).to.deep.equal(['centrum']),
      },
      {
        title: 'a locale no language tag could be',
        config: { locale: 'nl'.repeat(100), locations: [CENTRUM] },
        severity: 'error',
        path: 'locale',
        value: `"${'nl'.repeat(38)}n..."`,
        says: 'not a language tag',
      },
      {
        title: 'an unknown key',
        config: { colour: 'red', locations: [CENTRUM] },
        severity: 'warning',
        path: '',
        value: '',
        says: 'unknown key "colour"',
        rest: () => expect(ids()).to.deep.equal(['centrum']),
      },
      {
        title: 'an unknown key in a location, with a hint',
        config: { locations: [{ ...NOORD, booking_url: 'https://example.nl/noord' }] },
        severity: 'warning',
        path: 'locations[0]',
        value: '',
        says: '"booking_url" (did you mean "bookingUrl"?)',
        rest: () => expect(location('noord')!.phone!.href).to.equal('tel:+31207654321'),
      },
      {
        title: 'dataLayer that is text, not a boolean',
        config: { locations: [CENTRUM], dataLayer: 'true' },
        severity: 'error',
        path: 'dataLayer',
        value: '"true"',
        says: 'is a string, not true or false; clicks are not pushed to window.dataLayer.',
        rest: () => expect([pageConfig().dataLayer, ids()]).to.deep.equal([undefined, ['centrum']]),
      },
      {
        title: 'dataLayer that is a number',
        config: { dataLayer: 1 },
        severity: 'error',
        path: 'dataLayer',
        value: '1',
        says: 'is a number, not true or false',
        rest: () => expect(pageConfig().dataLayer).to.equal(undefined),
      },
      {
        title: 'a location without any contact detail',
        config: { locations: [CENTRUM, { id: 'zuid', name: 'Fysiotherapie Zuid' }] },
        severity: 'warning',
        path: 'locations[1]',
        value: '',
        says: 'no usable phone, email or bookingUrl',
        rest: () => expect(ids()).to.deep.equal(['centrum', 'zuid']),
      },
      {
        title: 'a review date not written YYYY-MM-DD',
        config: { review: { reviewed: '12-03-2026' } },
        severity: 'error',
        path: 'review.reviewed',
        value: '"12-03-2026"',
        says: 'is not a date written YYYY-MM-DD (like "2026-03-12"); it is not shown.',
        rest: () => expect(pageConfig().review, 'nothing left of the record').to.equal(undefined),
      },
      {
        title: 'a review date that is not a day (the reviewer still shown)',
        config: { review: { nextReview: '2027-02-29', reviewedBy: 'M. de Vries, fysiotherapeut' } },
        severity: 'error',
        path: 'review.nextReview',
        value: '"2027-02-29"',
        says: 'is not a day of the calendar',
        rest: () => expect(reviewRecord()).to.deep.equal({ reviewedBy: 'M. de Vries, fysiotherapeut', sources: [] }),
      },
      {
        title: 'a review date that is a number',
        config: { review: { reviewed: 20260312, reviewedBy: 'Redactie' } },
        severity: 'error',
        path: 'review.reviewed',
        value: '20260312',
        says: 'a number, not text',
      },
      {
        title: 'a reviewer that is not text',
        config: { review: { reviewed: '2026-03-12', reviewedBy: { name: 'M. de Vries' } } },
        severity: 'error',
        path: 'review.reviewedBy',
        value: '',
        says: 'an object, not text',
        rest: () => expect(reviewRecord()).to.deep.equal({ reviewed: '2026-03-12', sources: [] }),
      },
      {
        title: 'a review that is not an object',
        config: { locations: [CENTRUM], review: '2026-03-12' },
        severity: 'error',
        path: 'review',
        value: '"2026-03-12"',
        says: 'a string, not an object',
        rest: () => expect(ids()).to.deep.equal(['centrum']),
      },
      {
        title: 'sources that is not a list',
        config: { review: { reviewed: '2026-03-12', sources: { title: 'Richtlijn' } } },
        severity: 'error',
        path: 'review.sources',
        value: '',
        says: 'an object, not a list (array)',
      },
      {
        title: 'a source that is not an object',
        config: { review: { sources: ['https://example.nl/richtlijn', { title: 'Richtlijn' }] } },
        severity: 'error',
        path: 'review.sources[0]',
        value: '"https://example.nl/richtlijn"',
        says: 'a string, not an object',
        rest: () => expect(reviewRecord()).to.deep.equal({ sources: [{ title: 'Richtlijn' }] }),
      },
      {
        title: 'a source link that is not http(s) (the title kept, without the link)',
        config: { review: { sources: [{ title: 'Richtlijn', url: 'javascript:alert(1)' }] } },
        severity: 'error',
        path: 'review.sources[0].url',
        value: '"javascript:alert(1)"',
        says: 'only http: and https: links are allowed; the source is shown without a link.',
        rest: () => expect(reviewRecord()).to.deep.equal({ sources: [{ title: 'Richtlijn' }] }),
      },
      {
        title: 'a source without a title',
        config: { review: { reviewed: '2026-03-12', sources: [{ url: 'https://example.nl/richtlijn' }] } },
        severity: 'error',
        path: 'review.sources[0].title',
        value: '',
        says: 'is missing; the source is not shown.',
        rest: () => expect(reviewRecord()).to.deep.equal({ reviewed: '2026-03-12', sources: [] }),
      },
      {
        title: 'an unknown key in the review, with a hint',
        config: { review: { reviewed: '2026-03-12', next_review: '2027-03-12' } },
        severity: 'warning',
        path: 'review',
        value: '',
        says: '"next_review" (did you mean "nextReview"?)',
        rest: () => expect(reviewRecord()).to.deep.equal({ reviewed: '2026-03-12', sources: [] }),
      },
    ];

    for (const { title, config, severity, path, value, says, rest } of cases) {
      it(`reports ${title} once, with its path and value, and uses the rest`, () => {
        const problems = configure(untyped(config));
        expect(problems, 'problems returned').to.have.length(1);
        const [found] = problems;
        expect(found).to.include({ severity, path, value, source: 'configure()' });
        expect(found.message).to.contain('hip-widgets config').and.contain(says);
        // The path as written in the message: "the config" for the whole.
        expect(found.message).to.contain(path ? `: ${path}${value ? ` ${value}` : ''} ` : `: the config${value ? ` ${value}` : ''} `);
        claimProblems(problems);
        expect(allMessages(), 'nothing else on the console').to.have.length(1);
        rest?.();
      });
    }

    it('reports each problem once per page, however often the same config is given', () => {
      const bad = { locations: [CENTRUM, { ...NOORD, phone: 'abc', bookingUrl: 'https://example.nl/noord' }] };
      const first = configure(bad);
      const second = configure(bad);
      expect(first).to.have.length(1);
      expect(second, 'configure() still returns it').to.deep.equal(first);
      claimProblems(first);

      claimProblems(configure({ locations: [CENTRUM, { ...NOORD, phone: 'xyz', bookingUrl: 'https://example.nl/noord' }] }));
      expect(console.messages.error[1], 'a different value is a different problem').to.contain('locations[1].phone "xyz"');
    });

    it('reports every problem of one config, in order', () => {
      const problems = configure(
        untyped({ defaultLocation: 'zuid', locations: [{ ...CENTRUM, email: 'nope' }, { name: 'Zonder id' }, { ...NOORD, phone: '12' }] }),
      );
      expect(problems.map((problem) => problem.path)).to.deep.equal(['locations[0].email', 'locations[1].id', 'locations[2].phone', 'locations[2]', 'defaultLocation']);
      expect(problems.map((problem) => problem.severity)).to.deep.equal(['error', 'error', 'error', 'warning', 'error']);
      claimProblems(problems);
      expect(ids()).to.deep.equal(['centrum', 'noord']);
    });

    it('cuts more than 100 locations, with one warning', () => {
      const many = Array.from({ length: 5000 }, (_, index) => ({ id: `l${index}`, name: `Locatie ${index}`, phone: '020 123 4567' }));
      const problems = configure({ locations: many });
      expect(problems.map((problem) => problem.path)).to.deep.equal(['locations']);
      expect(problems[0].message).to.contain('5000 entries').and.contain('first 100');
      expect(ids()).to.have.length(100);
      console.claim('warn', [problems[0].message]);
    });

    it('cuts more than 10 sources, with one warning', () => {
      const sources = Array.from({ length: 500 }, (_, index) => ({ title: `Bron ${index}`, url: `https://example.nl/bron/${index}` }));
      const problems = configure({ review: { sources } });
      expect(problems.map((problem) => problem.path)).to.deep.equal(['review.sources']);
      expect(problems[0].message).to.contain('500 entries').and.contain('first 10');
      expect(reviewRecord()!.sources).to.deep.equal(sources.slice(0, 10));
      console.claim('warn', [problems[0].message]);
    });

    it('lists a few unknown keys, not thousands', () => {
      const noisy = Object.fromEntries(Array.from({ length: 10000 }, (_, index) => [`key${index}`, index]));
      const problems = configure(untyped(noisy));
      expect(problems).to.have.length(1);
      expect(problems[0].message).to.contain('"key4"').and.contain('and 9995 more').and.not.contain('"key5"');
      console.claim('warn', [problems[0].message]);
    });
  });

  describe('never throws', () => {
    const circular: Record<string, unknown> = { locations: [] };
    (circular.locations as unknown[]).push({ id: 'centrum', name: 'Fysiotherapie Centrum', phone: '020 123 4567', self: circular });
    circular.self = circular;
    const throwing = {
      get locations(): never {
        throw new Error('boom');
      },
    };
    const revoked = Proxy.revocable({}, {});
    revoked.revoke();
    const inputs: [string, unknown][] = [
      ['null', null],
      ['undefined', undefined],
      ['a string', 'string'],
      ['true', true],
      ['a function', () => EXAMPLE],
      ['a symbol', Symbol('config')],
      ['a bigint', 10n ** 30n],
      ['a circular object', circular],
      ['a getter that throws', throwing],
      ['a revoked proxy', revoked.proxy],
      ['objects without a prototype', { locations: [Object.assign(Object.create(null), { id: 'centrum', name: Object.create(null) })] }],
      ['a 1,000,000-character value', { locations: [{ ...CENTRUM, phone: '1'.repeat(1_000_000) }], locale: 'x'.repeat(1_000_000) }],
      ['a 1,000,000-character key', { ['k'.repeat(1_000_000)]: 1 }],
    ];
    for (const [title, input] of inputs) {
      it(`for ${title}, with short messages and the page still configurable`, () => {
        let problems: ConfigProblem[] = [];
        expect(() => (problems = configure(untyped(input)))).not.to.throw();
        expect(problems).to.be.an('array');
        for (const problem of problems) expect(problem.message.length, problem.message.slice(0, 200)).to.be.below(600);
        for (const message of allMessages()) expect(message.length).to.be.below(600);
        claimProblems(problems);
        expect(configure(EXAMPLE)).to.deep.equal([]);
        expect(ids()).to.deep.equal(['centrum', 'noord']);
      });
    }

    it('reads what it can of a circular object, and names a getter that throws', () => {
      const problems = configure(untyped(circular));
      expect(problems.map((problem) => problem.path)).to.deep.equal(['', 'locations[0]']);
      claimProblems(problems);
      expect(ids()).to.deep.equal(['centrum']);
      const [problem] = configure(untyped(throwing));
      expect(problem.message).to.contain('could not be read (boom)');
      claimProblems([problem]);
      expect(ids()).to.deep.equal([]);
    });
  });

  describe('config scripts', () => {
    it('reads a config script added to the page', async () => {
      addConfigScript(JSON.stringify(EXAMPLE));
      await settle();
      expect(ids()).to.deep.equal(['centrum', 'noord']);
      expect(pageConfig().defaultLocation).to.equal('centrum');
      expect(allMessages()).to.deep.equal([]);
    });

    it('reads one inside a container a plugin adds', async () => {
      const container = document.createElement('div');
      container.append(document.createElement('p'));
      addConfigScript(JSON.stringify({ locations: [NOORD] }), container);
      await settle();
      expect(ids()).to.deep.equal(['noord']);
    });

    it('reports bad JSON with the script and the start of its text, and uses nothing from it', async () => {
      addConfigScript('{ "locations": [ { "id": "centrum", } ] }');
      await settle();
      expect(ids()).to.deep.equal([]);
      // The parser's own words in the middle differ per engine.
      console.claim('error', [
        [
          'hip-widgets config (<script data-hip-widgets-config> #1): the config "{ \\"locations\\": [ { \\"id\\": \\"centrum\\", } ] }" is not valid JSON (',
          '); nothing from this script is used.',
        ],
      ]);
    });

    it('reports the path and value of a problem inside a script', async () => {
      addConfigScript(JSON.stringify({ locations: [CENTRUM, { ...NOORD, phone: 'abc' }] }));
      await settle();
      console.claim('error', [
        'hip-widgets config (<script data-hip-widgets-config> #1): locations[1].phone "abc" is not a phone number: it contains letters; location "noord" is used without a phone number.',
      ]);
      console.claim('warn', [
        'hip-widgets config (<script data-hip-widgets-config> #1): locations[1] (location "noord") has no usable phone, email or bookingUrl; a visitor who picks it is offered no way to get in touch.',
      ]);
      expect(location('noord')).to.deep.equal({ id: 'noord', name: 'Fysiotherapie Noord' });
    });

    it('takes a blank script as no config, without a message', async () => {
      addConfigScript('  \n ');
      await settle();
      expect(ids()).to.deep.equal([]);
      expect(allMessages()).to.deep.equal([]);
    });

    it('layers several scripts: later locale and defaultLocation win, locations merge by id', async () => {
      addConfigScript(JSON.stringify(EXAMPLE));
      addConfigScript(JSON.stringify({ defaultLocation: 'noord', locations: [{ id: 'centrum', name: 'Centrum (verhuisd)', phone: '020 999 8888' }, { id: 'zuid', name: 'Zuid', phone: '020 111 2222' }] }));
      await settle();
      expect(ids()).to.deep.equal(['centrum', 'noord', 'zuid']);
      expect(pageConfig().defaultLocation).to.equal('noord');
      // Replaced whole: the e-mail and booking URL of the first script's centrum are gone.
      expect(location('centrum')).to.deep.equal({ id: 'centrum', name: 'Centrum (verhuisd)', phone: { display: '020 999 8888', e164: '+31209998888', href: 'tel:+31209998888' } });
      expect(allMessages()).to.deep.equal([]);
    });

    it('takes the review record of the last script that has one, whole', async () => {
      addConfigScript(JSON.stringify({ review: { reviewed: '2026-03-12', reviewedBy: 'M. de Vries, fysiotherapeut' } }));
      addConfigScript(JSON.stringify({ locations: [CENTRUM] }));
      addConfigScript(JSON.stringify({ review: { nextReview: '2027-03-12' } }));
      await settle();
      expect(reviewRecord()).to.deep.equal({ nextReview: '2027-03-12', sources: [] });
      expect(ids()).to.deep.equal(['centrum']);
    });

    it('layers dataLayer: a later true turns it on, a later false or a value that is not a boolean turns it off again', async () => {
      addConfigScript(JSON.stringify({ dataLayer: true }));
      addConfigScript(JSON.stringify({ locations: [CENTRUM] }));
      await settle();
      expect(pageConfig().dataLayer).to.equal(true);
      addConfigScript(JSON.stringify({ dataLayer: 'yes' }));
      await settle();
      expect(pageConfig().dataLayer).to.equal(undefined);
      console.claim('error', ['hip-widgets config (<script data-hip-widgets-config> #3): dataLayer "yes" is a string, not true or false; clicks are not pushed to window.dataLayer.']);
      addConfigScript(JSON.stringify({ dataLayer: true }));
      addConfigScript(JSON.stringify({ dataLayer: false }));
      await settle();
      expect(pageConfig().dataLayer).to.equal(undefined);
    });

    it('checks defaultLocation against the locations of every script', async () => {
      addConfigScript(JSON.stringify({ defaultLocation: 'noord' }));
      addConfigScript(JSON.stringify({ locations: [CENTRUM, NOORD] }));
      await settle();
      expect(pageConfig().defaultLocation).to.equal('noord');
      expect(allMessages()).to.deep.equal([]);
    });

    it('forgets a script that is removed, and reads one whose text is replaced', async () => {
      const script = addConfigScript(JSON.stringify({ locations: [CENTRUM] }));
      await settle();
      expect(ids()).to.deep.equal(['centrum']);
      script.textContent = JSON.stringify({ locations: [NOORD] });
      await settle();
      expect(ids()).to.deep.equal(['noord']);
      script.remove();
      await settle();
      expect(ids()).to.deep.equal([]);
    });

    it('reports a script problem once, also when the scripts are read again', async () => {
      addConfigScript(JSON.stringify({ locations: [{ ...CENTRUM, email: 'nope' }] }));
      await settle();
      addConfigScript(JSON.stringify({ locale: 'nl' }));
      await settle();
      console.claim('error', [
        'hip-widgets config (<script data-hip-widgets-config> #1): locations[0].email "nope" is not an e-mail address (name@domain.nl); location "centrum" is used without an e-mail address.',
      ]);
    });

    it('lets configure() replace the scripts, with one note, and configure(null) hand back to them', async () => {
      addConfigScript(JSON.stringify({ locations: [NOORD] }));
      await settle();
      expect(configure(EXAMPLE)).to.deep.equal([]);
      expect(ids()).to.deep.equal(['centrum', 'noord']);
      expect(console.messages.info).to.have.length(1);
      expect(console.messages.info[0]).to.contain('configure() replaced the page config').and.contain('configure(null)');
      addConfigScript(JSON.stringify({ locations: [{ id: 'zuid', name: 'Zuid', phone: '020 111 2222' }] }));
      await settle();
      expect(ids(), 'a script added later does not override configure()').to.deep.equal(['centrum', 'noord']);
      expect(configure(null)).to.deep.equal([]);
      expect(ids()).to.deep.equal(['noord', 'zuid']);
    });

    it('returns the problems of the scripts from configure(null)', async () => {
      addConfigScript(JSON.stringify({ defaultLocation: 'zuid', locations: [NOORD] }));
      await settle();
      console.claim('error', [
        'hip-widgets config (<script data-hip-widgets-config> #1): defaultLocation "zuid" is not the id of any location ("noord"); it is ignored and the only location is used.',
      ]);
      configure(EXAMPLE);
      expect(configure(null).map((problem) => problem.path)).to.deep.equal(['defaultLocation']);
      console.claim('error', []);
    });

    describe('while the page is still parsed', () => {
      // The classic script in <head> runs while the body is parsed: simulate that state.
      beforeEach(simulateParsing);
      afterEach(stopSimulatingParsing);

      it('waits for the whole text of a script, and reports bad JSON at DOMContentLoaded', async () => {
        addConfigScript('{ "locations": [ { "id": "centr');
        await settle();
        console.claim('error', []); // cut off by the parser, perhaps
        finishParsing();
        console.claim('error', [['hip-widgets config (<script data-hip-widgets-config> #1): the config "{ \\"locations\\": [ { \\"id\\": \\"centr" is not valid JSON (']]);
      });

      it('reads a complete script as soon as the parser adds it', async () => {
        addConfigScript(JSON.stringify({ locations: [NOORD] }));
        await settle();
        expect(ids()).to.deep.equal(['noord']);
      });
    });
  });

  /*
   * localesUrl: where the language files are when they are not beside the script (an optimizer
   * served the script from a combined or minified copy elsewhere). Only a folder on the page's own
   * origin is taken; anything else is reported and the files load from beside the script. The
   * built bundle's side is in bundle.test.ts.
   */
  describe('localesUrl', () => {
    const ORIGIN = window.location.origin;
    /** Where the language files are without a localesUrl: beside src/localization.ts, as in dist/ beside the bundle. */
    const BESIDE = new URL('/src/locales/en.js', ORIGIN).href;
    const BESIDE_NOTE = 'the language files load from beside the script.';
    /** What this page fetched, as path and query. */
    const fetched = () =>
      performance.getEntriesByType('resource').map((entry) => {
        const url = new URL(entry.name);
        return url.pathname + url.search;
      });

    it('takes a folder on the page origin, written in full or from "/", with its query as the cache-buster', () => {
      expect(configure({ localesUrl: '/wp-content/plugins/hip-widgets/assets/locales/?ver=0.1.0.17' })).to.deep.equal([]);
      expect(pageConfig().localesUrl).to.equal(`${ORIGIN}/wp-content/plugins/hip-widgets/assets/locales/?ver=0.1.0.17`);
      expect(localeModuleUrl('en')).to.equal(`${ORIGIN}/wp-content/plugins/hip-widgets/assets/locales/en.js?ver=0.1.0.17`);

      expect(configure({ localesUrl: ` ${ORIGIN}/assets/locales/ ` })).to.deep.equal([]);
      expect(localeModuleUrl('fr')).to.equal(`${ORIGIN}/assets/locales/fr.js`);
      expect(console.messages.error).to.deep.equal([]);
    });

    it('loads from beside the script without one (blank and null are "not set", not errors)', () => {
      expect(localeModuleUrl('en')).to.equal(BESIDE);
      expect(configure(untyped({ localesUrl: '  ' }))).to.deep.equal([]);
      expect(configure(untyped({ localesUrl: null }))).to.deep.equal([]);
      expect(pageConfig().localesUrl).to.equal(undefined);
      expect(localeModuleUrl('en')).to.equal(BESIDE);
    });

    // Each under 80 characters, so the message quotes it whole.
    const refused: Array<[string, string]> = [
      ['another host', 'https://evil.example/locales/'],
      ['another host, written from "//"', '//evil.example/locales/'],
      ['another host behind a backslash ("/\\host" is "//host" to a URL parser)', '/\\evil.example/locales/'],
      ['another scheme of this host', `${ORIGIN.startsWith('https:') ? ORIGIN.replace('https:', 'http:') : ORIGIN.replace('http:', 'https:')}/locales/`],
      ['a javascript: URL', 'javascript:alert(1)//'],
      ['a data: URL', 'data:text/javascript,export const templates = {};//'],
      ['a blob: URL of this origin', `blob:${ORIGIN}/locales/`],
      ['a relative path', 'locales/'],
      ['a relative path upwards', '../locales/'],
      ['a file, not a folder', `${ORIGIN}/dist/locales/en.js`],
      ['a folder without its closing "/"', '/dist/locales'],
      ['no URL at all', 'http://[::1/locales/'],
    ];
    for (const [title, value] of refused) {
      it(`refuses ${title}, with its path and value, and loads from beside the script`, () => {
        const problems = configure({ localesUrl: value });
        expect(problems, 'problems returned').to.have.length(1);
        const [problem] = problems;
        expect(problem).to.include({ severity: 'error', path: 'localesUrl', source: 'configure()' });
        expect(problem.value).to.equal(JSON.stringify(value));
        expect(problem.message).to.equal(`hip-widgets config (configure()): localesUrl ${problem.value} is not a folder on ${ORIGIN} (written in full or from "/", ending in "/"); ${BESIDE_NOTE}`);
        console.claim('error', [problem.message]);
        expect(pageConfig().localesUrl).to.equal(undefined);
        expect(localeModuleUrl('en')).to.equal(BESIDE);
      });
    }

    it('shortens a very long value in the message', () => {
      const [problem] = configure({ localesUrl: `/${'a'.repeat(5000)}` });
      expect(problem.message.length).to.be.below(300);
      console.claim('error', [problem.message]);
    });

    for (const [title, value, says] of [
      ['a number', 42, 'is a number, not text'],
      ['a list', ['/dist/locales/'], 'is a list (array), not text'],
      ['an object', { href: '/dist/locales/' }, 'is an object, not text'],
    ] as const) {
      it(`refuses ${title}, saying what it is`, () => {
        const [problem, ...more] = configure(untyped({ localesUrl: value }));
        expect(more).to.deep.equal([]);
        expect(problem.message).to.contain(`localesUrl ${typeof value === 'number' ? '42 ' : ''}${says}; ${BESIDE_NOTE}`);
        console.claim('error', [problem.message]);
        expect(localeModuleUrl('en')).to.equal(BESIDE);
      });
    }

    it('is read from config scripts: a later script\'s wins, a refused one leaves the earlier', async () => {
      for (const localesUrl of ['/first/locales/', '/second/locales/', 'https://evil.example/locales/']) addConfigScript(JSON.stringify({ localesUrl }));
      await settle();
      expect(pageConfig().localesUrl).to.equal(`${ORIGIN}/second/locales/`);
      console.claim('error', [['<script data-hip-widgets-config> #3): localesUrl "https://evil.example/locales/" is not a folder on']]);
    });

    it('loads the language files from there', async () => {
      // The TypeScript sources (the test server serves src/locales/de.ts for de.js), with a query no other test used.
      const fresh = `t=${Date.now()}`;
      configure({ locale: 'de', localesUrl: `/src/locales/?${fresh}` });
      await syncLocale();
      expect(getLocale()).to.equal('de');
      expect(fetched()).to.include(`/src/locales/de.js?${fresh}`);
    });

    // Last in this file: @lit/localize keeps a failed locale's rejection for the life of the page.
    it('warns once, with the URL, when a language file is not there, and keeps the text', async () => {
      configure({ locale: 'fr', localesUrl: '/nowhere/locales/' });
      await syncLocale();
      // Asked again (the config read again, <html lang> changing): no second try, no second warning.
      await syncLocale();
      configure({ locale: 'fr', localesUrl: '/nowhere/locales/' });
      await syncLocale();
      expect(getLocale(), 'the text stays Dutch').to.equal('nl');
      console.claim('warn', [['hip-widgets: could not load the "fr" translations from ', '/nowhere/locales/fr.js (', '); the text stays in nl.']]);
      // The config said where they are, so the hint to set localesUrl would be wrong.
      expect(console.messages.warn[0]).not.to.contain('Set "localesUrl"');
    });
  });
});
