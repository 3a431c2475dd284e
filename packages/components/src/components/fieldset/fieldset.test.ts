import { html } from 'lit';
import { describe, expect, it, vi } from 'vitest';
import { cdp } from 'vitest/browser';
import './define.js';
import '../text-input/define.js';
import type { PolisFieldset } from './fieldset.js';
import { fixture, part } from '../../test/fixture.js';
import { resetWarnings } from '../../base/dev.js';

interface AXNode {
  nodeId: string;
  parentId?: string;
  role?: { value: string };
  name?: { value: string };
  ignored: boolean;
}

/** Chromium's own accessibility tree (not a JavaScript approximation of it). */
async function axTree(): Promise<AXNode[]> {
  const session = cdp();
  await session.send('Accessibility.enable');
  // Tests run in an iframe: ask for the tree of every frame.
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

function ancestors(nodes: AXNode[], node: AXNode): AXNode[] {
  const byId = new Map(nodes.map((n) => [n.nodeId, n]));
  const chain: AXNode[] = [];
  let current = node.parentId ? byId.get(node.parentId) : undefined;
  while (current) {
    chain.push(current);
    current = current.parentId ? byId.get(current.parentId) : undefined;
  }
  return chain;
}

describe('polis-fieldset', () => {
  it('is a group named by its legend', async () => {
    const el = await fixture<PolisFieldset>(
      html`<polis-fieldset legend="What is your address?"><p>Controls</p></polis-fieldset>`,
    );
    const base = part(el, 'base')!;
    expect(base.localName).toBe('fieldset');
    await expect.element(base).toHaveAccessibleName('What is your address?');
    expect(part(el, 'legend')?.textContent?.trim()).toBe('What is your address?');
    expect(part(el, 'heading')).toBeNull();
    expect(el.legendSize).toBe('m');
    expect(part(el, 'legend')?.classList.contains('legend--m')).toBe(true);
  });

  it('puts the legend in a real heading with heading-level (legend as page heading)', async () => {
    const el = await fixture<PolisFieldset>(
      html`<polis-fieldset
        legend="What is your address?"
        legend-size="l"
        heading-level="1"
      ></polis-fieldset>`,
    );
    const heading = part(el, 'heading')!;
    expect(heading.localName).toBe('h1');
    expect(heading.parentElement).toBe(part(el, 'legend'));
    await expect.element(heading).toHaveAccessibleName('What is your address?');
    await expect.element(part(el, 'base')!).toHaveAccessibleName('What is your address?');
    expect(part(el, 'legend')?.classList.contains('legend--l')).toBe(true);
  });

  it('falls back on bad attributes with one warning each', async () => {
    resetWarnings();
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    const el = await fixture<PolisFieldset>(
      html`<polis-fieldset legend="Address" legend-size="huge" heading-level="7"></polis-fieldset>`,
    );
    el.requestUpdate();
    await el.updateComplete;
    expect(el.legendSize).toBe('m');
    expect(part(el, 'heading')?.localName).toBe('h1');
    const messages = warn.mock.calls.map((call) => String(call[0]));
    expect(messages.filter((m) => m.includes('legend-size="huge"'))).toHaveLength(1);
    expect(messages.filter((m) => m.includes('heading-level="7"'))).toHaveLength(1);
    warn.mockRestore();
  });

  it('in Chromium’s accessibility tree, groups slotted form controls under the legend', async () => {
    await fixture<HTMLFormElement>(
      html`<form>
        <polis-fieldset legend="Your address">
          <polis-text-input label="Town or city" name="town"></polis-text-input>
        </polis-fieldset>
        <polis-text-input label="Outside the group" name="other"></polis-text-input>
      </form>`,
    );
    const nodes = await axTree();
    const inside = nodes.find((n) => n.role?.value === 'textbox' && n.name?.value === 'Town or city')!;
    const outside = nodes.find((n) => n.role?.value === 'textbox' && n.name?.value === 'Outside the group')!;
    expect(inside).toBeDefined();
    const isGroup = (n: AXNode) => n.role?.value === 'group' && n.name?.value === 'Your address';
    expect(ancestors(nodes, inside).some(isGroup)).toBe(true);
    expect(ancestors(nodes, outside).some(isGroup)).toBe(false);
  });

  it('does not disable slotted controls: a shadow fieldset is not their ancestor in the DOM', async () => {
    const el = await fixture<PolisFieldset>(
      html`<polis-fieldset legend="Group"><input aria-label="Native" /></polis-fieldset>`,
    );
    (part(el, 'base') as HTMLFieldSetElement).disabled = true;
    expect(el.querySelector('input')!.matches(':disabled')).toBe(false);
  });
});
