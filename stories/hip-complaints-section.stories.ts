import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { EXAMPLE_LOCATIONS, EXAMPLE_REVIEW, LOCATION_OPTIONS, withPageConfig } from './page-config.js';
import { attr, CONTACT_ARG_TYPES, cssPropertiesStyle, EXAMPLE_CONTACT_ARGS, type CssPropertyArgs, type SmokeParameters } from './support.js';

type SectionArgs = CssPropertyArgs & {
  conditions?: string;
  'heading-level'?: number;
  location?: string;
  'booking-url'?: string;
  phone?: string;
  email?: string;
  'practice-name'?: string;
};

/**
 * The whole hip-complaints page as one element, as an agency pastes it into a
 * WordPress page: heading, checklist, call to action, the 3,1 % figure, the
 * six condition cards and the closing invitation to call or mail. Try it at
 * phone width with the viewport toolbar.
 */
const meta = {
  title: 'Section/hip-complaints-section',
  component: 'hip-complaints-section',
  args: EXAMPLE_CONTACT_ARGS,
  argTypes: {
    conditions: { control: 'text' },
    'heading-level': { control: 'select', options: [2, 3, 4, 5, 6] },
    ...CONTACT_ARG_TYPES,
  },
  render: (args) => html`
    <hip-complaints-section
      conditions=${attr(args.conditions)}
      heading-level=${attr(args['heading-level'])}
      location=${attr(args.location)}
      booking-url=${attr(args['booking-url'])}
      phone=${attr(args.phone)}
      email=${attr(args.email)}
      practice-name=${attr(args['practice-name'])}
      style=${cssPropertiesStyle(args)}
    ></hip-complaints-section>
  `,
} satisfies Meta<SectionArgs>;

export default meta;
type Story = StoryObj<SectionArgs>;

/** Everything, as on the practice's page. No review record in the page config: nothing after the cards. */
export const WholeSection: Story = { name: 'Whole section' };

/**
 * With the page config's review record (docs/review-record.md): at the end, when and by whom the
 * content was last reviewed, the next review, and the sources (as links where they have a URL),
 * in the toolbar's language. Part `review`.
 */
export const WithReviewRecord: Story = {
  name: 'With review record (page config)',
  tags: ['!autodocs'],
  beforeEach: withPageConfig({ review: EXAMPLE_REVIEW }),
};

/** Two cards only, in the order given: `conditions="hip-fracture,fai"`. */
export const SelectedConditions: Story = { name: 'Selected conditions', args: { conditions: 'hip-fracture,fai' } };

/** No contact details at all: no call to action, the closing invitation as plain text, and the console says what to set. */
export const WithoutContactDetails: Story = {
  name: 'Without contact details',
  args: { 'booking-url': undefined, phone: undefined, email: undefined, 'practice-name': undefined },
  parameters: { smoke: { expectConsole: ['<hip-complaints-section>: no booking-url, phone or email is set'] } } satisfies SmokeParameters,
};

/** The practice's locations from the page config, none chosen: the call to action asks the visitor to pick one. */
export const SeveralLocations: Story = {
  name: 'Several locations (page config)',
  tags: ['!autodocs'],
  args: { 'booking-url': undefined, phone: undefined, email: undefined, 'practice-name': undefined },
  argTypes: { location: { control: 'select', options: LOCATION_OPTIONS } },
  beforeEach: withPageConfig({ locations: EXAMPLE_LOCATIONS }),
};
