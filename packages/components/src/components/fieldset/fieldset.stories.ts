import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { expect } from 'storybook/test';
import './define.js';
import '../text-input/define.js';
import { FIELDSET_LEGEND_SIZES, type PolisFieldset } from './fieldset.js';

type Args = Partial<Pick<PolisFieldset, 'legend' | 'legendSize' | 'headingLevel'>>;

const meta: Meta<Args> = {
  title: 'Components/Fieldset',
  component: 'polis-fieldset',
  // Shows page structure (landmarks or the page's heading): framed in docs pages, see
  // .storybook/blocks/story-frames.ts.
  parameters: { docs: { story: { inline: false, height: 'auto' } } },
  argTypes: {
    legendSize: { control: 'select', options: FIELDSET_LEGEND_SIZES },
    headingLevel: { control: 'select', options: ['', '1', '2', '3', '4', '5', '6'] },
  },
  args: { legend: 'What is your address?', legendSize: 'm' },
  render: (args) =>
    html`<polis-fieldset
      legend=${ifDefined(args.legend)}
      legend-size=${ifDefined(args.legendSize)}
      heading-level=${ifDefined(args.headingLevel || undefined)}
    >
      <polis-text-input
        label="Address line 1"
        name="address-line-1"
        autocomplete="address-line1"
      ></polis-text-input>
      <polis-text-input
        label="Address line 2 (optional)"
        name="address-line-2"
        autocomplete="address-line2"
      ></polis-text-input>
      <polis-text-input
        label="Town or city"
        name="town"
        autocomplete="address-level2"
        width="two-thirds"
      ></polis-text-input>
      <polis-text-input
        label="Postcode"
        name="postcode"
        autocomplete="postal-code"
        width="10"
      ></polis-text-input>
    </polis-fieldset>`,
};
export default meta;
type Story = StoryObj<Args>;

export const Default: Story = {
  play: async ({ canvasElement }) => {
    const base = canvasElement.querySelector('polis-fieldset')!.shadowRoot!.querySelector('fieldset')!;
    await expect(base).toHaveAccessibleName('What is your address?');
  },
};

/** GOV.UK's "legend as page heading": one question per page, the legend is the `<h1>`. */
export const LegendAsPageHeading: Story = {
  name: 'Legend as page heading',
  args: { legendSize: 'l', headingLevel: '1' },
  play: async ({ canvasElement }) => {
    const heading = canvasElement.querySelector('polis-fieldset')!.shadowRoot!.querySelector('h1')!;
    await expect(heading).toHaveAccessibleName('What is your address?');
  },
};

export const Sizes: Story = {
  render: () =>
    html`${FIELDSET_LEGEND_SIZES.map(
      (size) =>
        html`<polis-fieldset legend=${`Legend size ${size}`} legend-size=${size}>
          <polis-text-input label=${`Field in group ${size}`}></polis-text-input>
        </polis-fieldset>`,
    )}`,
};

export const French: Story = {
  name: 'In French (lang="fr")',
  render: () =>
    html`<div lang="fr">
      <polis-fieldset legend="Quelle est votre adresse ?" legend-size="l" heading-level="1">
        <polis-text-input label="Adresse" name="adresse" autocomplete="address-line1"></polis-text-input>
        <polis-text-input label="Ville" name="ville" autocomplete="address-level2"></polis-text-input>
      </polis-fieldset>
    </div>`,
};
