/// <reference types="@vitest/browser-playwright" />
import { html } from 'lit';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { cdp, page, userEvent } from 'vitest/browser';
import '../accordion/define.js';
import '../error-summary/define.js';
import '../text-input/define.js';
import type { PolisAccordionSection, PolisSectionToggleEvent } from './accordion-section.js';
import { supportsHiddenUntilFound } from './accordion-section.js';
import { resetWarnings } from '../../base/dev.js';
import { deepActiveElement, fixture, part, settle } from '../../test/fixture.js';

const START_URL = window.location.href;

const button = (section: Element) => part<HTMLButtonElement>(section, 'button')!;
const content = (section: Element) => part<HTMLElement>(section, 'content')!;
const heading = (section: Element) => part<HTMLElement>(section, 'heading')!;
/** Whether a person can see the section's own content (a paragraph in it). */
const contentShown = (section: Element) => section.querySelector(':scope > p')!.checkVisibility();

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
  window.history.replaceState(null, '', START_URL);
  sessionStorage.clear();
  localStorage.clear();
  vi.restoreAllMocks();
});

describe('polis-accordion-section', () => {
  it('is a real heading holding a native button that names the heading, the summary and what it does', async () => {
    const section = await fixture<PolisAccordionSection>(
      html`<polis-accordion-section
        heading="Writing well for the web"
        summary="An introduction to writing for the web"
        ><p>Write in plain English.</p></polis-accordion-section
      >`,
    );
    const h = heading(section);
    expect(h.localName).toBe('h2');
    await expect.element(h).toHaveRole('heading');
    const b = button(section);
    expect(b.localName).toBe('button');
    expect(b.type).toBe('button');
    expect(h.contains(b)).toBe(true);
    await expect
      .element(b)
      .toHaveAccessibleName(
        /^Writing well for the web\s*,\s*An introduction to writing for the web\s*,\s*Show this section$/,
      );
    expect(b.getAttribute('aria-expanded')).toBe('false');
    // aria-controls points to the content, in the same shadow root.
    expect(section.shadowRoot!.getElementById(b.getAttribute('aria-controls')!)).toBe(content(section));
    // People see "Show"; "this section" is for screen readers only.
    const toggle = part(section, 'toggle')!;
    expect(visibleText(toggle)).toBe('Show');
    expect(toggle.textContent).toContain('this section');
    // The content is closed, and still in the page's own tree (so find in page reaches it).
    expect(section.open).toBe(false);
    expect(contentShown(section)).toBe(false);
    expect(section.querySelector('p')!.assignedSlot).not.toBeNull();
    expect(content(section).getAttribute('hidden')).toBe(supportsHiddenUntilFound ? 'until-found' : '');
  });

  it('opens and closes with a click, Enter and Space, keeping focus on the button and reflecting open', async () => {
    const section = await fixture<PolisAccordionSection>(
      html`<polis-accordion-section id="contact" heading="Contact us"
        ><p>Call 0300 123 4567.</p></polis-accordion-section
      >`,
    );
    const toggles: { id: string; open: boolean }[] = [];
    section.addEventListener('polis-section-toggle', (event: PolisSectionToggleEvent) =>
      toggles.push(event.detail),
    );
    const b = button(section);
    await userEvent.click(b);
    await settle(section);
    expect(section.open).toBe(true);
    expect(section.hasAttribute('open')).toBe(true);
    expect(b.getAttribute('aria-expanded')).toBe('true');
    expect(content(section).hasAttribute('hidden')).toBe(false);
    expect(contentShown(section)).toBe(true);
    await expect.element(b).toHaveAccessibleName(/^Contact us\s*,\s*Hide this section$/);
    expect(visibleText(part(section, 'toggle')!)).toBe('Hide');
    expect(deepActiveElement()).toBe(b);

    await userEvent.keyboard('{Enter}');
    await settle(section);
    expect(section.open).toBe(false);
    expect(contentShown(section)).toBe(false);
    expect(deepActiveElement()).toBe(b);

    await userEvent.keyboard(' ');
    await settle(section);
    expect(section.open).toBe(true);
    expect(deepActiveElement()).toBe(b);
    expect(toggles).toEqual([
      { id: 'contact', open: true },
      { id: 'contact', open: false },
      { id: 'contact', open: true },
    ]);

    // Set from script: it follows, without an event.
    section.open = false;
    await settle(section);
    expect(section.hasAttribute('open')).toBe(false);
    expect(contentShown(section)).toBe(false);
    section.setAttribute('open', '');
    await settle(section);
    expect(contentShown(section)).toBe(true);
    expect(toggles).toHaveLength(3);
  });

  it('takes its heading from the heading slot, and keeps the page’s own heading without a heading in a heading', async () => {
    const el = await fixture<HTMLElement>(
      html`<div>
        <polis-accordion-section id="slot-text"
          ><span slot="heading">Opening times</span><span slot="summary">Monday to Friday</span>
          <p>9am to 5pm.</p></polis-accordion-section
        >
        <polis-accordion-section id="own-heading"
          ><h3 slot="heading">Fees</h3>
          <p>£20.</p></polis-accordion-section
        >
      </div>`,
    );
    const [text, own] = [...el.querySelectorAll<PolisAccordionSection>('polis-accordion-section')];
    await expect
      .element(button(text!))
      .toHaveAccessibleName(/^Opening times\s*,\s*Monday to Friday\s*,\s*Show this section$/);
    expect(heading(text!).localName).toBe('h2');
    // The page's <h3> gives the level, and is presentational inside the button: one heading.
    const h3 = own!.querySelector('h3')!;
    expect(heading(own!).localName).toBe('h3');
    expect(h3.getAttribute('role')).toBe('presentation');
    await expect.element(button(own!)).toHaveAccessibleName(/^Fees\s*,\s*Show this section$/);
    await expect.element(heading(own!)).toHaveAccessibleName(/^Fees\s*,\s*Show this section$/);
    // The page's styles for headings do not change the button's type.
    expect(getComputedStyle(h3).fontSize).toBe(getComputedStyle(part(own!, 'heading-text')!).fontSize);
    expect(getComputedStyle(h3).marginBlockEnd).toBe('0px');
    // Taken out of the slot (or the section out of the page), the heading is given back.
    h3.removeAttribute('slot');
    await settle(own!);
    expect(h3.hasAttribute('role')).toBe(false);
    h3.slot = 'heading';
    await settle(own!);
    expect(h3.getAttribute('role')).toBe('presentation');
    own!.remove();
    expect(h3.hasAttribute('role')).toBe(false);
  });

  it('uses its own heading-level, else the accordion’s, else 2; a wrong level falls back with one warning', async () => {
    const el = await fixture<HTMLElement>(
      html`<div>
        <polis-accordion id="levels" heading-level="3" no-remember>
          <polis-accordion-section heading="Inherits"><p>A</p></polis-accordion-section>
          <polis-accordion-section heading="Own" heading-level="4"><p>B</p></polis-accordion-section>
          <polis-accordion-section heading="Wrong" heading-level="9"><p>C</p></polis-accordion-section>
        </polis-accordion>
        <polis-accordion no-remember heading-level="h2">
          <polis-accordion-section heading="Default"><p>D</p></polis-accordion-section>
        </polis-accordion>
      </div>`,
    );
    const levels = [...el.querySelectorAll('polis-accordion-section')].map((s) => heading(s).localName);
    expect(levels).toEqual(['h3', 'h4', 'h3', 'h2']);
    expect(messages.filter((m) => m.includes('heading-level="9"'))).toHaveLength(1);
    expect(messages.filter((m) => m.includes('heading-level="h2"'))).toHaveLength(1);
    // The accordion's level changes: the sections follow.
    const accordion = el.querySelector<HTMLElement & { headingLevel: string }>('polis-accordion')!;
    accordion.headingLevel = '2';
    await settle(el);
    expect(heading(el.querySelector('polis-accordion-section')!).localName).toBe('h2');
  });

  it('without a heading, is not collapsible: the content is shown, no button, one warning, nothing thrown', async () => {
    const el = await fixture<HTMLElement>(
      html`<polis-accordion id="broken" no-remember>
        <polis-accordion-section><p>No heading at all.</p></polis-accordion-section>
        <polis-accordion-section heading="   " summary="Only a summary"
          ><p>Blank heading.</p></polis-accordion-section
        >
        <polis-accordion-section heading="Fine"><p>Fine.</p></polis-accordion-section>
      </polis-accordion>`,
    );
    const [none, blank, fine] = [...el.querySelectorAll<PolisAccordionSection>('polis-accordion-section')];
    for (const section of [none!, blank!]) {
      expect(section.collapsible).toBe(false);
      expect(part(section, 'button')).toBeNull();
      expect(contentShown(section)).toBe(true);
    }
    expect(part(blank!, 'summary')!.textContent!.trim()).toBe('Only a summary');
    expect(messages.filter((m) => m.includes('has no heading'))).toHaveLength(1);
    // "Show all sections" is about the sections that can be shown and hidden.
    await userEvent.click(part(el, 'show-all')!);
    await settle(el);
    expect(fine!.open).toBe(true);
    expect(part(el, 'show-all')!.getAttribute('aria-expanded')).toBe('true');
    // A heading given later makes it a section like the others.
    none!.heading = 'Now with a heading';
    await settle(el);
    expect(part(none!, 'button')).not.toBeNull();
    expect(contentShown(none!)).toBe(false);
    expect(part(el, 'show-all')!.getAttribute('aria-expanded')).toBe('false');
  });

  it.runIf(supportsHiddenUntilFound)(
    'opens itself when the address, or find in page, reaches text inside it',
    async () => {
      const el = await fixture<HTMLElement>(
        html`<polis-accordion id="found" no-remember>
          <polis-accordion-section id="found-one" heading="Eligibility"
            ><p id="found-anchor">You must be 18 or over.</p></polis-accordion-section
          >
          <polis-accordion-section id="found-two" heading="Documents"
            ><p>Bring a utility bill from the last three months.</p></polis-accordion-section
          >
        </polis-accordion>`,
      );
      const [one, two] = [...el.querySelectorAll<PolisAccordionSection>('polis-accordion-section')];
      const toggles: string[] = [];
      el.addEventListener('polis-section-toggle', (event: PolisSectionToggleEvent) =>
        toggles.push(event.detail.id),
      );
      // A link to an id inside a closed section.
      window.location.hash = '#found-anchor';
      await expect.poll(() => one!.open).toBe(true);
      await settle(el);
      expect(contentShown(one!)).toBe(true);
      expect(button(one!).getAttribute('aria-expanded')).toBe('true');
      // A text fragment, found the way find in page finds it.
      window.location.hash = ':~:text=utility%20bill';
      await expect.poll(() => two!.open).toBe(true);
      await settle(el);
      expect(contentShown(two!)).toBe(true);
      expect(toggles).toEqual(['found-one', 'found-two']);
      expect(part(el, 'show-all')!.getAttribute('aria-expanded')).toBe('true');
    },
  );

  it('opens before an error summary link focuses a field inside it, so the field takes focus', async () => {
    const el = await fixture<HTMLElement>(
      html`<div>
        <polis-error-summary disable-auto-focus>
          <a href="#summary-postcode">Enter a postcode</a>
          <a href="#summary-phone">Enter a phone number</a>
        </polis-error-summary>
        <polis-accordion id="summary-accordion">
          <polis-accordion-section id="summary-address" heading="Address">
            <polis-text-input id="summary-postcode" label="Postcode" name="postcode"></polis-text-input>
          </polis-accordion-section>
          <polis-accordion-section id="summary-contact" heading="Contact details">
            <polis-accordion-section id="summary-nested" heading="Phone">
              <polis-text-input id="summary-phone" label="Phone number" name="phone"></polis-text-input>
            </polis-accordion-section>
          </polis-accordion-section>
        </polis-accordion>
      </div>`,
    );
    const [address, contact, nested] = [
      ...el.querySelectorAll<PolisAccordionSection>('polis-accordion-section'),
    ];
    const postcode = el.querySelector('#summary-postcode')!;
    expect(postcode.checkVisibility()).toBe(false);
    const summary = el.querySelector('polis-error-summary')!;
    const [first, second] = [...summary.querySelectorAll('a')];
    await userEvent.click(first!);
    expect(address!.open).toBe(true);
    expect(deepActiveElement()).toBe(part(postcode, 'control'));
    expect(contact!.open).toBe(false);
    // A field two sections deep: both open.
    await userEvent.click(second!);
    expect(nested!.open).toBe(true);
    expect(contact!.open).toBe(true);
    expect(deepActiveElement()).toBe(part(el.querySelector('#summary-phone')!, 'control'));
    await settle(el);
    expect(button(contact!).getAttribute('aria-expanded')).toBe('true');
    // And the person's choice is remembered like any other.
    const stored = JSON.parse(
      sessionStorage.getItem(`polis-accordion:${location.pathname}#summary-accordion`)!,
    );
    expect(stored).toMatchObject({ 'summary-address': true, 'summary-contact': true });
  });

  it('mirrors right to left: the chevron at the inline start, pointing the same way', async () => {
    const el = await fixture<HTMLElement>(
      html`<div dir="rtl" lang="ar" style="inline-size: 480px">
        <polis-accordion-section heading="ساعات العمل"><p>من الأحد إلى الخميس.</p></polis-accordion-section>
      </div>`,
    );
    const section = el.querySelector('polis-accordion-section')!;
    const chevron = section.shadowRoot!.querySelector('.chevron')!.getBoundingClientRect();
    const text = section.shadowRoot!.querySelector('.toggle-text')!.getBoundingClientRect();
    expect(chevron.left).toBeGreaterThan(text.right - 1);
    expect(getComputedStyle(section.shadowRoot!.querySelector('.chevron')!).transform).toBe('none');
    const headingText = part(section, 'heading-text')!.getBoundingClientRect();
    expect(el.getBoundingClientRect().right - headingText.right).toBeLessThanOrEqual(1);
    await expect.element(button(section)).toHaveAccessibleName(/^ساعات العمل\s*,\s*إظهار هذا القسم$/);
  });

  it('wraps long headings at 320 px and with 200% text, without scrolling sideways', async () => {
    await page.viewport(320, 640);
    try {
      const el = await fixture<HTMLElement>(
        html`<polis-accordion-section
          heading="Understanding agile project management and multidisciplinaryteamworkinpublicservices"
          summary="Introductions, methods, core features"
          open
          ><p>Content.</p></polis-accordion-section
        >`,
      );
      expect(document.documentElement.scrollWidth).toBeLessThanOrEqual(document.documentElement.clientWidth);
      expect(button(el).getBoundingClientRect().right).toBeLessThanOrEqual(320);
      await page.viewport(640, 800);
      document.documentElement.style.fontSize = '200%';
      await settle(el);
      expect(document.documentElement.scrollWidth).toBeLessThanOrEqual(document.documentElement.clientWidth);
      // The button is a comfortable target.
      expect(button(el).getBoundingClientRect().height).toBeGreaterThanOrEqual(44);
    } finally {
      document.documentElement.style.removeProperty('font-size');
      await page.viewport(414, 896);
    }
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

    it('shows focus as a Highlight outline and keeps the lines between sections', async () => {
      const el = await fixture<HTMLElement>(
        html`<div>
          <button>Before</button>
          <polis-accordion-section heading="Fees"><p>£20.</p></polis-accordion-section>
        </div>`,
      );
      expect(matchMedia('(forced-colors: active)').matches).toBe(true);
      el.querySelector('button')!.focus();
      await userEvent.keyboard('{Tab}');
      const section = el.querySelector('polis-accordion-section')!;
      expect(deepActiveElement()).toBe(button(section));
      const style = getComputedStyle(button(section));
      expect(style.outlineStyle).toBe('solid');
      expect(parseFloat(style.outlineWidth)).toBeGreaterThanOrEqual(2);
      expect(style.outlineColor).not.toBe('rgba(0, 0, 0, 0)');
      expect(style.boxShadow).toBe('none');
      const base = getComputedStyle(part(section, 'base')!);
      expect(base.borderTopStyle).toBe('solid');
      expect(parseFloat(base.borderTopWidth)).toBeGreaterThanOrEqual(1);
    });
  });
});
