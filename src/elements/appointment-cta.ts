import { localized, msg, str } from '@lit/localize';
import { LitElement, css, html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property } from 'lit/decorators.js';
import { pageText } from '../content/page.js';
import { HipAppointmentClickEvent, type AppointmentChannel } from '../events.js';
import { customElement } from '../internal/define.js';
import { quote, reportWarning } from '../internal/report.js';
import { parseBookingUrl, parseEmail, parsePhone, type EmailAddress, type Parsed, type PhoneNumber } from '../phone.js';
import { hostStyles, muted, onPrimary, primary, radius, spacing } from '../styles/host.js';

const TAG = 'appointment-cta';

/** Attribute values arrive as strings, `null` when removed, or anything when set from script. */
function attributeText(value: unknown): string {
  return value === null || value === undefined ? '' : String(value).trim();
}

/**
 * Read one contact attribute. Absent or blank is not an error (every channel is
 * optional); a value that does not parse is reported, naming it, and left out.
 */
function readContact<T>(attribute: string, value: unknown, parse: (text: string) => Parsed<T>, consequence: string): T | undefined {
  const text = attributeText(value);
  if (!text) return undefined;
  const result = parse(text);
  if (result.ok) return result.value;
  reportWarning(TAG, `${attribute} ${quote(text)} ${result.reason}; ${consequence}`);
  return undefined;
}

/**
 * The practice's call to action: the page's invitation to get in touch, then a
 * link to book online, a link to call and, optionally, a link to e-mail.
 *
 * The phone number is shown as written (`020 123 4567`) and dialled in
 * international form (`tel:+31201234567`), so the link also works from a
 * foreign phone. A value that cannot be used (a booking URL that is not an
 * absolute http(s) URL, a phone number that is not one, an e-mail that is not
 * an address) is left out with a console warning naming it; with no usable
 * channel at all only the invitation is shown, again with a warning.
 *
 * @summary "Maak een afspraak" and "Of bel meteen" links under the invitation to get in touch.
 *
 * @fires {HipAppointmentClickEvent} hip-appointment-click - When the visitor follows a link (click, or middle click to a new tab). `channel` is `booking`, `phone` or `email`, `href` the link's target. The link is followed as usual; the event only lets the page count it.
 *
 * @csspart practice-name - The practice's name, a small label above the invitation.
 * @csspart lead - The invitation sentence.
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
export class AppointmentCta extends LitElement {
  static override styles = [
    hostStyles,
    css`
      .practice-name {
        margin: 0;
        font-size: 0.875em;
        font-weight: 600;
      }
      .lead {
        margin: 0;
      }
      .actions {
        display: flex;
        flex-wrap: wrap;
        align-items: center;
        gap: var(--hip-appointment-cta-gap, calc(${spacing} * 0.75));
        margin-block-start: var(--hip-appointment-cta-gap, calc(${spacing} * 0.75));
      }
      .button {
        display: inline-flex;
        flex-wrap: wrap;
        align-items: center;
        justify-content: center;
        column-gap: 0.35em;
        min-block-size: var(--hip-appointment-cta-button-min-size, 44px);
        min-inline-size: var(--hip-appointment-cta-button-min-size, 44px);
        max-inline-size: 100%;
        padding: var(--hip-appointment-cta-button-padding, 0.5em 1.25em);
        /* Also the primary button has a border: in forced-colours mode the fill disappears and the border stays. */
        border: 2px solid var(--hip-appointment-cta-button-border-color, ${primary});
        border-radius: var(--hip-appointment-cta-button-radius, ${radius});
        font: inherit;
        font-weight: var(--hip-appointment-cta-button-font-weight, 600);
        line-height: 1.25;
        text-align: center;
        text-decoration: none;
        color: inherit;
        background: transparent;
      }
      .booking {
        border-color: var(--hip-appointment-cta-booking-background, ${primary});
        background: var(--hip-appointment-cta-booking-background, ${primary});
        color: var(--hip-appointment-cta-booking-color, ${onPrimary});
      }
      .button:focus-visible {
        outline: 3px solid var(--hip-appointment-cta-focus-ring-color, ${primary});
        outline-offset: 2px;
      }
      @media (hover: hover) {
        .button:hover {
          text-decoration: underline;
          text-underline-offset: 0.15em;
        }
        .button:not(.booking):hover {
          background: ${muted};
        }
      }
      .number {
        white-space: nowrap;
      }
      .address {
        /* A long address must not push the row wider than a phone screen. */
        overflow-wrap: anywhere;
      }
    `,
  ];

  /** Absolute http(s) URL of the online booking page; anything else is left out with a warning. */
  @property({ attribute: 'booking-url' }) bookingUrl?: string;

  /** Phone number as the visitor should read it, e.g. `020 123 4567`; Dutch unless it starts with `+` or `00`. */
  @property() phone?: string;

  /** E-mail address for an optional third link. */
  @property() email?: string;

  /** The practice's name: shown above the invitation and added to the links' accessible names. */
  @property({ attribute: 'practice-name' }) practiceName?: string;

  // Parsed in willUpdate from the attributes, not reactive state of their own:
  // they change only together with a property, in the same update.
  private booking?: string;
  private call?: PhoneNumber;
  private mail?: EmailAddress;

  override willUpdate(changed: PropertyValues<this>): void {
    const first = !this.hasUpdated;
    if (first || changed.has('bookingUrl')) {
      this.booking = readContact('booking-url', this.bookingUrl, parseBookingUrl, 'the "Maak een afspraak" link is left out.');
    }
    if (first || changed.has('phone')) {
      this.call = readContact('phone', this.phone, parsePhone, 'the "Of bel meteen" link is left out.');
    }
    if (first || changed.has('email')) {
      this.mail = readContact('email', this.email, parseEmail, 'the e-mail link is left out.');
    }
    const channelsChanged = first || changed.has('bookingUrl') || changed.has('phone') || changed.has('email');
    if (channelsChanged && !this.booking && !this.call && !this.mail) {
      reportWarning(TAG, 'has no usable booking-url, phone or email; only the invitation text is shown.');
    }
  }

  override render(): TemplateResult {
    const name = attributeText(this.practiceName);
    return html`
      ${this.renderPracticeName(name)}
      <p part="lead" class="lead">${pageText.contactInvitation()}</p>
      ${this.renderActions(name)}
    `;
  }

  private renderPracticeName(name: string): TemplateResult | typeof nothing {
    return name ? html`<p part="practice-name" class="practice-name">${name}</p>` : nothing;
  }

  private renderActions(name: string): TemplateResult | typeof nothing {
    if (!this.booking && !this.call && !this.mail) return nothing;
    return html`
      <div part="actions" class="actions">
        ${this.booking ? this.renderBooking(this.booking, name) : nothing}
        ${this.call ? this.renderPhone(this.call, name) : nothing}
        ${this.mail ? this.renderEmail(this.mail, name) : nothing}
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
      href=${url}
      data-channel="booking"
      aria-label=${label}
      @click=${this.handleLinkClick}
      @auxclick=${this.handleLinkClick}
      >${msg('Maak een afspraak', { id: 'appointment-cta.booking' })}</a
    >`;
  }

  private renderPhone(phone: PhoneNumber, name: string): TemplateResult {
    const number = phone.display;
    // The accessible name contains the visible text unbroken, so a voice-control
    // user can say what they see ("click Of bel meteen"); the name goes after it.
    const label = name
      ? msg(str`Of bel meteen ${number} van ${name}`, {
          id: 'appointment-cta.phone-at',
          desc: 'Accessible name of the phone link when the practice name is known. Must contain the visible text (appointment-cta.phone, then the number) unbroken.',
        })
      : nothing;
    return html`<a
      part="phone"
      class="button"
      href=${phone.href}
      data-channel="phone"
      aria-label=${label}
      @click=${this.handleLinkClick}
      @auxclick=${this.handleLinkClick}
      ><span>${msg('Of bel meteen', { id: 'appointment-cta.phone' })}</span>
      <span class="number" dir="ltr">${number}</span></a
    >`;
  }

  private renderEmail(email: EmailAddress, name: string): TemplateResult {
    const address = email.display;
    const label = name
      ? msg(str`Of mail naar ${address} van ${name}`, {
          id: 'appointment-cta.email-at',
          desc: 'Accessible name of the e-mail link when the practice name is known. Must contain the visible text (appointment-cta.email, then the address) unbroken.',
        })
      : nothing;
    return html`<a
      part="email"
      class="button"
      href=${email.href}
      data-channel="email"
      aria-label=${label}
      @click=${this.handleLinkClick}
      @auxclick=${this.handleLinkClick}
      ><span>${msg('Of mail naar', { id: 'appointment-cta.email', desc: 'Followed by the e-mail address.' })}</span>
      <span class="address" dir="ltr">${address}</span></a
    >`;
  }

  private handleLinkClick(event: MouseEvent): void {
    // A middle click opens the link in a new tab, which is following it too;
    // a right click only opens the context menu.
    if (event.type === 'auxclick' && event.button !== 1) return;
    const link = event.currentTarget as HTMLAnchorElement;
    this.dispatchEvent(new HipAppointmentClickEvent(link.dataset.channel as AppointmentChannel, link.getAttribute('href') ?? ''));
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'appointment-cta': AppointmentCta;
  }
}
