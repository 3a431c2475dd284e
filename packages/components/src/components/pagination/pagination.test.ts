import { html } from 'lit';
import { describe, expect, it } from 'vitest';
import './define.js';
import { fixture, part } from '../../test/fixture.js';

describe('polis-pagination', () => {
  it('renders', async () => {
    const el = await fixture(html`<polis-pagination></polis-pagination>`);
    expect(part(el, 'base')).not.toBeNull();
  });
});
