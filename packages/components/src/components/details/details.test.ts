import { html } from 'lit';
import { describe, expect, it } from 'vitest';
import './define.js';
import { fixture, part } from '../../test/fixture.js';

describe('polis-details', () => {
  it('renders', async () => {
    const el = await fixture(html`<polis-details></polis-details>`);
    expect(part(el, 'base')).not.toBeNull();
  });
});
