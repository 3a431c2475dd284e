import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { expect, userEvent, waitFor } from 'storybook/test';
import './define.js';
import type { PolisPageChangeEvent, PolisPagination } from './pagination.js';

type Args = Partial<Pick<PolisPagination, 'current' | 'total' | 'hrefTemplate' | 'variant' | 'label'>>;

const host = (canvas: HTMLElement) => canvas.querySelector('polis-pagination')!;
const inner = <T extends Element = HTMLElement>(canvas: HTMLElement, selector: string, index = 0) => [
  ...canvas.querySelectorAll('polis-pagination')[index]!.shadowRoot!.querySelectorAll<T>(selector),
];
/** What a sighted person reads in the list, the current page in brackets. */
const shown = (canvas: HTMLElement, index = 0) =>
  inner(canvas, '[part~="item"]', index).map((item) => {
    const visible = item.querySelector('[aria-hidden="true"]')?.textContent ?? item.textContent!.trim();
    return item.matches('[part~="current"]') ? `[${visible}]` : visible;
  });

const meta: Meta<Args> = {
  title: 'Components/Pagination',
  component: 'polis-pagination',
  // Shows page structure (landmarks or the page's heading): framed in docs pages, see
  // .storybook/blocks/story-frames.ts.
  parameters: { docs: { story: { inline: false, height: 'auto' } } },
  args: { current: 5, total: 12, hrefTemplate: '#page-{page}' },
  render: (args) =>
    html`<polis-pagination
      current=${ifDefined(args.current)}
      total=${ifDefined(args.total)}
      href-template=${ifDefined(args.hrefTemplate)}
      variant=${ifDefined(args.variant)}
      label=${ifDefined(args.label)}
    ></polis-pagination>`,
};
export default meta;
type Story = StoryObj<Args>;

/**
 * Page 5 of 12, built from `current`, `total` and `href-template`: the first and last pages,
 * the neighbours of the current one and an ellipsis for each gap.
 */
export const Default: Story = {
  play: async ({ canvasElement }) => {
    const [nav] = inner(canvasElement, '[part~="base"]');
    await expect(nav).toHaveRole('navigation');
    await expect(nav).toHaveAccessibleName('Pagination');
    await expect(shown(canvasElement)).toEqual(['1', '…', '4', '[5]', '6', '…', '12']);
    const current = inner(canvasElement, '[aria-current="page"]');
    await expect(current).toHaveLength(1);
    await expect(current[0]).toHaveAccessibleName('Page 5');
    for (const ellipsis of inner(canvasElement, '[part~="ellipsis"]')) {
      await expect(ellipsis).toHaveAttribute('aria-hidden', 'true');
    }
    const [previous] = inner<HTMLAnchorElement>(canvasElement, '[part~="previous"]');
    const [next] = inner<HTMLAnchorElement>(canvasElement, '[part~="next"]');
    await expect(previous).toHaveAccessibleName('Previous page');
    await expect(previous).toHaveAttribute('href', '#page-4');
    await expect(next).toHaveAccessibleName('Next page');
    // Reading and Tab order: previous, each number, next.
    const links = inner<HTMLAnchorElement>(canvasElement, 'a');
    await expect(links[0]).toBe(previous);
    await expect(links.at(-1)).toBe(next);
    await expect(links.slice(1, -1).map((a) => a.querySelector('.visually-hidden')!.textContent)).toEqual([
      'Page 1',
      'Page 4',
      'Page 5',
      'Page 6',
      'Page 12',
    ]);
    next!.focus();
    await expect(host(canvasElement).shadowRoot!.activeElement).toBe(next);
  },
};

/** The first page: no "Previous page". */
export const FirstPage: Story = {
  name: 'First page',
  args: { current: 1 },
  play: async ({ canvasElement }) => {
    await expect(shown(canvasElement)).toEqual(['[1]', '2', '…', '12']);
    await expect(inner(canvasElement, '[part~="previous"]')).toHaveLength(0);
    await expect(inner(canvasElement, '[part~="next"]')[0]).toHaveAttribute('href', '#page-2');
  },
};

/** The last page: no "Next page". */
export const LastPage: Story = {
  name: 'Last page',
  args: { current: 12 },
  play: async ({ canvasElement }) => {
    await expect(shown(canvasElement)).toEqual(['1', '…', '11', '[12]']);
    await expect(inner(canvasElement, '[part~="next"]')).toHaveLength(0);
  },
};

/** Your own links, written by the server: they work before the element loads and without JavaScript. */
export const OwnLinks: Story = {
  name: 'From your own links',
  render: () =>
    html`<polis-pagination>
      <a href="#results-2" rel="prev">Previous</a>
      <ul>
        <li><a href="#results-1">1</a></li>
        <li><a href="#results-2">2</a></li>
        <li><a href="#results-3" aria-current="page">3</a></li>
        <li><a href="#results-4">4</a></li>
        <li><a href="#results-5">5</a></li>
        <li><a href="#results-6">6</a></li>
        <li><a href="#results-7">7</a></li>
        <li><a href="#results-8">8</a></li>
      </ul>
      <a href="#results-4" rel="next">Next</a>
    </polis-pagination>`,
  play: async ({ canvasElement }) => {
    await expect(shown(canvasElement)).toEqual(['1', '2', '[3]', '4', '…', '8']);
    await expect(inner(canvasElement, '[part~="previous"]')[0]).toHaveAccessibleName('Previous page');
    // The page's own copy is not shown (nor read) once the element has upgraded.
    for (const link of host(canvasElement).querySelectorAll('a')) {
      await expect(link.checkVisibility()).toBe(false);
    }
  },
};

/**
 * A single-page application cancels `polis-page-change` and sets `current` itself: the page
 * does not load again.
 */
export const SinglePageApplication: Story = {
  name: 'In a single-page application',
  render: () => {
    const onChange = (event: PolisPageChangeEvent) => {
      event.preventDefault();
      const pagination = event.currentTarget as PolisPagination;
      pagination.current = event.detail.page ?? pagination.current;
      const status = pagination.nextElementSibling as HTMLElement;
      status.textContent = `Showing page ${event.detail.page} of 20`;
    };
    return html`<polis-pagination
        current="1"
        total="20"
        href-template="?page={page}"
        @polis-page-change=${onChange}
      ></polis-pagination>
      <p>Showing page 1 of 20</p>`;
  },
  play: async ({ canvasElement }) => {
    const before = window.location.href;
    const [next] = inner(canvasElement, '[part~="next"]');
    await userEvent.click(next!);
    await waitFor(() => expect(shown(canvasElement)).toEqual(['1', '[2]', '3', '…', '20']));
    await expect(window.location.href).toBe(before);
    await expect(canvasElement.querySelector('p')).toHaveTextContent('Showing page 2 of 20');
  },
};

/**
 * The block variant, for a series of content pages: previous and next stacked, each with the
 * title of the page it leads to under the direction.
 */
export const Block: Story = {
  name: 'Block',
  render: () =>
    html`<polis-pagination variant="block">
      <a href="#part-1" rel="prev">Applying for a provisional driving licence</a>
      <a href="#part-3" rel="next">Booking your theory test</a>
    </polis-pagination>`,
  play: async ({ canvasElement }) => {
    await expect(inner(canvasElement, '[part~="list"]')).toHaveLength(0);
    const [previous] = inner(canvasElement, '[part~="previous"]');
    const [next] = inner(canvasElement, '[part~="next"]');
    await expect(previous).toHaveTextContent(/Previous page.*Applying for a provisional driving licence/);
    await expect(next).toHaveTextContent(/Next page.*Booking your theory test/);
    await expect(next!.getBoundingClientRect().top).toBeGreaterThanOrEqual(
      previous!.getBoundingClientRect().bottom,
    );
  },
};

/** On a 320 px screen the links wrap onto more lines; nothing scrolls sideways and every target stays large. */
export const SmallScreen: Story = {
  name: 'On a small screen',
  globals: { viewport: { value: 'mobile1' } },
  args: { current: 500, total: 1000 },
  play: async ({ canvasElement }) => {
    await expect(shown(canvasElement)).toEqual(['1', '…', '499', '[500]', '501', '…', '1,000']);
    await expect(document.documentElement.scrollWidth).toBeLessThanOrEqual(
      document.documentElement.clientWidth,
    );
    for (const link of inner(canvasElement, 'a')) {
      const box = link.getBoundingClientRect();
      await expect(box.width).toBeGreaterThanOrEqual(24);
      await expect(box.height).toBeGreaterThanOrEqual(24);
    }
  },
};

/** In an Arabic page: the pages run from the right, the arrows point the other way, the numbers are Arabic. */
export const RightToLeft: Story = {
  name: 'Right to left',
  parameters: { languages: ['ar'] },
  render: () =>
    html`<div lang="ar" dir="rtl">
      <polis-pagination current="2" total="3" href-template="#page-{page}"></polis-pagination>
    </div>`,
  play: async ({ canvasElement }) => {
    await expect(inner(canvasElement, '[part~="base"]')[0]).toHaveAccessibleName('ترقيم الصفحات');
    const [previous] = inner(canvasElement, '[part~="previous"]');
    const [next] = inner(canvasElement, '[part~="next"]');
    await expect(previous).toHaveAccessibleName('الصفحة السابقة');
    await expect(next!.getBoundingClientRect().right).toBeLessThanOrEqual(
      previous!.getBoundingClientRect().left,
    );
    await expect(getComputedStyle(inner(canvasElement, '[part~="arrow"]')[0]!).transform).toMatch(
      /^matrix\(-1, 0, 0, 1,/,
    );
    const page = new Intl.NumberFormat('ar').format(1);
    await expect(inner(canvasElement, '[part~="link"]')[0]).toHaveAccessibleName(`الصفحة ${page}`);
  },
};
