import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import './define.js';

const meta: Meta = {
  title: 'Components/Details',
  component: 'polis-details',
  render: () => html`<polis-details></polis-details>`,
};
export default meta;

export const Default: StoryObj = {};
