import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { expect, userEvent, waitFor } from 'storybook/test';
import './define.js';
import type { PolisServicePrompt } from './service-prompt.js';
import { isVisible } from '../proactive/preferences.js';
import type { EvaluatedOffer } from '../proactive/types.js';
import { loadProactiveStrings, resetProactive, stayOnPage, storyOffers } from '../test/proactive-stories.js';

type Args = { headingLevel: string; snoozeDays: string; new: boolean; offerIndex: number };

const prompt = (root: HTMLElement) => root.querySelector<PolisServicePrompt>('polis-service-prompt')!;
const inner = (root: HTMLElement, name: string) =>
  prompt(root).shadowRoot!.querySelector<HTMLElement>(`[part~="${name}"]`)!;
/** The native control inside one of the prompt's polis-button parts. */
const control = (root: HTMLElement, name: string) =>
  inner(root, name).shadowRoot!.querySelector<HTMLElement>('a, button')!;
/** Rendered text (each block on its own line, as read), spaces collapsed; markup text if not rendered. */
const words = (element: Element | null) =>
  (element instanceof HTMLElement && element.checkVisibility() ? element.innerText : element?.textContent)
    ?.replace(/\s+/g, ' ')
    .trim() ?? '';

const render = (args: Args, offer: EvaluatedOffer | undefined) =>
  html`<main @polis-prompt-accept=${stayOnPage}>
    <polis-service-prompt
      .offer=${offer ?? null}
      heading-level=${args.headingLevel}
      snooze-days=${args.snoozeDays}
      preferences-href="#suggestion-settings"
      ?new=${args.new}
    ></polis-service-prompt>
  </main>`;

const meta: Meta<Args> = {
  title: 'Patterns/Proactive services/Service prompt',
  component: 'polis-service-prompt',
  args: { headingLevel: '2', snoozeDays: '30', new: false, offerIndex: 0 },
  argTypes: { offerIndex: { table: { disable: true } } },
  parameters: {
    // Shows page structure (a main landmark): framed in docs pages, see
    // .storybook/blocks/story-frames.ts.
    docs: {
      story: { inline: false, height: 'auto' },
      description: {
        component:
          'The example offers, evaluated against the example facts on 1 April 2026, in the toolbar’s language. The links stay on this page.',
      },
    },
  },
  beforeEach: () => resetProactive(),
  loaders: [loadProactiveStrings],
  render: (args, { globals }) => render(args, storyOffers(String(globals.locale ?? 'en'))[args.offerIndex]),
};
export default meta;
type Story = StoryObj<Args>;

/** Claim Child Benefit, with its deadline: a region named by its heading, three actions, and the explanation closed. */
export const Default: Story = {
  play: async ({ canvasElement }) => {
    await waitFor(() => expect(inner(canvasElement, 'base')).toBeTruthy());
    const base = inner(canvasElement, 'base');
    await expect(base).toHaveRole('region');
    await expect(base).toHaveAccessibleName('Claim Child Benefit');
    await expect(inner(canvasElement, 'deadline').querySelector('time')).toHaveAttribute(
      'datetime',
      '2026-06-03',
    );
    await expect(control(canvasElement, 'not-now')).toHaveAccessibleName('Not now (Claim Child Benefit)');
    await expect(prompt(canvasElement).shadowRoot!.querySelector('[role="alert"], [aria-live]')).toBeNull();
    // It never takes focus.
    await expect(prompt(canvasElement).shadowRoot!.activeElement).toBeNull();
  },
};

/** "Why am I seeing this?" opened: the reason, each fact used with where it came from, and that nothing was sent. */
export const WhyAmISeeingThis: Story = {
  name: 'Why am I seeing this?',
  play: async ({ canvasElement }) => {
    await waitFor(() => expect(inner(canvasElement, 'why-summary')).toBeTruthy());
    await userEvent.click(inner(canvasElement, 'why-summary'));
    await expect(inner(canvasElement, 'why')).toHaveAttribute('open');
    await expect(words(inner(canvasElement, 'reason'))).toBe(
      'Because you registered the birth of a child on 3 March 2026.',
    );
    await expect(words(inner(canvasElement, 'facts'))).toBe(
      'Your child’s date of birth 3 March 2026 From: Birth registration, register office Child Benefit already claimed No From: Child Benefit records',
    );
  },
};

/** An offer without a deadline, one of whose facts the service gave without a source. */
export const WithoutDeadline: Story = {
  name: 'Without a deadline',
  args: { offerIndex: 1 },
  play: async ({ canvasElement }) => {
    await waitFor(() => expect(inner(canvasElement, 'base')).toBeTruthy());
    await expect(inner(canvasElement, 'deadline')).toBeNull();
    await userEvent.click(inner(canvasElement, 'why-summary'));
    await expect(words(inner(canvasElement, 'facts'))).toContain(
      'The service did not say where this came from',
    );
  },
};

/** Marked "New": the person has not seen it before. The tag is in the heading but not in the region’s name. */
export const New: Story = {
  args: { new: true },
  play: async ({ canvasElement }) => {
    await waitFor(() => expect(inner(canvasElement, 'tag')).toBeTruthy());
    await expect(words(inner(canvasElement, 'heading'))).toBe('Claim Child Benefit New');
    await expect(inner(canvasElement, 'base')).toHaveAccessibleName('Claim Child Benefit');
  },
};

/** "Not now" by keyboard: the prompt hides, says for how long and how to undo it, and focus goes to the main content. */
export const NotNow: Story = {
  name: 'After “Not now”',
  play: async ({ canvasElement }) => {
    await waitFor(() => expect(inner(canvasElement, 'not-now')).toBeTruthy());
    control(canvasElement, 'not-now').focus();
    await userEvent.keyboard('{Enter}');
    await waitFor(() => expect(prompt(canvasElement).hidden).toBe(true));
    await expect(isVisible('child-benefit')).toBe(false);
    await expect(document.activeElement).toBe(canvasElement.querySelector('main'));
    await waitFor(() =>
      expect(words(document.querySelector('#polis-announcer [aria-live="polite"]'))).toBe(
        'Hidden for 30 days. You can change this in your suggestion settings.',
      ),
    );
    resetProactive();
  },
};

/** In French, with the offer evaluated in French. */
export const French: Story = {
  name: 'In French',
  loaders: [() => loadProactiveStrings({ globals: { locale: 'fr' } })],
  render: (args) => html`<div lang="fr">${render(args, storyOffers('fr')[0])}</div>`,
  play: async ({ canvasElement }) => {
    await waitFor(() => expect(inner(canvasElement, 'base')).toBeTruthy());
    await expect(inner(canvasElement, 'base')).toHaveAccessibleName('Demander les allocations familiales');
    await expect(control(canvasElement, 'not-now')).toHaveAccessibleName(
      'Pas maintenant (Demander les allocations familiales)',
    );
    await userEvent.click(inner(canvasElement, 'why-summary'));
    await expect(words(inner(canvasElement, 'reason'))).toBe(
      'Parce que vous avez déclaré la naissance d’un enfant le 3 mars 2026.',
    );
  },
};
