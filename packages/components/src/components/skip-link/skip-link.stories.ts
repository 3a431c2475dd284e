import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import './define.js';

const meta: Meta = {
  title: 'Components/Skip link',
  component: 'polis-skip-link',
  render: () => html`<polis-skip-link></polis-skip-link>`,
};
export default meta;

export const Default: StoryObj = {};
