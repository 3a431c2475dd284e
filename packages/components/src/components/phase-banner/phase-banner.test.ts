import { html } from 'lit';
import { describe, expect, it, vi } from 'vitest';
import { userEvent } from 'vitest/browser';
import './define.js';
import type { PolisPhaseBanner } from './phase-banner.js';
import { deepActiveElement, fixture, part, settle } from '../../test/fixture.js';
import { resetWarnings } from '../../base/dev.js';

/** The text of a node as the flat tree renders it: slots replaced by what is assigned to them. */
const flat = (node: Node): string =>
  node instanceof HTMLSlotElement
    ? node.assignedNodes({ flatten: true }).map(flat).join('')
    : node.nodeType === Node.TEXT_NODE
      ? (node.textContent ?? '')
      : [...(node instanceof Element && node.shadowRoot ? node.shadowRoot.childNodes : node.childNodes)]
          .map(flat)
          .join('');
/** What a screen reader reads, start to end. */
const read = (el: Element) => flat(part(el, 'base')!).replace(/\s+/g, ' ').trim();

describe('polis-phase-banner', () => {
  it('shows a Beta tag and the feedback sentence with a link where the translation puts it', async () => {
    const el = await fixture<PolisPhaseBanner>(
      html`<polis-phase-banner feedback-href="/feedback"></polis-phase-banner>`,
    );
    expect(read(el)).toBe('Beta This is a new service. Help us improve it and give your feedback.');
    const link = part<HTMLAnchorElement>(el, 'link')!;
    expect(link.getAttribute('href')).toBe('/feedback');
    await expect.element(link).toHaveRole('link');
    await expect.element(link).toHaveAccessibleName('give your feedback');
    const tag = part(el, 'tag')!;
    expect(tag.localName).toBe('polis-tag');
    expect(tag.textContent).toBe('Beta');
  });

  it('reaches the link with Tab, and shows focus on it', async () => {
    const el = await fixture<HTMLElement>(
      html`<div>
        <button>Before</button><polis-phase-banner feedback-href="#feedback"></polis-phase-banner>
      </div>`,
    );
    el.querySelector('button')!.focus();
    await userEvent.keyboard('{Tab}');
    const link = part(el.querySelector('polis-phase-banner')!, 'link')!;
    expect(deepActiveElement()).toBe(link);
    expect(getComputedStyle(link).backgroundColor).not.toBe('rgba(0, 0, 0, 0)');
    const { height } = link.getBoundingClientRect();
    expect(height).toBeGreaterThan(0);
  });

  it('shows Alpha for phase="alpha"', async () => {
    const el = await fixture<PolisPhaseBanner>(
      html`<polis-phase-banner phase="alpha" feedback-href="/feedback"></polis-phase-banner>`,
    );
    expect(part(el, 'tag')!.textContent).toBe('Alpha');
  });

  it('lets your own text replace the default sentence', async () => {
    const el = await fixture<PolisPhaseBanner>(
      html`<polis-phase-banner feedback-href="/feedback"
        >This is a trial. <a href="/survey">Answer a short survey</a></polis-phase-banner
      >`,
    );
    expect(read(el)).toBe('Beta This is a trial. Answer a short survey');
    expect(part(el, 'link')).toBeNull();
  });

  it('puts the default sentence back when your text is removed, but not for white space', async () => {
    const el = await fixture<PolisPhaseBanner>(
      html`<polis-phase-banner feedback-href="/feedback"> <span>Own text</span> </polis-phase-banner>`,
    );
    expect(part(el, 'link')).toBeNull();
    el.querySelector('span')!.remove();
    await settle(el.parentElement!);
    expect(part(el, 'link')).not.toBeNull();
  });

  it('speaks French, with the link where the French sentence puts it', async () => {
    const el = await fixture<HTMLElement>(
      html`<div lang="fr"><polis-phase-banner feedback-href="/avis"></polis-phase-banner></div>`,
    );
    const banner = el.querySelector('polis-phase-banner')!;
    expect(read(banner)).toBe('Bêta Ce service est nouveau. Aidez-nous à l’améliorer et donnez votre avis.');
    await expect.element(part(banner, 'link')!).toHaveAccessibleName('donnez votre avis');
  });

  it('follows a translation that moves the link to the start of the sentence', async () => {
    const messages = JSON.stringify({ phaseBannerText: '{link} to help us improve this new service.' });
    const el = await fixture<PolisPhaseBanner>(
      html`<polis-phase-banner feedback-href="/feedback" messages=${messages}></polis-phase-banner>`,
    );
    const text = part(el, 'text')!;
    expect(read(el)).toBe('Beta give your feedback to help us improve this new service.');
    expect([...text.childNodes].find((n) => n.nodeType === Node.ELEMENT_NODE && n.nodeName !== 'SLOT')).toBe(
      part(el, 'link'),
    );
  });

  it('refuses a script address and a bad phase, with one warning each', async () => {
    resetWarnings();
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    const el = await fixture<HTMLElement>(
      html`<div>
        <polis-phase-banner phase="gamma" feedback-href="javascript:alert(1)"></polis-phase-banner>
        <polis-phase-banner phase="gamma" feedback-href="javascript:alert(1)"></polis-phase-banner>
      </div>`,
    );
    for (const banner of el.querySelectorAll('polis-phase-banner')) {
      expect(part(banner, 'link')).toBeNull();
      expect(part(banner, 'tag')!.textContent).toBe('Beta');
    }
    const messages = warn.mock.calls.map((c) => String(c[0]));
    expect(messages.filter((m) => m.includes('would run script'))).toHaveLength(1);
    expect(messages.filter((m) => m.includes('phase="gamma"'))).toHaveLength(1);
    warn.mockRestore();
  });

  it('stays in the flow of the page: not sticky or fixed', async () => {
    const el = await fixture<PolisPhaseBanner>(
      html`<polis-phase-banner feedback-href="/feedback"></polis-phase-banner>`,
    );
    expect(getComputedStyle(el).position).toBe('static');
    expect(getComputedStyle(part(el, 'base')!).position).toBe('static');
  });
});
