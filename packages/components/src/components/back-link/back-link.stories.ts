import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { expect, userEvent, waitFor } from 'storybook/test';
import './define.js';
import type { PolisBackLink } from './back-link.js';

type Args = Partial<Pick<PolisBackLink, 'href'>>;

/**
 * In these examples the link is not followed, so that the documentation stays open: the
 * example says where it would have gone instead.
 */
const stayHere = (event: MouseEvent) => {
  const link = event
    .composedPath()
    .find((node): node is HTMLAnchorElement => node instanceof HTMLAnchorElement);
  if (!link) return;
  event.preventDefault();
  const root = event.currentTarget as HTMLElement;
  root.querySelector('output')!.textContent = `The previous page would open: ${link.getAttribute('href')}`;
};

const example = (content: unknown) =>
  html`<div @click=${stayHere}>
    ${content}
    <p><output></output></p>
  </div>`;

const backLinkOf = (canvas: HTMLElement) => canvas.querySelector<PolisBackLink>('polis-back-link')!;
const linkOf = (canvas: HTMLElement) =>
  backLinkOf(canvas).shadowRoot!.querySelector<HTMLAnchorElement>('[part~="link"]')!;

const meta: Meta<Args> = {
  title: 'Components/Back link',
  component: 'polis-back-link',
  args: { href: '/apply/what-is-your-name' },
  render: (args) =>
    example(
      html`<polis-back-link href=${ifDefined(args.href)}
        ><a href=${ifDefined(args.href)}>Back</a></polis-back-link
      >`,
    ),
};
export default meta;
type Story = StoryObj<Args>;

/** A link to the previous page of the journey. Enter follows it, as any link. */
export const Default: Story = {
  play: async ({ canvasElement }) => {
    const link = linkOf(canvasElement);
    await expect(link).toHaveRole('link');
    await expect(link).toHaveAccessibleName('Back');
    await expect(link).toHaveAttribute('href', '/apply/what-is-your-name');
    backLinkOf(canvasElement).focus();
    await userEvent.keyboard('{Enter}');
    await waitFor(() =>
      expect(canvasElement.querySelector('output')).toHaveTextContent('/apply/what-is-your-name'),
    );
  },
};

/** Your own link's text is kept, for a back link that says where it goes. */
export const OwnText: Story = {
  name: 'With text of your own',
  render: () =>
    example(
      html`<polis-back-link
        ><a href="/apply/check-your-answers">Back to check your answers</a></polis-back-link
      >`,
    ),
  play: async ({ canvasElement }) => {
    await expect(linkOf(canvasElement)).toHaveAccessibleName('Back to check your answers');
    await expect(linkOf(canvasElement)).toHaveAttribute('href', '/apply/check-your-answers');
  },
};

/**
 * Without a link inside, the text is "Back" in the page's language. There is nothing to
 * follow before the element runs, so prefer the link.
 */
export const WithoutALink: Story = {
  name: 'Without a link inside',
  render: () => example(html`<polis-back-link href="/apply/where-do-you-live"></polis-back-link>`),
  play: async ({ canvasElement }) => {
    await expect(linkOf(canvasElement)).toHaveAccessibleName('Back');
  },
};

/** Right to left, the arrow is on the right and points right: towards the start of the line. */
export const RightToLeft: Story = {
  name: 'Right to left',
  parameters: { languages: ['ar'] },
  render: () =>
    example(html`<div dir="rtl" lang="ar"><polis-back-link href="/apply/name"></polis-back-link></div>`),
  play: async ({ canvasElement }) => {
    const el = backLinkOf(canvasElement);
    await expect(linkOf(canvasElement)).toHaveAccessibleName('رجوع');
    const icon = el.shadowRoot!.querySelector('[part~="icon"]')!.getBoundingClientRect();
    const text = el.shadowRoot!.querySelector('[part~="text"]')!.getBoundingClientRect();
    await expect(icon.left).toBeGreaterThanOrEqual(text.right - 0.5);
  },
};

/** Inside `lang="fr"` the text is French. */
export const French: Story = {
  name: 'In French',
  render: () => example(html`<div lang="fr"><polis-back-link href="/apply/nom"></polis-back-link></div>`),
  play: async ({ canvasElement }) => {
    await expect(linkOf(canvasElement)).toHaveAccessibleName('Retour');
  },
};
