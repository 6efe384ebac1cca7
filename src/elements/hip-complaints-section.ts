import { css, html, isServer, nothing, type PropertyValues } from 'lit';
import { property } from 'lit/decorators.js';
import { ifDefined } from 'lit/directives/if-defined.js';
import { localized, msg, str } from '@lit/localize';
import { isConditionId } from '../content/conditions.js';
import { pageText } from '../content/page.js';
import { CONDITION_IDS, type ConditionId } from '../content/types.js';
import { formatDate } from '../format.js';
import { PageConfigController } from '../internal/config-controller.js';
import { customElement, widgetSelector } from '../internal/define.js';
import { awaitsFirstRender, HipElement, innerWidgets } from '../internal/hip-element.js';
import { parseHeadingLevel, renderHeading, subLevel, type HeadingLevel } from '../internal/heading.js';
import { quote, reportError, reportWarning } from '../internal/report.js';
import { safeUrl } from '../internal/safe-url.js';
import { textOf } from '../internal/text.js';
import { border, hostStyles, primary, spacing } from '../styles/host.js';
import './appointment-cta.js';
import './hip-condition-card.js';
import './stats-figure.js';
import './symptom-checklist.js';

/** The tag, for console messages; the decorator below repeats it as a literal so the manifest analyzer can read it. */
const TAG = 'hip-complaints-section';
/** Unknown condition ids named in one console message. */
const MAX_NAMED = 5;

/**
 * The practice's whole hip-complaints page as one element, in the page's
 * order: the "Last van de heup?" self-check, the forms of hip pain, the call
 * to action, how common hip complaints are (drawn), the condition cards, and
 * the page's closing invitation to call or mail; at its end, when the page
 * config has a review record, when and by whom the content was last reviewed,
 * the next review and the sources.
 *
 * `location` and the contact attributes go to the call to action, which takes
 * the rest from the page config (see config.ts), or lets the visitor pick a
 * location when the config has several and none is chosen. It alone decides
 * what to show: with no way to get in touch at all it takes no room, and says
 * so in the console under the section's name (the closing invitation still
 * asks to call or mail).
 *
 * @summary The whole hip-complaints section: checklist, call to action, statistics and condition cards.
 *
 * @csspart heading - The section's heading ("Heupklachten").
 * @csspart intro - The paragraphs under the checklist.
 * @csspart read-more - The "Lees verder" link that jumps to the conditions; not printed.
 * @csspart sub-heading - The headings of the prevalence and conditions parts.
 * @csspart conditions - The list of condition cards.
 * @csspart checklist - The `symptom-checklist` inside.
 * @csspart cta - The `appointment-cta` inside.
 * @csspart contact-invitation - The invitation to call or mail that closes the section, after the conditions, as the practice's page ends.
 * @csspart figure - The `stats-figure` inside.
 * @csspart card - Each `hip-condition-card` inside.
 * @csspart review - The review record at the end ("Laatst beoordeeld op … door …", the next review, the sources), when the page config has one.
 *
 * @cssproperty [--hip-section-gap=calc(var(--hip-spacing, 1rem) * 1.5)] - Space between the parts.
 * @cssproperty [--hip-section-card-min-width=18rem] - Narrowest a condition card gets before the grid wraps.
 * @cssproperty [--hip-section-focus-ring-color=var(--hip-color-primary, #1d5fa8)] - Keyboard focus ring around "Lees verder", the conditions' heading it moves the focus to, and the review's source links.
 */
@customElement('hip-complaints-section')
@localized()
export class HipComplaintsSection extends HipElement {
  static override styles = [
    hostStyles,
    css`
      section {
        display: grid;
        gap: var(--hip-section-gap, calc(${spacing} * 1.5));
      }
      /* Below a part that has not rendered yet, while the section assembles (see showRenderedTop). */
      .pending {
        visibility: hidden;
      }
      h2,
      h3,
      h4,
      h5,
      h6 {
        margin: 0;
        line-height: 1.2;
      }
      [part='heading'] {
        font-size: 1.75em;
      }
      [part='sub-heading'] {
        font-size: 1.4em;
      }
      p {
        margin: 0;
      }
      .intro {
        display: grid;
        gap: 0.5em;
      }
      .read-more {
        color: var(--hip-color-primary, ${primary});
        font-weight: 600;
        justify-self: start;
        /* A link on its own line: a 44px touch target, like the call to action's. */
        display: inline-flex;
        align-items: center;
        min-block-size: 44px;
      }
      /*
       * The engine's own ring (outline-style: auto) has a colour and width no theme
       * controls; this one is 3px, like the call to action's, in the accent.
       * Also on the conditions' heading, where "Lees verder" moves the focus, and the sources' links.
       */
      .read-more:focus-visible,
      #hip-conditions:focus-visible,
      .review a:focus-visible {
        outline: 3px solid var(--hip-section-focus-ring-color, ${primary});
        outline-offset: 2px;
      }
      .conditions {
        list-style: none;
        margin: 0;
        padding: 0;
        display: grid;
        gap: ${spacing};
        grid-template-columns: repeat(auto-fill, minmax(min(100%, var(--hip-section-card-min-width, 18rem)), 1fr));
        align-items: start;
      }
      .review {
        display: grid;
        gap: 0.25em;
        padding-block-start: ${spacing};
        border-block-start: 1px solid ${border};
        font-size: 0.875em;
      }
      .review ul {
        margin: 0;
      }
      .review a {
        color: ${primary};
      }
      /* On paper: no jump link to follow, and the cards, printed open, one below the other. */
      @media print {
        .read-more {
          display: none;
        }
        .conditions {
          grid-template-columns: 1fr;
        }
      }
    `,
  ];

  private readonly pageConfig = new PageConfigController(this);

  /** Which condition cards to show, and in which order: comma-separated ids (e.g. `fai,hip-fracture`). Default: all six in the page's order. */
  @property() conditions = '';

  /** Level of the section's heading, 2–6 (default 2). Sub-headings and cards use the levels below it. */
  @property({ attribute: 'heading-level' }) headingLevel: string | number = 2;

  /** Passed to the call to action: the id of one of the page config's locations (`noord`), whose contact details it shows. */
  @property() location?: string;

  /** Passed to the call to action: the practice's online booking page (http or https). */
  @property({ attribute: 'booking-url' }) bookingUrl?: string;

  /** Passed to the call to action: the practice's phone number, as it should be shown. */
  @property() phone?: string;

  /** Passed to the call to action: the practice's e-mail address. */
  @property() email?: string;

  /** Passed to the call to action: the practice's or location's name. */
  @property({ attribute: 'practice-name' }) practiceName?: string;

  /**
   * Rendered in the browser, the parts inside take their first render one
   * task after another (internal/first-render-queue.ts), top down. Until all
   * have, the section assembles: what lies below a part still waiting is
   * hidden (it keeps its place), so no part pushes visible text down as it
   * appears. Pre-rendered markup is on the page already and never hidden.
   */
  private assembled = isServer;

  private shownConditions: readonly ConditionId[] = CONDITION_IDS;
  private level: HeadingLevel = 2;

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('conditions')) this.shownConditions = this.resolveConditions(this.conditions);
    if (changed.has('headingLevel')) this.level = parseHeadingLevel(TAG, this.headingLevel, 2);
  }

  protected override firstUpdated(): void {
    if (this.prerendered) return;
    const done = () => {
      this.assembled = true;
      this.showRenderedTop();
    };
    // Also when a part failed to render: the rest of the section is still worth showing.
    this.updateComplete.then(done, done);
  }

  protected override updated(): void {
    if (this.assembled || this.prerendered) return;
    this.showRenderedTop();
    for (const part of innerWidgets(this.renderRoot)) {
      if (awaitsFirstRender(part)) part.updateComplete.then(() => this.showRenderedTop());
    }
  }

  /**
   * Hides ("pending") every block below the first part that has not rendered
   * yet, the section's own blocks and the cards' list items alike; once the
   * section has assembled, none. A class on each block rather than a sibling
   * selector (`part:not(.rendered) ~ *`): WebKit did not restyle the blocks
   * after such a selector stopped matching, and left the section hidden.
   */
  private showRenderedTop(): void {
    const section = this.renderRoot.querySelector('section');
    if (!section) return;
    let waiting = false;
    const follow = (block: Element) => {
      block.classList.toggle('pending', waiting && !this.assembled);
      // A part is a block itself, or (a card) the one child of a list item.
      const part = block.localName === 'li' ? block.firstElementChild : block;
      if (part?.matches(widgetSelector()) && awaitsFirstRender(part)) waiting = true;
    };
    for (const block of section.children) {
      follow(block);
      if (block.classList.contains('conditions')) [...block.children].forEach(follow);
    }
  }

  protected override render() {
    const subHeadingLevel = subLevel(this.level);
    return html`
      <section aria-label=${pageText.title()}>
        ${renderHeading(this.level, pageText.title(), 'heading')}
        <symptom-checklist part="checklist" exportparts="legend: checklist-legend, result: checklist-result, note: checklist-note"></symptom-checklist>
        <div class="intro" part="intro">
          <p>${pageText.symptomsLead()}</p>
          <p>${pageText.formsOfPain()}</p>
        </div>
        ${this.renderCallToAction()}
        <a class="read-more" part="read-more" href=${safeUrl(TAG, 'read-more', '#hip-conditions', '#id')} @click=${this.handleReadMore}>${pageText.readMore()}</a>
        ${renderHeading(subHeadingLevel, pageText.prevalenceHeading(), 'sub-heading')}
        <p>${pageText.prevalenceGeneralPractice()}</p>
        <stats-figure part="figure" stat="physio-hip-share" .inText=${true}></stats-figure>
        <p>${pageText.conditionsLead()}</p>
        <div id="hip-conditions" tabindex="-1">${renderHeading(subHeadingLevel, pageText.conditionsHeading(), 'sub-heading')}</div>
        <ul class="conditions" part="conditions">
          ${this.shownConditions.map((id) => this.renderCard(id, subLevel(subHeadingLevel)))}
        </ul>
        <p part="contact-invitation">${pageText.contactInvitation()}</p>
        ${this.renderReview()}
      </section>
    `;
  }

  /** The call to action, with the section's contact attributes; it decides what to show, and shows nothing without a way to get in touch. */
  private renderCallToAction() {
    // As text: a page script may have set the properties to anything, and a binding of some objects would throw.
    const text = (value: unknown) => ifDefined(value === null || value === undefined ? undefined : textOf(value));
    return html`<appointment-cta
      part="cta"
      .partOf=${TAG}
      location=${text(this.location)}
      booking-url=${text(this.bookingUrl)}
      phone=${text(this.phone)}
      email=${text(this.email)}
      practice-name=${text(this.practiceName)}
    ></appointment-cta>`;
  }

  /** The page config's review record, as the NHS shows one under each page; nothing without one. */
  private renderReview() {
    const review = this.pageConfig.config.review;
    if (!review) return nothing;
    const { reviewed, nextReview, reviewedBy: by, sources } = review;
    const date = reviewed && formatDate(reviewed);
    const next = nextReview && formatDate(nextReview);
    const line = date
      ? by
        ? msg(str`Laatst beoordeeld op ${date} door ${by}.`, { id: 'section.review.reviewed-by', desc: 'The date, then the reviewer\'s name and role as the practice writes them ("M. de Vries, fysiotherapeut").' })
        : msg(str`Laatst beoordeeld op ${date}.`, { id: 'section.review.reviewed' })
      : by && msg(str`Beoordeeld door ${by}.`, { id: 'section.review.by', desc: 'The reviewer\'s name and role as the practice writes them.' });
    return html`<footer class="review" part="review">
      ${line ? html`<p>${line}</p>` : nothing}
      ${next ? html`<p>${msg(str`Volgende beoordeling: ${next}`, { id: 'section.review.next', desc: 'The date of the next review, as on NHS pages: "Next review due: …".' })}</p>` : nothing}
      ${sources.length
        ? html`<p id="hip-sources">${msg('Bronnen', { id: 'section.review.sources', desc: 'Label of the list of sources the content was checked against.' })}</p>
            <ul aria-labelledby="hip-sources">
              ${sources.map(({ title, url }) => html`<li>${url ? html`<a href=${safeUrl(TAG, 'source', url, 'http(s)')}>${title}</a>` : title}</li>`)}
            </ul>`
        : nothing}
    </footer>`;
  }

  private renderCard(id: ConditionId, level: HeadingLevel) {
    return html`<li><hip-condition-card part="card" condition=${id} heading-level=${level}></hip-condition-card></li>`;
  }

  /** Parse `conditions`: unknown ids are reported and skipped; if none is left, all six are shown rather than an empty section. */
  private resolveConditions(value: unknown): readonly ConditionId[] {
    const requested = textOf(value)
      .split(/[\s,]+/)
      .map((id) => id.trim())
      .filter(Boolean);
    if (requested.length === 0) return CONDITION_IDS;
    const unknown = requested.filter((id) => !isConditionId(id));
    if (unknown.length > 0) {
      // A handful named, so a pasted paragraph does not flood the console.
      const named = unknown.slice(0, MAX_NAMED).map((id) => quote(id)).join(', ') + (unknown.length > MAX_NAMED ? ` and ${unknown.length - MAX_NAMED} more` : '');
      reportError(TAG, `unknown condition ${named} in conditions; valid ids are ${CONDITION_IDS.join(', ')}.`);
    }
    const known = [...new Set(requested.filter(isConditionId))];
    if (known.length === 0) {
      reportWarning(TAG, `conditions ${quote(value)} names no known condition; showing all six.`);
      return CONDITION_IDS;
    }
    return known;
  }

  /** The conditions live in this shadow root, where the page's `#hash` cannot reach: scroll and move focus by hand. */
  private handleReadMore(event: Event): void {
    event.preventDefault();
    const target = this.renderRoot.querySelector<HTMLElement>('#hip-conditions');
    if (!target) return;
    const reduceMotion = matchMedia('(prefers-reduced-motion: reduce)').matches;
    target.scrollIntoView({ behavior: reduceMotion ? 'auto' : 'smooth', block: 'start' });
    target.focus({ preventScroll: true });
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'hip-complaints-section': HipComplaintsSection;
  }
}
