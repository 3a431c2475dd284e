import { html } from 'lit';
import { describe, expect, it } from 'vitest';
import './define.js';
import { fixture, part } from '../../test/fixture.js';

describe('polis-accordion', () => {
  it('renders', async () => {
    const el = await fixture(html`<polis-accordion></polis-accordion>`);
    expect(part(el, 'base')).not.toBeNull();
  });
});
