import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { expect, userEvent } from 'storybook/test';
import type { AppointmentCta } from '../src/index.js';
import { EXAMPLE_LOCATIONS, LOCATION_OPTIONS, withPageConfig } from './page-config.js';
import { attr, CONTACT_ARG_TYPES, cssPropertiesStyle, EXAMPLE_CONTACT_ARGS, renderedElement, type CssPropertyArgs, type SmokeParameters } from './support.js';

type CtaArgs = CssPropertyArgs & {
  location?: string;
  'booking-url'?: string;
  phone?: string;
  email?: string;
  'practice-name'?: string;
  onHipAppointmentClick?: (event: Event) => void;
};

/**
 * The call to action: "Maak een afspraak", "Of bel meteen" and "Of mail naar"
 * under the invitation. The Actions panel shows `hip-appointment-click` (the
 * links themselves point to example.nl).
 *
 * The stories with locations use the page config, which is one per page: they
 * are in the sidebar only, not on this docs page.
 */
const meta = {
  title: 'Elements/appointment-cta',
  component: 'appointment-cta',
  args: EXAMPLE_CONTACT_ARGS,
  argTypes: {
    ...CONTACT_ARG_TYPES,
  },
  render: (args) => html`
    <appointment-cta
      location=${attr(args.location)}
      booking-url=${attr(args['booking-url'])}
      phone=${attr(args.phone)}
      email=${attr(args.email)}
      practice-name=${attr(args['practice-name'])}
      style=${cssPropertiesStyle(args)}
      @hip-appointment-click=${args.onHipAppointmentClick}
    ></appointment-cta>
  `,
} satisfies Meta<CtaArgs>;

export default meta;
type Story = StoryObj<CtaArgs>;

/** Booking link, phone and e-mail, with the practice's name: everything the element can show. */
export const AllChannels: Story = { name: 'All channels' };

/** Only a phone number: no booking page, no e-mail. */
export const PhoneOnly: Story = {
  name: 'Phone only',
  args: { 'booking-url': undefined, email: undefined, 'practice-name': undefined },
};

/**
 * Bad input: a `javascript:` booking URL and an e-mail that is not an address
 * are left out (each with a console warning naming the value); the phone link
 * remains.
 */
export const BadInput: Story = {
  name: 'Bad input (what remains)',
  args: { 'booking-url': 'javascript:alert(1)', email: 'info(at)example.nl' },
  parameters: {
    smoke: { expectConsole: ['<appointment-cta>: booking-url "javascript:alert(1)"', '<appointment-cta>: email "info(at)example.nl"'] },
  } satisfies SmokeParameters,
};

/** Nothing usable at all: only the invitation stays, and the console says so. */
export const NothingUsable: Story = {
  name: 'Bad input (nothing usable)',
  args: { 'booking-url': 'afspraak.html', phone: 'bel ons', email: undefined },
  parameters: {
    smoke: {
      expectConsole: ['<appointment-cta>: booking-url "afspraak.html"', '<appointment-cta>: phone "bel ons"', '<appointment-cta>: has no usable booking-url, phone or email'],
    },
  } satisfies SmokeParameters,
};

const noAttributes = { 'booking-url': undefined, phone: undefined, email: undefined, 'practice-name': undefined };

/** One location in the page config: the element needs no attributes at all. */
export const OneLocation: Story = {
  name: 'One location (page config)',
  tags: ['!autodocs'],
  args: noAttributes,
  beforeEach: withPageConfig({ locations: [EXAMPLE_LOCATIONS[0]] }),
};

/** Several locations and none chosen: the visitor picks one from "Kies een locatie"; no links until then. */
export const SeveralLocations: Story = {
  name: 'Several locations (page config), none chosen',
  tags: ['!autodocs'],
  args: noAttributes,
  argTypes: { location: { control: 'select', options: LOCATION_OPTIONS } },
  beforeEach: withPageConfig({ locations: EXAMPLE_LOCATIONS }),
};

/** The same, after the visitor picked "Fysiotherapie Noord": its links appear below the list. */
export const SeveralLocationsPicked: Story = {
  name: 'Several locations (page config), one picked',
  tags: ['!autodocs'],
  args: noAttributes,
  beforeEach: withPageConfig({ locations: EXAMPLE_LOCATIONS }),
  play: async ({ canvasElement }) => {
    const cta = await renderedElement<AppointmentCta>(canvasElement, 'appointment-cta');
    const select = cta.shadowRoot?.querySelector('select');
    if (!select) throw new Error('appointment-cta shows no location list');
    await userEvent.selectOptions(select, 'noord');
    await cta.updateComplete;
    await expect(cta.shadowRoot?.querySelector('a[part="booking"]')?.getAttribute('href')).toBe(EXAMPLE_LOCATIONS[1].bookingUrl);
  },
};

/** Several locations, one chosen by the element's `location` attribute: no list, that location's links. */
export const LocationAttribute: Story = {
  name: 'Several locations (page config), location="zuid"',
  tags: ['!autodocs'],
  args: { ...noAttributes, location: 'zuid' },
  argTypes: { location: { control: 'select', options: LOCATION_OPTIONS } },
  beforeEach: withPageConfig({ locations: EXAMPLE_LOCATIONS }),
};
