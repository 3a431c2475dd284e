import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { expect, userEvent, waitFor } from 'storybook/test';
import './define.js';
import type { PolisConsentBanner } from './consent-banner.js';
import { get } from '../consent/index.js';
import { resetConsent, sendGpc } from '../test/consent-stories.js';

type Args = Partial<Pick<PolisConsentBanner, 'service' | 'headingLevel'>>;

const banner = (root: HTMLElement) => root.querySelector('polis-consent-banner')!;
const inner = (root: HTMLElement, name: string) =>
  banner(root).shadowRoot!.querySelector<HTMLElement>(`[part~="${name}"]`)!;
/** What the element's shadow root has focused. */
const focused = (root: HTMLElement) => banner(root).shadowRoot!.activeElement;

const meta: Meta<Args> = {
  title: 'Patterns/Consent/Banner',
  component: 'polis-consent-banner',
  // Shows page structure (landmarks or the page's heading): framed in docs pages, see
  // .storybook/blocks/story-frames.ts.
  parameters: { docs: { story: { inline: false, height: 'auto' } } },
  args: { service: 'Apply for a parking permit' },
  // Each story starts with no consent recorded.
  beforeEach: () => resetConsent(),
  render: (args) =>
    html`<polis-consent-banner
      service=${ifDefined(args.service)}
      heading-level=${ifDefined(args.headingLevel)}
    ></polis-consent-banner>`,
};
export default meta;
type Story = StoryObj<Args>;

/** The question, before people have chosen: two equal buttons and a link to the cookies page. */
export const Question: Story = {
  play: async ({ canvasElement }) => {
    await waitFor(() => expect(inner(canvasElement, 'base')).toBeTruthy());
    const base = inner(canvasElement, 'base');
    await expect(base).toHaveRole('region');
    await expect(base).toHaveAccessibleName('Cookies on Apply for a parking permit');
    const accept = inner(canvasElement, 'accept-button');
    const reject = inner(canvasElement, 'reject-button');
    await expect(accept).toHaveAccessibleName('Accept additional cookies');
    await expect(reject).toHaveAccessibleName('Reject additional cookies');
    const [a, r] = [accept.getBoundingClientRect(), reject.getBoundingClientRect()];
    await expect(Math.abs(a.width - r.width)).toBeLessThan(0.5);
    await expect(Math.abs(a.height - r.height)).toBeLessThan(0.5);
    await expect(getComputedStyle(accept).backgroundColor).toBe(getComputedStyle(reject).backgroundColor);
    await expect(inner(canvasElement, 'link')).toHaveAccessibleName('View cookies');
    await expect(get()).toBeNull();
  },
};

/** After "Accept additional cookies": the confirmation replaces the question and takes focus. */
export const Accepted: Story = {
  play: async ({ canvasElement }) => {
    await waitFor(() => expect(inner(canvasElement, 'accept-button')).toBeTruthy());
    await userEvent.click(inner(canvasElement, 'accept-button'));
    await waitFor(() => expect(focused(canvasElement)).toBe(inner(canvasElement, 'confirmation')));
    await expect(inner(canvasElement, 'content')).toHaveTextContent(
      'You’ve accepted additional cookies. You can change your cookie settings at any time.',
    );
    await expect(inner(canvasElement, 'hide-button')).toHaveAccessibleName('Hide cookie message');
    await expect(get()?.choices).toEqual({ analytics: true, marketing: true });
  },
};

/** After "Reject additional cookies": nothing optional is used, and the record says so. */
export const Rejected: Story = {
  play: async ({ canvasElement }) => {
    await waitFor(() => expect(inner(canvasElement, 'reject-button')).toBeTruthy());
    await userEvent.click(inner(canvasElement, 'reject-button'));
    await waitFor(() => expect(focused(canvasElement)).toBe(inner(canvasElement, 'confirmation')));
    await expect(inner(canvasElement, 'content')).toHaveTextContent(
      'You’ve rejected additional cookies. You can change your cookie settings at any time.',
    );
    await expect(get()?.choices).toEqual({ analytics: false, marketing: false });
  },
};

/** "Hide cookie message" hides the banner for the rest of the page's life. */
export const Hidden: Story = {
  render: (args) =>
    html`<polis-consent-banner service=${ifDefined(args.service)}></polis-consent-banner>
      <main><p>The page’s main content.</p></main>`,
  play: async ({ canvasElement }) => {
    await waitFor(() => expect(inner(canvasElement, 'accept-button')).toBeTruthy());
    await userEvent.click(inner(canvasElement, 'accept-button'));
    await waitFor(() => expect(inner(canvasElement, 'hide-button')).toBeTruthy());
    await userEvent.click(inner(canvasElement, 'hide-button'));
    await waitFor(() => expect(banner(canvasElement).hidden).toBe(true));
    await expect(document.activeElement).toBe(canvasElement.querySelector('main'));
  },
};

/** The browser sends Global Privacy Control: the banner says it is honoured for marketing. */
export const GlobalPrivacyControl: Story = {
  name: 'Global Privacy Control',
  beforeEach: () => {
    const restore = sendGpc();
    resetConsent();
    return restore;
  },
  play: async ({ canvasElement }) => {
    await waitFor(() => expect(inner(canvasElement, 'gpc-notice')).toBeTruthy());
    await expect(inner(canvasElement, 'gpc-notice')).toHaveTextContent(/Global Privacy Control/);
    await expect(inner(canvasElement, 'gpc-notice')).toHaveTextContent(/marketing/);
  },
};

/** In French, from the nearest `lang`. */
export const French: Story = {
  name: 'In French',
  render: () =>
    html`<div lang="fr">
      <polis-consent-banner service="Demander un permis de stationnement"></polis-consent-banner>
    </div>`,
  play: async ({ canvasElement }) => {
    await waitFor(() =>
      expect(inner(canvasElement, 'accept-button')).toHaveAccessibleName(
        'Accepter les cookies supplémentaires',
      ),
    );
    await expect(inner(canvasElement, 'reject-button')).toHaveAccessibleName(
      'Refuser les cookies supplémentaires',
    );
    await expect(inner(canvasElement, 'heading')).toHaveTextContent(
      'Les cookies sur Demander un permis de stationnement',
    );
    await expect(inner(canvasElement, 'content')).toHaveTextContent(/mesure d’audience et publicité/);
  },
};

/** The French confirmation. */
export const FrenchAccepted: Story = {
  name: 'In French, accepted',
  render: () =>
    html`<div lang="fr">
      <polis-consent-banner service="Demander un permis de stationnement"></polis-consent-banner>
    </div>`,
  play: async ({ canvasElement }) => {
    await waitFor(() =>
      expect(inner(canvasElement, 'accept-button')).toHaveAccessibleName(
        'Accepter les cookies supplémentaires',
      ),
    );
    await userEvent.click(inner(canvasElement, 'accept-button'));
    await waitFor(() =>
      expect(inner(canvasElement, 'content')).toHaveTextContent(
        /^Vous avez accepté les cookies supplémentaires/,
      ),
    );
    await expect(inner(canvasElement, 'hide-button')).toHaveAccessibleName(
      'Masquer le message sur les cookies',
    );
  },
};
