// Every component, reflowed (WCAG 1.4.10) and with text resized (1.4.4): each sample rendered
// in a window 320 CSS px wide, and in one 640 px wide with the root text size doubled (what a
// 1280 px screen shows at 200 %), in English and in Arabic (right to left), must not make the
// page scroll sideways. A region that scrolls on purpose (a wide table in a focusable,
// named scroll region) does not make the page scroll, so it passes; content cut off by
// `overflow: hidden` would not be caught here and is checked by each component's own tests.
import { html } from 'lit';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { page } from 'vitest/browser';
import { loadLocale } from '../i18n/registry.js';
import { fixture, settle } from './fixture.js';
import { flatElements } from './flat-tree.js';
import { samples, type Sample } from './samples.js';

interface Condition {
  name: string;
  width: number;
  textSize: string;
  lang: 'en' | 'ar';
}

const CONDITIONS: Condition[] = [
  { name: '320 px', width: 320, textSize: '100%', lang: 'en' },
  { name: '320 px, right to left', width: 320, textSize: '100%', lang: 'ar' },
  { name: '200 % text at 640 px', width: 640, textSize: '200%', lang: 'en' },
];

beforeAll(async () => {
  await loadLocale('ar');
});

afterAll(async () => {
  document.documentElement.style.removeProperty('font-size');
  await page.viewport(414, 896);
});

/**
 * Elements whose box reaches past the inline edges of the column the sample is rendered in
 * (the page's body margin would otherwise hide a few pixels), named for the failure message.
 */
function overflowing(root: HTMLElement): string[] {
  const column = root.getBoundingClientRect();
  return flatElements(root)
    .filter((element) => {
      const box = element.getBoundingClientRect();
      if (box.width === 0 && box.height === 0) return false;
      return box.right > column.right + 1 || box.left < column.left - 1;
    })
    .filter((element) => !hiddenOnPurpose(element))
    .map((element) => {
      const box = element.getBoundingClientRect();
      const part = element.getAttribute('part') ?? element.getAttribute('class') ?? '';
      return `<${element.localName}${part ? ` ${part}` : ''}> ${Math.round(box.left)}..${Math.round(box.right)}`;
    });
}

/** Visually hidden text and content inside a scroll region are allowed past the edge. */
function hiddenOnPurpose(element: Element): boolean {
  for (let node: Element | null = element; node;) {
    const style = getComputedStyle(node);
    if (node !== element && ['auto', 'scroll'].includes(style.overflowX)) return true;
    if (style.clipPath.startsWith('inset(50%') || style.clip === 'rect(0px, 0px, 0px, 0px)') return true;
    if (style.position === 'fixed' && node === element) return false;
    const parent: Element | null =
      node.assignedSlot ?? node.parentElement ?? ((node.getRootNode() as ShadowRoot).host || null);
    node = parent === node ? null : parent;
  }
  return false;
}

async function render(sample: Sample, condition: Condition): Promise<HTMLElement> {
  await page.viewport(condition.width, 800);
  document.documentElement.style.fontSize = condition.textSize;
  const dir = condition.lang === 'ar' ? 'rtl' : 'ltr';
  const root = await fixture<HTMLElement>(
    html`<div lang=${condition.lang} dir=${dir}>${sample.template}</div>`,
  );
  await sample.prepare?.(root);
  await settle(root);
  await new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)));
  return root;
}

describe.each(CONDITIONS)('reflow at $name', (condition) => {
  it.each(samples)('$name: the page does not scroll sideways', async (sample) => {
    const root = await render(sample, condition);
    try {
      const { scrollWidth, clientWidth } = document.documentElement;
      const outside = overflowing(root);
      expect(
        { scrollWidth, outside },
        `${sample.name} at ${condition.name}: the page is ${scrollWidth}px wide in a ${clientWidth}px window`,
      ).toEqual({ scrollWidth: clientWidth, outside: [] });
    } finally {
      root.remove();
    }
  });
});
