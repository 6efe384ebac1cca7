import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { CONDITION_IDS } from '../src/index.js';
import { attr, cssPropertiesStyle, type CssPropertyArgs } from './support.js';

type CardArgs = CssPropertyArgs & {
  condition: string;
  open: boolean;
  'heading-level': number;
};

/**
 * One condition: title and key facts always visible, the rest in a native
 * disclosure. Each of the six conditions collapsed (as a visitor first sees
 * it) and open (everything the card can hold).
 */
const meta = {
  title: 'Elements/hip-condition-card',
  component: 'hip-condition-card',
  args: { condition: 'fai', open: false, 'heading-level': 3 },
  argTypes: {
    condition: { control: 'select', options: CONDITION_IDS },
    open: { control: 'boolean' },
    'heading-level': { control: 'select', options: [2, 3, 4, 5, 6] },
  },
  render: (args) => html`
    <hip-condition-card condition=${args.condition} ?open=${args.open} heading-level=${attr(args['heading-level'])} style=${cssPropertiesStyle(args)}></hip-condition-card>
  `,
} satisfies Meta<CardArgs>;

export default meta;
type Story = StoryObj<CardArgs>;

export const FaiCollapsed: Story = { name: 'FAI, collapsed', args: { condition: 'fai' } };
export const FaiOpen: Story = { name: 'FAI, open', args: { condition: 'fai', open: true } };
export const PerthesCollapsed: Story = { name: 'Perthes, collapsed', args: { condition: 'perthes' } };
export const PerthesOpen: Story = { name: 'Perthes, open', args: { condition: 'perthes', open: true } };
export const EpiphysiolysisCollapsed: Story = { name: 'Epiphysiolysis, collapsed', args: { condition: 'epiphysiolysis' } };
export const EpiphysiolysisOpen: Story = { name: 'Epiphysiolysis, open', args: { condition: 'epiphysiolysis', open: true } };
export const HipFractureCollapsed: Story = { name: 'Hip fracture, collapsed', args: { condition: 'hip-fracture' } };
export const HipFractureOpen: Story = { name: 'Hip fracture, open', args: { condition: 'hip-fracture', open: true } };
export const HipOsteoarthritisCollapsed: Story = { name: 'Hip osteoarthritis, collapsed', args: { condition: 'hip-osteoarthritis' } };
export const HipOsteoarthritisOpen: Story = { name: 'Hip osteoarthritis, open', args: { condition: 'hip-osteoarthritis', open: true } };
export const HipProsthesisCollapsed: Story = { name: 'Hip prosthesis, collapsed', args: { condition: 'hip-prosthesis' } };
export const HipProsthesisOpen: Story = { name: 'Hip prosthesis, open', args: { condition: 'hip-prosthesis', open: true } };
