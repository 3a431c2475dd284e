import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { expect } from 'storybook/test';
import './define.js';
import { TAG_COLORS, type PolisTag } from './tag.js';

type Args = Partial<Pick<PolisTag, 'color'>> & { text: string };

const meta: Meta<Args> = {
  title: 'Components/Tag',
  component: 'polis-tag',
  argTypes: {
    color: { control: 'select', options: TAG_COLORS },
  },
  args: { text: 'Completed', color: 'grey' },
  render: (args) => html`<polis-tag color=${ifDefined(args.color)}>${args.text}</polis-tag>`,
};
export default meta;
type Story = StoryObj<Args>;

export const Default: Story = {
  args: { text: 'Not started' },
  play: async ({ canvasElement }) => {
    const tag = canvasElement.querySelector('polis-tag')!;
    await expect(tag).toHaveTextContent('Not started');
    await expect(tag).not.toHaveAttribute('role');
  },
};

const statuses: Record<(typeof TAG_COLORS)[number], string> = {
  grey: 'Not started',
  green: 'Completed',
  turquoise: 'Active',
  blue: 'In progress',
  'light-blue': 'Submitted',
  purple: 'Received',
  pink: 'Sent',
  red: 'Rejected',
  orange: 'Declined',
  yellow: 'Delayed',
};

/** Every colour, each with a status that makes sense without it. */
export const Colours: Story = {
  render: () =>
    html`<ul>
      ${TAG_COLORS.map(
        (color) => html`<li><polis-tag color=${color}>${statuses[color]}</polis-tag> (${color})</li>`,
      )}
    </ul>`,
  play: async ({ canvasElement }) => {
    const tags = [...canvasElement.querySelectorAll('polis-tag')];
    await expect(tags).toHaveLength(TAG_COLORS.length);
    for (const tag of tags) {
      const base = tag.shadowRoot!.querySelector('[part="base"]')!;
      await expect(getComputedStyle(base).backgroundColor).not.toBe('rgba(0, 0, 0, 0)');
    }
    await expect(tags[1]).toHaveTextContent('Completed');
  },
};

/** Tags in a task list: the status is text, so it is read after the task's name. */
export const InATaskList: Story = {
  name: 'In a task list',
  render: () =>
    html`<ul>
      <li><a href="#details">Your details</a> <polis-tag color="green">Completed</polis-tag></li>
      <li><a href="#income">Your income</a> <polis-tag color="blue">In progress</polis-tag></li>
      <li>Check your answers <polis-tag>Cannot start yet</polis-tag></li>
    </ul>`,
  play: async ({ canvasElement }) => {
    const items = canvasElement.querySelectorAll('li');
    await expect(items[0]).toHaveTextContent('Your details Completed');
    await expect(items[2]).toHaveTextContent('Check your answers Cannot start yet');
  },
};

export const French: Story = {
  name: 'In French',
  render: () =>
    html`<div lang="fr">
      <p>Demande <polis-tag color="green">Terminée</polis-tag></p>
      <p>Paiement <polis-tag color="red">Refusé</polis-tag></p>
    </div>`,
  play: async ({ canvasElement }) => {
    const tag = canvasElement.querySelector('polis-tag')!;
    await expect(tag).toHaveTextContent('Terminée');
    await expect(tag.closest('[lang]')).toHaveAttribute('lang', 'fr');
  },
};
