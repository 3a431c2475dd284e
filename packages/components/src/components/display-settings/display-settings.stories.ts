import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { expect, userEvent, waitFor, within } from 'storybook/test';
import './define.js';
import { setDisplaySettings } from './display.js';
import { setStoragePolicy } from '../../base/storage.js';

type Args = { headingLevel?: string };

/** Puts the page back as the toolbar left it, so a story does not change the next one. */
function restore(theme: string | undefined): void {
  setDisplaySettings({ theme: 'system', textSize: 'standard' });
  if (theme) document.documentElement.dataset.polisTheme = theme;
}

const meta: Meta<Args> = {
  title: 'Components/Display settings',
  component: 'polis-display-settings',
  args: { headingLevel: '2' },
  render: (args) => html`<polis-display-settings heading-level=${args.headingLevel ?? '2'}></polis-display-settings>`,
};
export default meta;
type Story = StoryObj<Args>;

export const Default: Story = {
  play: async ({ canvasElement }) => {
    const toolbarTheme = document.documentElement.dataset.polisTheme;
    const canvas = within(canvasElement);
    await expect(await canvas.findByRole('group', { name: 'Colour theme' })).toBeVisible();
    await userEvent.click(await canvas.findByRole('radio', { name: 'Dark' }));
    await waitFor(() => expect(document.documentElement.dataset.polisTheme).toBe('dark'));
    restore(toolbarTheme);
  },
};

export const RememberedOnThisDevice: Story = {
  name: 'Remembered on this device',
  parameters: {
    docs: {
      description: {
        story:
          'When the person has allowed cookies that remember settings (the consent manager sets the storage policy), the note says so.',
      },
    },
  },
  render: (args) => {
    setStoragePolicy((purpose) => purpose === 'preferences');
    return meta.render!(args, undefined as never);
  },
  play: async ({ canvasElement }) => {
    await expect(
      await within(canvasElement).findByText('Your choices are remembered on this device.'),
    ).toBeVisible();
    setStoragePolicy(() => false);
  },
};

export const French: Story = {
  render: () => html`<div lang="fr"><polis-display-settings></polis-display-settings></div>`,
  play: async ({ canvasElement }) => {
    await expect(await within(canvasElement).findByRole('group', { name: 'Taille du texte' })).toBeVisible();
  },
};
