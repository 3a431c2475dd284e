import { html } from 'lit';
import { describe, expect, it } from 'vitest';
import './define.js';
import { fixture, part } from '../../test/fixture.js';

describe('polis-accordion-section', () => {
  it('renders', async () => {
    const el = await fixture(html`<polis-accordion-section></polis-accordion-section>`);
    expect(part(el, 'base')).not.toBeNull();
  });
});
