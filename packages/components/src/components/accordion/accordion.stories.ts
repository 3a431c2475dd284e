import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import './define.js';

const meta: Meta = {
  title: 'Components/Accordion',
  component: 'polis-accordion',
  render: () => html`<polis-accordion></polis-accordion>`,
};
export default meta;

export const Default: StoryObj = {};
