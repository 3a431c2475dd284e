import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import './define.js';

const meta: Meta = {
  title: 'Components/Accordion section',
  component: 'polis-accordion-section',
  render: () => html`<polis-accordion-section></polis-accordion-section>`,
};
export default meta;

export const Default: StoryObj = {};
