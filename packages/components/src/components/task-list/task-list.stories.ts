import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { expect, waitFor } from 'storybook/test';
import './define.js';
import { TASK_LIST_STATUSES, type PolisTaskList } from './task-list.js';

type Args = Partial<Pick<PolisTaskList, 'showSummary'>>;

const list = (root: HTMLElement) => root.querySelector('polis-task-list')!;
const inside = <T extends Element = HTMLElement>(root: HTMLElement, selector: string): T[] => [
  ...list(root).shadowRoot!.querySelectorAll<T>(selector),
];
const describedBy = (root: HTMLElement, link: Element) =>
  (link.getAttribute('aria-describedby') ?? '')
    .split(' ')
    .map((id) => list(root).shadowRoot!.getElementById(id)?.textContent?.replace(/\s+/g, ' ').trim())
    .join(' ');

const meta: Meta<Args> = {
  title: 'Components/Task list',
  component: 'polis-task-list',
  args: { showSummary: true },
  render: (args) =>
    html`<polis-task-list ?show-summary=${args.showSummary}>
      <polis-task-group heading="Check before you start">
        <polis-task status="completed"><a href="#eligibility">Check eligibility</a></polis-task>
        <polis-task status="completed" hint="Read this before you apply"
          ><a href="#guidance">Read guidance</a></polis-task
        >
      </polis-task-group>
      <polis-task-group heading="Prepare application">
        <polis-task status="in-progress" hint="Registered name, address and directors"
          ><a href="#company">Company details</a></polis-task
        >
        <polis-task status="not-started"><a href="#contact">Contact details</a></polis-task>
        <polis-task status="error"><a href="#documents">Upload documents</a></polis-task>
      </polis-task-group>
      <polis-task-group heading="Apply">
        <polis-task status="cannot-start" hint="You can pay when you have completed every other section"
          >Pay the application fee</polis-task
        >
      </polis-task-group>
    </polis-task-list>`,
};
export default meta;
type Story = StoryObj<Args>;

/** A task list page: sections with headings, and how many are completed. */
export const Default: Story = {
  play: async ({ canvasElement }) => {
    const summary = inside(canvasElement, '[part~="summary"]')[0]!;
    await expect(summary).toHaveTextContent('You have completed 2 of 6 sections');
    const headings = inside(canvasElement, '[part~="group-heading"]');
    await expect(headings.map((h) => h.localName)).toEqual(['h2', 'h2', 'h2']);
    const rows = inside(canvasElement, 'li');
    await expect(rows).toHaveLength(6);
    await expect(rows[0]).toHaveRole('listitem');
    const links = inside<HTMLAnchorElement>(canvasElement, 'a[part~="link"]');
    await expect(links).toHaveLength(5);
    await expect(links[2]).toHaveAccessibleName('Company details');
    await expect(describedBy(canvasElement, links[2]!)).toBe(
      'Registered name, address and directors In progress',
    );
    // "Cannot start yet" is not a link.
    await expect(rows[5]!.querySelector('a')).toBeNull();
  },
};

/** Every status, translated: "Completed" is plain text, the others are tags. */
export const Statuses: Story = {
  args: { showSummary: false },
  render: () =>
    html`<polis-task-list>
      ${TASK_LIST_STATUSES.map(
        (status) =>
          html`<polis-task status=${status} href="#${status}">Task ${status.replace('-', ' ')}</polis-task>`,
      )}
    </polis-task-list>`,
  play: async ({ canvasElement }) => {
    const statuses = inside(canvasElement, '[part~="status"]').map((s) => s.textContent?.trim());
    await expect(statuses).toEqual([
      'Completed',
      'In progress',
      'Not yet started',
      'Cannot start yet',
      'Incomplete',
      'There is a problem',
    ]);
  },
};

/**
 * Only the links take focus, one tab stop per task that can be started; a task that cannot
 * start yet is skipped, as it is not a link. The whole row answers the pointer.
 */
export const Keyboard: Story = {
  args: { showSummary: false },
  play: async ({ canvasElement }) => {
    const links = inside<HTMLAnchorElement>(canvasElement, 'a[part~="link"]');
    const focusable = inside(canvasElement, 'a[href], button, input, [tabindex]');
    await expect(focusable).toEqual(links);
    links[2]!.focus();
    await expect(list(canvasElement).shadowRoot!.activeElement).toBe(links[2]);
    const row = inside(canvasElement, 'li')[2]!.querySelector('[part~="status"]')!.getBoundingClientRect();
    const hit = list(canvasElement).shadowRoot!.elementFromPoint(row.left + 2, row.top + row.height / 2);
    await expect(hit).toBe(links[2]);
  },
};

/** Tasks without sections: one list. */
export const WithoutSections: Story = {
  name: 'Without sections',
  render: (args) =>
    html`<polis-task-list ?show-summary=${args.showSummary}>
      <polis-task status="completed"><a href="#name">Your name</a></polis-task>
      <polis-task status="incomplete" hint="We need your previous addresses too"
        ><a href="#address">Your address</a></polis-task
      >
      <polis-task status="not-started"><a href="#photo">Your photo</a></polis-task>
    </polis-task-list>`,
  play: async ({ canvasElement }) => {
    await expect(inside(canvasElement, 'ul')).toHaveLength(1);
    await expect(inside(canvasElement, '[part~="group-heading"]')).toHaveLength(0);
    await expect(inside(canvasElement, '[part~="summary"]')[0]).toHaveTextContent(
      'You have completed 1 of 3 sections',
    );
  },
};

/** Inside `lang="fr"` the statuses and the summary are French. */
export const French: Story = {
  name: 'In French',
  render: () =>
    html`<div lang="fr">
      <polis-task-list show-summary>
        <polis-task status="completed"><a href="#nom">Votre nom</a></polis-task>
        <polis-task status="not-started"><a href="#adresse">Votre adresse</a></polis-task>
        <polis-task status="cannot-start">Payer</polis-task>
      </polis-task-list>
    </div>`,
  play: async ({ canvasElement }) => {
    await waitFor(() =>
      expect(inside(canvasElement, '[part~="summary"]')[0]).toHaveTextContent(
        'Vous avez terminé 1 des 3 sections',
      ),
    );
    await expect(inside(canvasElement, '[part~="status"]')[1]).toHaveTextContent('Pas encore commencé');
  },
};

/** Right to left: names at the right, statuses at the left. */
export const RightToLeft: Story = {
  name: 'Right to left',
  render: () =>
    html`<div lang="ar" dir="rtl">
      <polis-task-list show-summary>
        <polis-task status="completed"><a href="#name">اسمك</a></polis-task>
        <polis-task status="in-progress"><a href="#address">عنوانك</a></polis-task>
      </polis-task-list>
    </div>`,
  play: async ({ canvasElement }) => {
    const link = inside(canvasElement, 'a[part~="link"]')[1]!.getBoundingClientRect();
    const status = inside(canvasElement, '[part~="status"]')[1]!.getBoundingClientRect();
    await expect(link.left).toBeGreaterThan(status.right);
  },
};
