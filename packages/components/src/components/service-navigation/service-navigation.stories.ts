import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { expect, userEvent, waitFor } from 'storybook/test';
import './define.js';
import '../header/define.js';
import type { PolisServiceNavigation } from './service-navigation.js';

type Args = Partial<Pick<PolisServiceNavigation, 'label' | 'current'>>;

const navigation = (canvas: HTMLElement) => canvas.querySelector('polis-service-navigation')!;
const inner = (canvas: HTMLElement, name: string) =>
  navigation(canvas).shadowRoot!.querySelector<HTMLElement>(`[part~="${name}"]`);
const linkNamed = (canvas: HTMLElement, name: string) =>
  [...canvas.querySelectorAll<HTMLAnchorElement>('polis-service-navigation a')].find(
    (a) => a.textContent?.trim() === name,
  )!;

const meta: Meta<Args> = {
  title: 'Components/Service navigation',
  component: 'polis-service-navigation',
  // Shows page structure (landmarks or the page's heading): framed in docs pages, see
  // .storybook/blocks/story-frames.ts.
  parameters: { docs: { story: { inline: false, height: 'auto' } } },
  args: { current: '#renew' },
  render: (args) =>
    html`<polis-service-navigation label=${ifDefined(args.label)} current=${ifDefined(args.current)}>
      <a slot="service-name" href="#passport">Renew a passport</a>
      <ul>
        <li><a href="#passport">Home</a></li>
        <li><a href="#renew">Renew</a></li>
        <li><a href="#track">Track your application</a></li>
        <li><a href="#help">Help</a></li>
      </ul>
    </polis-service-navigation>`,
};
export default meta;
type Story = StoryObj<Args>;

/**
 * On its own, with the service's name, when the page has no header. The current page is
 * marked; on a narrow screen a "Menu" button shows and hides the links.
 */
export const Default: Story = {
  play: async ({ canvasElement }) => {
    const nav = inner(canvasElement, 'nav')!;
    await expect(nav).toHaveRole('navigation');
    await expect(nav).toHaveAccessibleName('Service');
    await expect(linkNamed(canvasElement, 'Renew')).toHaveAttribute('aria-current', 'page');
    const button = inner(canvasElement, 'menu-button');
    const home = linkNamed(canvasElement, 'Home');
    if (!button) {
      await expect(home).toBeVisible();
      return;
    }
    await expect(button).toHaveAccessibleName('Menu');
    await expect(home).not.toBeVisible();
    button.focus();
    await userEvent.keyboard(' ');
    await waitFor(() => expect(button).toHaveAttribute('aria-expanded', 'true'));
    await expect(home).toBeVisible();
    await userEvent.keyboard('{Tab}');
    await userEvent.keyboard('{Escape}');
    await waitFor(() => expect(button).toHaveAttribute('aria-expanded', 'false'));
    await expect(navigation(canvasElement).shadowRoot!.activeElement).toBe(button);
  },
};

/**
 * `current` names the page, and its link is marked `aria-current="page"`. With paths (not
 * fragments, as here), a page deeper in a section marks the section's link
 * `aria-current="true"`.
 */
export const CurrentFromAttribute: Story = {
  name: 'Current page from an attribute',
  args: { current: '#track' },
  play: async ({ canvasElement }) => {
    await expect(linkNamed(canvasElement, 'Track your application')).toHaveAttribute('aria-current', 'page');
    await expect(linkNamed(canvasElement, 'Renew')).not.toHaveAttribute('aria-current');
  },
};

/** A landmark name of your own, for a second navigation such as the pages of an account. */
export const CustomLabel: Story = {
  name: 'Custom label',
  render: () =>
    html`<polis-service-navigation label="Your account">
      <ul>
        <li><a href="#profile" aria-current="page">Profile</a></li>
        <li><a href="#messages">Messages</a></li>
      </ul>
    </polis-service-navigation>`,
  play: async ({ canvasElement }) => {
    await expect(inner(canvasElement, 'nav')).toHaveAccessibleName('Your account');
  },
};

/** Inside `polis-header`: no button of its own, the header's Menu button collapses it. */
export const InAHeader: Story = {
  name: 'In a header',
  render: () =>
    html`<polis-header service-name="Renew a passport" service-href="#passport">
      <polis-service-navigation slot="navigation" current="#renew">
        <ul>
          <li><a href="#passport">Home</a></li>
          <li><a href="#renew">Renew</a></li>
        </ul>
      </polis-service-navigation>
    </polis-header>`,
  play: async ({ canvasElement }) => {
    await expect(inner(canvasElement, 'menu-button')).toBeNull();
    await expect(inner(canvasElement, 'nav')).toHaveAccessibleName('Service');
  },
};

/** Inside `lang="cy"`, the landmark is "Gwasanaeth" and the button "Dewislen". */
export const Welsh: Story = {
  name: 'In Welsh',
  parameters: { languages: ['cy'] },
  render: () =>
    html`<div lang="cy">
      <polis-service-navigation>
        <ul>
          <li><a href="#hafan" aria-current="page">Hafan</a></li>
          <li><a href="#adnewyddu">Adnewyddu</a></li>
        </ul>
      </polis-service-navigation>
    </div>`,
  play: async ({ canvasElement }) => {
    await expect(inner(canvasElement, 'nav')).toHaveAccessibleName('Gwasanaeth');
    const button = inner(canvasElement, 'menu-button');
    if (button) await expect(button).toHaveAccessibleName('Dewislen');
  },
};
