import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { expect, userEvent, waitFor } from 'storybook/test';
import './define.js';
import type { PolisExitEvent, PolisExitThisPage } from './exit-this-page.js';

type Args = Partial<Pick<PolisExitThisPage, 'href' | 'sticky'>>;

/**
 * In these examples the exit is cancelled, so that the documentation is not replaced by
 * another website: the example says where the page would have gone instead.
 */
const stayHere = (event: PolisExitEvent) => {
  event.preventDefault();
  const root = (event.currentTarget as HTMLElement).closest('.example')!;
  root.querySelector('output')!.textContent = `The page would now be replaced by ${event.detail.href}`;
};

const example = (content: unknown) =>
  html`<div class="example" @polis-exit=${stayHere}>
    ${content}
    <p><output></output></p>
  </div>`;

const exit = (canvas: HTMLElement) => canvas.querySelector('polis-exit-this-page')!;
const button = (canvas: HTMLElement) =>
  exit(canvas).shadowRoot!.querySelector<HTMLElement>('[part~="button"]')!;
const output = (canvas: HTMLElement) => canvas.querySelector('output')!;

const meta: Meta<Args> = {
  title: 'Components/Exit this page',
  component: 'polis-exit-this-page',
  args: { href: 'https://www.wikipedia.org/' },
  render: (args) =>
    example(
      html`<polis-exit-this-page href=${ifDefined(args.href)} ?sticky=${args.sticky}
        ><a href=${ifDefined(args.href)}>Exit this page</a></polis-exit-this-page
      >`,
    ),
};
export default meta;
type Story = StoryObj<Args>;

/** The button. Enter or Space activates it, as any button. */
export const Default: Story = {
  play: async ({ canvasElement }) => {
    await expect(button(canvasElement)).toHaveRole('button');
    await expect(button(canvasElement)).toHaveAccessibleName('Emergency Exit this page');
    button(canvasElement).focus();
    await userEvent.keyboard('{Enter}');
    await expect(output(canvasElement)).toHaveTextContent('replaced by https://www.wikipedia.org/');
  },
};

/**
 * Pressing Shift 3 times within 5 seconds, anywhere on the page, does the same. The dots fill
 * with each press, and screen readers hear how many presses are left.
 */
export const ShiftShortcut: Story = {
  name: 'Shift pressed 3 times',
  play: async ({ canvasElement }) => {
    const dots = () => exit(canvasElement).shadowRoot!.querySelectorAll('.dot--on').length;
    await userEvent.keyboard('{Shift}');
    await waitFor(() => expect(dots()).toBe(1));
    await userEvent.keyboard('{Shift}');
    await waitFor(() => expect(dots()).toBe(2));
    await userEvent.keyboard('{Shift}');
    await waitFor(() =>
      expect(output(canvasElement)).toHaveTextContent('replaced by https://www.wikipedia.org/'),
    );
    await expect(dots()).toBe(0);
  },
};

/**
 * At the top of a long page, kept in view with `sticky`. When something behind it takes
 * focus, the page scrolls so that it is not covered.
 */
export const Sticky: Story = {
  args: { sticky: true },
  render: (args) =>
    example(
      html`<polis-exit-this-page href=${ifDefined(args.href)} ?sticky=${args.sticky}></polis-exit-this-page>
        <h1>Get help with domestic abuse</h1>
        ${Array.from(
          { length: 8 },
          (_, i) =>
            html`<h2>Step ${i + 1}</h2>
              <p>
                You can talk to someone in confidence, day or night.
                <a href="#step-${i + 1}">Read more about step ${i + 1}</a>
              </p>`,
        )}`,
    ),
  play: async ({ canvasElement }) => {
    await expect(getComputedStyle(exit(canvasElement)).position).toBe('sticky');
  },
};

/** Inside `lang="fr"` the button and the announcements are French. */
export const French: Story = {
  name: 'In French',
  render: () =>
    example(
      html`<div lang="fr">
        <polis-exit-this-page href="https://fr.wikipedia.org/"></polis-exit-this-page>
      </div>`,
    ),
  play: async ({ canvasElement }) => {
    await expect(button(canvasElement)).toHaveTextContent('Quitter cette page');
  },
};
