/** The titles the six condition cards show in Dutch, in the page's order. */
export const CONDITION_TITLES_NL = [
  'Femoroacetabulair impingement (FAI)',
  'Perthes',
  'Epifysiolyse',
  'Fracturen',
  'Coxartrose (heupartrose)',
  'Postoperatief: heupprothese',
];

/** What the page shows in one language, written out (not read from src/locales). */
export interface PageWords {
  /** The section's heading. */
  title: string;
  /** The symptom checklist's question. */
  symptomsQuestion: string;
  /** The call to action's booking link. */
  booking: string;
  /** The six condition titles, in the page's order. */
  conditionTitles: readonly string[];
}

export const PAGE_WORDS: Record<'nl' | 'en' | 'de' | 'fr', PageWords> = {
  nl: { title: 'Heupklachten', symptomsQuestion: 'Last van de heup?', booking: 'Maak een afspraak', conditionTitles: CONDITION_TITLES_NL },
  en: {
    title: 'Hip problems',
    symptomsQuestion: 'Is your hip bothering you?',
    booking: 'Book an appointment',
    conditionTitles: [
      'Femoroacetabular impingement (FAI)',
      'Perthes disease (Legg-Calvé-Perthes)',
      'Slipped capital femoral epiphysis (SCFE)',
      'Hip fractures',
      'Coxarthrosis (hip osteoarthritis)',
      'After surgery: hip replacement',
    ],
  },
  de: {
    title: 'Hüftbeschwerden',
    symptomsQuestion: 'Beschwerden an der Hüfte?',
    booking: 'Termin vereinbaren',
    conditionTitles: [
      'Femoroazetabuläres Impingement (FAI)',
      'Morbus Perthes',
      'Jugendliche Hüftkopflösung (Epiphyseolysis capitis femoris)',
      'Hüftfrakturen',
      'Coxarthrose (Hüftarthrose)',
      'Postoperativ: Hüftprothese',
    ],
  },
  // French typography: a narrow no-break space before "?", a no-break space before ":".
  fr: {
    title: 'Troubles de la hanche',
    symptomsQuestion: 'Votre hanche vous gêne\u202f?',
    booking: 'Prendre rendez-vous',
    conditionTitles: [
      'Conflit fémoro-acétabulaire (CFA)',
      'Maladie de Legg-Perthes-Calvé',
      'Épiphysiolyse fémorale supérieure',
      'Fractures de la hanche',
      'Coxarthrose (arthrose de la hanche)',
      'Postopératoire\u00a0: prothèse de hanche',
    ],
  },
};
