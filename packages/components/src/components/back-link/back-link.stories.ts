import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import './define.js';

const meta: Meta = {
  title: 'Components/Back link',
  component: 'polis-back-link',
  render: () => html`<polis-back-link></polis-back-link>`,
};
export default meta;

export const Default: StoryObj = {};
