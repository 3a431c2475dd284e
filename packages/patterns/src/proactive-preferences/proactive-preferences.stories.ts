import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { expect, userEvent, waitFor } from 'storybook/test';
import './define.js';
import type { PolisProactivePreferences } from './proactive-preferences.js';
import { setStoragePolicy } from '@polis-ds/components';
import { dismiss, isEnabled, snooze } from '../proactive/preferences.js';
import { exampleOffers } from '../proactive/example-offers.js';
import { loadProactiveStrings, resetProactive } from '../test/proactive-stories.js';

type Args = { headingLevel: string };

const view = (root: HTMLElement) =>
  root.querySelector<PolisProactivePreferences>('polis-proactive-preferences')!;
const inner = (root: HTMLElement, name: string) =>
  view(root).shadowRoot!.querySelector<HTMLElement>(`[part~="${name}"]`);
const radio = (root: HTMLElement, value: string) =>
  inner(root, 'switch')?.shadowRoot?.querySelector<HTMLInputElement>(
    `input[value="${value}"]`,
  ) as HTMLInputElement;
const words = (element: Element | null) => element?.textContent?.replace(/\s+/g, ' ').trim() ?? '';

/** Hides two offers: one for good, one for 30 days. */
function hideSome(): void {
  resetProactive();
  dismiss('child-benefit');
  snooze('register-to-vote', 30);
}

const meta: Meta<Args> = {
  title: 'Patterns/Proactive services/Preferences',
  component: 'polis-proactive-preferences',
  args: { headingLevel: '2' },
  // On a docs page every example shows the same person's choices, as on a real page: two
  // suggestions hidden. Each story on its own starts from its own state.
  beforeEach: ({ viewMode }) => (viewMode === 'docs' ? hideSome() : resetProactive()),
  loaders: [loadProactiveStrings],
  render: (args) =>
    html`<polis-proactive-preferences
      .offers=${exampleOffers}
      heading-level=${args.headingLevel}
    ></polis-proactive-preferences>`,
};
export default meta;
type Story = StoryObj<Args>;

/** Suggestions on, nothing hidden. */
export const Default: Story = {
  play: async ({ canvasElement }) => {
    await waitFor(() => expect(inner(canvasElement, 'switch')).toBeTruthy());
    await waitFor(() => expect(radio(canvasElement, 'yes').checked).toBe(true));
    await expect(words(inner(canvasElement, 'hidden-none'))).toBe('You have not hidden any suggestions.');
  },
};

/** Two hidden suggestions, each with "Show again". */
export const WithHiddenSuggestions: Story = {
  name: 'With hidden suggestions',
  beforeEach: hideSome,
  play: async ({ canvasElement }) => {
    await waitFor(() =>
      expect(view(canvasElement).shadowRoot!.querySelectorAll('[part~="hidden-item"]')).toHaveLength(2),
    );
    const button = inner(canvasElement, 'show-again')!.shadowRoot!.querySelector('button')!;
    await expect(button).toHaveAccessibleName('Show again (Claim Child Benefit)');
  },
};

/** "No" chosen: every suggestion is turned off, and it is announced. (The keyboard is tested in the browser tests.) */
export const TurnedOff: Story = {
  name: 'Suggestions turned off',
  play: async ({ canvasElement }) => {
    await waitFor(() => expect(radio(canvasElement, 'yes')).toBeTruthy());
    await userEvent.click(radio(canvasElement, 'no'));
    await waitFor(() => expect(isEnabled()).toBe(false));
    await expect(radio(canvasElement, 'no').checked).toBe(true);
    resetProactive();
  },
};

/** With consent to remember settings, the note says choices are kept on this device. */
export const RememberedOnThisDevice: Story = {
  name: 'Remembered on this device',
  beforeEach: () => {
    setStoragePolicy((purpose) => purpose === 'preferences');
    return () => setStoragePolicy(() => false);
  },
  play: async ({ canvasElement }) => {
    await waitFor(() =>
      expect(words(inner(canvasElement, 'storage-note'))).toBe('Your choices are remembered on this device.'),
    );
  },
};

export const French: Story = {
  name: 'In French',
  beforeEach: hideSome,
  loaders: [() => loadProactiveStrings({ globals: { locale: 'fr' } })],
  render: (args) =>
    html`<div lang="fr">
      <polis-proactive-preferences
        .offers=${exampleOffers}
        heading-level=${args.headingLevel}
      ></polis-proactive-preferences>
    </div>`,
  play: async ({ canvasElement }) => {
    await waitFor(() => expect(words(inner(canvasElement, 'heading'))).toBe('Suggestions de services'));
    await expect(words(inner(canvasElement, 'hidden-heading'))).toBe('Suggestions que vous avez masquées');
  },
};
