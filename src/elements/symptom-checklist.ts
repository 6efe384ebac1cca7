import { css, html } from 'lit';
import { state } from 'lit/decorators.js';
import { localized, msg, str } from '@lit/localize';
import { pageText, symptoms } from '../content/page.js';
import { isOne } from '../format.js';
import { SYMPTOM_IDS, type SymptomId } from '../content/types.js';
import { HipChecklistChangeEvent } from '../events.js';
import { customElement } from '../internal/define.js';
import { HipElement } from '../internal/hip-element.js';
import { border, hostStyles, primary, radius, spacing } from '../styles/host.js';

/**
 * The four "Last van de heup?" questions as checkboxes. The result sentence
 * updates in a polite live region, so screen reader users hear it without
 * losing their place.
 *
 * What a visitor ticks is health data: it lives only in this element's state.
 * Nothing is stored (no cookie, no storage) and nothing is sent; the page hears
 * of it only through the `hip-checklist-change` event, if it listens.
 *
 * @summary A self-check of the four hip symptoms, with advice and a "not a diagnosis" note.
 *
 * @fires hip-checklist-change - When a symptom is ticked or unticked; `symptoms` holds the ticked ids.
 *
 * @csspart fieldset - The group of checkboxes.
 * @csspart legend - The question "Last van de heup?".
 * @csspart option - One label with its checkbox.
 * @csspart checkbox - The native checkboxes.
 * @csspart result - The live result sentence.
 * @csspart note - The "not a diagnosis" note.
 *
 * @cssproperty [--hip-symptom-checklist-accent=var(--hip-color-primary, #1d5fa8)] - Checkbox colour and the result's rule.
 * @cssproperty [--hip-symptom-checklist-gap=var(--hip-spacing, 1rem)] - Space between the parts.
 */
@customElement('symptom-checklist')
@localized()
export class SymptomChecklist extends HipElement {
  static override styles = [
    hostStyles,
    css`
      fieldset {
        margin: 0;
        padding: 0;
        border: 0;
        min-inline-size: 0;
      }
      legend {
        padding: 0;
        font-weight: 700;
        font-size: 1.25em;
        margin-block-end: 0.5em;
      }
      label {
        display: flex;
        gap: 0.75em;
        align-items: flex-start;
        padding-block: 0.5em;
        min-block-size: 44px;
        cursor: pointer;
        border-block-end: 1px solid ${border};
      }
      input {
        flex: none;
        inline-size: 1.25em;
        block-size: 1.25em;
        margin: 0.15em 0 0;
        accent-color: var(--hip-symptom-checklist-accent, ${primary});
      }
      input:focus-visible {
        outline: 2px solid var(--hip-symptom-checklist-accent, ${primary});
        outline-offset: 2px;
      }
      .result {
        margin-block: var(--hip-symptom-checklist-gap, ${spacing}) 0;
        padding: 0.75em 1em;
        border-inline-start: 4px solid var(--hip-symptom-checklist-accent, ${primary});
        border-radius: ${radius};
        font-weight: 600;
      }
      .note {
        margin-block: 0.5em 0;
        font-size: 0.875em;
        opacity: 0.85;
      }
    `,
  ];

  /** The ticked symptoms. Private state: see the class comment on health data. */
  @state() private ticked: ReadonlySet<SymptomId> = new Set();

  /** Whether the visitor has ticked anything yet: "nothing ticked" reads differently before and after. */
  @state() private touched = false;

  /** Ids of the ticked symptoms, in the list's order. Read-only; the visitor sets them. */
  get selected(): SymptomId[] {
    return SYMPTOM_IDS.filter((id) => this.ticked.has(id));
  }

  // No .checked binding: only the visitor ticks a box, and `ticked` follows the boxes. (Pre-rendered,
  // Lit SSR would also write a .checked binding as the attribute checked="false", which ticks the box.)
  protected override render() {
    return html`
      <fieldset part="fieldset">
        <legend part="legend">${pageText.symptomsQuestion()}</legend>
        ${symptoms().map(
          (symptom) => html`
            <label part="option">
              <input part="checkbox" type="checkbox" name="symptom" .value=${symptom.id} @change=${this.handleChange} />
              <span>${symptom.text}</span>
            </label>
          `,
        )}
      </fieldset>
      <p part="result" class="result" role="status" aria-live="polite">${this.resultText()}</p>
      <p part="note" class="note">
        ${msg('Dit is geen diagnose. Wat u aanvinkt, blijft in uw browser: het wordt niet opgeslagen en niet verstuurd.', { id: 'symptom-checklist.note' })}
      </p>
    `;
  }

  private resultText(): string {
    const count = this.ticked.size;
    if (count === 0 && !this.touched) {
      return msg('Vink aan welke klachten u herkent.', { id: 'symptom-checklist.result.untouched' });
    }
    if (count === 0) {
      return msg('U heeft geen van deze klachten aangevinkt. Heeft u toch vragen over uw heup? Bel of mail ons gerust.', { id: 'symptom-checklist.result.none' });
    }
    const total = SYMPTOM_IDS.length;
    return isOne(count)
      ? msg(str`U herkent ${count} van de ${total} symptomen. Deze klacht kan passen bij heupproblematiek: maak een afspraak, dan kijken we samen wat er aan de hand is.`, {
          id: 'symptom-checklist.result.one',
          desc: 'One symptom ticked: "Deze klacht" is that one symptom.',
        })
      : msg(str`U herkent ${count} van de ${total} symptomen. Deze klachten kunnen passen bij heupproblematiek: maak een afspraak, dan kijken we samen wat er aan de hand is.`, {
          id: 'symptom-checklist.result.some',
          desc: 'Two or more symptoms ticked.',
        });
  }

  private handleChange(event: Event): void {
    const input = event.target as HTMLInputElement;
    const ticked = new Set(this.ticked);
    if (input.checked) ticked.add(input.value as SymptomId);
    else ticked.delete(input.value as SymptomId);
    this.ticked = ticked;
    this.touched = true;
    this.dispatchEvent(new HipChecklistChangeEvent(this.selected));
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'symptom-checklist': SymptomChecklist;
  }
}
