import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../src/elements/symptom-checklist.js';
import type { SymptomChecklist } from '../src/elements/symptom-checklist.js';
import type { HipChecklistChangeEvent } from '../src/events.js';
import { allLocales, setLocale, type Locale } from '../src/localization.js';
import { visibleText } from './helpers/text.js';
import './helpers/axe.js';

const checkboxes = (el: SymptomChecklist) => [...el.shadowRoot!.querySelectorAll<HTMLInputElement>('input[type="checkbox"]')];
const result = (el: SymptomChecklist) => el.shadowRoot!.querySelector('[role="status"]')!;

/** Tick a box the way a visitor does: by clicking its label text. */
async function tick(el: SymptomChecklist, index: number) {
  el.shadowRoot!.querySelectorAll<HTMLElement>('label span')[index].click();
  await el.updateComplete;
}

describe('symptom-checklist', () => {
  it('asks "Last van de heup?" with the four symptoms as labelled checkboxes', async () => {
    const el = await fixture<SymptomChecklist>(html`<symptom-checklist></symptom-checklist>`);
    expect(visibleText(el.shadowRoot!.querySelector('legend'))).to.equal('Last van de heup?');
    const labels = [...el.shadowRoot!.querySelectorAll('label')].map(visibleText);
    expect(labels).to.deep.equal([
      'Zeurende of stekende pijn in de lies- en bilregio?',
      'Na een tijd gezeten te hebben moeite om weer in beweging te komen, maar na een aantal stappen wordt dit minder?',
      'Pijn bij springen, landen en draaibewegingen?',
      'Pijn na een trauma-moment?',
    ]);
    expect(checkboxes(el).every((box) => !box.checked)).to.equal(true);
  });

  it('says the list is not a diagnosis and that nothing is stored or sent', async () => {
    const el = await fixture<SymptomChecklist>(html`<symptom-checklist></symptom-checklist>`);
    const note = visibleText(el.shadowRoot!.querySelector('[part="note"]'));
    expect(note).to.contain('geen diagnose').and.contain('niet opgeslagen');
  });

  it('has a polite live region that advises an appointment once a symptom is ticked', async () => {
    const el = await fixture<SymptomChecklist>(html`<symptom-checklist></symptom-checklist>`);
    expect(result(el).getAttribute('aria-live')).to.equal('polite');
    expect(visibleText(result(el))).to.equal('Vink aan welke klachten u herkent.');
    await tick(el, 0);
    expect(checkboxes(el)[0].checked).to.equal(true);
    expect(visibleText(result(el))).to.contain('U herkent 1 van de 4 symptomen').and.contain('maak een afspraak');
  });

  it('counts all four when all are ticked, and says nothing alarming when all are unticked again', async () => {
    const el = await fixture<SymptomChecklist>(html`<symptom-checklist></symptom-checklist>`);
    for (const index of [0, 1, 2, 3]) await tick(el, index);
    expect(visibleText(result(el))).to.contain('U herkent 4 van de 4 symptomen');
    for (const index of [0, 1, 2, 3]) await tick(el, index);
    const text = visibleText(result(el));
    expect(text).to.contain('geen van deze klachten aangevinkt');
    expect(text).not.to.contain('afspraak');
  });

  it('fires hip-checklist-change with the ticked ids in list order, bubbling out of shadow roots', async () => {
    const el = await fixture<SymptomChecklist>(html`<symptom-checklist></symptom-checklist>`);
    await tick(el, 2);
    setTimeout(() => tick(el, 0));
    const event = (await oneEvent(document, 'hip-checklist-change')) as HipChecklistChangeEvent;
    expect(event.symptoms).to.deep.equal(['groin-buttock-pain', 'pain-jumping-landing-turning']);
    expect(event.bubbles && event.composed).to.equal(true);
    expect(el.selected).to.deep.equal(['groin-buttock-pain', 'pain-jumping-landing-turning']);
  });

  it('works from the keyboard: space on a focused checkbox ticks it', async () => {
    const el = await fixture<SymptomChecklist>(html`<symptom-checklist></symptom-checklist>`);
    const box = checkboxes(el)[3];
    box.focus();
    expect(el.shadowRoot!.activeElement).to.equal(box);
    // ' ', not 'Space': puppeteer's Firefox (WebDriver BiDi) knows no key named 'Space'.
    await sendKeys({ press: ' ' });
    await el.updateComplete;
    expect(visibleText(result(el))).to.contain('U herkent 1 van de 4');
  });

  it('is accessible with none, one and all symptoms ticked', async () => {
    const el = await fixture<SymptomChecklist>(html`<symptom-checklist></symptom-checklist>`);
    await expect(el).to.be.accessible();
    await tick(el, 1);
    await expect(el).to.be.accessible();
    for (const index of [0, 2, 3]) await tick(el, index);
    await expect(el).to.be.accessible();
  });
});

/** The advice with one symptom ticked and with two, in each language: the one form, then the plural. */
const ADVICE: Record<Locale, [one: string, more: string]> = {
  nl: ['Deze klacht kan passen bij heupproblematiek', 'Deze klachten kunnen passen bij heupproblematiek'],
  en: ['This symptom may be consistent with hip problems', 'These symptoms may be consistent with hip problems'],
  de: ['Dieses Symptom kann zu Hüftproblemen passen', 'Diese Beschwerden können zu Hüftproblemen passen'],
  fr: ['Ce symptôme peut correspondre', 'Ces symptômes peuvent correspondre'],
};

describe('symptom-checklist in each language', () => {
  afterEach(() => setLocale(null));

  for (const locale of allLocales) {
    it(`speaks of one ticked symptom in the singular, of two in the plural (${locale})`, async () => {
      await setLocale(locale);
      const el = await fixture<SymptomChecklist>(html`<symptom-checklist></symptom-checklist>`);
      const [one, more] = ADVICE[locale];
      await tick(el, 0);
      expect(visibleText(result(el))).to.contain(one).and.not.contain(more);
      await tick(el, 2);
      expect(visibleText(result(el))).to.contain(more).and.not.contain(one);
    });
  }
});
