/// <reference types="@vitest/browser-playwright" />
import { html } from 'lit';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { cdp, page, userEvent } from 'vitest/browser';
import './define.js';
import { ACCORDION_STORAGE_PREFIX, type PolisAccordion } from './accordion.js';
import type {
  PolisAccordionSection,
  PolisSectionToggleEvent,
} from '../accordion-section/accordion-section.js';
import { resetWarnings } from '../../base/dev.js';
import { setStoragePolicy } from '../../base/storage.js';
import { deepActiveElement, fixture, part, settle } from '../../test/fixture.js';

const keyFor = (id: string) => `${ACCORDION_STORAGE_PREFIX}${location.pathname}#${id}`;
const sectionsOf = (el: Element) => [
  ...el.querySelectorAll<PolisAccordionSection>('polis-accordion-section'),
];
const showAll = (el: Element) => part<HTMLButtonElement>(el, 'show-all')!;
const buttonOf = (section: Element) => part<HTMLButtonElement>(section, 'button')!;
const openIds = (el: Element) =>
  sectionsOf(el)
    .filter((s) => s.open)
    .map((s) => s.id);

/** The page's HTML: an accordion with an id and three sections with ids. */
const markup = (id = 'guidance', extra = html``) =>
  html`<polis-accordion id=${id}>
    <polis-accordion-section id="${id}-writing" heading="Writing well for the web" summary="An introduction"
      ><p>Write in plain English.</p></polis-accordion-section
    >
    <polis-accordion-section id="${id}-specialists" heading="Writing well for specialists"
      ><p>Use the words your users use.</p></polis-accordion-section
    >
    <polis-accordion-section id="${id}-tone" heading="Know your audience"
      ><p>Be clear and direct.</p></polis-accordion-section
    >
    ${extra}
  </polis-accordion>`;

/** The text a person sees: without visually hidden text (clipped to nothing). */
function visibleText(element: Element): string {
  return [...element.childNodes]
    .map((node): string => {
      if (node.nodeType === Node.TEXT_NODE) return node.textContent ?? '';
      if (!(node instanceof Element)) return '';
      return getComputedStyle(node).clipPath.startsWith('inset(50%') ? '' : visibleText(node);
    })
    .join('')
    .trim();
}

let messages: string[] = [];
beforeEach(() => {
  resetWarnings();
  messages = [];
  vi.spyOn(console, 'warn').mockImplementation((message: unknown) => {
    messages.push(String(message));
  });
});

afterEach(() => {
  sessionStorage.clear();
  localStorage.clear();
  setStoragePolicy(() => false);
  vi.restoreAllMocks();
});

describe('polis-accordion', () => {
  it('shows "Show all sections" above closed sections, a native button with aria-expanded', async () => {
    const el = await fixture<PolisAccordion>(markup());
    const button = showAll(el);
    expect(button.localName).toBe('button');
    expect(button.type).toBe('button');
    await expect.element(button).toHaveAccessibleName('Show all sections');
    expect(button.getAttribute('aria-expanded')).toBe('false');
    // Above the first section.
    expect(button.getBoundingClientRect().bottom).toBeLessThanOrEqual(
      sectionsOf(el)[0]!.getBoundingClientRect().top + 1,
    );
    expect(openIds(el)).toEqual([]);
    // Each section is a heading at level 2 by default.
    for (const section of sectionsOf(el)) expect(part(section, 'heading')!.localName).toBe('h2');
    expect(messages).toEqual([]);
  });

  it('opens every section, then closes them all, with focus staying on the button', async () => {
    const el = await fixture<PolisAccordion>(markup());
    const toggles: string[] = [];
    el.addEventListener('polis-section-toggle', (event: PolisSectionToggleEvent) =>
      toggles.push(`${event.detail.id}:${event.detail.open}`),
    );
    const button = showAll(el);
    button.focus();
    await userEvent.keyboard('{Enter}');
    await settle(el);
    expect(openIds(el)).toEqual(['guidance-writing', 'guidance-specialists', 'guidance-tone']);
    for (const section of sectionsOf(el)) {
      expect(section.querySelector('p')!.checkVisibility()).toBe(true);
      expect(buttonOf(section).getAttribute('aria-expanded')).toBe('true');
    }
    await expect.element(button).toHaveAccessibleName('Hide all sections');
    expect(button.getAttribute('aria-expanded')).toBe('true');
    expect(deepActiveElement()).toBe(button);
    expect(toggles).toEqual(['guidance-writing:true', 'guidance-specialists:true', 'guidance-tone:true']);

    await userEvent.keyboard(' ');
    await settle(el);
    expect(openIds(el)).toEqual([]);
    await expect.element(button).toHaveAccessibleName('Show all sections');
    expect(button.getAttribute('aria-expanded')).toBe('false');
    expect(deepActiveElement()).toBe(button);
  });

  it('follows the sections: "Hide all sections" once the last one is opened, "Show" once one closes', async () => {
    const el = await fixture<PolisAccordion>(markup());
    const [a, b, c] = sectionsOf(el);
    // One already open: "Show all" opens the others only.
    await userEvent.click(buttonOf(b!));
    await settle(el);
    expect(showAll(el).getAttribute('aria-expanded')).toBe('false');
    await userEvent.click(buttonOf(a!));
    await userEvent.click(buttonOf(c!));
    await settle(el);
    await expect.element(showAll(el)).toHaveAccessibleName('Hide all sections');
    expect(showAll(el).getAttribute('aria-expanded')).toBe('true');
    await userEvent.click(buttonOf(c!));
    await settle(el);
    await expect.element(showAll(el)).toHaveAccessibleName('Show all sections');
    // From script too, and when sections come and go.
    c!.open = true;
    await settle(el);
    expect(showAll(el).getAttribute('aria-expanded')).toBe('true');
    const added = document.createElement('polis-accordion-section');
    added.heading = 'Added later';
    added.append(Object.assign(document.createElement('p'), { textContent: 'New.' }));
    el.append(added);
    await settle(el);
    expect(showAll(el).getAttribute('aria-expanded')).toBe('false');
    added.remove();
    await settle(el);
    expect(showAll(el).getAttribute('aria-expanded')).toBe('true');
  });

  it('is translated: the buttons speak the page’s language', async () => {
    const el = await fixture<HTMLElement>(html`<div lang="fr">${markup('fr')}</div>`);
    const accordion = el.querySelector('polis-accordion')!;
    await settle(el);
    await expect.element(showAll(accordion)).toHaveAccessibleName('Afficher toutes les sections');
    const first = sectionsOf(accordion)[0]!;
    await expect
      .element(buttonOf(first))
      .toHaveAccessibleName(/^Writing well for the web\s*,\s*An introduction\s*,\s*Afficher cette section$/);
    await userEvent.click(buttonOf(first));
    await settle(el);
    expect(visibleText(part(first, 'toggle')!)).toBe('Masquer');
  });

  describe('remembers which sections are open', () => {
    it('for the session, per page and accordion id, and restores them on the next visit', async () => {
      const el = await fixture<PolisAccordion>(markup());
      const [a, , c] = sectionsOf(el);
      await userEvent.click(buttonOf(a!));
      await userEvent.click(buttonOf(c!));
      await settle(el);
      expect(JSON.parse(sessionStorage.getItem(keyFor('guidance'))!)).toEqual({
        'guidance-writing': true,
        'guidance-specialists': false,
        'guidance-tone': true,
      });
      // Nothing lasting without the storage policy's say-so.
      expect(localStorage.getItem(keyFor('guidance'))).toBeNull();
      el.parentElement!.remove();

      // The next page view: the same sections open, before anyone touches them.
      const again = await fixture<PolisAccordion>(markup());
      expect(openIds(again)).toEqual(['guidance-writing', 'guidance-tone']);
      expect(sectionsOf(again)[0]!.querySelector('p')!.checkVisibility()).toBe(true);
      // Another accordion on the page keeps its own.
      const other = await fixture<PolisAccordion>(markup('other'));
      expect(openIds(other)).toEqual([]);
    });

    it('keeps a section the page opens by default closed once the person closed it', async () => {
      const template = () =>
        html`<polis-accordion id="defaults">
          <polis-accordion-section id="defaults-a" heading="A" open><p>A</p></polis-accordion-section>
          <polis-accordion-section id="defaults-b" heading="B"><p>B</p></polis-accordion-section>
        </polis-accordion>`;
      const el = await fixture<PolisAccordion>(template());
      expect(openIds(el)).toEqual(['defaults-a']);
      await userEvent.click(buttonOf(sectionsOf(el)[0]!));
      el.parentElement!.remove();
      const again = await fixture<PolisAccordion>(template());
      expect(openIds(again)).toEqual([]);
    });

    it('in lasting storage only while the storage policy allows preferences, moving when it changes', async () => {
      setStoragePolicy((purpose) => purpose === 'preferences');
      const el = await fixture<PolisAccordion>(markup());
      await userEvent.click(buttonOf(sectionsOf(el)[1]!));
      await settle(el);
      const key = keyFor('guidance');
      expect(JSON.parse(localStorage.getItem(key)!)).toMatchObject({ 'guidance-specialists': true });
      expect(sessionStorage.getItem(key)).toBeNull();
      // Consent withdrawn: the lasting copy goes, the session keeps the choice.
      setStoragePolicy(() => false);
      expect(localStorage.getItem(key)).toBeNull();
      expect(JSON.parse(sessionStorage.getItem(key)!)).toMatchObject({ 'guidance-specialists': true });
    });

    it('only with ids: one warning for an accordion or a section without one, and nothing stored for them', async () => {
      const el = await fixture<HTMLElement>(
        html`<div>
          <polis-accordion>
            <polis-accordion-section id="no-id-a" heading="A"><p>A</p></polis-accordion-section>
          </polis-accordion>
          <polis-accordion>
            <polis-accordion-section id="no-id-b" heading="B"><p>B</p></polis-accordion-section>
          </polis-accordion>
          <polis-accordion id="some-ids">
            <polis-accordion-section heading="No id"><p>C</p></polis-accordion-section>
            <polis-accordion-section id="some-ids-d" heading="D"><p>D</p></polis-accordion-section>
          </polis-accordion>
        </div>`,
      );
      const [first, second, third] = [...el.querySelectorAll('polis-accordion')];
      await userEvent.click(buttonOf(sectionsOf(first!)[0]!));
      await userEvent.click(buttonOf(sectionsOf(second!)[0]!));
      for (const section of sectionsOf(third!)) await userEvent.click(buttonOf(section));
      await settle(el);
      expect(messages.filter((m) => m.includes('needs an id'))).toHaveLength(1);
      expect(messages.filter((m) => m.includes('section without an id'))).toHaveLength(1);
      const keys = Object.keys(sessionStorage).filter((key) => key.startsWith(ACCORDION_STORAGE_PREFIX));
      expect(keys).toEqual([keyFor('some-ids')]);
      expect(JSON.parse(sessionStorage.getItem(keyFor('some-ids'))!)).toEqual({ 'some-ids-d': true });
    });

    it('not at all with no-remember, and without a warning', async () => {
      const el = await fixture<PolisAccordion>(
        html`<polis-accordion no-remember>
          <polis-accordion-section heading="A"><p>A</p></polis-accordion-section>
        </polis-accordion>`,
      );
      await userEvent.click(buttonOf(sectionsOf(el)[0]!));
      await settle(el);
      expect(Object.keys(sessionStorage)).toEqual([]);
      expect(messages).toEqual([]);
    });

    it('ignores damaged or tampered data', async () => {
      sessionStorage.setItem(keyFor('damaged'), '{not json');
      sessionStorage.setItem(keyFor('tampered'), '{"tampered-a":"yes","__proto__":{"tampered-a":true}}');
      sessionStorage.setItem(keyFor('array'), JSON.stringify(['array-a']));
      const el = await fixture<HTMLElement>(
        html`<div>
          ${['damaged', 'tampered', 'array'].map(
            (id) =>
              html`<polis-accordion id=${id}>
                <polis-accordion-section id="${id}-a" heading="A"><p>A</p></polis-accordion-section>
              </polis-accordion>`,
          )}
        </div>`,
      );
      expect(sectionsOf(el).every((section) => !section.open)).toBe(true);
      // The next choice replaces it with good data.
      await userEvent.click(buttonOf(sectionsOf(el)[0]!));
      expect(JSON.parse(sessionStorage.getItem(keyFor('damaged'))!)).toEqual({ 'damaged-a': true });
    });
  });

  it('never throws on odd content: no sections, other children, nested accordions', async () => {
    const el = await fixture<HTMLElement>(
      html`<div>
        <polis-accordion id="empty"></polis-accordion>
        <polis-accordion id="mixed">
          <p>An introduction that is not a section.</p>
          <polis-accordion-section id="mixed-a" heading="A">
            <polis-accordion id="inner">
              <polis-accordion-section id="inner-a" heading="Inner"><p>Inner.</p></polis-accordion-section>
            </polis-accordion>
          </polis-accordion-section>
        </polis-accordion>
      </div>`,
    );
    const [empty, mixed, inner] = [...el.querySelectorAll<PolisAccordion>('polis-accordion')];
    expect(part(empty!, 'show-all')).toBeNull();
    expect(messages.filter((m) => m.includes('has no polis-accordion-section'))).toHaveLength(1);
    expect(mixed!.querySelector(':scope > p')!.checkVisibility()).toBe(true);
    // "Show all" of the outer accordion is about its own sections only.
    await userEvent.click(showAll(mixed!));
    await settle(el);
    expect(mixed!.querySelector<PolisAccordionSection>('#mixed-a')!.open).toBe(true);
    expect(inner!.querySelector<PolisAccordionSection>('#inner-a')!.open).toBe(false);
    expect(showAll(mixed!).getAttribute('aria-expanded')).toBe('true');
    expect(showAll(inner!).getAttribute('aria-expanded')).toBe('false');
  });

  it('shows every section’s content without JavaScript (before the elements upgrade)', async () => {
    // A frame with the same HTML and no script: the elements never upgrade.
    const frame = document.createElement('iframe');
    frame.style.inlineSize = '400px';
    frame.srcdoc = `<!doctype html><html lang="en"><body>
      <polis-accordion id="nojs">
        <polis-accordion-section id="nojs-a"><h2 slot="heading">Opening times</h2><p id="a">9am to 5pm.</p></polis-accordion-section>
        <polis-accordion-section id="nojs-b" heading="Fees"><p id="b">£20.</p></polis-accordion-section>
      </polis-accordion></body></html>`;
    const loaded = new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
    document.body.append(frame);
    try {
      await loaded;
      const doc = frame.contentDocument!;
      expect(doc.querySelector('h2')!.checkVisibility()).toBe(true);
      expect(doc.getElementById('a')!.checkVisibility()).toBe(true);
      expect(doc.getElementById('b')!.checkVisibility()).toBe(true);
    } finally {
      frame.remove();
    }
  });

  it('stays in its column at 320 px and with 200% text, and its button is a comfortable target', async () => {
    await page.viewport(320, 640);
    try {
      const el = await fixture<PolisAccordion>(markup('narrow'));
      expect(document.documentElement.scrollWidth).toBeLessThanOrEqual(document.documentElement.clientWidth);
      expect(showAll(el).getBoundingClientRect().height).toBeGreaterThanOrEqual(44);
      await page.viewport(640, 800);
      document.documentElement.style.fontSize = '200%';
      await settle(el);
      expect(document.documentElement.scrollWidth).toBeLessThanOrEqual(document.documentElement.clientWidth);
    } finally {
      document.documentElement.style.removeProperty('font-size');
      await page.viewport(414, 896);
    }
  });

  it('mirrors right to left: the chevron before the text, pointing the same way', async () => {
    const el = await fixture<HTMLElement>(html`<div dir="rtl" lang="ar">${markup('rtl')}</div>`);
    const accordion = el.querySelector('polis-accordion')!;
    await settle(el);
    const chevron = accordion.shadowRoot!.querySelector('.chevron')!.getBoundingClientRect();
    const text = accordion.shadowRoot!.querySelector('.show-all-text')!.getBoundingClientRect();
    expect(chevron.left).toBeGreaterThan(text.right - 1);
    expect(el.getBoundingClientRect().right - chevron.right).toBeLessThanOrEqual(1);
    await expect.element(showAll(accordion)).toHaveAccessibleName('إظهار كل الأقسام');
  });

  describe('in forced colours', () => {
    beforeEach(async () => {
      await cdp().send('Emulation.setEmulatedMedia', {
        features: [{ name: 'forced-colors', value: 'active' }],
      });
    });
    afterEach(async () => {
      await cdp().send('Emulation.setEmulatedMedia', { features: [] });
    });

    it('shows focus on "Show all sections" as a Highlight outline, never only a shadow', async () => {
      const el = await fixture<HTMLElement>(html`<div><button>Before</button>${markup('forced')}</div>`);
      el.querySelector('button')!.focus();
      await userEvent.keyboard('{Tab}');
      const accordion = el.querySelector('polis-accordion')!;
      expect(deepActiveElement()).toBe(showAll(accordion));
      const style = getComputedStyle(showAll(accordion));
      expect(style.outlineStyle).toBe('solid');
      expect(parseFloat(style.outlineWidth)).toBeGreaterThanOrEqual(2);
      expect(style.outlineColor).not.toBe('rgba(0, 0, 0, 0)');
      expect(style.boxShadow).toBe('none');
      const sections = getComputedStyle(part(accordion, 'sections')!);
      expect(sections.borderBottomStyle).toBe('solid');
    });
  });
});
