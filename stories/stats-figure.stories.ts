import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { STAT_IDS } from '../src/index.js';
import { attr, cssPropertiesStyle, type CssPropertyArgs, type SmokeParameters } from './support.js';

type FigureArgs = CssPropertyArgs & {
  stat?: string;
  value?: string;
  max?: string;
  unit?: string;
  label?: string;
};

/**
 * One statistic, drawn and written out. A story per kind of drawing: a
 * percentage, a range, a rate, an age (a band, or "older than"), a comparison
 * of groups, a count, and a custom figure with its own value and sentence.
 * Pick any other built-in statistic with the `stat` control.
 */
const meta = {
  title: 'Elements/stats-figure',
  component: 'stats-figure',
  argTypes: {
    stat: { control: 'select', options: STAT_IDS },
    value: { control: 'text' },
    max: { control: 'text' },
    unit: { control: 'text' },
    label: { control: 'text' },
  },
  render: (args) => html`
    <stats-figure
      stat=${attr(args.stat)}
      value=${attr(args.value)}
      max=${attr(args.max)}
      unit=${attr(args.unit)}
      label=${attr(args.label)}
      style=${cssPropertiesStyle(args)}
    ></stats-figure>
  `,
} satisfies Meta<FigureArgs>;

export default meta;
type Story = StoryObj<FigureArgs>;

/** A share on a 0–100 % scale: the page's own 3,1 %. */
export const Percent: Story = { args: { stat: 'physio-hip-share' } };

/** A range ("22–30 %"): solid up to the lower end, a lighter band on to the upper end. */
export const Range: Story = { args: { stat: 'fai-prevalence-hip-pain' } };

/** Cases per 100.000 inhabitants, on a rounded axis. */
export const Rate: Story = { args: { stat: 'epiphysiolysis-incidence' } };

/** An age range as a band on a 0–100 year lifespan. */
export const Age: Story = { args: { stat: 'perthes-onset-age' } };

/** "Older than 55": a band from the age to the end of the axis. */
export const AgeOlderThan: Story = { name: 'Age, older than', args: { stat: 'hip-fracture-age' } };

/** Two groups (women and men), one labelled bar each, on the 0–100 % scale. */
export const Comparison: Story = { args: { stat: 'hip-fracture-share-by-sex' } };

/** A relative frequency ("5 keer vaker bij jongens"). */
export const ComparisonTimes: Story = { name: 'Comparison, times as often', args: { stat: 'perthes-boys-girls' } };

/** A plain number: no scale on the page, so the bar only marks it as a quantity. */
export const Count: Story = { args: { stat: 'hip-fracture-new-cases-2007' } };

// A custom figure's label is the page's own text, so it stays Dutch in every language; only the number follows the locale.
const customParameters: SmokeParameters = { smoke: { localeProbe: false } };

/** A custom value with `unit="%"`: the practice's own number and sentence. */
export const CustomValue: Story = {
  name: 'Custom value',
  args: { value: '42', unit: '%', label: '42 % van onze patiënten met heupklachten komt via de huisarts.' },
  parameters: customParameters,
};

/** A custom value against its own `max`, with a unit that follows the number ("12 patiënten van 48 patiënten"). */
export const CustomValueWithScale: Story = {
  name: 'Custom value with scale',
  args: { value: '12', max: '48', unit: 'patiënten', label: 'Deze week hadden 12 van onze 48 patiënten heupklachten.' },
  parameters: customParameters,
};
