/**
 * The page-level text of the practice's "Heupklachten" page: the opening
 * questions, the forms of hip pain, the calls to action and the lead-in to the
 * conditions. Functions, not constants, so `msg()` runs in the active locale.
 */
import { msg } from '@lit/localize';
import { SYMPTOM_IDS, type Symptom, type SymptomId } from './types.js';

function symptomText(id: SymptomId): string {
  switch (id) {
    case 'groin-buttock-pain':
      return msg('Zeurende of stekende pijn in de lies- en bilregio?', { id: 'symptom.groin-buttock-pain' });
    case 'stiffness-after-sitting':
      return msg('Na een tijd gezeten te hebben moeite om weer in beweging te komen, maar na een aantal stappen wordt dit minder?', {
        id: 'symptom.stiffness-after-sitting',
      });
    case 'pain-jumping-landing-turning':
      return msg('Pijn bij springen, landen en draaibewegingen?', { id: 'symptom.pain-jumping-landing-turning' });
    case 'pain-after-trauma':
      return msg('Pijn na een trauma-moment?', { id: 'symptom.pain-after-trauma' });
  }
}

/** The four "Last van de heup?" symptoms, in the page's order. */
export function symptoms(): Symptom[] {
  return SYMPTOM_IDS.map((id) => ({ id, text: symptomText(id) }));
}

export const pageText = {
  title: () => msg('Heupklachten', { id: 'page.title' }),
  symptomsQuestion: () => msg('Last van de heup?', { id: 'page.symptoms-question' }),
  symptomsLead: () =>
    msg('Dit zijn zomaar een aantal symptomen die zich voor kunnen doen bij heupproblematiek.', { id: 'page.symptoms-lead' }),
  formsOfPain: () =>
    msg(
      'Er zijn verschillende vormen van heuppijn, zo is er kraakbeenletsel, artrose, impingementklachten, slijmbeursontsteking (bursitis), maar ook overbelasting waarbij pezen de oorzaak kunnen zijn voor de klacht.',
      { id: 'page.forms-of-pain' },
    ),
  readMore: () => msg('Lees verder voor meer informatie', { id: 'page.read-more' }),
  prevalenceHeading: () => msg('Heupklachten in de praktijk', { id: 'page.prevalence-heading', desc: 'Heading above the 3.1 % figure; the page repeats "Heupklachten" here.' }),
  prevalenceGeneralPractice: () =>
    msg('Heupklachten komen minder voor in de huisartsenpraktijk dan nek-, rug- en knieklachten.', { id: 'page.prevalence-general-practice' }),
  conditionsHeading: () => msg('Heupaandoeningen', { id: 'page.conditions-heading' }),
  conditionsLead: () => msg('Hieronder hebben we een aantal verschillende heupaandoeningen uitgediept.', { id: 'page.conditions-lead' }),
  contactInvitation: () =>
    msg('Bel of mail gerust voor informatie en/of voor het maken van een afspraak.', { id: 'page.contact-invitation' }),
};
