import { html } from 'lit';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { cdp, page, userEvent } from 'vitest/browser';
import './define.js';
import type { PolisDetails } from './details.js';
import { resetWarnings } from '../../base/dev.js';
import { deepActiveElement, fixture, part, settle } from '../../test/fixture.js';

const START_URL = window.location.href;

interface AXNode {
  role?: { value: string };
  name?: { value: string };
  properties?: { name: string; value: { value: unknown } }[];
  ignored: boolean;
}

/** Chromium's own accessibility tree, of every frame (the tests run in an iframe). */
async function axTree(): Promise<AXNode[]> {
  const session = cdp();
  await session.send('Accessibility.enable');
  interface FrameTree {
    frame: { id: string };
    childFrames?: FrameTree[];
  }
  const { frameTree } = (await session.send('Page.getFrameTree')) as { frameTree: FrameTree };
  const ids: string[] = [];
  const walk = (tree: FrameTree) => {
    ids.push(tree.frame.id);
    tree.childFrames?.forEach(walk);
  };
  walk(frameTree);
  const all: AXNode[] = [];
  for (const frameId of ids) {
    const { nodes } = (await session.send('Accessibility.getFullAXTree', { frameId })) as { nodes: AXNode[] };
    all.push(...nodes);
  }
  return all;
}

/** What a screen reader is told about the control named `name`: its role and whether it is expanded. */
async function disclosure(name: string): Promise<{ role: string; expanded: unknown }[]> {
  return (await axTree())
    .filter((node) => !node.ignored && node.name?.value === name && node.role?.value !== 'StaticText')
    .filter((node) => node.role?.value !== 'InlineTextBox')
    .map((node) => ({
      role: node.role!.value,
      expanded: node.properties?.find((p) => p.name === 'expanded')?.value.value,
    }));
}

/** Records the `toggle` events the element fires. */
function recordToggles(el: Element): string[] {
  const states: string[] = [];
  el.addEventListener('toggle', (event) => {
    if (event.target !== el) return;
    const toggle = event as ToggleEvent;
    states.push(`${toggle.oldState}→${toggle.newState}`);
  });
  return states;
}

const toggled = () => new Promise((resolve) => setTimeout(resolve, 50));

function warnings() {
  resetWarnings();
  return vi.spyOn(console, 'warn').mockImplementation(() => undefined);
}

const messages = (spy: ReturnType<typeof warnings>) => spy.mock.calls.map((call) => String(call[0]));

const summaryOf = (el: Element) =>
  (part<HTMLElement>(el, 'summary') ?? el.querySelector<HTMLElement>('details > summary'))!;
const helpOf = (el: Element) =>
  (part<HTMLElement>(el, 'text') ?? el.querySelector<HTMLElement>('details > p'))!;

describe('polis-details', () => {
  beforeEach(async () => {
    await page.viewport(1024, 768);
  });

  afterEach(() => {
    window.history.replaceState(null, '', START_URL);
    vi.restoreAllMocks();
  });

  describe.each([
    [
      'with the summary attribute',
      () =>
        html`<polis-details summary="Help with nationality"
          ><p>If you are not sure, read the guidance on nationality.</p></polis-details
        >`,
    ],
    [
      'with the page’s own details',
      () =>
        html`<polis-details
          ><details>
            <summary>Help with nationality</summary>
            <p>If you are not sure, read the guidance on nationality.</p>
          </details></polis-details
        >`,
    ],
  ])('%s', (_, template) => {
    it('is a collapsed disclosure that Enter and Space open and close, telling screen readers', async () => {
      const wrapper = await fixture<HTMLElement>(html`<div><button>Before</button>${template()}</div>`);
      const el = wrapper.querySelector<PolisDetails>('polis-details')!;
      const toggles = recordToggles(el);
      expect(el.open).toBe(false);
      expect(el.hasAttribute('open')).toBe(false);
      expect(helpOf(el).checkVisibility()).toBe(false);
      expect(await disclosure('Help with nationality')).toEqual([
        { role: 'DisclosureTriangle', expanded: false },
      ]);

      wrapper.querySelector('button')!.focus();
      await userEvent.tab();
      expect(deepActiveElement()).toBe(summaryOf(el));
      await userEvent.keyboard('{Enter}');
      await toggled();
      expect(el.open).toBe(true);
      expect(el.hasAttribute('open')).toBe(true);
      expect(helpOf(el).checkVisibility()).toBe(true);
      expect(await disclosure('Help with nationality')).toEqual([
        { role: 'DisclosureTriangle', expanded: true },
      ]);

      await userEvent.keyboard(' ');
      await toggled();
      expect(el.open).toBe(false);
      expect(helpOf(el).checkVisibility()).toBe(false);
      expect(toggles).toEqual(['closed→open', 'open→closed']);
    });

    it('opens and closes with the open property and attribute, firing toggle', async () => {
      const el = await fixture<PolisDetails>(template());
      const toggles = recordToggles(el);
      el.open = true;
      await settle(el);
      await toggled();
      expect(helpOf(el).checkVisibility()).toBe(true);
      el.removeAttribute('open');
      await settle(el);
      await toggled();
      expect(el.open).toBe(false);
      expect(helpOf(el).checkVisibility()).toBe(false);
      expect(toggles).toEqual(['closed→open', 'open→closed']);
    });

    it('opens when the browser finds text inside it (find in page, links to text)', async () => {
      const wrapper = await fixture<HTMLElement>(
        html`<div><a href="#:~:text=guidance%20on%20nationality">Go to the text</a>${template()}</div>`,
      );
      const el = wrapper.querySelector<PolisDetails>('polis-details')!;
      // A real click: browsers only follow links to text after a person's action.
      await userEvent.click(wrapper.querySelector('a')!);
      await expect.poll(() => el.open).toBe(true);
      expect(el.hasAttribute('open')).toBe(true);
      expect(helpOf(el).checkVisibility()).toBe(true);
    });

    it('opens when a link goes to something inside it', async () => {
      const wrapper = await fixture<HTMLElement>(
        html`<div><a href="#guidance-link">Go to the guidance</a>${template()}</div>`,
      );
      const el = wrapper.querySelector<PolisDetails>('polis-details')!;
      const p = el.querySelector('p')!;
      p.id = 'guidance-link';
      await userEvent.click(wrapper.querySelector('a')!);
      await expect.poll(() => el.open).toBe(true);
      expect(helpOf(el).checkVisibility()).toBe(true);
    });

    it('looks like the GOV.UK details: an underlined link-coloured summary after a triangle, a line beside the text', async () => {
      const el = await fixture<PolisDetails>(template());
      const summary = summaryOf(el);
      const style = getComputedStyle(summary);
      expect(style.textDecorationLine).toBe('underline');
      expect(style.cursor).toBe('pointer');
      // The browser's own marker is replaced by the triangle.
      expect(style.display).toBe('inline-block');
      const closed = getComputedStyle(summary, '::before');
      expect(parseFloat(closed.borderLeftWidth)).toBeGreaterThan(5);
      expect(closed.borderTopColor).toBe('rgba(0, 0, 0, 0)');
      el.open = true;
      await settle(el);
      const open = getComputedStyle(summary, '::before');
      // Pointing down once open.
      expect(parseFloat(open.borderTopWidth)).toBeGreaterThan(5);
      expect(open.borderLeftColor).toBe('rgba(0, 0, 0, 0)');
      const text = part(el, 'text') ?? el.querySelector('details');
      const line = getComputedStyle(text!, part(el, 'text') ? undefined : '::details-content');
      expect(parseFloat(line.borderLeftWidth)).toBe(5);
      expect(line.borderLeftStyle).toBe('solid');
    });

    it('mirrors right to left: the triangle on the right, pointing left, and the line on the right', async () => {
      const wrapper = await fixture<HTMLElement>(html`<div dir="rtl" lang="ar">${template()}</div>`);
      const el = wrapper.querySelector<PolisDetails>('polis-details')!;
      const summary = summaryOf(el);
      const closed = getComputedStyle(summary, '::before');
      expect(parseFloat(closed.borderRightWidth)).toBeGreaterThan(5);
      expect(parseFloat(closed.borderLeftWidth)).toBe(0);
      expect(parseFloat(getComputedStyle(summary).paddingRight)).toBeGreaterThan(20);
      el.open = true;
      await settle(el);
      const text = part(el, 'text') ?? el.querySelector('details');
      const line = getComputedStyle(text!, part(el, 'text') ? undefined : '::details-content');
      expect(parseFloat(line.borderRightWidth)).toBe(5);
      expect(parseFloat(line.borderLeftWidth)).toBe(0);
    });

    it('shows focus on the summary, from the focus tokens', async () => {
      const wrapper = await fixture<HTMLElement>(html`<div><button>Before</button>${template()}</div>`);
      const el = wrapper.querySelector<PolisDetails>('polis-details')!;
      wrapper.querySelector('button')!.focus();
      await userEvent.tab();
      const style = getComputedStyle(summaryOf(el));
      expect(style.backgroundColor).toBe('rgb(255, 209, 59)');
      expect(style.boxShadow).toContain('0px 4px 0px 0px');
    });
  });

  it('is a working disclosure before it is defined, when the page writes its own details', async () => {
    const wrapper = await fixture<HTMLElement>(
      html`<polis-details-undefined
        ><details>
          <summary>Help with nationality</summary>
          <p>If you are not sure, read the guidance.</p>
        </details></polis-details-undefined
      >`,
    );
    const details = wrapper.querySelector('details')!;
    await userEvent.click(wrapper.querySelector('summary')!);
    expect(details.open).toBe(true);
  });

  it('shows the summary slot’s text and the help as plain text before it is defined', async () => {
    const wrapper = await fixture<HTMLElement>(
      html`<polis-details-undefined
        ><span slot="summary">Help with nationality</span>
        <p>If you are not sure, read the guidance.</p></polis-details-undefined
      >`,
    );
    expect(wrapper.querySelector('span')!.checkVisibility()).toBe(true);
    expect(wrapper.querySelector('p')!.checkVisibility()).toBe(true);
  });

  it('takes its summary from the summary slot, which wins over the attribute', async () => {
    const el = await fixture<PolisDetails>(
      html`<polis-details summary="Help"
        ><span slot="summary">Help with <abbr title="National Insurance">NI</abbr> numbers</span>
        <p>It is on your payslip.</p></polis-details
      >`,
    );
    expect(el.querySelector('span')!.assignedSlot).not.toBeNull();
    expect(await disclosure('Help with NI numbers')).toEqual([
      { role: 'DisclosureTriangle', expanded: false },
    ]);
    expect(await disclosure('Help')).toEqual([]);
  });

  it('starts open when either the element or the page’s details say so', async () => {
    const wrapper = await fixture<HTMLElement>(
      html`<div>
        <polis-details open summary="A"><p>Text A</p></polis-details>
        <polis-details open
          ><details>
            <summary>B</summary>
            <p>Text B</p>
          </details></polis-details
        >
        <polis-details
          ><details open>
            <summary>C</summary>
            <p>Text C</p>
          </details></polis-details
        >
      </div>`,
    );
    for (const el of wrapper.querySelectorAll<PolisDetails>('polis-details')) {
      expect(el.open, el.textContent!).toBe(true);
      expect(el.hasAttribute('open')).toBe(true);
      expect(helpOf(el).checkVisibility()).toBe(true);
    }
  });

  it('never changes the page’s own details, beyond opening and closing them', async () => {
    const el = await fixture<PolisDetails>(
      html`<polis-details
        ><details class="mine">
          <summary id="s">Help</summary>
          <p>Text</p>
        </details></polis-details
      >`,
    );
    const before = el.innerHTML;
    el.open = true;
    await settle(el);
    el.open = false;
    await settle(el);
    expect(el.innerHTML).toBe(before);
    // Only its own details count: one in the help text opening does not open or close it.
    const inner = document.createElement('details');
    inner.innerHTML = '<summary>More</summary><p>Nested</p>';
    el.querySelector('details')!.append(inner);
    const toggles = recordToggles(el);
    inner.open = true;
    await toggled();
    expect(el.open).toBe(false);
    expect(toggles).toEqual([]);
  });

  it('follows the page’s content: a details added later is styled and followed', async () => {
    const el = await fixture<PolisDetails>(html`<polis-details></polis-details>`);
    const details = document.createElement('details');
    details.innerHTML = '<summary>Help</summary><p>Text</p>';
    el.append(details);
    await settle(el);
    expect(getComputedStyle(details.querySelector('summary')!).display).toBe('inline-block');
    details.open = true;
    await toggled();
    expect(el.open).toBe(true);
  });

  it('warns once about a missing summary, or a summary given twice', async () => {
    const warn = warnings();
    const wrapper = await fixture<HTMLElement>(
      html`<div>
        <polis-details><p>Text</p></polis-details>
        <polis-details summary="Ignored"
          ><details>
            <summary>Shown</summary>
            <p>Text</p>
          </details></polis-details
        >
        <polis-details
          ><details><p>Text</p></details></polis-details
        >
      </div>`,
    );
    const said = messages(warn);
    expect(said.filter((m) => m.includes('needs a summary'))).toHaveLength(1);
    expect(said.filter((m) => m.includes('the summary attribute and slot are not'))).toHaveLength(1);
    expect(said.filter((m) => m.includes('without a <summary>'))).toHaveLength(1);
    for (const el of wrapper.querySelectorAll<PolisDetails>('polis-details')) el.requestUpdate();
    await settle(wrapper);
    expect(messages(warn)).toHaveLength(said.length);
    // Without a summary the browser names the control itself, so it is never unnamed.
    const [bare] = wrapper.querySelectorAll('polis-details');
    expect(part(bare!, 'summary')).toBeNull();
    expect(part(bare!, 'base')!.localName).toBe('details');
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

    it.each([
      ['the summary attribute', html`<polis-details summary="Help"><p>Text</p></polis-details>`],
      [
        'the page’s own details',
        html`<polis-details
          ><details>
            <summary>Help</summary>
            <p>Text</p>
          </details></polis-details
        >`,
      ],
    ])('with %s, keeps its triangle, the line and a focus outline', async (_, template) => {
      expect(matchMedia('(forced-colors: active)').matches).toBe(true);
      const wrapper = await fixture<HTMLElement>(html`<div><button>Before</button>${template}</div>`);
      const el = wrapper.querySelector<PolisDetails>('polis-details')!;
      const summary = summaryOf(el);
      const color = getComputedStyle(summary).color;
      // A triangle still: one side in the summary's colour, the sides beside it transparent.
      const closed = getComputedStyle(summary, '::before');
      expect(closed.borderLeftColor).toBe(color);
      expect(closed.borderTopColor).toBe('rgba(0, 0, 0, 0)');
      wrapper.querySelector('button')!.focus();
      await userEvent.tab();
      const focused = getComputedStyle(summary);
      expect(focused.outlineStyle).toBe('solid');
      expect(parseFloat(focused.outlineWidth)).toBeGreaterThanOrEqual(3);
      expect(focused.outlineColor).not.toBe(focused.backgroundColor);
      await userEvent.keyboard('{Enter}');
      await toggled();
      expect(el.open).toBe(true);
      const open = getComputedStyle(summary, '::before');
      expect(open.borderTopColor).toBe(color);
      expect(open.borderLeftColor).toBe('rgba(0, 0, 0, 0)');
      const text = part(el, 'text') ?? el.querySelector('details');
      const line = getComputedStyle(text!, part(el, 'text') ? undefined : '::details-content');
      expect(line.borderLeftStyle).toBe('solid');
      expect(line.borderLeftColor).not.toBe(line.backgroundColor);
      expect(line.borderLeftColor).not.toBe('rgba(0, 0, 0, 0)');
    });
  });
});
