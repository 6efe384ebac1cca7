import { expect, fixture, html } from '@open-wc/testing';
import '../src/elements/hip-condition-card.js';
import type { HipConditionCard } from '../src/elements/hip-condition-card.js';
import { CONDITION_IDS } from '../src/content/types.js';
import { captureConsole } from './helpers/console.js';
import { visibleText as text } from './helpers/text.js';
import './helpers/axe.js';


async function card(condition: string, extra = {} as { open?: boolean; level?: string }) {
  return fixture<HipConditionCard>(
    html`<hip-condition-card condition=${condition} ?open=${extra.open ?? false} heading-level=${extra.level ?? '3'}></hip-condition-card>`,
  );
}

describe('hip-condition-card', () => {
  it('shows the title as a level-3 heading and the key facts outside the disclosure', async () => {
    const el = await card('fai');
    const heading = el.shadowRoot!.querySelector('h3');
    expect(text(heading)).to.equal('Femoroacetabulair impingement (FAI)');
    const facts = [...el.shadowRoot!.querySelectorAll('[part="facts"] li')].map(text);
    expect(facts).to.have.length(4);
    expect(facts[0]).to.contain('22–30\u00a0%');
    expect(facts[1]).to.contain('20–50 jaar');
    expect(facts[2]).to.contain('8–14\u00a0%');
    expect(facts[3]).to.contain('80\u00a0%');
    expect(el.shadowRoot!.querySelector('[part="facts"]')!.closest('details')).to.equal(null);
  });

  it('keeps the details collapsed by default and opens them on click, reflecting open', async () => {
    const el = await card('perthes');
    const details = el.shadowRoot!.querySelector('details')!;
    expect(details.open).to.equal(false);
    expect(el.hasAttribute('open')).to.equal(false);
    const summary = el.shadowRoot!.querySelector('summary')!;
    expect(text(summary)).to.equal('Meer over Perthes');
    summary.click();
    await new Promise((resolve) => details.addEventListener('toggle', resolve, { once: true }));
    await el.updateComplete;
    expect(details.open).to.equal(true);
    expect(el.hasAttribute('open')).to.equal(true);
  });

  it('starts expanded with the open attribute and shows every part of the condition', async () => {
    const el = await card('perthes', { open: true });
    const details = el.shadowRoot!.querySelector('details')!;
    expect(details.open).to.equal(true);
    const body = text(details.querySelector('[part="body"]'));
    expect(body).to.contain('Klinische kenmerken');
    expect(body).to.contain('Een aantal mogelijke symptomen zijn:');
    expect(details.querySelectorAll('li')).to.have.length(7);
    expect(body).to.contain('Dit kan ongeveer 18 maanden duren.');
  });

  it('shows the risk factors of hip fractures and the prosthesis options as term/explanation pairs', async () => {
    const fracture = await card('hip-fracture', { open: true });
    const risks = [...fracture.shadowRoot!.querySelectorAll('details ul')].pop()!;
    expect([...risks.querySelectorAll('li')].map(text)).to.deep.equal([
      'Leeftijd',
      'Osteoporose',
      'Lichamelijke inactiviteit',
      'Overmatig gebruik van alcohol en cafeïne',
      'Een eerdere heupfractuur',
    ]);
    const prosthesis = await card('hip-prosthesis', { open: true });
    const terms = [...prosthesis.shadowRoot!.querySelectorAll('dt')].map(text);
    expect(terms).to.deep.equal(['Een totale heupprothese', 'Een partiële prothese', 'Ongecementeerde prothese', 'Gecementeerde prothese']);
  });

  it('renders every condition with a title, key facts and details', async () => {
    for (const id of CONDITION_IDS) {
      const el = await card(id, { open: true });
      expect(text(el.shadowRoot!.querySelector('h3')), id).to.not.equal('');
      expect(el.shadowRoot!.querySelectorAll('[part="facts"] li').length, id).to.be.greaterThan(0);
      expect(text(el.shadowRoot!.querySelector('[part="body"]')).length, id).to.be.greaterThan(50);
    }
  });

  it('uses heading-level for the title and the next level for sub-headings', async () => {
    const el = await card('epiphysiolysis', { open: true, level: '4' });
    expect(el.shadowRoot!.querySelector('h4')).to.exist;
    expect(text(el.shadowRoot!.querySelector('h5'))).to.equal('Klinische kenmerken');
    expect(el.shadowRoot!.querySelector('h3')).to.equal(null);
  });

  it('falls back to level 3 with a warning naming a bad heading-level', async () => {
    const console = captureConsole();
    try {
      const el = await card('fai', { level: '9' });
      expect(el.shadowRoot!.querySelector('h3')).to.exist;
      console.claim('warn', ['<hip-condition-card>: heading-level "9" is not a whole number from 2 to 6; using 3.']);
    } finally {
      console.restore();
    }
  });

  it('reports an unknown condition with the valid ids, renders nothing and does not throw', async () => {
    const console = captureConsole();
    try {
      const el = await card('knee');
      expect(el.shadowRoot!.textContent!.trim()).to.equal('');
      console.claim('error', [
        '<hip-condition-card>: condition "knee" is not known; use one of fai, perthes, epiphysiolysis, hip-fracture, hip-osteoarthritis, hip-prosthesis. Nothing is shown.',
      ]);
    } finally {
      console.restore();
    }
  });

  it('reports a missing condition', async () => {
    const console = captureConsole();
    try {
      const el = await fixture<HipConditionCard>(html`<hip-condition-card></hip-condition-card>`);
      expect(el.shadowRoot!.querySelector('h3')).to.equal(null);
      console.claim('error', [
        '<hip-condition-card>: condition missing is not known; use one of fai, perthes, epiphysiolysis, hip-fracture, hip-osteoarthritis, hip-prosthesis. Nothing is shown.',
      ]);
    } finally {
      console.restore();
    }
  });

  it('switches content when the condition attribute changes', async () => {
    const el = await card('fai');
    el.setAttribute('condition', 'hip-osteoarthritis');
    await el.updateComplete;
    expect(text(el.shadowRoot!.querySelector('h3'))).to.equal('Coxartrose (heupartrose)');
  });

  it('is accessible collapsed and open', async () => {
    await expect(await card('hip-fracture')).to.be.accessible();
    await expect(await card('hip-prosthesis', { open: true })).to.be.accessible();
  });
});
