import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { expect, userEvent, waitFor } from 'storybook/test';
import './define.js';
import type { PolisSkipLink } from './skip-link.js';

type Args = Partial<Pick<PolisSkipLink, 'href'>>;

/**
 * A small page: the skip link first, a header with links, then the main content. Each story
 * has ids of its own, so that several can share the docs page. On a real page the target is
 * the `<main>` element.
 */
const examplePage = (prefix: string, skipLink: unknown) =>
  html`<div>
    ${skipLink}
    <p>
      <a href="#${prefix}-home">Home</a> · <a href="#${prefix}-licences">Licences</a> ·
      <a href="#${prefix}-contact">Contact</a>
    </p>
    <div id="${prefix}-main">
      <h2>Apply for a street trading licence</h2>
      <p>It takes about 20 minutes. <a href="#${prefix}-start">Start your application</a></p>
    </div>
  </div>`;

const skipLinkOf = (canvas: HTMLElement) => canvas.querySelector<PolisSkipLink>('polis-skip-link')!;
/** The skip link: the page's own `<a>`, or the one the element wrote into the page. */
const linkOf = (canvas: HTMLElement) => skipLinkOf(canvas).querySelector<HTMLAnchorElement>(':scope > a')!;

const meta: Meta<Args> = {
  title: 'Components/Skip link',
  component: 'polis-skip-link',
  args: { href: '#skip-main' },
  render: (args) =>
    examplePage(
      'skip',
      html`<polis-skip-link href=${ifDefined(args.href)}
        ><a href=${ifDefined(args.href)}>Skip to main content</a></polis-skip-link
      >`,
    ),
};
export default meta;
type Story = StoryObj<Args>;

/**
 * Hidden until it has focus: Tab to it (it is the example's first link) and it shows as a
 * yellow bar above the header. Enter moves focus to the main content, and the next Tab goes
 * to the first link in it.
 */
export const Default: Story = {
  play: async ({ canvasElement }) => {
    const link = linkOf(canvasElement);
    await expect(link).toHaveRole('link');
    await expect(link).toHaveAccessibleName('Skip to main content');
    // Not seen before it has focus: a clipped 1 px box.
    await expect(link.getBoundingClientRect().height).toBeLessThanOrEqual(1);
    skipLinkOf(canvasElement).focus();
    await waitFor(() => expect(link.getBoundingClientRect().height).toBeGreaterThanOrEqual(24));
    await userEvent.keyboard('{Enter}');
    const main = canvasElement.querySelector('#skip-main')!;
    await waitFor(() => expect(document.activeElement).toBe(main));
    await expect(main).toHaveAttribute('tabindex', '-1');
    // Hidden again once focus has moved on.
    await expect(link.getBoundingClientRect().height).toBeLessThanOrEqual(1);
  },
};

/**
 * Without a link inside, the element writes one into the page: "Skip to main content" in the
 * page's language, to `#main-content` or to `href`. There is no link without JavaScript, so
 * prefer writing it.
 */
export const WithoutALink: Story = {
  name: 'Without a link inside',
  render: () => examplePage('bare', html`<polis-skip-link href="#bare-main"></polis-skip-link>`),
  play: async ({ canvasElement }) => {
    const link = linkOf(canvasElement);
    await expect(link).toHaveAccessibleName('Skip to main content');
    await expect(link).toHaveAttribute('href', '#bare-main');
    // In the page's tree, not in a shadow root.
    await expect(link.parentElement).toBe(skipLinkOf(canvasElement));
  },
};

/** A link of your own says where it goes: it is the skip link, styled in place. */
export const OwnText: Story = {
  name: 'To another part of the page',
  render: () =>
    examplePage(
      'form',
      html`<polis-skip-link><a href="#form-main">Skip to the application</a></polis-skip-link>`,
    ),
  play: async ({ canvasElement }) => {
    const own = canvasElement.querySelector('polis-skip-link > a')!;
    await expect(linkOf(canvasElement)).toBe(own);
    await expect(own).toHaveAccessibleName('Skip to the application');
    skipLinkOf(canvasElement).focus();
    await expect(document.activeElement).toBe(own);
    await userEvent.keyboard('{Enter}');
    await waitFor(() => expect(document.activeElement).toBe(canvasElement.querySelector('#form-main')));
  },
};

/** Inside `lang="fr"`, and with focus, so that it shows. */
export const French: Story = {
  name: 'In French, with focus',
  render: () =>
    examplePage('fr', html`<div lang="fr"><polis-skip-link href="#fr-main"></polis-skip-link></div>`),
  play: async ({ canvasElement }) => {
    await expect(linkOf(canvasElement)).toHaveAccessibleName('Aller au contenu principal');
    skipLinkOf(canvasElement).focus();
    await waitFor(() => expect(linkOf(canvasElement).getBoundingClientRect().height).toBeGreaterThan(1));
  },
};
