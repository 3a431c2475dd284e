import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { expect, userEvent, waitFor } from 'storybook/test';
import './define.js';
import type { PolisTabs } from './tabs.js';

type Args = Partial<Pick<PolisTabs, 'selected'>>;

/** The page's own HTML, with ids of its own so that several stories can share a docs page. */
const cases = (prefix: string, selected?: string) =>
  html`<polis-tabs selected=${ifDefined(selected)}>
    <h2>Contents</h2>
    <ul>
      <li><a href="#${prefix}-past-day">Past day</a></li>
      <li><a href="#${prefix}-past-week">Past week</a></li>
      <li><a href="#${prefix}-past-month">Past month</a></li>
      <li><a href="#${prefix}-past-year">Past year</a></li>
    </ul>
    <section id="${prefix}-past-day">
      <h2>Past day</h2>
      <p>3 cases were reported in the past day.</p>
    </section>
    <section id="${prefix}-past-week">
      <h2>Past week</h2>
      <p>24 cases were reported in the past week. <a href="#${prefix}-sources">How we count cases</a></p>
    </section>
    <section id="${prefix}-past-month">
      <h2>Past month</h2>
      <p>98 cases were reported in the past month.</p>
    </section>
    <section id="${prefix}-past-year">
      <h2>Past year</h2>
      <p>1,212 cases were reported in the past year.</p>
    </section>
  </polis-tabs>`;

const tabsOf = (canvas: HTMLElement) => [...canvas.querySelectorAll<HTMLAnchorElement>('polis-tabs li a')];
const shownIn = (canvas: HTMLElement) =>
  [...canvas.querySelectorAll<HTMLElement>('polis-tabs > section')]
    .filter((s) => s.checkVisibility())
    .map((s) => s.id);

const meta: Meta<Args> = {
  title: 'Components/Tabs',
  component: 'polis-tabs',
  render: (args) => cases('tabs', args.selected),
};
export default meta;
type Story = StoryObj<Args>;

/** Four sections of one table of figures. Left and Right arrows move between the tabs. */
export const Default: Story = {
  play: async ({ canvasElement }) => {
    const list = canvasElement.querySelector('polis-tabs ul')!;
    await expect(list).toHaveRole('tablist');
    await expect(list).toHaveAccessibleName('Contents');
    const [day, week] = tabsOf(canvasElement);
    await expect(day).toHaveRole('tab');
    await expect(day).toHaveAttribute('aria-selected', 'true');
    await expect(shownIn(canvasElement)).toEqual(['tabs-past-day']);
    day!.focus();
    await userEvent.keyboard('{ArrowRight}');
    await expect(document.activeElement).toBe(week);
    await expect(week).toHaveAttribute('aria-selected', 'true');
    await expect(shownIn(canvasElement)).toEqual(['tabs-past-week']);
    await userEvent.keyboard('{Home}');
    await expect(shownIn(canvasElement)).toEqual(['tabs-past-day']);
  },
};

/** Tab goes from the selected tab into its panel: to its first link, or to the panel itself. */
export const IntoThePanel: Story = {
  name: 'Tab into the panel',
  render: () => cases('panel', 'panel-past-week'),
  play: async ({ canvasElement }) => {
    const week = tabsOf(canvasElement)[1]!;
    await expect(week).toHaveAttribute('aria-selected', 'true');
    week.focus();
    await userEvent.tab();
    await expect(document.activeElement).toHaveAccessibleName('How we count cases');
    await userEvent.tab({ shift: true });
    await userEvent.keyboard('{ArrowRight}');
    await userEvent.tab();
    await expect(document.activeElement).toBe(canvasElement.querySelector('#panel-past-month'));
  },
};

/** Narrower than 40rem (here a 320 px phone), the same HTML stays a list of links with every section shown. */
export const SmallScreen: Story = {
  name: 'On a small screen',
  globals: { viewport: { value: 'mobile1' } },
  // A 320 px column as well, so the story is narrow wherever it runs (the built site's iframe
  // and the audit have no viewport addon): the element measures its own width.
  decorators: [(story) => html`<div style="max-inline-size: 20rem">${story()}</div>`],
  render: () => cases('small'),
  play: async ({ canvasElement }) => {
    await waitFor(() => expect(canvasElement.querySelector('polis-tabs [role]')).toBeNull());
    await expect(canvasElement.querySelector('polis-tabs ul')).toHaveRole('list');
    await expect(shownIn(canvasElement)).toEqual([
      'small-past-day',
      'small-past-week',
      'small-past-month',
      'small-past-year',
    ]);
  },
};

/** Right to left, the first tab is on the right and Left moves to the next one. */
export const RightToLeft: Story = {
  name: 'Right to left',
  render: () =>
    html`<div dir="rtl" lang="ar">
      <polis-tabs>
        <h2>المحتويات</h2>
        <ul>
          <li><a href="#rtl-day">اليوم الماضي</a></li>
          <li><a href="#rtl-week">الأسبوع الماضي</a></li>
        </ul>
        <section id="rtl-day">
          <h2>اليوم الماضي</h2>
          <p>تم الإبلاغ عن 3 حالات.</p>
        </section>
        <section id="rtl-week">
          <h2>الأسبوع الماضي</h2>
          <p>تم الإبلاغ عن 24 حالة.</p>
        </section>
      </polis-tabs>
    </div>`,
  play: async ({ canvasElement }) => {
    const [day, week] = tabsOf(canvasElement);
    await expect(day!.getBoundingClientRect().left).toBeGreaterThan(week!.getBoundingClientRect().left);
    day!.focus();
    await userEvent.keyboard('{ArrowLeft}');
    await expect(document.activeElement).toBe(week);
    await expect(shownIn(canvasElement)).toEqual(['rtl-week']);
  },
};
