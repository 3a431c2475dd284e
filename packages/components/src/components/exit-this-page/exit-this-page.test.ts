import { html } from 'lit';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { page, userEvent } from 'vitest/browser';
import './define.js';
import { EXIT_THIS_PAGE_DEFAULT_HREF, PolisExitEvent, PolisExitThisPage } from './exit-this-page.js';
import { resetWarnings } from '../../base/dev.js';
import { ANNOUNCE_DELAY } from '../../base/announcer.js';
import { deepActiveElement, fixture, part, settle } from '../../test/fixture.js';

const SAFE = 'https://weather.example/';

/** Replaces the real navigation, so the test page is never left. */
function stubNavigate() {
  return vi
    .spyOn(PolisExitThisPage.prototype as unknown as { navigate(href: string): void }, 'navigate')
    .mockImplementation(() => undefined);
}

/** Records every polis-exit on the page. */
function recordExits(): { hrefs: string[]; stop(): void } {
  const hrefs: string[] = [];
  const listener = (event: PolisExitEvent) => hrefs.push(event.detail.href);
  document.addEventListener('polis-exit', listener);
  return { hrefs, stop: () => document.removeEventListener('polis-exit', listener) };
}

/** Sends a key event to the focused element, as the keyboard would. */
function key(type: 'keydown' | 'keyup', name: string, init: KeyboardEventInit = {}): void {
  (document.activeElement ?? document.body).dispatchEvent(
    new KeyboardEvent(type, { key: name, bubbles: true, composed: true, cancelable: true, ...init }),
  );
}

/** One press of Shift on its own. */
function shift(): void {
  key('keydown', 'Shift', { shiftKey: true });
  key('keyup', 'Shift');
}

const polite = () =>
  document.querySelector('#polis-announcer [aria-live="polite"]')?.textContent?.trim() ?? '';

const overlay = (el: Element) => part<HTMLDialogElement>(el, 'overlay')!;

afterEach(() => {
  vi.useRealTimers();
  vi.restoreAllMocks();
});

describe('polis-exit-this-page', () => {
  beforeEach(async () => {
    await page.viewport(1024, 768);
  });

  it('is a button named "Emergency Exit this page", described by the shortcut and the history warning', async () => {
    const el = await fixture<PolisExitThisPage>(
      html`<polis-exit-this-page href=${SAFE}><a href=${SAFE}>Exit this page</a></polis-exit-this-page>`,
    );
    const button = part(el, 'button')!;
    await expect.element(button).toHaveRole('button');
    await expect.element(button).toHaveAccessibleName('Emergency Exit this page');
    await expect
      .element(button)
      .toHaveAccessibleDescription(
        'Or press Shift 3 times to leave quickly. This website will still be in your browsing history.',
      );
    // "Emergency" is heard, not seen; the dots are neither until Shift is pressed.
    expect(button.querySelector('.visually-hidden')!.textContent).toBe('Emergency');
    expect(part(el, 'indicator')!.checkVisibility()).toBe(false);
    // The page's own link is its no-JavaScript fallback: once upgraded it is not shown twice.
    expect(el.querySelector('a')!.checkVisibility()).toBe(false);
    expect(overlay(el).open).toBe(false);
  });

  it('fires polis-exit with the address, hides the page and replaces it, on Enter', async () => {
    const navigate = stubNavigate();
    const exits = recordExits();
    const el = await fixture<HTMLElement>(
      html`<div>
        <button>Before</button>
        <polis-exit-this-page href=${SAFE}></polis-exit-this-page>
      </div>`,
    );
    const exit = el.querySelector('polis-exit-this-page')!;
    el.querySelector('button')!.focus();
    await userEvent.keyboard('{Tab}');
    expect(deepActiveElement()).toBe(part(exit, 'button'));
    await userEvent.keyboard('{Enter}');
    expect(exits.hrefs).toEqual([SAFE]);
    expect(navigate).toHaveBeenCalledExactlyOnceWith(SAFE);
    // The page is behind a modal "Loading." screen, which has focus; the rest is inert.
    const dialog = overlay(exit);
    expect(dialog.open).toBe(true);
    expect(dialog.matches(':modal')).toBe(true);
    await expect.element(dialog).toHaveAccessibleName('Loading.');
    await expect.element(dialog).toBeVisible();
    expect(deepActiveElement()).toBe(dialog);
    expect(el.querySelector('button')!.matches(':focus, :focus-within')).toBe(false);
    const box = dialog.getBoundingClientRect();
    expect(box.width).toBe(document.documentElement.clientWidth);
    expect(box.height).toBe(window.innerHeight);
    // Escape does not bring the page back while it is being replaced.
    await userEvent.keyboard('{Escape}');
    expect(dialog.open).toBe(true);
    await userEvent.keyboard('{Escape}');
    await settle(exit);
    expect(dialog.open).toBe(true);
    // Closed some other way, it covers the page again.
    const closed = new Promise((resolve) => dialog.addEventListener('close', resolve, { once: true }));
    dialog.close();
    await closed;
    expect(dialog.open).toBe(true);
    expect(dialog.matches(':modal')).toBe(true);
    exits.stop();
  });

  it('exits on Space too, and only once however often it is pressed', async () => {
    const navigate = stubNavigate();
    const el = await fixture<PolisExitThisPage>(
      html`<polis-exit-this-page href=${SAFE}></polis-exit-this-page>`,
    );
    part(el, 'button')!.focus();
    await userEvent.keyboard(' ');
    expect(navigate).toHaveBeenCalledExactlyOnceWith(SAFE);
    expect(el.exit()).toBe(true);
    expect(navigate).toHaveBeenCalledOnce();
  });

  it('does nothing when polis-exit is cancelled', async () => {
    const navigate = stubNavigate();
    const el = await fixture<PolisExitThisPage>(
      html`<polis-exit-this-page href=${SAFE}></polis-exit-this-page>`,
    );
    el.addEventListener('polis-exit', (event) => event.preventDefault());
    await userEvent.click(part(el, 'button')!);
    expect(navigate).not.toHaveBeenCalled();
    expect(overlay(el).open).toBe(false);
  });

  it('leaves for the neutral default, the page’s own link, or href, and refuses script addresses with one warning', async () => {
    resetWarnings();
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    const el = await fixture<HTMLElement>(
      html`<div>
        <polis-exit-this-page></polis-exit-this-page>
        <polis-exit-this-page><a href="/safe">Exit</a></polis-exit-this-page>
        <polis-exit-this-page href="javascript:alert(1)"
          ><a href="java&#9;script:alert(2)">Exit</a></polis-exit-this-page
        >
        <polis-exit-this-page href="javascript:alert(1)"></polis-exit-this-page>
      </div>`,
    );
    const [none, link, hostile, again] = [...el.querySelectorAll('polis-exit-this-page')];
    expect(none!.exitHref).toBe(EXIT_THIS_PAGE_DEFAULT_HREF);
    expect(EXIT_THIS_PAGE_DEFAULT_HREF).toBe('https://www.wikipedia.org/');
    expect(link!.exitHref).toBe('/safe');
    expect(hostile!.exitHref).toBe(EXIT_THIS_PAGE_DEFAULT_HREF);
    expect(again!.exitHref).toBe(EXIT_THIS_PAGE_DEFAULT_HREF);
    const messages = warn.mock.calls.map((call) => String(call[0]));
    expect(messages.filter((m) => m.includes('href="javascript:alert(1)"'))).toHaveLength(1);
    expect(messages.filter((m) => m.includes('alert(2)'))).toHaveLength(1);
  });

  it('shows the page again when the address cannot be opened', async () => {
    resetWarnings();
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    vi.spyOn(
      PolisExitThisPage.prototype as unknown as { navigate(href: string): void },
      'navigate',
    ).mockImplementation(() => {
      throw new DOMException('bad address', 'SyntaxError');
    });
    const el = await fixture<PolisExitThisPage>(
      html`<polis-exit-this-page href="http://[bad"></polis-exit-this-page>`,
    );
    expect(el.exit()).toBe(false);
    expect(overlay(el).open).toBe(false);
    expect(warn).toHaveBeenCalledOnce();
  });

  it('comes back from the back-forward cache with the page shown', async () => {
    stubNavigate();
    const el = await fixture<PolisExitThisPage>(
      html`<polis-exit-this-page href=${SAFE}></polis-exit-this-page>`,
    );
    el.exit();
    expect(overlay(el).open).toBe(true);
    window.dispatchEvent(new PageTransitionEvent('pageshow', { persisted: false }));
    expect(overlay(el).open).toBe(true);
    window.dispatchEvent(new PageTransitionEvent('pageshow', { persisted: true }));
    expect(overlay(el).open).toBe(false);
    // And it can leave again.
    await userEvent.click(part(el, 'button')!);
    expect(overlay(el).open).toBe(true);
  });

  describe('Shift pressed 3 times', () => {
    beforeEach(() => document.getElementById('polis-announcer')?.remove());

    it('exits when pressed 3 times on the keyboard, wherever focus is', async () => {
      const navigate = stubNavigate();
      const exits = recordExits();
      const el = await fixture<HTMLElement>(
        html`<div>
          <input aria-label="Name" />
          <polis-exit-this-page href=${SAFE}></polis-exit-this-page>
        </div>`,
      );
      el.querySelector('input')!.focus();
      await userEvent.keyboard('{Shift}{Shift}');
      expect(navigate).not.toHaveBeenCalled();
      await userEvent.keyboard('{Shift}');
      expect(exits.hrefs).toEqual([SAFE]);
      expect(navigate).toHaveBeenCalledExactlyOnceWith(SAFE);
      expect(overlay(el.querySelector('polis-exit-this-page')!).open).toBe(true);
      exits.stop();
    });

    it('announces how many presses are left, fills the dots, and expires after 5 seconds', async () => {
      const navigate = stubNavigate();
      const el = await fixture<PolisExitThisPage>(
        html`<polis-exit-this-page href=${SAFE}></polis-exit-this-page>`,
      );
      const dots = () => [...part(el, 'indicator')!.querySelectorAll('.dot--on')].length;
      vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
      shift();
      await el.updateComplete;
      await vi.advanceTimersByTimeAsync(ANNOUNCE_DELAY);
      expect(polite()).toBe('Shift, press 2 more times to exit.');
      expect(part(el, 'indicator')!.checkVisibility()).toBe(true);
      expect(dots()).toBe(1);

      await vi.advanceTimersByTimeAsync(1000);
      shift();
      await el.updateComplete;
      await vi.advanceTimersByTimeAsync(ANNOUNCE_DELAY);
      expect(polite()).toBe('Shift, press 1 more time to exit.');
      expect(dots()).toBe(2);

      // 5 seconds after the first press, the count starts again: 2 presses were not enough.
      await vi.advanceTimersByTimeAsync(5000);
      await el.updateComplete;
      expect(polite()).toBe('Exit this page shortcut expired.');
      expect(dots()).toBe(0);
      expect(part(el, 'indicator')!.checkVisibility()).toBe(false);
      shift();
      await vi.advanceTimersByTimeAsync(ANNOUNCE_DELAY);
      expect(polite()).toBe('Shift, press 2 more times to exit.');
      expect(navigate).not.toHaveBeenCalled();
    });

    it('does not count Shift held down, with a letter, or with Control, Alt or Meta', async () => {
      const navigate = stubNavigate();
      const el = await fixture<PolisExitThisPage>(
        html`<div>
          <input aria-label="Name" /><polis-exit-this-page href=${SAFE}></polis-exit-this-page>
        </div>`,
      );
      el.querySelector('input')!.focus();
      // Capital letters, typed for real.
      await userEvent.keyboard('{Shift>}A{/Shift}{Shift>}B{/Shift}{Shift>}C{/Shift}');
      expect(el.querySelector('input')!.value).toBe('ABC');
      // Held: the keyboard repeats keydown, but it is one press.
      for (let i = 0; i < 3; i++) {
        key('keydown', 'Shift', { shiftKey: true });
        for (let r = 0; r < 5; r++) key('keydown', 'Shift', { shiftKey: true, repeat: true });
        key('keyup', 'Shift');
        // Then another key, which ends the sequence.
        key('keydown', 'x');
        key('keyup', 'x');
      }
      // With other modifiers, pressed before or after Shift.
      for (let i = 0; i < 3; i++) {
        key('keydown', 'Control', { ctrlKey: true });
        key('keydown', 'Shift', { shiftKey: true, ctrlKey: true });
        key('keyup', 'Shift', { ctrlKey: true });
        key('keyup', 'Control');
        key('keydown', 'Shift', { shiftKey: true });
        key('keydown', 'Alt', { shiftKey: true, altKey: true });
        key('keyup', 'Alt', { shiftKey: true });
        key('keyup', 'Shift');
      }
      expect(navigate).not.toHaveBeenCalled();
      // A held Shift still counts once: three of them, nothing in between, exit.
      for (let i = 0; i < 3; i++) {
        key('keydown', 'Shift', { shiftKey: true });
        key('keydown', 'Shift', { shiftKey: true, repeat: true });
        key('keyup', 'Shift');
      }
      expect(navigate).toHaveBeenCalledOnce();
    });

    it('listens once per page, however many buttons there are', async () => {
      const navigate = stubNavigate();
      const exits = recordExits();
      await fixture<HTMLElement>(
        html`<div>
          <polis-exit-this-page href=${SAFE}></polis-exit-this-page>
          <polis-exit-this-page href="https://other.example/"></polis-exit-this-page>
        </div>`,
      );
      shift();
      shift();
      shift();
      expect(exits.hrefs).toEqual([SAFE]);
      expect(navigate).toHaveBeenCalledOnce();
      exits.stop();
    });

    it('speaks the language of the page', async () => {
      stubNavigate();
      const el = await fixture<HTMLElement>(
        html`<div lang="fr"><polis-exit-this-page href=${SAFE}></polis-exit-this-page></div>`,
      );
      const exit = el.querySelector('polis-exit-this-page')!;
      await expect.element(part(exit, 'button')!).toHaveAccessibleName(
        // The narrow no-break space before the colon is normalised to a space in the name.
        /^Urgence\s: Quitter cette page$/u,
      );
      vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
      shift();
      await vi.advanceTimersByTimeAsync(ANNOUNCE_DELAY);
      expect(polite()).toBe('Maj\u202f: appuyez encore 2 fois pour quitter.');
    });
  });

  describe('layout', () => {
    afterEach(async () => {
      document.documentElement.style.removeProperty('font-size');
      await page.viewport(1024, 768);
    });

    it('sits at the inline end when wide: right in ltr, left in rtl', async () => {
      for (const dir of ['ltr', 'rtl'] as const) {
        const el = await fixture<HTMLElement>(
          html`<div dir=${dir}><polis-exit-this-page href=${SAFE}></polis-exit-this-page></div>`,
        );
        const exit = el.querySelector('polis-exit-this-page')!;
        const frame = exit.getBoundingClientRect();
        const button = part(exit, 'button')!.getBoundingClientRect();
        expect(getComputedStyle(part(exit, 'button')!).direction).toBe(dir);
        expect(button.width).toBeLessThan(frame.width / 2);
        if (dir === 'ltr') expect(Math.abs(frame.right - button.right)).toBeLessThan(2);
        else expect(Math.abs(button.left - frame.left)).toBeLessThan(2);
        el.remove();
      }
    });

    it('fills the line at 320 px, text at the start, without scrolling sideways, in both directions', async () => {
      await page.viewport(320, 640);
      for (const dir of ['ltr', 'rtl'] as const) {
        const el = await fixture<HTMLElement>(
          html`<div dir=${dir} lang=${dir === 'rtl' ? 'ar' : 'en'}>
            <polis-exit-this-page href=${SAFE}></polis-exit-this-page>
          </div>`,
        );
        const exit = el.querySelector('polis-exit-this-page')!;
        await settle(el);
        const frame = exit.getBoundingClientRect();
        const button = part(exit, 'button')!;
        const box = button.getBoundingClientRect();
        expect(Math.round(box.width)).toBe(Math.round(frame.width));
        expect(box.height).toBeGreaterThanOrEqual(44);
        const text = button.querySelector('.text')!.getBoundingClientRect();
        if (dir === 'ltr') expect(text.left - box.left).toBeLessThan(24);
        else expect(box.right - text.right).toBeLessThan(24);
        expect(document.documentElement.scrollWidth).toBeLessThanOrEqual(
          document.documentElement.clientWidth,
        );
        el.remove();
      }
    });

    it('wraps at 200% text in a 640 px window without scrolling sideways', async () => {
      await page.viewport(640, 800);
      document.documentElement.style.fontSize = '200%';
      const el = await fixture<PolisExitThisPage>(
        html`<polis-exit-this-page href=${SAFE}></polis-exit-this-page>`,
      );
      el.shadowRoot!.querySelector('.indicator')!.removeAttribute('hidden');
      expect(document.documentElement.scrollWidth).toBeLessThanOrEqual(document.documentElement.clientWidth);
      const button = part(el, 'button')!.getBoundingClientRect();
      expect(button.right).toBeLessThanOrEqual(document.documentElement.clientWidth);
    });

    it('stays in the flow of the page unless sticky', async () => {
      const el = await fixture<PolisExitThisPage>(
        html`<polis-exit-this-page href=${SAFE}></polis-exit-this-page>`,
      );
      expect(getComputedStyle(el).position).toBe('static');
      el.sticky = true;
      await el.updateComplete;
      expect(getComputedStyle(el).position).toBe('sticky');
    });

    it('when sticky, never covers what has focus (WCAG 2.4.11)', async () => {
      await page.viewport(800, 400);
      const el = await fixture<HTMLElement>(
        html`<div>
          <polis-exit-this-page sticky href=${SAFE}></polis-exit-this-page>
          <p>Top of the page</p>
          <div class="tall" style="block-size: 2000px"></div>
          <a href="#below" id="below">A link further down</a>
          <div style="block-size: 2000px"></div>
        </div>`,
      );
      const exit = el.querySelector('polis-exit-this-page')!;
      const link = el.querySelector<HTMLAnchorElement>('#below')!;
      // Scroll so the link sits exactly under the stuck button, then focus it without scrolling.
      window.scrollTo({ top: link.getBoundingClientRect().top + window.scrollY - 4, behavior: 'instant' });
      const bar = exit.getBoundingClientRect();
      expect(bar.top).toBe(0);
      expect(link.getBoundingClientRect().top).toBeLessThan(bar.bottom);
      link.focus({ preventScroll: true });
      await new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)));
      expect(link.getBoundingClientRect().top).toBeGreaterThanOrEqual(exit.getBoundingClientRect().bottom);
      window.scrollTo({ top: 0, behavior: 'instant' });
    });
  });
});
