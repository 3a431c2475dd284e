/// <reference types="@vitest/browser-playwright" />
// Helpers the component tests share: Chromium's own accessibility tree, forced-colours
// emulation, and the reflow conditions of WCAG 1.4.10 and 1.4.4.
import { html, type TemplateResult } from 'lit';
import { cdp, page } from 'vitest/browser';
import { fixture, settle } from './fixture.js';
import { flatElements } from './flat-tree.js';

/** A node of Chromium's accessibility tree (CDP `Accessibility.getFullAXTree`). */
export interface AXNode {
  nodeId: string;
  ignored: boolean;
  role?: { value: string };
  name?: { value: string };
  description?: { value: string };
  properties?: { name: string; value: { value: unknown } }[];
}

/** Chromium's own accessibility tree of every frame (tests run in an iframe), not an approximation. */
export async function axNodes(): Promise<AXNode[]> {
  const session = cdp();
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
    all.push(...nodes.filter((node) => !node.ignored));
  }
  return all;
}

/** Chromium's forced-colours mode, switched on or off. */
export async function forcedColors(active: boolean): Promise<void> {
  await cdp().send('Emulation.setEmulatedMedia', {
    features: active ? [{ name: 'forced-colors', value: 'active' }] : [],
  });
}

/**
 * Renders a template in the conditions of WCAG 1.4.10 and 1.4.4 (a 320 px window in English and
 * in Arabic, and 200% text in a 640 px window), runs `prepare`, and lists what reaches past
 * the column or makes the page scroll sideways.
 */
export async function reflowProblems(
  template: TemplateResult,
  prepare: (root: HTMLElement) => Promise<void> | void = () => undefined,
): Promise<string[]> {
  const problems: string[] = [];
  const conditions = [
    { width: 320, size: '100%', lang: 'en' },
    { width: 320, size: '100%', lang: 'ar' },
    { width: 640, size: '200%', lang: 'en' },
  ];
  for (const { width, size, lang } of conditions) {
    await page.viewport(width, 800);
    document.documentElement.style.fontSize = size;
    const root = await fixture<HTMLElement>(
      html`<div lang=${lang} dir=${lang === 'ar' ? 'rtl' : 'ltr'}>${template}</div>`,
    );
    await new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)));
    await new Promise((resolve) => requestAnimationFrame(resolve));
    await settle(root);
    await prepare(root);
    await settle(root);
    const column = root.getBoundingClientRect();
    const name = `${width}px, ${size} text, ${lang}`;
    const { scrollWidth, clientWidth } = document.documentElement;
    if (scrollWidth > clientWidth) problems.push(`${name}: the page is ${scrollWidth}px wide`);
    for (const element of flatElements(root)) {
      const box = element.getBoundingClientRect();
      if (box.width === 0 && box.height === 0) continue;
      if (getComputedStyle(element).clipPath.startsWith('inset(50%')) continue;
      if (box.right > column.right + 1 || box.left < column.left - 1) {
        problems.push(
          `${name}: <${element.localName} ${element.getAttribute('part') ?? ''}> goes past the edge`,
        );
      }
    }
    root.remove();
  }
  document.documentElement.style.removeProperty('font-size');
  return problems;
}
