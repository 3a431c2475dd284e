import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { expect, userEvent, waitFor } from 'storybook/test';
import './define.js';
import type { PolisConsentSettings } from './consent-settings.js';
import { get, save } from '../consent/index.js';
import { resetConsent, sendGpc } from '../test/consent-stories.js';

type Args = Partial<Pick<PolisConsentSettings, 'headingLevel'>>;

const settings = (root: HTMLElement) => root.querySelector('polis-consent-settings')!;
const inner = <T extends HTMLElement = HTMLElement>(root: HTMLElement, selector: string) =>
  settings(root).shadowRoot!.querySelector<T>(selector)!;
/** The native radio of one answer of one category. */
const radio = (root: HTMLElement, category: string, value: 'yes' | 'no') =>
  inner(root, `polis-radios[name="${category}"]`).shadowRoot!.querySelector<HTMLInputElement>(
    `input[value="${value}"]`,
  )!;
const saveButton = (root: HTMLElement) =>
  inner(root, '[part~="save-button"]').shadowRoot!.querySelector<HTMLButtonElement>('button')!;
const ready = (root: HTMLElement) => waitFor(() => expect(radio(root, 'marketing', 'no')).toBeTruthy());

const meta: Meta<Args> = {
  title: 'Patterns/Consent/Settings',
  component: 'polis-consent-settings',
  // Each story starts with no consent recorded.
  beforeEach: () => resetConsent(),
  render: (args) =>
    html`<polis-consent-settings heading-level=${ifDefined(args.headingLevel)}></polis-consent-settings>`,
};
export default meta;
type Story = StoryObj<Args>;

/** The cookies page form before any choice: nothing is chosen for people. */
export const Default: Story = {
  play: async ({ canvasElement }) => {
    await ready(canvasElement);
    for (const category of ['analytics', 'marketing']) {
      await expect(radio(canvasElement, category, 'yes').checked).toBe(false);
      await expect(radio(canvasElement, category, 'no').checked).toBe(false);
    }
    const fieldset = radio(canvasElement, 'analytics', 'yes').closest('fieldset')!;
    await expect(fieldset).toHaveAccessibleName('Use analytics cookies?');
    await expect(inner(canvasElement, '[part~="necessary"]')).toHaveTextContent(/Strictly necessary cookies/);
  },
};

/** Saving with a question unanswered: the error summary takes focus and nothing is saved. */
export const WithErrors: Story = {
  name: 'With errors',
  play: async ({ canvasElement }) => {
    await ready(canvasElement);
    await userEvent.click(radio(canvasElement, 'analytics', 'no'));
    await userEvent.click(saveButton(canvasElement));
    const summary = inner(canvasElement, 'polis-error-summary');
    await waitFor(() => expect(summary.shadowRoot!.activeElement).toBeTruthy());
    await expect(summary.shadowRoot!.querySelector('[part~="base"]')).toHaveTextContent(
      /Select yes or no for marketing/,
    );
    await expect(get()).toBeNull();
  },
};

/** Saved: the success banner takes focus at the top of the element. */
export const Saved: Story = {
  play: async ({ canvasElement }) => {
    await ready(canvasElement);
    await userEvent.click(radio(canvasElement, 'analytics', 'yes'));
    await userEvent.click(radio(canvasElement, 'marketing', 'no'));
    await userEvent.click(saveButton(canvasElement));
    const success = () => inner(canvasElement, '[part~="success"]');
    await waitFor(() => expect(success()?.shadowRoot?.activeElement).toBeTruthy());
    await expect(success()).toHaveTextContent('You’ve set your cookie preferences.');
    await expect(get()?.choices).toEqual({ analytics: true, marketing: false });
  },
};

/** Coming back later: the answers on record are chosen, ready to change or withdraw. */
export const ExistingChoice: Story = {
  name: 'Existing choice',
  beforeEach: () => {
    resetConsent();
    save({ analytics: true, marketing: false }, 'banner');
  },
  play: async ({ canvasElement }) => {
    await ready(canvasElement);
    await waitFor(() => expect(radio(canvasElement, 'analytics', 'yes').checked).toBe(true));
    await expect(radio(canvasElement, 'marketing', 'no').checked).toBe(true);
  },
};

/** The browser sends Global Privacy Control: the marketing question says so. */
export const GlobalPrivacyControl: Story = {
  name: 'Global Privacy Control',
  beforeEach: () => {
    const restore = sendGpc();
    resetConsent();
    return restore;
  },
  play: async ({ canvasElement }) => {
    await ready(canvasElement);
    const fieldset = radio(canvasElement, 'marketing', 'yes').closest('fieldset')!;
    await expect(fieldset).toHaveAccessibleDescription(/Global Privacy Control/);
  },
};

/** In French, with the errors of an empty answer. */
export const French: Story = {
  name: 'In French, with errors',
  render: () => html`<div lang="fr"><polis-consent-settings></polis-consent-settings></div>`,
  play: async ({ canvasElement }) => {
    await ready(canvasElement);
    await waitFor(() =>
      expect(inner(canvasElement, '[part~="heading"]')).toHaveTextContent(
        'Modifier vos paramètres de cookies',
      ),
    );
    await userEvent.click(saveButton(canvasElement));
    const summary = inner(canvasElement, 'polis-error-summary');
    await waitFor(() => expect(summary.shadowRoot!.activeElement).toBeTruthy());
    await expect(summary.shadowRoot!.querySelector('[part~="base"]')).toHaveTextContent(
      /Choisissez oui ou non/,
    );
  },
};

/** In French, saved. */
export const FrenchSaved: Story = {
  name: 'In French, saved',
  render: () => html`<div lang="fr"><polis-consent-settings></polis-consent-settings></div>`,
  play: async ({ canvasElement }) => {
    await ready(canvasElement);
    await userEvent.click(radio(canvasElement, 'analytics', 'no'));
    await userEvent.click(radio(canvasElement, 'marketing', 'no'));
    await userEvent.click(saveButton(canvasElement));
    const success = () => inner(canvasElement, '[part~="success"]');
    await waitFor(() =>
      expect(success()).toHaveTextContent('Vos préférences en matière de cookies sont enregistrées.'),
    );
  },
};
