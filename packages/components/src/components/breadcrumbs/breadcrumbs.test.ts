import { html } from 'lit';
import { describe, expect, it } from 'vitest';
import './define.js';
import { fixture, part } from '../../test/fixture.js';

describe('polis-breadcrumbs', () => {
  it('renders', async () => {
    const el = await fixture(html`<polis-breadcrumbs></polis-breadcrumbs>`);
    expect(part(el, 'base')).not.toBeNull();
  });
});
