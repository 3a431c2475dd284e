import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { expect, userEvent, waitFor } from 'storybook/test';
import './define.js';
import type { PolisPromptList } from './prompt-list.js';
import type { PolisServicePrompt } from '../service-prompt/service-prompt.js';
import { dismiss, setEnabled } from '../proactive/preferences.js';
import type { EvaluatedOffer } from '../proactive/types.js';
import {
  allStoryOffers,
  loadProactiveStrings,
  resetProactive,
  stayOnPage,
} from '../test/proactive-stories.js';

type Args = { heading?: string; headingLevel: string };

const list = (root: HTMLElement) => root.querySelector<PolisPromptList>('polis-prompt-list')!;
const inner = (host: Element, name: string) =>
  host.shadowRoot!.querySelector<HTMLElement>(`[part~="${name}"]`);
const prompts = (root: HTMLElement) => [
  ...list(root).shadowRoot!.querySelectorAll<PolisServicePrompt>('[part~="prompt"]'),
];
const words = (element: Element | null) => element?.textContent?.replace(/\s+/g, ' ').trim() ?? '';
/** What has focus, looking through shadow roots. */
const deepActive = () => {
  let active = document.activeElement;
  while (active?.shadowRoot?.activeElement) active = active.shadowRoot.activeElement;
  return active;
};

const render = (args: Args, offers: readonly EvaluatedOffer[]) =>
  html`<main @polis-prompt-accept=${stayOnPage}>
    <polis-prompt-list
      .offers=${offers}
      heading=${ifDefined(args.heading)}
      heading-level=${args.headingLevel}
      preferences-href="#suggestion-settings"
    ></polis-prompt-list>
  </main>`;

const meta: Meta<Args> = {
  title: 'Patterns/Proactive services/Prompt list',
  component: 'polis-prompt-list',
  args: { headingLevel: '2' },
  parameters: {
    // Shows page structure (a main landmark): framed in docs pages, see
    // .storybook/blocks/story-frames.ts.
    docs: {
      story: { inline: false, height: 'auto' },
      description: {
        component:
          'The four example offers, evaluated on 1 April 2026 against facts that make each apply, in the toolbar’s language.',
      },
    },
  },
  beforeEach: () => resetProactive(),
  loaders: [loadProactiveStrings],
  render: (args, { globals }) => render(args, allStoryOffers(String(globals.locale ?? 'en'))),
};
export default meta;
type Story = StoryObj<Args>;

/** Four suggestions, each new, under one heading, with the link to the settings. */
export const Default: Story = {
  play: async ({ canvasElement }) => {
    await waitFor(() => expect(prompts(canvasElement)).toHaveLength(4));
    await expect(words(inner(list(canvasElement), 'heading'))).toBe('Services you might need');
    await expect(inner(list(canvasElement), 'items')).toHaveRole('list');
    await expect(prompts(canvasElement).every((prompt) => prompt.new)).toBe(true);
    await expect(inner(list(canvasElement), 'settings-link')).toHaveAccessibleName(
      'Change your suggestion settings',
    );
    await expect(list(canvasElement).shadowRoot!.activeElement).toBeNull();
  },
};

/** A life-event hub: named after the event. */
export const LifeEvent: Story = {
  name: 'Life event: having a baby',
  args: { heading: 'Having a baby' },
  render: (args, { globals }) => render(args, allStoryOffers(String(globals.locale ?? 'en')).slice(0, 2)),
};

/** After "Not now" on the first suggestion: focus moves to the next one’s heading. */
export const AfterNotNow: Story = {
  name: 'After “Not now”',
  play: async ({ canvasElement }) => {
    await waitFor(() => expect(prompts(canvasElement)).toHaveLength(4));
    const [first, second] = prompts(canvasElement) as [PolisServicePrompt, PolisServicePrompt];
    inner(inner(first, 'not-now')!, 'control')!.focus();
    await userEvent.keyboard('{Enter}');
    await waitFor(() => expect(prompts(canvasElement)).toHaveLength(3));
    await expect(deepActive()).toBe(inner(second, 'heading'));
    resetProactive();
  },
};

/** Nothing to suggest: said in words. */
export const Empty: Story = {
  name: 'No suggestions',
  render: (args) => render(args, []),
  play: async ({ canvasElement }) => {
    await waitFor(() =>
      expect(words(inner(list(canvasElement), 'empty'))).toBe(
        'There are no suggestions for you at the moment.',
      ),
    );
  },
};

/** Every offer hidden by the person: the same sentence. */
export const AllHidden: Story = {
  name: 'Every suggestion hidden',
  // Changes the person's choices for the whole page, so it is left out of the docs pages.
  tags: ['!autodocs'],
  beforeEach: () => {
    for (const offer of allStoryOffers()) dismiss(offer.id);
    return resetProactive;
  },
  play: async ({ canvasElement }) => {
    await waitFor(() =>
      expect(words(inner(list(canvasElement), 'empty'))).toBe(
        'There are no suggestions for you at the moment.',
      ),
    );
    await expect(prompts(canvasElement)).toHaveLength(0);
  },
};

/** Suggestions turned off: no prompt, a sentence that says so, and the link. */
export const SuggestionsOff: Story = {
  name: 'Suggestions turned off',
  // Changes the person's choices for the whole page, so it is left out of the docs pages.
  tags: ['!autodocs'],
  beforeEach: () => {
    setEnabled(false);
    return resetProactive;
  },
  play: async ({ canvasElement }) => {
    await waitFor(() =>
      expect(words(inner(list(canvasElement), 'off'))).toBe('You have turned off suggestions for services.'),
    );
    await expect(prompts(canvasElement)).toHaveLength(0);
  },
};

export const French: Story = {
  name: 'In French',
  loaders: [() => loadProactiveStrings({ globals: { locale: 'fr' } })],
  render: (args) => html`<div lang="fr">${render(args, allStoryOffers('fr'))}</div>`,
  play: async ({ canvasElement }) => {
    await waitFor(() => expect(prompts(canvasElement)).toHaveLength(4));
    await expect(words(inner(list(canvasElement), 'heading'))).toBe(
      'Des services qui pourraient vous être utiles',
    );
    await expect(words(inner(prompts(canvasElement)[0]!, 'tag'))).toBe('Nouveau');
  },
};

/** In French, with nothing to suggest. */
export const FrenchEmpty: Story = {
  name: 'In French, no suggestions',
  loaders: [() => loadProactiveStrings({ globals: { locale: 'fr' } })],
  render: (args) => html`<div lang="fr">${render(args, [])}</div>`,
  play: async ({ canvasElement }) => {
    await waitFor(() =>
      expect(words(inner(list(canvasElement), 'empty'))).toBe(
        'Nous n’avons aucune suggestion pour vous en ce moment.',
      ),
    );
  },
};

/** In French, with suggestions turned off. */
export const FrenchOff: Story = {
  name: 'In French, suggestions turned off',
  tags: ['!autodocs'],
  beforeEach: () => {
    setEnabled(false);
    return resetProactive;
  },
  loaders: [() => loadProactiveStrings({ globals: { locale: 'fr' } })],
  render: (args) => html`<div lang="fr">${render(args, allStoryOffers('fr'))}</div>`,
  play: async ({ canvasElement }) => {
    await waitFor(() =>
      expect(words(inner(list(canvasElement), 'off'))).toBe(
        'Vous avez désactivé les suggestions de services.',
      ),
    );
    await expect(words(inner(list(canvasElement), 'settings-link'))).toBe(
      'Modifier vos paramètres de suggestions',
    );
  },
};
