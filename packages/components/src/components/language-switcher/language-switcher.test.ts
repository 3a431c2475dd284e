/// <reference types="@vitest/browser-playwright" />
import { html } from 'lit';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { page, userEvent } from 'vitest/browser';
import './define.js';
import { languageSwitcherEndonym, type PolisLanguageSwitcher } from './language-switcher.js';
import { resetWarnings } from '../../base/dev.js';
import { LANGUAGES } from '../../i18n/languages.js';
import { loadLocale } from '../../i18n/registry.js';
import { deepActiveElement, fixture, part } from '../../test/fixture.js';
import { axNodes, forcedColors, reflowProblems } from '../../test/browser-helpers.js';

const items = (el: Element) => [...el.shadowRoot!.querySelectorAll<HTMLElement>('[part~="item"]')];
const shadowLinks = (el: Element) => [...el.shadowRoot!.querySelectorAll<HTMLAnchorElement>('a')];
const current = (el: Element) => part(el, 'current');

function warnings() {
  resetWarnings();
  const spy = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
  return {
    messages: () => spy.mock.calls.map((call) => String(call[0])),
    restore: () => spy.mockRestore(),
  };
}

describe('polis-language-switcher', () => {
  beforeEach(async () => {
    await page.viewport(1024, 768);
  });

  describe('from language codes', () => {
    it('is a navigation landmark named "Language", with each language named in its own language', async () => {
      const el = await fixture<PolisLanguageSwitcher>(
        html`<polis-language-switcher
          languages="en cy"
          current="cy"
          href-template="/{lang}/apply"
        ></polis-language-switcher>`,
      );
      const nav = part(el, 'base')!;
      expect(nav.localName).toBe('nav');
      await expect.element(nav).toHaveAccessibleName('Language');
      const [english] = shadowLinks(el);
      expect(shadowLinks(el)).toHaveLength(1);
      expect(english!.textContent).toBe('English');
      expect(english!.getAttribute('href')).toBe('/en/apply');
      expect(english!.getAttribute('lang')).toBe('en');
      expect(english!.getAttribute('hreflang')).toBe('en');
      await expect.element(english!).toHaveAccessibleName('English');
      expect(items(el).map((item) => item.textContent?.trim())).toEqual(['English', 'Cymraeg']);
    });

    it('marks the current language with aria-current="true" as text, not a link to itself, and shows it differently', async () => {
      const el = await fixture<PolisLanguageSwitcher>(
        html`<polis-language-switcher
          languages="en cy"
          current="cy"
          href-template="/{lang}/apply"
        ></polis-language-switcher>`,
      );
      const welsh = current(el)!;
      expect(welsh.localName).toBe('span');
      expect(welsh.closest('a')).toBeNull();
      expect(welsh.getAttribute('aria-current')).toBe('true');
      expect(welsh.getAttribute('lang')).toBe('cy');
      expect(welsh.textContent).toBe('Cymraeg');
      const shown = getComputedStyle(welsh);
      const link = getComputedStyle(shadowLinks(el)[0]!);
      expect(Number(shown.fontWeight)).toBeGreaterThanOrEqual(700);
      expect(shown.textDecorationLine).toBe('none');
      expect(link.textDecorationLine).toBe('underline');
      const nodes = await axNodes();
      expect(nodes.filter((node) => node.role?.value === 'link').map((node) => node.name?.value)).toEqual([
        'English',
      ]);
    });

    it('takes the page’s language as the current one when current is not given', async () => {
      const el = await fixture<HTMLElement>(
        html`<div lang="cy-GB">
          <polis-language-switcher languages="en cy" href-template="/{lang}/"></polis-language-switcher>
        </div>`,
      );
      expect(current(el.querySelector('polis-language-switcher')!)!.textContent).toBe('Cymraeg');
    });

    it('names the landmark in the page’s language, and each language in its own', async () => {
      const el = await fixture<HTMLElement>(
        html`<div lang="fr">
          <polis-language-switcher languages="fr de ar" href-template="/{lang}/"></polis-language-switcher>
        </div>`,
      );
      const switcher = el.querySelector('polis-language-switcher')!;
      await expect.element(part(switcher, 'base')!).toHaveAccessibleName('Langue');
      expect(items(switcher).map((item) => item.textContent?.trim())).toEqual([
        'Français',
        'Deutsch',
        'العربية',
      ]);
      expect(current(switcher)!.textContent).toBe('Français');
    });

    it('names any language the browser knows, and lists all of Polis’s languages by their endonyms', async () => {
      expect(languageSwitcherEndonym('ja')).toBe('日本語');
      expect(languageSwitcherEndonym('cy')).toBe('Cymraeg');
      const codes = LANGUAGES.map((language) => language.code).join(' ');
      const el = await fixture<PolisLanguageSwitcher>(
        html`<polis-language-switcher
          languages=${codes}
          current="en"
          href-template="/{lang}/"
        ></polis-language-switcher>`,
      );
      expect(items(el).map((item) => item.textContent?.trim())).toEqual(
        LANGUAGES.map((language) => language.name),
      );
    });

    it('writes an Arabic name right to left in a left-to-right page, and an English one left to right in an Arabic page', async () => {
      const el = await fixture<HTMLElement>(
        html`<div>
          <div lang="en" dir="ltr">
            <polis-language-switcher languages="en ar" href-template="/{lang}/"></polis-language-switcher>
          </div>
          <div lang="ar" dir="rtl">
            <polis-language-switcher languages="en ar" href-template="/{lang}/"></polis-language-switcher>
          </div>
        </div>`,
      );
      const [inEnglish, inArabic] = [...el.querySelectorAll('polis-language-switcher')];
      const arabic = shadowLinks(inEnglish!)[0]!;
      expect(arabic.textContent).toBe('العربية');
      expect(arabic.getAttribute('dir')).toBe('rtl');
      expect(arabic.getAttribute('lang')).toBe('ar');
      expect(getComputedStyle(arabic).direction).toBe('rtl');
      const english = shadowLinks(inArabic!)[0]!;
      expect(english.getAttribute('dir')).toBe('ltr');
      expect(getComputedStyle(english).direction).toBe('ltr');
      // The list itself follows the page: in the Arabic page the first language is on the right.
      const [first, second] = items(inArabic!).map((item) => item.getBoundingClientRect());
      expect(second!.right).toBeLessThanOrEqual(first!.left + 1);
    });

    it('leaves out codes that are not language tags, with one warning, and shows unknown ones as codes', async () => {
      const log = warnings();
      const el = await fixture<HTMLElement>(
        html`<div>
          <polis-language-switcher languages="en english! cy, cy zz" current="en" href-template="/{lang}/">
          </polis-language-switcher>
          <polis-language-switcher languages="en english! cy" current="en" href-template="/{lang}/">
          </polis-language-switcher>
        </div>`,
      );
      const [first] = [...el.querySelectorAll('polis-language-switcher')];
      expect(items(first!).map((item) => item.textContent?.trim())).toEqual(['English', 'Cymraeg', 'zz']);
      expect(log.messages().filter((m) => m.includes('"english!"'))).toHaveLength(1);
      expect(log.messages().filter((m) => m.includes('"zz"'))).toHaveLength(1);
      log.restore();
    });

    it('falls back to the page’s language when current is not one of its languages, with one warning', async () => {
      const log = warnings();
      const el = await fixture<HTMLElement>(
        html`<div lang="en">
          <polis-language-switcher
            languages="en cy"
            current="fr"
            href-template="/{lang}/"
          ></polis-language-switcher>
        </div>`,
      );
      expect(current(el.firstElementChild!)!.textContent).toBe('English');
      expect(log.messages().filter((m) => m.includes('current="fr"'))).toHaveLength(1);
      log.restore();
    });

    it('refuses a script address once, and shows the languages as text, not as links', async () => {
      const log = warnings();
      const el = await fixture<PolisLanguageSwitcher>(
        html`<polis-language-switcher
          languages="en cy de"
          current="en"
          href-template="javascript:alert('{lang}')"
        ></polis-language-switcher>`,
      );
      expect(shadowLinks(el)).toHaveLength(0);
      expect(items(el).map((item) => item.textContent?.trim())).toEqual(['English', 'Cymraeg', 'Deutsch']);
      expect(log.messages().filter((m) => m.includes('would run script'))).toHaveLength(1);
      log.restore();
    });

    it('warns once when there is no {lang} in href-template', async () => {
      const log = warnings();
      const el = await fixture<PolisLanguageSwitcher>(
        html`<polis-language-switcher
          languages="en cy"
          current="en"
          href-template="/apply"
        ></polis-language-switcher>`,
      );
      expect(shadowLinks(el)).toHaveLength(0);
      expect(log.messages().filter((m) => m.includes('{lang}'))).toHaveLength(1);
      log.restore();
    });

    it('wraps any number of languages at 320 px without scrolling sideways', async () => {
      await page.viewport(320, 640);
      const codes = LANGUAGES.map((language) => language.code).join(' ');
      const el = await fixture<PolisLanguageSwitcher>(
        html`<polis-language-switcher
          languages=${codes}
          current="en"
          href-template="/{lang}/"
        ></polis-language-switcher>`,
      );
      const boxes = items(el).map((item) => item.getBoundingClientRect());
      expect(new Set(boxes.map((box) => Math.round(box.top))).size).toBeGreaterThan(3);
      for (const box of boxes) expect(box.right).toBeLessThanOrEqual(320);
      expect(document.documentElement.scrollWidth).toBeLessThanOrEqual(document.documentElement.clientWidth);
      // Each link is a target at least 24 px tall.
      for (const link of shadowLinks(el))
        expect(link.getBoundingClientRect().height).toBeGreaterThanOrEqual(24);
    });
  });

  describe('from the page’s own links', () => {
    const links = html`<polis-language-switcher current="cy">
      <ul>
        <li><a href="/en/apply" hreflang="en" lang="en">English</a></li>
        <li><a href="/cy/apply" hreflang="cy" lang="cy">Cymraeg</a></li>
        <li><a href="/ar/apply" hreflang="ar" lang="ar">العربية</a></li>
      </ul>
    </polis-language-switcher>`;

    it('shows them in its own list, the current one as text, and the page’s copy is not read twice', async () => {
      const el = await fixture<PolisLanguageSwitcher>(links);
      expect(items(el).map((item) => item.textContent?.trim())).toEqual(['English', 'Cymraeg', 'العربية']);
      expect(current(el)!.textContent).toBe('Cymraeg');
      expect(shadowLinks(el).map((a) => a.getAttribute('href'))).toEqual(['/en/apply', '/ar/apply']);
      expect(shadowLinks(el)[1]!.getAttribute('dir')).toBe('rtl');
      // The page's own links are not shown (nor read) once the element has upgraded.
      for (const link of el.querySelectorAll('a')) expect(link.checkVisibility()).toBe(false);
      const nodes = await axNodes();
      expect(
        nodes.filter((node) => node.role?.value === 'link' && node.name?.value === 'English'),
      ).toHaveLength(1);
      expect(
        nodes.filter((node) => node.role?.value === 'StaticText' && node.name?.value === 'English'),
      ).toHaveLength(1);
    });

    it('reaches each link with Tab, and never the current language', async () => {
      const el = await fixture<HTMLElement>(html`<div><button>Before</button>${links}</div>`);
      el.querySelector('button')!.focus();
      const switcher = el.querySelector('polis-language-switcher')!;
      await userEvent.keyboard('{Tab}');
      expect(deepActiveElement()).toBe(shadowLinks(switcher)[0]);
      await userEvent.keyboard('{Tab}');
      expect(deepActiveElement()).toBe(shadowLinks(switcher)[1]);
    });

    it('takes the current language from the page’s mark, or from text without a link', async () => {
      const el = await fixture<HTMLElement>(
        html`<div>
          <polis-language-switcher>
            <a href="/en/" hreflang="en" lang="en">English</a>
            <a href="/cy/" hreflang="cy" lang="cy" aria-current="true">Cymraeg</a>
          </polis-language-switcher>
          <polis-language-switcher>
            <span lang="en">English</span>
            <a href="/cy/" hreflang="cy" lang="cy">Cymraeg</a>
          </polis-language-switcher>
        </div>`,
      );
      const [marked, text] = [...el.querySelectorAll('polis-language-switcher')];
      expect(current(marked!)!.textContent).toBe('Cymraeg');
      expect(current(text!)!.textContent).toBe('English');
      expect(shadowLinks(text!).map((a) => a.textContent)).toEqual(['Cymraeg']);
    });

    it('follows changes to the page’s links', async () => {
      const el = await fixture<PolisLanguageSwitcher>(links);
      const item = document.createElement('li');
      item.innerHTML = '<a href="/fr/apply" hreflang="fr" lang="fr">Français</a>';
      el.querySelector('ul')!.append(item);
      await new Promise((resolve) => setTimeout(resolve));
      await el.updateComplete;
      expect(items(el).map((i) => i.textContent?.trim())).toContain('Français');
    });

    it('renders link text as text, refuses script links, and warns about a link with no language', async () => {
      const log = warnings();
      const el = await fixture<PolisLanguageSwitcher>(
        html`<polis-language-switcher current="en">
          <a href="/en/" hreflang="en">English</a>
          <a href="javascript:alert(1)" hreflang="cy">&lt;img src=x onerror=alert(1)&gt;</a>
          <a href="/xx/">Unknown</a>
        </polis-language-switcher>`,
      );
      expect(el.shadowRoot!.querySelector('img')).toBeNull();
      expect(items(el)[1]!.textContent?.trim()).toBe('<img src=x onerror=alert(1)>');
      expect(shadowLinks(el).map((a) => a.getAttribute('href'))).toEqual(['/xx/']);
      expect(log.messages().filter((m) => m.includes('would run script'))).toHaveLength(1);
      expect(log.messages().filter((m) => m.includes('no hreflang'))).toHaveLength(1);
      log.restore();
    });
  });

  it('reflows at 320 px, in English and Arabic, and with 200% text, with every language', async () => {
    await loadLocale('ar');
    const codes = LANGUAGES.map((language) => language.code).join(' ');
    const problems = await reflowProblems(
      html`<polis-language-switcher languages=${codes} href-template="/{lang}/"></polis-language-switcher>`,
    );
    expect(problems).toEqual([]);
  });

  it('keeps the lines between languages and the current language distinct in forced colours', async () => {
    const el = await fixture<PolisLanguageSwitcher>(
      html`<polis-language-switcher
        languages="en cy ga"
        current="cy"
        href-template="/{lang}/"
      ></polis-language-switcher>`,
    );
    await forcedColors(true);
    try {
      const second = getComputedStyle(items(el)[1]!);
      expect(second.borderLeftStyle).toBe('solid');
      expect(parseFloat(second.borderLeftWidth)).toBeGreaterThanOrEqual(1);
      expect(Number(getComputedStyle(current(el)!).fontWeight)).toBeGreaterThanOrEqual(700);
      expect(getComputedStyle(shadowLinks(el)[0]!).textDecorationLine).toBe('underline');
    } finally {
      await forcedColors(false);
    }
  });
});
