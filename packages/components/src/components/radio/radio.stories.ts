import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { expect } from 'storybook/test';
import '../radios/define.js';
import RadiosMeta, { ConditionalReveal } from '../radios/radios.stories.js';

/**
 * `polis-radio` is documented with its group on the Radios page: these examples re-use the
 * radios stories, so the option's API table sits beside an example of it.
 */
const meta: Meta = {
  title: 'Components/Radios/Radio option',
  component: 'polis-radio',
};
export default meta;
type Story = StoryObj;

/** Options in a group: each `polis-radio` becomes one native radio button. */
export const InAGroup: Story = {
  name: 'In a group',
  render: RadiosMeta.render as Story['render'],
  args: RadiosMeta.args,
  play: async ({ canvasElement }) => {
    const group = canvasElement.querySelector('polis-radios')!;
    const options = canvasElement.querySelectorAll('polis-radio');
    await expect(group.shadowRoot!.querySelectorAll('input[type="radio"]')).toHaveLength(options.length);
  },
};

/** An option's children are its conditional content. */
export const WithConditionalContent: Story = {
  name: 'With conditional content',
  render: ConditionalReveal.render as Story['render'],
  play: ConditionalReveal.play as Story['play'],
};
