/** The titles the six condition cards show in Dutch, in the page's order. */
export const CONDITION_TITLES_NL = [
  'Femoroacetabulair impingement (FAI)',
  'Perthes',
  'Epifysiolyse',
  'Fracturen',
  'Coxartrose (heupartrose)',
  'Postoperatief: heupprothese',
];
