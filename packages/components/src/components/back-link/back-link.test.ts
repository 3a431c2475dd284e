import { html } from 'lit';
import { describe, expect, it } from 'vitest';
import './define.js';
import { fixture, part } from '../../test/fixture.js';

describe('polis-back-link', () => {
  it('renders', async () => {
    const el = await fixture(html`<polis-back-link></polis-back-link>`);
    expect(part(el, 'base')).not.toBeNull();
  });
});
