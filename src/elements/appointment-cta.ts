import { localized, msg, str } from '@lit/localize';
import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { pageParsed, type LocationChoice, type PracticeLocation } from '../config.js';
import { offersContact, parseBookingUrl, parseEmail, parsePhone, type EmailAddress, type PhoneNumber } from '../contact.js';
import { pageText } from '../content/page.js';
import { HipAppointmentClickEvent, type AppointmentChannel } from '../events.js';
import { PageConfigController } from '../internal/config-controller.js';
import { customElement } from '../internal/define.js';
import { HipElement } from '../internal/hip-element.js';
import { errorText, quote, reportWarning } from '../internal/report.js';
import { safeUrl } from '../internal/safe-url.js';
import { hostStyles } from '../styles/host.js';
import styles from './appointment-cta.styles.js';
import { attributeText, contactLinkWords, fallback, readContact, TAG, type ContactChannel } from './appointment-cta.helpers.js';

/**
 * The practice's call to action: the page's invitation to get in touch, then a
 * link to book online, a link to call and, optionally, a link to e-mail.
 * Printed, the links are plain lines of text: the booking link with its URL,
 * the others with the number and the address they already show.
 *
 * The phone number is shown as written (`020 123 4567`) and dialled in
 * international form (`tel:+31201234567`), so the link also works from a
 * foreign phone. A value that cannot be used (a booking URL that is not an
 * absolute http(s) URL, a phone number that is not one, an e-mail that is not
 * an address) is left out with a console warning naming it; with no usable
 * channel at all only the invitation is shown, again with a warning (inside
 * `<hip-complaints-section>` nothing is shown then: the section closes with the
 * same invitation).
 *
 * With a page config (`<script type="application/json" data-hip-widgets-config>`
 * or `configure()`, see config.ts), the contact details come from one of the
 * practice's locations: the one `location` names, else the config's
 * `defaultLocation`, else the only one. Each attribute set here overrides that
 * location's value. With several locations and none chosen, a "Kies een
 * locatie" list lets the visitor pick one; the pick stays in the element (never
 * stored or sent) and its links appear below the list.
 *
 * @summary "Maak een afspraak" and "Of bel meteen" links under the invitation to get in touch.
 *
 * @fires {HipAppointmentClickEvent} hip-appointment-click - When the visitor follows a link (click, or middle click to a new tab). `channel` is `booking`, `phone` or `email`, `href` the link's target. The link is followed as usual; the event only lets the page count it. With the page config's `dataLayer: true`, `{event: 'hip_appointment_click', channel, location}` is also pushed to `window.dataLayer` (Google Tag Manager).
 *
 * @csspart practice-name - The practice's name, a small label above the invitation.
 * @csspart lead - The invitation sentence.
 * @csspart location-picker - Around the location list, shown when the page config has several locations and none is chosen.
 * @csspart location-label - The visible label "Kies een locatie".
 * @csspart location-select - The native `select` listing the locations.
 * @csspart actions - The row of links; wraps onto more lines on narrow screens.
 * @csspart booking - The "Maak een afspraak" link, styled as the primary button.
 * @csspart phone - The "Of bel meteen" link with the number.
 * @csspart email - The e-mail link with the address.
 *
 * @cssproperty [--hip-appointment-cta-gap=calc(var(--hip-spacing, 1rem) * 0.75)] - Space between the invitation and the links, and between the links.
 * @cssproperty [--hip-appointment-cta-button-radius=var(--hip-radius, 0.5rem)] - Corner radius of the links.
 * @cssproperty [--hip-appointment-cta-button-min-size=44px] - Minimum height and width of each link: a touch target a thumb can hit.
 * @cssproperty [--hip-appointment-cta-button-padding=0.5em 1.25em] - Padding inside each link.
 * @cssproperty [--hip-appointment-cta-button-font-weight=600] - Font weight of the link texts.
 * @cssproperty [--hip-appointment-cta-button-border-color=var(--hip-color-primary, #1d5fa8)] - Outline of the phone and e-mail links.
 * @cssproperty [--hip-appointment-cta-booking-background=var(--hip-color-primary, #1d5fa8)] - Fill of the booking link.
 * @cssproperty [--hip-appointment-cta-booking-color=var(--hip-color-on-primary, #fff)] - Text colour of the booking link.
 * @cssproperty [--hip-appointment-cta-focus-ring-color=var(--hip-color-primary, #1d5fa8)] - Keyboard focus ring around a link.
 */
// @localized() must run before the tag is defined: defining upgrades elements
// already in the page, and instances created then would miss its controller.
// Legacy decorators apply bottom-up, so it goes below @customElement.
@customElement('appointment-cta')
@localized()
export class AppointmentCta extends HipElement {
  static override styles = [hostStyles, styles];

  private readonly pageConfig = new PageConfigController(this);

  /** Id of one of the page config's locations (`noord`), whose name, phone, e-mail and booking URL are used where the attributes below are not set. Unknown ids are reported. */
  @property() location?: string;

  /** Absolute http(s) URL of the online booking page; anything else is left out with a warning. Overrides the location's. */
  @property({ attribute: 'booking-url' }) bookingUrl?: string;

  /** Phone number as the visitor should read it, e.g. `020 123 4567`; Dutch unless it starts with `+` or `00`. Overrides the location's. */
  @property() phone?: string;

  /** E-mail address for an optional third link. Overrides the location's. */
  @property() email?: string;

  /** The practice's name: shown above the invitation and added to the links' accessible names. Overrides the location's name. */
  @property({ attribute: 'practice-name' }) practiceName?: string;

  /**
   * The tag of the element this call to action stands in, set by that element
   * (the section). There the call to action takes no room when it has nothing
   * to offer (the section closes with the same invitation anyway), and what
   * concerns the whole (an unknown location, no contact at all) is said under
   * that element's name: the inner element is invisible to someone reading
   * the page's markup.
   * @internal
   */
  @property({ attribute: false }) partOf?: string;

  /** The location the visitor picked in the list. Element state only: never stored or sent. */
  @state() private pickedId?: string;

  // Parsed in willUpdate from the attributes, not reactive state of their own:
  // they change only together with a property, in the same update.
  private ownBooking?: string;
  private ownCall?: PhoneNumber;
  private ownMail?: EmailAddress;
  // What is shown: the attribute's value, else the location's.
  private choice: LocationChoice = { kind: 'none' };
  private shownLocation?: PracticeLocation;
  private booking?: string;
  private call?: PhoneNumber;
  private mail?: EmailAddress;
  /** Standing in another element with nothing to offer: nothing rendered, the host hidden. */
  private empty = false;
  /** The channels last checked for the "no usable channel" warning, so it is given once per change. */
  private checkedChannels?: string;

  override willUpdate(changed: PropertyValues<this>): void {
    const first = !this.hasUpdated;
    // Cheap (a handful of locations), so on every update: the config may have changed, or the visitor picked.
    this.choice = this.pageConfig.chooseLocation(this.partOf ?? TAG, attributeText(this.location));
    const location = (this.shownLocation = this.locationShown(this.choice));
    if (first || changed.has('bookingUrl')) {
      this.ownBooking = readContact('booking-url', this.bookingUrl, parseBookingUrl, fallback(location, location?.bookingUrl, 'booking URL', 'the "Maak een afspraak" link is left out.'));
    }
    if (first || changed.has('phone')) {
      this.ownCall = readContact('phone', this.phone, parsePhone, fallback(location, location?.phone, 'phone number', 'the "Of bel meteen" link is left out.'));
    }
    if (first || changed.has('email')) {
      this.ownMail = readContact('email', this.email, parseEmail, fallback(location, location?.email, 'e-mail address', 'the e-mail link is left out.'));
    }
    this.booking = this.ownBooking ?? location?.bookingUrl;
    this.call = this.ownCall ?? location?.phone;
    this.mail = this.ownMail ?? location?.email;
    // A list to pick from is something to offer, whatever the picked location has.
    this.empty = Boolean(this.partOf) && this.choice.kind !== 'pick' && !this.offersLinks();
    // Set while updating, so a pre-rendered host carries it too and takes no room before it hydrates.
    if (this.partOf) this.toggleAttribute('hidden', this.empty);
    this.checkChannels(location);
  }

  // The list shows the pick (or "none chosen") also after the visitor used it: once they have,
  // the option's selected attribute no longer moves the selection, so it is set here too.
  override updated(): void {
    const select = this.renderRoot.querySelector('select');
    if (select) select.value = this.pickedId ?? '';
  }

  override render(): TemplateResult | typeof nothing {
    if (this.empty) return nothing;
    const picking = this.choice.kind === 'pick';
    const ownName = attributeText(this.practiceName);
    const name = ownName || this.shownLocation?.name || '';
    // While picking, the list shows the location's name; the label above is only the practice's own.
    return html`
      ${this.renderPracticeName(picking ? ownName : name)}
      <p part="lead" class="lead">${pageText.contactInvitation()}</p>
      ${this.choice.kind === 'pick' ? this.renderPicker(this.choice.locations) : nothing}
      ${this.renderActions(name)}
    `;
  }

  private offersLinks(): boolean {
    return offersContact({ bookingUrl: this.booking, phone: this.call, email: this.mail });
  }

  /** The location whose details fill the links: the config's choice, or the visitor's pick. */
  private locationShown(choice: LocationChoice): PracticeLocation | undefined {
    if (choice.kind === 'location') return choice.location;
    if (choice.kind === 'pick') return choice.locations.find((location) => location.id === this.pickedId);
    return undefined;
  }

  /**
   * Warn once per change when there is no link to show. Not while the visitor
   * has yet to pick a location, and not while the page is still being parsed
   * (a config script further down may supply the details).
   */
  private checkChannels(location: PracticeLocation | undefined): void {
    const waitingForPick = this.choice.kind === 'pick' && !location;
    const channels = waitingForPick ? 'pick' : [this.booking, this.call?.href, this.mail?.href].join(' ');
    if (channels === this.checkedChannels) return;
    const none = !waitingForPick && !this.offersLinks();
    if (none && !pageParsed()) return;
    this.checkedChannels = channels;
    if (!none) return;
    if (this.empty) {
      // An attribute set but unusable was reported above, naming its value.
      reportWarning(
        this.partOf!,
        'no booking-url, phone or email is set and the page config has no location with one, so the call to action shows no links; set at least one of them, or add a location to the page config.',
      );
      return;
    }
    const fromLocation = location ? ` (nor does location ${quote(location.id)} of the page config)` : '';
    reportWarning(TAG, `has no usable booking-url, phone or email${fromLocation}; only the invitation text is shown.`);
  }

  // A native <select> rather than a radio list: a practice may have two
  // locations or twelve, and the call to action often sits in a narrow CMS
  // column; a select stays one row whatever the number, phones open their own
  // large native picker for it, and screen readers announce it with its visible
  // label. Its first option stands for "none chosen yet": pre-selecting a real
  // location would show that location's links as if the visitor had chosen it.
  // The links appear right after the list, the next thing in reading order.
  // `selected` as an attribute, not a .selected binding: Lit SSR writes the latter as
  // selected="false", which the parser reads as selected, so a pre-rendered list showed its last
  // location. updated() keeps the live selection.
  private renderPicker(locations: readonly PracticeLocation[]): TemplateResult {
    const picked = this.shownLocation?.id;
    return html`<div part="location-picker" class="picker">
      <label part="location-label" for="location"
        >${msg('Kies een locatie', {
          id: 'appointment-cta.location-label',
          desc: "Visible label of the drop-down list of the practice's locations (e.g. its branches in different neighbourhoods), shown when the page has several and none is chosen. The booking, phone and e-mail links of the picked location appear below it.",
        })}</label
      >
      <select part="location-select" id="location" @change=${this.handleLocationChange}>
        <option value="" disabled ?selected=${picked === undefined}>
          ${msg('Geen locatie gekozen', {
            id: 'appointment-cta.location-none',
            desc: 'First entry of the locations drop-down list (label: appointment-cta.location-label), shown until the visitor picks a location.',
          })}
        </option>
        ${locations.map((location) => html`<option value=${location.id} ?selected=${location.id === picked}>${location.name ?? location.id}</option>`)}
      </select>
    </div>`;
  }

  private renderPracticeName(name: string): TemplateResult | typeof nothing {
    return name ? html`<p part="practice-name" class="practice-name">${name}</p>` : nothing;
  }

  private renderActions(name: string): TemplateResult | typeof nothing {
    if (!this.offersLinks()) return nothing;
    return html`
      <div part="actions" class="actions">
        ${this.booking ? this.renderBooking(this.booking, name) : nothing}
        ${this.call ? this.renderContactLink('phone', this.call, name) : nothing}
        ${this.mail ? this.renderContactLink('email', this.mail, name) : nothing}
      </div>
    `;
  }

  // Same tab, no target=_blank: the back button then returns to this page, and a
  // new tab is disorienting on phones and with a screen reader. The page can
  // still react to hip-appointment-click. No rel: noopener only matters for a new
  // tab, and noreferrer would hide from the booking system where visitors came from.
  private renderBooking(url: string, name: string): TemplateResult {
    const label = name
      ? msg(str`Maak een afspraak bij ${name}`, {
          id: 'appointment-cta.booking-at',
          desc: 'Accessible name of the booking link when the practice name is known. Must start with the visible text, appointment-cta.booking.',
        })
      : nothing;
    return html`<a
      part="booking"
      class="button booking"
      href=${safeUrl(TAG, 'booking', url, 'http(s)')}
      data-channel="booking"
      aria-label=${label}
      @click=${this.handleLinkClick}
      @auxclick=${this.handleLinkClick}
      >${msg('Maak een afspraak', { id: 'appointment-cta.booking' })}</a
    >`;
  }

  /** A phone or e-mail link: the lead text, then the number or address, kept left to right in any script. */
  private renderContactLink(channel: ContactChannel, link: PhoneNumber | EmailAddress, name: string): TemplateResult {
    const [lead, label] = contactLinkWords(channel, link.display, name);
    const phone = channel === 'phone';
    return html`<a
      part=${channel}
      class="button"
      href=${safeUrl(TAG, channel, link.href, phone ? 'tel:' : 'mailto:')}
      data-channel=${channel}
      aria-label=${label}
      @click=${this.handleLinkClick}
      @auxclick=${this.handleLinkClick}
      ><span>${lead}</span>
      <span class=${phone ? 'number' : 'address'} dir="ltr">${link.display}</span></a
    >`;
  }

  private handleLocationChange(event: Event): void {
    this.pickedId = (event.currentTarget as HTMLSelectElement).value || undefined;
  }

  private handleLinkClick(event: MouseEvent): void {
    // A middle click opens the link in a new tab, which is following it too;
    // a right click only opens the context menu.
    if (event.type === 'auxclick' && event.button !== 1) return;
    const link = event.currentTarget as HTMLAnchorElement;
    const channel = link.dataset.channel as AppointmentChannel;
    this.dispatchEvent(new HipAppointmentClickEvent(channel, link.getAttribute('href') ?? ''));
    // The page opted in (page config `dataLayer: true`): tell Google Tag Manager, creating
    // window.dataLayer as its snippet does. The channel and the location's id (null without one,
    // so an earlier click's location does not linger in the data layer), nothing else: never the
    // link's target, never what a visitor ticked. A data layer that cannot take it (not an array,
    // frozen, a getter that throws) is reported; the link works all the same.
    if (this.pageConfig.config.dataLayer) {
      try {
        ((window as { dataLayer?: unknown[] }).dataLayer ??= []).push({ event: 'hip_appointment_click', channel, location: this.shownLocation?.id ?? null });
      } catch (error) {
        reportWarning(TAG, `could not push to window.dataLayer (${errorText(error)}).`);
      }
    }
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'appointment-cta': AppointmentCta;
  }
}
