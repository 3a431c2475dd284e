import { html } from 'lit';
import { describe, expect, it } from 'vitest';
import { page } from 'vitest/browser';
import '../radios/define.js';
import type { PolisRadio } from './radio.js';
import type { PolisRadios } from '../radios/radios.js';
import { fixture, settle } from '../../test/fixture.js';

describe('polis-radio', () => {
  it('has no role and draws no option itself: its group renders the radio', async () => {
    const group = await fixture<PolisRadios>(
      html`<polis-radios legend="Pick one">
        <polis-radio value="a" label="A"></polis-radio>
      </polis-radios>`,
    );
    const option = group.querySelector<PolisRadio>('polis-radio')!;
    expect(option.getAttribute('role')).toBeNull();
    expect(option.shadowRoot!.querySelector('input')).toBeNull();
    expect(page.getByRole('radio').all()).toHaveLength(1);
    await expect.element(page.getByRole('radio', { name: 'A' })).toBeInTheDocument();
  });

  it('shows its children only while it is chosen', async () => {
    const group = await fixture<PolisRadios>(
      html`<polis-radios legend="Pick one">
        <polis-radio value="a" label="A"><p>More about A</p></polis-radio>
        <polis-radio value="b" label="B"></polis-radio>
      </polis-radios>`,
    );
    const more = group.querySelector('p')!;
    expect(more.checkVisibility()).toBe(false);
    group.value = 'a';
    await settle(group.parentElement!);
    expect(more.checkVisibility()).toBe(true);
    group.value = 'b';
    await settle(group.parentElement!);
    expect(more.checkVisibility()).toBe(false);
  });

  it('tells its group when its properties change', async () => {
    const group = await fixture<PolisRadios>(
      html`<polis-radios legend="Pick one">
        <polis-radio value="a" label="A"></polis-radio>
      </polis-radios>`,
    );
    const option = group.querySelector<PolisRadio>('polis-radio')!;
    option.label = 'Apple';
    option.hint = 'A fruit';
    await settle(group.parentElement!);
    await expect.element(page.getByRole('radio', { name: 'Apple' })).toHaveAccessibleDescription('A fruit');
  });

  it('with divider, is not an option and shows nothing of its own', async () => {
    const group = await fixture<PolisRadios>(
      html`<polis-radios legend="Pick one">
        <polis-radio value="a" label="A"></polis-radio>
        <polis-radio divider>ignored</polis-radio>
        <polis-radio value="b" label="B"></polis-radio>
      </polis-radios>`,
    );
    expect(page.getByRole('radio').all()).toHaveLength(2);
    expect(group.querySelector('polis-radio[divider]')!.checkVisibility()).toBe(false);
  });
});
