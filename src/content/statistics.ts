/**
 * Every number of the practice's hip page, as data. The numbers live only here:
 * the condition cards' key facts and `<stats-figure>` both take their sentences
 * from these captions, so a figure and its text can never disagree.
 *
 * A few sentences of the page lean on the text around them ("toch", "Dat is …",
 * "(zie hieronder)"). They are written twice: as on the page, for where that
 * text stands before or after them (a card's key facts, the section's figure),
 * and on their own, for a figure placed alone.
 */
import { msg, str } from '@lit/localize';
import { formatNumber, formatPercent, formatRate, formatYears } from '../format.js';
import type { Group, Measure } from './types.js';

/** Stable ids of the built-in statistics, for `<stats-figure stat="…">`. */
export const STAT_IDS = [
  'physio-hip-share',
  'fai-prevalence-hip-pain',
  'fai-athlete-age',
  'fai-prevalence-no-complaints',
  'fai-labrum-deformity',
  'perthes-onset-age',
  'perthes-boys-girls',
  'epiphysiolysis-incidence',
  'epiphysiolysis-diagnosis-age',
  'epiphysiolysis-bilateral',
  'hip-fracture-new-cases-2007',
  'hip-fracture-incidence-by-sex',
  'hip-fracture-share-by-sex',
  'hip-fracture-age',
  'hip-fracture-recovery',
  'osteoarthritis-new-patients-2007',
  'osteoarthritis-incidence-by-sex',
  'osteoarthritis-peak-age',
  'osteoarthritis-referral',
] as const;
export type StatId = (typeof STAT_IDS)[number];

/**
 * The measures, separate from the sentences so tests and drawings can read them
 * without a locale. Typed entry by entry (`satisfies`), so each sentence below
 * reads its statistic's numbers as that statistic has them (a range's ends, a
 * comparison's groups, a rate's base) and a mismatch fails to compile.
 */
const measures = {
  'physio-hip-share': { kind: 'percent', value: 3.1 },
  'fai-prevalence-hip-pain': { kind: 'percent', value: { min: 22, max: 30 } },
  'fai-athlete-age': { kind: 'age', value: { min: 20, max: 50 } },
  'fai-prevalence-no-complaints': { kind: 'percent', value: { min: 8, max: 14 } },
  'fai-labrum-deformity': { kind: 'percent', value: 80 },
  'perthes-onset-age': { kind: 'age', value: { min: 4, max: 8 } },
  'perthes-boys-girls': {
    kind: 'comparison',
    unit: 'times',
    groups: [
      { group: 'boys', value: 5 },
      { group: 'girls', value: 1 },
    ],
  },
  'epiphysiolysis-incidence': { kind: 'rate', value: { min: 2, max: 10 }, per: 100_000 },
  'epiphysiolysis-diagnosis-age': {
    kind: 'comparison',
    unit: 'age',
    groups: [
      { group: 'boys', value: 13.5 },
      { group: 'girls', value: 12 },
    ],
  },
  'epiphysiolysis-bilateral': { kind: 'percent', value: 50 },
  'hip-fracture-new-cases-2007': { kind: 'count', value: 17_900 },
  'hip-fracture-incidence-by-sex': {
    kind: 'comparison',
    unit: 'rate',
    per: 1_000,
    groups: [
      { group: 'men', value: 0.6 },
      { group: 'women', value: 1.6 },
    ],
  },
  'hip-fracture-share-by-sex': {
    kind: 'comparison',
    unit: 'percent',
    groups: [
      { group: 'women', value: 75 },
      { group: 'men', value: 25 },
    ],
  },
  'hip-fracture-age': { kind: 'age', value: 55, above: true },
  'hip-fracture-recovery': { kind: 'percent', value: { min: 32, max: 50 } },
  'osteoarthritis-new-patients-2007': {
    kind: 'comparison',
    unit: 'count',
    groups: [
      { group: 'men', value: 23_100 },
      { group: 'women', value: 42_900 },
    ],
  },
  'osteoarthritis-incidence-by-sex': {
    kind: 'comparison',
    unit: 'rate',
    per: 1_000,
    groups: [
      { group: 'men', value: 2.8 },
      { group: 'women', value: 5.1 },
    ],
  },
  'osteoarthritis-peak-age': { kind: 'age', value: { min: 78, max: 79 } },
  'osteoarthritis-referral': { kind: 'percent', value: 4.3 },
} satisfies Record<StatId, Measure>;

export const MEASURES: Record<StatId, Measure> = measures;

export function isStatId(value: string): value is StatId {
  return (STAT_IDS as readonly string[]).includes(value);
}

/** The statistics that compare groups. */
type ComparisonId = { [K in StatId]: (typeof measures)[K] extends { kind: 'comparison' } ? K : never }[StatId];

/** A comparison's value for one of its groups. */
function groupValue(id: ComparisonId, group: Group): number {
  const groups: { group: Group; value: number }[] = measures[id].groups;
  return groups.find((entry) => entry.group === group)!.value;
}

/**
 * The two ends of a range, each formatted: for the sentences that say a range
 * in words, as the page does ("tussen de 4 en de 8 jaar"), where the figure
 * draws the same two numbers.
 */
function ends({ min, max }: { min: number; max: number }): [string, string] {
  return [formatNumber(min), formatNumber(max)];
}

/**
 * The sentence that says what a statistic means, in the active locale. With
 * `inText`, the page's own sentence, which may refer to the text around it;
 * without, one that says everything itself.
 */
export function statCaption(id: StatId, inText = false): string {
  switch (id) {
    case 'physio-hip-share': {
      const share = formatPercent(measures[id].value);
      return inText
        ? msg(str`In de fysiotherapiepraktijk komt toch ongeveer ${share} van de patiënten voor heupklachten.`, {
            id: 'stat.physio-hip-share.in-text',
            desc: 'Follows "Heupklachten komen minder voor in de huisartsenpraktijk dan nek-, rug- en knieklachten."; "toch" contrasts with it.',
          })
        : msg(str`In de fysiotherapiepraktijk komt ongeveer ${share} van de patiënten voor heupklachten.`, { id: 'stat.physio-hip-share' });
    }
    case 'fai-prevalence-hip-pain': {
      const share = formatPercent(measures[id].value);
      return msg(str`Het voorkomen van FAI wordt geschat op ${share} van alle patiënten met heuppijn.`, { id: 'stat.fai-prevalence-hip-pain' });
    }
    case 'fai-athlete-age': {
      const ages = formatYears(measures[id].value);
      return msg(str`FAI komt voornamelijk voor bij sporters tussen de ${ages}.`, { id: 'stat.fai-athlete-age' });
    }
    case 'fai-prevalence-no-complaints': {
      const share = formatPercent(measures[id].value);
      return msg(str`FAI komt bij ${share} voor bij de populatie zonder klachten.`, { id: 'stat.fai-prevalence-no-complaints' });
    }
    case 'fai-labrum-deformity': {
      const share = formatPercent(measures[id].value);
      // "aan de voorgrond" as the page says: present and prominent, not the cause ("ten grondslag").
      return inText
        ? msg(
            str`In ${share} van de labrumletsels (ringvormige kraakbeenstructuur die ervoor zorgt dat de kop in de kom past) ligt een pincer- of een cam-deformiteit (zie hieronder) aan de voorgrond.`,
            { id: 'stat.fai-labrum-deformity.in-text', desc: '"(zie hieronder)": the card\'s details below explain cam and pincer.' },
          )
        : msg(
            str`In ${share} van de labrumletsels (ringvormige kraakbeenstructuur die ervoor zorgt dat de kop in de kom past) ligt een pincer- of een cam-deformiteit aan de voorgrond.`,
            { id: 'stat.fai-labrum-deformity' },
          );
    }
    case 'perthes-onset-age': {
      const [min, max] = ends(measures[id].value);
      return msg(str`De eerste symptomen ontstaan meestal tussen de ${min} en de ${max} jaar.`, {
        id: 'stat.perthes-onset-age',
        desc: 'Ages of children: the two numbers alone ("4", "8"); the sentence writes the unit.',
      });
    }
    case 'perthes-boys-girls': {
      const times = formatNumber(groupValue(id, 'boys'));
      return msg(str`De ziekte komt ${times} keer vaker voor bij jongens dan bij meisjes.`, { id: 'stat.perthes-boys-girls' });
    }
    case 'epiphysiolysis-incidence': {
      const [min, max] = ends(measures[id].value);
      const per = formatNumber(measures[id].per);
      return msg(str`Epifysiolyse komt in Europa en Amerika tussen de ${min} en ${max} patiënten op ${per} inwoners voor.`, {
        id: 'stat.epiphysiolysis-incidence',
        desc: 'Patients per number of inhabitants: the numbers alone ("2", "10", "100.000").',
      });
    }
    case 'epiphysiolysis-diagnosis-age': {
      const boys = formatNumber(groupValue(id, 'boys'));
      const girls = formatNumber(groupValue(id, 'girls'));
      return msg(str`De leeftijd waarop de diagnose gesteld wordt is gemiddeld voor jongens ${boys} en meisjes ${girls} jaar.`, {
        id: 'stat.epiphysiolysis-diagnosis-age',
        desc: 'Average ages in years, the numbers alone ("13,5", "12"); the sentence writes the unit.',
      });
    }
    case 'epiphysiolysis-bilateral': {
      const share = formatPercent(measures[id].value);
      return msg(str`In ${share} van de gevallen komt het beiderzijds voor, vaak echter niet gelijktijdig.`, { id: 'stat.epiphysiolysis-bilateral' });
    }
    case 'hip-fracture-new-cases-2007': {
      const cases = formatNumber(measures[id].value);
      return msg(str`In 2007 bedroeg het aantal nieuwe gevallen van een heupfractuur ${cases}.`, { id: 'stat.hip-fracture-new-cases-2007' });
    }
    case 'hip-fracture-incidence-by-sex': {
      const men = formatRate(groupValue(id, 'men'), measures[id].per);
      const women = formatRate(groupValue(id, 'women'), measures[id].per);
      return inText
        ? msg(str`Dat is ${men} mannen en ${women} vrouwen.`, { id: 'stat.hip-fracture-incidence-by-sex.in-text', desc: 'Follows the 2007 count of new hip fractures.' })
        : msg(str`In 2007 bedroeg het aantal nieuwe gevallen van een heupfractuur ${men} mannen en ${women} vrouwen.`, { id: 'stat.hip-fracture-incidence-by-sex' });
    }
    case 'hip-fracture-share-by-sex': {
      const women = formatPercent(groupValue(id, 'women'));
      const men = formatPercent(groupValue(id, 'men'));
      return msg(str`Heupfracturen komen vaker voor bij vrouwen (${women}) dan bij mannen (${men}).`, { id: 'stat.hip-fracture-share-by-sex' });
    }
    case 'hip-fracture-age': {
      const age = formatYears(measures[id].value);
      return msg(str`Heupfracturen komen voornamelijk voor bij personen ouder dan ${age}.`, { id: 'stat.hip-fracture-age' });
    }
    case 'hip-fracture-recovery': {
      const share = formatPercent(measures[id].value);
      return msg(str`Na zes maanden heeft ${share} van de patiënten zijn oude mobiliteits- en zelfstandigheidsniveau nog niet bereikt.`, {
        id: 'stat.hip-fracture-recovery',
      });
    }
    case 'osteoarthritis-new-patients-2007': {
      const men = formatNumber(groupValue(id, 'men'));
      const women = formatNumber(groupValue(id, 'women'));
      return msg(str`Het aantal nieuwe patiënten met heup- en knieartrose per jaar in Nederland werd in 2007 geschat op ${men} mannen en ${women} vrouwen.`, {
        id: 'stat.osteoarthritis-new-patients-2007',
      });
    }
    case 'osteoarthritis-incidence-by-sex': {
      const men = formatRate(groupValue(id, 'men'), measures[id].per);
      const women = formatRate(groupValue(id, 'women'), measures[id].per);
      return inText
        ? msg(str`Dit komt overeen met ${men} mannen en ${women} vrouwen.`, {
            id: 'stat.osteoarthritis-incidence-by-sex.in-text',
            desc: 'Follows the 2007 estimate of new patients with hip and knee osteoarthritis.',
          })
        : msg(str`Het aantal nieuwe patiënten met heup- en knieartrose per jaar in Nederland werd in 2007 geschat op ${men} mannen en ${women} vrouwen.`, {
            id: 'stat.osteoarthritis-incidence-by-sex',
          });
    }
    case 'osteoarthritis-peak-age': {
      const [min, max] = ends(measures[id].value);
      return msg(str`Het risico op artrose neemt toe met de leeftijd, met een piek rond de ${min} tot ${max} jaar, na welke leeftijd het risico weer afneemt.`, {
        id: 'stat.osteoarthritis-peak-age',
        desc: 'Ages: the two numbers alone ("78", "79"); the sentence writes the unit.',
      });
    }
    case 'osteoarthritis-referral': {
      const share = formatPercent(measures[id].value);
      return msg(str`Jaarlijks wordt ${share} van de mensen met heup- en/of knieartrose die zich aanmelden bij de huisarts verwezen naar de fysiotherapeut.`, {
        id: 'stat.osteoarthritis-referral',
      });
    }
  }
}
