import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { expect } from 'storybook/test';
import './define.js';
import { LANGUAGES } from '../../i18n/languages.js';
import type { PolisLanguageSwitcher } from './language-switcher.js';

type Args = Partial<Pick<PolisLanguageSwitcher, 'languages' | 'current' | 'hrefTemplate' | 'label'>>;

const switcher = (canvas: HTMLElement) => canvas.querySelector('polis-language-switcher')!;
const inner = (canvas: HTMLElement, selector: string) => [
  ...switcher(canvas).shadowRoot!.querySelectorAll<HTMLElement>(selector),
];

const meta: Meta<Args> = {
  title: 'Components/Language switcher',
  component: 'polis-language-switcher',
  // Shows page structure (landmarks or the page's heading): framed in docs pages, see
  // .storybook/blocks/story-frames.ts.
  parameters: { docs: { story: { inline: false, height: 'auto' } } },
  args: { languages: 'en cy', current: 'en', hrefTemplate: '#{lang}' },
  render: (args) =>
    html`<polis-language-switcher
      languages=${ifDefined(args.languages)}
      current=${ifDefined(args.current)}
      href-template=${ifDefined(args.hrefTemplate)}
      label=${ifDefined(args.label)}
    ></polis-language-switcher>`,
};
export default meta;
type Story = StoryObj<Args>;

/** English and Welsh: the current language is bold text, the other a link, each named in its own language. */
export const Default: Story = {
  play: async ({ canvasElement }) => {
    const [nav] = inner(canvasElement, '[part~="base"]');
    await expect(nav).toHaveRole('navigation');
    await expect(nav).toHaveAccessibleName('Language');
    const [current] = inner(canvasElement, '[part~="current"]');
    await expect(current).toHaveTextContent('English');
    await expect(current).toHaveAttribute('aria-current', 'true');
    const [welsh] = inner(canvasElement, 'a');
    await expect(welsh).toHaveAccessibleName('Cymraeg');
    await expect(welsh).toHaveAttribute('lang', 'cy');
    await expect(welsh).toHaveAttribute('hreflang', 'cy');
    // The current language is text, not a link to the page itself.
    await expect(current!.closest('a')).toBeNull();
    welsh!.focus();
    await expect(switcher(canvasElement).shadowRoot!.activeElement).toBe(welsh);
  },
};

/** Your own links, which also work before the element upgrades. */
export const OwnLinks: Story = {
  name: 'From your own links',
  render: () =>
    html`<polis-language-switcher>
      <ul>
        <li><span lang="en">English</span></li>
        <li><a href="#cy" hreflang="cy" lang="cy">Cymraeg</a></li>
        <li><a href="#ga" hreflang="ga" lang="ga">Gaeilge</a></li>
      </ul>
    </polis-language-switcher>`,
  play: async ({ canvasElement }) => {
    await expect(inner(canvasElement, '[part~="current"]')[0]).toHaveTextContent('English');
    await expect(inner(canvasElement, 'a').map((a) => a.textContent)).toEqual(['Cymraeg', 'Gaeilge']);
  },
};

/** Every language Polis speaks: the list wraps, with no sideways scrolling at 320 px. */
export const ManyLanguages: Story = {
  name: 'Many languages',
  args: { languages: LANGUAGES.map((language) => language.code).join(' '), current: 'en' },
  play: async ({ canvasElement }) => {
    await expect(inner(canvasElement, '[part~="item"]')).toHaveLength(LANGUAGES.length);
    await expect(document.documentElement.scrollWidth).toBeLessThanOrEqual(
      document.documentElement.clientWidth,
    );
  },
};

/** In an Arabic page: the list runs right to left; the landmark's name is in Arabic, each language's in its own. */
export const Arabic: Story = {
  name: 'In an Arabic page',
  parameters: { languages: ['ar'] },
  render: () =>
    html`<div lang="ar" dir="rtl">
      <polis-language-switcher languages="ar en fr" href-template="#{lang}"></polis-language-switcher>
    </div>`,
  play: async ({ canvasElement }) => {
    await expect(inner(canvasElement, '[part~="base"]')[0]).toHaveAccessibleName('اللغة');
    await expect(inner(canvasElement, '[part~="current"]')[0]).toHaveTextContent('العربية');
    await expect(inner(canvasElement, 'a')[0]).toHaveAttribute('dir', 'ltr');
  },
};
