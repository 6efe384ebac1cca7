import { expect, fixture, html } from '@open-wc/testing';
import { MEASURES, STAT_IDS, statCaption } from '../src/content/statistics.js';
import type { Measure } from '../src/content/types.js';
import { StatsFigure } from '../src/elements/stats-figure.js';
import { formatNumber } from '../src/format.js';
import { allLocales, setLocale } from '../src/localization.js';
import './helpers/axe.js';
import { captureConsole, type ConsoleCapture } from './helpers/console.js';

const NBSP = '\u00a0';

/**
 * The sentence under each built-in statistic, written out: the practice's page
 * (the figures in its own words), with a no-break space before % and en dashes in ranges.
 * Each says everything itself, as a figure on its own needs ("Dat is …" only
 * follows a sentence in a card; IN_TEXT below).
 */
const CAPTIONS: Record<string, string> = {
  'physio-hip-share': `In de fysiotherapiepraktijk komt ongeveer 3,1${NBSP}% van de patiënten voor heupklachten.`,
  'fai-prevalence-hip-pain': `Het voorkomen van FAI wordt geschat op 22–30${NBSP}% van alle patiënten met heuppijn.`,
  'fai-athlete-age': 'FAI komt voornamelijk voor bij sporters tussen de 20–50 jaar.',
  'fai-prevalence-no-complaints': `FAI komt bij 8–14${NBSP}% voor bij de populatie zonder klachten.`,
  'fai-labrum-deformity': `In 80${NBSP}% van de labrumletsels (ringvormige kraakbeenstructuur die ervoor zorgt dat de kop in de kom past) ligt een pincer- of een cam-deformiteit aan de voorgrond.`,
  'perthes-onset-age': 'De eerste symptomen ontstaan meestal tussen de 4 en de 8 jaar.',
  'perthes-boys-girls': 'De ziekte komt 5 keer vaker voor bij jongens dan bij meisjes.',
  'epiphysiolysis-incidence': 'Epifysiolyse komt in Europa en Amerika tussen de 2 en 10 patiënten op 100.000 inwoners voor.',
  'epiphysiolysis-diagnosis-age': 'De leeftijd waarop de diagnose gesteld wordt is gemiddeld voor jongens 13,5 en meisjes 12 jaar.',
  'epiphysiolysis-bilateral': `In 50${NBSP}% van de gevallen komt het beiderzijds voor, vaak echter niet gelijktijdig.`,
  'hip-fracture-new-cases-2007': 'In 2007 bedroeg het aantal nieuwe gevallen van een heupfractuur 17.900.',
  'hip-fracture-incidence-by-sex': 'In 2007 bedroeg het aantal nieuwe gevallen van een heupfractuur 0,6 per 1.000 mannen en 1,6 per 1.000 vrouwen.',
  'hip-fracture-share-by-sex': `Heupfracturen komen vaker voor bij vrouwen (75${NBSP}%) dan bij mannen (25${NBSP}%).`,
  'hip-fracture-age': 'Heupfracturen komen voornamelijk voor bij personen ouder dan 55 jaar.',
  'hip-fracture-recovery': `Na zes maanden heeft 32–50${NBSP}% van de patiënten zijn oude mobiliteits- en zelfstandigheidsniveau nog niet bereikt.`,
  'osteoarthritis-new-patients-2007': 'Het aantal nieuwe patiënten met heup- en knieartrose per jaar in Nederland werd in 2007 geschat op 23.100 mannen en 42.900 vrouwen.',
  'osteoarthritis-incidence-by-sex': 'Het aantal nieuwe patiënten met heup- en knieartrose per jaar in Nederland werd in 2007 geschat op 2,8 per 1.000 mannen en 5,1 per 1.000 vrouwen.',
  'osteoarthritis-peak-age': 'Het risico op artrose neemt toe met de leeftijd, met een piek rond de 78 tot 79 jaar, na welke leeftijd het risico weer afneemt.',
  'osteoarthritis-referral': `Jaarlijks wordt 4,3${NBSP}% van de mensen met heup- en/of knieartrose die zich aanmelden bij de huisarts verwezen naar de fysiotherapeut.`,
};

/**
 * The sentences that lean on the text around them, as the practice's page words
 * them: a card's key facts and the section's figure (`inText`) show these.
 */
const IN_TEXT: Record<string, string> = {
  'physio-hip-share': `In de fysiotherapiepraktijk komt toch ongeveer 3,1${NBSP}% van de patiënten voor heupklachten.`,
  'fai-labrum-deformity': `In 80${NBSP}% van de labrumletsels (ringvormige kraakbeenstructuur die ervoor zorgt dat de kop in de kom past) ligt een pincer- of een cam-deformiteit (zie hieronder) aan de voorgrond.`,
  'hip-fracture-incidence-by-sex': 'Dat is 0,6 per 1.000 mannen en 1,6 per 1.000 vrouwen.',
  'osteoarthritis-incidence-by-sex': 'Dit komt overeen met 2,8 per 1.000 mannen en 5,1 per 1.000 vrouwen.',
};

/** Console output of each test, every error and warning of which the test claims. */
let logged: ConsoleCapture;

beforeEach(() => {
  logged = captureConsole();
});

afterEach(() => {
  logged.restore();
});

/** Text as a reader sees it: source whitespace collapsed, but the no-break space in "3,1 %" kept. */
function text(node: Node | null | undefined): string {
  return (node?.textContent ?? '').replace(/[ \t\n\r]+/g, ' ').trim();
}

function root(el: StatsFigure): ShadowRoot {
  return el.shadowRoot!;
}

function headline(el: StatsFigure): string {
  return text(root(el).querySelector('[part~="value"]'));
}

function caption(el: StatsFigure): string {
  return text(root(el).querySelector('figcaption'));
}

/** A rect's width in percent of the drawing, from its `width` attribute. */
function width(rect: Element | null | undefined): number {
  expect(rect, 'rect exists').to.exist;
  const value = rect!.getAttribute('width')!;
  expect(value).to.match(/%$/);
  return parseFloat(value);
}

function x(rect: Element | null | undefined): number {
  return parseFloat(rect!.getAttribute('x')!);
}

function bar(el: StatsFigure): Element | null {
  return root(el).querySelector('svg[part="chart"] rect.bar');
}

function band(el: StatsFigure): Element | null {
  return root(el).querySelector('svg[part="chart"] rect.band');
}

function tickLabels(el: StatsFigure): string[] {
  return [...root(el).querySelectorAll('svg text')].map((label) => text(label));
}

/** Each comparison group as the reader sees it, plus its bar's width. */
function groups(el: StatsFigure): { label: string; value: string; width: number }[] {
  return [...root(el).querySelectorAll('[part~="group"]')].map((group) => ({
    label: text(group.querySelector('[part~="group-label"]')),
    value: text(group.querySelector('[part~="value"]')),
    width: width(group.querySelector('rect.bar')),
  }));
}

describe('<stats-figure>', () => {
  it('is registered under its tag', () => {
    expect(document.createElement('stats-figure')).to.be.instanceOf(StatsFigure);
  });

  describe('percent', () => {
    it('shows a single percentage in Dutch with its sentence', async () => {
      const el = await fixture<StatsFigure>(html`<stats-figure stat="physio-hip-share"></stats-figure>`);
      expect(headline(el)).to.equal(`3,1${NBSP}%`);
      expect(caption(el)).to.equal(`In de fysiotherapiepraktijk komt ongeveer 3,1${NBSP}% van de patiënten voor heupklachten.`);
      expect(width(bar(el))).to.equal(3.1);
      expect(band(el)).to.be.null;
      expect(tickLabels(el)).to.deep.equal([`0${NBSP}%`, `50${NBSP}%`, `100${NBSP}%`]);
      await expect(el).to.be.accessible();
    });

    it('draws a larger percentage as a longer bar', async () => {
      const small = await fixture<StatsFigure>(html`<stats-figure stat="physio-hip-share"></stats-figure>`);
      const large = await fixture<StatsFigure>(html`<stats-figure stat="fai-labrum-deformity"></stats-figure>`);
      expect(headline(large)).to.equal(`80${NBSP}%`);
      expect(width(bar(small))).to.be.lessThan(width(bar(large)));
      expect(width(bar(large))).to.equal(80);
    });

    it('draws a range solid up to its lower end and as a band on to its upper end', async () => {
      const el = await fixture<StatsFigure>(html`<stats-figure stat="fai-prevalence-hip-pain"></stats-figure>`);
      expect(headline(el)).to.equal(`22–30${NBSP}%`);
      expect(caption(el)).to.contain(`22–30${NBSP}%`);
      expect(width(bar(el))).to.equal(22);
      expect(x(band(el))).to.equal(22);
      expect(width(band(el))).to.equal(8);
      await expect(el).to.be.accessible();
    });

    it('hides the drawing from assistive technology', async () => {
      const el = await fixture<StatsFigure>(html`<stats-figure stat="physio-hip-share"></stats-figure>`);
      const chart = root(el).querySelector('svg[part="chart"]')!;
      expect(chart.getAttribute('aria-hidden')).to.equal('true');
      // A strict CSP (style-src 'self') would drop inline style attributes, so geometry must not live there.
      expect(root(el).querySelectorAll('[style]')).to.have.length(0);
    });
  });

  describe('rate', () => {
    it('shows a rate range as a band on an axis ending on a round number above it', async () => {
      const el = await fixture<StatsFigure>(html`<stats-figure stat="epiphysiolysis-incidence"></stats-figure>`);
      expect(headline(el)).to.equal('2–10 per 100.000');
      // The sentence says the range in words, as the page does, with the same numbers the drawing shows.
      expect(caption(el)).to.contain('tussen de 2 en 10 patiënten op 100.000 inwoners');
      expect(tickLabels(el)).to.deep.equal(['0', '5', '10', '15']);
      // On a 0–15 axis: solid to 2, band from 2 to 10.
      expect(width(bar(el))).to.be.closeTo((2 / 15) * 100, 0.01);
      expect(x(band(el))).to.be.closeTo((2 / 15) * 100, 0.01);
      expect(width(band(el))).to.be.closeTo((8 / 15) * 100, 0.01);
      await expect(el).to.be.accessible();
    });
  });

  describe('age', () => {
    it('shows an age range as a band on a 0–100 year axis', async () => {
      const el = await fixture<StatsFigure>(html`<stats-figure stat="fai-athlete-age"></stats-figure>`);
      expect(headline(el)).to.equal('20–50 jaar');
      expect(caption(el)).to.equal('FAI komt voornamelijk voor bij sporters tussen de 20–50 jaar.');
      expect(x(band(el))).to.equal(20);
      expect(width(band(el))).to.equal(30);
      expect(tickLabels(el)).to.deep.equal(['0', '25', '50', '75', '100 jaar']);
      await expect(el).to.be.accessible();
    });

    it('shows "older than" as a band from that age to the end of the axis', async () => {
      const el = await fixture<StatsFigure>(html`<stats-figure stat="hip-fracture-age"></stats-figure>`);
      expect(headline(el)).to.equal('ouder dan 55 jaar');
      expect(caption(el)).to.contain('ouder dan 55 jaar');
      expect(x(band(el))).to.equal(55);
      expect(width(band(el))).to.equal(45);
      await expect(el).to.be.accessible();
    });

    it('keeps a one-year range visible', async () => {
      const el = await fixture<StatsFigure>(html`<stats-figure stat="osteoarthritis-peak-age"></stats-figure>`);
      expect(headline(el)).to.equal('78–79 jaar');
      expect(caption(el)).to.contain('rond de 78 tot 79 jaar');
      expect(x(band(el))).to.equal(78);
      expect(width(band(el))).to.equal(1);
    });
  });

  describe('count', () => {
    it('shows a count as a large number with a full bar', async () => {
      const el = await fixture<StatsFigure>(html`<stats-figure stat="hip-fracture-new-cases-2007"></stats-figure>`);
      expect(headline(el)).to.equal('17.900');
      expect(caption(el)).to.equal('In 2007 bedroeg het aantal nieuwe gevallen van een heupfractuur 17.900.');
      expect(width(bar(el))).to.equal(100);
      await expect(el).to.be.accessible();
    });
  });

  describe('comparison', () => {
    it('labels each group with its name and value, bars scaled to the largest', async () => {
      const el = await fixture<StatsFigure>(html`<stats-figure stat="hip-fracture-incidence-by-sex"></stats-figure>`);
      const [men, women] = groups(el);
      expect(men.label).to.equal('Mannen');
      expect(men.value).to.equal('0,6 per 1.000');
      expect(women.label).to.equal('Vrouwen');
      expect(women.value).to.equal('1,6 per 1.000');
      expect(women.width).to.be.greaterThan(men.width);
      expect(women.width).to.equal(100);
      expect(men.width).to.equal(37.5);
      expect(caption(el)).to.equal(CAPTIONS['hip-fracture-incidence-by-sex']);
      await expect(el).to.be.accessible();
    });

    it('compares boys and girls in "times as often"', async () => {
      const el = await fixture<StatsFigure>(html`<stats-figure stat="perthes-boys-girls"></stats-figure>`);
      expect(groups(el)).to.deep.equal([
        { label: 'Jongens', value: '5×', width: 100 },
        { label: 'Meisjes', value: '1×', width: 20 },
      ]);
      await expect(el).to.be.accessible();
    });

    it('keeps shares on the 0–100 % scale', async () => {
      const el = await fixture<StatsFigure>(html`<stats-figure stat="hip-fracture-share-by-sex"></stats-figure>`);
      expect(groups(el)).to.deep.equal([
        { label: 'Vrouwen', value: `75${NBSP}%`, width: 75 },
        { label: 'Mannen', value: `25${NBSP}%`, width: 25 },
      ]);
    });

    it('formats counts and ages per group', async () => {
      const counts = await fixture<StatsFigure>(html`<stats-figure stat="osteoarthritis-new-patients-2007"></stats-figure>`);
      expect(groups(counts).map((group) => group.value)).to.deep.equal(['23.100', '42.900']);
      const ages = await fixture<StatsFigure>(html`<stats-figure stat="epiphysiolysis-diagnosis-age"></stats-figure>`);
      expect(groups(ages).map((group) => `${group.label} ${group.value}`)).to.deep.equal(['Jongens 13,5 jaar', 'Meisjes 12 jaar']);
    });
  });

  describe('every built-in statistic', () => {
    it('is one of the statistics whose sentence this test knows', () => {
      expect([...STAT_IDS]).to.deep.equal(Object.keys(CAPTIONS));
    });

    it('has a sentence that says everything itself, leaning on no text before or after it', () => {
      for (const [id, sentence] of Object.entries(CAPTIONS)) expect(sentence, id).not.to.match(/^(Dat|Dit|Deze)\b|\btoch\b|hieronder/);
    });

    for (const [id, sentence] of Object.entries(IN_TEXT)) {
      it(`words "${id}" as the practice's page does where it follows that page's text (inText)`, async () => {
        const el = await fixture<StatsFigure>(html`<stats-figure stat=${id} .inText=${true}></stats-figure>`);
        expect(caption(el)).to.equal(sentence);
        el.inText = false;
        await el.updateComplete;
        expect(caption(el)).to.equal(CAPTIONS[id]);
      });
    }

    for (const [id, sentence] of Object.entries(CAPTIONS)) {
      it(`renders "${id}" as a figure with a headline and its sentence`, async () => {
        const el = await fixture<StatsFigure>(html`<stats-figure stat=${id}></stats-figure>`);
        const figure = root(el).querySelector('figure[part="figure"]');
        expect(figure).to.exist;
        expect(headline(el)).to.not.equal('');
        expect(caption(el)).to.equal(sentence);
        expect(root(el).querySelector('[part="chart"]')).to.exist;
        expect(root(el).querySelectorAll('svg:not([aria-hidden="true"])')).to.have.length(0);
        logged.claim('error', []);
        logged.claim('warn', []);
      });
    }
  });

  describe('custom figure', () => {
    it('draws a percentage against 100 by default, with the label as caption', async () => {
      const el = await fixture<StatsFigure>(html`<stats-figure value="42" unit="%" label="42 % van onze patiënten komt via de huisarts."></stats-figure>`);
      expect(headline(el)).to.equal(`42${NBSP}%`);
      expect(caption(el)).to.equal('42 % van onze patiënten komt via de huisarts.');
      expect(width(bar(el))).to.equal(42);
      expect(tickLabels(el)).to.deep.equal([`0${NBSP}%`, `100${NBSP}%`]);
      logged.claim('error', []);
      logged.claim('warn', []);
      await expect(el).to.be.accessible();
    });

    it('draws a value against its max and says the scale in text', async () => {
      const el = await fixture<StatsFigure>(html`<stats-figure value="12.5" max="50" unit="patiënten" label="Behandeld deze week."></stats-figure>`);
      expect(headline(el)).to.equal(`12,5${NBSP}patiënten van 50${NBSP}patiënten`);
      expect(width(bar(el))).to.equal(25);
      expect(tickLabels(el)).to.deep.equal([`0${NBSP}patiënten`, `50${NBSP}patiënten`]);
      await expect(el).to.be.accessible();
    });

    it('draws a plain number without max as a full bar', async () => {
      const el = await fixture<StatsFigure>(html`<stats-figure value="1250" label="Behandelingen per jaar."></stats-figure>`);
      expect(headline(el)).to.equal('1.250');
      expect(width(bar(el))).to.equal(100);
      expect(tickLabels(el)).to.deep.equal([]);
    });

    it('accepts a number set as a property', async () => {
      const el = await fixture<StatsFigure>(html`<stats-figure .value=${7} .max=${10} label="Zeven van tien."></stats-figure>`);
      expect(headline(el)).to.contain('7');
      expect(width(bar(el))).to.equal(70);
    });
  });

  describe('bad input', () => {
    it('reports an unknown stat with the valid ids and renders nothing', async () => {
      const el = await fixture<StatsFigure>(html`<stats-figure stat="hip-frakture"></stats-figure>`);
      expect(await el.updateComplete).to.be.true;
      logged.claim('error', [['<stats-figure>', '"hip-frakture"', 'physio-hip-share', 'osteoarthritis-referral']]);
      expect(root(el).querySelector('figure')).to.be.null;
      expect(text(root(el))).to.equal('');
    });

    it('reports when neither stat nor value is set and renders nothing', async () => {
      const el = await fixture<StatsFigure>(html`<stats-figure></stats-figure>`);
      logged.claim('error', [['<stats-figure>', 'stat', 'value']]);
      expect(root(el).querySelector('figure')).to.be.null;
    });

    for (const bad of ['abc', '', 'NaN', 'Infinity']) {
      it(`reports value "${bad}" as not a number and renders nothing`, async () => {
        const el = await fixture<StatsFigure>(html`<stats-figure value=${bad} label="Iets."></stats-figure>`);
        logged.claim('error', [['<stats-figure>', `value "${bad}"`]]);
        expect(root(el).querySelector('figure')).to.be.null;
      });
    }

    it('tells a Dutch author to write decimals with a dot', async () => {
      await fixture<StatsFigure>(html`<stats-figure value="3,1" unit="%" label="Iets."></stats-figure>`);
      logged.claim('error', [['value "3,1"', '"3.1"']]);
    });

    it('warns about a negative value, prints it and draws an empty bar', async () => {
      const el = await fixture<StatsFigure>(html`<stats-figure value="-5" unit="%" label="Iets."></stats-figure>`);
      logged.claim('warn', [['<stats-figure>', 'value "-5"']]);
      expect(headline(el)).to.equal(`-5${NBSP}%`);
      expect(width(bar(el))).to.equal(0);
    });

    it('warns about a value above max, prints it and draws the bar full', async () => {
      const el = await fixture<StatsFigure>(html`<stats-figure value="120" max="80" label="Iets."></stats-figure>`);
      logged.claim('warn', [['<stats-figure>', 'value "120"', 'max "80"']]);
      expect(headline(el)).to.contain('120');
      expect(width(bar(el))).to.equal(100);
    });

    it('warns about a percentage above 100', async () => {
      const el = await fixture<StatsFigure>(html`<stats-figure value="130" unit="%" label="Iets."></stats-figure>`);
      logged.claim('warn', [['value "130"']]);
      expect(width(bar(el))).to.equal(100);
    });

    for (const badMax of ['0', '-10', 'abc', '']) {
      it(`warns about max "${badMax}" and falls back to the default scale`, async () => {
        const el = await fixture<StatsFigure>(html`<stats-figure value="30" max=${badMax} unit="%" label="Iets."></stats-figure>`);
        logged.claim('warn', [['<stats-figure>', `max "${badMax}"`]]);
        expect(headline(el)).to.equal(`30${NBSP}%`);
        expect(width(bar(el))).to.equal(30);
      });
    }

    it('warns that custom attributes are ignored next to stat', async () => {
      const el = await fixture<StatsFigure>(html`<stats-figure stat="physio-hip-share" value="50"></stats-figure>`);
      logged.claim('warn', [['<stats-figure>', '"physio-hip-share"', 'value']]);
      expect(headline(el)).to.equal(`3,1${NBSP}%`);
    });

    it('warns about a custom figure without a label, and still shows the number', async () => {
      const el = await fixture<StatsFigure>(html`<stats-figure value="42" unit="%"></stats-figure>`);
      logged.claim('warn', [['<stats-figure>', 'label']]);
      expect(headline(el)).to.equal(`42${NBSP}%`);
    });

    it('reports a problem once, not on every render', async () => {
      const el = await fixture<StatsFigure>(html`<stats-figure value="abc" label="Iets."></stats-figure>`);
      el.requestUpdate();
      await el.updateComplete;
      el.label = 'Iets anders.';
      await el.updateComplete;
      logged.claim('error', [['<stats-figure>: value "abc"']]);
      el.value = 'xyz';
      await el.updateComplete;
      logged.claim('error', [['<stats-figure>: value "xyz"']]);
    });

    it('reports a problem again when it comes back after being fixed', async () => {
      const el = await fixture<StatsFigure>(html`<stats-figure stat="nope"></stats-figure>`);
      el.stat = 'physio-hip-share';
      await el.updateComplete;
      el.stat = 'nope';
      await el.updateComplete;
      logged.claim('error', [['<stats-figure>: stat "nope"'], ['<stats-figure>: stat "nope"']]);
    });
  });

  describe('attribute changes', () => {
    it('re-renders when stat changes', async () => {
      const el = await fixture<StatsFigure>(html`<stats-figure stat="physio-hip-share"></stats-figure>`);
      el.setAttribute('stat', 'fai-labrum-deformity');
      await el.updateComplete;
      expect(headline(el)).to.equal(`80${NBSP}%`);
      expect(caption(el)).to.equal(CAPTIONS['fai-labrum-deformity']);
      expect(width(bar(el))).to.equal(80);
    });

    it('switches from a statistic to a custom figure when stat is removed', async () => {
      const el = await fixture<StatsFigure>(html`<stats-figure stat="physio-hip-share" value="10" unit="%" label="Tien procent."></stats-figure>`);
      logged.claim('warn', ['<stats-figure>: stat "physio-hip-share" is set, so value, unit, label are ignored; remove stat to draw a custom figure.']);
      el.removeAttribute('stat');
      await el.updateComplete;
      expect(headline(el)).to.equal(`10${NBSP}%`);
      expect(caption(el)).to.equal('Tien procent.');
    });

    it('redraws when value and max change', async () => {
      const el = await fixture<StatsFigure>(html`<stats-figure value="10" max="40" label="Iets."></stats-figure>`);
      expect(width(bar(el))).to.equal(25);
      el.setAttribute('value', '30');
      await el.updateComplete;
      expect(width(bar(el))).to.equal(75);
      expect(headline(el)).to.contain('30');
      el.setAttribute('max', '60');
      await el.updateComplete;
      expect(width(bar(el))).to.equal(50);
    });

    it('recovers from bad input once it is fixed', async () => {
      const el = await fixture<StatsFigure>(html`<stats-figure stat="nope"></stats-figure>`);
      expect(root(el).querySelector('figure')).to.be.null;
      logged.claim('error', [['<stats-figure>: stat "nope" is not a known statistic; nothing is shown. Use one of: physio-hip-share, ']]);
      el.setAttribute('stat', 'hip-fracture-new-cases-2007');
      await el.updateComplete;
      expect(headline(el)).to.equal('17.900');
    });
  });
});

/**
 * The numbers a figure draws for a statistic: each end of a range, a single
 * value, a rate's base, each group of a comparison. In a "times" comparison the
 * reference group (1×) is what "vaker … dan bij meisjes" compares with, so the
 * sentence does not write it.
 */
function drawnNumbers(measure: Measure): number[] {
  if (measure.kind === 'comparison') {
    const values = measure.groups.map((entry) => entry.value).filter((value) => measure.unit !== 'times' || value !== 1);
    return measure.per === undefined ? values : [...values, measure.per];
  }
  const amount = typeof measure.value === 'number' ? [measure.value] : [measure.value.min, measure.value.max];
  return measure.kind === 'rate' ? [...amount, measure.per] : amount;
}

/** Whether a sentence has this number as a whole number of its own (not "13" inside "13,5" or "1" inside "1.000"). */
function hasNumber(sentence: string, number: string): boolean {
  const escaped = number.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  return new RegExp(`(?<![\\d.,\u202f])${escaped}(?![\\d]|[.,\u202f]\\d)`).test(sentence);
}

describe('every built-in statistic, in every language', () => {
  afterEach(async () => {
    await setLocale(null);
  });

  // The sentence may say a range in words ("tussen de 4 en de 8 jaar") where the figure draws "4–8 jaar": both take their numbers from MEASURES.
  for (const locale of allLocales) {
    it(`says in ${locale} the numbers its figure draws, in its sentence on its own and in the page's`, async () => {
      await setLocale(locale);
      for (const id of STAT_IDS) {
        for (const inText of [false, true]) {
          const sentence = statCaption(id, inText);
          const missing = drawnNumbers(MEASURES[id])
            .map((value) => formatNumber(value, locale))
            .filter((number) => !hasNumber(sentence, number));
          expect(missing, `${id}${inText ? ' (inText)' : ''} in ${locale}: "${sentence}"`).to.deep.equal([]);
        }
      }
    });
  }
});
