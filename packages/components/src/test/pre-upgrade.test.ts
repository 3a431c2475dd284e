/// <reference types="@vitest/browser-playwright" />
// pre-upgrade.css promises that a server-rendered form control has its final size before
// its JavaScript defines it, so the page does not move when it upgrades (cumulative layout
// shift 0). This file imports no `define.ts` up front: it renders each control as a server
// would, measures it undefined, then imports the definitions and measures it again, in a
// 320 px column and a 640 px one, left to right and right to left.
import { page } from 'vitest/browser';
import { afterAll, describe, expect, it } from 'vitest';
import '../styles/pre-upgrade.css';

const CASES: Record<string, string> = {
  'text input': '<polis-text-input label="Full name" name="a"></polis-text-input>',
  'text input with a hint and a long label': `<polis-text-input name="b"
    label="What is the name of the organisation you worked for before you moved to this country?"
    hint="As it appears on your payslips or your contract of employment, including any abbreviation."></polis-text-input>`,
  'password input': '<polis-password-input label="Password" name="c"></polis-password-input>',
  select: `<polis-select label="Country" name="d"><option value="">Choose a country</option>
    <option value="FR">France</option><option value="IE">Ireland</option></polis-select>`,
  'textarea, default rows': '<polis-textarea label="Can you provide more detail?" name="e"></polis-textarea>',
  'textarea, 3 rows, with a hint': `<polis-textarea label="Detail" hint="Do not include personal details." rows="3" name="f"></polis-textarea>`,
  'textarea, 8 rows': '<polis-textarea label="Detail" rows="8" name="g"></polis-textarea>',
  radios: `<polis-radios legend="Which district do you live in?" name="h">
    <polis-radio value="north" label="North"></polis-radio>
    <polis-radio value="riverside" label="Riverside"></polis-radio>
    <polis-radio value="old-town" label="Old Town"></polis-radio></polis-radios>`,
  'radios with a hint': `<polis-radios legend="How should we contact you?" hint="Choose one." name="i">
    <polis-radio value="email" label="Email"></polis-radio>
    <polis-radio value="phone" label="Phone"></polis-radio></polis-radios>`,
  checkboxes: `<polis-checkboxes legend="Which services do you use?" hint="Select all that apply." name="j">
    <polis-checkbox value="a" label="Bins and recycling"></polis-checkbox>
    <polis-checkbox value="b" label="Libraries"></polis-checkbox>
    <polis-checkbox value="c" label="Parking permits"></polis-checkbox></polis-checkboxes>`,
  'checkbox on its own':
    '<polis-checkbox name="k" value="yes" label="Send me email updates"></polis-checkbox>',
};

const WIDTHS = [320, 640];
const DIRECTIONS = ['ltr', 'rtl'] as const;

/** One column per width and direction, each holding every case, as a server would send it. */
function renderColumns(): HTMLElement[] {
  const columns: HTMLElement[] = [];
  for (const width of WIDTHS) {
    for (const dir of DIRECTIONS) {
      const column = document.createElement('div');
      column.dir = dir;
      column.style.inlineSize = `${width}px`;
      for (const [name, markup] of Object.entries(CASES)) {
        const wrapper = document.createElement('div');
        wrapper.dataset.case = name;
        // Test markup from this file only: the way a server-rendered page arrives.
        wrapper.append(document.createRange().createContextualFragment(markup));
        column.append(wrapper);
      }
      document.body.append(column);
      columns.push(column);
    }
  }
  return columns;
}

function sizes(columns: HTMLElement[]): Map<string, { top: number; height: number; width: number }> {
  const result = new Map<string, { top: number; height: number; width: number }>();
  columns.forEach((column, c) => {
    const origin = column.getBoundingClientRect().top;
    for (const wrapper of column.querySelectorAll<HTMLElement>('[data-case]')) {
      const rect = wrapper.firstElementChild!.getBoundingClientRect();
      result.set(`${WIDTHS[c >> 1]} px ${DIRECTIONS[c % 2]}: ${wrapper.dataset.case}`, {
        top: rect.top - origin,
        height: rect.height,
        width: rect.width,
      });
    }
  });
  return result;
}

afterAll(async () => {
  await page.viewport(414, 896);
});

describe('pre-upgrade.css', () => {
  it('gives every form control its final size before it upgrades, so the page does not move', async () => {
    await page.viewport(1400, 900);
    const columns = renderColumns();
    expect(customElements.get('polis-text-input')).toBeUndefined();
    const before = sizes(columns);
    for (const [name, box] of before) expect(box.height, `${name}: reserves space`).toBeGreaterThan(30);

    await Promise.all([
      import('../components/text-input/define.js'),
      import('../components/password-input/define.js'),
      import('../components/select/define.js'),
      import('../components/textarea/define.js'),
      import('../components/radios/define.js'),
      import('../components/checkboxes/define.js'),
      import('../components/checkbox/define.js'),
    ]);
    const elements = columns.flatMap((column) => [...column.querySelectorAll('*')]);
    await Promise.all(elements.map((el) => (el as { updateComplete?: Promise<unknown> }).updateComplete));
    await new Promise((resolve) => requestAnimationFrame(resolve));
    const after = sizes(columns);

    const moved = [...before].flatMap(([name, box]) => {
      const now = after.get(name)!;
      const dy = Math.abs(now.top - box.top);
      const dh = Math.abs(now.height - box.height);
      return dy > 1 || dh > 1
        ? [
            `${name}: top ${box.top.toFixed(1)} → ${now.top.toFixed(1)}, height ${box.height.toFixed(1)} → ${now.height.toFixed(1)}`,
          ]
        : [];
    });
    expect(moved).toEqual([]);
    for (const column of columns) column.remove();
  });

  it('keeps the page’s skip link out of sight until it is focused, before and after upgrade', async () => {
    const wrapper = document.createElement('div');
    wrapper.append(
      document
        .createRange()
        .createContextualFragment(
          '<polis-skip-link><a href="#main-content">Skip to main content</a></polis-skip-link><p>Next</p>',
        ),
    );
    document.body.append(wrapper);
    const next = wrapper.querySelector('p')!;
    const top = () => next.getBoundingClientRect().top - wrapper.getBoundingClientRect().top;
    expect(customElements.get('polis-skip-link')).toBeUndefined();
    const before = top();
    expect(before).toBeLessThan(2);
    // Focused before upgrade, it shows: a person pressing Tab at once still sees where they are.
    wrapper.querySelector('a')!.focus();
    expect(wrapper.querySelector('a')!.getBoundingClientRect().height).toBeGreaterThan(10);
    wrapper.querySelector('a')!.blur();
    await import('../components/skip-link/define.js');
    await (wrapper.firstElementChild as unknown as { updateComplete: Promise<unknown> }).updateComplete;
    expect(Math.abs(top() - before)).toBeLessThanOrEqual(1);
    wrapper.remove();
  });
});
