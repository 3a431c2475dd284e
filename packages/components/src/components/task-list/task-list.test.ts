/// <reference types="@vitest/browser-playwright" />
import { html } from 'lit';
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { cdp, page, userEvent } from 'vitest/browser';
import './define.js';
import { TASK_LIST_STATUSES, type PolisTask, type PolisTaskList } from './task-list.js';
import { resetWarnings } from '../../base/dev.js';
import { loadLocale } from '../../i18n/registry.js';
import { deepActiveElement, fixture, part, settle } from '../../test/fixture.js';

const all = <T extends Element = HTMLElement>(el: Element, selector: string): T[] => [
  ...el.shadowRoot!.querySelectorAll<T>(selector),
];
const rows = (el: Element) => all(el, '[part~="task"]');
const summary = (el: Element) => part(el, 'summary')?.textContent?.replace(/\s+/g, ' ').trim();

/** The text an id reference list points at, looked up in the element's own shadow root. */
function referencedText(el: Element, ids: string | null): string {
  return (ids ?? '')
    .split(' ')
    .filter(Boolean)
    .map((id) => el.shadowRoot!.getElementById(id)?.textContent?.replace(/\s+/g, ' ').trim())
    .join(' ');
}

interface AXNode {
  nodeId: string;
  ignored: boolean;
  role?: { value: string };
  name?: { value: string };
  description?: { value: string };
  childIds?: string[];
}

/**
 * Chromium's own accessibility tree under the first `main` of the test frame, as lines of
 * "role | name | description" indented by depth (ignored nodes skipped, text nodes left out).
 */
async function accessibilityTree(): Promise<string[]> {
  const { frameTree } = (await cdp().send('Page.getFrameTree', {})) as {
    frameTree: { frame: { id: string }; childFrames?: unknown[] };
  };
  type Tree = { frame: { id: string }; childFrames?: Tree[] };
  const frames: string[] = [];
  const walk = (tree: Tree) => {
    frames.push(tree.frame.id);
    for (const child of tree.childFrames ?? []) walk(child);
  };
  walk(frameTree as Tree);
  for (const frameId of frames) {
    const { nodes } = (await cdp().send('Accessibility.getFullAXTree', { frameId })) as { nodes: AXNode[] };
    const main = nodes.find((node) => node.role?.value === 'main');
    if (!main) continue;
    const byId = new Map(nodes.map((node) => [node.nodeId, node]));
    const lines: string[] = [];
    const print = (node: AXNode | undefined, depth: number) => {
      if (!node) return;
      const role = node.role?.value ?? '';
      const shown = !node.ignored && !['StaticText', 'InlineTextBox', 'generic', 'none'].includes(role);
      if (shown) {
        lines.push(
          `${'  '.repeat(depth)}${role} | ${node.name?.value ?? ''}${node.description?.value ? ` | ${node.description.value}` : ''}`,
        );
      }
      for (const id of node.childIds ?? []) print(byId.get(id), shown ? depth + 1 : depth);
    };
    print(main, 0);
    return lines;
  }
  throw new Error('no main landmark in any frame');
}

const application = html`<polis-task-list show-summary>
  <polis-task-group heading="Check before you start">
    <polis-task status="completed"><a href="/eligibility">Check eligibility</a></polis-task>
    <polis-task status="completed" hint="Read this before you apply"
      ><a href="/guidance">Read guidance</a></polis-task
    >
  </polis-task-group>
  <polis-task-group heading="Prepare application">
    <polis-task status="in-progress" hint="Registered name and address"
      ><a href="/company">Company details</a></polis-task
    >
    <polis-task status="not-started" href="/contact">Contact details</polis-task>
    <polis-task status="cannot-start" href="/pay">Pay</polis-task>
  </polis-task-group>
</polis-task-list>`;

beforeAll(async () => {
  await loadLocale('ar');
  await loadLocale('pl');
  await loadLocale('de');
});

afterEach(async () => {
  await page.viewport(414, 896);
  (document.activeElement as HTMLElement | null)?.blur?.();
});

describe('polis-task-list', () => {
  it('draws real lists of tasks under section headings', async () => {
    const el = await fixture<PolisTaskList>(application);
    const lists = all(el, 'ul');
    expect(lists).toHaveLength(2);
    for (const list of lists) await expect.element(list).toHaveRole('list');
    const items = rows(el);
    expect(items).toHaveLength(5);
    for (const item of items) {
      expect(item.localName).toBe('li');
      expect(item.parentElement?.localName).toBe('ul');
      await expect.element(item).toHaveRole('listitem');
    }
    const headings = all(el, '[part~="group-heading"]');
    expect(headings.map((h) => h.localName)).toEqual(['h2', 'h2']);
    expect(headings.map((h) => h.textContent?.trim())).toEqual([
      'Check before you start',
      'Prepare application',
    ]);
    // The light-DOM tasks are read, not shown twice.
    await expect.element(el.querySelector('a')!).not.toBeVisible();
  });

  it('names each link after its task and describes it with its hint and status', async () => {
    const el = await fixture<PolisTaskList>(application);
    const links = all<HTMLAnchorElement>(el, 'a[part~="link"]');
    expect(links.map((a) => a.textContent?.trim())).toEqual([
      'Check eligibility',
      'Read guidance',
      'Company details',
      'Contact details',
    ]);
    expect(links.map((a) => a.getAttribute('href'))).toEqual([
      '/eligibility',
      '/guidance',
      '/company',
      '/contact',
    ]);
    await expect.element(links[2]!).toHaveRole('link');
    await expect.element(links[2]!).toHaveAccessibleName('Company details');
    expect(referencedText(el, links[0]!.getAttribute('aria-describedby'))).toBe('Completed');
    expect(referencedText(el, links[1]!.getAttribute('aria-describedby'))).toBe(
      'Read this before you apply Completed',
    );
    expect(referencedText(el, links[2]!.getAttribute('aria-describedby'))).toBe(
      'Registered name and address In progress',
    );
    await expect.element(links[2]!).toHaveAccessibleDescription('Registered name and address In progress');
    await expect.element(links[3]!).toHaveAccessibleDescription('Not yet started');
    // Every id is unique within the shadow root.
    const ids = all(el, '[id]').map((node) => node.id);
    expect(new Set(ids).size).toBe(ids.length);
  });

  it('gives Chromium’s accessibility tree a list of list items, each link named and described', async () => {
    await fixture<HTMLElement>(
      html`<main>
        <polis-task-list show-summary>
          <polis-task-group heading="Prepare application">
            <polis-task status="in-progress" hint="Registered name and address"
              ><a href="/company">Company details</a></polis-task
            >
            <polis-task status="cannot-start" href="/pay">Pay</polis-task>
          </polis-task-group>
        </polis-task-list>
      </main>`,
    );
    expect(await accessibilityTree()).toEqual([
      'main | ',
      '  paragraph | ',
      '  heading | Prepare application',
      '  list | ',
      '    listitem | ',
      '      link | Company details | Registered name and address In progress',
      '    listitem | ',
    ]);
  });

  it('does not link a task that cannot start yet', async () => {
    const el = await fixture<PolisTaskList>(application);
    const pay = rows(el)[4]!;
    expect(pay.querySelector('a')).toBeNull();
    expect(pay.querySelector('[part~="name"]')?.textContent?.trim()).toBe('Pay');
    expect(pay.querySelector('[part~="status"]')?.textContent?.trim()).toBe('Cannot start yet');
  });

  it('shows "Completed" as plain text and every other status as a tag, each translated', async () => {
    const el = await fixture<PolisTaskList>(
      html`<polis-task-list>
        ${TASK_LIST_STATUSES.map((status) => html`<polis-task status=${status} href="/task">Task</polis-task>`)}
      </polis-task-list>`,
    );
    const statuses = all(el, '[part~="status"]');
    expect(statuses.map((s) => s.textContent?.trim())).toEqual([
      'Completed',
      'In progress',
      'Not yet started',
      'Cannot start yet',
      'Incomplete',
      'There is a problem',
    ]);
    expect(statuses[0]!.querySelector('polis-tag')).toBeNull();
    const colours = statuses.slice(1).map((s) => s.querySelector('polis-tag')?.getAttribute('color'));
    expect(colours).toEqual(['light-blue', 'blue', 'grey', 'blue', 'red']);

    const french = await fixture<HTMLElement>(
      html`<div lang="fr">
        <polis-task-list><polis-task status="cannot-start">Payer</polis-task></polis-task-list>
      </div>`,
    );
    const list = french.querySelector('polis-task-list')!;
    expect(part(list, 'status')!.textContent?.trim()).toBe('Impossible de commencer pour le moment');
  });

  it('falls back to "not started" for an unknown status, with one warning', async () => {
    resetWarnings();
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    const el = await fixture<PolisTaskList>(
      html`<polis-task-list>
        <polis-task status="done" href="/a">A</polis-task>
        <polis-task status="done" href="/b">B</polis-task>
      </polis-task-list>`,
    );
    el.requestUpdate();
    await el.updateComplete;
    expect(all(el, '[part~="status"]').map((s) => s.textContent?.trim())).toEqual([
      'Not yet started',
      'Not yet started',
    ]);
    expect(warn.mock.calls.filter((call) => String(call[0]).includes('status="done"'))).toHaveLength(1);
    warn.mockRestore();
  });

  it('refuses script addresses and shows hostile text as text', async () => {
    resetWarnings();
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    const hostile = '<img src=x onerror="window.__pwned=1">';
    const el = await fixture<PolisTaskList>(
      html`<polis-task-list>
        <polis-task href="javascript:alert(1)" hint=${hostile}>${hostile}</polis-task>
        <polis-task><a href=" JaVa&#9;script:alert(1)">Sneaky</a></polis-task>
      </polis-task-list>`,
    );
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(el.shadowRoot!.querySelector('a, img')).toBeNull();
    expect((window as unknown as { __pwned?: number }).__pwned).toBeUndefined();
    expect(part(el, 'name')!.textContent).toBe(hostile);
    expect(part(el, 'hint')!.textContent).toBe(hostile);
    expect(warn.mock.calls.filter((call) => String(call[0]).includes('would run script'))).toHaveLength(2);
    warn.mockRestore();
  });

  it('counts completed tasks in the summary, with plurals, and keeps it up to date', async () => {
    const el = await fixture<PolisTaskList>(application);
    expect(summary(el)).toBe('You have completed 2 of 5 sections');

    const contact = el.querySelectorAll<PolisTask>('polis-task')[3]!;
    contact.status = 'completed';
    await settle(el);
    expect(summary(el)).toBe('You have completed 3 of 5 sections');

    el.querySelector('polis-task-group')!.remove();
    await settle(el);
    expect(summary(el)).toBe('You have completed 1 of 3 sections');

    const one = await fixture<PolisTaskList>(
      html`<polis-task-list show-summary><polis-task href="/a">A</polis-task></polis-task-list>`,
    );
    expect(summary(one)).toBe('You have completed 0 of 1 section');

    const none = await fixture<PolisTaskList>(
      html`<polis-task-list><polis-task href="/a">A</polis-task></polis-task-list>`,
    );
    expect(part(none, 'summary')).toBeNull();
  });

  it('uses the plural forms of each language', async () => {
    const tasks = (count: number) =>
      Array.from(
        { length: count },
        (_, i) => html`<polis-task status=${i === 0 ? 'completed' : 'not-started'}>T</polis-task>`,
      );
    const texts = async (lang: string, count: number) => {
      const wrapper = await fixture<HTMLElement>(
        html`<div lang=${lang}><polis-task-list show-summary>${tasks(count)}</polis-task-list></div>`,
      );
      return summary(wrapper.querySelector('polis-task-list')!);
    };
    expect(await texts('fr', 1)).toBe('Vous avez terminé 1 section sur 1');
    expect(await texts('fr', 4)).toBe('Vous avez terminé 1 des 4 sections');
    expect(await texts('de', 1)).toBe('Sie haben 1 von 1 Abschnitt abgeschlossen');
    expect(await texts('de', 3)).toBe('Sie haben 1 von 3 Abschnitten abgeschlossen');
    // Arabic: the "two" and "few" forms.
    expect(await texts('ar', 2)).toContain('قسمين');
    expect(await texts('ar', 3)).toContain('أقسام');
    expect(await texts('pl', 5)).toBe('Ukończono 1 z 5 sekcji');
  });

  it('makes the whole row answer the pointer while only the link takes focus', async () => {
    const wrapper = await fixture<HTMLElement>(
      html`<div>
        <button type="button">Before</button>
        ${application}
        <button type="button">After</button>
      </div>`,
    );
    const el = wrapper.querySelector('polis-task-list')!;
    const links = all<HTMLAnchorElement>(el, 'a[part~="link"]');
    // The status at the far end of the row is covered by the link.
    const status = rows(el)[2]!.querySelector('[part~="status"]')!.getBoundingClientRect();
    const hit = el.shadowRoot!.elementFromPoint(
      status.left + status.width / 2,
      status.top + status.height / 2,
    );
    expect(hit).toBe(links[2]);
    // But not in a row that is not a link.
    const pay = rows(el)[4]!.querySelector('[part~="status"]')!.getBoundingClientRect();
    expect(
      el.shadowRoot!.elementFromPoint(pay.left + pay.width / 2, pay.top + pay.height / 2)?.localName,
    ).not.toBe('a');

    const [before, after] = [...wrapper.querySelectorAll('button')];
    before!.focus();
    const order: (Element | null)[] = [];
    for (let i = 0; i < 5; i++) {
      await userEvent.keyboard('{Tab}');
      order.push(deepActiveElement());
    }
    expect(order).toEqual([...links, after]);
  });

  it('follows the link with Enter', async () => {
    const el = await fixture<PolisTaskList>(
      html`<polis-task-list><polis-task href="#company">Company details</polis-task></polis-task-list>`,
    );
    const link = part<HTMLAnchorElement>(el, 'link')!;
    const clicks: Event[] = [];
    link.addEventListener('click', (event) => {
      event.preventDefault();
      clicks.push(event);
    });
    link.focus();
    await userEvent.keyboard('{Enter}');
    expect(clicks).toHaveLength(1);
  });

  it('takes heading-level on a section, falling back to 2 with one warning', async () => {
    resetWarnings();
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    const el = await fixture<PolisTaskList>(
      html`<polis-task-list>
        <polis-task-group heading="About you" heading-level="3"><polis-task>A</polis-task></polis-task-group>
        <polis-task-group heading="Your business" heading-level="nine"
          ><polis-task>B</polis-task></polis-task-group
        >
      </polis-task-list>`,
    );
    el.requestUpdate();
    await el.updateComplete;
    expect(all(el, '[part~="group-heading"]').map((h) => h.localName)).toEqual(['h3', 'h2']);
    // A section without tasks has its heading but no empty list.
    el.querySelectorAll('polis-task')[1]!.remove();
    await settle(el);
    expect(all(el, 'ul')).toHaveLength(1);
    expect(warn.mock.calls.filter((call) => String(call[0]).includes('heading-level="nine"'))).toHaveLength(
      1,
    );
    warn.mockRestore();
  });

  it('fits 320 px without scrolling sideways, the status wrapping under a long name', async () => {
    await page.viewport(320, 640);
    const el = await fixture<PolisTaskList>(
      html`<polis-task-list show-summary>
        <polis-task status="error" hint="We could not check your Companies House registration number">
          <a href="/company">Registered company details and directors’ addresses</a>
        </polis-task>
        <polis-task status="cannot-start" href="/pay">Pay the application fee</polis-task>
      </polis-task-list>`,
    );
    expect(document.documentElement.scrollWidth).toBeLessThanOrEqual(document.documentElement.clientWidth);
    const host = el.getBoundingClientRect();
    for (const row of rows(el)) {
      const box = row.getBoundingClientRect();
      expect(box.right).toBeLessThanOrEqual(host.right + 1);
      expect(box.left).toBeGreaterThanOrEqual(host.left - 1);
    }
    const first = rows(el)[0]!;
    const name = first.querySelector('.name-and-hint')!.getBoundingClientRect();
    const status = first.querySelector('[part~="status"]')!.getBoundingClientRect();
    expect(status.top).toBeGreaterThanOrEqual(name.bottom - 1);
  });

  it('fits at 200% text size', async () => {
    await page.viewport(640, 640);
    document.documentElement.style.fontSize = '200%';
    try {
      await fixture<PolisTaskList>(application);
      expect(document.documentElement.scrollWidth).toBeLessThanOrEqual(document.documentElement.clientWidth);
    } finally {
      document.documentElement.style.removeProperty('font-size');
    }
  });

  it('puts the name at the right and the status at the left in rtl', async () => {
    await page.viewport(1024, 768);
    const wrapper = await fixture<HTMLElement>(
      html`<div dir="rtl" lang="ar" style="inline-size: 600px">
        <polis-task-list
          ><polis-task status="in-progress" href="/a">تفاصيل الشركة</polis-task></polis-task-list
        >
      </div>`,
    );
    const el = wrapper.querySelector('polis-task-list')!;
    const link = part(el, 'link')!.getBoundingClientRect();
    const status = part(el, 'status')!.getBoundingClientRect();
    const row = rows(el)[0]!.getBoundingClientRect();
    expect(link.left).toBeGreaterThan(status.right);
    expect(row.right - link.right).toBeLessThan(20);
    expect(status.left - row.left).toBeLessThan(20);
  });

  it('shows links and focus in forced colours', async () => {
    await cdp().send('Emulation.setEmulatedMedia', {
      features: [{ name: 'forced-colors', value: 'active' }],
    });
    try {
      const wrapper = await fixture<HTMLElement>(
        html`<div>
          <button type="button">Before</button
          ><polis-task-list><polis-task href="/a">A</polis-task></polis-task-list>
        </div>`,
      );
      const link = part(wrapper.querySelector('polis-task-list')!, 'link')!;
      wrapper.querySelector('button')!.focus();
      await userEvent.keyboard('{Tab}');
      expect(deepActiveElement()).toBe(link);
      const style = getComputedStyle(link);
      expect(style.outlineStyle).not.toBe('none');
      expect(parseFloat(style.outlineWidth)).toBeGreaterThanOrEqual(2);
    } finally {
      await cdp().send('Emulation.setEmulatedMedia', { features: [] });
    }
  });
});
