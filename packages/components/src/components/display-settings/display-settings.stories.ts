import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { expect, userEvent, waitFor } from 'storybook/test';
import './define.js';
import { setDisplaySettings } from './display.js';
import { setStoragePolicy } from '../../base/storage.js';

type Args = { headingLevel?: string };

/** The radio inputs of one group (Storybook's queries do not look inside shadow roots). */
function radio(canvas: HTMLElement, group: number, value: string): HTMLInputElement {
  const settings = canvas.querySelector('polis-display-settings')!;
  const radios = settings.shadowRoot!.querySelectorAll('polis-radios')[group]!;
  return radios.shadowRoot!.querySelector<HTMLInputElement>(`input[value="${value}"]`)!;
}

function text(canvas: HTMLElement): string {
  return canvas.querySelector('polis-display-settings')!.shadowRoot!.textContent ?? '';
}

/** Puts the page back as the toolbar left it, so a story does not change the next one. */
function restore(theme: string | undefined): void {
  setDisplaySettings({ theme: 'system', textSize: 'standard' });
  if (theme) document.documentElement.dataset.polisTheme = theme;
}

const meta: Meta<Args> = {
  title: 'Components/Display settings',
  component: 'polis-display-settings',
  args: { headingLevel: '2' },
  render: (args) =>
    html`<polis-display-settings heading-level=${args.headingLevel ?? '2'}></polis-display-settings>`,
};
export default meta;
type Story = StoryObj<Args>;

export const Default: Story = {
  play: async ({ canvasElement }) => {
    const toolbarTheme = document.documentElement.dataset.polisTheme;
    await waitFor(() => expect(radio(canvasElement, 0, 'dark')).toBeTruthy());
    await expect(radio(canvasElement, 0, 'system')).toBeChecked();
    await expect(radio(canvasElement, 0, 'dark')).toHaveAccessibleName('Dark');
    await userEvent.click(radio(canvasElement, 0, 'dark'));
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
    await waitFor(() => expect(text(canvasElement)).toContain('Your choices are remembered on this device.'));
    setStoragePolicy(() => false);
  },
};

export const French: Story = {
  render: () => html`<div lang="fr"><polis-display-settings></polis-display-settings></div>`,
  play: async ({ canvasElement }) => {
    await waitFor(() => expect(radio(canvasElement, 1, 'large')).toHaveAccessibleName('Grande'));
  },
};
