/**
 * The six hip conditions of the practice's page, in the page's order, with
 * everything the page says of each. Spelling slips of the source are fixed
 * (e.g. "imingement", "pubertijd", "Pijnlijkachten"); no medical fact is added.
 * Key facts that carry a number come from `statistics.ts`, so the number is
 * written once.
 */
import { msg } from '@lit/localize';
import { statCaption, type StatId } from './statistics.js';
import { CONDITION_IDS, type Condition, type ConditionId, type ContentBlock } from './types.js';

export function isConditionId(value: string): value is ConditionId {
  return (CONDITION_IDS as readonly string[]).includes(value);
}

/** A key fact with a number: the statistic's sentence as the page words it, among the card's other facts. */
const fact = (id: StatId) => statCaption(id, true);
const paragraph = (text: string): ContentBlock => ({ type: 'paragraph', text });
const list = (items: string[], lead?: string): ContentBlock => ({ type: 'list', lead, items: items.map((text) => ({ text })) });

const clinicalFeaturesHeading = () => msg('Klinische kenmerken', { id: 'condition.heading.clinical-features' });

function fai(): Condition {
  return {
    id: 'fai',
    title: msg('Femoroacetabulair impingement (FAI)', { id: 'condition.fai.title' }),
    keyFacts: [
      fact('fai-prevalence-hip-pain'),
      fact('fai-athlete-age'),
      fact('fai-prevalence-no-complaints'),
      fact('fai-labrum-deformity'),
    ],
    sections: [
      {
        kind: 'clinical-features',
        heading: clinicalFeaturesHeading(),
        blocks: [
          list([
            msg('C-teken', { id: 'condition.fai.feature.c-sign' }),
            msg('Typisch bovenop de heup pijn.', { id: 'condition.fai.feature.pain-on-top' }),
            msg('Klikkende pijn of het op slot gaan van de heup', { id: 'condition.fai.feature.clicking-locking' }),
          ]),
        ],
      },
      {
        kind: 'description',
        blocks: [
          paragraph(
            msg(
              'FAI is het gevolg van veel voorkomende wrijving tussen heupkop en -kom. Deze wrijving is normaal geen probleem, maar de extra wrijving kan het gevolg zijn van een afwijkende kop (cam-impingement) of een afwijkende komstructuur (pincer-impingement). Bij beide vormen van impingement kunnen labrum- en kraakbeenletsels optreden.',
              { id: 'condition.fai.description' },
            ),
          ),
        ],
      },
    ],
  };
}

function perthes(): Condition {
  return {
    id: 'perthes',
    title: msg('Perthes', { id: 'condition.perthes.title' }),
    keyFacts: [
      fact('perthes-onset-age'),
      msg('De ziekte komt bijna nooit voor bij oudere kinderen, maar is dan wel heftiger.', { id: 'condition.perthes.fact.older-children' }),
      fact('perthes-boys-girls'),
    ],
    sections: [
      {
        kind: 'clinical-features',
        heading: clinicalFeaturesHeading(),
        blocks: [
          paragraph(
            msg(
              'Wanneer de vorm van het gewricht gaat veranderen, dan kunnen de eerste symptomen ontstaan. Vaak zie je dat het kind mank gaat lopen en pijn aangeeft in de heup of knie. Vooral de eerste weken tot maanden kunnen de kinderen mank lopen, maar de klachten kunnen ook tijden minder zijn, en vaak hebben de kinderen de tweede helft van de 3 tot 4 jaar veel minder last.',
              { id: 'condition.perthes.clinical-course' },
            ),
          ),
          list(
            [
              msg('Een pijnlijk gevoel in de heup', { id: 'condition.perthes.symptom.painful-hip' }),
              msg('De heup heeft minder mobiliteit', { id: 'condition.perthes.symptom.less-mobility' }),
              msg('Pijn in de liesstreek', { id: 'condition.perthes.symptom.groin-pain' }),
              msg('Pijn in de dij', { id: 'condition.symptom.thigh-pain' }),
              msg('Soms pijn in de knie', { id: 'condition.symptom.knee-pain' }),
              msg('Het kind loopt vaak mank en dit wordt steeds erger', { id: 'condition.symptom.limping' }),
              msg('Na verloop van tijd kan het aangedane been korter zijn dan het andere been', { id: 'condition.symptom.shorter-leg' }),
            ],
            msg('Een aantal mogelijke symptomen zijn:', { id: 'condition.perthes.symptoms-lead' }),
          ),
        ],
      },
      {
        kind: 'description',
        blocks: [
          paragraph(
            msg(
              'De oorzaak van de ziekte is niet bekend. Het is wel zeker dat de verminderde doorbloeding van de heupkop voor een necrose in de heupkop zorgt en er zo een afwijking in het gewricht plaatsvindt. Er worden binnen 1–2 jaar verschillende stadia doorlopen. In het regeneratiestadium (het laatste stadium) wordt de aangedane dijbeenkop geleidelijk weer vervangen door gezond beenweefsel. Dit kan ongeveer 18 maanden duren. In welke mate blijvende gewrichtsverandering is opgetreden, hangt af van de mate waarin het heupgewricht tijdens de ziekte aan belasting is blootgesteld. Bij ernstige deformatie is de kans op slijtage op latere leeftijd vergroot.',
              { id: 'condition.perthes.description' },
            ),
          ),
        ],
      },
    ],
  };
}

function epiphysiolysis(): Condition {
  return {
    id: 'epiphysiolysis',
    title: msg('Epifysiolyse', { id: 'condition.epiphysiolysis.title' }),
    keyFacts: [fact('epiphysiolysis-incidence'), fact('epiphysiolysis-diagnosis-age'), fact('epiphysiolysis-bilateral')],
    sections: [
      {
        kind: 'description',
        blocks: [
          paragraph(
            msg(
              'Epifysiolyse is het langzaam afschuiven van de epifyse (laatste deel van het dijbeen) van de heupkop. De aandoening treedt op aan het begin van de puberteit, tijdens de eerste groeispurt. Dit is het gevolg van de groeischijf die niet bestand blijkt te zijn tegen de normale krachten die op de heup komen tijdens het normaal functioneren. De groeischijf kan de epifyse niet meer fixeren op de hals van het dijbeen, en geleidelijk schuift hij naar beneden. In het laatste stadium kan de epifyse geheel van de dijbeenhals af glijden. De oorzaak is niet bekend, maar waarschijnlijk gaat het om een combinatie van een hormonale disbalans en mechanische overbelasting.',
              { id: 'condition.epiphysiolysis.description' },
            ),
          ),
        ],
      },
      {
        kind: 'clinical-features',
        heading: clinicalFeaturesHeading(),
        blocks: [
          paragraph(
            msg(
              'De aandoening begint zeer geleidelijk. In het begin zijn een mankend looppatroon en lichte knieklachten aanwezig. Pas later ontstaat er ook pijn in het heupgewricht, die wordt aangegeven in de lies. Naarmate de afglijding toeneemt, nemen ook de klachten toe. Een van de eerste en belangrijkste symptomen is dat de heup tijdens het lopen naar buiten is gedraaid.',
              { id: 'condition.epiphysiolysis.clinical-course' },
            ),
          ),
          list(
            [
              msg('De heup kan niet veel worden bewogen', { id: 'condition.epiphysiolysis.symptom.limited-movement' }),
              msg('Pijn in de dij', { id: 'condition.symptom.thigh-pain' }),
              msg('Soms pijn in de knie', { id: 'condition.symptom.knee-pain' }),
              msg('Het kind loopt vaak mank en dit wordt steeds erger', { id: 'condition.symptom.limping' }),
              msg('Na verloop van tijd kan het aangedane been korter zijn dan het andere been', { id: 'condition.symptom.shorter-leg' }),
            ],
            msg('Overige symptomen:', { id: 'condition.epiphysiolysis.symptoms-lead' }),
          ),
        ],
      },
    ],
  };
}

function hipFracture(): Condition {
  return {
    id: 'hip-fracture',
    title: msg('Fracturen', { id: 'condition.hip-fracture.title', desc: 'Hip fractures.' }),
    keyFacts: [
      fact('hip-fracture-new-cases-2007'),
      fact('hip-fracture-incidence-by-sex'),
      fact('hip-fracture-share-by-sex'),
      fact('hip-fracture-age'),
      fact('hip-fracture-recovery'),
    ],
    sections: [
      {
        kind: 'clinical-features',
        heading: clinicalFeaturesHeading(),
        blocks: [
          list([
            msg('Pijnklachten na een val', { id: 'condition.hip-fracture.feature.pain-after-fall' }),
            msg('Er kan geen steun worden genomen op het been of gelopen.', { id: 'condition.hip-fracture.feature.no-weight-bearing' }),
            msg(
              'Bij het onderzoek kan er een verkort been te zien zijn dat naar buiten is gedraaid. De verkorting ontstaat door het naar boven verschuiven van het bovenbeen. Röntgenfoto’s kunnen de diagnose bevestigen.',
              { id: 'condition.hip-fracture.feature.shortened-leg' },
            ),
          ]),
        ],
      },
      {
        kind: 'risk-factors',
        heading: msg('Risicofactoren', { id: 'condition.heading.risk-factors' }),
        blocks: [
          list([
            msg('Leeftijd', { id: 'condition.hip-fracture.risk.age' }),
            msg('Osteoporose', { id: 'condition.hip-fracture.risk.osteoporosis' }),
            msg('Lichamelijke inactiviteit', { id: 'condition.hip-fracture.risk.inactivity' }),
            msg('Overmatig gebruik van alcohol en cafeïne', { id: 'condition.hip-fracture.risk.alcohol-caffeine' }),
            msg('Een eerdere heupfractuur', { id: 'condition.hip-fracture.risk.previous-fracture' }),
          ]),
        ],
      },
    ],
  };
}

function hipOsteoarthritis(): Condition {
  return {
    id: 'hip-osteoarthritis',
    title: msg('Coxartrose (heupartrose)', { id: 'condition.hip-osteoarthritis.title' }),
    keyFacts: [
      msg('Knieartrose komt vaker voor dan heupartrose.', { id: 'condition.hip-osteoarthritis.fact.knee-more-common' }),
      fact('osteoarthritis-new-patients-2007'),
      fact('osteoarthritis-incidence-by-sex'),
      fact('osteoarthritis-peak-age'),
      fact('osteoarthritis-referral'),
      msg('Veel mensen met artrose zijn niet bekend bij de huisarts.', { id: 'condition.hip-osteoarthritis.fact.unknown-to-gp' }),
    ],
    sections: [
      {
        kind: 'description',
        blocks: [
          paragraph(
            msg(
              'Bij artrose is de belangrijkste verandering een vermindering van de dikte en kwaliteit van het kraakbeen. Als reactie daarop verdikt het onderliggende (subchondrale) bot en vindt aan de randen van het gewricht extra botvorming plaats. Ook kan er een chronische ontsteking van het synoviale weefsel (slijmvliesbekleding van het gewricht) ontstaan. Het gevolg van deze processen is een onregelmatig gewrichtsoppervlak, benige verbreding van het gewricht, mogelijke verdikking van het gewrichtskapsel en soms ophoping van synoviale vloeistof (hydrops).',
              { id: 'condition.hip-osteoarthritis.description' },
            ),
          ),
        ],
      },
      {
        kind: 'clinical-features',
        heading: clinicalFeaturesHeading(),
        blocks: [
          list([
            msg(
              'Kenmerkend voor artrose van de heup is het ervaren van pijn, stijfheid en uiteindelijk achteruitgang in dagelijks functioneren, die vermoedelijk ontstaat door gebrek aan beweging.',
              { id: 'condition.hip-osteoarthritis.feature.pain-stiffness' },
            ),
            msg('Deze pijn treedt aanvankelijk op bij het starten van bewegen en bij langdurig belasten; de pijn neemt vaak toe naarmate de dag vordert.', {
              id: 'condition.hip-osteoarthritis.feature.start-pain',
            }),
            msg('In latere fasen is er ook pijn in rust en nachtelijke pijn.', { id: 'condition.hip-osteoarthritis.feature.rest-pain' }),
            msg('Er kan een benige verbreding van het gewricht ontstaan.', { id: 'condition.hip-osteoarthritis.feature.bony-widening' }),
            msg(
              'Karakteristiek voor artrose zijn crepitaties die worden gehoord en gevoeld en waarschijnlijk worden veroorzaakt door ruwe gewrichtsoppervlakken en de benige verdikkingen aan de gewrichtsranden, die langs de banden bewegen.',
              { id: 'condition.hip-osteoarthritis.feature.crepitus' },
            ),
            msg(
              'De pijn wordt meestal aangegeven in de lies en aan de voor-laterale zijde van de heup, soms in het bovenbeen of uitstralend naar het bovenbeen en de knie.',
              { id: 'condition.hip-osteoarthritis.feature.pain-location' },
            ),
            msg(
              'Vaak is er sprake van radiologische afwijkingen, maar deze afwijkingen houden slechts in geringe mate verband met klachten als pijn, stijfheid en verminderde gewrichtsmobiliteit. Soms zijn er duidelijke radiologische afwijkingen die passen bij artrose, zonder pijnklachten en bewegingsbeperkingen.',
              { id: 'condition.hip-osteoarthritis.feature.radiology' },
            ),
          ]),
        ],
      },
    ],
  };
}

function hipProsthesis(): Condition {
  return {
    id: 'hip-prosthesis',
    title: msg('Postoperatief: heupprothese', { id: 'condition.hip-prosthesis.title' }),
    keyFacts: [
      msg(
        'Wanneer er veel klachten in de heup ontstaan naar aanleiding van artrose of na een fractuur, kan er geopereerd worden. Een nieuwe heup is dan een optie om de klachten te verhelpen.',
        { id: 'condition.hip-prosthesis.fact.when-surgery' },
      ),
      msg('Na de operatie mag er gelijk begonnen worden met fysiotherapie.', { id: 'condition.hip-prosthesis.fact.physio-right-away' }),
    ],
    sections: [
      {
        kind: 'treatment',
        blocks: [
          {
            type: 'list',
            lead: msg('Er zijn verschillende mogelijkheden om een heup te vervangen:', { id: 'condition.hip-prosthesis.replacement-lead' }),
            items: [
              {
                term: msg('Een totale heupprothese', { id: 'condition.hip-prosthesis.total.term' }),
                text: msg('Hierbij worden zowel de kop als de kom vervangen door een kunstheup; deze passen precies in elkaar.', {
                  id: 'condition.hip-prosthesis.total.text',
                }),
              },
              {
                term: msg('Een partiële prothese', { id: 'condition.hip-prosthesis.partial.term' }),
                text: msg('Hierbij wordt de kop niet verwijderd, maar komt er alleen een metalen dop op de kop; deze past precies in de metalen kom.', {
                  id: 'condition.hip-prosthesis.partial.text',
                }),
              },
            ],
          },
          {
            type: 'list',
            lead: msg('De heup kan op verschillende manieren aan het bot worden gehecht:', { id: 'condition.hip-prosthesis.fixation-lead' }),
            items: [
              {
                term: msg('Ongecementeerde prothese', { id: 'condition.hip-prosthesis.uncemented.term' }),
                text: msg(
                  'Een ongecementeerde prothese wordt gemaakt met een ruw oppervlak. Doordat dit ruwe oppervlak in het bot wordt gedrukt, wordt het lichaam gestimuleerd om zelf extra bot aan te maken. De prothese groeit zo in het bot.',
                  { id: 'condition.hip-prosthesis.uncemented.text' },
                ),
              },
              {
                term: msg('Gecementeerde prothese', { id: 'condition.hip-prosthesis.cemented.term' }),
                text: msg('Hierbij wordt de prothese vastgezet met botcement en zit hij gelijk vanaf het begin vast aan het bot.', {
                  id: 'condition.hip-prosthesis.cemented.text',
                }),
              },
            ],
          },
        ],
      },
      {
        kind: 'aftercare',
        blocks: [
          paragraph(
            msg('Wij kunnen u helpen om na de operatie zo snel mogelijk te revalideren en uw dagelijkse activiteiten weer op te pakken.', {
              id: 'condition.hip-prosthesis.aftercare',
            }),
          ),
        ],
      },
    ],
  };
}

const builders: Record<ConditionId, () => Condition> = {
  fai,
  perthes,
  epiphysiolysis,
  'hip-fracture': hipFracture,
  'hip-osteoarthritis': hipOsteoarthritis,
  'hip-prosthesis': hipProsthesis,
};

/** One condition's content in the active locale. */
export function condition(id: ConditionId): Condition {
  return builders[id]();
}
