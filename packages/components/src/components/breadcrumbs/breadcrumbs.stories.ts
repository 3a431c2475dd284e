import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import './define.js';

const meta: Meta = {
  title: 'Components/Breadcrumbs',
  component: 'polis-breadcrumbs',
  render: () => html`<polis-breadcrumbs></polis-breadcrumbs>`,
};
export default meta;

export const Default: StoryObj = {};
