// Every component, right to left: rendered in a 480 px column in English (ltr) and in Arabic
// (rtl), the layout must be the mirror image. Text starts at the inline-start edge, accent
// borders and status icons sit on the inline-start side, and only icons whose direction
// means something (the start button's arrow) are flipped; a tick or a "!" never is.
import { html } from 'lit';
import { beforeAll, describe, expect, it } from 'vitest';
import { page } from 'vitest/browser';
import { loadLocale } from '../i18n/registry.js';
import { fixture, settle } from './fixture.js';
import { firstTextBox, flatElements } from './flat-tree.js';
import { samples, type Expectation, type Sample, type Target } from './samples.js';

type Dir = 'ltr' | 'rtl';

/** How far (px) the first text or icon may start from the container's inline-start edge. */
const EDGE_TOLERANCE = 48;
const WIDTH = 480;

const expectations: Record<string, Expectation> = {
  alert: {
    leadingIcon: 'polis-alert',
    startBorders: ['polis-alert'],
    unmirrored: [{ host: 'polis-alert[variant="success"]', selector: '[part~="icon"]' }],
  },
  button: {
    inlineOrder: [{ host: 'polis-button[start]', before: 'slot', after: '.start-icon' }],
    mirrored: [{ host: 'polis-button[start]', selector: '.start-icon' }],
  },
  checkbox: {
    startBorders: ['polis-checkbox'],
    unmirrored: [{ host: 'polis-checkbox', selector: '.box', pseudo: '::after' }],
  },
  checkboxes: {
    startBorders: ['polis-checkboxes'],
    unmirrored: [{ host: 'polis-checkboxes', selector: '.box', pseudo: '::after' }],
  },
  'date-input': {
    startBorders: ['polis-date-input'],
    inlineOrder: [{ host: 'polis-date-input', before: 'input[part~="day"]', after: 'input[part~="year"]' }],
  },
  'file-upload': {
    startBorders: [
      'polis-file-upload[name="photo"]',
      { host: 'polis-file-upload', selector: '.item--error' },
    ],
    inlineOrder: [
      { host: 'polis-file-upload', before: '[part~="button"]', after: '[part~="status"]' },
      // A Latin file name in an Arabic page: the name first (on the right), then its size.
      { host: 'polis-file-upload', before: '.file-name', after: '.file-size' },
    ],
  },
  'inset-text': { startBorders: ['polis-inset-text'] },
  'notification-banner': {
    inlineOrder: [
      {
        host: 'polis-notification-banner[dismissible]',
        before: '[part~="heading"]',
        after: '[part~="dismiss-button"]',
      },
    ],
  },
  'password-input': {
    startBorders: ['polis-password-input'],
    inlineOrder: [{ host: 'polis-password-input', before: '[part~="control"]', after: '[part~="toggle"]' }],
  },
  'phase-banner': {
    inlineOrder: [{ host: 'polis-phase-banner', before: '[part~="tag"]', after: '[part~="text"]' }],
  },
  radio: { startBorders: [{ host: 'polis-radios', selector: '.conditional' }] },
  radios: { startBorders: ['polis-radios'] },
  select: { startBorders: ['polis-select'] },
  'service-alert': {
    leadingIcon: 'polis-service-alert',
    inlineOrder: [
      { host: 'polis-service-alert[dismissible]', before: '.body', after: '[part~="dismiss-button"]' },
    ],
  },
  'text-input': {
    startBorders: ['polis-text-input'],
    inlineOrder: [
      { host: 'polis-text-input[prefix]', before: '[part~="prefix"]', after: '[part~="control"]' },
      { host: 'polis-text-input[suffix]', before: '[part~="control"]', after: '[part~="suffix"]' },
    ],
  },
  textarea: { startBorders: ['polis-textarea'] },
  toast: {
    leadingIcon: 'polis-toast',
    startBorders: ['polis-toast'],
    inlineOrder: [{ host: 'polis-toast', before: '.content', after: '[part~="close-button"]' }],
    unmirrored: [{ host: 'polis-toast[variant="success"]', selector: '[part~="icon"]' }],
  },
  'toast-region': { layout: 'fixed-inline-end', leadingIcon: 'polis-toast' },
  'warning-text': {
    leadingIcon: 'polis-warning-text',
    unmirrored: [{ host: 'polis-warning-text', selector: '[part~="icon"]' }],
  },
};

function shadowPart(root: HTMLElement, host: string, selector: string, sample: string): Element {
  const element = root.querySelector(host);
  const found = element?.shadowRoot?.querySelector(selector);
  if (!found) throw new Error(`${sample}: no ${selector} in the shadow root of ${host}`);
  return found;
}

/** The box of an element; a slot has none of its own, so it is the box of what it shows. */
function boxOf(element: Element): DOMRect {
  if (element instanceof HTMLSlotElement)
    return firstTextBox(element)?.rect ?? element.getBoundingClientRect();
  return element.getBoundingClientRect();
}

interface Rendering {
  dir: Dir;
  root: HTMLElement;
  frame: DOMRect;
  /** How far the start box sits from the inline-start edge (of the container, or the window). */
  startOffset: number;
}

async function render(sample: Sample, dir: Dir): Promise<Rendering> {
  const lang = dir === 'rtl' ? 'ar' : 'en';
  const root = await fixture<HTMLElement>(
    html`<div lang=${lang} dir=${dir} style="inline-size: ${WIDTH}px">${sample.template}</div>`,
  );
  await sample.prepare?.(root);
  await settle(root);
  // The toast region picks its corner in an animation frame.
  await new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)));
  return { dir, root, frame: root.getBoundingClientRect(), startOffset: NaN };
}

/** Checks one rendering and returns it with the offset of its start box. */
function check(sample: Sample, rendering: Rendering): Rendering {
  const { dir, root, frame } = rendering;
  const name = `${sample.name} (${dir})`;
  const expectation = expectations[sample.name] ?? sample.rtl ?? {};
  const host = root.querySelector<HTMLElement>(sample.tag);
  expect(host, `${name}: no <${sample.tag}> rendered`).not.toBeNull();
  expect(getComputedStyle(host!).direction, `${name}: the host's computed direction`).toBe(dir);
  // Direction reaches every element rendered inside the shadow roots, except text that
  // declares its own (a language's name in its own script, such as "العربية" in a switcher).
  const ownDirection = (el: Element) => {
    const declared = el.closest('[dir]');
    return declared !== null && declared !== root;
  };
  const wrong = flatElements(root).filter(
    (el) => getComputedStyle(el).direction !== dir && !ownDirection(el),
  );
  expect(
    wrong.map((el) => el.localName),
    `${name}: elements whose direction is not ${dir}`,
  ).toEqual([]);

  const text = firstTextBox(root);
  expect(text, `${name}: no visible text`).not.toBeNull();

  // What starts the line: the leading icon when there is one, else the first text.
  let start = text!.rect;
  let startWhat = `the text "${text!.text}"`;
  if (expectation.leadingIcon) {
    const icon = shadowPart(root, expectation.leadingIcon, '[part~="icon"]', name).getBoundingClientRect();
    const ownText = firstTextBox(root.querySelector(expectation.leadingIcon)!)!;
    if (dir === 'ltr') {
      expect(icon.right, `${name}: the icon is left of its text "${ownText.text}"`).toBeLessThanOrEqual(
        ownText.rect.left + 1,
      );
    } else {
      expect(icon.left, `${name}: the icon is right of its text "${ownText.text}"`).toBeGreaterThanOrEqual(
        ownText.rect.right - 1,
      );
    }
    start = icon;
    startWhat = `the icon of ${expectation.leadingIcon}`;
  }

  if (expectation.layout === 'fixed-inline-end') {
    // Fixed to the window: the block-end, inline-end corner (bottom right in ltr, bottom left in rtl).
    const region = shadowPart(root, sample.tag, '[part~="base"]', name).getBoundingClientRect();
    const viewport = document.documentElement.clientWidth;
    const fromEnd = dir === 'ltr' ? viewport - region.right : region.left;
    expect(
      fromEnd,
      `${name}: the region sits ${fromEnd}px from the window's inline-end edge`,
    ).toBeLessThanOrEqual(EDGE_TOLERANCE);
    expect(fromEnd).toBeGreaterThanOrEqual(0);
    rendering.startOffset = dir === 'ltr' ? start.left - region.left : region.right - start.right;
  } else {
    const offset = dir === 'ltr' ? start.left - frame.left : frame.right - start.right;
    const side = dir === 'ltr' ? 'left' : 'right';
    expect(
      offset,
      `${name}: ${startWhat} starts ${Math.round(offset)}px from the container's ${side} edge (at most ${EDGE_TOLERANCE})`,
    ).toBeLessThanOrEqual(EDGE_TOLERANCE);
    expect(offset, `${name}: ${startWhat} starts outside the container`).toBeGreaterThanOrEqual(-1);
    rendering.startOffset = offset;
  }

  for (const border of expectation.startBorders ?? []) {
    const target = typeof border === 'string' ? { host: border, selector: '[part~="base"]' } : border;
    const box = getComputedStyle(shadowPart(root, target.host, target.selector, name));
    const left = parseFloat(box.borderLeftWidth);
    const right = parseFloat(box.borderRightWidth);
    const message = `${name}: the accent border of ${target.host} ${target.selector} is on the ${dir === 'ltr' ? 'left' : 'right'} (left ${left}px, right ${right}px)`;
    if (dir === 'ltr') expect(left, message).toBeGreaterThan(right);
    else expect(right, message).toBeGreaterThan(left);
  }

  for (const order of expectation.inlineOrder ?? []) {
    const before = boxOf(shadowPart(root, order.host, order.before, name));
    const after = boxOf(shadowPart(root, order.host, order.after, name));
    const sameLine = after.top < before.bottom - 1 && before.top < after.bottom - 1;
    if (sameLine) {
      const message = `${name}: in ${order.host}, ${order.after} comes after ${order.before} in the inline direction`;
      if (dir === 'ltr') expect(after.left, message).toBeGreaterThanOrEqual(before.right - 1);
      else expect(after.right, message).toBeLessThanOrEqual(before.left + 1);
    } else {
      // Wrapped onto a line of its own (a narrow column): it starts on the inline-start side.
      const message = `${name}: in ${order.host}, ${order.after} wraps to the ${dir === 'ltr' ? 'left' : 'right'}`;
      if (dir === 'ltr') expect(after.left, message).toBeLessThanOrEqual(before.left + EDGE_TOLERANCE);
      else expect(after.right, message).toBeGreaterThanOrEqual(before.right - EDGE_TOLERANCE);
    }
  }

  for (const target of expectation.mirrored ?? []) {
    const transform = getComputedStyle(
      shadowPart(root, target.host, target.selector, name),
      target.pseudo,
    ).transform;
    const flipped = /^matrix\(-1, 0, 0, 1,/.test(transform);
    expect(
      flipped,
      `${name}: ${target.host} ${target.selector} is ${flipped ? '' : 'not '}mirrored (${transform})`,
    ).toBe(dir === 'rtl');
  }
  return rendering;
}

/** The drawing of an icon: its transform and its physical borders (a CSS tick is two borders). */
function drawing(root: HTMLElement, target: Target, name: string): string {
  const style = getComputedStyle(shadowPart(root, target.host, target.selector, name), target.pseudo);
  return [
    style.transform,
    style.borderTopWidth,
    style.borderRightWidth,
    style.borderBottomWidth,
    style.borderLeftWidth,
  ].join(' ');
}

beforeAll(async () => {
  // Wide enough for desktop layout (the button is full width below 40rem), and the column fits.
  await page.viewport(1024, 768);
  await loadLocale('ar');
});

describe('right to left', () => {
  it('has expectations only for samples that exist', () => {
    const unknown = Object.keys(expectations).filter((name) => !samples.some((s) => s.name === name));
    expect(unknown, 'expectations for samples that do not exist').toEqual([]);
  });

  it.each(samples)('$name is mirrored in rtl', async (sample) => {
    const ltr = check(sample, await render(sample, 'ltr'));
    const ltrDrawings = ((expectations[sample.name] ?? sample.rtl)?.unmirrored ?? []).map((t) =>
      drawing(ltr.root, t, sample.name),
    );
    ltr.root.remove();

    const rtl = check(sample, await render(sample, 'rtl'));
    const rtlDrawings = ((expectations[sample.name] ?? sample.rtl)?.unmirrored ?? []).map((t) =>
      drawing(rtl.root, t, sample.name),
    );
    rtl.root.remove();

    // The mirror image: the start box is as far from the right edge in rtl as from the left in ltr.
    expect(
      Math.abs(ltr.startOffset - rtl.startOffset),
      `${sample.name}: starts ${Math.round(ltr.startOffset)}px from the edge in ltr but ${Math.round(rtl.startOffset)}px in rtl`,
    ).toBeLessThanOrEqual(6);
    expect(
      rtlDrawings,
      `${sample.name}: icons that must not be mirrored are drawn differently in rtl`,
    ).toEqual(ltrDrawings);
  });
});
