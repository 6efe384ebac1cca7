import { css, html, nothing, type PropertyValues } from 'lit';
import { property } from 'lit/decorators.js';
import { localized, msg, str } from '@lit/localize';
import { condition, isConditionId } from '../content/conditions.js';
import { CONDITION_IDS, type ConditionId, type ConditionSection, type ContentBlock } from '../content/types.js';
import { customElement } from '../internal/define.js';
import { HipElement } from '../internal/hip-element.js';
import { own } from '../internal/own.js';
import { parseHeadingLevel, renderHeading, subLevel, type HeadingLevel } from '../internal/heading.js';
import { quote, reportError } from '../internal/report.js';
import { textConverter } from '../internal/text.js';
import { border, hostStyles, primary, radius, spacing } from '../styles/host.js';

/** The tag, for console messages; the decorator below repeats it as a literal so the manifest analyzer can read it. */
const TAG = 'hip-condition-card';
const PRINT_EVENTS = ['beforeprint', 'afterprint'];

/**
 * One hip condition of the practice's page: its title and key facts always
 * visible, everything else (description, clinical features, symptoms, risk
 * factors, treatment options) in a native disclosure. Printed, the card is
 * always read in full, without its toggle; `open` stays the visitor's.
 *
 * @summary A hip condition with its key facts and an expandable explanation.
 *
 * @csspart title - The condition's heading.
 * @csspart facts - The list of key facts that stays visible.
 * @csspart details - The `details` element holding the rest.
 * @csspart section-heading - The sub-headings inside the details ("Klinische kenmerken", "Risicofactoren").
 * @csspart summary - The disclosure's toggle ("Meer over …").
 * @csspart body - The content inside the disclosure.
 *
 * @cssproperty [--hip-condition-card-background=var(--hip-color-surface, transparent)] - Card background.
 * @cssproperty [--hip-condition-card-border=1px solid var(--hip-color-border)] - Card border.
 * @cssproperty [--hip-condition-card-radius=var(--hip-radius, 0.5rem)] - Corner radius.
 * @cssproperty [--hip-condition-card-padding=var(--hip-spacing, 1rem)] - Inner spacing.
 * @cssproperty [--hip-condition-card-accent=var(--hip-color-primary, #1d5fa8)] - Colour of the toggle and list markers.
 */
@customElement('hip-condition-card')
@localized()
export class HipConditionCard extends HipElement {
  static override styles = [
    hostStyles,
    css`
      :host {
        background: var(--hip-condition-card-background, var(--hip-color-surface, transparent));
        border: var(--hip-condition-card-border, 1px solid ${border});
        border-radius: var(--hip-condition-card-radius, ${radius});
        padding: var(--hip-condition-card-padding, ${spacing});
      }
      h2,
      h3,
      h4,
      h5,
      h6 {
        margin-block: 0 0.5em;
        font-size: 1.25em;
        line-height: 1.25;
      }
      [part='section-heading'] {
        font-size: 1.05em;
        margin-block: 1em 0.25em;
      }
      ul,
      dl {
        margin-block: 0.5em;
        padding-inline-start: 1.25em;
      }
      li::marker {
        color: var(--hip-condition-card-accent, ${primary});
      }
      dt {
        font-weight: 600;
      }
      dd {
        margin-inline-start: 0;
        margin-block-end: 0.5em;
      }
      p {
        margin-block: 0.5em;
      }
      summary {
        cursor: pointer;
        color: var(--hip-condition-card-accent, ${primary});
        font-weight: 600;
        padding-block: 0.5em;
        min-block-size: 44px;
        display: list-item;
      }
      summary:focus-visible {
        outline: 2px solid var(--hip-condition-card-accent, ${primary});
        outline-offset: 2px;
        border-radius: 2px;
      }
      /*
       * On paper every card is read in full: the body of a closed disclosure is
       * shown, and its toggle, which paper cannot work, is not. This covers
       * pre-rendered markup before the script runs too; engines without
       * ::details-content get the details opened for printing (handlePrint).
       */
      @media print {
        :host {
          background: none;
        }
        summary {
          display: none;
        }
        /* A closed details' content is content-visibility: hidden (HTML's rendering rules). */
        details::details-content {
          content-visibility: visible;
        }
      }
    `,
  ];

  /** Which condition to show: `fai`, `perthes`, `epiphysiolysis`, `hip-fracture`, `hip-osteoarthritis` or `hip-prosthesis`. */
  @property({ reflect: true, converter: textConverter }) condition = '';

  /** Start with the details expanded. Reflects the visitor's toggling, so the page can read it. */
  @property({ type: Boolean, reflect: true }) open = false;

  /** Level of the card's title, 2–6, so the card fits the host page's outline. Sub-headings use the next level. */
  @property({ attribute: 'heading-level' }) headingLevel: string | number = 3;

  private resolvedCondition?: ConditionId;
  private resolvedLevel: HeadingLevel = 3;
  /** Whether the page is being printed (between `beforeprint` and `afterprint`). */
  private printing = false;

  override connectedCallback(): void {
    super.connectedCallback();
    for (const type of PRINT_EVENTS) addEventListener(type, this.handlePrint);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    for (const type of PRINT_EVENTS) removeEventListener(type, this.handlePrint);
    // Removed while printing: left as the visitor had it.
    this.handlePrint();
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    // Validate only when the input changes, so a bad value is reported once, not on every render.
    if (changed.has('condition')) this.resolvedCondition = this.resolveCondition(this.condition);
    if (changed.has('headingLevel')) this.resolvedLevel = parseHeadingLevel(TAG, this.headingLevel, 3);
  }

  protected override render() {
    if (!this.resolvedCondition) return nothing;
    const content = condition(this.resolvedCondition);
    return html`
      ${renderHeading(this.resolvedLevel, content.title, 'title')}
      <ul part="facts">
        ${content.keyFacts.map((fact) => html`<li>${fact}</li>`)}
      </ul>
      <details part="details" ?open=${this.open} @toggle=${this.handleToggle}>
        <summary part="summary">${msg(str`Meer over ${content.title}`, { id: 'condition-card.more', desc: 'Toggle that expands a condition card.' })}</summary>
        <div part="body">${content.sections.map((section) => this.renderSection(section))}</div>
      </details>
    `;
  }

  // The content's optional fields (heading, lead, term) are read as own properties: left out of
  // the data, they must not be found on a polluted Object.prototype (see internal/own.ts).
  private renderSection(section: ConditionSection) {
    const heading = own(section, 'heading');
    return html`
      ${heading ? renderHeading(subLevel(this.resolvedLevel), heading, 'section-heading') : nothing}
      ${section.blocks.map((block) => this.renderBlock(block))}
    `;
  }

  private renderBlock(block: ContentBlock) {
    if (block.type === 'paragraph') return html`<p>${block.text}</p>`;
    const lead = own(block, 'lead');
    const leadParagraph = lead ? html`<p>${lead}</p>` : nothing;
    // Term/explanation pairs are a description list; plain items a bulleted list.
    if (block.items.every((item) => own(item, 'term'))) {
      return html`${leadParagraph}
        <dl>
          ${block.items.map((item) => html`<dt>${item.term}</dt><dd>${item.text}</dd>`)}
        </dl>`;
    }
    return html`${leadParagraph}
      <ul>
        ${block.items.map((item) => html`<li>${item.text}</li>`)}
      </ul>`;
  }

  private resolveCondition(value: string): ConditionId | undefined {
    if (isConditionId(value)) return value;
    const shown = value ? quote(value) : 'missing';
    reportError(TAG, `condition ${shown} is not known; use one of ${CONDITION_IDS.join(', ')}. Nothing is shown.`);
    return undefined;
  }

  /**
   * Printing opens a closed card: the print CSS does that where the engine has
   * ::details-content; this does it in every engine, for those without it
   * (Firefox before 143, Safari before 18.4). Only the inner `details` changes,
   * and after printing it is as the visitor left it, which `open` always
   * says: the element's `open` and its attribute do not change, and the page
   * hears no toggle (the details' own `toggle` event stays in the shadow root).
   */
  private handlePrint = (event?: Event): void => {
    this.printing = event?.type === 'beforeprint';
    const details = this.renderRoot.querySelector('details');
    if (details) details.open = this.printing || this.open;
  };

  private handleToggle(event: Event): void {
    // Printing's own toggles are not the visitor's. Those queued by printing that arrive after it
    // read the details as the visitor left them again, so `open` does not change.
    if (!this.printing) this.open = (event.target as HTMLDetailsElement).open;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'hip-condition-card': HipConditionCard;
  }
}
