/**
 * The Dutch section holds the practice's own page, the seed the content was
 * written from: every sentence of the seed, and every number with its unit, is
 * in the rendered section (shadow roots and the cards' details included).
 *
 * The seed is read from test/seed/, a byte-for-byte copy of
 * ../shared/seed/000_b3de55a0ba2446d1.txt: the tests must run from a clone
 * alone, and ../shared is not part of it. Where the original is beside the
 * clone (web-test-runner.config.mjs serves it as /practice-seed/…), a test
 * checks that the copy still equals it.
 *
 * What the section says differently is listed once, in DIFFERENCES below, each
 * with its reason; nothing else may differ but spacing.
 */
import { expect, fixture, html } from '@open-wc/testing';
import '../src/elements/hip-complaints-section.js';
import type { HipComplaintsSection } from '../src/elements/hip-complaints-section.js';

const SEED_FILE = '000_b3de55a0ba2446d1.txt';

/** Why the section departs from the seed's words. */
const SPELLING = 'a spelling or punctuation slip of the page, fixed';
const GRAMMAR = 'a grammar slip of the page, fixed';
const NUMBER = 'a number as the widgets write it in Dutch (src/format.ts): an en dash in a range, a space before %, "per 1.000"';
const ONE_NUMBER = "one statistic a sentence (src/content/statistics.ts): a card's key fact is the same sentence a stats-figure shows, and a figure shows one statistic";
const LIST = 'a term and its explanation are a description list in the card (term, then explanation), not "term: explanation"';

interface Difference {
  /** Text of the seed, after spacing is normalised (one line per line of the seed, bullets dropped). Must occur in it. */
  seed: string;
  /** What the section says instead. */
  shown: string;
  reason: string;
}

/**
 * Every deliberate difference between the seed and the Dutch section, in the
 * seed's order. Applied one after another to the seed, each to every place its
 * text occurs (which must be at least one).
 */
const DIFFERENCES: Difference[] = [
  // Last van de heup?
  { seed: 'lies en bil regio', shown: 'lies- en bilregio', reason: SPELLING },
  { seed: 'springen landen', shown: 'springen, landen', reason: SPELLING },
  { seed: 'impingement klachten, slijmbeursonsteking(bursitis)', shown: 'impingementklachten, slijmbeursontsteking (bursitis)', reason: SPELLING },
  // Heupklachten
  {
    seed: 'Heupklachten\nHeupklachten komen',
    shown: 'Heupklachten in de praktijk\nHeupklachten komen',
    reason: 'a sub-heading of its own: the section is headed "Heupklachten" already, and the page repeats it here',
  },
  { seed: 'nek-, rug-, en knieklachten', shown: 'nek-, rug- en knieklachten', reason: SPELLING },
  // FAI
  { seed: 'Femoro acetabulaire imingement', shown: 'Femoroacetabulair impingement', reason: SPELLING },
  { seed: '22-30%', shown: '22–30 %', reason: NUMBER },
  {
    seed: 'met heuppijn en komt voornamelijk voor bij sporters tussen de 20-50 jaar.',
    shown: 'met heuppijn.\nFAI komt voornamelijk voor bij sporters tussen de 20–50 jaar.',
    reason: `${ONE_NUMBER}; ${NUMBER}`,
  },
  { seed: '8-14%', shown: '8–14 %', reason: NUMBER },
  { seed: 'de populatie zonder klachten', shown: 'de populatie zonder klachten.', reason: `${SPELLING}: the sentence ends with a full stop` },
  { seed: '80%', shown: '80 %', reason: NUMBER },
  { seed: 'kraakbeen structuur', shown: 'kraakbeenstructuur', reason: SPELLING },
  { seed: 'de kop in kom past', shown: 'de kop in de kom past', reason: `${GRAMMAR}: the missing article` },
  { seed: 'een pincer of een cam (zie hieronder) deformiteit', shown: 'een pincer- of een cam-deformiteit (zie hieronder)', reason: `${SPELLING}: compound words, so the reference follows them` },
  { seed: 'C teken', shown: 'C-teken', reason: SPELLING },
  { seed: '(CAM impingement)', shown: '(cam-impingement)', reason: SPELLING },
  { seed: '(pincer impingement)', shown: '(pincer-impingement)', reason: SPELLING },
  { seed: 'labrum en kraakbeenletsels', shown: 'labrum- en kraakbeenletsels', reason: SPELLING },
  // Perthes
  { seed: 'meestal tussen de 4 en de 8 jaar', shown: 'meestal tussen de 4 en de 8 jaar.', reason: `${SPELLING}: the sentence ends with a full stop` },
  { seed: 'gewricht gaan veranderen', shown: 'gewricht gaat veranderen', reason: `${GRAMMAR}: the verb agrees with "de vorm"` },
  {
    seed: 'en geeft pijn aan in de heup\nof knie.',
    shown: 'en pijn aangeeft in de heup of knie.',
    reason: `${GRAMMAR}: the verb at the end of the "dat" clause; the page breaks this sentence over two lines`,
  },
  { seed: 'mogelijk symptomen', shown: 'mogelijke symptomen', reason: SPELLING },
  { seed: 'niet bekend, het is wel zeker', shown: 'niet bekend. Het is wel zeker', reason: SPELLING },
  { seed: 'heup kop', shown: 'heupkop', reason: SPELLING },
  { seed: 'plaats vind.', shown: 'plaatsvindt.', reason: SPELLING },
  { seed: '1-2 jaar', shown: '1–2 jaar', reason: NUMBER },
  { seed: 'doorlopen, in het regeneratiestadium(het', shown: 'doorlopen. In het regeneratiestadium (het', reason: SPELLING },
  // Epifysiolyse
  { seed: '100.000 inwoners voor', shown: '100.000 inwoners voor.', reason: `${SPELLING}: the sentence ends with a full stop` },
  { seed: 'meisjes 12 jaar', shown: 'meisjes 12 jaar.', reason: `${SPELLING}: the sentence ends with a full stop` },
  { seed: 'In 50%', shown: 'In 50 %', reason: NUMBER },
  { seed: 'pubertijd', shown: 'puberteit', reason: SPELLING },
  // Fracturen
  {
    seed: 'heupfractuur 17.900 (0,6 per 1.000 mannen en 1,6 per 1.000 vrouwen).',
    shown: 'heupfractuur 17.900.\nDat is 0,6 per 1.000 mannen en 1,6 per 1.000 vrouwen.',
    reason: ONE_NUMBER,
  },
  {
    seed: 'vrouwen (75%) dan bij mannen (25%) en komen voornamelijk voor bij personen ouder dan 55 jaar.',
    shown: 'vrouwen (75 %) dan bij mannen (25 %).\nHeupfracturen komen voornamelijk voor bij personen ouder dan 55 jaar.',
    reason: `${ONE_NUMBER}; ${NUMBER}`,
  },
  { seed: '32-50%', shown: '32–50 %', reason: NUMBER },
  { seed: 'mobiliteit- en zelfstandigheidsniveau', shown: 'mobiliteits- en zelfstandigheidsniveau', reason: SPELLING },
  { seed: 'Pijnlijkachten', shown: 'Pijnklachten', reason: SPELLING },
  { seed: 'op het been of lopen.', shown: 'op het been of gelopen.', reason: `${GRAMMAR}: the participle, as after "kan … worden"` },
  { seed: 'been te zien zijn die naar buiten', shown: 'been te zien zijn dat naar buiten', reason: `${GRAMMAR}: "het been", so "dat"` },
  { seed: 'boven been', shown: 'bovenbeen', reason: SPELLING },
  { seed: 'osteoporose', shown: 'Osteoporose', reason: `${SPELLING}: list items start with a capital, as "Leeftijd" does` },
  { seed: 'lichamelijke inactiviteit', shown: 'Lichamelijke inactiviteit', reason: `${SPELLING}: list items start with a capital` },
  { seed: 'overmatig gebruik van alcohol en cafeine,', shown: 'Overmatig gebruik van alcohol en cafeïne', reason: `${SPELLING}: list items start with a capital` },
  { seed: 'een eerdere heupfractuur', shown: 'Een eerdere heupfractuur', reason: `${SPELLING}: list items start with a capital` },
  // Coxartrose
  { seed: '2,8 op de 1000 mannen en 5,1 op de 1000 vrouwen', shown: '2,8 per 1.000 mannen en 5,1 per 1.000 vrouwen.', reason: NUMBER },
  { seed: '4,3 procent', shown: '4,3 %', reason: NUMBER },
  { seed: '(slijmvliesbekleding van het gewricht).', shown: '(slijmvliesbekleding van het gewricht) ontstaan.', reason: `${GRAMMAR}: the sentence has no verb` },
  // Postoperatief, heupprothese
  { seed: 'Postoperatief, heupprothese', shown: 'Postoperatief: heupprothese', reason: SPELLING },
  { seed: 'na aanleiding van', shown: 'naar aanleiding van', reason: SPELLING },
  { seed: 'een heup te vervangen;', shown: 'een heup te vervangen:', reason: SPELLING },
  { seed: 'prothese: ', shown: 'prothese\n', reason: LIST },
  { seed: 'vervangen voor een kunstheup, deze', shown: 'vervangen door een kunstheup; deze', reason: `${SPELLING}; ${GRAMMAR}: "vervangen door"` },
  { seed: 'op de kop, deze past', shown: 'op de kop; deze past', reason: SPELLING },
  { seed: 'Door dat dit', shown: 'Doordat dit', reason: SPELLING },
  { seed: 'met fysiotherapie, wij kunnen', shown: 'met fysiotherapie. Wij kunnen', reason: SPELLING },
];

/**
 * Each number of the seed with its unit, as the seed says it once DIFFERENCES
 * are applied. Every number of the seed must lie in one of these, and each must
 * be in the section.
 */
const NUMBERS_WITH_UNITS = [
  '3,1 %',
  '22–30 %',
  '20–50 jaar',
  '8–14 %',
  '80 %',
  'tussen de 4 en de 8 jaar',
  '5 keer',
  '3 tot 4 jaar',
  '1–2 jaar',
  '18 maanden',
  'tussen de 2 en 10 patiënten op 100.000 inwoners',
  'voor jongens 13,5 en meisjes 12 jaar',
  '50 %',
  'In 2007 bedroeg',
  'heupfractuur 17.900',
  '0,6 per 1.000 mannen',
  '1,6 per 1.000 vrouwen',
  '(75 %)',
  '(25 %)',
  'ouder dan 55 jaar',
  '32–50 %',
  'in 2007 geschat',
  '23.100 mannen',
  '42.900 vrouwen',
  '2,8 per 1.000 mannen',
  '5,1 per 1.000 vrouwen',
  'rond de 78 tot 79 jaar',
  '4,3 %',
];

const normalise = (text: string) => text.replace(/[\u00a0\u202f]/g, ' ').replace(/[ \t\r]+/g, ' ');

/** The seed's text: one line per non-empty line, bullets and spacing normalised. */
function seedLines(raw: string): string {
  return normalise(raw)
    .split('\n')
    .map((line) => line.replace(/^\s*•\s*/, '').trim())
    .filter(Boolean)
    .join('\n');
}

function applyDifferences(seed: string): string {
  let text = seed;
  for (const { seed: from, shown } of DIFFERENCES) text = text.split(from).join(shown);
  return text;
}

/** Sentences of a line: split after . ? or ! before a capital. */
function sentences(text: string): string[] {
  return text
    .split('\n')
    .flatMap((line) => line.split(/(?<=[.?!])\s+(?=[A-ZÀ-ÖØ-Ý])/))
    .map((sentence) => sentence.trim())
    .filter(Boolean);
}

/** The numbers of a text as values (Dutch notation: "17.900", "13,5"). */
function numberValues(text: string): number[] {
  return [...text.matchAll(/\d+(?:[.,]\d+)*/g)].map((match) => {
    const written = match[0];
    // A point followed by three digits groups thousands; a comma is the decimal mark.
    return Number(written.replace(/\.(?=\d{3}(?:\D|$))/g, '').replace(',', '.'));
  }).sort((a, b) => a - b);
}

/**
 * What a reader sees in the section: text in document order through every
 * shadow root, each block on a line of its own (so no sentence is found across
 * two paragraphs), spacing normalised. Style sheets and hidden elements left out.
 */
function renderedText(root: Node): string {
  let text = '';
  const visit = (node: Node) => {
    if (node.nodeType === Node.TEXT_NODE) {
      text += node.textContent;
      return;
    }
    if (node.nodeType !== Node.ELEMENT_NODE && node.nodeType !== Node.DOCUMENT_FRAGMENT_NODE) return;
    const element = node.nodeType === Node.ELEMENT_NODE ? (node as Element) : undefined;
    if (element && ['style', 'script', 'template'].includes(element.localName)) return;
    const display = element ? getComputedStyle(element).display : 'contents';
    if (display === 'none') return;
    const block = display !== 'inline' && display !== 'contents';
    if (block) text += '\n';
    for (const child of (element?.shadowRoot ?? node).childNodes) visit(child);
    if (block) text += '\n';
  };
  visit(root);
  return normalise(text)
    .split('\n')
    .map((line) => line.trim())
    .filter(Boolean)
    .join('\n');
}

async function readSeed(url: string): Promise<string | undefined> {
  const response = await fetch(url);
  return response.ok ? response.text() : undefined;
}

describe('the Dutch section holds the seed (../shared/seed)', function () {
  // Six cards opened and every element's style read: a few seconds in a slow engine on a busy machine.
  this.timeout(30000);

  let seed = '';
  let expected = '';
  let shown = '';

  before(async () => {
    const copy = await readSeed(`/test/seed/${SEED_FILE}`);
    expect(copy, `test/seed/${SEED_FILE}`).to.be.a('string');
    seed = seedLines(copy!);
    expected = applyDifferences(seed);
    const el = await fixture<HipComplaintsSection>(html`<hip-complaints-section phone="020 123 4567" booking-url="https://example.nl/afspraak"></hip-complaints-section>`);
    const cards = [...el.shadowRoot!.querySelectorAll('hip-condition-card')];
    cards.forEach((card) => card.setAttribute('open', ''));
    await Promise.all(cards.map((card) => card.updateComplete));
    shown = renderedText(el.shadowRoot!);
  });

  it('reads a copy equal to ../shared/seed, where that is beside the clone', async function () {
    const original = await readSeed(`/practice-seed/${SEED_FILE}`);
    // Only a clone with ../shared beside it has the original; the copy is what every other run reads.
    if (original === undefined) this.skip();
    const copy = await readSeed(`/test/seed/${SEED_FILE}`);
    expect(copy === original, `test/seed/${SEED_FILE} differs from ../shared/seed/${SEED_FILE}: copy it again, and check the section`).to.be.true;
  });

  it('lists only differences that are in the seed', () => {
    const unused: string[] = [];
    let text = seed;
    for (const difference of DIFFERENCES) {
      if (!text.includes(difference.seed)) unused.push(difference.seed);
      text = text.split(difference.seed).join(difference.shown);
    }
    expect(unused, 'DIFFERENCES entries the seed does not contain (where they apply, after the entries before them)').to.deep.equal([]);
  });

  it('shows every sentence of the seed', () => {
    const missing = sentences(expected).filter((sentence) => !shown.includes(sentence));
    expect(missing, 'sentences of the seed (after DIFFERENCES) not in the rendered section').to.deep.equal([]);
  });

  it('keeps every number of the seed, with its unit', () => {
    expect(numberValues(expected), 'DIFFERENCES must not change a number').to.deep.equal(numberValues(seed));
    // Each number of the seed lies in one of NUMBERS_WITH_UNITS.
    const covered = new Set<number>();
    for (const phrase of NUMBERS_WITH_UNITS) {
      expect(expected, `NUMBERS_WITH_UNITS: "${phrase}" is not in the seed`).to.contain(phrase);
      for (let at = expected.indexOf(phrase); at !== -1; at = expected.indexOf(phrase, at + 1)) {
        for (let index = at; index < at + phrase.length; index += 1) covered.add(index);
      }
    }
    const uncovered = [...expected.matchAll(/\d+(?:[.,]\d+)*/g)].filter((match) => !covered.has(match.index!)).map((match) => `${match[0]} in "${expected.slice(Math.max(0, match.index! - 30), match.index! + 20)}"`);
    expect(uncovered, 'numbers of the seed missing from NUMBERS_WITH_UNITS').to.deep.equal([]);
    const missing = NUMBERS_WITH_UNITS.filter((phrase) => !shown.includes(phrase));
    expect(missing, 'numbers of the seed not in the rendered section with their unit').to.deep.equal([]);
  });
});
