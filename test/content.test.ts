/**
 * Faithfulness to the practice's page (../shared/seed): every fact of the
 * source appears in the rendered section once all cards are open. The phrases
 * are the source's own words (with its spelling slips fixed), so dropping or
 * changing a fact in src/content fails here.
 */
import { expect, fixture, html } from '@open-wc/testing';
import '../src/elements/hip-complaints-section.js';
import type { HipComplaintsSection } from '../src/elements/hip-complaints-section.js';
import { MEASURES, STAT_IDS } from '../src/content/statistics.js';
import { visibleText } from './helpers/text.js';

const NBSP = '\u00a0';

const SOURCE_FACTS = [
  // Intro
  'Last van de heup?',
  'Zeurende of stekende pijn in de lies- en bilregio?',
  'maar na een aantal stappen wordt dit minder?',
  'Pijn bij springen, landen en draaibewegingen?',
  'Pijn na een trauma-moment?',
  'Dit zijn zomaar een aantal symptomen die zich voor kunnen doen bij heupproblematiek.',
  'kraakbeenletsel, artrose, impingementklachten, slijmbeursontsteking (bursitis), maar ook overbelasting waarbij pezen de oorzaak kunnen zijn voor de klacht',
  'Maak een afspraak',
  'Of bel meteen',
  'Lees verder voor meer informatie',
  'minder voor in de huisartsenpraktijk dan nek-, rug- en knieklachten',
  `ongeveer 3,1${NBSP}% van de patiënten voor heupklachten`,
  'Hieronder hebben we een aantal verschillende heupaandoeningen uitgediept.',
  'Heupaandoeningen',
  // FAI
  'Femoroacetabulair impingement (FAI)',
  `geschat op 22–30${NBSP}% van alle patiënten met heuppijn`,
  'sporters tussen de 20–50 jaar',
  `FAI komt bij 8–14${NBSP}% voor bij de populatie zonder klachten`,
  `${80}${NBSP}% van de labrumletsels`,
  'labrumletsels (ringvormige kraakbeenstructuur die ervoor zorgt dat de kop in de kom past)',
  'een pincer- of een cam-deformiteit',
  'C-teken',
  'Typisch bovenop de heup pijn.',
  'Klikkende pijn of het op slot gaan van de heup',
  'afwijkende kop (cam-impingement)',
  'afwijkende komstructuur (pincer-impingement)',
  'labrum- en kraakbeenletsels',
  // Perthes
  'De eerste symptomen ontstaan meestal tussen de 4 en de 8 jaar',
  'bijna nooit voor bij oudere kinderen, maar is dan wel heftiger',
  '5 keer vaker voor bij jongens dan bij meisjes',
  'mank gaat lopen en pijn aangeeft in de heup of knie',
  'Wanneer de vorm van het gewricht gaat veranderen, dan kunnen de eerste symptomen ontstaan.',
  'hebben de kinderen de tweede helft van de 3 tot 4 jaar veel minder last',
  'Een pijnlijk gevoel in de heup',
  'De heup heeft minder mobiliteit',
  'Pijn in de liesstreek',
  'Pijn in de dij',
  'Soms pijn in de knie',
  'Het kind loopt vaak mank en dit wordt steeds erger',
  'het aangedane been korter zijn dan het andere been',
  'verminderde doorbloeding van de heupkop voor een necrose',
  'zorgt en er zo een afwijking in het gewricht plaatsvindt',
  'binnen 1–2 jaar verschillende stadia',
  'regeneratiestadium (het laatste stadium)',
  'ongeveer 18 maanden duren',
  'kans op slijtage op latere leeftijd vergroot',
  // Epiphysiolysis
  'Epifysiolyse komt in Europa en Amerika tussen de 2 en 10 patiënten op 100.000 inwoners voor',
  'De leeftijd waarop de diagnose gesteld wordt is gemiddeld voor jongens 13,5 en meisjes 12 jaar',
  `In 50${NBSP}% van de gevallen komt het beiderzijds voor, vaak echter niet gelijktijdig`,
  'epifyse (laatste deel van het dijbeen)',
  'begin van de puberteit, tijdens de eerste groeispurt',
  'het gevolg van de groeischijf die niet bestand blijkt te zijn tegen de normale krachten die op de heup komen tijdens het normaal functioneren',
  'en geleidelijk schuift hij naar beneden',
  'hormonale disbalans en mechanische overbelasting',
  'de heup tijdens het lopen naar buiten is gedraaid',
  'De heup kan niet veel worden bewogen',
  // Fractures
  'In 2007 bedroeg het aantal nieuwe gevallen van een heupfractuur 17.900',
  '0,6 per 1.000 mannen en 1,6 per 1.000 vrouwen',
  `vrouwen (75${NBSP}%) dan bij mannen (25${NBSP}%)`,
  'ouder dan 55 jaar',
  `Na zes maanden heeft 32–50${NBSP}% van de patiënten zijn oude mobiliteits- en zelfstandigheidsniveau nog niet bereikt`,
  'Pijnklachten na een val',
  'Er kan geen steun worden genomen op het been of gelopen.',
  'verkort been te zien zijn dat naar buiten is gedraaid',
  'De verkorting ontstaat door het naar boven verschuiven van het bovenbeen.',
  'Röntgenfoto’s kunnen de diagnose bevestigen',
  'Osteoporose',
  'Lichamelijke inactiviteit',
  'Overmatig gebruik van alcohol en cafeïne',
  'Een eerdere heupfractuur',
  // Osteoarthritis
  'Knieartrose komt vaker voor dan heupartrose.',
  'heup- en knieartrose per jaar in Nederland werd in 2007 geschat op 23.100 mannen en 42.900 vrouwen',
  '2,8 per 1.000 mannen en 5,1 per 1.000 vrouwen',
  'met een piek rond de 78 tot 79 jaar, na welke leeftijd het risico weer afneemt',
  `Jaarlijks wordt 4,3${NBSP}% van de mensen met heup- en/of knieartrose die zich aanmelden bij de huisarts verwezen naar de fysiotherapeut`,
  'Veel mensen met artrose zijn niet bekend bij de huisarts.',
  'vermindering van de dikte en kwaliteit van het kraakbeen',
  'onderliggende (subchondrale) bot',
  'synoviale weefsel (slijmvliesbekleding van het gewricht) ontstaan',
  'synoviale vloeistof (hydrops)',
  'pijn, stijfheid en uiteindelijk achteruitgang in dagelijks functioneren',
  'de pijn neemt vaak toe naarmate de dag vordert',
  'pijn in rust en nachtelijke pijn',
  'crepitaties',
  'voor-laterale zijde van de heup',
  'radiologische afwijkingen',
  // Prosthesis
  'Postoperatief: heupprothese',
  'naar aanleiding van artrose of na een fractuur, kan er geopereerd worden',
  'Een totale heupprothese',
  'zowel de kop als de kom vervangen door een kunstheup',
  'Een partiële prothese',
  'alleen een metalen dop op de kop',
  'Ongecementeerde prothese',
  'De prothese groeit zo in het bot.',
  'Gecementeerde prothese',
  'vastgezet met botcement',
  'Na de operatie mag er gelijk begonnen worden met fysiotherapie.',
  'zo snel mogelijk te revalideren en uw dagelijkse activiteiten weer op te pakken',
  'Bel of mail gerust voor informatie en/of voor het maken van een afspraak.',
];

/** All text a reader can reach: the section's shadow tree and every nested shadow tree. */
function deepText(root: ShadowRoot | Element): string {
  const parts: string[] = [visibleText(root)];
  for (const element of root.querySelectorAll('*')) {
    if (element.shadowRoot) parts.push(deepText(element.shadowRoot));
  }
  return parts.join(' ');
}

describe('content of the practice page', () => {
  let text = '';

  before(async () => {
    const el = await fixture<HipComplaintsSection>(html`<hip-complaints-section phone="020 123 4567" booking-url="https://example.nl/afspraak"></hip-complaints-section>`);
    const cards = [...el.shadowRoot!.querySelectorAll('hip-condition-card')];
    cards.forEach((card) => card.setAttribute('open', ''));
    await Promise.all(cards.map((card) => card.updateComplete));
    text = deepText(el.shadowRoot!);
  });

  for (const fact of SOURCE_FACTS) {
    it(`shows: ${fact}`, () => {
      expect(text).to.contain(fact);
    });
  }

  it('keeps every statistic as numbers, never strings', () => {
    for (const id of STAT_IDS) {
      const measure = MEASURES[id];
      const numbers = measure.kind === 'comparison' ? measure.groups.map((group) => group.value) : [measure.value].flatMap((value) => (typeof value === 'number' ? [value] : [value.min, value.max]));
      for (const value of numbers) expect(value, id).to.be.a('number').and.not.NaN;
    }
  });
});
