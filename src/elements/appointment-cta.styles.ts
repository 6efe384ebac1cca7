import { css } from 'lit';
import { muted, onPrimary, primary, radius, spacing } from '../styles/host.js';

/** The call to action's own styles; what every element shares comes first, from styles/host.ts. */
export default css`
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
  .picker {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 0.25em 0.75em;
    margin-block-start: var(--hip-appointment-cta-gap, calc(${spacing} * 0.75));
  }
  .picker label {
    font-weight: 600;
  }
  .picker select {
    /* Native colours (field and field text) stay, so the list is legible on light and dark pages alike. */
    font: inherit;
    min-block-size: var(--hip-appointment-cta-button-min-size, 44px);
    max-inline-size: 100%;
    padding-inline: 0.5em;
    border-radius: var(--hip-appointment-cta-button-radius, ${radius});
  }
  .picker select:focus-visible {
    outline: 3px solid var(--hip-appointment-cta-focus-ring-color, ${primary});
    outline-offset: 2px;
  }
  .number {
    white-space: nowrap;
  }
  .address {
    /* A long address must not push the row wider than a phone screen. */
    overflow-wrap: anywhere;
  }
  /*
   * On paper the links are lines of text, one below the other, in the text
   * colour: no fill, outline or touch-target size (a fill is dropped when
   * printing, which would leave the booking link's light text on white).
   * The phone and e-mail links already show the number and the address; the
   * booking link adds its URL. The location list shows the pick as text
   * without its label, or nothing while none is picked.
   */
  @media print {
    .actions {
      flex-direction: column;
      align-items: start;
    }
    .button {
      display: block;
      min-block-size: 0;
      padding: 0;
      border: 0;
      text-align: start;
      color: inherit;
      background: none;
    }
    .booking::after {
      content: ' ' attr(href);
    }
    label,
    .picker:has(option[value='']:checked) {
      display: none;
    }
    select {
      appearance: none;
      padding: 0;
      border: 0;
    }
  }
`;
