/**
 * Every number of the practice's hip page, as data. The numbers live only here:
 * the condition cards' key facts and `<stats-figure>` both take their sentences
 * from these captions, so a figure and its text can never disagree.
 *
 * A few sentences of the page lean on the text around them ("toch", "Dat is …",
 * "(zie hieronder)"). They are written twice: as on the page (`inText`), for
 * where that text stands before or after them (a card's key facts, the
 * section's figure), and on their own (`caption`), for a figure placed alone.
 */
import { msg, str } from '@lit/localize';
import { formatNumber, formatPercent, formatRate, formatYears } from '../format.js';
import type { Group, Measure } from './types.js';

/** A statistic: its numbers, and the sentence that says what they mean in the active locale. */
interface Statistic<M extends Measure> {
  /** The numbers, apart from the sentences so tests and drawings can read them without a locale. */
  measure: M;
  /** The sentence that says everything itself. */
  caption: (measure: M) => string;
  /** The page's own sentence, which may refer to the text around it; only where it differs from `caption`. */
  inText?: (measure: M) => string;
}

/**
 * One entry of the table, typed by its own measure: each sentence reads its
 * statistic's numbers as that statistic has them (a range's ends, a
 * comparison's groups, a rate's base), so a mismatch fails to compile.
 */
function statistic<M extends Measure>(measure: M, captions: Omit<Statistic<M>, 'measure'>): Statistic<M> {
  return { measure, ...captions };
}

/** A comparison's value for one of its groups. */
function groupValue({ groups }: { groups: { group: Group; value: number }[] }, group: Group): number {
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

/** A comparison of men and women as rates ("0,6 per 1.000"), men first as the sentences say them. */
function rates(measure: { groups: { group: Group; value: number }[]; per: number }): [string, string] {
  return [formatRate(groupValue(measure, 'men'), measure.per), formatRate(groupValue(measure, 'women'), measure.per)];
}

/** The built-in statistics of `<stats-figure stat="…">`, in the page's order: the one list of them. */
const STATISTICS = {
  'physio-hip-share': statistic(
    { kind: 'percent', value: 3.1 },
    {
      caption: (measure) => {
        const share = formatPercent(measure.value);
        return msg(str`In de fysiotherapiepraktijk komt ongeveer ${share} van de patiënten voor heupklachten.`, { id: 'stat.physio-hip-share' });
      },
      inText: (measure) => {
        const share = formatPercent(measure.value);
        return msg(str`In de fysiotherapiepraktijk komt toch ongeveer ${share} van de patiënten voor heupklachten.`, {
          id: 'stat.physio-hip-share.in-text',
          desc: 'Follows "Heupklachten komen minder voor in de huisartsenpraktijk dan nek-, rug- en knieklachten."; "toch" contrasts with it.',
        });
      },
    },
  ),
  'fai-prevalence-hip-pain': statistic(
    { kind: 'percent', value: { min: 22, max: 30 } },
    {
      caption: (measure) => {
        const share = formatPercent(measure.value);
        return msg(str`Het voorkomen van FAI wordt geschat op ${share} van alle patiënten met heuppijn.`, { id: 'stat.fai-prevalence-hip-pain' });
      },
    },
  ),
  'fai-athlete-age': statistic(
    { kind: 'age', value: { min: 20, max: 50 } },
    {
      caption: (measure) => {
        const ages = formatYears(measure.value);
        return msg(str`FAI komt voornamelijk voor bij sporters tussen de ${ages}.`, { id: 'stat.fai-athlete-age' });
      },
    },
  ),
  'fai-prevalence-no-complaints': statistic(
    { kind: 'percent', value: { min: 8, max: 14 } },
    {
      caption: (measure) => {
        const share = formatPercent(measure.value);
        return msg(str`FAI komt bij ${share} voor bij de populatie zonder klachten.`, { id: 'stat.fai-prevalence-no-complaints' });
      },
    },
  ),
  // "aan de voorgrond" as the page says: present and prominent, not the cause ("ten grondslag").
  'fai-labrum-deformity': statistic(
    { kind: 'percent', value: 80 },
    {
      caption: (measure) => {
        const share = formatPercent(measure.value);
        return msg(
          str`In ${share} van de labrumletsels (ringvormige kraakbeenstructuur die ervoor zorgt dat de kop in de kom past) ligt een pincer- of een cam-deformiteit aan de voorgrond.`,
          { id: 'stat.fai-labrum-deformity' },
        );
      },
      inText: (measure) => {
        const share = formatPercent(measure.value);
        return msg(
          str`In ${share} van de labrumletsels (ringvormige kraakbeenstructuur die ervoor zorgt dat de kop in de kom past) ligt een pincer- of een cam-deformiteit (zie hieronder) aan de voorgrond.`,
          { id: 'stat.fai-labrum-deformity.in-text', desc: '"(zie hieronder)": the card\'s details below explain cam and pincer.' },
        );
      },
    },
  ),
  'perthes-onset-age': statistic(
    { kind: 'age', value: { min: 4, max: 8 } },
    {
      caption: (measure) => {
        const [min, max] = ends(measure.value);
        return msg(str`De eerste symptomen ontstaan meestal tussen de ${min} en de ${max} jaar.`, {
          id: 'stat.perthes-onset-age',
          desc: 'Ages of children: the two numbers alone ("4", "8"); the sentence writes the unit.',
        });
      },
    },
  ),
  'perthes-boys-girls': statistic(
    {
      kind: 'comparison',
      unit: 'times',
      groups: [
        { group: 'boys', value: 5 },
        { group: 'girls', value: 1 },
      ],
    },
    {
      caption: (measure) => {
        const times = formatNumber(groupValue(measure, 'boys'));
        return msg(str`De ziekte komt ${times} keer vaker voor bij jongens dan bij meisjes.`, { id: 'stat.perthes-boys-girls' });
      },
    },
  ),
  'epiphysiolysis-incidence': statistic(
    { kind: 'rate', value: { min: 2, max: 10 }, per: 100_000 },
    {
      caption: (measure) => {
        const [min, max] = ends(measure.value);
        const per = formatNumber(measure.per);
        return msg(str`Epifysiolyse komt in Europa en Amerika tussen de ${min} en ${max} patiënten op ${per} inwoners voor.`, {
          id: 'stat.epiphysiolysis-incidence',
          desc: 'Patients per number of inhabitants: the numbers alone ("2", "10", "100.000").',
        });
      },
    },
  ),
  'epiphysiolysis-diagnosis-age': statistic(
    {
      kind: 'comparison',
      unit: 'age',
      groups: [
        { group: 'boys', value: 13.5 },
        { group: 'girls', value: 12 },
      ],
    },
    {
      caption: (measure) => {
        const boys = formatNumber(groupValue(measure, 'boys'));
        const girls = formatNumber(groupValue(measure, 'girls'));
        return msg(str`De leeftijd waarop de diagnose gesteld wordt is gemiddeld voor jongens ${boys} en meisjes ${girls} jaar.`, {
          id: 'stat.epiphysiolysis-diagnosis-age',
          desc: 'Average ages in years, the numbers alone ("13,5", "12"); the sentence writes the unit.',
        });
      },
    },
  ),
  'epiphysiolysis-bilateral': statistic(
    { kind: 'percent', value: 50 },
    {
      caption: (measure) => {
        const share = formatPercent(measure.value);
        return msg(str`In ${share} van de gevallen komt het beiderzijds voor, vaak echter niet gelijktijdig.`, { id: 'stat.epiphysiolysis-bilateral' });
      },
    },
  ),
  'hip-fracture-new-cases-2007': statistic(
    { kind: 'count', value: 17_900 },
    {
      caption: (measure) => {
        const cases = formatNumber(measure.value);
        return msg(str`In 2007 bedroeg het aantal nieuwe gevallen van een heupfractuur ${cases}.`, { id: 'stat.hip-fracture-new-cases-2007' });
      },
    },
  ),
  'hip-fracture-incidence-by-sex': statistic(
    {
      kind: 'comparison',
      unit: 'rate',
      per: 1_000,
      groups: [
        { group: 'men', value: 0.6 },
        { group: 'women', value: 1.6 },
      ],
    },
    {
      caption: (measure) => {
        const [men, women] = rates(measure);
        return msg(str`In 2007 bedroeg het aantal nieuwe gevallen van een heupfractuur ${men} mannen en ${women} vrouwen.`, { id: 'stat.hip-fracture-incidence-by-sex' });
      },
      inText: (measure) => {
        const [men, women] = rates(measure);
        return msg(str`Dat is ${men} mannen en ${women} vrouwen.`, { id: 'stat.hip-fracture-incidence-by-sex.in-text', desc: 'Follows the 2007 count of new hip fractures.' });
      },
    },
  ),
  'hip-fracture-share-by-sex': statistic(
    {
      kind: 'comparison',
      unit: 'percent',
      groups: [
        { group: 'women', value: 75 },
        { group: 'men', value: 25 },
      ],
    },
    {
      caption: (measure) => {
        const women = formatPercent(groupValue(measure, 'women'));
        const men = formatPercent(groupValue(measure, 'men'));
        return msg(str`Heupfracturen komen vaker voor bij vrouwen (${women}) dan bij mannen (${men}).`, { id: 'stat.hip-fracture-share-by-sex' });
      },
    },
  ),
  'hip-fracture-age': statistic(
    { kind: 'age', value: 55, above: true },
    {
      caption: (measure) => {
        const age = formatYears(measure.value);
        return msg(str`Heupfracturen komen voornamelijk voor bij personen ouder dan ${age}.`, { id: 'stat.hip-fracture-age' });
      },
    },
  ),
  'hip-fracture-recovery': statistic(
    { kind: 'percent', value: { min: 32, max: 50 } },
    {
      caption: (measure) => {
        const share = formatPercent(measure.value);
        return msg(str`Na zes maanden heeft ${share} van de patiënten zijn oude mobiliteits- en zelfstandigheidsniveau nog niet bereikt.`, {
          id: 'stat.hip-fracture-recovery',
        });
      },
    },
  ),
  'osteoarthritis-new-patients-2007': statistic(
    {
      kind: 'comparison',
      unit: 'count',
      groups: [
        { group: 'men', value: 23_100 },
        { group: 'women', value: 42_900 },
      ],
    },
    {
      caption: (measure) => {
        const men = formatNumber(groupValue(measure, 'men'));
        const women = formatNumber(groupValue(measure, 'women'));
        return msg(str`Het aantal nieuwe patiënten met heup- en knieartrose per jaar in Nederland werd in 2007 geschat op ${men} mannen en ${women} vrouwen.`, {
          id: 'stat.osteoarthritis-new-patients-2007',
        });
      },
    },
  ),
  'osteoarthritis-incidence-by-sex': statistic(
    {
      kind: 'comparison',
      unit: 'rate',
      per: 1_000,
      groups: [
        { group: 'men', value: 2.8 },
        { group: 'women', value: 5.1 },
      ],
    },
    {
      caption: (measure) => {
        const [men, women] = rates(measure);
        return msg(str`Het aantal nieuwe patiënten met heup- en knieartrose per jaar in Nederland werd in 2007 geschat op ${men} mannen en ${women} vrouwen.`, {
          id: 'stat.osteoarthritis-incidence-by-sex',
        });
      },
      inText: (measure) => {
        const [men, women] = rates(measure);
        return msg(str`Dit komt overeen met ${men} mannen en ${women} vrouwen.`, {
          id: 'stat.osteoarthritis-incidence-by-sex.in-text',
          desc: 'Follows the 2007 estimate of new patients with hip and knee osteoarthritis.',
        });
      },
    },
  ),
  'osteoarthritis-peak-age': statistic(
    { kind: 'age', value: { min: 78, max: 79 } },
    {
      caption: (measure) => {
        const [min, max] = ends(measure.value);
        return msg(str`Het risico op artrose neemt toe met de leeftijd, met een piek rond de ${min} tot ${max} jaar, na welke leeftijd het risico weer afneemt.`, {
          id: 'stat.osteoarthritis-peak-age',
          desc: 'Ages: the two numbers alone ("78", "79"); the sentence writes the unit.',
        });
      },
    },
  ),
  'osteoarthritis-referral': statistic(
    { kind: 'percent', value: 4.3 },
    {
      caption: (measure) => {
        const share = formatPercent(measure.value);
        return msg(str`Jaarlijks wordt ${share} van de mensen met heup- en/of knieartrose die zich aanmelden bij de huisarts verwezen naar de fysiotherapeut.`, {
          id: 'stat.osteoarthritis-referral',
        });
      },
    },
  ),
};

/** Stable id of a built-in statistic, for `<stats-figure stat="…">`. */
export type StatId = keyof typeof STATISTICS;

/** The ids of the built-in statistics, in the page's order. */
export const STAT_IDS = Object.keys(STATISTICS) as readonly StatId[];

/** Each statistic's numbers, by id. */
export const MEASURES = Object.fromEntries(STAT_IDS.map((id) => [id, STATISTICS[id].measure])) as Record<StatId, Measure>;

export function isStatId(value: string): value is StatId {
  return Object.prototype.hasOwnProperty.call(STATISTICS, value);
}

/**
 * The sentence that says what a statistic means, in the active locale. With
 * `inText`, the page's own sentence, which may refer to the text around it;
 * without, one that says everything itself.
 */
export function statCaption(id: StatId, inText = false): string {
  // Widened to the common shape: each entry was checked against its own measure above.
  const entry = STATISTICS[id] as Statistic<Measure>;
  return ((inText && entry.inText) || entry.caption)(entry.measure);
}
