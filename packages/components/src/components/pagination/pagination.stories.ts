import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import './define.js';

const meta: Meta = {
  title: 'Components/Pagination',
  component: 'polis-pagination',
  render: () => html`<polis-pagination></polis-pagination>`,
};
export default meta;

export const Default: StoryObj = {};
