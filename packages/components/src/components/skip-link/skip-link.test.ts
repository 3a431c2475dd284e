import { html } from 'lit';
import { describe, expect, it } from 'vitest';
import './define.js';
import { fixture, part } from '../../test/fixture.js';

describe('polis-skip-link', () => {
  it('renders', async () => {
    const el = await fixture(html`<polis-skip-link></polis-skip-link>`);
    expect(part(el, 'base')).not.toBeNull();
  });
});
